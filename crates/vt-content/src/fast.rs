//! The fast path of loading: the JSON text deserialized straight into the typed pack,
//! with no [`serde_json::Value`] in between, every rule checked on the way.
//!
//! It only answers "this pack is valid, here it is" or "ask the full check". Anything it
//! does not accept (a violation, an unknown field, a duplicate key, another major schema
//! version) sends the text to the slow path ([`crate::load`]), which parses it into a
//! `Value`, walks it against the JSON Schema and reports every violation. So the reports
//! and warnings are exactly the slow path's; the fast path must never accept a pack the
//! slow path refuses or warns about, which the tests below check on every fixture and on
//! many variations of the bundled pack.
//!
//! The structs here mirror the public ones field for field (each is built with a struct
//! literal, so a new field in the model does not compile until it is added here too), with
//! `deny_unknown_fields`, objects that must be JSON objects (serde's derive would also take
//! a list), and the text, list and format rules of the schema on each field.

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::format::Format;
use crate::structure::{list_size_ok, plain_text_ok, text_ok};
use crate::{
    About, Advice, Attribution, Burnout, ContentPack, Id, Practice, PracticeKind, Review,
    SchemaVersion, SelfCareAction, Sign, SignsRecognised, SupportRoute, consistency,
};

/// The pack in `text` when it breaks no rule and loads without warnings; `None` when
/// the slow path must look at it.
pub(crate) fn load(text: &str) -> Option<ContentPack> {
    let pack: Obj<Pack> = serde_json::from_str(text).ok()?;
    let pack = pack.0;
    if pack.schema_version.major != SchemaVersion::CURRENT.major {
        return None;
    }
    let pack = pack.into_model();
    consistency::check(&pack).is_empty().then_some(pack)
}

/// A JSON object deserialized as `T`: serde's derive also accepts a list of the fields'
/// values, which a pack must not use.
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectOnly<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(ObjectOnly(PhantomData))
            .map(Obj)
    }
}

fn refuse<E: de::Error>() -> E {
    // The message is never shown: the slow path reports what is wrong.
    E::custom("refused by the fast path")
}

/// A text: 1 to 2000 characters, trimmed, no control characters.
fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text_ok(&text) {
        Ok(text)
    } else {
        Err(refuse())
    }
}

/// A list of 1 to 100 texts.
fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    let texts = Vec::<String>::deserialize(deserializer)?;
    if list_size_ok(texts.len()) && texts.iter().all(|text| text_ok(text)) {
        Ok(texts)
    } else {
        Err(refuse())
    }
}

/// A list of 1 to 100 items.
fn items<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let items = Vec::<Obj<T>>::deserialize(deserializer)?;
    if list_size_ok(items.len()) {
        Ok(items.into_iter().map(|item| item.0).collect())
    } else {
        Err(refuse())
    }
}

/// A list of 1 to 100 ids (each checked as it is deserialized).
fn ids<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Id>, D::Error> {
    let ids = Vec::<Id>::deserialize(deserializer)?;
    if list_size_ok(ids.len()) {
        Ok(ids)
    } else {
        Err(refuse())
    }
}

/// `$schema`: absent, null, or a string with the text rules but no length limits.
fn schema_link<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let link = Option::<String>::deserialize(deserializer)?;
    match link {
        Some(text) if !plain_text_ok(&text) => Err(refuse()),
        link => Ok(link),
    }
}

fn locale<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    match Format::Locale.check(&text) {
        Ok(()) => Ok(text),
        Err(_) => Err(refuse()),
    }
}

fn semver<'de, D: Deserializer<'de>>(deserializer: D) -> Result<semver::Version, D::Error> {
    let text = String::deserialize(deserializer)?;
    semver::Version::parse(&text).map_err(|_| refuse())
}

/// A date written `YYYY-MM-DD`, as [`Format::Date`] accepts it.
fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    Format::Date.check(&text).map_err(|_| refuse())?;
    text.parse().map_err(|_| refuse())
}

/// A practice kind, from a string only (serde's derive would also take `{"ground": null}`).
fn kind<'de, D: Deserializer<'de>>(deserializer: D) -> Result<PracticeKind, D::Error> {
    let text = String::deserialize(deserializer)?;
    PracticeKind::ALL
        .into_iter()
        .find(|kind| kind.as_str() == text)
        .ok_or_else(refuse)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pack {
    #[serde(rename = "$schema", default, deserialize_with = "schema_link")]
    schema_link: Option<String>,
    schema_version: SchemaVersion,
    id: Id,
    #[serde(deserialize_with = "semver")]
    version: semver::Version,
    #[serde(deserialize_with = "locale")]
    locale: String,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    summary: Vec<String>,
    attribution: Obj<FastAttribution>,
    #[serde(deserialize_with = "texts")]
    disclaimer: Vec<String>,
    review: Obj<FastReview>,
    about: Obj<FastAbout>,
    #[serde(deserialize_with = "items")]
    signs: Vec<FastSign>,
    #[serde(deserialize_with = "items")]
    self_care_actions: Vec<FastSelfCareAction>,
    #[serde(deserialize_with = "items")]
    practices: Vec<FastPractice>,
    #[serde(deserialize_with = "items")]
    support: Vec<FastSupportRoute>,
    advice: Obj<FastAdvice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastAttribution {
    #[serde(deserialize_with = "text")]
    source_title: String,
    #[serde(deserialize_with = "text")]
    source_name: String,
    #[serde(deserialize_with = "text")]
    publisher: String,
    adapted: bool,
    #[serde(deserialize_with = "text")]
    notice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastReview {
    #[serde(deserialize_with = "date")]
    last_reviewed: NaiveDate,
    #[serde(deserialize_with = "date")]
    next_review_due: NaiveDate,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastAbout {
    #[serde(deserialize_with = "texts")]
    definition: Vec<String>,
    #[serde(deserialize_with = "texts")]
    also_known_as: Vec<String>,
    #[serde(deserialize_with = "texts")]
    how_it_happens: Vec<String>,
    #[serde(deserialize_with = "texts")]
    who_can_be_affected: Vec<String>,
    burnout: Obj<FastBurnout>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastBurnout {
    #[serde(deserialize_with = "texts")]
    differences: Vec<String>,
    #[serde(deserialize_with = "texts")]
    overlap: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastSign {
    id: Id,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    description: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastSelfCareAction {
    id: Id,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    how: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastPractice {
    id: Id,
    #[serde(deserialize_with = "kind")]
    kind: PracticeKind,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    purpose: Vec<String>,
    #[serde(deserialize_with = "texts")]
    how: Vec<String>,
    #[serde(deserialize_with = "texts")]
    examples: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastSupportRoute {
    id: Id,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    description: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastAdvice {
    signs_recognised: Obj<FastSignsRecognised>,
    #[serde(deserialize_with = "texts")]
    prevention: Vec<String>,
    #[serde(deserialize_with = "texts")]
    self_care: Vec<String>,
    #[serde(deserialize_with = "texts")]
    practices: Vec<String>,
    #[serde(deserialize_with = "texts")]
    recovery_and_burnout: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastSignsRecognised {
    #[serde(deserialize_with = "texts")]
    message: Vec<String>,
    #[serde(deserialize_with = "ids")]
    speak_to: Vec<Id>,
}

impl Pack {
    /// The public pack, field by field: moves, no copies.
    fn into_model(self) -> ContentPack {
        let attribution = self.attribution.0;
        let review = self.review.0;
        let about = self.about.0;
        let burnout = about.burnout.0;
        let advice = self.advice.0;
        let signs_recognised = advice.signs_recognised.0;
        ContentPack {
            schema_link: self.schema_link,
            schema_version: self.schema_version,
            id: self.id,
            version: self.version,
            locale: self.locale,
            title: self.title,
            summary: self.summary,
            attribution: Attribution {
                source_title: attribution.source_title,
                source_name: attribution.source_name,
                publisher: attribution.publisher,
                adapted: attribution.adapted,
                notice: attribution.notice,
            },
            disclaimer: self.disclaimer,
            review: Review {
                last_reviewed: review.last_reviewed,
                next_review_due: review.next_review_due,
            },
            about: About {
                definition: about.definition,
                also_known_as: about.also_known_as,
                how_it_happens: about.how_it_happens,
                who_can_be_affected: about.who_can_be_affected,
                burnout: Burnout {
                    differences: burnout.differences,
                    overlap: burnout.overlap,
                },
            },
            signs: self
                .signs
                .into_iter()
                .map(|sign| Sign {
                    id: sign.id,
                    title: sign.title,
                    description: sign.description,
                })
                .collect(),
            self_care_actions: self
                .self_care_actions
                .into_iter()
                .map(|action| SelfCareAction {
                    id: action.id,
                    title: action.title,
                    how: action.how,
                })
                .collect(),
            practices: self
                .practices
                .into_iter()
                .map(|practice| Practice {
                    id: practice.id,
                    kind: practice.kind,
                    title: practice.title,
                    purpose: practice.purpose,
                    how: practice.how,
                    examples: practice.examples,
                })
                .collect(),
            support: self
                .support
                .into_iter()
                .map(|route| SupportRoute {
                    id: route.id,
                    title: route.title,
                    description: route.description,
                })
                .collect(),
            advice: Advice {
                signs_recognised: SignsRecognised {
                    message: signs_recognised.message,
                    speak_to: signs_recognised.speak_to,
                },
                prevention: advice.prevention,
                self_care: advice.self_care,
                practices: advice.practices,
                recovery_and_burnout: advice.recovery_and_burnout,
            },
        }
    }
}
