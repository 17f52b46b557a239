//! A pack or a guidance as a document of headings, paragraphs and lists, which the
//! terminal, Markdown and HTML renderers all draw from, so they show the same content in
//! the same order.
//!
//! The section headings are this tool's own English words: a pack holds the content,
//! not the labels of a page.

use vt_content::{ContentPack, Guidance, GuidanceKind, Practice, SelfCareAction};

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block<'a> {
    /// A heading: level 1 is the title, and each level is at most one deeper than the
    /// heading before it.
    Heading {
        /// 1 to 4.
        level: u8,
        /// The words of the heading.
        text: &'a str,
        /// The item the heading introduces, if it is one.
        item: Option<Item<'a>>,
    },
    /// A paragraph of text.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
}

/// An item of a pack that a heading introduces, for anchors and ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item<'a> {
    /// What kind of item it is: `sign`, `action`, `practice` or `support`.
    pub kind: &'static str,
    /// The item's id in the pack.
    pub id: &'a str,
}

impl Item<'_> {
    /// A fragment id, unique in the document: the kind, then the item's id.
    pub fn anchor(&self) -> String {
        format!("{}-{}", self.kind, self.id)
    }
}

/// Builds a list of blocks.
#[derive(Default)]
struct Builder<'a>(Vec<Block<'a>>);

impl<'a> Builder<'a> {
    fn heading(&mut self, level: u8, text: &'a str) {
        self.item_heading(level, text, None);
    }

    fn item_heading(&mut self, level: u8, text: &'a str, item: Option<Item<'a>>) {
        self.0.push(Block::Heading { level, text, item });
    }

    fn paragraphs(&mut self, paragraphs: &[String]) {
        self.0
            .extend(paragraphs.iter().cloned().map(Block::Paragraph));
    }

    fn list<S: Into<String>>(&mut self, items: impl IntoIterator<Item = S>) {
        let items: Vec<String> = items.into_iter().map(Into::into).collect();
        if !items.is_empty() {
            self.0.push(Block::List(items));
        }
    }

    /// The self-care actions, each under a heading of its own.
    fn self_care(&mut self, intro: &[String], actions: &'a [SelfCareAction]) {
        self.heading(2, "Looking after yourself");
        self.paragraphs(intro);
        for action in actions {
            let item = Item {
                kind: "action",
                id: action.id.as_str(),
            };
            self.item_heading(3, &action.title, Some(item));
            self.paragraphs(&action.how);
        }
    }

    /// The practices, each with its purpose, how to do it and activities to try.
    fn practices(&mut self, intro: &[String], practices: &'a [Practice]) {
        self.heading(2, "Ground, release and recharge");
        self.paragraphs(intro);
        for practice in practices {
            let item = Item {
                kind: "practice",
                id: practice.id.as_str(),
            };
            self.item_heading(3, &practice.title, Some(item));
            self.paragraphs(&practice.purpose);
            self.paragraphs(&practice.how);
            self.heading(4, "Things to try");
            self.list(practice.examples.iter().map(String::as_str));
        }
    }
}

/// The whole pack: what VT is, how it differs from burnout, the signs, what to do, the
/// self-care actions, the practices, where to turn, and where the content comes from.
pub fn pack(pack: &ContentPack) -> Vec<Block<'_>> {
    let mut doc = Builder::default();
    doc.heading(1, &pack.title);
    doc.paragraphs(&pack.summary);
    doc.paragraphs(&pack.disclaimer);

    let about = &pack.about;
    doc.heading(2, "What it is");
    doc.paragraphs(&about.definition);
    doc.heading(3, "Also known as");
    doc.list(about.also_known_as.iter().map(String::as_str));
    doc.heading(3, "How it happens");
    doc.paragraphs(&about.how_it_happens);
    doc.heading(3, "Who can be affected");
    doc.list(about.who_can_be_affected.iter().map(String::as_str));

    doc.heading(2, "How it differs from burnout");
    doc.paragraphs(&about.burnout.differences);
    doc.heading(3, "How they overlap");
    doc.paragraphs(&about.burnout.overlap);

    doc.heading(2, "Signs to look out for");
    for sign in &pack.signs {
        let item = Item {
            kind: "sign",
            id: sign.id.as_str(),
        };
        doc.item_heading(3, &sign.title, Some(item));
        doc.paragraphs(&sign.description);
    }

    let advice = &pack.advice;
    doc.heading(2, "If you recognise these signs");
    doc.paragraphs(&advice.signs_recognised.message);
    doc.heading(3, "Speak to");
    let routes = advice.signs_recognised.speak_to.iter();
    doc.list(routes.filter_map(|id| Some(pack.support_route(id.as_str())?.title.as_str())));

    doc.heading(2, "Lowering your risk");
    doc.paragraphs(&advice.prevention);
    doc.paragraphs(&advice.recovery_and_burnout);

    doc.self_care(&advice.self_care, &pack.self_care_actions);
    doc.practices(&advice.practices, &pack.practices);

    doc.heading(2, "Where to turn for support");
    for route in &pack.support {
        let item = Item {
            kind: "support",
            id: route.id.as_str(),
        };
        doc.item_heading(3, &route.title, Some(item));
        doc.paragraphs(&route.description);
    }

    let source = &pack.attribution;
    doc.heading(2, "About this content");
    doc.paragraphs(std::slice::from_ref(&source.notice));
    doc.list([
        format!(
            "Source: “{}”, {}, {}",
            source.source_title, source.source_name, source.publisher
        ),
        format!("Content version: {} ({})", pack.version, pack.locale),
        format!("Last reviewed: {}", pack.review.last_reviewed),
        format!("Next review due: {}", pack.review.next_review_due),
    ]);
    doc.0
}

/// The guidance for the recognised signs, in the order the library gives it.
pub fn guidance(guidance: &Guidance) -> Vec<Block<'_>> {
    let mut doc = Builder::default();
    match guidance.kind {
        GuidanceKind::SeekSupport => {
            doc.heading(1, "Guidance for the signs you recognise");
            doc.heading(2, "Signs you recognise");
            doc.list(guidance.recognised_signs.iter().map(|s| s.title.as_str()));
            doc.paragraphs(&guidance.message);
            doc.heading(2, "Speak to");
            for route in &guidance.speak_to {
                let item = Item {
                    kind: "support",
                    id: route.id.as_str(),
                };
                doc.item_heading(3, &route.title, Some(item));
                doc.paragraphs(&route.description);
            }
        }
        GuidanceKind::Prevention => {
            doc.heading(1, "Lowering your risk");
            doc.paragraphs(&guidance.message);
        }
    }
    doc.self_care(&guidance.recovery_and_burnout, &guidance.self_care_actions);
    doc.practices(&[], &guidance.practices);
    doc.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings<'a>(blocks: &[Block<'a>]) -> Vec<(u8, &'a str)> {
        blocks
            .iter()
            .filter_map(|block| match block {
                Block::Heading { level, text, .. } => Some((*level, *text)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn headings_start_at_one_and_never_skip_a_level() {
        let bundled = vt_content::bundled();
        let guidance = bundled.guidance(["losing-hope"]).unwrap();
        for blocks in [pack(bundled), self::guidance(&guidance)] {
            let levels: Vec<u8> = headings(&blocks).iter().map(|(l, _)| *l).collect();
            assert_eq!(levels[0], 1);
            assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1);
            for pair in levels.windows(2) {
                assert!(pair[1] <= pair[0] + 1, "{levels:?}");
            }
        }
    }

    #[test]
    fn the_pack_document_has_every_item_under_its_id() {
        let bundled = vt_content::bundled();
        let anchors: Vec<String> = pack(bundled)
            .iter()
            .filter_map(|block| match block {
                Block::Heading { item, .. } => item.map(|item| item.anchor()),
                _ => None,
            })
            .collect();
        let expected = bundled.signs.len()
            + bundled.self_care_actions.len()
            + bundled.practices.len()
            + bundled.support.len();
        assert_eq!(anchors.len(), expected);
        assert!(anchors.contains(&"sign-withdrawing".to_owned()));
        let mut unique = anchors.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), anchors.len());
    }

    #[test]
    fn guidance_for_signs_names_them_and_who_to_speak_to() {
        let bundled = vt_content::bundled();
        let guidance = bundled.guidance(["withdrawing"]).unwrap();
        let blocks = self::guidance(&guidance);
        let sign = &bundled.sign("withdrawing").unwrap().title;
        assert_eq!(blocks[2], Block::List(vec![sign.clone()]));
        let titles = headings(&blocks);
        assert_eq!(titles[0], (1, "Guidance for the signs you recognise"));
        let speak_to: Vec<(u8, &str)> = guidance
            .speak_to
            .iter()
            .map(|route| (3, route.title.as_str()))
            .collect();
        assert_eq!(titles[3..3 + speak_to.len()], speak_to);
    }

    #[test]
    fn guidance_without_signs_is_about_prevention() {
        let bundled = vt_content::bundled();
        let guidance = bundled.guidance(Vec::<&str>::new()).unwrap();
        let blocks = self::guidance(&guidance);
        assert_eq!(headings(&blocks)[0], (1, "Lowering your risk"));
        assert_eq!(
            blocks[1],
            Block::Paragraph(bundled.advice.prevention[0].clone())
        );
    }
}
