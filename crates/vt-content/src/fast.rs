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
    About, Advice, Attribution, Burnout, ContentPack, ContentVersion, Id, Locale, Practice,
    PracticeKind, Review, SchemaVersion, SelfCareAction, Sign, SignsRecognised, SupportRoute,
    consistency, trust,
};

/// The pack in `text` when it breaks no rule and loads without warnings; `None` when
/// the slow path must look at it.
///
/// The mirror structs know the fields of schema 1.0 only: a field of schema 1.1 is an
/// unknown field here, so every pack that uses one goes to the slow path. A pack without
/// `labels` (a field of 1.1) warns (`default-labels`), so for now the fast path defers on
/// every pack: it is kept correct, and ready for the mirrors of the 1.1 fields.
pub(crate) fn load(text: &str) -> Option<ContentPack> {
    let pack: Obj<Pack> = serde_json::from_str(text).ok()?;
    let pack = pack.0;
    if pack.schema_version.major != SchemaVersion::CURRENT.major {
        return None;
    }
    let pack = pack.into_model();
    // Only a pack that loads with no warning at all; the slow path reports the warnings.
    if !pack.content_warnings().is_empty() {
        return None;
    }
    let accepted = consistency::check(&pack).is_empty() && trust::check(&pack).is_empty();
    accepted.then_some(pack)
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
    version: ContentVersion,
    #[serde(deserialize_with = "locale")]
    locale: Locale,
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
            audience: None,
            region: None,
            title: self.title,
            summary: self.summary,
            attribution: Attribution {
                source_title: attribution.source_title,
                source_name: attribution.source_name,
                publisher: attribution.publisher,
                adapted: attribution.adapted,
                notice: attribution.notice,
                copyright: None,
                url: None,
                licence: None,
                endorsed: None,
            },
            disclaimer: self.disclaimer,
            urgent_help: None,
            review: Review {
                status: None,
                last_reviewed: Some(review.last_reviewed),
                next_review_due: review.next_review_due,
                reviewed_by: None,
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
                related_ideas: Vec::new(),
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
                    contacts: Vec::new(),
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
                other_signs: Vec::new(),
            },
            labels: None,
            translation: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::{Value, json};

    use super::*;
    use crate::load::full_check;

    /// The fast path accepts a pack exactly when the full check accepts it without
    /// warnings, and then gives the same pack.
    fn agree(text: &str, what: &str) {
        let fast = load(text);
        let full = full_check(text);
        match (fast, full) {
            (Some(pack), Ok(loaded)) => {
                assert_eq!(loaded.warnings, [], "{what}: the fast path hid warnings");
                assert!(
                    pack == loaded.pack,
                    "{what}: the two paths built different packs"
                );
            }
            (Some(_), Err(error)) => panic!("{what}: the fast path accepted it, but: {error}"),
            // The fast path defers on every pack that uses a field of schema 1.1 (`load`).
            (None, Ok(loaded)) => assert!(
                !loaded.warnings.is_empty() || uses_schema_1_1(text),
                "{what}: the fast path refused a valid pack"
            ),
            (None, Err(_)) => {}
        }
    }

    /// Whether the pack in `text` has a field of schema 1.1, which the mirrors lack.
    fn uses_schema_1_1(text: &str) -> bool {
        let pack: Value = serde_json::from_str(text).unwrap();
        let has = |pointer: &str| pack.pointer(pointer).is_some();
        let in_items = |list: &str, field: &str| {
            pack[list]
                .as_array()
                .is_some_and(|items| items.iter().any(|item| item.get(field).is_some()))
        };
        [
            "/audience",
            "/region",
            "/urgent_help",
            "/labels",
            "/translation",
            "/attribution/copyright",
            "/attribution/url",
            "/attribution/licence",
            "/attribution/endorsed",
            "/review/status",
            "/review/reviewed_by",
            "/about/related_ideas",
            "/advice/other_signs",
        ]
        .into_iter()
        .any(has)
            || in_items("support", "contacts")
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
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    agree(text, &dir.display().to_string());
                }
            }
        }
        agree(crate::BUNDLED_JSON, "the bundled pack");
    }

    #[test]
    fn the_fast_path_agrees_with_the_full_check_on_variations_of_the_bundled_pack() {
        let original = bundled_value();
        let mut every = Vec::new();
        paths(&original, "", &mut every);
        let mut checked = 0;
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
                agree(&pack.to_string(), &format!("{path} = {variant:.60}"));
                checked += 1;
            }
        }
        assert!(checked > 5000, "only {checked} variations");
    }

    #[test]
    fn the_fast_path_agrees_on_versions_and_unknown_fields() {
        let mut cases = Vec::new();
        for version in ["1.0", "1.1", "2.0", "0.9", "1.01"] {
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
        // A key written twice: the full check takes the last value; the fast path defers.
        let twice = crate::BUNDLED_JSON.replacen(
            "\"title\": \"Vicarious traumatisation\",",
            "\"title\": \"First\", \"title\": \"Vicarious traumatisation\",",
            1,
        );
        assert!(load(&twice).is_none());
        assert!(full_check(&twice).is_ok());
    }
}
