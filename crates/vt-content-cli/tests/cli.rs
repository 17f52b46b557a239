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
            "vt-content {}\nschema version 1.2\nbundled content {} {} ({})\n",
            env!("CARGO_PKG_VERSION"),
            pack.id,
            pack.version,
            pack.locale
        )
    );
}

#[test]
fn every_command_has_help_with_an_example() {
    let (code, help, _) = run(&["--help"]);
    assert_eq!(code, 0);
    // The commands, as the top help lists them: "  NAME  What it does".
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .expect("a list of commands")
        .lines()
        .take_while(|line| !line.is_empty())
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|&command| command != "help")
        .collect();
    assert_eq!(commands.len(), 11, "{commands:?}");
    for command in commands {
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
    assert!(stdout.contains("Review due: 28 November 2027"));
    assert!(stdout.contains("Last reviewed: not yet reviewed"));
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
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[0].starts_with(&format!("{bad}: error: /signs/5/id [invalid-id]: ")));
    assert!(lines[1].starts_with(&format!(
        "{bad}: error: /practices/0/kind [invalid-enum-value]: "
    )));
    assert!(lines[2].starts_with(&format!(
        "{good}: warning: /review/status [unreviewed-draft]: "
    )));
    assert_eq!(
        lines[3],
        "2 files checked: 1 valid, 1 invalid; 2 errors, 1 warning"
    );
}

#[test]
fn validate_shows_warnings_apart_from_errors() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let newer = write(
        dir.path(),
        "newer.json",
        edited(&[
            ("\"schema_version\": \"1.1\"", "\"schema_version\": \"1.3\""),
            ("\"review\": {", "\"colour\": \"red\", \"review\": {"),
            (
                "\"status\": \"draft\"",
                "\"status\": \"reviewed\", \"last_reviewed\": \"2000-01-01\", \"reviewed_by\": {\"role\": \"Editor\", \"organisation\": \"Example\"}",
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
    let huge = write(
        dir.path(),
        "huge.json",
        vec![b' '; vt_content::MAX_PACK_TEXT_BYTES + 1],
    );
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
    let codes: Vec<_> = loaded.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["unreviewed-draft"]);
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

/// `-o` replaces its file whole, never in part: the text goes to a new file beside it,
/// which is renamed over it, so the file keeps its permissions, a link keeps pointing to
/// it, and nothing else is left in the directory. `-o -` is standard output.
#[test]
fn o_replaces_its_file_whole_and_a_dash_is_standard_output() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let target = dir.path().join("pack.json");
    fs::write(&target, "old").expect("written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).expect("set");
        std::os::unix::fs::symlink(&target, dir.path().join("link.json")).expect("a link");
    }
    let through = if cfg!(unix) { "link.json" } else { "pack.json" };
    let through = dir.path().join(through).display().to_string();
    let (code, stdout, stderr) = run(&["export", "-o", &through]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    assert_eq!(fs::read_to_string(&target).expect("read"), BUNDLED_JSON);
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .expect("listed")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(names, ["link.json", "pack.json"]);
        let mode = fs::metadata(&target)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
        assert!(
            fs::symlink_metadata(dir.path().join("link.json"))
                .expect("the link")
                .is_symlink()
        );
    }
    // A link to a file still to be made: the file is made, and the link kept.
    #[cfg(unix)]
    {
        let dangling = dir.path().join("dangling.html");
        std::os::unix::fs::symlink("made.html", &dangling).expect("a link");
        let dangling_text = dangling.display().to_string();
        let (code, _, stderr) = run(&["export", "--format", "html", "-o", &dangling_text]);
        assert_eq!(code, 0, "{stderr}");
        assert!(
            fs::symlink_metadata(&dangling)
                .expect("the link")
                .is_symlink()
        );
        let made = fs::read_to_string(dir.path().join("made.html")).expect("made");
        assert!(made.starts_with("<!DOCTYPE html>"), "{made}");
    }
    let (code, stdout, _) = run(&["export", "--format", "markdown", "-o", "-"]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("# Vicarious traumatisation\n"),
        "{stdout}"
    );
}

/// Standard input is read once: naming it twice is a usage error (2), in every command
/// that reads more than one file, and `import-po -` reads the PO file from it.
#[test]
fn standard_input_is_named_once_and_import_po_reads_it() {
    for args in [
        &[
            "export-po",
            "--locale",
            "cy",
            "--pack",
            "-",
            "--translation",
            "-",
        ][..],
        &["import-po", "x.po", "--pack", "-", "--translation", "-"][..],
        &["import-po", "-", "--pack", "-"][..],
    ] {
        let (code, _, stderr) = output(vt_content().args(args).write_stdin(BUNDLED_JSON));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains("standard input (-) can be read only once"),
            "{stderr}"
        );
    }
    let (_, po, _) = run(&["export-po", "--locale", "cy"]);
    let translated = po.replacen(
        "msgid \"Vicarious traumatisation\"\nmsgstr \"\"",
        "msgid \"Vicarious traumatisation\"\nmsgstr \"Trawma dirprwyol\"",
        1,
    );
    assert_ne!(translated, po);
    let (code, stdout, stderr) = output(
        vt_content()
            .args(["import-po", "-"])
            .write_stdin(translated),
    );
    assert_eq!(code, 0, "{stderr}");
    let pack = ContentPack::from_json(&stdout).expect("a pack").pack;
    assert_eq!(
        (pack.locale.as_str(), pack.title.as_str()),
        ("cy", "Trawma dirprwyol")
    );
}

/// An option that would do nothing is refused, as a typo would otherwise pass unseen.
#[test]
fn options_that_do_nothing_are_refused() {
    for (args, said) in [
        (
            &["export", "--format", "html", "--width", "60"][..],
            "--width applies only to --format text",
        ),
        (
            &["export", "--format", "text", "--width", "7"][..],
            "7 is not in 20..",
        ),
        (
            &[
                "diff",
                "--changed-texts",
                "--format",
                "json",
                "a.json",
                "b.json",
            ][..],
            "'--changed-texts' cannot be used with '--format <FORMAT>'",
        ),
    ] {
        let (code, _, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(said), "{args:?}: {stderr}");
    }
}

/// A file's name is shown with its control characters and changes of direction escaped,
/// and its bytes that are not UTF-8 as `\xNN`: a name in a pull request cannot clear a
/// maintainer's screen, and two names stay two.
#[cfg(unix)]
#[test]
fn file_names_are_shown_with_control_characters_escaped() {
    use std::os::unix::ffi::OsStrExt;

    let dir = tempfile::tempdir().expect("a temporary directory");
    let hostile = dir.path().join("a\u{1b}[2J\u{202e}.json");
    fs::write(&hostile, "{").expect("written");
    let odd = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"bad\xff.json"));
    fs::write(&odd, "{").expect("written");
    let (code, report, _) = output(vt_content().arg("validate").arg(&hostile).arg(&odd));
    assert_eq!(code, 1);
    assert!(
        !report.contains('\u{1b}') && !report.contains('\u{202e}'),
        "{report:?}"
    );
    assert!(
        report.contains("a\\u{1b}[2J\\u{202e}.json:1:1: error:"),
        "{report}"
    );
    assert!(report.contains("bad\\xFF.json:1:1: error:"), "{report}");
    let (code, _, stderr) = output(vt_content().arg("locales").arg(dir.path()));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("a\\u{1b}[2J\\u{202e}.json:1:1: error: "),
        "{stderr}"
    );
}

#[test]
fn markdown_has_every_title_as_a_heading() {
    let (code, markdown, _) = run(&["export", "--format", "markdown"]);
    assert_eq!(code, 0);
    for title in titles() {
        let heading = format!("\"></a>{title}");
        assert!(
            markdown
                .lines()
                .any(|line| line.starts_with("### <a id=\"") && line.ends_with(&heading)),
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
    html_of(&["export", "--format", "html"], pack)
}

/// The HTML that the binary prints for `args`, parsed, with `pack` on standard input.
fn html_of(args: &[&str], pack: Option<&str>) -> Html {
    let mut command = vt_content();
    command.args(args);
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

fn attr<'a>(element: &scraper::ElementRef<'a>, name: &str) -> &'a str {
    element.value().attr(name).unwrap_or_default()
}

/// The JSON-LD of a page: its only script.
fn json_ld(page: &Html) -> Value {
    let scripts = select(page, "script");
    assert_eq!(scripts.len(), 1, "one script");
    assert_eq!(attr(&scripts[0], "type"), "application/ld+json");
    serde_json::from_str(&text(&scripts[0])).expect("JSON-LD")
}

/// What every page must be: valid, headings in order with ids, links that stay on
/// the page and land on a heading, the disclaimer set apart and the credit at the foot.
fn check_page(page: &Html) {
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert_eq!(select(page, "h1").len(), 1);
    let headings = select(page, "h1, h2, h3, h4, h5, h6");
    let levels: Vec<u32> = headings
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
    let ids: Vec<&str> = headings.iter().map(|h| attr(h, "id")).collect();
    assert!(
        ids.iter().all(|id| !id.is_empty()),
        "a heading without an id"
    );
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(select(page, "[src], img, iframe, object, link").is_empty());
    for link in select(page, "[href]") {
        let href = attr(&link, "href");
        // Links out are the contacts' phone numbers and text numbers, never a request.
        if href.starts_with("tel:") || href.starts_with("sms:") {
            continue;
        }
        let target = href.strip_prefix('#').expect("a link on the page");
        assert!(ids.contains(&target), "{target} is not a heading's id");
    }
    let contents: Vec<&str> = select(page, "nav.vt-contents a")
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    let sections: Vec<String> = select(page, "main > section > h2, footer > section > h2")
        .iter()
        .map(|h| format!("#{}", attr(h, "id")))
        .collect();
    assert_eq!(contents, sections);
    let pack = vt_content::bundled();
    let aside = select(page, "body > aside.vt-notice--disclaimer");
    assert_eq!(text(&aside[0]), pack.disclaimer.concat());
    let footer = text(&select(page, "body > footer")[0]);
    assert!(footer.contains(&pack.attribution.notice));
    let times = select(page, "footer time");
    assert_eq!(attr(&times[0], "datetime"), "2027-11-28");
    assert_eq!(text(&times[0]), "28 November 2027");
    let description = select(page, "meta[name=description]");
    assert!(!attr(&description[0], "content").is_empty());
    assert_eq!(select(page, "style").len(), 1);
    assert_eq!(json_ld(page)["@type"], "MedicalWebPage");
}

#[test]
fn html_is_one_accessible_standalone_page() {
    let page = html_export(None);
    check_page(&page);
    let html = &select(&page, "html")[0];
    assert_eq!(html.value().attr("lang"), Some("en-GB"));
    let headings: Vec<String> = select(&page, "h3").iter().map(text).collect();
    for title in titles() {
        assert!(headings.iter().any(|h| h == title), "{title:?}");
    }
    let examples = &vt_content::bundled().practices[0].examples;
    let items: Vec<String> = select(&page, "ul > li").iter().map(text).collect();
    assert!(examples.iter().all(|example| items.contains(example)));
    let speak_to: Vec<&str> = select(&page, "#speak-to + ul a")
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert_eq!(
        speak_to,
        ["#support-trusted-person", "#support-line-manager"]
    );
    assert_eq!(
        json_ld(&page),
        vt_content::render::json_ld(vt_content::bundled())
    );
}

#[test]
fn markdown_anchors_are_the_html_ids() {
    for args in [
        &["export"][..],
        &["guidance", "withdrawing", "low-motivation"],
        &["guidance"],
    ] {
        let mut html_args = args.to_vec();
        html_args.extend(["--format", "html"]);
        let page = html_of(&html_args, None);
        let mut ids: Vec<&str> = select(&page, "[id]")
            .iter()
            .map(|e| attr(e, "id"))
            .collect();
        ids.retain(|id| *id != "title");
        let mut markdown_args = args.to_vec();
        markdown_args.extend(["--format", "markdown"]);
        let (code, markdown, _) = run(&markdown_args);
        assert_eq!(code, 0);
        let anchors: Vec<&str> = markdown
            .split("<a id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert_eq!(anchors, ids, "{args:?}");
        for target in markdown.split("](#").skip(1) {
            let target = target.split(')').next().unwrap_or_default();
            assert!(anchors.contains(&target), "{target}");
        }
    }
}

#[test]
fn html_takes_its_language_from_the_pack_and_escapes_every_text() {
    let hostile = r#"</script><script>alert(\"x\")</script> <!-- & \"q\" 'a' <b>"#;
    let pack = edited(&[
        ("\"en-GB\"", "\"cy\""),
        (
            "\"title\": \"Vicarious traumatisation\",",
            &format!("\"title\": \"Trawma {hostile}\","),
        ),
        (
            "\"Supporting people who are in pain or distress can affect you too.\"",
            &format!("\"Summary {hostile}\""),
        ),
        (
            "\"This guide helps you understand VT. It does not diagnose anything.\"",
            &format!("\"Disclaimer {hostile}\""),
        ),
        (
            "\"source_title\": \"Vicarious traumatisation\"",
            &format!("\"source_title\": \"Source {hostile}\""),
        ),
        (
            "\"title\": \"Pulling away from others\"",
            &format!("\"title\": \"Sign {hostile}\""),
        ),
    ]);
    let (code, raw, stderr) = output(
        vt_content()
            .args(["export", "--format", "html", "--pack", "-"])
            .write_stdin(pack.clone()),
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(raw.matches("<script").count(), 1, "{raw}");
    assert_eq!(raw.matches("</script").count(), 1);
    assert!(!raw.contains("<!--") && !raw.contains("<b>"));
    let page = Html::parse_document(&raw);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("cy"));
    let expected = r#"</script><script>alert("x")</script> <!-- & "q" 'a' <b>"#;
    assert_eq!(text(&select(&page, "h1")[0]), format!("Trawma {expected}"));
    assert_eq!(
        text(&select(&page, "title")[0]),
        format!("Trawma {expected}")
    );
    assert_eq!(
        attr(&select(&page, "meta[name=description]")[0], "content"),
        format!(
            "Summary {expected} {}",
            vt_content::bundled().summary[1..].join(" ")
        )
    );
    assert!(text(&select(&page, "aside.vt-notice--urgent")[0]).starts_with("If you need help now"));
    assert!(
        text(&select(&page, "aside.vt-notice--disclaimer")[0])
            .starts_with(&format!("Disclaimer {expected}"))
    );
    assert!(text(&select(&page, "#sign-withdrawing")[0]).ends_with(expected));
    let value = json_ld(&page);
    assert_eq!(value["name"], format!("Trawma {expected}"));
    assert_eq!(value["isBasedOn"]["name"], format!("Source {expected}"));
    assert_eq!(value["inLanguage"], "cy");

    let (code, markdown, _) = output(
        vt_content()
            .args(["export", "--format", "markdown", "--pack", "-"])
            .write_stdin(pack),
    );
    assert_eq!(code, 0);
    for (at, _) in markdown.match_indices('<') {
        let escaped = at > 0 && markdown.as_bytes()[at - 1] == b'\\';
        let anchor = markdown[at..].starts_with("<a id=\"") || markdown[at..].starts_with("</a>");
        // A link's address is written between `<` and `>`: `[Call 999](<tel:999>)`.
        let address = markdown[..at].ends_with("](");
        assert!(escaped || anchor || address, "{}", &markdown[at..]);
    }
}

#[test]
fn guidance_pages_carry_the_disclaimer_credit_and_review_date() {
    let page = html_of(
        &[
            "guidance",
            "--format",
            "html",
            "withdrawing",
            "low-motivation",
        ],
        None,
    );
    check_page(&page);
    assert_eq!(
        text(&select(&page, "h1")[0]),
        "Guidance for the signs you recognise"
    );
    let signs: Vec<String> = select(&page, "#recognised-signs + ul li")
        .iter()
        .map(text)
        .collect();
    let pack = vt_content::bundled();
    let titles =
        ["withdrawing", "low-motivation"].map(|id| pack.sign(id).expect("a sign").title.as_str());
    assert_eq!(signs, titles);
    let prevention = html_of(&["guidance", "--format", "html"], None);
    check_page(&prevention);
    assert_eq!(text(&select(&prevention, "h1")[0]), "Lowering your risk");

    let (code, markdown, _) = run(&["guidance", "--format", "markdown", "withdrawing"]);
    assert_eq!(code, 0);
    assert!(markdown.starts_with(
        "# Guidance for the signs you recognise\n\n## <a id=\"urgent-help\"></a>If you need help now\n"
    ));
    assert!(markdown.contains("\n\n> This guide helps you understand VT."));
    assert!(markdown.contains(&pack.attribution.notice));
    assert!(markdown.contains("\n- Review due: 28 November 2027\n"));
}

#[test]
fn html_options_make_a_fragment_or_link_a_style_sheet() {
    let (code, fragment, _) = run(&["export", "--format", "html", "--fragment"]);
    assert_eq!(code, 0);
    assert!(fragment.starts_with(
        "<article class=\"vt-document vt-document--pack\" lang=\"en-GB\" dir=\"ltr\">"
    ));
    assert!(!fragment.contains("<style") && !fragment.contains("<body"));
    let parsed = Html::parse_fragment(&fragment);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(select(&parsed, "h1").len(), 1);

    let (code, page, _) = run(&[
        "guidance",
        "--format",
        "html",
        "--stylesheet",
        "/css/vt.css?a=1&b=\"2\"",
    ]);
    assert_eq!(code, 0);
    let page = Html::parse_document(&page);
    assert!(select(&page, "style").is_empty());
    let links = select(&page, "link[rel=stylesheet]");
    assert_eq!(attr(&links[0], "href"), "/css/vt.css?a=1&b=\"2\"");

    for args in [
        &["export", "--format", "markdown", "--fragment"][..],
        &["export", "--stylesheet", "a.css"],
        &["guidance", "--fragment"],
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(stderr.contains("applies only to --format html"), "{stderr}");
    }

    // A fragment has no styles of its own, so a style sheet for it would be ignored.
    for command in ["export", "guidance"] {
        let args = [
            command,
            "--format",
            "html",
            "--fragment",
            "--stylesheet",
            "a.css",
        ];
        let (code, stdout, stderr) = run(&args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}");
        assert!(
            stderr.contains("'--fragment' cannot be used with '--stylesheet <HREF>'"),
            "{stderr}"
        );
    }
}

#[test]
fn an_id_prefix_starts_the_ids_of_html_and_markdown() {
    let (code, fragment, _) = run(&[
        "export",
        "--format",
        "html",
        "--fragment",
        "--id-prefix",
        "vt",
    ]);
    assert_eq!(code, 0);
    let parsed = Html::parse_fragment(&fragment);
    let headings = select(&parsed, "h1, h2, h3");
    assert!(!headings.is_empty());
    assert!(headings.iter().all(|h| attr(h, "id").starts_with("vt-")));
    assert_eq!(attr(&headings[0], "id"), "vt-title");
    let links = select(&parsed, "a[href^='#']");
    assert!(links.iter().all(|a| attr(a, "href").starts_with("#vt-")));
    let (code, markdown, _) = run(&[
        "guidance",
        "--format",
        "markdown",
        "--id-prefix",
        "vt",
        "withdrawing",
    ]);
    assert_eq!(code, 0);
    assert!(
        markdown.contains("\n## <a id=\"vt-recognised-signs\"></a>"),
        "{markdown}"
    );

    let (code, stdout, stderr) = run(&["export", "--format", "text", "--id-prefix", "vt"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("--id-prefix applies only to --format html or markdown"),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&["export", "--format", "html", "--id-prefix", "My page"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("\"My page\" is not a kebab-case id"),
        "{stderr}"
    );
}

#[test]
fn text_and_json_ld_exports() {
    let (code, text, _) = run(&["export", "--format", "text", "--width", "44"]);
    assert_eq!(code, 0);
    assert!(text.starts_with("Vicarious traumatisation\n"));
    assert!(text.lines().all(|line| line.chars().count() <= 44));
    assert!(!text.contains('\u{1b}'));
    let (code, json, _) = run(&["export", "--format", "jsonld"]);
    assert_eq!(code, 0);
    let value: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value, vt_content::render::json_ld(vt_content::bundled()));
    assert_eq!(value["@context"], "https://schema.org");
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
    // The library's guidance, with the pack it comes from (`--locale` may fall back).
    let mut with_pack = serde_json::to_value(&expected).expect("JSON");
    with_pack["locale"] = "en-GB".into();
    with_pack["direction"] = "ltr".into();
    with_pack["version"] = pack.version.to_string().into();
    assert_eq!(guidance, with_pack);

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

    // Every unknown id is named, once each, in the order given.
    let (code, _, stderr) = run(&["guidance", "sad", "withdrawing", "tired", "sad"]);
    assert_eq!(code, 2);
    let lines: Vec<&str> = stderr.lines().take(2).collect();
    assert_eq!(
        lines,
        [
            "error: \"sad\" is not the id of a sign in this pack",
            "error: \"tired\" is not the id of a sign in this pack; the sign ids are:",
        ]
    );
}

#[test]
fn a_reader_that_closes_standard_output_does_not_change_the_verdict() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/conformance");
    let invalid = format!("{fixtures}/invalid/untrimmed-text/pack.json");
    let valid = format!("{fixtures}/valid/minimal-pack/pack.json");
    for (args, verdict) in [
        (vec!["validate", invalid.as_str()], 1),
        (vec!["validate", "--format", "json", invalid.as_str()], 1),
        (vec!["validate", valid.as_str()], 0),
        (vec!["export"], 0),
    ] {
        // A pipe whose reader is gone before the command writes: every write fails.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_vt-content"))
            .args(&args)
            .stdout(writer)
            .output()
            .expect("run");
        assert_eq!(output.status.code(), Some(verdict), "{args:?}");
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// `-o` never writes over a file the command reads, but where it writes the same pack
/// anew: a PO file, a page or a pseudo-localised copy over a pack would lose it, and so
/// would a pack over its PO file. `import-po --translation cy.json -o cy.json` and
/// `export --pack p.json -o p.json` still update in place.
#[test]
fn o_never_writes_over_an_input_of_another_kind() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let pack = write(dir.path(), "en-GB.json", BUNDLED_JSON);
    let (code, po, stderr) = run(&["export-po", "--locale", "cy", "--pack", &pack]);
    assert_eq!(code, 0, "{stderr}");
    let po_file = write(dir.path(), "cy.po", &po);
    let translation = dir.path().join("cy.json").display().to_string();
    let (code, _, stderr) = run(&["import-po", &po_file, "--pack", &pack, "-o", &translation]);
    assert_eq!(code, 0, "{stderr}");
    let refused: [&[&str]; 6] = [
        &[
            "export-po",
            "--locale",
            "cy",
            "--translation",
            &translation,
            "-o",
            &translation,
        ],
        &["export-po", "--locale", "cy", "--pack", &pack, "-o", &pack],
        &[
            "import-po",
            &po_file,
            "--translation",
            &translation,
            "-o",
            &po_file,
        ],
        &["import-po", &po_file, "--pack", &pack, "-o", &pack],
        &["export", "--pack", &pack, "--format", "html", "-o", &pack],
        &["pseudo", "--locale", "en-XA", "--pack", &pack, "-o", &pack],
    ];
    for args in refused {
        let (before_pack, before_po, before_translation) = (
            fs::read(&pack).expect("read"),
            fs::read(&po_file).expect("read"),
            fs::read(&translation).expect("read"),
        );
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}: {stderr}");
        assert!(
            stderr.contains("which this command reads"),
            "{args:?}: {stderr}"
        );
        assert_eq!(fs::read(&pack).expect("read"), before_pack, "{args:?}");
        assert_eq!(fs::read(&po_file).expect("read"), before_po, "{args:?}");
        assert_eq!(
            fs::read(&translation).expect("read"),
            before_translation,
            "{args:?}"
        );
    }
    let updated: [&[&str]; 2] = [
        &[
            "import-po",
            &po_file,
            "--pack",
            &pack,
            "--translation",
            &translation,
            "-o",
            &translation,
        ],
        &["export", "--pack", &pack, "-o", &pack],
    ];
    for args in updated {
        let (code, _, stderr) = run(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
    }
    assert_eq!(fs::read_to_string(&pack).expect("read"), BUNDLED_JSON);
}

/// A pack with fields of a newer minor schema than the tool reads loads (the fields are
/// ignored), but is never written out again as a pack: the written pack would have lost
/// them.
#[test]
fn a_pack_with_fields_this_tool_does_not_know_is_not_written_again() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/conformance/valid/newer-minor-version-with-new-fields/pack.json");
    let newer = write(
        dir.path(),
        "newer.json",
        fs::read(&case).expect("the fixture"),
    );
    let (code, po, stderr) = run(&["export-po", "--locale", "cy", "--pack", &newer]);
    assert_eq!(code, 0, "export-po reads it: {stderr}");
    let po_file = write(dir.path(), "cy.po", &po);
    let refused: [&[&str]; 3] = [
        &["export", "--pack", &newer],
        &["pseudo", "--locale", "en-XA", "--pack", &newer],
        &["import-po", &po_file, "--pack", &newer],
    ];
    for args in refused {
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}: {stderr}");
        assert!(
            stderr.contains("would be lost from the pack it writes"),
            "{args:?}: {stderr}"
        );
    }
    let (code, html, stderr) = run(&["export", "--pack", &newer, "--format", "html"]);
    assert_eq!(code, 0, "a page draws what the tool knows: {stderr}");
    assert!(html.contains("<html"));
}

/// A pack written into another folder than the one its source was read in links to the
/// same schema from there, so that an editor opening it finds the schema; written to
/// standard output, or read from the bundled pack, its link is as it was.
#[test]
fn a_written_pack_still_finds_its_schema() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schema = repository
        .join("schema/vt-content-pack.schema.json")
        .canonicalize()
        .expect("the schema");
    let source = repository.join("tests/conformance/valid/full-pack/pack.json");
    let source = source.to_str().expect("UTF-8");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let nested = dir.path().join("a/b");
    fs::create_dir_all(&nested).expect("a folder");
    let path = |name: &str| nested.join(name).to_str().expect("UTF-8").to_owned();
    let (code, po, stderr) = run(&["export-po", "--locale", "cy", "--pack", source]);
    assert_eq!(code, 0, "{stderr}");
    let po_file = write(&nested, "cy.po", po);
    for args in [
        &[
            "pseudo",
            "--locale",
            "en-XA",
            "--pack",
            source,
            "-o",
            &path("en-XA.json"),
        ][..],
        &["export", "--pack", source, "-o", &path("copy.json")],
        &[
            "import-po",
            &po_file,
            "--pack",
            source,
            "-o",
            &path("cy.json"),
        ],
    ] {
        let (code, _, stderr) = run(args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        let written = args.last().expect("the output");
        let pack: Value = serde_json::from_slice(&fs::read(written).expect("read")).expect("JSON");
        let link = pack["$schema"].as_str().expect("a link");
        let found = nested.join(link).canonicalize();
        assert_eq!(found.ok().as_ref(), Some(&schema), "{args:?}: {link}");
    }
    let (_, to_stdout, _) = run(&["pseudo", "--locale", "en-XA", "--pack", source]);
    let read: Value = serde_json::from_slice(&fs::read(source).expect("read")).expect("JSON");
    let written: Value = serde_json::from_str(&to_stdout).expect("JSON");
    assert_eq!(written["$schema"], read["$schema"]);
    let (code, _, stderr) = run(&["pseudo", "--locale", "en-XA", "-o", &path("bundled.json")]);
    assert_eq!(code, 0, "{stderr}");
    let bundled = fs::read_to_string(path("bundled.json")).expect("read");
    let link = vt_content::bundled().schema_link.clone().expect("a link");
    assert!(bundled.contains(&format!("\"$schema\": \"{link}\"")));
}
