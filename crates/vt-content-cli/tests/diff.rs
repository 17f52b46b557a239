//! `vt-content diff OLD NEW`: the changes in each format, and the exit status of the
//! version check.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use vt_content::BUNDLED_JSON;

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../vt-content/content")
}

/// Runs the binary with `args`, returning its exit code, standard output and error.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_vt-content"))
        .env_remove("NO_COLOR")
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        String::from_utf8(output.stderr).expect("UTF-8 errors"),
    )
}

/// The bundled pack's text with each `(from, to)` replacement made once, in a file.
fn edited(dir: &Path, name: &str, replacements: &[(&str, &str)]) -> String {
    let mut text = BUNDLED_JSON.to_owned();
    for (from, to) in replacements {
        assert!(text.contains(from), "{from} is not in the bundled pack");
        text = text.replacen(from, to, 1);
    }
    let path = dir.join(name);
    fs::write(&path, text).expect("the test writes its file");
    path.display().to_string()
}

fn released(version: &str) -> String {
    content()
        .join(format!("released/{version}.json"))
        .display()
        .to_string()
}

fn bundled() -> String {
    content().join("en-GB.json").display().to_string()
}

/// The bundled pack's version.
fn version() -> String {
    vt_content::bundled().version.to_string()
}

/// The bundled pack's `version` field, and that field at the next patch or minor
/// version: `(from, to)` for `edited`.
fn bump(minor: bool) -> (String, String) {
    let v = vt_content::bundled().version.as_semver().clone();
    let next = if minor {
        format!("{}.{}.0", v.major, v.minor + 1)
    } else {
        format!("{}.{}.{}", v.major, v.minor, v.patch + 1)
    };
    let field = |version: &str| format!("\"version\": \"{version}\"");
    (field(&v.to_string()), field(&next))
}

/// What `diff` prints for two packs of the bundled pack's version with no changes.
fn no_changes() -> String {
    format!("{v} -> {v}: no changes\n", v = version())
}

#[test]
fn the_bundled_pack_is_a_proper_bump_over_the_first_release() {
    let (code, stdout, stderr) = run(&["diff", &released("1.0.0"), &bundled()]);
    assert_eq!(code, 0, "{stderr}");
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("1.0.0 -> {}: ", version()))
            && first.ends_with("which need a new minor version"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n  minor  field added at /urgent_help\n"),
        "{stdout}"
    );
    assert_eq!(stderr, "");
}

#[test]
fn a_change_without_the_bump_it_needs_exits_with_1_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let reworded = edited(
        dir.path(),
        "reworded.json",
        &[(
            "\"title\": \"Vicarious traumatisation\"",
            "\"title\": \"Vicarious trauma\"",
        )],
    );
    let (code, stdout, stderr) = run(&["diff", &bundled(), &reworded]);
    assert_eq!(code, 1, "{stdout}");
    assert_eq!(
        stderr,
        format!(
            "error: {v} is no new version over {v}, but the changes need a new patch \
             version: text reworded at /title (patch)\n",
            v = version()
        )
    );
    assert!(
        stdout.contains("  patch  text reworded at /title\n"),
        "{stdout}"
    );

    let (patch, minor) = (bump(false), bump(true));
    let bumped = edited(
        dir.path(),
        "bumped.json",
        &[
            (
                "\"title\": \"Vicarious traumatisation\"",
                "\"title\": \"Vicarious trauma\"",
            ),
            (&patch.0, &patch.1),
        ],
    );
    let (code, _, stderr) = run(&["diff", &bundled(), &bumped]);
    assert_eq!(code, 0, "{stderr}");

    let removed = edited(
        dir.path(),
        "removed.json",
        &[
            (&minor.0, &minor.1),
            (
                "\"speak_to\": [\n        \"trusted-person\",\n",
                "\"speak_to\": [\n",
            ),
        ],
    );
    let (code, stdout, stderr) = run(&["diff", &bundled(), &removed]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("minor  route to speak to `trusted-person` removed from /advice/signs_recognised/speak_to/0"),
        "{stdout}"
    );
}

#[test]
fn json_is_the_library_diff() {
    let (code, stdout, stderr) = run(&["diff", "--format", "json", &released("1.0.0"), &bundled()]);
    assert_eq!(code, 0, "{stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("JSON output");
    let old = vt_content::ContentPack::from_path(released("1.0.0"))
        .unwrap()
        .pack;
    let mut expected = serde_json::to_value(vt_content::diff(&old, vt_content::bundled())).unwrap();
    // With what checking the version gives, as the shared fixtures write it.
    expected["version_check"] = Value::Null;
    assert_eq!(json, expected);
    assert_eq!(json["required_bump"], "minor");
    assert_eq!(json["changes"][0]["kind"], "value-changed");
    assert_eq!(json["changes"][0]["old_path"], "/schema_version");

    // A version that goes back: the code in the JSON, the words on standard error.
    let (code, stdout, stderr) = run(&["diff", "--format", "json", &bundled(), &released("1.0.0")]);
    assert_eq!(code, 1);
    let json: Value = serde_json::from_str(&stdout).expect("JSON output");
    assert_eq!(json["version_check"], "version-decreased");
    assert!(
        stderr.starts_with("error: the version goes back from "),
        "{stderr}"
    );
    // A translation's structure has no version to check.
    let (code, stdout, _) = run(&[
        "diff",
        "--structure",
        "--format",
        "json",
        &bundled(),
        &bundled(),
    ]);
    assert_eq!(code, 0);
    let json: Value = serde_json::from_str(&stdout).expect("JSON output");
    assert!(json.get("version_check").is_none(), "{json}");
}

#[test]
fn markdown_is_a_changelog_entry() {
    let (code, stdout, _) = run(&[
        "diff",
        "--format",
        "markdown",
        &released("1.0.0"),
        &bundled(),
    ]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with(&format!("## {}\n\nSince 1.0.0: ", version())),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n### Added\n\n- field added at `/audience` (minor)\n"),
        "{stdout}"
    );
}

#[test]
fn changed_texts_lists_what_to_translate_again() {
    let dir = tempfile::tempdir().unwrap();
    let patch = bump(false);
    let reworded = edited(
        dir.path(),
        "reworded.json",
        &[
            (&patch.0, &patch.1),
            (
                "\"title\": \"Vicarious traumatisation\"",
                "\"title\": \"Vicarious trauma\"",
            ),
        ],
    );
    let (code, stdout, stderr) = run(&["diff", "--changed-texts", &bundled(), &reworded]);
    assert_eq!((code, stdout.as_str()), (0, "/title\n"), "{stderr}");
    // A translator asks what to translate again, not whether the version is right: the
    // list, with exit 0, even when the new version is not the bump the changes need.
    let unbumped = edited(
        dir.path(),
        "unbumped.json",
        &[(
            "\"title\": \"Vicarious traumatisation\"",
            "\"title\": \"Vicarious trauma\"",
        )],
    );
    let (code, stdout, stderr) = run(&["diff", "--changed-texts", &bundled(), &unbumped]);
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "/title\n", "")
    );
}

#[test]
fn structure_compares_a_translation_by_ids_only() {
    let dir = tempfile::tempdir().unwrap();
    let translation = edited(
        dir.path(),
        "cy.json",
        &[
            ("\"locale\": \"en-GB\"", "\"locale\": \"cy\""),
            (
                "\"title\": \"Vicarious traumatisation\"",
                "\"title\": \"Trawma dirprwyol\"",
            ),
        ],
    );
    let (code, stdout, stderr) = run(&["diff", "--structure", &bundled(), &translation]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "the translation has the structure of its source\n");
    // In a diff of content, the locale is the pack's identity.
    let (code, stdout, _) = run(&["diff", &bundled(), &translation]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("  major  /locale changed from `en-GB` to `cy`\n"),
        "{stdout}"
    );
}

#[test]
fn usage_and_read_errors_exit_with_2_and_invalid_packs_with_1() {
    let missing = content().join("no-such-pack.json").display().to_string();
    for args in [
        &["diff", "-", "-"][..],
        &["diff", &bundled()],
        &["diff", &bundled(), &missing],
        &["diff", "--format", "html", &bundled(), &bundled()],
        &[
            "diff",
            "--structure",
            "--format",
            "markdown",
            &bundled(),
            &bundled(),
        ],
        &[
            "diff",
            "--structure",
            "--changed-texts",
            &bundled(),
            &bundled(),
        ],
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert!(!stderr.is_empty(), "{args:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let invalid = edited(
        dir.path(),
        "invalid.json",
        &[("\"withdrawing\"", "\"Withdrawing\"")],
    );
    let (code, stdout, stderr) = run(&["diff", &bundled(), &invalid]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(stderr.contains("invalid-id"), "{stderr}");
    // Both packs are read, and what is wrong with each is told in one run: two invalid
    // packs give 1, and an unreadable file outweighs an invalid pack.
    let also_invalid = edited(
        dir.path(),
        "also.json",
        &[("\"kind\": \"ground\"", "\"kind\": \"dance\"")],
    );
    let (code, _, stderr) = run(&["diff", &invalid, &also_invalid]);
    assert_eq!(code, 1, "{stderr}");
    let codes: Vec<_> = ["invalid-id", "invalid-enum-value"]
        .iter()
        .map(|code| stderr.matches(code).count())
        .collect();
    assert_eq!(codes, [1, 1], "{stderr}");
    assert!(
        stderr.find("invalid.json") < stderr.find("also.json"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["diff", &invalid, &missing]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("invalid-id") && stderr.contains("no-such-pack.json"),
        "{stderr}"
    );
}

/// Fields of a newer minor version of the format are left out of both packs, so the
/// diff cannot see changes in them: the version check says it cannot vouch for it.
#[test]
fn fields_this_tool_does_not_read_stop_the_version_check() {
    let dir = tempfile::tempdir().unwrap();
    let newer = |name: &str, icon: &str| {
        edited(
            dir.path(),
            name,
            &[
                ("\"schema_version\": \"1.1\"", "\"schema_version\": \"1.9\""),
                (
                    "\"id\": \"withdrawing\",",
                    &format!("\"id\": \"withdrawing\", \"icon\": \"{icon}\","),
                ),
            ],
        )
    };
    let (old, new) = (newer("old.json", "heart"), newer("new.json", "skull"));
    let (code, stdout, stderr) = run(&["diff", &old, &new]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stdout, no_changes());
    assert!(stderr.contains("[ignored-field]"), "{stderr}");
    assert!(
        stderr.contains("the version cannot be checked: 2 fields of schema 1.9"),
        "{stderr}"
    );
    // A program reading the JSON is told too.
    let (code, stdout, stderr) = run(&["diff", "--format", "json", &old, &new]);
    assert_eq!(code, 1, "{stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(json["version_check"], "version-unchecked", "{stdout}");
    // Packs of that schema version with no such field are compared in full, and pass.
    let plain = edited(
        dir.path(),
        "plain.json",
        &[("\"schema_version\": \"1.1\"", "\"schema_version\": \"1.9\"")],
    );
    let (code, stdout, stderr) = run(&["diff", &plain, &plain]);
    assert_eq!(
        (code, stdout.as_str()),
        (0, no_changes().as_str()),
        "{stderr}"
    );
    // A field left out of one pack alone stops the check too, in text and in JSON.
    for (old, new) in [(&plain, &new), (&old, &plain)] {
        let (code, stdout, stderr) = run(&["diff", old, new]);
        assert_eq!(
            (code, stdout.as_str()),
            (1, no_changes().as_str()),
            "{stderr}"
        );
        assert!(
            stderr.contains("the version cannot be checked: 1 field of schema 1.9"),
            "{stderr}"
        );
        let (code, stdout, stderr) = run(&["diff", "--format", "json", old, new]);
        assert_eq!(code, 1, "{stderr}");
        let json: Value = serde_json::from_str(&stdout).expect("JSON");
        assert_eq!(json["version_check"], "version-unchecked", "{stdout}");
    }
}

#[test]
fn help_has_examples() {
    let (code, stdout, _) = run(&["diff", "--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Examples:\n  vt-content diff "), "{stdout}");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let output = Command::new(env!("CARGO_BIN_EXE_vt-content"))
        .args(["diff", "-", &bundled()])
        .write_stdin(BUNDLED_JSON)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stdout), no_changes());
}
