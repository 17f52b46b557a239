//! The library's text, styled for the terminal: coloured, bold and ruled headings.
//!
//! The text carries ANSI styles; write it through [`anstream`], which removes them when
//! the output is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};
use vt_content::render::{Document, TextRole};

/// The width to wrap at when the output is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: usize = 80;

/// The width to wrap at: the terminal's, else `COLUMNS`, else 80 columns.
pub fn width() -> usize {
    terminal_size::terminal_size()
        .map(|(width, _)| usize::from(width.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(DEFAULT_WIDTH)
}

/// `document` as the library writes it for `width` columns, its headings styled.
pub fn render(document: &Document, width: usize) -> String {
    document.to_styled_text(width, style)
}

/// One line of the text, styled for its role.
fn style(role: TextRole, line: &str) -> String {
    let style = match role {
        TextRole::Heading(1) | TextRole::Rule(1) => Style::new()
            .bold()
            .fg_color(Some(AnsiColor::Magenta.into())),
        TextRole::Heading(2) | TextRole::Rule(2) => {
            Style::new().bold().fg_color(Some(AnsiColor::Cyan.into()))
        }
        TextRole::Heading(3) => Style::new().bold(),
        TextRole::Heading(_) => Style::new().italic(),
        _ => return line.to_owned(),
    };
    format!("{style}{line}{style:#}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        anstream::adapter::strip_str(text).to_string()
    }

    #[test]
    fn the_styles_take_nothing_away_from_the_library_text() {
        let document = Document::pack(vt_content::bundled());
        let styled = render(&document, 50);
        assert!(styled.contains("\u{1b}["), "{styled:?}");
        assert_eq!(plain(&styled), document.to_text(50));
    }

    /// Each level of heading has a style of its own, and a rule has its heading's.
    #[test]
    fn each_level_of_heading_looks_different_and_a_rule_as_its_heading() {
        let styled: Vec<String> = (1..=4)
            .map(|level| style(TextRole::Heading(level), "text"))
            .collect();
        for (i, one) in styled.iter().enumerate() {
            assert_eq!(plain(one), "text");
            assert_ne!(one, "text", "level {}", i + 1);
            for other in &styled[i + 1..] {
                assert_ne!(one, other, "level {}", i + 1);
            }
        }
        for level in [1, 2] {
            assert_eq!(
                style(TextRole::Rule(level), "═══"),
                style(TextRole::Heading(level), "═══"),
                "level {level}"
            );
        }
    }

    #[test]
    fn body_text_is_left_plain() {
        assert_eq!(style(TextRole::Body, "text"), "text");
        assert_ne!(style(TextRole::Heading(4), "text"), "text");
    }
}
