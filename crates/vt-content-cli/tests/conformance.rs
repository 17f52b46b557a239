//! Runs every shared conformance fixture (`tests/conformance` at the repository's root)
//! through the built binary: `validate --format json` for the packs, `guidance --format
//! json` for the guidance cases. The fixtures are found by listing their directories.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};

/// The warning for an overdue review depends on the day, so loading (and the fixtures)
/// never gives it; it is left out when comparing.
const REVIEW_OVERDUE: &str = "review-overdue";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

/// The case directories under `valid` or `invalid`, sorted; there must be some.
fn cases(kind: &str) -> Vec<PathBuf> {
    let dir = fixtures().join(kind);
    let mut cases: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no fixtures in {}", dir.display());
    cases
}

fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Runs the binary with `args`; returns its exit code, its standard output as JSON (null
/// when it is not JSON) and its standard error.
fn run_json(args: &[&str]) -> (i32, Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_vt-content"))
        .args(args)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let value = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code().expect("an exit code"), value, stderr)
}

/// The report of `validate --format json` on one case's pack, and the exit code.
fn validate(case: &Path) -> (i32, Value) {
    let pack = case.join("pack.json");
    let (code, report, _) = run_json(&["validate", "--format", "json", &pack.to_string_lossy()]);
    (code, report["files"][0].clone())
}

/// The `code` and `path` of each finding in a list, in order.
fn codes_and_paths(findings: &Value) -> Vec<Value> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .filter(|finding| finding["code"] != REVIEW_OVERDUE)
        .map(|finding| json!({ "code": finding["code"], "path": finding["path"] }))
        .collect()
}

#[test]
fn every_valid_pack_is_valid_with_exactly_its_warnings() {
    let mut failures = Vec::new();
    for case in cases("valid") {
        let expected = read_json(&case.join("expected.json"));
        let (code, report) = validate(&case);
        let got = (
            code,
            report["status"].clone(),
            codes_and_paths(&report["warnings"]),
        );
        let want = (0, json!("valid"), codes_and_paths(&expected["warnings"]));
        if got != want {
            failures.push(format!("{}: got {got:?}, want {want:?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_invalid_pack_gives_exactly_its_violations() {
    let mut failures = Vec::new();
    for case in cases("invalid") {
        let expected = read_json(&case.join("expected.json"));
        let (code, report) = validate(&case);
        let got = (
            code,
            report["error"].clone(),
            codes_and_paths(&report["violations"]),
            report["line"].clone(),
            report["column"].clone(),
        );
        let want = (
            1,
            expected["error"].clone(),
            codes_and_paths(&expected["violations"]),
            expected["line"].clone(),
            expected["column"].clone(),
        );
        if got != want {
            failures.push(format!("{}: got {got:?}, want {want:?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The ids of a list of items that have an `id`.
fn ids(items: &Value) -> Value {
    items
        .as_array()
        .into_iter()
        .flatten()
        .map(|item| item["id"].clone())
        .collect()
}

#[test]
fn every_guidance_case_gives_exactly_its_guidance() {
    let Value::Array(cases) = read_json(&fixtures().join("guidance.json")) else {
        panic!("guidance.json is not a list");
    };
    assert!(!cases.is_empty(), "no guidance cases");
    for case in cases {
        let name = &case["name"];
        let mut args = vec!["guidance", "--format", "json", "--"];
        let recognised = case["recognised"].as_array().expect("a list of ids");
        args.extend(recognised.iter().map(|id| id.as_str().expect("an id")));
        let (code, guidance, stderr) = run_json(&args);
        if let Some(error) = case.get("error") {
            assert_eq!(error["code"], "unknown-sign", "{name}");
            assert_eq!(code, 2, "{name}");
            let unknown = format!("error: {} is not the id of a sign", error["id"]);
            assert!(stderr.starts_with(&unknown), "{name}: {stderr}");
            continue;
        }
        assert_eq!(code, 0, "{name}");
        let got = json!({
            "kind": guidance["kind"],
            "urgent_help": ids(&guidance["urgent_help"]["contacts"]),
            "recognised_signs": ids(&guidance["recognised_signs"]),
            "speak_to": ids(&guidance["speak_to"]),
            "self_care_actions": ids(&guidance["self_care_actions"]),
            "practices": ids(&guidance["practices"]),
            "review_status": guidance["review"]["status"],
        });
        assert_eq!(got, case["expected"], "{name}");
    }
}
