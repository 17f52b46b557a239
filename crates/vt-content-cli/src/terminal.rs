//! A document drawn for the terminal: headings, wrapped paragraphs and bulleted lists.
//!
//! The text carries ANSI styles; write it through [`anstream`], which removes them when
//! the output is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};
use textwrap::{Options, core::display_width};

use crate::document::Block;

/// The width to wrap at when the output is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: usize = 80;

/// The narrowest width to wrap at, however narrow the terminal.
const MIN_WIDTH: usize = 20;

/// The width to wrap at: the terminal's, else `COLUMNS`, else 80 columns.
pub fn width() -> usize {
    let columns = terminal_size::terminal_size()
        .map(|(width, _)| usize::from(width.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(DEFAULT_WIDTH);
    columns.max(MIN_WIDTH)
}

/// Draws `blocks` for a terminal `width` columns wide, with a blank line between blocks.
pub fn render(blocks: &[Block<'_>], width: usize) -> String {
    let drawn: Vec<String> = blocks.iter().map(|block| draw(block, width)).collect();
    let mut text = drawn.join("\n");
    text.push('\n');
    text
}

fn draw(block: &Block<'_>, width: usize) -> String {
    match block {
        Block::Heading { level, text, item } => {
            let mut heading = text.to_string();
            if let Some(item) = item {
                heading = format!("{heading} {}", dim(&format!("({})", item.id)));
            }
            heading_lines(*level, &heading, width)
        }
        Block::Paragraph(text) => textwrap::fill(text, width) + "\n",
        Block::List(items) => {
            let options = Options::new(width)
                .initial_indent("  • ")
                .subsequent_indent("    ");
            items
                .iter()
                .map(|item| textwrap::fill(item, &options) + "\n")
                .collect()
        }
    }
}

/// A heading, wrapped and styled; the two top levels are underlined with a rule.
fn heading_lines(level: u8, text: &str, width: usize) -> String {
    let (style, rule) = match level {
        1 => (
            Style::new()
                .bold()
                .fg_color(Some(AnsiColor::Magenta.into())),
            Some('═'),
        ),
        2 => (
            Style::new().bold().fg_color(Some(AnsiColor::Cyan.into())),
            Some('─'),
        ),
        3 => (Style::new().bold(), None),
        _ => (Style::new().italic(), None),
    };
    let lines = textwrap::wrap(text, width);
    let mut out = String::new();
    for line in &lines {
        out.push_str(&format!("{style}{line}{style:#}\n"));
    }
    if let Some(rule) = rule {
        let longest = lines.iter().map(|line| display_width(line)).max();
        let rule_line: String = std::iter::repeat_n(rule, longest.unwrap_or(0)).collect();
        out.push_str(&format!("{style}{rule_line}{style:#}\n"));
    }
    out
}

fn dim(text: &str) -> String {
    let style = Style::new().dimmed();
    format!("{style}{text}{style:#}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Item;

    fn plain(text: &str) -> String {
        anstream::adapter::strip_str(text).to_string()
    }

    #[test]
    fn paragraphs_wrap_at_the_width() {
        let blocks = [Block::Paragraph("one two three four five six".to_owned())];
        assert_eq!(
            plain(&render(&blocks, 10)),
            "one two\nthree four\nfive six\n\n"
        );
    }

    #[test]
    fn list_items_hang_under_their_bullet() {
        let blocks = [Block::List(vec![
            "alpha beta gamma".to_owned(),
            "delta".to_owned(),
        ])];
        assert_eq!(
            plain(&render(&blocks, 12)),
            "  • alpha\n    beta\n    gamma\n  • delta\n\n"
        );
    }

    #[test]
    fn top_headings_are_ruled_to_their_width_and_items_show_their_id() {
        let blocks = [
            Block::Heading {
                level: 1,
                text: "Title",
                item: None,
            },
            Block::Heading {
                level: 3,
                text: "Losing hope",
                item: Some(Item {
                    kind: "sign",
                    id: "losing-hope",
                }),
            },
        ];
        assert_eq!(
            plain(&render(&blocks, 40)),
            "Title\n═════\n\nLosing hope (losing-hope)\n\n"
        );
    }

    #[test]
    fn headings_are_styled_before_the_stream_strips_them() {
        let blocks = [Block::Heading {
            level: 2,
            text: "Signs",
            item: None,
        }];
        let styled = render(&blocks, 40);
        assert!(styled.contains("\u{1b}["), "{styled:?}");
        assert_ne!(plain(&styled), styled);
    }

    #[test]
    fn the_whole_bundled_pack_fits_the_width() {
        let blocks = crate::document::pack(vt_content::bundled());
        let text = plain(&render(&blocks, 50));
        assert!(text.lines().all(|line| display_width(line) <= 50));
        assert!(text.starts_with(&vt_content::bundled().title));
    }
}
