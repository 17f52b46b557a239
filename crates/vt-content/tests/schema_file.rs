//! The committed JSON Schema, as packs link to it and as the loader reads it. (That it is
//! the schema the Rust types generate is checked beside the generator, in `src/schema.rs`.)

use std::fs;
use std::path::{Path, PathBuf};

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

/// Every JSON file under `dir` and its subdirectories.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    let mut files = Vec::new();
    for path in entries.map(|entry| entry.expect("a directory entry").path()) {
        if path.is_dir() {
            files.extend(json_files(&path));
        } else if path
            .extension()
            .is_some_and(|extension| extension == "json")
        {
            files.push(path);
        }
    }
    files
}

/// A fixture opened in an editor finds the schema through its `$schema`, wherever it lies.
/// (The releases in `content/released/` are the bundled pack byte for byte, link and all:
/// `tests/released.rs`.)
#[test]
fn every_fixture_that_links_to_the_schema_by_a_relative_path_finds_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schema = root.join("schema/vt-content-pack.schema.json");
    let mut linked = 0;
    let mut broken = Vec::new();
    for file in json_files(&root.join("tests/conformance")) {
        let text = fs::read(&file).expect("a fixture is readable");
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_slice(&text) else {
            continue; // the fixtures of malformed JSON
        };
        let Some(link) = fields.get("$schema").and_then(|link| link.as_str()) else {
            continue;
        };
        if link.contains("://") {
            continue;
        }
        linked += 1;
        let target = file.parent().expect("a fixture is in a folder").join(link);
        if !same_file(&target, &schema) {
            let shown = file.strip_prefix(&root).unwrap_or(&file);
            broken.push(format!("{}: {link}", shown.display()));
        }
    }
    assert!(linked > 100, "only {linked} fixtures link to the schema");
    assert!(
        broken.is_empty(),
        "these links do not find the schema:\n{}",
        broken.join("\n")
    );
}

/// Whether two paths name the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    a.canonicalize().ok() == b.canonicalize().ok()
}

#[test]
fn every_keyword_of_the_schema_is_one_the_loader_checks_or_an_annotation() {
    const UNDERSTOOD: [&str; 23] = [
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
        // Opening hours' `opens` and `closes` together, for editors: the loader's rule
        // (`invalid-opening-hours`) says so and more.
        "dependentRequired",
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
                let names_subschemas =
                    matches!(key.as_str(), "properties" | "$defs" | "dependentRequired");
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
