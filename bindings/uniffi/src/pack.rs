//! A content pack: its fields as a record, and lookups of its items by id.

use vt_content::{
    About, Advice, Attribution, Burnout, Id, Practice, Review, SchemaVersion, SelfCareAction, Sign,
    SignsRecognised, SupportRoute,
};

use crate::scalars::{IsoDate, SemanticVersion};

/// Everything a front end needs to explain vicarious traumatisation (VT), in one locale.
///
/// Get the bundled pack with `bundledPack()`, or load one of your own with
/// `loadPackFromJson` or `loadPackFromBytes`, which check every rule of the format.
///
/// Its methods pass the pack back to the library, which checks its ids, versions and
/// dates again: a copy edited to hold a malformed one is refused (`guidance` throws
/// `Validation`; a lookup fails with uniffi's internal error). Packs that the library
/// gave you always pass.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct ContentPack {
    /// Where an editor finds the JSON Schema of the pack file (its `$schema`), if given.
    pub json_schema: Option<String>,
    /// The version of the pack format, `MAJOR.MINOR`, such as `1.0`.
    pub schema_version: SchemaVersion,
    /// The pack's own stable id, such as `vicarious-traumatisation`.
    pub id: Id,
    /// The version of the content, a semantic version such as `1.0.0`.
    pub version: SemanticVersion,
    /// The BCP 47 language tag of the text, such as `en-GB`.
    pub locale: String,
    /// The title of the content.
    pub title: String,
    /// What the content is about, in paragraphs.
    pub summary: Vec<String>,
    /// Where the facts come from.
    pub attribution: Attribution,
    /// What the content is not: it informs and never diagnoses.
    pub disclaimer: Vec<String>,
    /// When the content was last checked, and when it must be checked again.
    pub review: Review,
    /// What VT is, who it can affect, and how it compares with burnout.
    pub about: About,
    /// The warning signs of VT.
    pub signs: Vec<Sign>,
    /// What to do regularly to build resilience and recover.
    pub self_care_actions: Vec<SelfCareAction>,
    /// The three practices: ground, release and recharge.
    pub practices: Vec<Practice>,
    /// Where to turn for support.
    pub support: Vec<SupportRoute>,
    /// What to do when you recognise signs, and how to lower your risk.
    pub advice: Advice,
}

/// The source the content is adapted from.
#[uniffi::remote(Record)]
pub struct Attribution {
    /// The title of the source page.
    pub source_title: String,
    /// The name of the service that published the source.
    pub source_name: String,
    /// Who publishes the source.
    pub publisher: String,
    /// Whether the text is adapted (reworded) rather than quoted.
    pub adapted: bool,
    /// A credit line to show with the content.
    pub notice: String,
}

/// When the content was last reviewed and when the next review is due, each a date
/// written `YYYY-MM-DD`.
#[uniffi::remote(Record)]
pub struct Review {
    /// The day the content was last reviewed.
    pub last_reviewed: IsoDate,
    /// The day by which it must be reviewed again; after `last_reviewed`.
    pub next_review_due: IsoDate,
}

/// What vicarious traumatisation is.
#[uniffi::remote(Record)]
pub struct About {
    /// What VT is, in paragraphs.
    pub definition: Vec<String>,
    /// Other names for VT, such as compassion fatigue.
    pub also_known_as: Vec<String>,
    /// How VT comes about, in paragraphs.
    pub how_it_happens: Vec<String>,
    /// The settings where supporting someone can lead to VT, each a short sentence.
    pub who_can_be_affected: Vec<String>,
    /// How VT differs from burnout and how the two overlap.
    pub burnout: Burnout,
}

/// How VT and burnout differ and overlap.
#[uniffi::remote(Record)]
pub struct Burnout {
    /// How the two differ, in paragraphs.
    pub differences: Vec<String>,
    /// How the two go together, in paragraphs.
    pub overlap: Vec<String>,
}

/// The advice of the source, which `ContentPack.guidance` puts together.
#[uniffi::remote(Record)]
pub struct Advice {
    /// What to do when you recognise one or more signs.
    pub signs_recognised: SignsRecognised,
    /// How knowing the signs and caring for yourself lowers your risk, in paragraphs.
    pub prevention: Vec<String>,
    /// Why and how often to do the self-care actions, in paragraphs.
    pub self_care: Vec<String>,
    /// What the three practices do together, in paragraphs.
    pub practices: Vec<String>,
    /// That what helps recovery from VT also helps with burnout, in paragraphs.
    pub recovery_and_burnout: Vec<String>,
}

/// What to do when you recognise one or more signs.
#[uniffi::remote(Record)]
pub struct SignsRecognised {
    /// The advice, in paragraphs.
    pub message: Vec<String>,
    /// The ids of the support routes to speak to first, in order.
    pub speak_to: Vec<Id>,
}

#[uniffi::export]
impl ContentPack {
    /// The sign with this id, or null (nil in Swift) if the pack has none.
    pub fn sign(&self, id: &str) -> Option<Sign> {
        self.core().sign(id).cloned()
    }

    /// The self-care action with this id, or null (nil in Swift) if the pack has none.
    pub fn self_care_action(&self, id: &str) -> Option<SelfCareAction> {
        self.core().self_care_action(id).cloned()
    }

    /// The practice with this id, or null (nil in Swift) if the pack has none.
    pub fn practice(&self, id: &str) -> Option<Practice> {
        self.core().practice(id).cloned()
    }

    /// The support route with this id, or null (nil in Swift) if the pack has none.
    pub fn support_route(&self, id: &str) -> Option<SupportRoute> {
        self.core().support_route(id).cloned()
    }
}

impl ContentPack {
    /// This pack as the core crate's type, to call the core on it.
    pub(crate) fn core(&self) -> vt_content::ContentPack {
        self.clone().into()
    }
}

impl From<vt_content::ContentPack> for ContentPack {
    fn from(pack: vt_content::ContentPack) -> Self {
        let vt_content::ContentPack {
            json_schema,
            schema_version,
            id,
            version,
            locale,
            title,
            summary,
            attribution,
            disclaimer,
            review,
            about,
            signs,
            self_care_actions,
            practices,
            support,
            advice,
        } = pack;
        ContentPack {
            json_schema,
            schema_version,
            id,
            version,
            locale,
            title,
            summary,
            attribution,
            disclaimer,
            review,
            about,
            signs,
            self_care_actions,
            practices,
            support,
            advice,
        }
    }
}

impl From<ContentPack> for vt_content::ContentPack {
    fn from(pack: ContentPack) -> Self {
        let ContentPack {
            json_schema,
            schema_version,
            id,
            version,
            locale,
            title,
            summary,
            attribution,
            disclaimer,
            review,
            about,
            signs,
            self_care_actions,
            practices,
            support,
            advice,
        } = pack;
        vt_content::ContentPack {
            json_schema,
            schema_version,
            id,
            version,
            locale,
            title,
            summary,
            attribution,
            disclaimer,
            review,
            about,
            signs,
            self_care_actions,
            practices,
            support,
            advice,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converting_to_the_core_and_back_keeps_every_field() {
        let core = vt_content::bundled().clone();
        let pack = ContentPack::from(core.clone());
        assert_eq!(pack.title, core.title);
        assert_eq!(vt_content::ContentPack::from(pack), core);
    }

    #[test]
    fn lookups_find_items_by_id_and_nothing_for_an_unknown_id() {
        let pack = ContentPack::from(vt_content::bundled().clone());
        assert_eq!(
            pack.sign("withdrawing").map(|s| s.id),
            Some("withdrawing".parse().unwrap())
        );
        assert_eq!(
            pack.practice("release").map(|p| p.kind),
            Some(vt_content::PracticeKind::Release)
        );
        assert_eq!(
            pack.support_route("line-manager").map(|r| r.id.to_string()),
            Some("line-manager".to_owned())
        );
        assert!(pack.self_care_action("stay-connected").is_some());
        assert_eq!(pack.sign("Withdrawing"), None);
        assert_eq!(pack.self_care_action(""), None);
    }
}
