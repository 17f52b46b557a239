//! The committed JSON Schema is the one the Rust types generate.

use std::fs;
use std::path::Path;

const REGENERATE: &str = "UPDATE_SCHEMA=1 cargo test -p vt-content --test schema_file";

#[test]
fn the_committed_schema_is_the_generated_one() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/vt-content-pack.schema.json");
    let generated = format!("{:#}\n", vt_content::json_schema());
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        fs::write(&path, &generated).expect("the schema file is writable");
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/vt-content-pack.schema.json differs from what the Rust types generate; regenerate it with:\n    {REGENERATE}"
    );
}

#[test]
fn the_bundled_pack_links_to_the_committed_schema() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let link = vt_content::bundled()
        .schema_link
        .as_deref()
        .expect("the bundled pack has a $schema");
    assert!(
        content.join(link).is_file(),
        "{link} is not the schema file"
    );
}

#[test]
fn every_keyword_of_the_schema_is_one_the_loader_checks_or_an_annotation() {
    const UNDERSTOOD: [&str; 20] = [
        "$schema",
        "$id",
        "$ref",
        "$defs",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "enum",
        "const",
        "oneOf",
        "format",
        "default",
    ];
    fn visit(value: &serde_json::Value, in_properties: bool, unknown: &mut Vec<String>) {
        if let Some(object) = value.as_object() {
            for (key, child) in object {
                if !in_properties && !UNDERSTOOD.contains(&key.as_str()) {
                    unknown.push(key.clone());
                }
                let names_subschemas = matches!(key.as_str(), "properties" | "$defs");
                visit(child, names_subschemas && !in_properties, unknown);
            }
        } else if let Some(items) = value.as_array() {
            items.iter().for_each(|item| visit(item, false, unknown));
        }
    }
    let mut unknown = Vec::new();
    visit(vt_content::json_schema(), false, &mut unknown);
    assert!(unknown.is_empty(), "the loader does not check {unknown:?}");
}
