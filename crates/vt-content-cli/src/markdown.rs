//! A document written as CommonMark, for documentation and wikis.

use crate::document::Block;

/// Writes `blocks` as Markdown, every text escaped so that it reads as written.
pub fn render(blocks: &[Block<'_>]) -> String {
    let drawn: Vec<String> = blocks.iter().map(draw).collect();
    drawn.join("\n")
}

fn draw(block: &Block<'_>) -> String {
    match block {
        Block::Heading { level, text, .. } => {
            format!("{} {}\n", "#".repeat(usize::from(*level)), escape(text))
        }
        Block::Paragraph(text) => escape(text) + "\n",
        Block::List(items) => items
            .iter()
            .map(|item| format!("- {}\n", escape(item)))
            .collect(),
    }
}

/// Escapes `text` so that Markdown shows it as plain text: the characters that mark
/// emphasis, code, links, HTML, tables and entities anywhere, and those that start a
/// list or a heading at the start. Texts in a pack never hold a line break.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let starts_a_block = at == 0 && matches!(c, '-' | '+' | '=');
        let ends_a_list_number =
            matches!(c, '.' | ')') && at > 0 && text[..at].bytes().all(|b| b.is_ascii_digit());
        if starts_a_block || ends_a_list_number || "\\`*_[]<>#|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            escape("a *b* _c_ `d` [e](f) <g> #h | &amp; \\"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\#h \\| \\&amp; \\\\"
        );
    }

    #[test]
    fn text_that_would_start_a_list_is_escaped() {
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("1999. A year"), "1999\\. A year");
        assert_eq!(escape("Plain text, 1. as is"), "Plain text, 1. as is");
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        let blocks = [
            Block::Heading {
                level: 2,
                text: "Signs",
                item: None,
            },
            Block::Paragraph("Look out.".to_owned()),
            Block::List(vec!["one".to_owned(), "two".to_owned()]),
        ];
        assert_eq!(render(&blocks), "## Signs\n\nLook out.\n\n- one\n- two\n");
    }
}
