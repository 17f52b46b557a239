//! The committed JSON Schema, as packs link to it and as the loader reads it. (That it is
//! the schema the Rust types generate is checked beside the generator, in `src/schema.rs`.)

use std::path::Path;

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
    const UNDERSTOOD: [&str; 22] = [
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
        // Beside a format, for editors: the format's own check is the loader's rule.
        "pattern",
        "default",
        // The schema version that brought a field (structure.rs).
        "x-since",
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
