//! A document drawn as plain text, wrapped to a width with [textwrap].

use textwrap::core::display_width;
use textwrap::wrap_algorithms::Penalties;
use textwrap::{Options, WrapAlgorithm};

use super::document::{Block, Document, Inline, Section};

/// The narrowest width text is wrapped to, however small the width asked for.
const MIN_WIDTH: usize = 20;

/// What a line of [`Document::to_styled_text`] is, for a caller that styles it: a
/// terminal colours headings, for example.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TextRole {
    /// A line of a heading, 1 for the title to 4.
    Heading(u8),
    /// The rule drawn under a heading of level 1 or 2.
    Rule(u8),
    /// A line of a paragraph or a list.
    Body,
}

impl Document {
    /// The document as plain text, wrapped to `width` columns (at least 20): headings
    /// (the top two ruled), paragraphs and bulleted lists with a blank line between
    /// them. A word longer than the width is broken.
    ///
    /// ```
    /// use vt_content::render::Document;
    ///
    /// let text = Document::pack(vt_content::bundled()).to_text(40);
    /// assert!(text.starts_with("Vicarious traumatisation\n════════════════════════\n"));
    /// assert!(text.lines().all(|line| line.chars().count() <= 40));
    /// ```
    pub fn to_text(&self, width: usize) -> String {
        self.to_styled_text(width, |_, line| line.to_owned())
    }

    /// [`to_text`](Self::to_text), with each line passed through `style` with its role
    /// (without its line break) before it is written: for example, to colour headings.
    /// The text is wrapped before it is styled, so styles take no width.
    ///
    /// ```
    /// use vt_content::render::{Document, TextRole};
    ///
    /// let text = Document::pack(vt_content::bundled())
    ///     .to_styled_text(60, |role, line| match role {
    ///         TextRole::Heading(_) => line.to_uppercase(),
    ///         _ => line.to_owned(),
    ///     });
    /// assert!(text.starts_with("VICARIOUS TRAUMATISATION\n"));
    /// ```
    pub fn to_styled_text(&self, width: usize, style: impl Fn(TextRole, &str) -> String) -> String {
        let mut out = Writer {
            width: width.max(MIN_WIDTH),
            style: &style,
            blocks: Vec::new(),
        };
        out.heading(1, &self.title.text);
        for paragraph in &self.intro {
            out.paragraph(paragraph);
        }
        if let Some(urgent_help) = &self.urgent_help {
            out.section(urgent_help, 2);
        }
        for paragraph in &self.disclaimer {
            out.paragraph(paragraph);
        }
        for section in self.sections.iter().chain([&self.footer]) {
            out.section(section, 2);
        }
        let mut text = out.blocks.join("\n");
        text.push('\n');
        text
    }
}

/// Collects the blocks of text, each ending with a line break.
struct Writer<'a> {
    width: usize,
    style: &'a dyn Fn(TextRole, &str) -> String,
    blocks: Vec<String>,
}

impl Writer<'_> {
    fn lines(&self, role: TextRole, lines: impl IntoIterator<Item = impl AsRef<str>>) -> String {
        lines
            .into_iter()
            .map(|line| (self.style)(role, line.as_ref()) + "\n")
            .collect()
    }

    fn heading(&mut self, level: u8, text: &str) {
        let lines = wrap(text, Options::new(self.width));
        let mut block = self.lines(TextRole::Heading(level), &lines);
        let rule = match level {
            1 => Some('═'),
            2 => Some('─'),
            _ => None,
        };
        if let Some(rule) = rule {
            let longest = lines.iter().map(|line| display_width(line)).max();
            let line: String = std::iter::repeat_n(rule, longest.unwrap_or(0)).collect();
            block.push_str(&self.lines(TextRole::Rule(level), [line]));
        }
        self.blocks.push(block);
    }

    fn paragraph(&mut self, text: &str) {
        let block = self.lines(TextRole::Body, wrap(text, Options::new(self.width)));
        self.blocks.push(block);
    }

    /// A paragraph of inlines, a web address kept whole on a line where it fits.
    fn inline_paragraph(&mut self, inlines: &[Inline]) {
        let lines = wrap_inlines(inlines, Options::new(self.width));
        let block = self.lines(TextRole::Body, lines);
        self.blocks.push(block);
    }

    fn section(&mut self, section: &Section, level: u8) {
        self.heading(level, &section.heading.text);
        for block in &section.blocks {
            match block {
                Block::Paragraph { content, .. } => self.inline_paragraph(content),
                Block::List { items, .. } => {
                    let options = Options::new(self.width)
                        .initial_indent("  • ")
                        .subsequent_indent("    ");
                    let block: String = items
                        .iter()
                        .map(|item| self.lines(TextRole::Body, wrap_inlines(item, options.clone())))
                        .collect();
                    self.blocks.push(block);
                }
            }
        }
        for child in &section.children {
            self.section(child, level + 1);
        }
    }
}

/// textwrap's optimal fit, whose lines are never wider than the width. Its default
/// penalties let a line overflow by a column where that makes the paragraph look better,
/// as when a long word would be broken just before its last character; a text page
/// promises its width, and a broken word always fits.
const NEVER_OVERFLOW: WrapAlgorithm = WrapAlgorithm::OptimalFit(Penalties {
    overflow_penalty: usize::MAX,
    ..Penalties::new()
});

/// `text` wrapped by textwrap, each line closing the changes of direction it leaves open
/// (see [`closed_lines`](crate::bidi::closed_lines)).
fn wrap(text: &str, options: Options<'_>) -> Vec<String> {
    let options = options.wrap_algorithm(NEVER_OVERFLOW);
    crate::bidi::closed_lines(textwrap::wrap(text, options))
}

/// U+2060 WORD JOINER: no line may break beside it (UAX #14), and it takes no width.
const WORD_JOINER: char = '\u{2060}';

/// A run of text, links and dates wrapped as [`wrap`] wraps text, but a web address is
/// broken only where it is wider than a line: a line that ends inside one (after a `/` or
/// at a `-`, as line breaking allows) leaves an address that cannot be followed or copied.
/// Its characters are joined for wrapping, and the joiners taken out again; a text that
/// has joiners of its own is wrapped as it is, keeping them.
fn wrap_inlines(inlines: &[Inline], options: Options<'_>) -> Vec<String> {
    let text = plain(inlines, false);
    if text.contains(WORD_JOINER) {
        return wrap(&text, options);
    }
    let lines = wrap(&plain(inlines, true), options);
    lines
        .into_iter()
        .map(|line| line.replace(WORD_JOINER, ""))
        .collect()
}

/// The words of a run of text, links and dates; with `join_addresses`, each web address's
/// characters joined by [`WORD_JOINER`].
fn plain(inlines: &[Inline], join_addresses: bool) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::External { text, .. } if join_addresses => {
                let mut joined = String::with_capacity(text.len() * 4);
                for (i, c) in text.chars().enumerate() {
                    if i > 0 {
                        joined.push(WORD_JOINER);
                    }
                    joined.push(c);
                }
                joined
            }
            Inline::Text(text)
            | Inline::Link { text, .. }
            | Inline::External { text, .. }
            | Inline::Date { text, .. } => text.clone(),
            Inline::InLanguage { content, .. } => plain(content, join_addresses),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_fits_and_long_words_are_broken() {
        let pack = crate::bundled();
        let mut long = pack.clone();
        long.title = "x".repeat(2000);
        // textwrap's default optimal fit put this word whole on a line of 41 columns.
        let mut broken = pack.clone();
        broken.summary[0] = format!("{}audi: {}", "x".repeat(36), "x".repeat(100));
        for width in [0, 20, 33, 40, 80] {
            for document in [pack, &long, &broken].map(Document::pack) {
                let text = document.to_text(width);
                let widest = text.lines().map(display_width).max().unwrap();
                assert!(widest <= width.max(MIN_WIDTH), "{width}: {widest}");
            }
        }
    }

    /// A change of direction cut across lines is closed on each, as a terminal lays out
    /// each line alone; the `ar-XB` pseudo-locale writes one around every text.
    #[test]
    fn every_line_closes_the_changes_of_direction_it_opens() {
        let mut pack = crate::bundled().clone();
        pack.summary[0] =
            "Call the \u{2067}Samaritans listening service free of charge\u{2069} any time."
                .to_owned();
        let pseudo = crate::pseudo(&pack, crate::PseudoLocale::ArXb)
            .unwrap()
            .pack;
        for pack in [&pack, &pseudo] {
            let text = Document::pack(pack).to_text(30);
            assert!(text.contains('\u{2067}') || text.contains('\u{202E}'));
            for line in text.lines() {
                assert_eq!(crate::bidi::first_unpaired(line), None, "{line:?}");
            }
        }
    }

    #[test]
    fn no_line_ends_inside_a_phone_number() {
        let pack = crate::bundled();
        for width in 20..60 {
            let text = Document::pack(pack).to_text(width);
            let lines: Vec<&str> = text.lines().collect();
            assert!(
                lines.iter().any(|line| line.contains("116\u{a0}123")),
                "{width}"
            );
            assert!(
                !lines.iter().any(|line| line.ends_with("116")),
                "{width}:\n{text}"
            );
        }
    }

    /// A web address is put whole on a line where it fits there, never ended after a `/`
    /// or at a `-`; one wider than the line is broken, as a long word is. Text with word
    /// joiners of its own keeps them.
    #[test]
    fn no_line_ends_inside_a_web_address_that_fits_on_one() {
        let address = "https://www.example.org/vicarious-traumatisation";
        let mut pack = crate::bundled().clone();
        pack.attribution.url = Some(address.to_owned());
        for width in 20..90 {
            let text = Document::pack(&pack).to_text(width);
            let fits = "    ".len() + address.len() <= width.max(MIN_WIDTH);
            let whole = text.lines().any(|line| line.contains(address));
            assert_eq!(whole, fits, "{width}:\n{text}");
            assert!(!text.contains(WORD_JOINER), "{width}");
        }
        pack.attribution.source_name = format!("Rother{WORD_JOINER}Hive");
        let text = Document::pack(&pack).to_text(80);
        assert!(text.contains(&pack.attribution.source_name), "{text}");
    }

    #[test]
    fn lists_hang_under_their_bullet_and_headings_are_ruled() {
        let pack = crate::bundled();
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        let text = Document::guidance(pack, &guidance).to_text(80);
        let sign = &pack.sign("withdrawing").unwrap().title;
        assert!(text.contains(&format!(
            "Signs you recognise\n───────────────────\n\n  • {sign}\n"
        )));
        assert!(
            text.contains("\nLast reviewed: not yet reviewed\n")
                || text.contains("  • Last reviewed: not yet reviewed\n")
        );
    }

    /// The disclaimer is drawn after the urgent help and before the sections, as the
    /// page draws it.
    #[test]
    fn the_disclaimer_follows_the_urgent_help() {
        let pack = crate::bundled();
        let text = Document::pack(pack).to_text(200);
        let at = |part: &str| {
            text.find(part)
                .unwrap_or_else(|| panic!("{part} in {text}"))
        };
        let disclaimer = at(&format!("\n\n{}\n\n", pack.disclaimer[0]));
        assert!(at("\nIf you need help now\n") < disclaimer, "{text}");
        assert!(disclaimer < at("\nWhat it is\n"), "{text}");
    }

    #[test]
    fn styles_see_each_line_with_its_role() {
        let pack = crate::bundled();
        let text = Document::pack(pack).to_styled_text(80, |role, line| match role {
            TextRole::Heading(level) => format!("<h{level}>{line}"),
            TextRole::Rule(level) => format!("<r{level}>"),
            TextRole::Body => line.to_owned(),
        });
        assert!(text.starts_with("<h1>Vicarious traumatisation\n<r1>\n\n"));
        assert!(text.contains("\n<h2>Signs to look out for\n<r2>\n\nThese are only some"));
        assert!(text.contains("\n<h2>If you need help now\n<r2>\n"));
        assert!(text.contains("\n<h4>Things to try\n\n  • "));
    }
}
