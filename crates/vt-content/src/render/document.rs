//! A pack or a guidance laid out once, as sections of headings, paragraphs and lists,
//! which every format draws.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde_json::Value;

use super::{date, json_ld};
use crate::format::Format;
use crate::labels::en_gb;
use crate::placeholder;
use crate::{
    Contact, ContactOrigin, ContentPack, Cost, Days, Direction, Guidance, GuidanceKind, Id, Labels,
    OpeningHours, Practice, ReviewStatus, SelfCareAction, SupportRoute, UrgentHelp,
};

/// A whole pack, or the guidance for some signs, laid out as a page: a title, an
/// introduction, the disclaimer, sections with headings, and a footer with the credit
/// and review dates.
///
/// It owns its texts, so it lives on its own. Draw it with [`to_html`](Self::to_html),
/// [`to_markdown`](Self::to_markdown), [`to_text`](Self::to_text) or
/// [`json_ld`](Self::json_ld).
///
/// ```
/// use vt_content::render::Document;
///
/// let markdown = Document::pack(vt_content::bundled()).to_markdown();
/// assert!(markdown.starts_with("# Vicarious traumatisation\n"));
/// assert!(markdown.contains("](#support-line-manager)"));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// What the document shows.
    pub(super) kind: Kind,
    /// The BCP 47 language tag of its text.
    pub(super) lang: String,
    /// The direction of its text, from its language.
    pub(super) dir: Direction,
    /// The title: the page's `h1`.
    pub(super) title: Words,
    /// The page's `title`: the title, and for a guidance the pack's title after it.
    pub(super) page_title: String,
    /// One or two sentences for the page's meta description.
    pub(super) description: String,
    /// The paragraphs under the title.
    pub(super) intro: Vec<String>,
    /// Where someone in crisis can turn now: drawn first, set apart.
    pub(super) urgent_help: Option<Section>,
    /// The accessible name of the disclaimer's box.
    pub(super) disclaimer_label: String,
    /// The pack's disclaimer, in paragraphs.
    pub(super) disclaimer: Vec<String>,
    /// The heading of the contents list.
    pub(super) contents_label: Words,
    /// The sections, each with a level 2 heading.
    pub(super) sections: Vec<Section>,
    /// The credit and review dates, under a level 2 heading.
    pub(super) footer: Section,
    /// The schema.org description of the page.
    pub(super) json_ld: Value,
    /// What every id of the HTML and the Markdown starts with: empty, or a prefix and a
    /// hyphen ([`Document::with_id_prefix`]).
    pub(super) id_prefix: String,
}

/// What a document shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A whole pack.
    Pack,
    /// The guidance for recognised signs, or for none.
    Guidance,
}

impl Kind {
    /// The modifier of its class: `pack` or `guidance`.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Kind::Pack => "pack",
            Kind::Guidance => "guidance",
        }
    }
}

/// Words, and the language they are in when it is not the document's: English labels in a
/// document of another language.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Words {
    /// The words.
    pub(super) text: String,
    /// Their language, when it is not the document's.
    pub(super) lang: Option<Language>,
}

/// A language of words that is not their document's: English, for English labels in a
/// document of another language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Language {
    /// Its BCP 47 tag.
    pub(super) tag: &'static str,
    /// Its direction, when that is not the document's either: left to right for English
    /// in a right-to-left document.
    pub(super) dir: Option<Direction>,
}

impl Words {
    /// Words in the document's language.
    fn new(text: &str) -> Words {
        Words {
            text: text.to_owned(),
            lang: None,
        }
    }
}

/// A heading with what follows it, and the sections one level below.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Section {
    /// The heading's id, unique in the document.
    pub(super) id: String,
    /// The item kind (`sign`, `action`, ...) for an item's section; none for a section
    /// of the page itself.
    pub(super) item: Option<&'static str>,
    /// The words of the heading.
    pub(super) heading: Words,
    /// The paragraphs and lists under the heading.
    pub(super) blocks: Vec<Block>,
    /// The sections one level below.
    pub(super) children: Vec<Section>,
}

impl Section {
    fn new(id: &str, heading: Words) -> Section {
        Section {
            id: id.to_owned(),
            item: None,
            heading,
            blocks: Vec::new(),
            children: Vec::new(),
        }
    }

    /// An item's section, headed by its title.
    fn item(kind: &'static str, id: &str, title: &str) -> Section {
        Section {
            item: Some(kind),
            ..Section::new(&format!("{kind}-{id}"), Words::new(title))
        }
    }

    fn paragraphs(mut self, paragraphs: &[String]) -> Section {
        let paragraphs = paragraphs.iter().map(|text| Block::Paragraph {
            class: None,
            content: vec![Inline::Text(text.clone())],
        });
        self.blocks.extend(paragraphs);
        self
    }

    fn list(mut self, class: Option<&'static str>, items: Vec<Vec<Inline>>) -> Section {
        if !items.is_empty() {
            self.blocks.push(Block::List { class, items });
        }
        self
    }

    fn texts(self, items: &[String]) -> Section {
        let items = items.iter().map(|item| vec![Inline::Text(item.clone())]);
        self.list(None, items.collect())
    }

    fn child(mut self, child: Section) -> Section {
        self.children.push(child);
        self
    }

    fn children(mut self, children: impl IntoIterator<Item = Section>) -> Section {
        self.children.extend(children);
        self
    }
}

/// A paragraph or a list.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Block {
    /// A paragraph.
    Paragraph {
        /// Its class in HTML, if any.
        class: Option<&'static str>,
        /// Its text, links and dates.
        content: Vec<Inline>,
    },
    /// A bulleted list.
    List {
        /// Its class in HTML, if any.
        class: Option<&'static str>,
        /// Each item's text, links and dates.
        items: Vec<Vec<Inline>>,
    },
}

/// A run of text in a paragraph or a list item.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Inline {
    /// Plain text.
    Text(String),
    /// A link to the heading with the id `target`.
    Link {
        /// The words of the link.
        text: String,
        /// The id of the heading it goes to.
        target: String,
    },
    /// A link out of the document: a `tel:`, `sms:` or `https:` address.
    External {
        /// The words of the link.
        text: String,
        /// Where it goes.
        href: String,
    },
    /// A day, written in the document's language.
    Date {
        /// The day.
        date: NaiveDate,
        /// The day in words.
        text: String,
    },
    /// Runs in another language than the document's: English labels in a document of
    /// another language.
    InLanguage {
        /// The language of the runs.
        lang: Language,
        /// The runs.
        content: Vec<Inline>,
    },
}

/// The labels a document is drawn with, and which of their words are English in a
/// document of another language: every label of a pack without labels of its own, and
/// a label that a page fills in from the en-GB one because the pack's lacks a
/// placeholder.
struct PageLabels<'a> {
    /// The pack's labels, or the en-GB ones ([`labels`](crate::labels)).
    labels: Cow<'a, Labels>,
    /// Whether they are the en-GB ones: the pack has none of its own.
    en_gb: bool,
    /// English (`en-GB`), when the document is in another language.
    english: Option<Language>,
}

impl<'a> PageLabels<'a> {
    /// The labels of a document of `pack`, whose direction is `dir`.
    fn new(pack: &'a ContentPack, dir: Direction) -> PageLabels<'a> {
        let language = pack.locale.to_icu().id.language;
        let in_english = language == icu_locale_core::subtags::language!("en");
        PageLabels {
            labels: crate::labels(pack),
            en_gb: pack.labels.is_none(),
            english: (!in_english).then_some(Language {
                tag: "en-GB",
                dir: (dir == Direction::RightToLeft).then_some(Direction::LeftToRight),
            }),
        }
    }

    /// The language of a label's words, when it is not the document's.
    fn lang(&self) -> Option<Language> {
        self.english.filter(|_| self.en_gb)
    }

    /// A label, as words to head a section with.
    fn heading(&self, label: &str) -> Words {
        Words {
            text: label.to_owned(),
            lang: self.lang(),
        }
    }

    /// A run that holds a label's words, marked with their language when it is not the
    /// document's.
    fn run(&self, run: Inline) -> Inline {
        marked(self.lang(), run)
    }

    /// A label's text as a run.
    fn text(&self, label: &str) -> Inline {
        self.run(Inline::Text(label.to_owned()))
    }

    /// A label that a page fills in, filled with `values`, and the language of its words
    /// when it is not the document's: the pack's own label, or the en-GB one `en_gb` when
    /// the pack's lacks one of the placeholders (its `label-placeholders` warning says
    /// so), so that no number, keyword or time that the values give is left out of a
    /// page.
    fn fill(
        &self,
        label: &str,
        en_gb: &str,
        values: &[(&str, &str)],
    ) -> (String, Option<Language>) {
        let found: Vec<&str> = placeholder::names(label).collect();
        match values.iter().all(|(name, _)| found.contains(name)) {
            true => (placeholder::fill(label, values), self.lang()),
            false => (placeholder::fill(en_gb, values), self.english),
        }
    }
}

/// `run`, in the language `lang` when there is one.
fn marked(lang: Option<Language>, run: Inline) -> Inline {
    match lang {
        Some(lang) => Inline::InLanguage {
            lang,
            content: vec![run],
        },
        None => run,
    }
}

/// The ids of the support routes to speak to, linked to their sections.
fn speak_to_links(pack: &ContentPack) -> Vec<Vec<Inline>> {
    pack.speak_to_routes()
        .into_iter()
        .map(|route| {
            vec![Inline::Link {
                text: route.title.clone(),
                target: format!("support-{}", route.id),
            }]
        })
        .collect()
}

/// The urgent help, as a section to set apart: its message, then one line per contact.
fn urgent_help(labels: &PageLabels, help: &UrgentHelp, dir: Direction) -> Section {
    Section::new("urgent-help", Words::new(&help.title))
        .paragraphs(&help.message)
        .list(
            Some("vt-contacts"),
            contact_lines(labels, &help.contacts, dir),
        )
}

/// A support route's section: what it is, and how to reach it.
fn support_route(labels: &PageLabels, route: &SupportRoute, dir: Direction) -> Section {
    Section::item("support", route.id.as_str(), &route.title)
        .paragraphs(&route.description)
        .list(
            Some("vt-contacts"),
            contact_lines(labels, &route.contacts, dir),
        )
}

/// One line per contact: its name and purpose, how to reach it (as links), when, at
/// what cost, and whether the pack's editors added it.
fn contact_lines(labels: &PageLabels, contacts: &[Contact], dir: Direction) -> Vec<Vec<Inline>> {
    let words = labels.labels.as_ref();
    contacts
        .iter()
        .map(|contact| {
            let mut line = vec![Inline::Text(format!(
                "{}: {} ",
                contact.name, contact.purpose
            ))];
            let mut ways = Vec::new();
            if let Some(phone) = &contact.phone {
                ways.push(vec![labels.run(number_link(
                    format!("{} {}", words.call, shown_number(phone, dir)),
                    "tel",
                    phone,
                ))]);
            }
            if let Some(text) = &contact.text_message {
                let (shown, lang) = labels.fill(
                    &words.text_message,
                    &en_gb().text_message,
                    &[
                        ("keyword", &text.keyword),
                        ("number", &shown_number(&text.number, dir)),
                    ],
                );
                ways.push(vec![marked(lang, number_link(shown, "sms", &text.number))]);
            }
            if let Some(url) = &contact.url {
                ways.push(vec![
                    labels.text(&words.website),
                    Inline::Text(" ".to_owned()),
                    web_address(url, dir),
                ]);
            }
            joined(&mut line, ways, "; ");
            let mut facts = Vec::new();
            if let Some(hours) = &contact.hours {
                facts.push(opening_hours(labels, hours));
            }
            if let Some(cost) = contact.cost {
                facts.push(vec![labels.text(match cost {
                    Cost::Free => &words.free,
                    Cost::StandardRate => &words.standard_rate,
                })]);
            }
            if contact.origin == ContactOrigin::Editors {
                facts.push(vec![labels.text(&words.added_by_editors)]);
            }
            if !facts.is_empty() {
                line.push(Inline::Text(" (".to_owned()));
                joined(&mut line, facts, "; ");
                line.push(Inline::Text(")".to_owned()));
            }
            line
        })
        .collect()
}

/// Each of `groups` of runs after `line`, with `separator` between them.
fn joined(line: &mut Vec<Inline>, groups: Vec<Vec<Inline>>, separator: &str) {
    for (at, group) in groups.into_iter().enumerate() {
        if at > 0 {
            line.push(Inline::Text(separator.to_owned()));
        }
        line.extend(group);
    }
}

/// `text`, a link to `scheme:` and `number` without its spaces (`tel:116123`) when
/// `number` is a phone number as the loader checks one. A pack built or changed in memory
/// is not checked: what it gives that a loaded pack could not hold (`999,,#31#`, letters)
/// is shown, and not linked.
fn number_link(text: String, scheme: &str, number: &str) -> Inline {
    if Format::PhoneNumber.check(number).is_err() {
        return Inline::Text(text);
    }
    Inline::External {
        text,
        href: format!("{scheme}:{}", number.replace(' ', "")),
    }
}

/// A link to a web address of a pack, shown left to right: in a right-to-left document
/// isolated as [`shown_number`] isolates a number, so that its `/` and `.` stay where
/// they are written.
fn web_address(url: &str, dir: Direction) -> Inline {
    // The address as written, but a pack's address is not checked as a text: what it has
    // of tabs, line breaks or other control characters (which a browser leaves out of an
    // address too) is not shown.
    let text: String = url.chars().filter(|c| !c.is_control()).collect();
    // Only an https address as the loader checks one is linked. A pack built or changed
    // in memory is not checked: what it gives that a loaded pack could not hold (a
    // `javascript:` address, a user name before the host, no address at all) is shown,
    // and not linked.
    let Some(parsed) = linkable(url) else {
        return Inline::Text(left_to_right(text, dir));
    };
    let shown = if shows_where_it_goes(&text, &parsed) {
        text
    } else {
        parsed.to_string()
    };
    Inline::External {
        text: left_to_right(shown, dir),
        href: parsed.into(),
    }
}

/// `url` as a browser reads it (spaces, quotes, `<`, `>` and control characters
/// percent-encoded, so that no format can read more into it than an address), when it is
/// an https address as the loader checks one.
pub(super) fn linkable(url: &str) -> Option<url::Url> {
    Format::HttpsUrl.check(url).ok()?;
    url::Url::parse(url).ok()
}

/// Whether an address as written shows where a browser goes: it is the address the
/// browser reads (but for the `/` it puts after a bare host), or it differs only in how
/// its path, query or fragment is encoded, such as `für` for `f%C3%BCr`. Its host must
/// read as written: in an https address a `\` reads as `/`, so
/// `https://evil.example\@example.org/` would show one host and go to another, and
/// `https://0x7f.1/` goes to `127.0.0.1`. Spaces, quotes, `<` and `>` are shown as the
/// browser encodes them.
fn shows_where_it_goes(text: &str, parsed: &url::Url) -> bool {
    let href = parsed.as_str();
    if href == text || href.strip_suffix('/') == Some(text) {
        return true;
    }
    let plain = !text.contains(|c: char| c.is_whitespace() || "\\\"<>`{}|^".contains(c));
    let written = text.get(parsed.scheme().len() + 3..).unwrap_or_default();
    let authority = written.split(['/', '?', '#']).next().unwrap_or_default();
    let read = match (parsed.host_str(), parsed.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => return false,
    };
    plain && text.starts_with("https://") && authority.eq_ignore_ascii_case(&read)
}

/// Text that must read left to right, such as an address, as a document of `dir` shows
/// it: in a right-to-left document, isolated left to right (U+2066 … U+2069).
fn left_to_right(text: String, dir: Direction) -> String {
    match dir {
        Direction::LeftToRight => text,
        Direction::RightToLeft => format!("\u{2066}{text}\u{2069}"),
    }
}

/// A phone or text-message number as a page shows it: its groups joined by no-break
/// spaces, so that no line ends inside it; and in a right-to-left document isolated left
/// to right (between U+2066 and U+2069), so that its groups keep their order, `116 123`
/// and not `123 116`, as numbers are read there too.
fn shown_number(number: &str, dir: Direction) -> String {
    left_to_right(number.replace(' ', "\u{a0}"), dir)
}

/// When a service is open, in the labels' words.
fn opening_hours(labels: &PageLabels, hours: &OpeningHours) -> Vec<Inline> {
    let words = labels.labels.as_ref();
    if hours.is_always_open() {
        return vec![labels.text(&words.always_open)];
    }
    let days = match hours.days {
        Days::EveryDay => &words.every_day,
        Days::Weekdays => &words.weekdays,
        Days::Weekends => &words.weekends,
    };
    let mut runs = vec![labels.text(days)];
    if let (Some(opens), Some(closes)) = (&hours.opens, &hours.closes) {
        let (times, lang) = labels.fill(
            &words.opening_times,
            &en_gb().opening_times,
            &[("opens", opens), ("closes", closes)],
        );
        runs.extend([
            Inline::Text(", ".to_owned()),
            marked(lang, Inline::Text(times)),
        ]);
    }
    runs
}

fn self_care(labels: &PageLabels, intro: &[String], actions: &[SelfCareAction]) -> Section {
    let actions = actions.iter().map(|action| {
        Section::item("action", action.id.as_str(), &action.title).paragraphs(&action.how)
    });
    Section::new("self-care", labels.heading(&labels.labels.self_care))
        .paragraphs(intro)
        .children(actions)
}

fn practices(labels: &PageLabels, intro: &[String], practices: &[Practice]) -> Section {
    let practices = practices.iter().map(|practice| {
        let id = practice.id.as_str();
        let examples = Section {
            item: Some("examples"),
            ..Section::new(
                &format!("examples-{id}"),
                labels.heading(&labels.labels.things_to_try),
            )
        };
        Section::item("practice", id, &practice.title)
            .paragraphs(&practice.purpose)
            .paragraphs(&practice.how)
            .child(examples.texts(&practice.examples))
    });
    Section::new("practices", labels.heading(&labels.labels.practices))
        .paragraphs(intro)
        .children(practices)
}

/// The credit line, the source, the version and the review dates.
fn footer(pack: &ContentPack, labels: &PageLabels) -> Section {
    let words = labels.labels.as_ref();
    let source = &pack.attribution;
    let credit = Block::Paragraph {
        class: Some("vt-credit"),
        content: vec![Inline::Text(source.notice.clone())],
    };
    let text = |text: String| Inline::Text(text);
    let day = |day: NaiveDate| Inline::Date {
        date: day,
        text: date::long(pack.locale.as_str(), day),
    };
    let reviewed = match reviewed_on(pack) {
        Some(day) => day,
        None => labels.text(&words.draft_notice),
    };
    let mut credit_line = vec![
        labels.text(&words.source),
        text(format!(
            " {}{}{}, {}, {}",
            words.open_quote,
            source.source_title,
            words.close_quote,
            source.source_name,
            source.publisher
        )),
    ];
    if let Some(url) = &source.url {
        let address = web_address(url, pack.locale.direction());
        credit_line.extend([text(", ".to_owned()), address]);
    }
    let space = || text(" ".to_owned());
    let mut facts = vec![
        credit_line,
        vec![
            labels.text(&words.content_version),
            text(format!(" {} ({})", pack.version, pack.locale)),
        ],
        vec![labels.text(&words.last_reviewed), space(), reviewed],
        vec![
            labels.text(&words.next_review_due),
            space(),
            day(pack.review.next_review_due),
        ],
    ];
    if let (Some(_), Some(reviewer)) = (reviewed_on(pack), &pack.review.reviewed_by) {
        facts.push(vec![
            labels.text(&words.reviewed_by),
            text(format!(" {}, {}", reviewer.role, reviewer.organisation)),
        ]);
    }
    if let Some(copyright) = &source.copyright {
        facts.push(vec![text(copyright.clone())]);
    }
    if let Some(licence) = &source.licence {
        let terms = match licence.text.is_empty() {
            true => licence.expression.clone(),
            false => licence.text.join(" "),
        };
        facts.push(vec![labels.text(&words.licence), text(format!(" {terms}"))]);
    }
    let mut footer = Section::new(
        "about-this-content",
        labels.heading(&words.about_this_content),
    );
    footer.blocks.push(credit);
    footer.list(Some("vt-facts"), facts)
}

/// The day the content was last reviewed, when someone has reviewed it: only a pack
/// whose status is `reviewed` (schema 1.1) says so. A draft, and a pack of schema 1.0
/// (which cannot say whether anyone reviewed it), show the draft notice instead.
fn reviewed_on(pack: &ContentPack) -> Option<Inline> {
    let review = &pack.review;
    match (review.status, review.last_reviewed) {
        (Some(ReviewStatus::Reviewed), Some(day)) => Some(Inline::Date {
            date: day,
            text: date::long(pack.locale.as_str(), day),
        }),
        _ => None,
    }
}

impl Document {
    /// The whole pack: what VT is, how it differs from burnout, the signs, what to do,
    /// the self-care actions, the practices, where to turn, and where the content comes
    /// from.
    pub fn pack(pack: &ContentPack) -> Document {
        let dir = pack.locale.direction();
        let labels = &PageLabels::new(pack, dir);
        let words = labels.labels.as_ref();
        let heading = |label: &str| labels.heading(label);
        let about = &pack.about;
        let advice = &pack.advice;
        let signs = pack.signs.iter().map(|sign| {
            Section::item("sign", sign.id.as_str(), &sign.title).paragraphs(&sign.description)
        });
        let routes = pack
            .support
            .iter()
            .map(|route| support_route(labels, route, dir));
        let mut what_it_is = Section::new("what-it-is", heading(&words.what_it_is))
            .paragraphs(&about.definition)
            .child(
                Section::new("also-known-as", heading(&words.also_known_as))
                    .texts(&about.also_known_as),
            );
        if !about.related_ideas.is_empty() {
            what_it_is = what_it_is.child(
                Section::new("related-ideas", heading(&words.related_ideas))
                    .paragraphs(&about.related_ideas),
            );
        }
        let sections = vec![
            what_it_is
                .child(
                    Section::new("how-it-happens", heading(&words.how_it_happens))
                        .paragraphs(&about.how_it_happens),
                )
                .child(
                    Section::new("who-can-be-affected", heading(&words.who_can_be_affected))
                        .texts(&about.who_can_be_affected),
                ),
            Section::new("burnout", heading(&words.burnout))
                .paragraphs(&about.burnout.differences)
                .child(
                    Section::new("burnout-overlap", heading(&words.burnout_overlap))
                        .paragraphs(&about.burnout.overlap),
                ),
            Section::new("signs", heading(&words.signs))
                .paragraphs(&advice.other_signs)
                .children(signs),
            Section::new("signs-recognised", heading(&words.signs_recognised))
                .paragraphs(&advice.signs_recognised.message)
                .child(
                    Section::new("speak-to", heading(&words.speak_to))
                        .list(Some("vt-links"), speak_to_links(pack)),
                ),
            Section::new("prevention", heading(&words.prevention))
                .paragraphs(&advice.prevention)
                .paragraphs(&advice.recovery_and_burnout),
            self_care(labels, &advice.self_care, &pack.self_care_actions),
            practices(labels, &advice.practices, &pack.practices),
            Section::new("support", heading(&words.support)).children(routes),
        ];
        Document {
            kind: Kind::Pack,
            lang: pack.locale.to_string(),
            dir,
            title: Words::new(&pack.title),
            page_title: pack.title.clone(),
            description: pack.summary.join(" "),
            intro: pack.summary.clone(),
            urgent_help: pack
                .urgent_help
                .as_ref()
                .map(|help| urgent_help(labels, help, dir)),
            disclaimer_label: words.disclaimer.clone(),
            disclaimer: pack.disclaimer.clone(),
            contents_label: heading(&words.contents),
            sections,
            footer: footer(pack, labels),
            json_ld: json_ld::pack(pack, words),
            id_prefix: String::new(),
        }
    }

    /// The guidance for the signs a person recognises, from
    /// [`ContentPack::guidance`]: the signs, the advice, who to speak to first, then the
    /// self-care actions and the practices; with no sign, the advice on lowering the
    /// risk. `pack` is the pack the guidance came from: it gives the language, the
    /// labels, the disclaimer, the credit and the review dates.
    ///
    /// ```
    /// use vt_content::render::Document;
    ///
    /// let pack = vt_content::bundled();
    /// let guidance = pack.guidance(["losing-hope"])?;
    /// let text = Document::guidance(pack, &guidance).to_text(60);
    /// assert!(text.starts_with("Guidance for the signs you recognise\n"));
    /// assert!(text.contains(&pack.attribution.notice[..20]));
    /// # Ok::<(), vt_content::UnknownSign>(())
    /// ```
    pub fn guidance(pack: &ContentPack, guidance: &Guidance) -> Document {
        let dir = pack.locale.direction();
        let labels = &PageLabels::new(pack, dir);
        let words = labels.labels.as_ref();
        let mut sections = Vec::new();
        let (title, intro) = match guidance.kind {
            GuidanceKind::SeekSupport => {
                let signs = guidance.recognised_signs.iter();
                let signs: Vec<String> = signs.map(|sign| sign.title.clone()).collect();
                sections.push(
                    Section::new("recognised-signs", labels.heading(&words.recognised_signs))
                        .texts(&signs)
                        .paragraphs(&guidance.other_signs)
                        .paragraphs(&guidance.message),
                );
                let routes = guidance
                    .speak_to
                    .iter()
                    .map(|route| support_route(labels, route, dir));
                let speak_to = Section::new("speak-to", labels.heading(&words.speak_to));
                sections.push(speak_to.children(routes));
                (&words.guidance_title, Vec::new())
            }
            GuidanceKind::Prevention => (&words.prevention, guidance.message.clone()),
        };
        sections.push(self_care(
            labels,
            &guidance.recovery_and_burnout,
            &guidance.self_care_actions,
        ));
        sections.push(practices(labels, &[], &guidance.practices));
        let description = match intro.is_empty() {
            true => guidance.message.join(" "),
            false => intro.join(" "),
        };
        Document {
            kind: Kind::Guidance,
            lang: pack.locale.to_string(),
            dir,
            title: labels.heading(title),
            page_title: format!("{title} – {}", pack.title),
            description,
            intro,
            urgent_help: guidance
                .urgent_help
                .as_ref()
                .map(|help| urgent_help(labels, help, dir)),
            disclaimer_label: words.disclaimer.clone(),
            disclaimer: guidance.disclaimer.clone(),
            contents_label: labels.heading(&words.contents),
            sections,
            footer: footer(pack, labels),
            json_ld: json_ld::guidance(pack, guidance, words, title),
            id_prefix: String::new(),
        }
    }

    /// The document with every id of its HTML and its Markdown, and every link to one,
    /// starting with `prefix` and a hyphen: with `vt`, the heading of the signs is
    /// `vt-signs`, and the contents link to `#vt-signs`. Give one to put the document in
    /// a page of your own that has ids of its own (a `title` or a `contents`), or beside
    /// another document (the urgent help alone and a guidance, two languages), so that
    /// every id stays unique in the page and every link finds its heading. The class
    /// names stay as they are, for the style sheet.
    ///
    /// ```
    /// use vt_content::render::{Document, HtmlOptions};
    ///
    /// let prefix = "vt".parse()?;
    /// let document = Document::pack(vt_content::bundled()).with_id_prefix(&prefix);
    /// let html = document.to_html(&HtmlOptions::default().fragment(true));
    /// assert!(html.contains(r##"<h2 id="vt-signs">"##));
    /// assert!(html.contains(r##"<a href="#vt-signs">"##));
    /// assert!(html.contains(r##"<section class="vt-section vt-section--signs">"##));
    /// # Ok::<(), vt_content::InvalidId>(())
    /// ```
    #[must_use]
    pub fn with_id_prefix(mut self, prefix: &Id) -> Document {
        self.id_prefix = format!("{prefix}-");
        self
    }

    /// The id of the heading or section `id` in the HTML and the Markdown, after the
    /// [prefix](Self::with_id_prefix).
    pub(super) fn anchor(&self, id: &str) -> String {
        format!("{}{id}", self.id_prefix)
    }

    /// The title of the document: the pack's title, or the guidance's heading.
    pub fn title(&self) -> &str {
        &self.title.text
    }

    /// The BCP 47 language tag of the document's text: the pack's locale.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The direction of the document's text: its locale's (see [`Locale::direction`]).
    ///
    /// [`Locale::direction`]: crate::Locale::direction
    pub fn dir(&self) -> Direction {
        self.dir
    }

    /// The schema.org description of the document, a `MedicalWebPage` (see [`json_ld`](super::json_ld)).
    pub fn json_ld(&self) -> &Value {
        &self.json_ld
    }

    /// Every section with its depth (1 for a section under the title), in order, then
    /// the footer's.
    #[cfg(test)]
    fn outline(&self) -> Vec<(u8, &Section)> {
        fn walk<'a>(section: &'a Section, depth: u8, out: &mut Vec<(u8, &'a Section)>) {
            out.push((depth, section));
            for child in &section.children {
                walk(child, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        for section in self.sections.iter().chain([&self.footer]) {
            walk(section, 1, &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(document: &Document) -> Vec<&str> {
        document
            .outline()
            .iter()
            .map(|(_, section)| section.id.as_str())
            .collect()
    }

    #[test]
    fn every_item_of_the_pack_has_a_section_under_a_unique_id() {
        let pack = crate::bundled();
        let document = Document::pack(pack);
        let ids = ids(&document);
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        for sign in &pack.signs {
            assert!(ids.contains(&format!("sign-{}", sign.id).as_str()));
        }
        for route in &pack.support {
            assert!(ids.contains(&format!("support-{}", route.id).as_str()));
        }
        assert!(ids.contains(&"examples-ground"));
        assert_eq!(ids.last(), Some(&"about-this-content"));
    }

    #[test]
    fn headings_never_skip_a_level_and_go_at_most_three_deep() {
        let pack = crate::bundled();
        let guidance = pack.guidance(["losing-hope"]).unwrap();
        for document in [Document::pack(pack), Document::guidance(pack, &guidance)] {
            let depths: Vec<u8> = document.outline().iter().map(|(d, _)| *d).collect();
            assert_eq!(depths[0], 1);
            assert!(depths.windows(2).all(|pair| pair[1] <= pair[0] + 1));
            assert_eq!(depths.iter().max(), Some(&3));
        }
    }

    #[test]
    fn speak_to_links_go_to_sections_of_the_page() {
        let pack = crate::bundled();
        let document = Document::pack(pack);
        let ids = ids(&document);
        let links = speak_to_links(pack);
        assert_eq!(links.len(), pack.advice.signs_recognised.speak_to.len());
        for link in links.iter().flatten() {
            let Inline::Link { target, .. } = link else {
                panic!("{link:?}")
            };
            assert!(ids.contains(&target.as_str()), "{target}");
        }
    }

    #[test]
    fn guidance_names_the_signs_then_who_to_speak_to() {
        let pack = crate::bundled();
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        let document = Document::guidance(pack, &guidance);
        assert_eq!(document.title(), "Guidance for the signs you recognise");
        assert_eq!(
            ids(&document)[..4],
            [
                "recognised-signs",
                "speak-to",
                "support-trusted-person",
                "support-line-manager"
            ]
        );
        assert_eq!(document.disclaimer, pack.disclaimer);
        let prevention = Document::guidance(pack, &pack.guidance([""; 0]).unwrap());
        assert_eq!(prevention.title(), "Lowering your risk");
        assert_eq!(prevention.intro, pack.advice.prevention);
        assert_eq!(ids(&prevention)[0], "self-care");
    }

    /// A route that `speak_to` names twice is linked and shown once: a page has each id
    /// once.
    #[test]
    fn a_route_named_twice_is_shown_once() {
        let mut pack = crate::bundled().clone();
        let speak_to = &mut pack.advice.signs_recognised.speak_to;
        speak_to.push(speak_to[0].clone());
        assert_eq!(speak_to_links(&pack).len(), 2);
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        let document = Document::guidance(&pack, &guidance);
        let ids = ids(&document);
        let shown = ids.iter().filter(|id| **id == "support-trusted-person");
        assert_eq!(shown.count(), 1, "{ids:?}");
    }

    /// A route to speak to shows how to reach it on the guidance page too, as on the
    /// pack's page.
    #[test]
    fn guidance_shows_the_contacts_of_the_routes_to_speak_to() {
        let mut pack = crate::bundled().clone();
        let samaritans = pack.urgent_help.as_ref().unwrap().contacts[2].clone();
        pack.support[0].contacts = vec![samaritans];
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        for document in [Document::pack(&pack), Document::guidance(&pack, &guidance)] {
            let text = document.to_text(200);
            let line = text.lines().find(|line| line.contains("Samaritans:"));
            assert!(
                line.is_some_and(|line| line.contains("Call 116\u{a0}123")),
                "{text}"
            );
            assert_eq!(text.matches("Samaritans:").count(), 2, "{text}");
        }
    }

    /// A label that lacks a placeholder is filled in as the en-GB one is, so that no
    /// number, keyword or time of a service is left out of a page.
    #[test]
    fn a_label_without_its_placeholders_leaves_out_nothing() {
        let mut pack = crate::bundled().clone();
        let mut labels = Labels::en_gb();
        labels.text_message = "Tecstiwch ni".to_owned();
        labels.opening_times = "ar agor".to_owned();
        labels.call = "Ffoniwch".to_owned();
        pack.labels = Some(labels);
        pack.urgent_help.as_mut().unwrap().contacts[1].hours = Some(OpeningHours {
            days: Days::Weekdays,
            opens: Some("09:00".to_owned()),
            closes: Some("17:00".to_owned()),
            closes_next_day: None,
        });
        let text = Document::pack(&pack).to_text(200);
        assert!(text.contains("Text SHOUT to 85258"), "{text}");
        assert!(text.contains("09:00 to 17:00"), "{text}");
        assert!(text.contains("Ffoniwch 111"), "{text}");
    }

    /// A contact's line says when it is open, at what cost, and whether the pack's
    /// editors added it, each in the words of its own value.
    #[test]
    fn a_contact_line_says_when_it_is_open_what_it_costs_and_who_added_it() {
        let mut pack = crate::bundled().clone();
        let contacts = &mut pack.urgent_help.as_mut().expect("urgent help").contacts;
        contacts[1].hours = Some(OpeningHours {
            days: Days::Weekdays,
            opens: Some("08:00".to_owned()),
            closes: Some("18:00".to_owned()),
            closes_next_day: None,
        });
        contacts[1].cost = Some(Cost::StandardRate);
        contacts[1].origin = ContactOrigin::Source;
        let text = Document::pack(&pack).to_text(300);
        assert!(
            text.contains("Call 111 (Monday to Friday, 08:00 to 18:00; Standard rate)\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "Call 999 (Any time, day or night; Free; Added by the editors of this guide)\n"
            ),
            "{text}"
        );
    }

    /// The source's address, when the pack knows it, is on the page with its credit.
    #[test]
    fn the_source_line_links_to_the_source() {
        let mut pack = crate::bundled().clone();
        let url = "https://www.rotherhive.co.uk/vicarious-traumatisation";
        pack.attribution.url = Some(url.to_owned());
        let document = Document::pack(&pack);
        let Some(Block::List { items, .. }) = document.footer.blocks.last() else {
            panic!("no facts")
        };
        assert_eq!(
            items[0].last(),
            Some(&Inline::External {
                text: url.to_owned(),
                href: url.to_owned()
            })
        );
        assert!(
            document
                .to_markdown()
                .contains(&format!("[{url}](<{url}>)"))
        );
    }

    /// A web address is shown as written when a browser reads it so, and else as the
    /// browser reads it: no address shows one host and goes to another.
    #[test]
    fn a_web_address_shows_where_it_goes() {
        let shown = |url: &str| match web_address(url, Direction::LeftToRight) {
            Inline::External { text, href } => (text, href),
            other => panic!("{other:?}"),
        };
        let written = |url: &str| (url.to_owned(), url.to_owned());
        assert_eq!(
            shown("https://www.samaritans.org/"),
            written("https://www.samaritans.org/")
        );
        assert_eq!(
            shown("https://www.samaritans.org"),
            (
                "https://www.samaritans.org".to_owned(),
                "https://www.samaritans.org/".to_owned()
            )
        );
        let followed = "https://evil.example/@www.samaritans.org/".to_owned();
        assert_eq!(
            shown("https://evil.example\\@www.samaritans.org/"),
            (followed.clone(), followed)
        );
        let followed = "https://127.0.0.1/".to_owned();
        assert_eq!(shown("https://0x7f.1/"), (followed.clone(), followed));
        // Written otherwise than it is encoded, but going where it reads: as written.
        assert_eq!(
            shown("https://hilfe.example/für-dich?q=ü"),
            (
                "https://hilfe.example/für-dich?q=ü".to_owned(),
                "https://hilfe.example/f%C3%BCr-dich?q=%C3%BC".to_owned()
            )
        );
        assert_eq!(
            shown("https://WWW.Example.org/").0,
            "https://WWW.Example.org/"
        );
        // A host read otherwise than written, or a space: as the browser reads it.
        assert_eq!(
            shown("https://bücher.example/").0,
            "https://xn--bcher-kva.example/"
        );
        assert_eq!(
            shown("https://example.org:443/a").0,
            "https://example.org/a"
        );
    }

    /// A pack built or changed in code is not checked: an address or a number that a
    /// loaded pack could not hold is shown, and not linked.
    #[test]
    fn what_the_loader_would_refuse_is_not_linked() {
        for url in [
            "javascript:alert(1)",
            "http://example.org/",
            "https://user:secret@example.org/",
            "https://example.org/a b",
            "no address",
        ] {
            assert_eq!(
                web_address(url, Direction::LeftToRight),
                Inline::Text(url.to_owned())
            );
        }
        assert_eq!(
            number_link("Call 999".to_owned(), "tel", "999,,#31#"),
            Inline::Text("Call 999".to_owned())
        );
        assert_eq!(
            number_link("Call 116 123".to_owned(), "tel", "116 123"),
            Inline::External {
                text: "Call 116 123".to_owned(),
                href: "tel:116123".to_owned()
            }
        );
        let mut pack = crate::bundled().clone();
        let contacts = &mut pack.urgent_help.as_mut().expect("urgent help").contacts;
        contacts[0].phone = Some("999,,#31#".to_owned());
        contacts[1].url = Some("javascript:alert(1)".to_owned());
        contacts[3]
            .text_message
            .as_mut()
            .expect("Shout's text")
            .number = "85258;x".to_owned();
        pack.attribution.url = Some("javascript:alert(2)".to_owned());
        let page = Document::pack(&pack).to_html(&crate::render::HtmlOptions::default());
        assert!(!page.contains("javascript:alert(1)\""), "{page}");
        assert!(!page.contains("href=\"javascript"), "{page}");
        assert!(!page.contains("tel:999,"), "{page}");
        assert!(!page.contains("sms:85258;"), "{page}");
        assert!(page.contains("javascript:alert(1)"), "{page}");
        let markdown = Document::pack(&pack).to_markdown();
        assert!(!markdown.contains("(<javascript"), "{markdown}");
        assert!(!markdown.contains("(<tel:999,"), "{markdown}");
        assert!(
            !crate::render::json_ld(&pack)
                .to_string()
                .contains("javascript")
        );
    }

    /// In a right-to-left page an address keeps its order: `/` at its end, not its start.
    #[test]
    fn a_web_address_reads_left_to_right_in_a_right_to_left_page() {
        let Inline::External { text, href } =
            web_address("https://www.samaritans.org/", Direction::RightToLeft)
        else {
            panic!("not a link")
        };
        assert_eq!(text, "\u{2066}https://www.samaritans.org/\u{2069}");
        assert_eq!(href, "https://www.samaritans.org/");
        let mut pack = crate::bundled().clone();
        pack.locale = "ar".parse().unwrap();
        pack.attribution.url = Some("https://www.rotherhive.co.uk/".to_owned());
        let text = Document::pack(&pack).to_text(200);
        assert!(
            text.contains("\u{2066}https://www.rotherhive.co.uk/\u{2069}"),
            "{text}"
        );
    }

    /// The footer gives the version with its locale, the copyright, and a reviewer only
    /// for a pack that says it was reviewed: a draft that names one is still a draft.
    #[test]
    fn the_footer_names_a_reviewer_only_of_reviewed_content() {
        let mut pack = crate::bundled().clone();
        pack.review.reviewed_by = Some(crate::Reviewer {
            role: "Clinical psychologist".into(),
            organisation: "A trust".into(),
        });
        let draft = Document::pack(&pack).to_markdown();
        let version = format!("\n- Content version: {} (en-GB)\n", pack.version);
        assert!(draft.contains(&version), "{draft}");
        assert!(draft.contains(&format!(
            "\n- {}\n",
            pack.attribution.copyright.as_ref().unwrap()
        )));
        assert!(!draft.contains("Reviewed by:"), "{draft}");
        pack.review.status = Some(ReviewStatus::Reviewed);
        pack.review.last_reviewed = "2027-01-15".parse().ok();
        let reviewed = Document::pack(&pack).to_markdown();
        assert!(
            reviewed.contains(
                "\n- Last reviewed: 15 January 2027\n- Review due: 28 November 2027\n\
                 - Reviewed by: Clinical psychologist, A trust\n"
            ),
            "{reviewed}"
        );
    }

    #[test]
    fn the_review_line_says_the_content_is_not_yet_reviewed() {
        let document = Document::pack(crate::bundled());
        let Some(Block::List { items, .. }) = document.footer.blocks.last() else {
            panic!("no facts")
        };
        assert_eq!(
            items[2],
            ["Last reviewed:", " ", "not yet reviewed"].map(|text| Inline::Text(text.to_owned()))
        );
        assert!(matches!(&items[3][2], Inline::Date { text, .. } if text == "28 November 2027"));
    }
}
