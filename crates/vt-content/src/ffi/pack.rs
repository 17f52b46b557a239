//! A content pack, as an object that Kotlin and Swift can hold but never build: its
//! fields, lookups of its items by id, and the pack in a pseudo-locale.

use std::borrow::Cow;

use crate::ffi::{ContentError, LoadedPack};
use crate::{
    About, Advice, Attribution, ContentVersion, Guidance, Id, Labels, Locale, Practice, Review,
    SchemaVersion, SelfCareAction, Sign, SupportRoute, UrgentHelp,
};

/// Everything a front end needs to explain vicarious traumatisation (VT), in one locale.
///
/// Get the bundled pack with `bundledPack()`, or load one of your own with
/// `loadPackFromJson`, `loadPackFromBytes` or `loadPackFromFile`, which check every rule
/// of the format. Kotlin and Swift cannot build or change a pack, so every pack is valid.
///
/// A pack is immutable and can be shared between threads.
///
/// A pack is a handle on memory that the library owns: `==`, `hashCode` and `toString`
/// (Swift: `===`, `ObjectIdentifier` and `description`) are those of the handle, which never
/// touch that memory, so they stay safe after `close()`. To compare content, compare `toJson()`: the canonical JSON,
/// the same text exactly when the content is the same. (Equality by content would take
/// the other pack as an argument, and Kotlin hands a closed pack's freed memory to Rust
/// without checking it; every method of a closed pack throws `IllegalStateException`.)
///
/// SwiftUI previews and tests should use `bundledPack()` too: uniffi's placeholder
/// constructor (`NoHandle`) makes a fake with no pack behind it, for mocks only, and any
/// call on it fails (an internal error in Kotlin, a crash in Swift).
// No trait is exported. `Eq` would be `equals(other)` in Kotlin, which lowers `other`
// without checking that it is still open (a read of freed memory after `other.close()`);
// `Hash` without `Eq` would not make Swift's `Hashable`; `Debug` would be a `toString()`
// that calls into Rust, so it throws after `close()` (and so does that of a `LoadedPack`
// or `CatalogMatch` holding the pack, in a log line), and it printed the whole pack on
// one line. No exported function or method takes a pack as an argument
// (`bindings/uniffi/tests/interface.rs` checks it). The Rust derives stay for Rust's own
// tests.
#[derive(Debug, PartialEq, Eq, Hash, uniffi::Object)]
pub struct ContentPack(Cow<'static, crate::ContentPack>);

impl ContentPack {
    /// The bundled pack, shared rather than copied.
    pub(crate) fn bundled() -> Self {
        crate::bundled().into()
    }

    /// The core crate's pack, to call the core on it.
    pub(crate) fn core(&self) -> &crate::ContentPack {
        &self.0
    }
}

impl From<crate::ContentPack> for ContentPack {
    fn from(pack: crate::ContentPack) -> Self {
        ContentPack(Cow::Owned(pack))
    }
}

/// A pack that lives as long as the program, such as a bundled one: shared, not copied.
impl From<&'static crate::ContentPack> for ContentPack {
    fn from(pack: &'static crate::ContentPack) -> Self {
        ContentPack(Cow::Borrowed(pack))
    }
}

#[uniffi::export]
impl ContentPack {
    /// Where an editor finds the JSON Schema of the pack file (its `$schema`), if given.
    /// The schema itself is `jsonSchema()`.
    pub fn schema_link(&self) -> Option<String> {
        self.core().schema_link.clone()
    }

    /// The version of the pack format, `MAJOR.MINOR`, such as `1.0`.
    pub fn schema_version(&self) -> SchemaVersion {
        self.core().schema_version
    }

    /// The pack's own stable id, such as `vicarious-traumatisation`.
    pub fn id(&self) -> Id {
        self.core().id.clone()
    }

    /// The version of the content, a semantic version such as `1.0.0`.
    pub fn version(&self) -> ContentVersion {
        self.core().version.clone()
    }

    /// The BCP 47 language tag of the text, such as `en-GB`.
    pub fn locale(&self) -> Locale {
        self.core().locale.clone()
    }

    /// The direction of the text, from the script of its locale (or the script its
    /// language is most likely written in): set it as the layout direction of whatever
    /// shows the pack (`LayoutDirection` in Compose, `layoutDirection` in SwiftUI).
    pub fn direction(&self) -> crate::Direction {
        self.core().locale.direction()
    }

    /// Who the content is for, if the pack says.
    pub fn audience(&self) -> Option<String> {
        self.core().audience.clone()
    }

    /// The region whose services the content names, an ISO 3166 code such as `GB-ENG`.
    pub fn region(&self) -> Option<String> {
        self.core().region.clone()
    }

    /// Where someone in crisis can turn now; shown by every rendering.
    pub fn urgent_help(&self) -> Option<UrgentHelp> {
        self.core().urgent_help.clone()
    }

    /// The title of the content.
    pub fn title(&self) -> String {
        self.core().title.clone()
    }

    /// What the content is about, in paragraphs.
    pub fn summary(&self) -> Vec<String> {
        self.core().summary.clone()
    }

    /// Where the facts come from.
    pub fn attribution(&self) -> Attribution {
        self.core().attribution.clone()
    }

    /// What the content is not: it informs and never diagnoses.
    pub fn disclaimer(&self) -> Vec<String> {
        self.core().disclaimer.clone()
    }

    /// Whether anyone has reviewed the content, and when it must be reviewed again.
    pub fn review(&self) -> Review {
        self.core().review.clone()
    }

    /// What VT is, who it can affect, and how it compares with burnout.
    pub fn about(&self) -> About {
        self.core().about.clone()
    }

    /// The warning signs of VT.
    pub fn signs(&self) -> Vec<Sign> {
        self.core().signs.clone()
    }

    /// What to do regularly to look after yourself and recover.
    pub fn self_care_actions(&self) -> Vec<SelfCareAction> {
        self.core().self_care_actions.clone()
    }

    /// The three practices: ground, release and recharge.
    pub fn practices(&self) -> Vec<Practice> {
        self.core().practices.clone()
    }

    /// Where to turn for support.
    pub fn support(&self) -> Vec<SupportRoute> {
        self.core().support.clone()
    }

    /// What to do when you recognise signs, and how to lower your risk.
    pub fn advice(&self) -> Advice {
        self.core().advice.clone()
    }

    /// The fixed texts to show around the content (headings, list titles, notices): the
    /// pack's own labels, or the en-GB ones for a pack that has none.
    pub fn labels(&self) -> Labels {
        crate::labels(self.core()).into_owned()
    }

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

    /// The advice for the signs a person recognises, given by id.
    ///
    /// With one sign or more, the advice is to speak to the support routes of
    /// `advice().signsRecognised.speakTo` first, then to use the self-care actions and
    /// the practices. With none, it is the prevention advice, with the same actions
    /// and practices. An id given twice counts once.
    ///
    /// Throws `UnknownSign` for an id that is not a sign of this pack.
    pub fn guidance(&self, recognised: Vec<String>) -> Result<Guidance, ContentError> {
        Ok(self.core().guidance(&recognised)?)
    }

    /// This pack in a pseudo-locale, to test that a front end takes every text from the
    /// pack: `EN_XA` (Swift: `.enXa`) accents every letter, makes each text at least 35%
    /// longer and brackets it, so that cut-off text shows; `AR_XB` (`.arXb`) writes it
    /// right to left. Ids and typed values are unchanged, and labels are pseudo-localised
    /// too. The new pack is loaded with every check, with the warnings of that load.
    ///
    /// Throws `Validation` when a transformed text breaks a rule: a long text can grow
    /// past 2,000 characters.
    pub fn pseudo(&self, locale: crate::PseudoLocale) -> Result<LoadedPack, ContentError> {
        Ok(crate::pseudo(self.core(), locale)?.into())
    }

    /// What an editor of the pack should know about its content, as loading gives it
    /// after the warnings of ignored fields: no labels of its own (`default-labels`), no
    /// urgent help (`no-urgent-help`), labels without their placeholders
    /// (`label-placeholders`), support routes named again (`repeated-route`), a locale of
    /// unknown direction (`unknown-direction`), a draft (`unreviewed-draft`). For a pack
    /// that `bundledPack()` or a catalog gives, which comes without the warnings of its
    /// load.
    pub fn content_warnings(&self) -> Vec<crate::Warning> {
        self.core().content_warnings()
    }

    /// A `review-overdue` warning when the pack's next review is due on or before
    /// `today`, a date written `YYYY-MM-DD` (Kotlin: `LocalDate.now().toString()`); null
    /// before then. Loading never gives it, since it depends on the day.
    ///
    /// Throws `InvalidArgument` when `today` is not such a date.
    pub fn review_warning(&self, today: &str) -> Result<Option<crate::Warning>, ContentError> {
        let day = crate::format::read_date(today)
            .map_err(|reason| ContentError::invalid_argument("today", today, &reason))?;
        Ok(self.core().review_warning(day))
    }

    /// The canonical JSON text of the pack: fields in the order of the pack format,
    /// indented by two spaces, with a final line break. It loads back to an equal pack,
    /// and two packs have the same content exactly when their texts are the same.
    pub fn to_json(&self) -> String {
        self.core().to_json()
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn warnings_of_the_content_and_of_the_day_are_the_core_ones() {
        let pack = ContentPack::bundled();
        let core = crate::bundled();
        assert_eq!(pack.content_warnings(), core.content_warnings());
        let due = core.review.next_review_due;
        let day_before = due.pred_opt().unwrap().to_string();
        assert_eq!(pack.review_warning(&day_before).unwrap(), None);
        assert_eq!(
            pack.review_warning(&due.to_string()).unwrap(),
            core.review_warning(due)
        );
        let error = pack.review_warning("31/12/2026").unwrap_err();
        assert!(
            matches!(&error, ContentError::InvalidArgument { name, value, .. }
            if name == "today" && value == "31/12/2026")
        );
        assert!(
            error
                .to_string()
                .starts_with("today: \"31/12/2026\" is not a calendar date written YYYY-MM-DD")
        );
        // Written exactly as in a pack, as the documentation says.
        for loose in [
            "2026-1-1",
            " 2026-01-01",
            "2026-01-01 ",
            "+002026-01-01",
            "0000-01-01",
        ] {
            assert!(pack.review_warning(loose).is_err(), "{loose:?} was read");
        }
    }

    /// Every field, on the bundled pack, which gives every optional field but labels and
    /// translation (whose accessors fill in or leave out).
    #[test]
    fn fields_are_the_core_fields() {
        let core = crate::bundled();
        let pack = ContentPack::bundled();
        assert!(core.schema_link.is_some() && core.audience.is_some() && core.region.is_some());
        assert_eq!(pack.schema_link(), core.schema_link);
        assert_eq!(pack.schema_version(), core.schema_version);
        assert_eq!(pack.id(), core.id);
        assert_eq!(pack.version(), core.version);
        assert_eq!(pack.locale(), core.locale);
        assert_eq!(pack.audience(), core.audience);
        assert_eq!(pack.region(), core.region);
        assert_eq!(pack.urgent_help(), core.urgent_help);
        assert_eq!(pack.title(), core.title);
        assert_eq!(pack.summary(), core.summary);
        assert_eq!(pack.attribution(), core.attribution);
        assert_eq!(pack.disclaimer(), core.disclaimer);
        assert_eq!(pack.review(), core.review);
        assert_eq!(pack.about(), core.about);
        assert_eq!(pack.signs(), core.signs);
        assert_eq!(pack.self_care_actions(), core.self_care_actions);
        assert_eq!(pack.practices(), core.practices);
        assert_eq!(pack.support(), core.support);
        assert_eq!(pack.advice(), core.advice);
        assert_eq!(Some(pack.labels()), core.labels);
        assert_eq!(pack.to_json(), crate::BUNDLED_JSON);
    }

    #[test]
    fn packs_are_equal_when_their_content_is() {
        let owned = ContentPack::from(crate::bundled().clone());
        assert_eq!(owned, ContentPack::bundled());
        let state = std::hash::RandomState::new();
        assert_eq!(
            state.hash_one(&owned),
            state.hash_one(ContentPack::bundled())
        );
        let mut other = crate::bundled().clone();
        other.title.push('!');
        assert_ne!(ContentPack::from(other), owned);
    }

    #[test]
    fn lookups_find_items_by_id_and_nothing_for_an_unknown_id() {
        let pack = ContentPack::bundled();
        assert_eq!(
            pack.sign("withdrawing").map(|s| s.id),
            Some("withdrawing".parse().unwrap())
        );
        assert_eq!(
            pack.practice("release").map(|p| p.kind),
            Some(crate::PracticeKind::Release)
        );
        assert_eq!(
            pack.support_route("line-manager").map(|r| r.id.to_string()),
            Some("line-manager".to_owned())
        );
        assert!(pack.self_care_action("stay-connected").is_some());
        assert_eq!(pack.sign("Withdrawing"), None);
        assert_eq!(pack.self_care_action(""), None);
    }

    #[test]
    fn the_pseudo_pack_is_the_core_pseudo_pack() {
        let pack = ContentPack::bundled();
        let loaded = pack.pseudo(crate::PseudoLocale::EnXa).unwrap();
        let core = crate::pseudo(crate::bundled(), crate::PseudoLocale::EnXa).unwrap();
        assert_eq!(loaded.pack.to_json(), core.pack.to_json());
        assert_eq!(loaded.warnings, core.warnings);
        assert_eq!(loaded.pack.locale(), "en-XA");
        assert_eq!(loaded.pack.direction(), crate::Direction::LeftToRight);
        let loaded = pack.pseudo(crate::PseudoLocale::ArXb).unwrap();
        assert_eq!(loaded.pack.direction(), crate::Direction::RightToLeft);
    }
}
