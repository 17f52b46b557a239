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
        let mut blocks = vec![format!("# {}", escape(&self.title.text))];
        blocks.extend(self.intro.iter().map(|text| escape(text)));
        let prefix = self.id_prefix.as_str();
        if let Some(urgent_help) = &self.urgent_help {
            draw_section(urgent_help, 2, prefix, &mut blocks);
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
            .map(|section| format!("- {}", link(&section.heading.text, prefix, &section.id)))
            .collect();
        blocks.push(format!(
            "## <a id=\"{}\"></a>{}",
            self.anchor("contents"),
            escape(&self.contents_label.text)
        ));
        blocks.push(contents.join("\n"));
        for section in self.sections.iter().chain([&self.footer]) {
            draw_section(section, 2, prefix, &mut blocks);
        }
        let mut text = blocks.join("\n\n");
        text.push('\n');
        text
    }
}

/// A section, its anchors and links to them starting with `prefix`.
fn draw_section(section: &Section, level: usize, prefix: &str, out: &mut Vec<String>) {
    out.push(format!(
        "{} <a id=\"{prefix}{}\"></a>{}",
        "#".repeat(level.min(6)),
        section.id,
        escape(&section.heading.text)
    ));
    for block in &section.blocks {
        out.push(match block {
            Block::Paragraph { content, .. } => inlines(content, prefix),
            Block::List { items, .. } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| format!("- {}", inlines(item, prefix)))
                    .collect();
                items.join("\n")
            }
        });
    }
    for child in &section.children {
        draw_section(child, level + 1, prefix, out);
    }
}

fn inlines(runs: &[Inline], prefix: &str) -> String {
    runs.iter()
        .map(|inline| match inline {
            Inline::Text(text) | Inline::Date { text, .. } => escape(text),
            Inline::Link { text, target } => link(text, prefix, target),
            // Between `<` and `>`, so that a `)` or `]` in it cannot end the link. A web
            // address is percent-encoded, a phone number digits and `+`: of what
            // CommonMark reads there, a backslash and an entity are left to escape (`\*`
            // would lose its `\`, a `\` at the end would escape the `>`, and `&commat;`
            // would be read as `@`, moving the host).
            Inline::External { text, href } => {
                let href = href.replace('\\', "\\\\").replace('&', "\\&");
                format!("[{}](<{href}>)", escape(text))
            }
            // CommonMark has no mark for a language: the runs as they are.
            Inline::InLanguage { content, .. } => inlines(content, prefix),
        })
        .collect()
}

/// A link to the heading with the id `target` after `prefix` (ids and prefixes are
/// kebab-case: nothing to escape).
fn link(text: &str, prefix: &str, target: &str) -> String {
    format!("[{}](#{prefix}{target})", escape(text))
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
        assert!(markdown.contains("\n- Review due: 28 November 2027\n"));
        assert!(markdown.contains("\n## <a id=\"urgent-help\"></a>If you need help now\n"));
        assert!(markdown.contains("[Call 116\u{a0}123](<tel:116123>)"));
        assert!(markdown.ends_with("confirm the terms with Rotherham Place Partnership.\n"));
    }

    #[test]
    fn an_id_prefix_starts_every_anchor_and_every_link_to_one() {
        let pack = crate::bundled();
        let document = Document::pack(pack);
        let plain = document.to_markdown();
        let markdown = document
            .with_id_prefix(&"vt".parse().unwrap())
            .to_markdown();
        assert!(markdown.contains("\n- [Signs to look out for](#vt-signs)\n"));
        assert!(markdown.contains("\n## <a id=\"vt-contents\"></a>"));
        assert!(markdown.contains("\n## <a id=\"vt-urgent-help\"></a>If you need help now\n"));
        assert!(markdown.contains("](#vt-support-line-manager)"));
        for mark in ["<a id=\"", "](#"] {
            let prefixed = format!("{mark}vt-");
            assert_eq!(
                markdown.matches(&prefixed).count(),
                plain.matches(mark).count()
            );
        }
        assert_eq!(
            markdown
                .replace("<a id=\"vt-", "<a id=\"")
                .replace("](#vt-", "](#"),
            plain
        );
    }

    /// The destination of every link in `markdown` as a CommonMark reader reads it,
    /// asserting that it reads no HTML but the headings' anchors.
    fn links_of(markdown: &str) -> Vec<String> {
        let mut links = Vec::new();
        for event in pulldown_cmark::Parser::new(markdown) {
            match event {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                    links.push(dest_url.into_string());
                }
                pulldown_cmark::Event::Html(html) | pulldown_cmark::Event::InlineHtml(html) => {
                    assert!(
                        (html.starts_with("<a id=\"") || &*html == "</a>")
                            && !html.contains("<script"),
                        "{html}"
                    );
                }
                _ => {}
            }
        }
        links
    }

    /// Markup in any text of a pack reads as written: its title, paragraphs, disclaimer,
    /// headings, links and labels are escaped, and a CommonMark reader finds no HTML and
    /// no link of theirs.
    #[test]
    fn markup_in_a_pack_reads_as_written() {
        let markup = " *a* <b>[c](https://evil.example)</b>";
        let mut pack = crate::bundled().clone();
        pack.title.push_str(markup);
        pack.summary[0].push_str(markup);
        pack.disclaimer[0].push_str(markup);
        // Its section's heading, and the link to it from those to speak to.
        pack.support[0].title.push_str(markup);
        let labels = pack.labels.get_or_insert_with(crate::Labels::en_gb);
        labels.contents.push_str(markup);
        let markdown = Document::pack(&pack).to_markdown();
        let links = links_of(&markdown);
        assert!(!links.iter().any(|link| link.contains("evil")), "{links:?}");
        let escaped = " \\*a\\* \\<b\\>\\[c\\](https://evil.example)\\</b\\>";
        assert_eq!(markdown.matches(escaped).count(), 6, "{markdown}");
        assert_eq!(markdown.matches(markup).count(), 0, "{markdown}");
    }

    #[test]
    fn a_web_address_cannot_add_markup_or_links() {
        // A browser takes these. The loader refuses those with a space, a line break or a
        // control character, but a pack changed in code is not checked: a page must show
        // each safely, and link only the one the loader would take.
        let hostile = [
            "https://example.org/\n\n<script>alert(1)</script>\n\n",
            "https://example.org/a b)<img src=x onerror=alert(1)>",
            "https://example.org/)[Call_now](https://evil.example",
            "https://example.org/\u{1b}[31mred",
        ];
        let mut pack = crate::bundled().clone();
        let contacts = &mut pack.urgent_help.as_mut().expect("urgent help").contacts;
        for (contact, url) in contacts.iter_mut().zip(hostile) {
            contact.url = Some(url.to_owned());
        }
        assert!(crate::format::Format::HttpsUrl.check(hostile[2]).is_ok());
        let markdown = Document::pack(&pack).to_markdown();
        // What a CommonMark reader makes of it: no HTML but the headings' anchors, and no
        // link but the document's own, the phone numbers and the one address.
        let links = links_of(&markdown);
        let external: Vec<&str> = links
            .iter()
            .map(String::as_str)
            .filter(|link| !link.starts_with(['#', 't', 's']))
            .collect();
        assert_eq!(
            external,
            ["https://example.org/)[Call_now](https://evil.example"]
        );
        let text = Document::pack(&pack).to_text(80);
        assert!(!text.contains('\u{1b}'));
    }

    /// An entity in an address is not read as one: the link goes where the HTML page's
    /// goes, to the host its text shows.
    #[test]
    fn an_entity_in_a_web_address_stays_as_written() {
        let url = "https://www.samaritans.org&commat;evil.example/help&sol;x?a=1&amp;b=2";
        assert!(crate::format::Format::HttpsUrl.check(url).is_ok());
        let mut pack = crate::bundled().clone();
        pack.urgent_help.as_mut().expect("urgent help").contacts[0].url = Some(url.to_owned());
        let links = links_of(&Document::pack(&pack).to_markdown());
        assert!(links.iter().any(|link| link == url), "{links:?}");
        assert!(!links.iter().any(|link| link.contains("evil.example/help/")));
    }

    /// A backslash in an address keeps it: the link goes where the HTML page's goes, and
    /// one at the end does not undo the link. An address that is none (a pack built without
    /// its checks) is not linked.
    #[test]
    fn a_backslash_in_a_web_address_stays_in_the_link() {
        let mut pack = crate::bundled().clone();
        let contacts = &mut pack.urgent_help.as_mut().expect("urgent help").contacts;
        contacts[0].url = Some("https://example.org/find?q=a\\*b".to_owned());
        contacts[1].url = Some("https://example.org/help#top\\".to_owned());
        contacts[2].url = Some("https://a b/<img src=x onerror=alert(1)>".to_owned());
        let links = links_of(&Document::pack(&pack).to_markdown());
        let external: Vec<&str> = links
            .iter()
            .map(String::as_str)
            .filter(|link| link.starts_with("https:"))
            .collect();
        assert_eq!(
            external,
            [
                "https://example.org/find?q=a\\*b",
                "https://example.org/help#top\\"
            ]
        );
    }
}
