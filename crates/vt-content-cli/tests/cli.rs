//! Runs the built `vt-content` binary: exit codes, standard input, colour, and every
//! export format checked by reading it back.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use scraper::{Html, Selector};
use serde_json::Value;
use vt_content::{BUNDLED_JSON, ContentPack};

/// The binary, with none of the environment that changes colour or width.
fn vt_content() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vt-content"));
    for name in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "COLUMNS"] {
        command.env_remove(name);
    }
    command
}

/// Runs the binary with `args`, returning its exit code, standard output and error.
fn run(args: &[&str]) -> (i32, String, String) {
    output(vt_content().args(args))
}

fn output(command: &mut Command) -> (i32, String, String) {
    let output = command.output().expect("the binary runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        String::from_utf8(output.stderr).expect("UTF-8 errors"),
    )
}

/// The bundled pack's text with each `(from, to)` replacement made once.
fn edited(replacements: &[(&str, &str)]) -> String {
    let mut text = BUNDLED_JSON.to_owned();
    for (from, to) in replacements {
        assert!(text.contains(from), "{from} is not in the bundled pack");
        text = text.replacen(from, to, 1);
    }
    text
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    fs::write(&path, text).expect("the test writes its file");
    path.display().to_string()
}

/// Every title a reader must find in an export of the bundled pack.
fn titles() -> Vec<&'static str> {
    let pack = vt_content::bundled();
    let signs = pack.signs.iter().map(|s| s.title.as_str());
    let actions = pack.self_care_actions.iter().map(|a| a.title.as_str());
    let practices = pack.practices.iter().map(|p| p.title.as_str());
    let routes = pack.support.iter().map(|r| r.title.as_str());
    signs
        .chain(actions)
        .chain(practices)
        .chain(routes)
        .collect()
}

#[test]
fn version_names_the_tool_the_schema_and_the_bundled_content() {
    let pack = vt_content::bundled();
    let (code, stdout, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        format!(
            "vt-content {}\nschema version 1.0\nbundled content {} {} ({})\n",
            env!("CARGO_PKG_VERSION"),
            pack.id,
            pack.version,
            pack.locale
        )
    );
}

#[test]
fn every_command_has_help_with_an_example() {
    for command in ["show", "validate", "export", "schema", "guidance"] {
        let (code, stdout, _) = run(&[command, "--help"]);
        assert_eq!(code, 0, "{command}");
        assert!(stdout.contains("Example"), "{command}: {stdout}");
        assert!(
            stdout.contains(&format!("  vt-content {command}")),
            "{command}: {stdout}"
        );
    }
}

#[test]
fn usage_errors_exit_with_2() {
    let with_stdin = ["validate", "-", "-"];
    for args in [
        &[][..],
        &["show", "--colour"],
        &["export", "--format", "pdf"],
        &["validate", "a.json", "--pack", "b.json"],
        &with_stdin,
        &["guidance", "not-a-sign"],
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert!(!stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn show_draws_every_part_of_the_bundled_pack() {
    let pack = vt_content::bundled();
    let (code, stdout, stderr) = output(vt_content().arg("show").env("COLUMNS", "1000"));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.starts_with(&format!("{}\n", pack.title)));
    let mut expected = titles();
    expected.extend(
        pack.practices
            .iter()
            .flat_map(|p| &p.examples)
            .map(String::as_str),
    );
    expected.extend([
        pack.about.definition[0].as_str(),
        pack.about.burnout.differences[0].as_str(),
        pack.attribution.notice.as_str(),
    ]);
    for text in expected {
        assert!(stdout.contains(text), "{text:?} is not shown");
    }
    let review = format!("Next review due: {}", pack.review.next_review_due);
    assert!(stdout.contains(&review));
}

#[test]
fn show_wraps_to_the_width() {
    let (code, stdout, _) = output(vt_content().arg("show").env("COLUMNS", "40"));
    assert_eq!(code, 0);
    let widest = stdout.lines().map(|line| line.chars().count()).max();
    assert!(widest.is_some_and(|w| (30..=40).contains(&w)), "{widest:?}");
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let escape = "\u{1b}[";
    let (_, piped, _) = run(&["show"]);
    assert!(!piped.contains(escape), "colour in a pipe");
    for args in [
        &["show"][..],
        &["guidance", "withdrawing"],
        &["validate", "/none"],
    ] {
        let forced = || {
            let mut command = vt_content();
            command.args(args).env("CLICOLOR_FORCE", "1");
            command
        };
        let (_, coloured, _) = output(&mut forced());
        assert!(coloured.contains(escape), "{args:?}: no colour when forced");
        let (_, plain, _) = output(forced().env("NO_COLOR", "1"));
        assert!(!plain.contains(escape), "{args:?}: colour with NO_COLOR");
        assert_eq!(plain, anstream::adapter::strip_str(&coloured).to_string());
    }
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let (_, bundled, _) = run(&["show"]);
    let (code, stdin, _) = output(
        vt_content()
            .args(["show", "--pack", "-"])
            .write_stdin(BUNDLED_JSON),
    );
    assert_eq!((code, stdin), (0, bundled));

    let (code, stdout, _) = output(vt_content().args(["validate", "-"]).write_stdin("{"));
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("<stdin>:1:1: error: (whole pack) [json-truncated]: "),
        "{stdout}"
    );
}

#[test]
fn validate_reports_each_violation_on_a_line_then_a_summary() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bad = write(
        dir.path(),
        "bad.json",
        edited(&[
            ("\"withdrawing\"", "\"Withdrawing\""),
            ("\"kind\": \"ground\"", "\"kind\": \"Ground\""),
        ]),
    );
    let good = write(dir.path(), "good.json", BUNDLED_JSON);
    let (code, stdout, stderr) = run(&["validate", &good, &bad]);
    assert_eq!((code, stderr.as_str()), (1, ""));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with(&format!("{bad}: error: /signs/5/id [invalid-id]: ")));
    assert!(lines[1].starts_with(&format!(
        "{bad}: error: /practices/0/kind [invalid-enum-value]: "
    )));
    assert_eq!(
        lines[2],
        "2 files checked: 1 valid, 1 invalid; 2 errors, 0 warnings"
    );
}

#[test]
fn validate_shows_warnings_apart_from_errors() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let newer = write(
        dir.path(),
        "newer.json",
        edited(&[
            ("\"schema_version\": \"1.0\"", "\"schema_version\": \"1.1\""),
            ("\"review\": {", "\"colour\": \"red\", \"review\": {"),
            (
                "\"last_reviewed\": \"2026-11-28\"",
                "\"last_reviewed\": \"2000-01-01\"",
            ),
            (
                "\"next_review_due\": \"2027-11-28\"",
                "\"next_review_due\": \"2001-01-01\"",
            ),
        ]),
    );
    let bad = write(dir.path(), "bad.json", "[]");
    let (code, stdout, _) = run(&["validate", &newer, &bad]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[0].starts_with(&format!("{bad}: error: (whole pack) [invalid-type]: ")));
    assert!(lines[1].starts_with(&format!("{newer}: warning: /colour [ignored-field]: ")));
    assert!(lines[2].starts_with(&format!(
        "{newer}: warning: /review/next_review_due [review-overdue]: the next review was due on 2001-01-01"
    )));
    assert_eq!(
        lines[3],
        "2 files checked: 1 valid, 1 invalid; 1 error, 2 warnings"
    );
}

#[test]
fn validate_exit_codes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let good = write(dir.path(), "good.json", BUNDLED_JSON);
    let bad = write(dir.path(), "bad.json", "not json");
    let missing = dir.path().join("missing.json").display().to_string();
    let directory = dir.path().display().to_string();
    let cases: [(&[&str], i32); 6] = [
        (&[], 0),
        (&[&good], 0),
        (&[&good, &bad], 1),
        (&[&missing], 2),
        (&[&directory], 2),
        (&[&bad, &missing, &good], 2),
    ];
    for (files, expected) in cases {
        let (code, _, _) = output(vt_content().arg("validate").args(files));
        assert_eq!(code, expected, "{files:?}");
    }
}

#[test]
fn unreadable_inputs_get_a_clear_message() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let huge = write(dir.path(), "huge.json", vec![b' '; 3 * 1024 * 1024]);
    let missing = dir.path().join("missing.json").display().to_string();
    let directory = dir.path().display().to_string();
    let (code, stdout, _) = run(&["validate", &huge, &missing, &directory]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with(&format!("{huge}: error: (whole pack) [pack-too-large]: ")));
    assert_eq!(
        lines[1],
        format!("{missing}: error: cannot read it: no such file or directory")
    );
    assert_eq!(
        lines[2],
        format!("{directory}: error: cannot read it: it is a directory, not a pack file")
    );
    assert_eq!(
        lines[3],
        "3 files checked: 0 valid, 1 invalid, 2 unreadable; 1 error, 0 warnings"
    );
}

/// Reading this file fails even for root, so it stands for a file that cannot be read.
#[cfg(target_os = "linux")]
#[test]
fn a_file_that_fails_to_read_is_an_io_error() {
    let (code, stdout, _) = run(&["validate", "/proc/self/mem"]);
    assert_eq!(code, 2);
    assert!(
        stdout.starts_with("/proc/self/mem: error: cannot read it: "),
        "{stdout}"
    );
}

#[test]
fn validate_json_is_a_machine_readable_report() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bad = write(dir.path(), "bad.json", "{\n  \"id\": ]\n}");
    let missing = dir.path().join("missing.json").display().to_string();
    let (code, stdout, _) = run(&["validate", "--format", "json", &bad, &missing]);
    assert_eq!(code, 2);
    let report: Value = serde_json::from_str(&stdout).expect("a JSON report");
    assert_eq!(report["valid"], false);
    assert_eq!(
        report["summary"],
        serde_json::json!({
            "files": 2, "valid": 0, "invalid": 1, "unreadable": 1, "errors": 1, "warnings": 0
        })
    );
    let syntax = &report["files"][0];
    assert_eq!(syntax["file"], bad.as_str());
    assert_eq!(syntax["status"], "invalid");
    assert_eq!(syntax["error"], "syntax");
    assert_eq!((&syntax["line"], &syntax["column"]), (&2.into(), &9.into()));
    assert_eq!(syntax["violations"][0]["code"], "json-syntax");
    assert_eq!(syntax["violations"][0]["path"], "");
    let unreadable = &report["files"][1];
    assert_eq!(unreadable["status"], "unreadable");
    assert_eq!(unreadable["error"], "io");
    assert_eq!(unreadable["message"], "no such file or directory");
}

#[test]
fn other_commands_refuse_an_invalid_or_missing_pack() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let bad = write(
        dir.path(),
        "bad.json",
        edited(&[("\"en-GB\"", "\"English\"")]),
    );
    let (code, stdout, stderr) = run(&["show", "--pack", &bad]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(stderr.starts_with(&format!("{bad}: error: /locale [invalid-locale]: ")));
    let (code, _, stderr) = run(&["export", "--pack", "/nonexistent.json"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "/nonexistent.json: error: cannot read it: no such file or directory\n"
    );
}

#[test]
fn json_export_is_canonical_and_loads_back_equal() {
    let (code, json, _) = run(&["export", "--format", "json"]);
    assert_eq!(code, 0);
    let loaded = ContentPack::from_json(&json).expect("the export loads");
    assert_eq!(&loaded.pack, vt_content::bundled());
    assert_eq!(loaded.warnings, []);
    let (_, again, _) = output(
        vt_content()
            .args(["export", "--pack", "-"])
            .write_stdin(json.clone()),
    );
    assert_eq!(again, json);
}

#[test]
fn export_writes_to_a_file_with_o() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("vt.md");
    let path_text = path.display().to_string();
    let (code, stdout, _) = run(&["export", "--format", "markdown", "-o", &path_text]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    let markdown = fs::read_to_string(&path).expect("the file is written");
    assert!(markdown.starts_with("# Vicarious traumatisation\n"));
    let nowhere = dir.path().join("no/such/dir.md").display().to_string();
    let (code, _, stderr) = run(&["export", "-o", &nowhere]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!("error: cannot write {nowhere}: no such file or directory\n")
    );
}

#[test]
fn markdown_has_every_title_as_a_heading() {
    let (code, markdown, _) = run(&["export", "--format", "markdown"]);
    assert_eq!(code, 0);
    for title in titles() {
        assert!(
            markdown.contains(&format!("\n### {title}\n")),
            "{title:?} is not a heading"
        );
    }
    for example in &vt_content::bundled().practices[0].examples {
        assert!(
            markdown.contains(&format!("\n- {example}\n")),
            "{example:?}"
        );
    }
}

fn html_export(pack: Option<&str>) -> Html {
    let mut command = vt_content();
    command.args(["export", "--format", "html"]);
    if let Some(text) = pack {
        command.args(["--pack", "-"]).write_stdin(text);
    }
    let (code, page, stderr) = output(&mut command);
    assert_eq!(code, 0, "{stderr}");
    Html::parse_document(&page)
}

fn select<'a>(page: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("a valid selector");
    page.select(&selector).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect()
}

#[test]
fn html_is_one_accessible_standalone_page() {
    let page = html_export(None);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let html = &select(&page, "html")[0];
    assert_eq!(html.value().attr("lang"), Some("en-GB"));
    assert_eq!(select(&page, "h1").len(), 1);
    let levels: Vec<u32> = select(&page, "h1, h2, h3, h4, h5, h6")
        .iter()
        .map(|h| u32::from(h.value().name().as_bytes()[1] - b'0'))
        .collect();
    assert_eq!(levels[0], 1);
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "a heading level is skipped: {levels:?}"
        );
    }
    assert!(select(&page, "script").is_empty());
    assert!(select(&page, "[src], [href], link, img, iframe, object").is_empty());
    assert_eq!(select(&page, "style").len(), 1);
    let headings: Vec<String> = select(&page, "h3").iter().map(text).collect();
    for title in titles() {
        assert!(headings.iter().any(|h| h == title), "{title:?}");
    }
    let examples = &vt_content::bundled().practices[0].examples;
    let items: Vec<String> = select(&page, "ul > li").iter().map(text).collect();
    assert!(examples.iter().all(|example| items.contains(example)));
}

#[test]
fn html_takes_its_language_from_the_pack_and_escapes_every_text() {
    let title = "Trawma <script>alert(\\\"x\\\")</script> & \\\"eilaidd\\\"";
    let pack = edited(&[
        ("\"en-GB\"", "\"cy\""),
        (
            "\"title\": \"Vicarious traumatisation\",",
            &format!("\"title\": \"{title}\","),
        ),
    ]);
    let page = html_export(Some(&pack));
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("cy"));
    assert!(select(&page, "script").is_empty());
    let expected = "Trawma <script>alert(\"x\")</script> & \"eilaidd\"";
    assert_eq!(text(&select(&page, "h1")[0]), expected);
    assert_eq!(text(&select(&page, "title")[0]), expected);
}

#[test]
fn schema_prints_the_library_schema() {
    let (code, stdout, _) = run(&["schema"]);
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(&schema, vt_content::json_schema());
}

#[test]
fn guidance_prints_what_the_library_computes() {
    let pack = vt_content::bundled();
    let (code, stdout, _) = run(&["guidance", "--format", "json", "withdrawing"]);
    assert_eq!(code, 0);
    let guidance: Value = serde_json::from_str(&stdout).expect("JSON");
    let expected = pack.guidance(["withdrawing"]).expect("a bundled sign");
    assert_eq!(guidance, serde_json::to_value(&expected).expect("JSON"));

    let (code, stdout, _) = output(
        vt_content()
            .args(["guidance", "withdrawing"])
            .env("COLUMNS", "1000"),
    );
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Guidance for the signs you recognise\n"));
    for route in &expected.speak_to {
        assert!(stdout.contains(&route.title), "{}", route.title);
    }
}

#[test]
fn an_unknown_sign_lists_the_valid_ids() {
    let (code, stdout, stderr) = run(&["guidance", "withdrawing", "sad"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    let mut lines = stderr.lines();
    assert_eq!(
        lines.next(),
        Some("error: \"sad\" is not the id of a sign in this pack; the sign ids are:")
    );
    let ids: Vec<&str> = lines.filter_map(|l| l.split_whitespace().next()).collect();
    let expected: Vec<&str> = vt_content::bundled()
        .signs
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, expected);
}
