//! `--locale`, `--catalog` and `vt-content locales`, against the shared catalog fixtures.

use assert_cmd::Command;

const PACKS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/conformance/catalog/packs"
);

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_vt-content"))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("the binary runs");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

#[test]
fn locales_lists_the_bundled_catalog() {
    let (code, out, _) = run(&["locales"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().next().unwrap().split('\t').next(),
        Some("en-GB")
    );
}

#[test]
fn locales_lists_a_directory_with_its_status() {
    let (code, out, _) = run(&["locales", PACKS]);
    assert_eq!(code, 0);
    let locales: Vec<&str> = out
        .lines()
        .filter(|line| !line.starts_with("warning"))
        .filter_map(|line| line.split('\t').next())
        .collect();
    assert_eq!(locales, ["cy", "de", "en-GB", "zh-Hant"]);
    assert!(out.contains("[stale-translation]"));
}

#[test]
fn an_invalid_catalog_is_reported_in_full() {
    let dir = format!("{PACKS}/../invalid/missing-and-extra-items");
    let (code, _, err) = run(&["locales", &dir]);
    assert_eq!(code, 1);
    assert_eq!(err.matches("[missing-item]").count(), 2);
    assert_eq!(err.matches("[extra-item]").count(), 1);
}

#[test]
fn locale_picks_a_pack_with_fallback() {
    for (tag, language) in [
        ("cy-GB", "cy"),
        ("zh-Hant-HK", "zh-Hant"),
        ("en-US", "en-GB"),
    ] {
        let (code, out, _) = run(&[
            "export",
            "--format",
            "jsonld",
            "--catalog",
            PACKS,
            "--locale",
            tag,
        ]);
        assert_eq!(code, 0, "{tag}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["inLanguage"], language, "{tag}");
    }
    let (code, out, err) = run(&["guidance", "--locale", "fr", "withdrawing"]);
    assert_eq!(code, 0);
    assert!(!out.is_empty());
    assert!(err.contains("no pack for fr"));
}

#[test]
fn locale_and_pack_conflict() {
    let (code, _, _) = run(&["show", "--pack", "x.json", "--locale", "cy"]);
    assert_eq!(code, 2);
}

#[test]
fn pseudo_writes_a_pack_that_loads() {
    for tag in ["en-XA", "ar-XB"] {
        let (code, out, _) = run(&["pseudo", "--locale", tag]);
        assert_eq!(code, 0, "{tag}");
        let pack = vt_content::ContentPack::from_json(&out)
            .expect("a valid pack")
            .pack;
        assert_eq!(pack.locale, tag);
        assert_eq!(pack.signs[0].id, vt_content::bundled().signs[0].id);
    }
    let (code, _, _) = run(&["pseudo", "--locale", "fr-XA"]);
    assert_eq!(code, 2);
}
