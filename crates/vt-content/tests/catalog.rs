//! The shared catalog fixtures in `tests/conformance/catalog`: fallback, negotiation,
//! translation status and invalid catalogs.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Value, json};
use vt_content::{Catalog, CatalogError};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/catalog")
}

fn read(name: &str) -> Value {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("a fixture");
    serde_json::from_str(&text).expect("a JSON fixture")
}

fn catalog() -> Catalog {
    Catalog::from_dir(fixtures().join("packs")).expect("the fixture catalog is valid")
}

#[test]
fn the_fixture_catalog_loads_with_its_warnings() {
    let catalog = catalog();
    let expected = read("expected.json");
    let locales: Vec<String> = catalog.locales().iter().map(|l| l.to_string()).collect();
    assert_eq!(json!(locales), expected["locales"]);
    assert_eq!(catalog.default_pack().locale.as_str(), expected["default"]);
    let warnings: Vec<Value> = catalog
        .warnings()
        .iter()
        .map(|w| json!({"file": w.file, "code": w.warning.code.as_str(), "path": w.warning.path.as_str()}))
        .collect();
    assert_eq!(json!(warnings), expected["warnings"]);
}

/// The `*.json` files of a directory as (name, text) pairs, as an app reads its assets.
fn texts(dir: &Path) -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(dir)
        .expect("a fixture directory")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read(&path).expect("a fixture file"))
        })
        .collect()
}

/// Packs given as texts make the catalog that the same files in a directory make, and
/// an invalid set of them the same errors, named by the same names.
#[test]
fn packs_given_as_texts_make_the_catalog_of_their_directory() {
    let dir = fixtures().join("packs");
    let released = texts(&dir.join("released"))
        .into_iter()
        .map(|(name, text)| (format!("released/{name}"), text));
    let all: Vec<(String, Vec<u8>)> = texts(&dir).into_iter().chain(released).collect();
    let from_texts = Catalog::from_texts(all).expect("the fixture catalog is valid");
    let from_dir = catalog();
    assert_eq!(from_texts.packs(), from_dir.packs());
    assert_eq!(from_texts.warnings(), from_dir.warnings());
    assert_eq!(
        from_texts.translation_status(),
        from_dir.translation_status()
    );
    let invalid = fixtures().join("invalid/missing-and-extra-items");
    let (Err(given), Err(read)) = (
        Catalog::from_texts(texts(&invalid)),
        Catalog::from_dir(&invalid),
    ) else {
        panic!("the invalid fixture catalog made a catalog");
    };
    assert_eq!(given.to_string(), read.to_string());
    let (
        CatalogError::Invalid { violations, .. },
        CatalogError::Invalid {
            violations: expected,
            ..
        },
    ) = (given, read)
    else {
        panic!("not invalid catalogs");
    };
    assert_eq!(violations, expected);
    assert!(!violations.is_empty());
}

/// Each translation's completeness and staleness; `changed_since` counts the texts named
/// from the source's earlier version in `packs/released/`.
#[test]
fn the_fixture_catalog_says_how_complete_and_current_each_translation_is() {
    let statuses: Vec<Value> = catalog()
        .translation_status()
        .iter()
        .map(|s| {
            json!({
                "locale": s.locale.as_str(),
                "translates": s.translates.to_string(),
                "stale": s.stale,
                "texts": s.texts,
                "translated": s.translated,
                "changed_since": s.changed_since.as_ref().map(Vec::len),
            })
        })
        .collect();
    assert_eq!(json!(statuses), read("expected.json")["translation_status"]);
}

#[derive(Deserialize)]
struct FallbackCase {
    request: String,
    locale: String,
}

#[test]
fn fallback_cases() {
    let catalog = catalog();
    let cases: Vec<FallbackCase> = serde_json::from_value(read("fallback.json")).unwrap();
    let failures: Vec<String> = cases
        .iter()
        .filter(|case| catalog.get(&case.request).locale != case.locale.as_str())
        .map(|case| {
            let got = &catalog.get(&case.request).locale;
            format!("{:?}: expected {}, got {got}", case.request, case.locale)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(cases.len() >= 15);
}

#[derive(Deserialize)]
struct NegotiationCase {
    name: String,
    header: Option<String>,
    tags: Option<Vec<String>>,
    locale: String,
    requested: Option<String>,
}

#[test]
fn negotiation_cases() {
    let catalog = catalog();
    let cases: Vec<NegotiationCase> = serde_json::from_value(read("negotiation.json")).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let best = match (&case.header, &case.tags) {
            (Some(header), None) => catalog.negotiate_header(header),
            (None, Some(tags)) => catalog.negotiate(tags),
            _ => panic!("{}: a case has a header or tags", case.name),
        };
        let requested = best.requested.as_ref().map(|l| l.to_string());
        if best.pack.locale != case.locale.as_str() || requested != case.requested {
            failures.push(format!(
                "{}: expected {} for {:?}, got {} for {requested:?}",
                case.name, case.locale, case.requested, best.pack.locale
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A header of thousands of ranges, as anyone may send a web server, is read whole: a
/// pack refused at its end stays refused, and the next preference is found. (Which packs
/// a header refuses is worked out once per pack, not for every preference: a 60 KB header
/// took 87 s through Python, and takes 53 ms.)
#[test]
fn a_long_accept_language_header_is_read_whole() {
    let catalog = catalog();
    let header = format!("{}de, cy;q=0.5, de;q=0", "aa, x-y, ".repeat(5_000));
    let best = catalog.negotiate_header(&header);
    assert_eq!(best.pack.locale, "cy");
    assert_eq!(best.requested.unwrap(), "cy");
}

#[test]
fn invalid_catalogs() {
    let invalid = fixtures().join("invalid");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&invalid)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 7);
    let mut failures = Vec::new();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = read(&format!("invalid/{name}.expected.json"));
        let Err(CatalogError::Invalid {
            files, violations, ..
        }) = Catalog::from_dir(&case)
        else {
            failures.push(format!("{name}: the catalog should be refused"));
            continue;
        };
        let files: Vec<Value> = files
            .iter()
            .map(|f| {
                let codes: Vec<&str> = f
                    .report
                    .violations
                    .iter()
                    .map(|v| v.code.as_str())
                    .collect();
                let mut file =
                    json!({"file": f.file, "error": f.report.kind.as_str(), "codes": codes});
                if let Some((line, column)) = f.report.kind.position() {
                    file["at"] = json!([line, column]);
                }
                file
            })
            .collect();
        let violations: Vec<Value> = violations
            .iter()
            .map(|v| json!({"file": v.file, "code": v.violation.code.as_str(), "path": v.violation.path.as_str()}))
            .collect();
        let actual = json!({"files": files, "violations": violations});
        if actual != expected {
            failures.push(format!(
                "{name}:\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_bundled_catalog_is_the_en_gb_pack() {
    let catalog = vt_content::bundled_catalog();
    assert_eq!(catalog.locales(), ["en-GB"]);
    assert_eq!(catalog.get("cy").locale, "en-GB");
    assert!(catalog.warnings().is_empty());
}

/// A translation of an earlier version that lacks what the source has gained since (1.1.0
/// added urgent help) is refused, so that no locale's readers miss it; the violation says
/// which version it translates, and to update it.
#[test]
fn a_translation_that_lacks_what_the_source_gained_since_is_refused_saying_so() {
    let released = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/released/1.0.0.json");
    let old = vt_content::ContentPack::from_path(released)
        .expect("loads")
        .pack;
    let welsh =
        vt_content::import_translation(&old, None, &"cy".parse().unwrap(), &old.version, &[])
            .expect("imports")
            .pack;
    let made = Catalog::from_texts([
        ("en-GB.json", vt_content::BUNDLED_JSON.to_owned()),
        ("cy.json", welsh.to_json()),
    ]);
    let Err(CatalogError::Invalid { violations, .. }) = made else {
        panic!("the catalog is made");
    };
    let missing: Vec<String> = violations
        .iter()
        .filter(|found| found.violation.code.as_str() == "missing-item")
        .map(|found| format!("{}: {}", found.file, found.violation.message))
        .collect();
    let said = |id: &str| {
        format!(
            "cy.json: {id} is in the source pack en-GB.json but not in this one; this \
             translates version 1.0.0 of it: update the translation"
        )
    };
    assert_eq!(
        missing,
        ["emergency-services", "nhs-111", "samaritans", "shout"].map(said)
    );
}

/// Packs given as texts keep their names as given in a catalog's errors, which the error's
/// text shows escaped: a caller finds its own names there.
#[test]
fn names_given_are_kept_and_shown_escaped() {
    let name = "tab\there\u{202e}.json";
    let made = Catalog::from_texts([
        ("en-GB.json", vt_content::BUNDLED_JSON.to_owned()),
        (name, "{".to_owned()),
    ]);
    let Err(error @ CatalogError::Invalid { .. }) = made else {
        panic!("the catalog is made");
    };
    let CatalogError::Invalid { files, .. } = &error else {
        unreachable!()
    };
    assert_eq!(files[0].file, name);
    let text = error.to_string();
    assert!(text.contains("tab\\there\\u{202e}.json: "), "{text}");
    assert!(!text.contains(name), "{text}");
}
