//! The fast path of loading: the JSON text deserialized straight into the typed pack,
//! with no [`serde_json::Value`] in between, every rule checked on the way.
//!
//! It only answers "this pack is valid, here it is, with the warnings of what it says" or
//! "ask the full check". Anything it does not accept (a violation, an unknown field, a
//! duplicate key, a null, another major schema version) sends the text to the slow path
//! ([`crate::load`]), which parses it into a `Value`, walks it against the JSON Schema and
//! reports every violation. So the reports and warnings are exactly the slow path's: the
//! fast path must never accept a pack the slow path refuses, and must give the same pack
//! and warnings when it accepts one, which the tests below check on every fixture and on
//! over ten thousand variations of the bundled pack. When the full check finds no
//! violation, it reads the typed pack with [`typed`] too, so there is one reader of the
//! typed pack, and `typed` must read every pack whose structure keeps the schema.
//!
//! The structs here mirror the public ones field for field (each is built with a struct
//! literal, so a new field in the model does not compile until it is added here too), with
//! `deny_unknown_fields`, objects that must be JSON objects (serde's derive would also take
//! a list), and the text, list and format rules of the schema on each field.

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};

use crate::format::Format;
use crate::structure::{list_size_ok, plain_text_ok, text_ok};
use crate::{
    About, Advice, Attribution, Burnout, Contact, ContactOrigin, ContentPack, ContentVersion, Cost,
    Days, Id, Labels, Licence, Loaded, Locale, OpeningHours, Practice, PracticeKind, Review,
    ReviewStatus, Reviewer, SchemaVersion, SelfCareAction, Sign, SignsRecognised, SupportRoute,
    TextMessage, Translation, UrgentHelp, consistency, trust,
};

/// The pack in `text`, with its warnings, when it breaks no rule and has no field this
/// library does not know; `None` when the slow path must look at it.
///
/// The only warnings of such a pack are those of what it says (no labels, labels without
/// their placeholders, a draft), which
/// [`ContentPack::content_warnings`] gives on the typed pack, as the slow path does.
pub(crate) fn load(text: &str) -> Option<Loaded> {
    let pack = typed(text)?;
    if may_use_later_fields(&pack) {
        return None;
    }
    let accepted = consistency::check(&pack).is_empty() && trust::check(&pack).is_empty();
    accepted.then(|| Loaded {
        warnings: pack.content_warnings(),
        pack,
    })
}

/// Whether `pack` declares an earlier minor version and may use a field that a later one
/// brought, which its version may not use: the full check decides. The typed pack cannot
/// tell a 1.0 pack's fields from 1.1's, so every 1.0 pack goes there; a 1.1 pack only when
/// it gives `closes_next_day`, the one field of 1.2.
fn may_use_later_fields(pack: &ContentPack) -> bool {
    match pack.schema_version.minor {
        0 => true,
        1 => pack.contact_lists().any(|(_, contacts)| {
            contacts
                .iter()
                .filter_map(|contact| contact.hours.as_ref())
                .any(|hours| hours.closes_next_day.is_some())
        }),
        _ => false,
    }
}

/// The typed pack in `text` when its structure and texts keep every rule of the schema and
/// it has no field this library does not know; the rules on the whole pack are not checked.
///
/// The full check reads a pack it accepts with this too, written out again without the
/// fields it ignored, so that the typed pack has one deserializer.
pub(crate) fn typed(text: &str) -> Option<ContentPack> {
    let pack: Obj<Pack> = serde_json::from_str(text).ok()?;
    let pack = pack.0;
    (pack.schema_version.major == SchemaVersion::CURRENT.major).then(|| pack.into_model())
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

/// A text: 1 to 2000 characters, trimmed, no control characters, its changes of direction
/// paired like brackets.
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

fn locale<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Locale, D::Error> {
    let text = String::deserialize(deserializer)?;
    Format::Locale.check(&text).map_err(|_| refuse())?;
    text.parse().map_err(|_| refuse())
}

fn semver<'de, D: Deserializer<'de>>(deserializer: D) -> Result<ContentVersion, D::Error> {
    let text = String::deserialize(deserializer)?;
    text.parse().map_err(|_| refuse())
}

/// A date written `YYYY-MM-DD`, as [`Format::Date`] accepts it.
fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    Format::Date.check(&text).map_err(|_| refuse())?;
    text.parse().map_err(|_| refuse())
}

/// A unit enum from a string only (serde's derive would also take `{"ground": null}`).
fn keyword<'de, D: Deserializer<'de>, T: DeserializeOwned>(deserializer: D) -> Result<T, D::Error> {
    let text = String::deserialize(deserializer)?;
    T::deserialize(de::value::StrDeserializer::<de::value::Error>::new(&text)).map_err(|_| refuse())
}

fn some_keyword<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    keyword(deserializer).map(Some)
}

/// A text the schema gives no length limits (`audience`, `copyright`): trimmed, with no
/// control characters, its changes of direction paired like brackets, and possibly empty.
fn some_plain_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let text = String::deserialize(deserializer)?;
    if plain_text_ok(&text) {
        Ok(Some(text))
    } else {
        Err(refuse())
    }
}

fn some_bool<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    bool::deserialize(deserializer).map(Some)
}

fn some_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    date(deserializer).map(Some)
}

/// A string in `format`. The format is the whole rule, as in the schema: an SPDX
/// expression may end with a space, which the text rules would refuse.
fn formatted<'de, D: Deserializer<'de>>(
    deserializer: D,
    format: Format,
) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if format.check(&text).is_ok() {
        Ok(text)
    } else {
        Err(refuse())
    }
}

fn phone<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    formatted(deserializer, Format::PhoneNumber)
}

fn some_phone<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    phone(deserializer).map(Some)
}

fn some_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    formatted(deserializer, Format::HttpsUrl).map(Some)
}

fn some_region<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    formatted(deserializer, Format::Region).map(Some)
}

fn some_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    formatted(deserializer, Format::TimeOfDay).map(Some)
}

fn licence_expression<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    formatted(deserializer, Format::Licence)
}

fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<T, D::Error> {
    Obj::deserialize(deserializer).map(|object| object.0)
}

fn some_object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    object(deserializer).map(Some)
}

/// The labels: an object of the [`Labels`] keys, each value checked as a text as it is
/// read.
fn some_labels<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Labels>, D::Error> {
    struct TextsOnly;
    impl<'de> Visitor<'de> for TextsOnly {
        type Value = Labels;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of texts")
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Labels, A::Error> {
            Labels::deserialize(de::value::MapAccessDeserializer::new(CheckedTexts(map)))
        }
    }
    deserializer.deserialize_map(TextsOnly).map(Some)
}

/// The entries of an object, each value refused unless it is a text.
struct CheckedTexts<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for CheckedTexts<A> {
    type Error = A::Error;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, A::Error> {
        let text: String = self.0.next_value()?;
        if !text_ok(&text) {
            return Err(refuse());
        }
        seed.deserialize(de::value::StringDeserializer::new(text))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pack {
    #[serde(rename = "$schema", default, deserialize_with = "schema_link")]
    schema_link: Option<String>,
    schema_version: SchemaVersion,
    id: Id,
    #[serde(deserialize_with = "semver")]
    version: ContentVersion,
    #[serde(deserialize_with = "locale")]
    locale: Locale,
    #[serde(default, deserialize_with = "some_plain_text")]
    audience: Option<String>,
    #[serde(default, deserialize_with = "some_region")]
    region: Option<String>,
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    summary: Vec<String>,
    #[serde(deserialize_with = "object")]
    attribution: FastAttribution,
    #[serde(deserialize_with = "texts")]
    disclaimer: Vec<String>,
    #[serde(default, deserialize_with = "some_object")]
    urgent_help: Option<FastUrgentHelp>,
    #[serde(deserialize_with = "object")]
    review: FastReview,
    #[serde(deserialize_with = "object")]
    about: FastAbout,
    #[serde(deserialize_with = "items")]
    signs: Vec<FastSign>,
    #[serde(deserialize_with = "items")]
    self_care_actions: Vec<FastSelfCareAction>,
    #[serde(deserialize_with = "items")]
    practices: Vec<FastPractice>,
    #[serde(deserialize_with = "items")]
    support: Vec<FastSupportRoute>,
    #[serde(deserialize_with = "object")]
    advice: FastAdvice,
    #[serde(default, deserialize_with = "some_labels")]
    labels: Option<Labels>,
    #[serde(default, deserialize_with = "some_object")]
    translation: Option<FastTranslation>,
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
    #[serde(default, deserialize_with = "some_plain_text")]
    copyright: Option<String>,
    #[serde(default, deserialize_with = "some_url")]
    url: Option<String>,
    #[serde(default, deserialize_with = "some_object")]
    licence: Option<FastLicence>,
    #[serde(default, deserialize_with = "some_bool")]
    endorsed: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastLicence {
    #[serde(deserialize_with = "licence_expression")]
    expression: String,
    #[serde(default, deserialize_with = "texts")]
    text: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastUrgentHelp {
    #[serde(deserialize_with = "text")]
    title: String,
    #[serde(deserialize_with = "texts")]
    message: Vec<String>,
    #[serde(deserialize_with = "items")]
    contacts: Vec<FastContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastContact {
    id: Id,
    #[serde(deserialize_with = "text")]
    name: String,
    #[serde(deserialize_with = "text")]
    purpose: String,
    #[serde(default, deserialize_with = "some_phone")]
    phone: Option<String>,
    #[serde(default, deserialize_with = "some_object")]
    text_message: Option<FastTextMessage>,
    #[serde(default, deserialize_with = "some_url")]
    url: Option<String>,
    #[serde(default, deserialize_with = "some_object")]
    hours: Option<FastOpeningHours>,
    #[serde(default, deserialize_with = "some_keyword")]
    cost: Option<Cost>,
    #[serde(default, deserialize_with = "some_region")]
    region: Option<String>,
    #[serde(deserialize_with = "keyword")]
    origin: ContactOrigin,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastTextMessage {
    #[serde(deserialize_with = "phone")]
    number: String,
    #[serde(deserialize_with = "text")]
    keyword: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastOpeningHours {
    #[serde(deserialize_with = "keyword")]
    days: Days,
    #[serde(default, deserialize_with = "some_time")]
    opens: Option<String>,
    #[serde(default, deserialize_with = "some_time")]
    closes: Option<String>,
    #[serde(default, deserialize_with = "some_bool")]
    closes_next_day: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastReview {
    #[serde(default, deserialize_with = "some_keyword")]
    status: Option<ReviewStatus>,
    #[serde(default, deserialize_with = "some_date")]
    last_reviewed: Option<NaiveDate>,
    #[serde(deserialize_with = "date")]
    next_review_due: NaiveDate,
    #[serde(default, deserialize_with = "some_object")]
    reviewed_by: Option<FastReviewer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastReviewer {
    #[serde(deserialize_with = "text")]
    role: String,
    #[serde(deserialize_with = "text")]
    organisation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastAbout {
    #[serde(deserialize_with = "texts")]
    definition: Vec<String>,
    #[serde(deserialize_with = "texts")]
    also_known_as: Vec<String>,
    #[serde(default, deserialize_with = "texts")]
    related_ideas: Vec<String>,
    #[serde(deserialize_with = "texts")]
    how_it_happens: Vec<String>,
    #[serde(deserialize_with = "texts")]
    who_can_be_affected: Vec<String>,
    #[serde(deserialize_with = "object")]
    burnout: FastBurnout,
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
    #[serde(deserialize_with = "keyword")]
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
    #[serde(default, deserialize_with = "items")]
    contacts: Vec<FastContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastAdvice {
    #[serde(deserialize_with = "object")]
    signs_recognised: FastSignsRecognised,
    #[serde(default, deserialize_with = "texts")]
    other_signs: Vec<String>,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastTranslation {
    #[serde(deserialize_with = "locale")]
    source_locale: Locale,
    #[serde(deserialize_with = "semver")]
    source_version: ContentVersion,
}

impl FastContact {
    fn into_model(self) -> Contact {
        Contact {
            id: self.id,
            name: self.name,
            purpose: self.purpose,
            phone: self.phone,
            text_message: self.text_message.map(|text| TextMessage {
                number: text.number,
                keyword: text.keyword,
            }),
            url: self.url,
            hours: self.hours.map(|hours| OpeningHours {
                days: hours.days,
                opens: hours.opens,
                closes: hours.closes,
                closes_next_day: hours.closes_next_day,
            }),
            cost: self.cost,
            region: self.region,
            origin: self.origin,
        }
    }
}

fn contacts(contacts: Vec<FastContact>) -> Vec<Contact> {
    contacts.into_iter().map(FastContact::into_model).collect()
}

impl Pack {
    /// The public pack, field by field: moves, no copies.
    fn into_model(self) -> ContentPack {
        let attribution = self.attribution;
        let review = self.review;
        let about = self.about;
        let advice = self.advice;
        ContentPack {
            schema_link: self.schema_link,
            schema_version: self.schema_version,
            id: self.id,
            version: self.version,
            locale: self.locale,
            audience: self.audience,
            region: self.region,
            title: self.title,
            summary: self.summary,
            attribution: Attribution {
                source_title: attribution.source_title,
                source_name: attribution.source_name,
                publisher: attribution.publisher,
                adapted: attribution.adapted,
                notice: attribution.notice,
                copyright: attribution.copyright,
                url: attribution.url,
                licence: attribution.licence.map(|licence| Licence {
                    expression: licence.expression,
                    text: licence.text,
                }),
                endorsed: attribution.endorsed,
            },
            disclaimer: self.disclaimer,
            urgent_help: self.urgent_help.map(|help| UrgentHelp {
                title: help.title,
                message: help.message,
                contacts: contacts(help.contacts),
            }),
            review: Review {
                status: review.status,
                last_reviewed: review.last_reviewed,
                next_review_due: review.next_review_due,
                reviewed_by: review.reviewed_by.map(|reviewer| Reviewer {
                    role: reviewer.role,
                    organisation: reviewer.organisation,
                }),
            },
            about: About {
                definition: about.definition,
                also_known_as: about.also_known_as,
                how_it_happens: about.how_it_happens,
                who_can_be_affected: about.who_can_be_affected,
                burnout: Burnout {
                    differences: about.burnout.differences,
                    overlap: about.burnout.overlap,
                },
                related_ideas: about.related_ideas,
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
                    contacts: contacts(route.contacts),
                })
                .collect(),
            advice: Advice {
                signs_recognised: SignsRecognised {
                    message: advice.signs_recognised.message,
                    speak_to: advice.signs_recognised.speak_to,
                },
                other_signs: advice.other_signs,
                prevention: advice.prevention,
                self_care: advice.self_care,
                practices: advice.practices,
                recovery_and_burnout: advice.recovery_and_burnout,
            },
            labels: self.labels,
            translation: self
                .translation
                .map(|t| Translation::new(t.source_locale, t.source_version)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::{Value, json};

    use super::*;
    use crate::load::{checked_value, full_check};

    /// Which path loaded a pack.
    #[derive(Debug, PartialEq, Eq)]
    enum Verdict {
        /// The fast path (so the full check accepts it too).
        Fast,
        /// Only the full check.
        FullOnly,
        /// Neither.
        Refused,
    }

    /// The fast path never accepts a pack that the full check refuses, and when it
    /// accepts one, it gives the same pack and the same warnings. Which path loaded it.
    fn agree(text: &str, what: &str) -> Verdict {
        match (load(text), full_check(text)) {
            (Some(fast), Ok(full)) => {
                assert_eq!(fast.warnings, full.warnings, "{what}: other warnings");
                assert!(
                    fast.pack == full.pack,
                    "{what}: the two paths built different packs"
                );
                Verdict::Fast
            }
            (Some(_), Err(error)) => panic!("{what}: the fast path accepted it, but: {error}"),
            (None, Ok(_)) => Verdict::FullOnly,
            (None, Err(_)) => Verdict::Refused,
        }
    }

    /// Whether the full check finds no violation in the pack in `text` before it reads the
    /// typed pack, and no field to ignore: it then reads it with [`typed`].
    fn structurally_valid(text: &str) -> bool {
        checked_value(text).is_ok_and(|(_, ignored)| ignored.is_empty())
    }

    fn bundled_value() -> Value {
        serde_json::from_str(crate::BUNDLED_JSON).unwrap()
    }

    /// The path of every value in `value`, the whole first.
    fn paths(value: &Value, at: &str, into: &mut Vec<String>) {
        into.push(at.to_owned());
        match value {
            Value::Object(fields) => {
                for (name, field) in fields {
                    let name = name.replace('~', "~0").replace('/', "~1");
                    paths(field, &format!("{at}/{name}"), into);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    paths(item, &format!("{at}/{index}"), into);
                }
            }
            _ => {}
        }
    }

    /// Variants of a string that break (or keep) each text and format rule.
    fn string_variants(text: &str) -> Vec<Value> {
        let mut variants: Vec<Value> = [
            "",
            " x",
            "x ",
            "x\u{a0}",
            "a\nb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{9f}b",
            "a\u{a0}b",
            "a\u{202E}b",
            "\u{2067}a\u{2069}",
            "\u{2067}a\u{202C}",
            "a\u{2069}",
            "Ab_C",
            "x",
            "2026-02-30",
            "2026-1-01",
            "+2026-01-01",
            "2027-01-01",
            "1.0",
            "1.1",
            "2.0",
            "01.0",
            "1.0.0",
            "1.0.0-rc.1",
            "1.0",
            "en_GB!",
            "cy",
            "ground",
            "Ground",
            "release",
            "trusted-person",
            "line-manager",
            "withdrawing",
            "a-",
            "é",
        ]
        .into_iter()
        .map(Value::from)
        .collect();
        variants.push("é".repeat(2000).into());
        variants.push("e".repeat(2001).into());
        variants.push("a".repeat(65).into());
        variants.push(format!("{text} ").into());
        variants.push(text.to_uppercase().into());
        variants
    }

    fn set(pack: &mut Value, path: &str, replacement: Value) {
        match pack.pointer_mut(path) {
            Some(slot) => *slot = replacement,
            None => *pack = replacement,
        }
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_check_on_every_fixture() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance");
        for kind in ["valid", "invalid"] {
            for entry in std::fs::read_dir(root.join(kind)).unwrap() {
                let dir = entry.unwrap().path();
                let bytes = std::fs::read(dir.join("pack.json")).unwrap();
                // The loader refuses a pack over the size limits before either path reads
                // it (and the 10 MB one took most of a minute in a debug build).
                let too_large = |violations: Vec<crate::Violation>| {
                    violations[0].code == crate::ViolationCode::PackTooLarge
                };
                let loaded = crate::ContentPack::from_slice(&bytes);
                if loaded.is_err_and(|error| too_large(error.violations())) {
                    continue;
                }
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    let what = dir.display().to_string();
                    let accepted = agree(text, &what) == Verdict::Fast;
                    if structurally_valid(text) {
                        let pack = typed(text);
                        assert!(pack.is_some(), "{what}: the typed pack was not read");
                        // A pack that may use a later minor version's fields is the full
                        // check's to read.
                        let earlier = pack.as_ref().is_some_and(may_use_later_fields);
                        assert!(
                            accepted || kind == "invalid" || earlier,
                            "{what}: the fast path deferred"
                        );
                    }
                }
            }
        }
        assert_eq!(
            agree(crate::BUNDLED_JSON, "the bundled pack"),
            Verdict::Fast
        );
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_check_on_variations_of_the_bundled_pack() {
        let original = bundled_value();
        let mut every = Vec::new();
        paths(&original, "", &mut every);
        let (mut checked, mut accepted, mut refused, mut left) = (0, 0, Vec::new(), Vec::new());
        for path in &every {
            let here = original.pointer(path).unwrap().clone();
            let mut variants = vec![
                Value::Null,
                json!(1),
                json!(1.5),
                json!(true),
                json!([]),
                json!({}),
                json!(["x"]),
                json!({"ground": null}),
            ];
            match &here {
                Value::String(text) => variants.extend(string_variants(text)),
                Value::Array(items) => {
                    variants.push(Value::Array(vec![items[0].clone(); 101]));
                    variants.push(Value::Array(vec![items[0].clone(); 100]));
                    let mut twice = items.clone();
                    twice.push(items[0].clone());
                    variants.push(Value::Array(twice));
                    variants.push(Value::Array(items.iter().rev().cloned().collect()));
                    // The fields of an object as a list, which serde's derive would take.
                    if let Some(fields) = items[0].as_object() {
                        let values = fields.values().cloned().collect();
                        let mut listed = items.clone();
                        listed[0] = Value::Array(values);
                        variants.push(Value::Array(listed));
                    }
                }
                Value::Object(fields) => {
                    let mut extra = fields.clone();
                    extra.insert("extra".to_owned(), json!(1));
                    variants.push(Value::Object(extra));
                    for name in fields.keys() {
                        let mut fewer = fields.clone();
                        fewer.shift_remove(name);
                        variants.push(Value::Object(fewer));
                    }
                    variants.push(Value::Array(fields.values().cloned().collect()));
                }
                _ => {}
            }
            for variant in variants {
                let mut pack = original.clone();
                set(&mut pack, path, variant.clone());
                let text = pack.to_string();
                let what = format!("{path} = {variant:.60}");
                let verdict = agree(&text, &what);
                if verdict == Verdict::Fast {
                    accepted += 1;
                } else if structurally_valid(&text) && typed(&text).is_none() {
                    refused.push(what.clone());
                }
                if verdict == Verdict::FullOnly {
                    left.push(what);
                }
                checked += 1;
            }
        }
        assert!(checked > 5000, "only {checked} variations");
        // The README quotes these counts; `-- --nocapture` shows them.
        println!("{checked} variations of the bundled pack; the fast path took {accepted}");
        // The full check reads a pack it accepts with `typed`, so `typed` must read every
        // pack of the right structure.
        assert!(
            refused.is_empty(),
            "{accepted} accepted; refused: {refused:#?}"
        );
        // And every valid variation (none adds a field of a newer version) loads fast.
        assert!(
            left.is_empty(),
            "{accepted} accepted; valid, left to the full check: {left:#?}"
        );
    }

    #[test]
    fn the_fields_of_1_2_are_those_a_1_1_pack_is_checked_for() {
        // `may_use_later_fields` names the fields of 1.2: a new one must be named there too.
        fn since_1_2(schema: &Value, found: &mut Vec<String>) {
            match schema {
                Value::Object(fields) => {
                    let properties = fields.get("properties").and_then(Value::as_object);
                    for (name, field) in properties.into_iter().flatten() {
                        if field["x-since"] == "1.2" {
                            found.push(name.clone());
                        }
                    }
                    fields.values().for_each(|value| since_1_2(value, found));
                }
                Value::Array(items) => items.iter().for_each(|item| since_1_2(item, found)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        since_1_2(crate::json_schema(), &mut found);
        assert_eq!(found, ["closes_next_day"]);
        assert_eq!(
            SchemaVersion::CURRENT.minor,
            2,
            "name the fields of the new minor version"
        );
        let night = include_str!("../../../tests/conformance/valid/hours-past-midnight/pack.json");
        let night = typed(night).unwrap();
        assert!(!may_use_later_fields(&night));
        let mut earlier = night.clone();
        earlier.schema_version.minor = 1;
        assert!(may_use_later_fields(&earlier));
        assert!(!may_use_later_fields(crate::bundled()));
    }

    #[test]
    fn the_fast_path_agrees_on_versions_and_unknown_fields() {
        let mut cases = Vec::new();
        for version in ["1.0", "1.1", "1.2", "1.3", "2.0", "0.9", "1.01"] {
            let mut pack = bundled_value();
            pack["schema_version"] = version.into();
            cases.push(pack.clone());
            pack["illustrations"] = json!(["a.png"]);
            cases.push(pack.clone());
            pack["signs"][0]["audio"] = json!("a.mp3");
            cases.push(pack);
        }
        for pack in cases {
            agree(&pack.to_string(), &pack["schema_version"].to_string());
        }
        // The fields of a newer minor version are ignored: the full check reads the rest.
        let mut newer = bundled_value();
        newer["schema_version"] = "1.3".into();
        newer["illustrations"] = json!(["a.png"]);
        newer["signs"][0]["audio"] = json!("a.mp3");
        let loaded = full_check(&newer.to_string()).unwrap();
        let ignored: Vec<_> = loaded
            .warnings
            .iter()
            .map(|w| (w.code, w.path.as_str()))
            .collect();
        assert_eq!(
            ignored[..2],
            [
                (crate::WarningCode::IgnoredField, "/signs/0/audio"),
                (crate::WarningCode::IgnoredField, "/illustrations")
            ]
        );
        assert_eq!(loaded.pack.signs, crate::bundled().signs);
        assert_eq!(
            loaded.pack.schema_version,
            SchemaVersion { major: 1, minor: 3 }
        );
        // A key written twice: the fast path defers, and the full check refuses it, since
        // one of the values would be lost.
        let twice = crate::BUNDLED_JSON.replacen(
            "\"title\": \"Vicarious traumatisation\",",
            "\"title\": \"First\", \"title\": \"Vicarious traumatisation\",",
            1,
        );
        assert!(load(&twice).is_none());
        let Err(crate::LoadError::Invalid(violations)) = full_check(&twice) else {
            panic!("a repeated key is refused");
        };
        let found: Vec<_> = violations
            .iter()
            .map(|v| (v.code, v.path.as_str()))
            .collect();
        assert_eq!(found, [(crate::ViolationCode::DuplicateKey, "/title")]);
    }
}
