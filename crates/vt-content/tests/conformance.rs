//! Runs the shared fixtures of `tests/conformance/` (see its README) through the loader
//! and the guidance, and checks that the JSON Schema agrees with the loader on them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;
use vt_content::{ContentPack, ErrorKind, LoadError, PseudoLocale, ViolationCode, WarningCode};

#[path = "support/schemas.rs"]
mod schemas;

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

/// A code and a path, as the fixtures write them.
#[derive(Debug, Deserialize, PartialEq, Eq)]
struct Found {
    code: String,
    path: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedWarnings {
    warnings: Vec<Found>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ExpectedError {
    error: String,
    violations: Vec<Found>,
    line: Option<usize>,
    column: Option<usize>,
}

/// Every case of `valid` or `invalid`: its name, the bytes of its pack and its expected JSON.
fn cases(kind: &str) -> Vec<(String, Vec<u8>, String)> {
    let mut cases: Vec<_> = fs::read_dir(conformance_dir().join(kind))
        .expect("the fixture directory exists")
        .map(|entry| {
            let dir = entry.expect("a readable directory entry").path();
            let name = dir
                .file_name()
                .expect("a case name")
                .to_string_lossy()
                .into_owned();
            let pack = fs::read(dir.join("pack.json")).expect("each case has a pack.json");
            let expected =
                fs::read_to_string(dir.join("expected.json")).expect("and an expected.json");
            (name, pack, expected)
        })
        .collect();
    cases.sort();
    assert!(cases.len() >= 5, "too few {kind} cases: {}", cases.len());
    cases
}

fn found(items: impl IntoIterator<Item = (String, String)>) -> Vec<Found> {
    items
        .into_iter()
        .map(|(code, path)| Found { code, path })
        .collect()
}

#[test]
fn valid_packs_load_with_exactly_their_warnings() {
    for (name, pack, expected) in cases("valid") {
        let expected: ExpectedWarnings =
            serde_json::from_str(&expected).expect("expected.json parses");
        let loaded =
            ContentPack::from_slice(&pack).unwrap_or_else(|error| panic!("{name}: {error}"));
        let warnings = found(
            loaded
                .warnings
                .iter()
                .map(|w| (w.code.as_str().to_owned(), w.path.as_str().to_owned())),
        );
        assert_eq!(warnings, expected.warnings, "{name}");
    }
}

/// What loading an invalid case gave, in the fixtures' terms, or why it could not be told.
fn invalid_outcome(pack: &[u8]) -> Result<ExpectedError, String> {
    match ContentPack::from_slice(pack) {
        Ok(_) => Err("the pack loaded".to_owned()),
        Err(error) => error_outcome(&error),
    }
}

/// A refusal in the fixtures' terms, or why it could not be told.
fn error_outcome(error: &LoadError) -> Result<ExpectedError, String> {
    let report = error.report();
    let position = match report.kind {
        ErrorKind::Syntax { line, column } => Some((line, column)),
        ErrorKind::Io => return Err(format!("unexpected error {error}")),
        _ => None,
    };
    if report.violations.iter().any(|v| v.message.is_empty()) {
        return Err("a violation has no message".to_owned());
    }
    Ok(ExpectedError {
        error: report.kind.as_str().to_owned(),
        violations: found(
            report
                .violations
                .into_iter()
                .map(|v| (v.code.as_str().to_owned(), v.path.into())),
        ),
        line: position.map(|(line, _)| line),
        column: position.map(|(_, column)| column),
    })
}

#[test]
fn invalid_packs_give_exactly_their_violations() {
    let mut mismatches = Vec::new();
    for (name, pack, expected) in cases("invalid") {
        let expected: ExpectedError =
            serde_json::from_str(&expected).expect("expected.json parses");
        match invalid_outcome(&pack) {
            Ok(actual) if actual == expected => {}
            Ok(actual) => mismatches.push(format!(
                "{name}:\n  expected {expected:?}\n  actual   {actual:?}"
            )),
            Err(problem) => mismatches.push(format!("{name}: {problem}")),
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Each case of `pseudo` is a case of `valid`: its pack in each pseudo-locale is exactly
/// the text of `<tag>.json`, or is refused with exactly the violations of `<tag>.error.json`.
#[test]
fn pseudo_cases_give_exactly_their_packs_or_violations() {
    let dir = conformance_dir().join("pseudo");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("the pseudo fixtures exist")
        .map(|entry| entry.expect("a readable entry").file_name())
        .collect();
    names.sort();
    assert!(names.len() >= 3, "too few pseudo cases: {names:?}");
    for name in names {
        let name = name.to_string_lossy();
        let source = fs::read(
            conformance_dir()
                .join("valid")
                .join(&*name)
                .join("pack.json"),
        )
        .unwrap_or_else(|_| panic!("pseudo/{name} names a valid case"));
        let source = ContentPack::from_slice(&source).expect("a valid case").pack;
        for locale in [PseudoLocale::EnXa, PseudoLocale::ArXb] {
            let case = format!("pseudo/{name}/{}", locale.tag());
            let file = |suffix: &str| {
                fs::read_to_string(dir.join(&*name).join(format!("{}{suffix}", locale.tag())))
            };
            match (
                vt_content::pseudo(&source, locale),
                file(".json"),
                file(".error.json"),
            ) {
                (Ok(loaded), Ok(expected), Err(_)) => {
                    assert_eq!(loaded.pack.to_json(), expected, "{case}");
                }
                (Err(error), Err(_), Ok(expected)) => {
                    let expected: ExpectedError = serde_json::from_str(&expected).expect("parses");
                    assert_eq!(error_outcome(&error), Ok(expected), "{case}");
                }
                (outcome, json, error) => panic!(
                    "{case}: gave {:?}; has {}.json: {}, .error.json: {}",
                    outcome.map(|loaded| loaded.pack.locale),
                    locale.tag(),
                    json.is_ok(),
                    error.is_ok()
                ),
            }
        }
    }
}

#[test]
fn every_violation_code_has_an_invalid_case() {
    let mut used = BTreeSet::new();
    for (_, _, expected) in cases("invalid") {
        let expected: ExpectedError =
            serde_json::from_str(&expected).expect("expected.json parses");
        used.extend(expected.violations.into_iter().map(|v| v.code));
    }
    used.extend(catalog_codes("invalid/*.expected.json", "violations"));
    let missing: Vec<_> = ViolationCode::ALL
        .iter()
        .map(|code| code.as_str())
        .filter(|code| !used.contains(*code))
        .collect();
    assert!(missing.is_empty(), "no invalid fixture uses {missing:?}");
    assert!(cases("invalid").len() >= 30);
}

#[test]
fn every_warning_code_has_a_valid_case() {
    let mut used = BTreeSet::new();
    for (_, _, expected) in cases("valid") {
        let expected: ExpectedWarnings =
            serde_json::from_str(&expected).expect("expected.json parses");
        used.extend(expected.warnings.into_iter().map(|w| w.code));
    }
    used.extend(catalog_codes("expected.json", "warnings"));
    // A review that is due depends on the day, so loading never reports it.
    let loader_warnings = WarningCode::ALL
        .iter()
        .filter(|code| **code != WarningCode::ReviewOverdue);
    for code in loader_warnings {
        assert!(
            used.contains(code.as_str()),
            "no valid fixture warns {code}"
        );
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidanceCase {
    name: String,
    recognised: Vec<String>,
    expected: Option<ExpectedGuidance>,
    error: Option<ExpectedUnknown>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ExpectedGuidance {
    kind: String,
    urgent_help: Vec<String>,
    recognised_signs: Vec<String>,
    speak_to: Vec<String>,
    self_care_actions: Vec<String>,
    practices: Vec<String>,
    review_status: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ExpectedUnknown {
    code: String,
    id: String,
}

fn ids<'a>(ids: impl IntoIterator<Item = &'a vt_content::Id>) -> Vec<String> {
    ids.into_iter().map(|id| id.to_string()).collect()
}

#[test]
fn guidance_cases_give_exactly_their_ids() {
    let text = fs::read_to_string(conformance_dir().join("guidance.json")).expect("guidance.json");
    let cases: Vec<GuidanceCase> = serde_json::from_str(&text).expect("guidance.json parses");
    assert!(cases.len() >= 5);
    let pack = vt_content::bundled();
    for case in cases {
        match (pack.guidance(&case.recognised), case.expected, case.error) {
            (Ok(guidance), Some(expected), None) => {
                let actual = ExpectedGuidance {
                    kind: guidance.kind.as_str().to_owned(),
                    urgent_help: guidance
                        .urgent_help
                        .iter()
                        .flat_map(|help| ids(help.contacts.iter().map(|c| &c.id)))
                        .collect(),
                    recognised_signs: ids(guidance.recognised_signs.iter().map(|s| &s.id)),
                    speak_to: ids(guidance.speak_to.iter().map(|r| &r.id)),
                    self_care_actions: ids(guidance.self_care_actions.iter().map(|a| &a.id)),
                    practices: ids(guidance.practices.iter().map(|p| &p.id)),
                    review_status: guidance.review.status.map(|s| s.as_str().to_owned()),
                };
                assert_eq!(actual, expected, "{}", case.name);
            }
            (Err(error), None, Some(expected)) => {
                let actual = ExpectedUnknown {
                    code: vt_content::UnknownSign::CODE.to_owned(),
                    id: error.id,
                };
                assert_eq!(actual, expected, "{}", case.name);
            }
            (outcome, _, _) => panic!("{}: unexpected outcome {outcome:?}", case.name),
        }
    }
}

/// The codes of the rules the JSON Schema itself states; the other rules (formats, text
/// rules, whole-pack rules) are the loader's alone.
const SCHEMA_RULES: [ViolationCode; 8] = [
    ViolationCode::InvalidType,
    ViolationCode::MissingField,
    ViolationCode::UnknownField,
    ViolationCode::InvalidEnumValue,
    ViolationCode::TooFewItems,
    ViolationCode::TooManyItems,
    ViolationCode::EmptyText,
    ViolationCode::TextTooLong,
];

/// The committed schema, checked by an independent validator, accepts exactly the packs
/// that break none of the schema's rules in the loader's eyes, but those that break only
/// rules it states in part (formats with a pattern, opening hours), which it may refuse
/// or not.
#[test]
fn the_schema_and_the_loader_agree_on_every_fixture() {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/vt-content-pack.schema.json");
    let schema: Value =
        serde_json::from_str(&fs::read_to_string(schema_path).expect("the committed schema"))
            .expect("the schema is JSON");
    // A pack of an earlier minor version is judged by that version's schema.
    let validators = schemas::validators(&schema);
    let mut compared = 0;
    for (name, pack, _) in cases("valid").into_iter().chain(cases("invalid")) {
        let outcome = ContentPack::from_slice(&pack);
        let (breaks_schema_rules, breaks_partly_stated_rules) = match &outcome {
            Ok(loaded) => (
                loaded
                    .warnings
                    .iter()
                    .any(|w| w.code == WarningCode::IgnoredField),
                false,
            ),
            Err(LoadError::Invalid(violations)) => (
                violations.iter().any(|v| SCHEMA_RULES.contains(&v.code)),
                violations
                    .iter()
                    .any(|v| schemas::PARTLY_STATED_RULES.contains(&v.code)),
            ),
            // Not JSON, or not read at all: there is nothing for a schema to judge.
            Err(_) => continue,
        };
        if outcome
            .as_ref()
            .is_err_and(|e| e.violations()[0].code == ViolationCode::PackTooLarge)
        {
            continue;
        }
        let instance: Value =
            serde_json::from_slice(&pack).expect("a pack that was checked is JSON");
        let valid = validators[schemas::minor_of(&instance)].is_valid(&instance);
        if breaks_schema_rules || !breaks_partly_stated_rules {
            assert_eq!(
                valid, !breaks_schema_rules,
                "{name}: the schema and the loader disagree"
            );
        }
        compared += 1;
    }
    assert!(compared >= 25, "only {compared} fixtures compared");
}

/// The codes of the catalog rules, from the fixtures in `catalog/` (see `tests/catalog.rs`).
fn catalog_codes(pattern: &str, list: &str) -> Vec<String> {
    let dir = conformance_dir().join("catalog");
    let files: Vec<_> = match pattern.split_once("/*") {
        Some((sub, suffix)) => fs::read_dir(dir.join(sub))
            .expect("the catalog fixtures exist")
            .map(|entry| entry.expect("an entry").path())
            .filter(|path| path.to_string_lossy().ends_with(suffix))
            .collect(),
        None => vec![dir.join(pattern)],
    };
    let mut codes = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).expect("a catalog fixture");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        for item in value[list].as_array().into_iter().flatten() {
            codes.extend(item["code"].as_str().map(str::to_owned));
        }
    }
    codes
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectionCase {
    locale: String,
    direction: String,
}

#[test]
fn a_pack_in_each_locale_has_its_direction() {
    let text =
        fs::read_to_string(conformance_dir().join("direction.json")).expect("direction.json");
    let cases: Vec<DirectionCase> = serde_json::from_str(&text).expect("direction.json parses");
    let minimal = fs::read_to_string(conformance_dir().join("valid/minimal-pack/pack.json"))
        .expect("the minimal pack");
    let mut wrong = Vec::new();
    for case in &cases {
        let pack = minimal.replacen(
            "\"locale\": \"en-GB\"",
            &format!("\"locale\": \"{}\"", case.locale),
            1,
        );
        let pack = ContentPack::from_json(&pack)
            .expect("the minimal pack in another locale")
            .pack;
        assert_eq!(pack.locale, case.locale.as_str());
        if pack.locale.direction().as_str() != case.direction {
            wrong.push(&case.locale);
        }
    }
    assert!(wrong.is_empty(), "wrong direction for {wrong:?}");
    assert!(cases.iter().any(|case| case.direction == "rtl"));
}
