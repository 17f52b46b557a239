//! A content pack: everything a front end shows about vicarious traumatisation.

use chrono::NaiveDate;
#[cfg(test)]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Warning, WarningCode};
#[cfg(test)]
use crate::format::Format;
use crate::{
    Contact, ContentVersion, Id, JsonPointer, Labels, Locale, Practice, SchemaVersion,
    SelfCareAction, Sign, SupportRoute, UrgentHelp,
};

/// Everything a front end needs to explain vicarious traumatisation (VT), in one locale.
///
/// Load the bundled pack with [`bundled`](crate::bundled), or a pack of your own with
/// [`ContentPack::from_json`], which checks every rule and reports every violation.
/// Its `Deserialize`, as serde derives it for any struct, reads the fields' types and
/// checks none of a pack's rules (a supported schema version, texts that are not empty,
/// ids that are unique and that name items of the pack): a pack from outside is read with
/// `from_json`, never with `serde_json::from_str::<ContentPack>`.
///
/// ```
/// let pack = vt_content::bundled();
/// assert_eq!(pack.locale, "en-GB");
/// assert_eq!(pack.signs.len(), 7);
/// let sign = pack.sign("withdrawing").expect("a bundled sign");
/// println!("{}", sign.title);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(
        frozen,
        eq,
        hash,
        get_all,
        module = "vt_content",
        subclass,
        name = "PackContent"
    )
)]
#[cfg_attr(
    test,
    schemars(
        deny_unknown_fields,
        title = "VT content pack",
        description = "Everything a front end needs to explain vicarious traumatisation (VT), in one locale."
    )
)]
#[non_exhaustive]
pub struct ContentPack {
    /// Where an editor finds the JSON Schema of this file (its `$schema`), kept as it is
    /// written. The schema itself is `vt-content-pack.schema.json`, which `vt-content
    /// schema` prints.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema_link: Option<String>,
    /// The version of the pack format.
    pub schema_version: SchemaVersion,
    /// The pack's own stable id, such as `vicarious-traumatisation`.
    pub id: Id,
    /// The version of the content, a semantic version: a removed or renamed id is a new
    /// major version, new content a new minor version, a reworded text a new patch.
    pub version: ContentVersion,
    /// The BCP 47 language tag of the text, such as `en-GB`: read in any case (`en-gb`) and
    /// kept in its canonical form.
    pub locale: Locale,
    /// Who the content is for, such as the staff of a care service (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub audience: Option<String>,
    /// The region whose services the content names, an ISO 3166 code such as `GB-ENG`
    /// (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "crate::contact::region_schema"))]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub region: Option<String>,
    /// The title of the content.
    pub title: String,
    /// What the content is about, in paragraphs.
    pub summary: Vec<String>,
    /// Where the facts come from, and on what terms the text may be reused.
    pub attribution: Attribution,
    /// What the content is not: it informs and never diagnoses.
    pub disclaimer: Vec<String>,
    /// Where someone in crisis can turn now (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub urgent_help: Option<UrgentHelp>,
    /// Whether anyone has reviewed the content, and when it must be reviewed again.
    pub review: Review,
    /// What VT is, who it can affect, and how it compares with burnout.
    pub about: About,
    /// The warning signs of VT.
    pub signs: Vec<Sign>,
    /// What to do regularly to look after yourself and recover.
    pub self_care_actions: Vec<SelfCareAction>,
    /// The three practices: ground, release and recharge.
    pub practices: Vec<Practice>,
    /// Where to turn for support.
    pub support: Vec<SupportRoute>,
    /// What to do when you recognise signs, and how to lower your risk.
    pub advice: Advice,
    /// The fixed texts around the content when it is shown: headings, list titles and
    /// notices, in the pack's language (schema 1.1). Without them, the pack renders with
    /// the en-GB labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub labels: Option<Labels>,
    /// For a translation, which version of which source pack it translates (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub translation: Option<crate::Translation>,
}

/// The source the content is adapted from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
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
    /// The source's copyright line, as the source writes it (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub copyright: Option<String>,
    /// The `https` address of the source, when it is known (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "crate::contact::https_url_schema"))]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub url: Option<String>,
    /// The terms on which the text may be reused (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub licence: Option<Licence>,
    /// Whether the source's publisher has endorsed this adaptation (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub endorsed: Option<bool>,
}

/// The terms on which a pack's text may be reused.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Licence {
    /// An SPDX licence expression, such as `CC-BY-4.0`, or a `LicenseRef-` of the pack's
    /// own, whose terms are in `text`.
    #[cfg_attr(test, schemars(schema_with = "licence_schema"))]
    pub expression: String,
    /// The terms, in paragraphs; required for a `LicenseRef-`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<String>,
}

/// Whether anyone has reviewed the content, and when it must be reviewed again.
///
/// A pack is a draft or reviewed (schema 1.1). A draft claims no review: it has no date
/// of a last review and no reviewer. A reviewed pack names its reviewer and the date. A
/// pack that states no status (every pack written for schema 1.0) has the date of its
/// last review.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Review {
    /// `draft` or `reviewed` (schema 1.1); absent when the pack states no status (every
    /// pack written for schema 1.0), and then it gives the day of its last review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub status: Option<ReviewStatus>,
    /// The day the content was last reviewed; never in a draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(schema_with = "date_schema"))]
    pub last_reviewed: Option<NaiveDate>,
    /// The day by which it must be reviewed (again); after the last review.
    #[cfg_attr(test, schemars(schema_with = "date_schema"))]
    pub next_review_due: NaiveDate,
    /// Who reviewed it, for a reviewed pack (schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub reviewed_by: Option<Reviewer>,
}

/// Whether anyone has reviewed a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ReviewStatus {
    /// No one has reviewed the content yet: every rendering says so.
    Draft,
    /// A qualified person has reviewed the content, and the review says who.
    Reviewed,
}

impl ReviewStatus {
    /// The status as it is written in a pack: `draft` or `reviewed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Draft => "draft",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

/// Who reviewed a pack: a role and an organisation, not a person's name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Reviewer {
    /// The reviewer's role, such as "Clinical psychologist".
    pub role: String,
    /// The reviewer's organisation.
    pub organisation: String,
}

impl Review {
    /// Whether the next review is due on or before `today`.
    ///
    /// ```
    /// let review = &vt_content::bundled().review;
    /// assert!(!review.is_overdue(review.next_review_due.pred_opt().unwrap()));
    /// assert!(review.is_overdue(review.next_review_due));
    /// ```
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        today >= self.next_review_due
    }

    /// Whether the pack is a draft, which no one has reviewed.
    pub fn is_draft(&self) -> bool {
        self.status == Some(ReviewStatus::Draft)
    }
}

/// What vicarious traumatisation is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct About {
    /// What VT is, in paragraphs.
    pub definition: Vec<String>,
    /// Other names for VT, such as its short form.
    pub also_known_as: Vec<String>,
    /// Ideas the source relates to VT, such as compassion fatigue, in paragraphs
    /// (schema 1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub related_ideas: Vec<String>,
    /// How VT comes about, in paragraphs.
    pub how_it_happens: Vec<String>,
    /// The settings where supporting someone can lead to VT, each a short sentence.
    pub who_can_be_affected: Vec<String>,
    /// How VT differs from burnout and how the two overlap.
    pub burnout: Burnout,
}

/// How VT and burnout differ and overlap.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Burnout {
    /// How the two differ, in paragraphs.
    pub differences: Vec<String>,
    /// How the two go together, in paragraphs.
    pub overlap: Vec<String>,
}

/// The advice of the source, from which the guidance for the signs a reader recognises is
/// made.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Advice {
    /// What to do when you recognise one or more signs.
    pub signs_recognised: SignsRecognised,
    /// That the signs listed are only some of the signs, in paragraphs (schema 1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, schemars(extend("x-since" = "1.1")))]
    pub other_signs: Vec<String>,
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
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct SignsRecognised {
    /// The advice, in paragraphs.
    pub message: Vec<String>,
    /// The ids of the support routes to speak to first, in order. A route named again
    /// is shown once, where it is first named, with a warning.
    pub speak_to: Vec<Id>,
}

impl ContentPack {
    /// Every list of contacts, with its JSON Pointer: urgent help's, then each support
    /// route's.
    pub(crate) fn contact_lists(&self) -> impl Iterator<Item = (JsonPointer, &[Contact])> {
        let urgent_help = self.urgent_help.iter().map(|help| {
            let list = JsonPointer::root().child("urgent_help").child("contacts");
            (list, help.contacts.as_slice())
        });
        let routes = self.support.iter().enumerate().map(|(index, route)| {
            let list = JsonPointer::root()
                .child("support")
                .child(index)
                .child("contacts");
            (list, route.contacts.as_slice())
        });
        urgent_help.chain(routes)
    }

    /// The canonical JSON text of the pack: fields in the order of the pack format,
    /// indented by two spaces, with a final line break. A pack that a loader gave loads
    /// back from it to an equal pack, and for the bundled pack it is
    /// [`BUNDLED_JSON`](crate::BUNDLED_JSON) exactly. A pack built or changed in code is
    /// not checked until it is loaded: `ContentPack::from_json(&pack.to_json())` checks
    /// it, with every violation.
    ///
    /// ```
    /// let pack = vt_content::bundled();
    /// assert_eq!(pack.to_json(), vt_content::BUNDLED_JSON);
    /// ```
    pub fn to_json(&self) -> String {
        // Every field serializes to JSON (no maps with non-string keys, no floats).
        let json = serde_json::to_string_pretty(self).expect("a pack always serializes");
        json + "\n"
    }

    /// A [`ReviewOverdue`](WarningCode::ReviewOverdue) warning when the pack's next review
    /// is due on or before `today`. Loading never gives it, since it depends on the day.
    ///
    /// ```
    /// let pack = vt_content::bundled();
    /// let day_before = pack.review.next_review_due.pred_opt().unwrap();
    /// assert_eq!(pack.review_warning(day_before), None);
    /// let warning = pack.review_warning(pack.review.next_review_due).unwrap();
    /// assert_eq!(warning.path, "/review/next_review_due");
    /// ```
    pub fn review_warning(&self, today: NaiveDate) -> Option<Warning> {
        let due = self.review.next_review_due;
        self.review.is_overdue(today).then(|| {
            Warning::new(
                WarningCode::ReviewOverdue,
                JsonPointer::root().child("review").child("next_review_due"),
                format!(
                    "the next review was due on {due}; review the content, then update the review dates"
                ),
            )
        })
    }

    /// An [`UnreviewedDraft`](WarningCode::UnreviewedDraft) warning when the pack is a
    /// draft that no one has reviewed. Loading a draft gives it too.
    ///
    /// ```
    /// let pack = vt_content::bundled();
    /// let warning = pack.draft_warning().expect("the bundled pack is a draft");
    /// assert_eq!(warning.path, "/review/status");
    /// ```
    pub fn draft_warning(&self) -> Option<Warning> {
        self.review.is_draft().then(|| {
            Warning::new(
                WarningCode::UnreviewedDraft,
                JsonPointer::root().child("review").child("status"),
                "this pack is a draft that no one has reviewed; every rendering says it is not yet reviewed",
            )
        })
    }

    /// A [`NoUrgentHelp`](WarningCode::NoUrgentHelp) warning when the pack gives no
    /// urgent help, so that its pages show no one to contact in a crisis: every pack of
    /// schema 1.0. Loading gives it too.
    ///
    /// ```
    /// let mut pack = vt_content::bundled().clone();
    /// assert_eq!(pack.urgent_help_warning(), None);
    /// pack.urgent_help = None;
    /// assert!(pack.urgent_help_warning().unwrap().path.is_root());
    /// ```
    pub fn urgent_help_warning(&self) -> Option<Warning> {
        self.urgent_help.is_none().then(|| {
            Warning::new(
                WarningCode::NoUrgentHelp,
                JsonPointer::root(),
                "this pack gives no urgent help, so its pages show no one to contact in a crisis; add urgent_help (schema 1.1)",
            )
        })
    }

    /// A [`DefaultLabels`](WarningCode::DefaultLabels) warning when the pack has no
    /// labels of its own, so that it renders with the en-GB ones. Loading gives it too.
    pub fn labels_warning(&self) -> Option<Warning> {
        self.labels.is_none().then(|| {
            Warning::new(
                WarningCode::DefaultLabels,
                JsonPointer::root(),
                "this pack has no labels, so it renders with the en-GB labels; give it labels in its own language",
            )
        })
    }

    /// A [`LabelPlaceholders`](WarningCode::LabelPlaceholders) warning for each of the
    /// pack's labels that a page fills in (`text_message`, `opening_times`) and whose
    /// placeholders are not those the page fills in, and for each other label with a
    /// placeholder, which no page fills in. Loading gives them too.
    ///
    /// ```
    /// let mut pack = vt_content::bundled().clone();
    /// let mut labels = vt_content::Labels::en_gb();
    /// labels.text_message = "Text {keyword}".into();
    /// pack.labels = Some(labels);
    /// let warnings = pack.placeholder_warnings();
    /// assert_eq!(warnings[0].path, "/labels/text_message");
    /// assert_eq!(
    ///     warnings[0].message,
    ///     "a page fills in {keyword} and {number} in this label; \
    ///      it lacks {number}, so a page fills in the en-GB label instead"
    /// );
    /// ```
    pub fn placeholder_warnings(&self) -> Vec<Warning> {
        self.labels.as_ref().map_or_else(Vec::new, |labels| {
            labels.placeholder_warnings(&JsonPointer::root().child("labels"))
        })
    }

    /// An [`UnknownDirection`](WarningCode::UnknownDirection) warning when the pack's
    /// locale does not tell which way its texts are written
    /// ([`Locale::known_direction`](crate::Locale::known_direction)), so that pages lay
    /// them out left to right. Loading gives it too.
    ///
    /// ```
    /// let mut pack = vt_content::bundled().clone();
    /// assert_eq!(pack.direction_warning(), None);
    /// pack.locale = "yi".parse()?;
    /// let warning = pack.direction_warning().expect("ICU4X's common data has no script for yi");
    /// assert_eq!(warning.path, "/locale");
    /// pack.locale = "yi-Hebr".parse()?;
    /// assert_eq!(pack.direction_warning(), None);
    /// # Ok::<(), vt_content::InvalidLocale>(())
    /// ```
    pub fn direction_warning(&self) -> Option<Warning> {
        self.locale.known_direction().is_none().then(|| {
            Warning::new(
                WarningCode::UnknownDirection,
                JsonPointer::root().child("locale"),
                format!(
                    "which way {} is written is not known, so pages lay the pack out left to right; \
                     name its script in the locale, as in yi-Hebr for Yiddish or dv-Thaa for Dhivehi",
                    self.locale
                ),
            )
        })
    }

    /// A [`RepeatedRoute`](WarningCode::RepeatedRoute) warning for each support route
    /// that `advice.signs_recognised.speak_to` names again, where it is named again:
    /// guidance and pages show it once ([`speak_to_routes`](Self::speak_to_routes)).
    /// Loading gives them too.
    ///
    /// ```
    /// let mut pack = vt_content::bundled().clone();
    /// assert!(pack.repeated_route_warnings().is_empty());
    /// let first = pack.advice.signs_recognised.speak_to[0].clone();
    /// pack.advice.signs_recognised.speak_to.push(first);
    /// let warnings = pack.repeated_route_warnings();
    /// assert_eq!(warnings[0].path, "/advice/signs_recognised/speak_to/2");
    /// assert_eq!(pack.speak_to_routes().len(), 2);
    /// ```
    pub fn repeated_route_warnings(&self) -> Vec<Warning> {
        let speak_to = JsonPointer::root()
            .child("advice")
            .child("signs_recognised")
            .child("speak_to");
        let ids = self.advice.signs_recognised.speak_to.iter();
        let ids = ids.enumerate().map(|(index, id)| (id.as_str(), index));
        crate::consistency::repeats(ids)
            .into_iter()
            .map(|(id, first, again)| {
                Warning::new(
                    WarningCode::RepeatedRoute,
                    speak_to.child(again),
                    format!(
                        "the support route \"{id}\" is already named at {}; guidance and pages \
                         show it once, so name it once",
                        speak_to.child(first)
                    ),
                )
            })
            .collect()
    }

    /// The warnings of what the pack says, whatever text it was loaded from: no labels of
    /// its own ([`labels_warning`](Self::labels_warning)), no urgent help
    /// ([`urgent_help_warning`](Self::urgent_help_warning)), labels without their
    /// placeholders ([`placeholder_warnings`](Self::placeholder_warnings)), support routes
    /// named again ([`repeated_route_warnings`](Self::repeated_route_warnings)), a locale
    /// of unknown direction ([`direction_warning`](Self::direction_warning)), then a draft
    /// ([`draft_warning`](Self::draft_warning)). Loading gives them after the warnings of
    /// ignored fields.
    ///
    /// ```
    /// let codes: Vec<_> = vt_content::bundled()
    ///     .content_warnings()
    ///     .into_iter()
    ///     .map(|w| w.code.as_str())
    ///     .collect();
    /// assert_eq!(codes, ["unreviewed-draft"]);
    /// ```
    pub fn content_warnings(&self) -> Vec<Warning> {
        self.labels_warning()
            .into_iter()
            .chain(self.urgent_help_warning())
            .chain(self.placeholder_warnings())
            .chain(self.repeated_route_warnings())
            .chain(self.direction_warning())
            .chain(self.draft_warning())
            .collect()
    }

    /// The sign with this id.
    pub fn sign(&self, id: &str) -> Option<&Sign> {
        self.signs.iter().find(|sign| sign.id == id)
    }

    /// The self-care action with this id.
    pub fn self_care_action(&self, id: &str) -> Option<&SelfCareAction> {
        self.self_care_actions.iter().find(|action| action.id == id)
    }

    /// The practice with this id.
    pub fn practice(&self, id: &str) -> Option<&Practice> {
        self.practices.iter().find(|practice| practice.id == id)
    }

    /// The support route with this id.
    pub fn support_route(&self, id: &str) -> Option<&SupportRoute> {
        self.support.iter().find(|route| route.id == id)
    }

    /// The support routes to speak to first (`advice.signs_recognised.speak_to`), in
    /// order, each once: a route named again is left out where it is named again.
    ///
    /// ```
    /// let pack = vt_content::bundled();
    /// let ids: Vec<_> = pack.speak_to_routes().iter().map(|route| route.id.as_str()).collect();
    /// assert_eq!(ids, ["trusted-person", "line-manager"]);
    /// ```
    pub fn speak_to_routes(&self) -> Vec<&SupportRoute> {
        let mut routes: Vec<&SupportRoute> = Vec::new();
        for id in &self.advice.signs_recognised.speak_to {
            if let Some(route) = self.support_route(id.as_str())
                && !routes.iter().any(|shown| shown.id == route.id)
            {
                routes.push(route);
            }
        }
        routes
    }
}

#[cfg(test)]
fn licence_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::Licence.schema("An SPDX licence expression, such as CC-BY-4.0 or LicenseRef-terms.")
}

#[cfg(test)]
fn date_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    Format::Date.schema("A calendar date, YYYY-MM-DD.")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_self_care_action_and_a_practice_are_found_by_their_own_id_only() {
        let pack = crate::bundled();
        let action = pack.self_care_action("stay-connected");
        assert_eq!(action.map(|a| a.id.as_str()), Some("stay-connected"));
        assert_eq!(pack.self_care_action("release"), None);
        let practice = pack.practice("release");
        assert_eq!(practice.map(|p| p.id.as_str()), Some("release"));
        assert_eq!(pack.practice("stay-connected"), None);
    }
}
