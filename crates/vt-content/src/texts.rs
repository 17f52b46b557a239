//! The texts of a pack, as a translator sees them: every string a reader reads, with its
//! JSON Pointer, and none of the ids and typed values, which are the same in every locale.

use serde_json::Value;

use crate::{ContentPack, JsonPointer, Labels, LoadError, Loaded, SchemaVersion, Translation};

/// Fields whose values are typed or identifying, never text to translate: ids and
/// references, versions, locales, regions, phone numbers, keywords, addresses, dates,
/// times, enumerated values and licence expressions.
const KEPT: &[&str] = &[
    "$schema",
    "schema_version",
    "id",
    "version",
    "locale",
    "region",
    "speak_to",
    "phone",
    "number",
    "keyword",
    "url",
    "expression",
    "status",
    "kind",
    "days",
    "opens",
    "closes",
    "cost",
    "origin",
    "last_reviewed",
    "next_review_due",
    "translation",
];

/// The pack as JSON, with its labels written out (the en-GB ones for a pack without), so
/// that every text a rendering shows is in the value.
pub(crate) fn pack_value(pack: &ContentPack) -> Value {
    let mut pack = pack.clone();
    if pack.labels.is_none() {
        pack.labels = Some(Labels::en_gb());
    }
    serde_json::to_value(&pack).expect("a pack always serializes")
}

/// Loads, with every check, the pack `value` (from [`pack_value`], with its texts
/// changed) as a pack of `locale` that says it is `translation`: what a translated or
/// pseudo-localised pack is. It keeps the source's schema version, or 1.1 for a 1.0
/// source, as `translation` came in 1.1: a catalog warns of a translation whose schema
/// version differs from its source's.
pub(crate) fn load_translated(
    mut value: Value,
    locale: &str,
    translation: Translation,
) -> Result<Loaded, LoadError> {
    const TRANSLATION_SINCE: SchemaVersion = SchemaVersion { major: 1, minor: 1 };
    let source = value["schema_version"]
        .as_str()
        .and_then(|text| text.parse::<SchemaVersion>().ok());
    let version = source.map_or(TRANSLATION_SINCE, |source| source.max(TRANSLATION_SINCE));
    value["schema_version"] = version.to_string().into();
    value["locale"] = locale.into();
    value["translation"] =
        serde_json::to_value(translation).expect("a translation always serializes");
    let text = serde_json::to_string(&value).expect("a pack always serializes");
    ContentPack::from_json(&text)
}

/// Calls `visit` on every text of a pack's JSON value, in document order, with its path.
/// Every value under `labels` is a text, whatever its key.
pub(crate) fn visit_texts_mut(
    value: &mut Value,
    visit: &mut impl FnMut(&JsonPointer, &mut String),
) {
    walk(value, &JsonPointer::root(), false, visit);
}

/// Every text of a pack's JSON value, in document order, with its path.
pub(crate) fn texts(value: &Value) -> Vec<(JsonPointer, String)> {
    let mut copy = value.clone();
    let mut texts = Vec::new();
    visit_texts_mut(&mut copy, &mut |path, text| {
        texts.push((path.clone(), std::mem::take(text)));
    });
    texts
}

fn walk(
    value: &mut Value,
    at: &JsonPointer,
    all_text: bool,
    visit: &mut impl FnMut(&JsonPointer, &mut String),
) {
    match value {
        Value::String(text) => visit(at, text),
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                walk(item, &at.child(index), all_text, visit);
            }
        }
        Value::Object(fields) => {
            for (name, field) in fields.iter_mut() {
                if all_text || name == "labels" {
                    walk(field, &at.child(name), true, visit);
                } else if !KEPT.contains(&name.as_str()) {
                    walk(field, &at.child(name), false, visit);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_what_a_reader_reads_and_nothing_typed() {
        let pack: Value = serde_json::from_str(crate::BUNDLED_JSON).unwrap();
        let texts = texts(&pack);
        let paths: Vec<&str> = texts.iter().map(|(path, _)| path.as_str()).collect();
        assert!(paths.contains(&"/title"));
        assert!(paths.contains(&"/signs/0/title"));
        assert!(paths.contains(&"/labels/signs"));
        for kept in [
            "/id",
            "/version",
            "/locale",
            "/signs/0/id",
            "/schema_version",
        ] {
            assert!(!paths.contains(&kept), "{kept} is not a text");
        }
        assert!(
            !paths
                .iter()
                .any(|path| path.ends_with("/phone") || path.starts_with("/translation"))
        );
        let (_, title) = texts.iter().find(|(path, _)| path == "/title").unwrap();
        assert_eq!(title, "Vicarious traumatisation");
    }
}
