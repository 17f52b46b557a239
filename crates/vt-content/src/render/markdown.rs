//! A document drawn as CommonMark, for documentation and wikis.

use super::document::{Block, Document, Inline, Section};

impl Document {
    /// The document as CommonMark: headings, paragraphs, lists, the disclaimer as a
    /// block quote and a contents list.
    ///
    /// Every section's heading starts with an empty anchor, `<a id="…"></a>`, whose id
    /// is the one the HTML gives it, so a link such as `#sign-withdrawing` goes to the
    /// same place in both. Every text is escaped, so it reads as written.
    ///
    /// ```
    /// use vt_content::render::Document;
    ///
    /// let markdown = Document::pack(vt_content::bundled()).to_markdown();
    /// assert!(markdown.contains("\n### <a id=\"sign-withdrawing\"></a>"));
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut blocks = vec![format!("# {}", escape(&self.title))];
        blocks.extend(self.intro.iter().map(|text| escape(text)));
        if let Some(urgent_help) = &self.urgent_help {
            draw_section(urgent_help, 2, &mut blocks);
        }
        if !self.disclaimer.is_empty() {
            let quoted: Vec<String> = self
                .disclaimer
                .iter()
                .map(|text| format!("> {}", escape(text)))
                .collect();
            blocks.push(quoted.join("\n>\n"));
        }
        let contents: Vec<String> = self
            .sections
            .iter()
            .chain([&self.footer])
            .map(|section| format!("- {}", link(&section.heading, &section.id)))
            .collect();
        blocks.push(format!(
            "## <a id=\"contents\"></a>{}",
            escape(&self.contents_label)
        ));
        blocks.push(contents.join("\n"));
        for section in self.sections.iter().chain([&self.footer]) {
            draw_section(section, 2, &mut blocks);
        }
        let mut text = blocks.join("\n\n");
        text.push('\n');
        text
    }
}

fn draw_section(section: &Section, level: usize, out: &mut Vec<String>) {
    out.push(format!(
        "{} <a id=\"{}\"></a>{}",
        "#".repeat(level.min(6)),
        section.id,
        escape(&section.heading)
    ));
    for block in &section.blocks {
        out.push(match block {
            Block::Paragraph { content, .. } => inlines(content),
            Block::List { items, .. } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| format!("- {}", inlines(item)))
                    .collect();
                items.join("\n")
            }
        });
    }
    for child in &section.children {
        draw_section(child, level + 1, out);
    }
}

fn inlines(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Date { text, .. } => escape(text),
            Inline::Link { text, target } => link(text, target),
            // An address has no spaces (a phone number's are taken out).
            Inline::External { text, href } => format!("[{}]({href})", escape(text)),
        })
        .collect()
}

/// A link to the heading with the id `target` (ids are kebab-case: nothing to escape).
fn link(text: &str, target: &str) -> String {
    format!("[{}](#{target})", escape(text))
}

/// Escapes `text` so that Markdown shows it as plain text: the characters that mark
/// emphasis, code, links, HTML, tables and entities anywhere, and those that start a
/// list, a heading or a quote at the start. Texts in a pack never hold a line break.
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
    fn text_that_would_start_a_block_is_escaped() {
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("1999. A year"), "1999\\. A year");
        assert_eq!(escape("Plain text, 1. as is"), "Plain text, 1. as is");
        assert_eq!(escape("> not a quote"), "\\> not a quote");
    }

    #[test]
    fn the_pack_has_a_contents_list_and_a_quoted_disclaimer() {
        let pack = crate::bundled();
        let markdown = Document::pack(pack).to_markdown();
        assert!(markdown.contains("\n- [Signs to look out for](#signs)\n"));
        assert!(markdown.contains(&format!("\n> {}\n>\n> ", pack.disclaimer[0])));
        assert!(markdown.contains("\n- [Someone you trust](#support-trusted-person)\n"));
        assert!(markdown.contains("\n- Next review due: 28 November 2027\n"));
        assert!(markdown.contains("\n## <a id=\"urgent-help\"></a>If you need help now\n"));
        assert!(markdown.contains("[Call 116 123](tel:116123)"));
        assert!(markdown.ends_with("confirm the terms with Rotherham Place Partnership.\n"));
    }
}
