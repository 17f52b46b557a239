//! A document drawn as an HTML page or fragment, with [maud], which escapes every text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::document::{Block, Document, Inline, Language, Section, Words};

/// The built-in style sheet of a page: a readable column that follows the reader's text
/// size and colour scheme, wraps any word, and prints without stranded headings.
///
/// A page has it inline; serve it beside a fragment (whose classes it styles), or give
/// [`HtmlOptions::stylesheet`] a sheet of your own.
pub const STYLESHEET: &str = include_str!("style.css");

/// How to draw a document as HTML.
///
/// ```
/// use vt_content::render::HtmlOptions;
///
/// let options = HtmlOptions::default().stylesheet("/static/site.css");
/// assert!(!options.is_fragment());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlOptions {
    /// An `article` to put in a page of your own, instead of a whole page.
    pub fragment: bool,
    /// The address of a style sheet that the page links instead of its built-in styles.
    /// An empty address (which would link the page itself) keeps the built-in styles.
    pub stylesheet: Option<String>,
    /// The level of the title's heading, 1 to 3 (others are taken as the nearest): the
    /// other headings follow it. An `i32`, as Kotlin's `Int` and Python's `int` hold it, so
    /// that any level a front end passes is taken as the nearest, none wrapped or refused.
    pub first_heading_level: Option<i32>,
}

impl HtmlOptions {
    /// Every option at once, as the Python, Kotlin and Swift `to_html` take them: `None`
    /// for `stylesheet` keeps the built-in styles.
    ///
    /// ```
    /// use vt_content::render::HtmlOptions;
    ///
    /// let options = HtmlOptions::new(true, None, 2);
    /// assert_eq!(options, HtmlOptions::default().fragment(true).first_heading_level(2));
    /// ```
    pub fn new(fragment: bool, stylesheet: Option<String>, first_heading_level: i32) -> Self {
        HtmlOptions {
            fragment,
            stylesheet,
            first_heading_level: Some(first_heading_level),
        }
    }

    /// Draw an `article` to put in a page of your own (with no `style`), instead of a
    /// whole page.
    #[must_use]
    pub fn fragment(mut self, fragment: bool) -> Self {
        self.fragment = fragment;
        self
    }

    /// Link the style sheet at `href` instead of the built-in styles (a page only).
    #[must_use]
    pub fn stylesheet(mut self, href: impl Into<String>) -> Self {
        self.stylesheet = Some(href.into());
        self
    }

    /// Start the headings at level `level` (1 to 3; others are taken as the nearest),
    /// for a fragment under a heading of your own.
    #[must_use]
    pub fn first_heading_level(mut self, level: i32) -> Self {
        self.first_heading_level = Some(level);
        self
    }

    /// Whether these options draw a fragment.
    pub fn is_fragment(&self) -> bool {
        self.fragment
    }

    /// The title's heading level, 1 to 3.
    fn top(&self) -> u8 {
        nearest_level(self.first_heading_level.unwrap_or(1))
    }
}

/// A heading level taken as the nearest of 1 to 3.
fn nearest_level(level: i32) -> u8 {
    match level {
        ..=1 => 1,
        2 => 2,
        3.. => 3,
    }
}

impl Document {
    /// The document as HTML: a standalone page, or with
    /// [`fragment`](HtmlOptions::fragment) an `article` to put in a page of your own.
    ///
    /// Every text is escaped. The page loads nothing from elsewhere (unless
    /// [`stylesheet`](HtmlOptions::stylesheet) links a sheet), and its one script is the
    /// [JSON-LD](Self::json_ld) data block, in which `<`, `>` and `&` are written as
    /// `\u003c`, `\u003e` and `\u0026`.
    ///
    /// ```
    /// use vt_content::render::{Document, HtmlOptions};
    ///
    /// let page = Document::pack(vt_content::bundled()).to_html(&HtmlOptions::default());
    /// assert!(page.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    /// assert!(page.contains("<time datetime=\"2027-11-28\">28 November 2027</time>"));
    /// ```
    pub fn to_html(&self, options: &HtmlOptions) -> String {
        let markup = if options.fragment {
            self.fragment(options.top())
        } else {
            self.page(options)
        };
        let mut html = markup.into_string();
        html.push('\n');
        html
    }

    /// The urgent help alone, set apart as every page sets it, to put on any page of your
    /// own (an error page, a banner, a footer), with the document's language and
    /// direction; `None` when the pack gives none. Its heading is at `heading_level` (1 to
    /// 3; others are taken as the nearest). [`STYLESHEET`] styles it, in any page.
    ///
    /// ```
    /// use vt_content::render::Document;
    ///
    /// let help = Document::pack(vt_content::bundled()).urgent_help_html(2).unwrap();
    /// assert!(help.starts_with(
    ///     r#"<aside class="vt-notice vt-notice--urgent" lang="en-GB" dir="ltr" aria-labelledby="urgent-help"><section class="vt-section vt-section--urgent-help"><h2 id="urgent-help">If you need help now</h2>"#
    /// ));
    /// assert!(help.contains(r#"<a href="tel:116123">"#));
    /// ```
    pub fn urgent_help_html(&self, heading_level: i32) -> Option<String> {
        let urgent_help = self.urgent_help.as_ref()?;
        let level = nearest_level(heading_level);
        let language = Some((self.lang.as_str(), self.dir.as_str()));
        let mut html = urgent_notice(urgent_help, level, language, &self.id_prefix).into_string();
        html.push('\n');
        Some(html)
    }

    fn page(&self, options: &HtmlOptions) -> Markup {
        let top = options.top();
        html! {
            (DOCTYPE)
            html lang=(self.lang) dir=(self.dir.as_str()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.page_title) }
                    meta name="description" content=(self.description);
                    meta name="color-scheme" content="light dark";
                    @if let Some(href) = options.stylesheet.as_deref().filter(|href| !href.trim().is_empty()) {
                        link rel="stylesheet" href=(href);
                    } @else {
                        style { (PreEscaped(STYLESHEET)) }
                    }
                    (self.json_ld_script())
                }
                body class={ "vt-page vt-page--" (self.kind.as_str()) } {
                    header class="vt-header" { (self.title_and_intro(top)) }
                    (self.notices(top + 1))
                    (self.contents(top + 1))
                    main class="vt-main" {
                        @for section in &self.sections { (draw_section(section, top + 1, &self.id_prefix)) }
                    }
                    footer class="vt-footer" { (draw_section(&self.footer, top + 1, &self.id_prefix)) }
                }
            }
        }
    }

    fn fragment(&self, top: u8) -> Markup {
        html! {
            article class={ "vt-document vt-document--" (self.kind.as_str()) } lang=(self.lang) dir=(self.dir.as_str()) {
                div class="vt-header" { (self.title_and_intro(top)) }
                (self.notices(top + 1))
                (self.contents(top + 1))
                div class="vt-main" {
                    @for section in &self.sections { (draw_section(section, top + 1, &self.id_prefix)) }
                }
                footer class="vt-footer" { (draw_section(&self.footer, top + 1, &self.id_prefix)) }
                (self.json_ld_script())
            }
        }
    }

    fn title_and_intro(&self, level: u8) -> Markup {
        html! {
            (heading(level, &self.anchor("title"), &self.title))
            @for paragraph in &self.intro { p class="vt-intro" { (paragraph) } }
        }
    }

    /// The boxes set apart from the content: the urgent help first, then the disclaimer.
    fn notices(&self, level: u8) -> Markup {
        html! {
            @if let Some(urgent_help) = &self.urgent_help {
                (urgent_notice(urgent_help, level, None, &self.id_prefix))
            }
            @if !self.disclaimer.is_empty() {
                aside class="vt-notice vt-notice--disclaimer" aria-label=(self.disclaimer_label) {
                    @for paragraph in &self.disclaimer { p { (paragraph) } }
                }
            }
        }
    }

    /// The list of links to every section.
    fn contents(&self, level: u8) -> Markup {
        html! {
            nav class="vt-contents" aria-labelledby=(self.anchor("contents")) {
                (heading(level, &self.anchor("contents"), &self.contents_label))
                ol {
                    @for section in self.sections.iter().chain([&self.footer]) {
                        @let (lang, dir) = lang_and_dir(section.heading.lang);
                        li { a href={ "#" (self.id_prefix) (section.id) } lang=[lang] dir=[dir] { (section.heading.text) } }
                    }
                }
            }
        }
    }

    /// The JSON-LD data block, inert: no `<` can end it or open a comment.
    fn json_ld_script(&self) -> Markup {
        html! {
            script type="application/ld+json" { (PreEscaped(super::json_ld::script_safe(self.json_ld.to_string()))) }
        }
    }
}

/// The urgent help's box, with its `language` and direction when it stands outside its
/// document; its ids start with `prefix`.
fn urgent_notice(
    urgent_help: &Section,
    level: u8,
    language: Option<(&str, &str)>,
    prefix: &str,
) -> Markup {
    let (lang, dir) = language.unzip();
    html! {
        aside class="vt-notice vt-notice--urgent" lang=[lang] dir=[dir] aria-labelledby={ (prefix) (urgent_help.id) } {
            (draw_section(urgent_help, level, prefix))
        }
    }
}

/// A heading, with the language of its words when it is not the document's.
fn heading(level: u8, id: &str, words: &Words) -> Markup {
    let text = &words.text;
    let (lang, dir) = lang_and_dir(words.lang);
    html! {
        @match level.min(6) {
            1 => h1 id=(id) lang=[lang] dir=[dir] { (text) },
            2 => h2 id=(id) lang=[lang] dir=[dir] { (text) },
            3 => h3 id=(id) lang=[lang] dir=[dir] { (text) },
            4 => h4 id=(id) lang=[lang] dir=[dir] { (text) },
            5 => h5 id=(id) lang=[lang] dir=[dir] { (text) },
            _ => h6 id=(id) lang=[lang] dir=[dir] { (text) },
        }
    }
}

/// The `lang` and `dir` attributes of words in another language than the document's.
fn lang_and_dir(language: Option<Language>) -> (Option<&'static str>, Option<&'static str>) {
    let language = language.as_ref();
    (
        language.map(|language| language.tag),
        language
            .and_then(|language| language.dir)
            .map(|dir| dir.as_str()),
    )
}

/// A section, its ids and links to ids starting with `prefix`.
fn draw_section(section: &Section, level: u8, prefix: &str) -> Markup {
    let class = match section.item {
        Some(kind) => format!("vt-item vt-item--{kind}"),
        None => format!("vt-section vt-section--{}", section.id),
    };
    html! {
        section class=(class) {
            (heading(level, &format!("{prefix}{}", section.id), &section.heading))
            @for block in &section.blocks { (draw_block(block, prefix)) }
            @for child in &section.children { (draw_section(child, level + 1, prefix)) }
        }
    }
}

fn draw_block(block: &Block, prefix: &str) -> Markup {
    html! {
        @match block {
            Block::Paragraph { class, content } => p class=[class] { (draw_inlines(content, prefix)) },
            Block::List { class, items } => ul class=[class] {
                @for item in items { li { (draw_inlines(item, prefix)) } }
            },
        }
    }
}

fn draw_inlines(inlines: &[Inline], prefix: &str) -> Markup {
    html! {
        @for inline in inlines {
            @match inline {
                Inline::Text(text) => (text),
                Inline::Link { text, target } => a href={ "#" (prefix) (target) } { (text) },
                Inline::External { text, href } => a href=(href) { (text) },
                Inline::Date { date, text } => time datetime=(date.format("%Y-%m-%d").to_string()) { (text) },
                Inline::InLanguage { lang, content } => {
                    @let (lang, dir) = lang_and_dir(Some(*lang));
                    span lang=[lang] dir=[dir] { (draw_inlines(content, prefix)) }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_levels_stay_within_html() {
        let words = |text: &str, tag: Option<&'static str>| Words {
            text: text.to_owned(),
            lang: tag.map(|tag| Language { tag, dir: None }),
        };
        assert_eq!(
            heading(7, "a", &words("b", None)).into_string(),
            "<h6 id=\"a\">b</h6>"
        );
        assert_eq!(
            heading(2, "a", &words("Contents", Some("en-GB"))).into_string(),
            "<h2 id=\"a\" lang=\"en-GB\">Contents</h2>"
        );
        assert_eq!(
            heading(2, "a\"", &words("<b>", None)).into_string(),
            "<h2 id=\"a&quot;\">&lt;b&gt;</h2>"
        );
    }

    /// A pack whose every kind of text carries markup.
    fn hostile() -> crate::ContentPack {
        let markup = "</script><script>alert(1)</script><!-- & \"q\" 'a' <b>";
        let mut pack = crate::bundled().clone();
        pack.title.push_str(markup);
        pack.summary[0].push_str(markup);
        pack.disclaimer[0].push_str(markup);
        pack.attribution.notice.push_str(markup);
        pack.attribution.source_title.push_str(markup);
        pack.signs[0].title.push_str(markup);
        pack.support[0].title.push_str(markup);
        pack.practices[0].examples[0].push_str(markup);
        let urgent_help = pack.urgent_help.as_mut().expect("urgent help");
        urgent_help.title.push_str(markup);
        urgent_help.contacts[0].name.push_str(markup);
        pack
    }

    #[test]
    fn markup_in_a_pack_is_inert_in_every_page() {
        let pack = hostile();
        let guidance = pack.guidance([pack.signs[0].id.as_str()]).unwrap();
        for document in [Document::pack(&pack), Document::guidance(&pack, &guidance)] {
            for options in [
                HtmlOptions::default(),
                HtmlOptions::default().fragment(true),
            ] {
                let html = document.to_html(&options);
                assert_eq!(html.matches("<script").count(), 1, "{html}");
                assert_eq!(html.matches("</script").count(), 1);
                assert!(!html.contains("<!--") && !html.contains("<b>"));
                assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
            }
        }
    }

    #[test]
    fn the_urgent_help_stands_alone_as_on_its_page() {
        let pack = hostile();
        let document = Document::pack(&pack);
        let help = document.urgent_help_html(2).expect("urgent help");
        // The box the page draws, with the document's language and direction.
        let page = document.to_html(&HtmlOptions::default().fragment(true).first_heading_level(1));
        let inner = help.split_once('>').expect("a tag").1.trim_end();
        assert!(page.contains(inner), "{help}");
        assert!(help.starts_with(
            "<aside class=\"vt-notice vt-notice--urgent\" lang=\"en-GB\" dir=\"ltr\" \
             aria-labelledby=\"urgent-help\">"
        ));
        assert_eq!(help.matches("<h2").count(), 1);
        assert!(!help.contains("<script") && !help.contains("<b>") && !help.contains("<!--"));
        assert_eq!(
            help.matches("&lt;/script&gt;&lt;script&gt;alert(1)")
                .count(),
            2
        );
        assert_eq!(help.matches("<a href=\"tel:").count(), 3);
        for (level, tag) in [(i32::MIN, "<h1"), (0, "<h1"), (3, "<h3"), (i32::MAX, "<h3")] {
            assert!(
                document.urgent_help_html(level).unwrap().contains(tag),
                "{level}"
            );
        }
        let arabic = crate::pseudo(crate::bundled(), crate::PseudoLocale::ArXb)
            .unwrap()
            .pack;
        let help = Document::pack(&arabic).urgent_help_html(2).unwrap();
        assert!(help.contains(" lang=\"ar-XB\" dir=\"rtl\" "), "{help}");
        // A pack of schema 1.0 has none to give.
        let mut without = pack.clone();
        without.urgent_help = None;
        assert_eq!(Document::pack(&without).urgent_help_html(2), None);
    }

    /// `html` with the prefix `vt-` taken out of every id and every link to one, after
    /// checking that each has it.
    fn without_prefix(html: &str) -> String {
        let mut plain = html.to_owned();
        for attribute in ["id=\"", "href=\"#", "aria-labelledby=\""] {
            let prefixed = format!("{attribute}vt-");
            assert_eq!(
                html.matches(&prefixed).count(),
                html.matches(attribute).count()
            );
            plain = plain.replace(&prefixed, attribute);
        }
        plain
    }

    #[test]
    fn an_id_prefix_starts_every_id_and_every_link_to_one() {
        let pack = crate::bundled();
        let prefix = "vt".parse().unwrap();
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        for document in [Document::pack(pack), Document::guidance(pack, &guidance)] {
            let prefixed = document.clone().with_id_prefix(&prefix);
            for options in [
                HtmlOptions::default(),
                HtmlOptions::default().fragment(true),
            ] {
                let html = prefixed.to_html(&options);
                assert!(html.contains("<h1 id=\"vt-title\">"));
                assert!(
                    html.contains("<nav class=\"vt-contents\" aria-labelledby=\"vt-contents\">")
                );
                assert!(html.contains("aria-labelledby=\"vt-urgent-help\"><section class=\"vt-section vt-section--urgent-help\">"));
                assert_eq!(without_prefix(&html), document.to_html(&options));
            }
            let help = prefixed.urgent_help_html(2).unwrap();
            assert!(help.contains("<h2 id=\"vt-urgent-help\">"), "{help}");
            assert_eq!(without_prefix(&help), document.urgent_help_html(2).unwrap());
        }
        // The contents, and the links between sections: the advice names its support routes.
        let html = Document::pack(pack)
            .with_id_prefix(&prefix)
            .to_html(&HtmlOptions::default());
        assert!(html.contains("<a href=\"#vt-support-line-manager\">"));
        assert!(html.contains("<h3 id=\"vt-support-line-manager\">"));
        assert!(html.contains("<li><a href=\"#vt-signs\">"));
    }

    #[test]
    fn a_page_links_a_style_sheet_in_place_of_its_own() {
        let document = Document::pack(crate::bundled());
        let page = document.to_html(&HtmlOptions::default().stylesheet("/a.css?b=1&c=\"2\""));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/a.css?b=1&amp;c=&quot;2&quot;\">"));
        // An empty address would link the page itself, as a style sheet: the page keeps
        // its own styles.
        for empty in ["", " "] {
            let page = document.to_html(&HtmlOptions::default().stylesheet(empty));
            assert!(!page.contains("<link rel=\"stylesheet\""), "{empty:?}");
            assert_eq!(page, document.to_html(&HtmlOptions::default()));
        }
        assert!(!page.contains("<style>"));
        let fragment =
            document.to_html(&HtmlOptions::default().fragment(true).first_heading_level(2));
        assert!(fragment.starts_with(
            "<article class=\"vt-document vt-document--pack\" lang=\"en-GB\" dir=\"ltr\">"
        ));
        assert!(fragment.contains("<h2 id=\"title\">") && fragment.contains("<h3 id=\"signs\">"));
        assert!(!fragment.contains("<style>") && !fragment.contains("<h1"));
    }

    #[test]
    fn a_right_to_left_pack_draws_right_to_left() {
        let pack = crate::pseudo(crate::bundled(), crate::PseudoLocale::ArXb)
            .expect("the ar-XB pack")
            .pack;
        let document = Document::pack(&pack);
        let page = document.to_html(&HtmlOptions::default());
        assert!(page.contains("<html lang=\"ar-XB\" dir=\"rtl\">"));
        let fragment = document.to_html(&HtmlOptions::default().fragment(true));
        assert!(fragment.starts_with(
            "<article class=\"vt-document vt-document--pack\" lang=\"ar-XB\" dir=\"rtl\">"
        ));
        // Numbers keep their groups' order, left to right.
        assert!(page.contains("<a href=\"tel:116123\">"), "{page}");
        assert!(page.contains("\u{2066}116\u{a0}123\u{2069}</a>"), "{page}");
        assert!(page.contains("\u{2066}85258\u{2069}"), "{page}");
        let english = Document::pack(crate::bundled()).to_html(&HtmlOptions::default());
        assert!(!english.contains('\u{2066}') && english.contains(">Call 116\u{a0}123</a>"));
    }

    /// English labels in a page of another language are marked as English, so that a
    /// screen reader reads them with an English voice: every label of a pack without
    /// labels of its own, and a label filled in from the en-GB one.
    #[test]
    fn english_labels_in_a_page_of_another_language_are_marked_english() {
        let mut pack = crate::bundled().clone();
        pack.locale = "cy".parse().unwrap();
        pack.labels = None;
        let page = Document::pack(&pack).to_html(&HtmlOptions::default());
        assert!(page.contains("<html lang=\"cy\" dir=\"ltr\">"));
        for marked in [
            "<h2 id=\"signs\" lang=\"en-GB\">Signs to look out for</h2>",
            "<a href=\"#signs\" lang=\"en-GB\">Signs to look out for</a>",
            "<span lang=\"en-GB\"><a href=\"tel:999\">Call 999</a></span>",
            "<span lang=\"en-GB\">Last reviewed:</span> <span lang=\"en-GB\">not yet reviewed</span>",
        ] {
            assert!(page.contains(marked), "{marked} in {page}");
        }
        // The pack's own words are in the page's language.
        assert!(page.contains(&format!("<h1 id=\"title\">{}</h1>", pack.title)));
        assert!(page.contains(&format!("<h3 id=\"sign-{0}\">", pack.signs[0].id)));

        // With labels of its own, only the label filled in from the en-GB one.
        let mut welsh = crate::Labels::en_gb();
        welsh.call = "Ffoniwch".to_owned();
        welsh.text_message = "Tecstiwch ni".to_owned();
        pack.labels = Some(welsh);
        let page = Document::pack(&pack).to_html(&HtmlOptions::default());
        assert_eq!(page.matches(" lang=\"en-GB\"").count(), 1, "{page}");
        assert!(
            page.contains(
                "<span lang=\"en-GB\"><a href=\"sms:85258\">Text SHOUT to 85258</a></span>"
            )
        );
        assert!(page.contains("<a href=\"tel:999\">Ffoniwch 999</a>"));

        // In a right-to-left page, English reads left to right.
        pack.locale = "ar".parse().unwrap();
        pack.labels = None;
        let page = Document::pack(&pack).to_html(&HtmlOptions::default());
        assert!(page.contains("<h2 id=\"signs\" lang=\"en-GB\" dir=\"ltr\">"));
        assert!(page.contains("<span lang=\"en-GB\" dir=\"ltr\">Last reviewed:</span>"));

        // In a page in English, nothing.
        pack.labels = None;
        for locale in ["en-GB", "en-US"] {
            pack.locale = locale.parse().unwrap();
            let page = Document::pack(&pack).to_html(&HtmlOptions::default());
            assert_eq!(page.matches(" lang=").count(), 1, "{locale}");
        }
    }

    /// A page names itself (its title and description, for a guidance the pack's title
    /// after its own) and its boxes, so that a screen reader announces each, and has
    /// the classes its style sheet styles; a pack without a disclaimer draws no empty box.
    #[test]
    fn a_page_names_itself_and_its_boxes() {
        let pack = crate::bundled();
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        let page = Document::guidance(pack, &guidance).to_html(&HtmlOptions::default());
        for expected in [
            "<!DOCTYPE html><html lang=\"en-GB\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Guidance for the signs you recognise – Vicarious traumatisation</title>\
             <meta name=\"description\" content=\"If you notice one or more of these signs in \
             yourself, talk to someone you trust. Choose a person",
            "<body class=\"vt-page vt-page--guidance\"><header class=\"vt-header\">",
            "<aside class=\"vt-notice vt-notice--disclaimer\" aria-label=\"Please note\">",
            "<nav class=\"vt-contents\" aria-labelledby=\"contents\"><h2 id=\"contents\">",
            "<section class=\"vt-item vt-item--support\"><h3 id=\"support-trusted-person\">",
            "<ul class=\"vt-contacts\"><li>Emergency services: ",
            "<footer class=\"vt-footer\"><section class=\"vt-section vt-section--about-this-content\">",
        ] {
            assert!(page.contains(expected), "{expected} in {page}");
        }
        let mut pack = pack.clone();
        pack.disclaimer.clear();
        let page = Document::pack(&pack).to_html(&HtmlOptions::default());
        assert!(page.contains("<p class=\"vt-intro\">"), "{page}");
        assert!(
            page.contains("<p class=\"vt-credit\">Adapted in our own words"),
            "{page}"
        );
        assert!(!page.contains("vt-notice--disclaimer"), "{page}");
    }

    #[test]
    fn options_clamp_the_first_heading_level() {
        assert_eq!(HtmlOptions::default().top(), 1);
        assert_eq!(HtmlOptions::default().first_heading_level(9).top(), 3);
        assert_eq!(HtmlOptions::default().first_heading_level(0).top(), 1);
        assert_eq!(HtmlOptions::default().first_heading_level(2).top(), 2);
        assert_eq!(HtmlOptions::default().first_heading_level(256).top(), 3);
        assert_eq!(HtmlOptions::default().first_heading_level(-1).top(), 1);
    }
}
