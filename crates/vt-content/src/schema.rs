//! The JSON Schema of a pack, generated from the Rust types.
//!
//! A test generates the schema from the types' `schemars` derives (their doc comments are
//! its descriptions) and fails when the committed file, `schema/vt-content-pack.schema.json`,
//! differs; the library embeds that file and parses it once. So the schema the loader
//! checks is the one the types generate, and no schema generator runs in the library
//! (177 kB less in the mobile library):
//!
//! ```sh
//! UPDATE_SCHEMA=1 cargo test -p vt-content --lib schema
//! ```

use std::sync::OnceLock;

use serde_json::Value;

/// The most bytes a pack may have, not counting its layout (the whitespace between its
/// tokens), so that a pack loads however it is laid out. Larger input is refused before it
/// is parsed.
pub const MAX_PACK_BYTES: usize = 1024 * 1024;

/// The most bytes the text of a pack may have, layout included: room for any pack within
/// [`MAX_PACK_BYTES`] as [`ContentPack::to_json`](crate::ContentPack::to_json) writes it,
/// which indents each value on a line of its own.
pub const MAX_PACK_TEXT_BYTES: usize = 4 * MAX_PACK_BYTES;

/// The most characters a text may have.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The most items a list may have.
pub const MAX_LIST_ITEMS: usize = 100;

/// The `$id` of the schema of this library's schema version.
pub const SCHEMA_ID: &str = "urn:vt-content:schema:content-pack:1.2";

/// The JSON Schema (draft 2020-12) of a content pack, as this library reads it.
///
/// It is generated from the Rust types, with their doc comments as descriptions, and is
/// the file `schema/vt-content-pack.schema.json` of the repository. The same schema drives
/// the loader's structural checks, so the two always agree.
///
/// ```
/// let schema = vt_content::json_schema();
/// assert_eq!(schema["$id"], vt_content::SCHEMA_ID);
/// assert!(schema["required"].as_array().unwrap().contains(&"signs".into()));
/// ```
pub fn json_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| match serde_json::from_str(SCHEMA_FILE) {
        Ok(schema) => schema,
        Err(error) => panic!("the embedded schema is not JSON: {error}"),
    })
}

/// `schema/vt-content-pack.schema.json`, which the test below keeps the generated schema.
const SCHEMA_FILE: &str = include_str!("../vt-content-pack.schema.json");

#[cfg(test)]
mod generate {
    use schemars::Schema;
    use schemars::generate::SchemaSettings;
    use schemars::transform::transform_subschemas;
    use serde_json::Value;

    use super::{MAX_LIST_ITEMS, MAX_TEXT_CHARS, SCHEMA_FILE, SCHEMA_ID};
    use crate::ContentPack;

    const REGENERATE: &str = "UPDATE_SCHEMA=1 cargo test -p vt-content --lib schema";

    #[test]
    fn the_embedded_schema_is_the_one_the_types_generate() {
        let generated = format!("{:#}\n", generate());
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../schema/vt-content-pack.schema.json");
            std::fs::write(path, &generated).expect("the schema file is writable");
            return;
        }
        assert!(
            SCHEMA_FILE == generated,
            "schema/vt-content-pack.schema.json differs from what the Rust types generate; regenerate it with:\n    {REGENERATE}"
        );
    }

    fn generate() -> Value {
        let schema = SchemaSettings::draft2020_12()
            .with_transform(add_limits)
            .with_transform(optional_is_not_null)
            .with_transform(plain_descriptions)
            .into_generator()
            .into_root_schema_for::<ContentPack>();
        let mut schema = schema.to_value();
        schema["$id"] = SCHEMA_ID.into();
        // Put what a reader looks for first at the top.
        if let Value::Object(object) = &mut schema {
            let mut ordered = serde_json::Map::new();
            for key in ["$schema", "$id", "title", "description"] {
                if let Some(value) = object.remove(key) {
                    ordered.insert(key.to_owned(), value);
                }
            }
            ordered.append(object);
            *object = ordered;
        }
        schema
    }

    /// Makes an optional field (an `Option` in Rust) absent or of its type, never `null`,
    /// as in schema 1.0, where `null` is the wrong type everywhere: a field a pack does not
    /// give is left out. `$schema`, which may be `null`, keeps its schema.
    fn optional_is_not_null(schema: &mut Schema) {
        let required: Vec<Value> = schema
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some(Value::Object(properties)) = schema.get_mut("properties") {
            for (name, property) in properties.iter_mut() {
                if name == "$schema" || required.contains(&Value::from(name.as_str())) {
                    continue;
                }
                let Value::Object(property) = property else {
                    continue;
                };
                if let Some(Value::Array(types)) = property.get_mut("type") {
                    types.retain(|kind| kind != "null");
                    if let [only] = types.as_slice() {
                        let only = only.clone();
                        property.insert("type".to_owned(), only);
                    }
                }
                if let Some(Value::Array(alternatives)) = property.remove("anyOf") {
                    let mut kept: Vec<Value> = alternatives
                        .into_iter()
                        .filter(|alternative| alternative.get("type") != Some(&Value::from("null")))
                        .collect();
                    if kept.len() == 1 {
                        if let Value::Object(only) = kept.remove(0) {
                            property.extend(only);
                        }
                    } else {
                        property.insert("anyOf".to_owned(), Value::Array(kept));
                    }
                }
            }
        }
        transform_subschemas(&mut optional_is_not_null, schema);
    }

    /// Makes each description, written as a Rust doc comment, text for an editor to show:
    /// its paragraphs each on one line, a Rust example left out, and a link to a Rust item
    /// written as the item's name.
    fn plain_descriptions(schema: &mut Schema) {
        if let Some(Value::String(description)) = schema.get_mut("description") {
            *description = plain_description(description);
        }
        transform_subschemas(&mut plain_descriptions, schema);
    }

    /// `doc` as plain text: see [`plain_descriptions`].
    fn plain_description(doc: &str) -> String {
        // Lines into paragraphs, which blank lines end, leaving out fenced examples.
        let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
        let mut in_example = false;
        for line in doc.lines().map(str::trim) {
            if line.starts_with("```") {
                in_example = !in_example;
            } else if line.is_empty() {
                paragraphs.push(Vec::new());
            } else if !in_example {
                paragraphs
                    .last_mut()
                    .expect("one paragraph at least")
                    .push(line);
            }
        }
        let paragraphs: Vec<String> = paragraphs
            .iter()
            .filter(|lines| !lines.is_empty())
            .map(|lines| lines.join(" "))
            .collect();
        let text = paragraphs.join("\n\n");
        // `[name](crate::path)` and `[name]` (an intra-doc link) are written `name`.
        let mut plain = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(start) = rest.find("[`") {
            plain.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let Some(end) = after.find("`]") else {
                plain.push_str(&rest[start..]);
                rest = "";
                break;
            };
            plain.push_str(&after[..end + 1]);
            rest = &after[end + 2..];
            if let Some(link) = rest.strip_prefix('(') {
                rest = link.find(')').map_or(rest, |close| &link[close + 1..]);
            }
        }
        plain.push_str(rest);
        plain
    }

    #[test]
    fn a_description_is_plain_text() {
        let doc = "The version of the content, a\nsemantic version. See [`json_schema`](crate::json_schema)\nand [`ContentPack::guidance`].\n\n```\nlet x = 1;\n\nlet y = 2;\n```\n\nLast.";
        assert_eq!(
            plain_description(doc),
            "The version of the content, a semantic version. See `json_schema` and \
             `ContentPack::guidance`.\n\nLast."
        );
    }

    /// Adds the length limits to every text and every list in the schema.
    fn add_limits(schema: &mut Schema) {
        let is_text = schema.get("type") == Some(&Value::from("string"))
            && ["format", "enum", "const"]
                .iter()
                .all(|key| schema.get(*key).is_none());
        if is_text {
            schema.insert("minLength".to_owned(), 1.into());
            schema.insert("maxLength".to_owned(), MAX_TEXT_CHARS.into());
        }
        if schema.get("type") == Some(&Value::from("array")) {
            schema.insert("minItems".to_owned(), 1.into());
            schema.insert("maxItems".to_owned(), MAX_LIST_ITEMS.into());
        }
        transform_subschemas(&mut add_limits, schema);
    }
}
