//! Runs the shared diff fixtures of `tests/conformance/diff/` (see its README): each case's
//! `old.json` and `new.json` give exactly the changes, bumps, changed texts and version
//! checks of its `expected.json`, and the changelog entry of its `changelog.md`.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use vt_content::{ContentPack, Diff, DiffMode};

fn diff_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance/diff")
}

/// A change as the fixtures write it.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ExpectedChange {
    kind: String,
    old_path: Option<String>,
    new_path: Option<String>,
    bump: String,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Expected {
    mode: String,
    required_bump: String,
    /// In content mode: the code of the version check's error, or `None` when the new
    /// version is the bump the changes need.
    #[serde(default, deserialize_with = "present")]
    version_check: Option<Option<String>>,
    /// In content mode, optional: other versions checked against the changes.
    #[serde(default)]
    version_checks: Vec<VersionCheck>,
    changes: Vec<ExpectedChange>,
    changed_texts: Vec<String>,
}

/// Going from version `old` to version `new` with a case's changes: `result` is the code
/// of the check's error, or `None` when the bump is enough.
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct VersionCheck {
    old: String,
    new: String,
    result: Option<String>,
}

/// A field that may be `null` when present: `Some(None)`, where a missing one is `None`.
fn present<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(deserializer).map(Some)
}

fn load(path: &Path) -> ContentPack {
    let bytes = fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    ContentPack::from_slice(&bytes)
        .unwrap_or_else(|error| panic!("{} does not load: {error}", path.display()))
        .pack
}

/// What a diff gives, written as the fixtures write it, with the checks of the versions
/// that `checks` names.
fn written(diff: &Diff, checks: &[VersionCheck]) -> Expected {
    let path = |path: &Option<vt_content::JsonPointer>| path.as_ref().map(|p| p.to_string());
    let version = |text: &str| {
        text.parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"))
    };
    Expected {
        mode: diff.mode().as_str().to_owned(),
        required_bump: diff.required_bump().as_str().to_owned(),
        version_check: (diff.mode() == DiffMode::Content)
            .then(|| diff.check().err().map(|error| error.code().to_owned())),
        version_checks: checks
            .iter()
            .map(|check| VersionCheck {
                old: check.old.clone(),
                new: check.new.clone(),
                result: diff
                    .check_version(&version(&check.old), &version(&check.new))
                    .err()
                    .map(|error| error.code().to_owned()),
            })
            .collect(),
        changes: diff
            .changes()
            .iter()
            .map(|change| ExpectedChange {
                kind: change.kind.as_str().to_owned(),
                old_path: path(&change.old_path),
                new_path: path(&change.new_path),
                bump: change.bump.as_str().to_owned(),
            })
            .collect(),
        changed_texts: diff
            .changed_texts()
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

#[test]
fn every_diff_case_gives_exactly_the_expected_changes() {
    let mut dirs: Vec<PathBuf> = fs::read_dir(diff_dir())
        .expect("tests/conformance/diff exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "too few diff cases: {}", dirs.len());
    let mut failures = Vec::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = fs::read_to_string(dir.join("expected.json")).expect("an expected.json");
        let expected: Expected =
            serde_json::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
        let (old, new) = (load(&dir.join("old.json")), load(&dir.join("new.json")));
        let diff = match expected.mode.as_str() {
            "content" => vt_content::diff(&old, &new),
            "structure" => vt_content::diff_structure(&old, &new),
            mode => panic!("{name}: unknown mode {mode:?}"),
        };
        let got = written(&diff, &expected.version_checks);
        if got != expected {
            failures.push(format!(
                "{name}:\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
        if diff.mode() == DiffMode::Content {
            let changelog = fs::read_to_string(dir.join("changelog.md")).expect("a changelog.md");
            if diff.changelog_entry() != changelog {
                failures.push(format!(
                    "{name}: changelog.md is not the changelog entry:\n{}",
                    diff.changelog_entry()
                ));
            }
        }
        // A diff of a pack with itself is empty.
        assert!(vt_content::diff(&new, &new).is_empty(), "{name}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
