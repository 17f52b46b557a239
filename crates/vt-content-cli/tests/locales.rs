//! `--locale`, `--catalog` and `vt-content locales`, against the shared catalog fixtures.

use assert_cmd::Command;

const PACKS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/conformance/catalog/packs"
);

/// The file of a released version of the bundled pack.
fn released(version: &str) -> String {
    format!(
        "{}/../vt-content/content/released/{version}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

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
    let source = vt_content::bundled();
    assert_eq!(
        out,
        format!(
            "en-GB\t{}\tsource\t{}\n",
            source.version,
            source.review.status.map_or("", |status| status.as_str())
        ),
        "{out}"
    );
}

#[test]
fn locales_lists_a_directory_with_its_status() {
    let (code, out, err) = run(&["locales", PACKS]);
    assert_eq!(code, 0);
    // Standard output is the list alone; the warnings go to standard error.
    let locales: Vec<&str> = out
        .lines()
        .filter_map(|line| line.split('\t').next())
        .collect();
    assert_eq!(locales, ["ar-XB", "cy", "de", "en-GB", "sr", "zh-Hant"]);
    // Each line: the locale, the pack's version, what it translates (the source pack
    // says it is the source) and its review status, between tabs.
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "ar-XB\t1.1.0\ttranslates en-GB 1.1.0+build.2\tdraft",
            "cy\t1.1.0\ttranslates en-GB 1.1.0\tdraft",
            "de\t1.1.0\ttranslates en-GB 1.0.0\tdraft",
            "en-GB\t1.1.0\tsource\tdraft",
            "sr\t1.1.0\ttranslates en-GB 1.1.0\tdraft",
            "zh-Hant\t1.1.0\ttranslates en-GB 1.2.0\tdraft",
        ]
    );
    assert!(!out.contains("warning"), "{out}");
    assert!(
        err.contains("/de.json: warning: /translation/source_version [stale-translation]"),
        "{err}"
    );
    // sr-Latn.json holds a pack in sr, which is Cyrillic: it is listed as sr.
    assert!(
        err.contains("/sr-Latn.json: warning: /locale [file-named-for-another-locale]: readers of sr-Latn do not get this pack, though its file is named for them: its locale is sr, "),
        "{err}"
    );
}

#[test]
fn an_invalid_catalog_is_reported_in_full() {
    let dir = format!("{PACKS}/../invalid/missing-and-extra-items");
    let (code, _, err) = run(&["locales", &dir]);
    assert_eq!(code, 1);
    assert_eq!(err.matches("[missing-item]").count(), 2);
    assert_eq!(err.matches("[extra-item]").count(), 1);
    // As validate reports: each violation a line, naming its file, then the count; a
    // file's error at its line and column.
    let dir = format!("{PACKS}/../invalid/file-errors-and-catalog-rules");
    let (code, _, err) = run(&["locales", &dir]);
    assert_eq!(code, 1);
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!(
                "{dir}/broken.json:2:1: error: (whole pack) [json-truncated]: the text ends where a value should be"
            ),
            format!(
                "{dir}/de.json: error: /signs/0/id [invalid-id]: \"Feeling-Powerless\" is not a kebab-case id: use lowercase letters and digits in words joined by single hyphens, starting with a letter"
            ),
            format!(
                "{dir}/cy.json: error: /id [pack-id-mismatch]: the pack id is another-pack, but the source pack en-GB.json has vicarious-traumatisation"
            ),
            format!("the catalog {dir} is invalid: 2 files did not load, 1 catalog violation"),
        ]
    );
}

/// A catalog whose only fault is a file that cannot be read is an I/O error (2), as
/// `validate` of that file is; with an invalid pack beside it, an invalid catalog (1).
#[cfg(unix)]
#[test]
fn an_unreadable_file_of_a_catalog_is_an_io_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let source = format!("{PACKS}/en-GB.json");
    std::fs::copy(&source, dir.path().join("en-GB.json")).expect("the source pack");
    let broken = dir.path().join("fr.json");
    std::os::unix::fs::symlink(dir.path().join("absent"), &broken).expect("a broken link");
    let path = dir.path().to_str().expect("a UTF-8 path");
    let (code, _, err) = run(&["locales", path]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("fr.json: "), "{err}");
    let (validate, _, _) = run(&["validate", broken.to_str().expect("UTF-8")]);
    assert_eq!(validate, 2);

    std::fs::write(dir.path().join("de.json"), "{}").expect("an invalid pack");
    let (code, _, err) = run(&["locales", path]);
    assert_eq!(code, 1, "{err}");
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
    let pack = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../vt-content/content/en-GB.json"
    );
    let (code, stdout, stderr) = run(&["show", "--pack", pack, "--locale", "cy"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.contains("'--pack <FILE>' cannot be used with '--locale <TAG>'"),
        "{stderr}"
    );
}

/// A copy of the catalog fixture `packs`, to write into.
fn catalog_copy(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    for folder in ["", "released"] {
        std::fs::create_dir_all(dir.join(folder)).expect("a folder");
        for entry in std::fs::read_dir(std::path::Path::new(PACKS).join(folder)).expect("list") {
            let path = entry.expect("an entry").path();
            if path.is_file() {
                let copy = dir.join(folder).join(path.file_name().expect("a name"));
                std::fs::copy(&path, copy).expect("copy");
            }
        }
    }
    dir
}

/// `export` through a catalog never writes over a file of the catalog, whatever the
/// format: a page over the pack it shows, or another locale's pack over a pack, would lose
/// it. Written elsewhere, it exports.
#[test]
fn export_from_a_catalog_never_writes_over_its_files() {
    let dir = catalog_copy("export-over-catalog");
    let catalog = dir.display().to_string();
    let export_cy = |format: &str, output: &str| {
        run(&[
            "export",
            "--catalog",
            &catalog,
            "--locale",
            "cy",
            "--format",
            format,
            "-o",
            output,
        ])
    };
    for (format, file) in [
        ("html", "cy.json"),
        ("json", "cy.json"),
        ("json", "de.json"),
        ("text", "released/1.0.0.json"),
    ] {
        let target = dir.join(file);
        let before = std::fs::read(&target).expect("read");
        let (code, stdout, stderr) = export_cy(format, &target.display().to_string());
        assert_eq!(
            (code, stdout.as_str()),
            (2, ""),
            "{format} {file}: {stderr}"
        );
        assert!(
            stderr.contains("which this command reads"),
            "{format} {file}: {stderr}"
        );
        assert_eq!(
            std::fs::read(&target).expect("read"),
            before,
            "{format} {file}"
        );
    }
    let elsewhere = scratch("export-from-catalog").join("cy.json");
    let (code, _, stderr) = export_cy("json", &elsewhere.display().to_string());
    assert_eq!(code, 0, "{stderr}");
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&elsewhere).expect("written")).expect("JSON");
    assert_eq!(written["locale"], "cy");
}

/// A catalog does not say which fields of a newer schema its packs' loads ignored, so a
/// pack of a newer schema picked from one is not written again as a pack: it may have lost
/// some. It is still shown; named with `--pack`, it is written when it lost nothing.
#[test]
fn a_catalog_pack_of_a_newer_schema_is_not_written_again() {
    let dir = catalog_copy("newer-schema-in-catalog");
    let file = dir.join("cy.json");
    let mut pack: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("JSON");
    pack["schema_version"] = "1.9".into();
    pack["field_of_schema_1_9"] = serde_json::json!({"kept": true});
    std::fs::write(&file, pack.to_string()).expect("write");
    let catalog = dir.display().to_string();
    let (code, stdout, stderr) = run(&["export", "--catalog", &catalog, "--locale", "cy"]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(
        stderr.contains(
            "the cy pack of the catalog is of schema 1.9, newer than this vt-content reads (1.2)"
        ),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&[
        "export",
        "--catalog",
        &catalog,
        "--locale",
        "cy",
        "--format",
        "text",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.is_empty());
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
    // A tag in any case, as BCP 47 reads it.
    let (code, out, _) = run(&["pseudo", "--locale", "en-xa"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"locale\": \"en-XA\""), "{out}");
    let (code, _, _) = run(&["pseudo", "--locale", "fr-XA"]);
    assert_eq!(code, 2);
}

#[test]
fn translations_reports_an_invalid_catalog_as_json_for_a_program() {
    let dir = format!("{PACKS}/../invalid/file-errors-and-catalog-rules");
    let (code, out, err) = run(&["translations", "--format", "json", &dir]);
    assert_eq!((code, err.as_str()), (1, ""));
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report["catalog"], dir);
    let files: Vec<_> = (report["files"].as_array().expect("files").iter())
        .map(|file| (file["file"].as_str(), file["report"]["error"].as_str()))
        .collect();
    assert_eq!(
        files,
        [
            (Some("broken.json"), Some("syntax")),
            (Some("de.json"), Some("validation"))
        ]
    );
    assert_eq!(report["violations"][0]["file"], "cy.json");
    assert_eq!(
        report["violations"][0]["violation"]["code"],
        "pack-id-mismatch"
    );
}

#[test]
fn export_po_names_the_tag_to_write_for_a_platforms_form() {
    let (code, out, err) = run(&["export-po", "--locale", "cy_GB"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("(a BCP 47 tag joins its parts with hyphens: cy-GB)"),
        "{err}"
    );
}

#[test]
fn pseudo_names_each_text_that_grows_past_the_limit() {
    let pack = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/conformance/valid/unicode-and-longest-text/pack.json"
    );
    let (code, out, err) = run(&["pseudo", "--locale", "en-XA", "--pack", pack]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("en-XA: error: /summary/0 [text-too-long]: ") && err.lines().count() == 1,
        "{err}"
    );
}

/// A scratch directory of its own for a test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

#[test]
fn translations_reports_completeness_and_what_changed_since() {
    let (code, out, err) = run(&["translations", PACKS]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("source: en-GB 1.1.0 (5 translations)\n"),
        "{out}"
    );
    let de = out
        .lines()
        .find(|line| line.starts_with("de: "))
        .expect("de");
    assert!(
        de.contains("stale: translates 1.0.0, the source is at 1.1.0"),
        "{de}"
    );
    assert!(
        out.contains(" changed in the source since 1.0.0: /audience, "),
        "{out}"
    );
    let cy = out
        .lines()
        .find(|line| line.starts_with("cy: "))
        .expect("cy");
    assert!(cy.contains("; current: translates 1.1.0"), "{cy}");
    // A translation's untranslated texts are listed under it; one of the version the
    // source is at has no line of texts changed since.
    assert!(
        out.contains(
            "\ncy: 0% translated (1 of 159 texts); current: translates 1.1.0\n  158 untranslated \
             (missing, or as in the source): /audience, /summary/0, /summary/1, /summary/2, \
             /attribution/source_title, /attribution/source_name, /attribution/publisher, \
             /attribution/notice and 150 more\nde: "
        ),
        "{out}"
    );
    // ar-XB names 1.1.0 with build metadata, which makes no other version.
    assert!(
        out.contains(
            "\nar-XB: 0% translated (1 of 159 texts); current: translates 1.1.0+build.2\n"
        ),
        "{out}"
    );
    // zh-Hant names 1.2.0, a version the source has not reached.
    assert!(
        out.contains("\nzh-Hant: 0% translated (1 of 159 texts); unknown: translates 1.2.0, which the source has not reached (it is at 1.1.0)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "\n  changed in the source since 1.2.0: unknown (the source is only at 1.1.0)\n"
        ),
        "{out}"
    );
    assert!(
        err.contains("/zh-Hant.json: warning: /translation/source_version [future-source-version]: this translates version 1.2.0 of the en-GB pack, which is only at 1.1.0"),
        "{err}"
    );
    assert!(err.contains("[stale-translation]"), "{err}");
    // cy changes NHS 111's region, for Wales.
    assert!(
        err.contains("/cy.json: warning: /urgent_help/contacts/1/region [differs-from-source]: this translation differs from the source pack en-GB.json: /urgent_help/contacts/1/region changed from `GB-ENG` to `GB-WLS`; "),
        "{err}"
    );

    let (code, out, _) = run(&["translations", "--format", "json", PACKS]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let de = report
        .as_array()
        .and_then(|statuses| statuses.iter().find(|status| status["locale"] == "de"))
        .expect("de");
    assert_eq!(de["stale"], true);
    assert!(
        de["changed_since"]
            .as_array()
            .is_some_and(|paths| !paths.is_empty())
    );
    let count = |field: &str| de[field].as_u64().expect(field);
    assert!(count("texts") > count("translated"));
}

/// A stale translation of a version that released/ does not hold: what changed since
/// cannot be told, and the report says to keep that version there.
#[test]
fn translations_says_to_keep_the_version_translated_when_released_lacks_it() {
    let dir = scratch("translations-without-released");
    for name in ["en-GB.json", "de.json"] {
        std::fs::copy(format!("{PACKS}/{name}"), dir.join(name)).expect("copied");
    }
    let (code, out, err) = run(&["translations", dir.to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "source: en-GB 1.1.0 (1 translation)",
            "de: 0% translated (1 of 159 texts); stale: translates 1.0.0, the source is at 1.1.0",
            "  158 untranslated (missing, or as in the source): /audience, /summary/0, \
             /summary/1, /summary/2, /attribution/source_title, /attribution/source_name, \
             /attribution/publisher, /attribution/notice and 150 more",
            "  changed in the source since 1.0.0: unknown (keep that version in released/)",
        ]
    );
}

#[test]
fn a_po_round_trip_writes_a_pack_that_validates_and_keeps_the_texts_not_in_the_file() {
    use vt_content::{JsonPointer, po, translation_units};

    let dir = scratch("po-round-trip");
    let (code, exported, _) = run(&["export-po", "--locale", "cy"]);
    assert_eq!(code, 0);
    let source = vt_content::bundled();
    let cy = "cy".parse().expect("a tag");
    let mut units = translation_units(source, None, None);
    assert_eq!(exported, po::write_po(source, &cy, &units));

    // A translator's file with two texts translated.
    for unit in &mut units {
        unit.target = match unit.path.as_str() {
            "/title" => Some("Trawma dirprwyol".to_owned()),
            "/signs/0/title" => Some("Teimlo'n ddi-rym".to_owned()),
            _ => None,
        };
    }
    let po_file = dir.join("cy.po");
    std::fs::write(&po_file, po::write_po(source, &cy, &units)).expect("written");
    let pack_file = dir.join("cy.json");
    let (code, _, err) = run(&[
        "import-po",
        po_file.to_str().expect("UTF-8"),
        "-o",
        pack_file.to_str().expect("UTF-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("[unreviewed-draft]"), "{err}");
    let (code, out, _) = run(&["validate", pack_file.to_str().expect("UTF-8")]);
    assert_eq!(code, 0, "{out}");
    let pack = vt_content::ContentPack::from_path(&pack_file)
        .expect("loads")
        .pack;
    assert_eq!(pack.title, "Trawma dirprwyol");
    assert_eq!(pack.signs[0].title, "Teimlo'n ddi-rym");
    assert_eq!(pack.summary, source.summary);
    assert_eq!(
        pack.translation.expect("a translation").source_version,
        source.version
    );

    // Exported again with that translation, the file holds its texts.
    let (_, again, _) = run(&[
        "export-po",
        "--locale",
        "cy",
        "--translation",
        pack_file.to_str().expect("UTF-8"),
    ]);
    let texts = po::read_po(&again).expect("reads");
    let title = JsonPointer::parse("/title").expect("a pointer");
    assert!(
        texts
            .units
            .iter()
            .any(|u| u.path == title && u.target.as_deref() == Some("Trawma dirprwyol"))
    );
    // Texts the translation has as the source has them are still to translate.
    assert_eq!(texts.units.len(), 2, "{again}");
    // It is refused in another language.
    let (code, _, err) = run(&[
        "export-po",
        "--locale",
        "de",
        "--translation",
        pack_file.to_str().expect("UTF-8"),
    ]);
    assert_eq!(code, 2);
    let said = format!(
        "the earlier translation {} is in cy, not in de",
        pack_file.display()
    );
    assert!(err.contains(&said), "{err}");
    // So is importing into it, naming that file, with the same exit status.
    let (code, _, err) = run(&[
        "import-po",
        po_file.to_str().expect("UTF-8"),
        "--locale",
        "de",
        "--translation",
        pack_file.to_str().expect("UTF-8"),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&said), "{err}");
    assert!(
        err.contains("note: --locale de overrides the file's Language, cy"),
        "{err}"
    );
}

/// No translation lands on a text it does not translate: a file of texts from another
/// version of the pack is refused by its texts, whatever its header says; one whose texts
/// are this version's imports, as after gettext's msgmerge, which keeps the old header.
#[test]
fn import_po_refuses_the_texts_of_another_version() {
    use vt_content::{po, translation_units};

    let dir = scratch("po-other-version");
    let released = released("1.0.0");
    let old = vt_content::ContentPack::from_path(&released)
        .expect("loads")
        .pack;
    let cy = "cy".parse().expect("a tag");
    let filled = |pack: &vt_content::ContentPack| {
        let mut units = translation_units(pack, None, None);
        for unit in &mut units {
            unit.target = Some(format!("CY {}", unit.source));
        }
        po::write_po(pack, &cy, &units)
    };
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    std::fs::write(path("old.po"), filled(&old)).expect("written");
    let (code, _, err) = run(&["import-po", &path("old.po")]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("old.po:53: error: /disclaimer/1 [other-source-text]: the source text is not"),
        "{err}"
    );
    let version = &vt_content::bundled().version;
    let note = format!(
        "old.po: note: it has the texts of version 1.0.0 of vicarious-traumatisation, and the \
         source pack is version {version}: import it with --pack naming that version"
    );
    assert!(
        err.trim_end().lines().last().unwrap().contains(&note),
        "{err}"
    );
    let (code, _, err) = run(&[
        "import-po",
        &path("old.po"),
        "--pack",
        &released,
        "-o",
        &path("old.json"),
    ]);
    assert_eq!(code, 0, "{err}");
    // Into an earlier translation, which would keep its texts of another version where the
    // file has none: refused, saying how.
    let (code, _, err) = run(&[
        "import-po",
        &path("old.po"),
        "--translation",
        &path("old.json"),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("version 1.0.0 of vicarious-traumatisation"),
        "{err}"
    );
    // This version's texts under the old header: imported, as translating this version.
    let header = format!("vicarious-traumatisation {}", vt_content::bundled().version);
    let current = filled(vt_content::bundled()).replace(&header, "vicarious-traumatisation 1.0.0");
    assert!(current.contains("vicarious-traumatisation 1.0.0"));
    std::fs::write(path("merged.po"), current).expect("written");
    let (code, _, err) = run(&["import-po", &path("merged.po"), "-o", &path("merged.json")]);
    assert_eq!(code, 0, "{err}");
    let merged = vt_content::ContentPack::from_path(path("merged.json"))
        .expect("loads")
        .pack;
    assert_eq!(
        merged.translation.expect("a translation").source_version,
        vt_content::bundled().version
    );
}

/// A translation of an earlier version, exported against this one: the texts reworded
/// since are fuzzy, with their earlier wording, when that version is given; all of its
/// texts are, when it is not. Fuzzy messages are left out of the import.
#[test]
fn export_po_marks_the_texts_reworded_since_the_version_translated_fuzzy() {
    use vt_content::{ChangeKind, ContentPack, JsonPointer, po, translation_units};

    let dir = scratch("po-reworded");
    let old = ContentPack::from_path(released("1.0.0"))
        .expect("loads")
        .pack;
    let mut units = translation_units(&old, None, None);
    for unit in &mut units {
        unit.target = Some(format!("CY {}", unit.source));
    }
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    std::fs::write(
        path("old.po"),
        po::write_po(&old, &"cy".parse().expect("a tag"), &units),
    )
    .expect("written");
    let (code, _, err) = run(&[
        "import-po",
        &path("old.po"),
        "--pack",
        &released("1.0.0"),
        "-o",
        &path("cy.json"),
    ]);
    assert_eq!(code, 0, "{err}");

    let source = vt_content::bundled();
    // The texts of both versions that the source words otherwise now, as the diff pairs
    // them (a paragraph by its wording's place): the older text shows as a translation
    // of the newer. Texts added since have no translation.
    let reworded: Vec<JsonPointer> = vt_content::diff(&old, source)
        .changes()
        .iter()
        .filter(|change| change.kind == ChangeKind::TextChanged && change.old_path.is_some())
        .filter_map(|change| change.new_path.clone())
        .collect();
    let translated_from = |source: &str| {
        run(&[
            "export-po",
            "--locale",
            "cy",
            "--translation",
            &path("cy.json"),
            "--translated-source",
            source,
        ])
    };
    let (code, known, err) = translated_from(&released("1.0.0"));
    assert_eq!(code, 0, "{err}");
    let fuzzy: Vec<&str> = known
        .split("\n\n")
        .filter(|message| message.starts_with("#, fuzzy"))
        .collect();
    assert!(fuzzy.len() > 10, "{known}");
    assert_eq!(fuzzy.len(), reworded.len(), "{known}");
    for message in &fuzzy {
        let context = message
            .lines()
            .find(|l| l.starts_with("msgctxt "))
            .expect("a msgctxt");
        let at = JsonPointer::parse(context.trim_start_matches("msgctxt ").trim_matches('"'));
        assert!(reworded.contains(&at.expect("a pointer")), "{message}");
        assert!(message.contains("\n#| msgid "), "{message}");
    }
    assert!(
        err.contains(&format!(
            "note: {} messages marked fuzzy, reworded since version 1.0.0",
            fuzzy.len()
        )),
        "{err}"
    );
    let texts = po::read_po(&known).expect("reads");
    assert_eq!(texts.fuzzy.len(), fuzzy.len());
    let kept: Vec<&JsonPointer> = texts
        .units
        .iter()
        .map(|unit| &unit.path)
        .filter(|path| reworded.contains(path))
        .collect();
    assert!(kept.is_empty(), "{kept:?}");

    // Without the version translated, nothing can be compared.
    let (code, unknown, err) = run(&[
        "export-po",
        "--locale",
        "cy",
        "--translation",
        &path("cy.json"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("without that version (--translated-source FILE)"),
        "{err}"
    );
    let texts = po::read_po(&unknown).expect("reads");
    assert!(texts.units.is_empty(), "{unknown}");
    assert!(texts.fuzzy.len() > 100);
    assert!(!unknown.contains("#|"));

    // Another version than the one translated is refused.
    let (code, _, err) = translated_from(&released("1.1.0"));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--translated-source is version 1.1.0"),
        "{err}"
    );
    // The version translated, built again: build metadata gives no other precedence.
    let rebuilt = std::fs::read_to_string(released("1.0.0"))
        .expect("read")
        .replacen(r#""version": "1.0.0""#, r#""version": "1.0.0+build.7""#, 1);
    std::fs::write(path("rebuilt.json"), rebuilt).expect("written");
    let (code, again, err) = translated_from(&path("rebuilt.json"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(again, known);
    // The version translated, of the same pack in another locale, is another source.
    let other_locale = std::fs::read_to_string(released("1.0.0"))
        .expect("read")
        .replacen(r#""locale": "en-GB""#, r#""locale": "en-US""#, 1);
    std::fs::write(path("en-US.json"), other_locale).expect("written");
    let (code, _, err) = translated_from(&path("en-US.json"));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(
            "--translated-source is version 1.0.0 of vicarious-traumatisation (en-US), and the \
             translation translates version 1.0.0 of vicarious-traumatisation (en-GB)"
        ),
        "{err}"
    );

    // The file brought up to date is not imported into the translation of 1.0.0, which
    // would keep the older texts left fuzzy and lack the items added since, yet say it
    // translates this version; into a copy of the source, it is.
    std::fs::write(path("up.po"), &known).expect("written");
    let before = std::fs::read(path("cy.json")).expect("read");
    let into_earlier = [
        "import-po",
        &path("up.po"),
        "--translation",
        &path("cy.json"),
        "-o",
        &path("cy.json"),
    ];
    let (code, _, err) = run(&into_earlier);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!(
            "the earlier translation translates version 1.0.0 of the source, not {}",
            source.version
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(path("cy.json")).expect("read"), before);
    let (code, _, err) = run(&["import-po", &path("up.po"), "-o", &path("cy-up.json")]);
    assert_eq!(code, 0, "{err}");
    // Its fuzzy messages are left out, and said so.
    assert!(
        err.contains(&format!(
            "note: {} fuzzy messages left out, as gettext does; the source's texts stay there: ",
            fuzzy.len()
        )),
        "{err}"
    );
    let current = ContentPack::from_path(path("cy-up.json"))
        .expect("loads")
        .pack;
    let translates = current.translation.as_ref().expect("a translation");
    assert_eq!(translates.source_version, source.version);
    // It has what 1.1.0 added, and the source's words where the translation's were of
    // the older wording.
    assert!(old.urgent_help.is_none() && current.urgent_help.is_some());
    let (current, source) = (
        serde_json::to_value(&current).expect("JSON"),
        serde_json::to_value(source).expect("JSON"),
    );
    for path in &reworded {
        assert_eq!(path.resolve(&current), path.resolve(&source), "{path}");
    }
}

/// A scratch directory of its own holding `cy.po`, the bundled pack's texts to translate
/// into Welsh.
fn scratch_with_welsh_po(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    let (code, po, err) = run(&["export-po", "--locale", "cy"]);
    assert_eq!(code, 0, "{err}");
    std::fs::write(dir.join("cy.po"), po).expect("written");
    dir
}

/// An earlier translation of another pack is refused, in export and import: its texts
/// translate another pack's.
#[test]
fn a_translation_of_another_pack_is_refused() {
    let dir = scratch_with_welsh_po("other-pack");
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    let (code, _, err) = run(&["import-po", &path("cy.po"), "-o", &path("cy.json")]);
    assert_eq!(code, 0, "{err}");
    // The warnings are the written pack's, named by its file.
    let warning = format!(
        "{}: warning: /review/status [unreviewed-draft]",
        path("cy.json")
    );
    assert!(err.contains(&warning), "{err}");
    let mut other: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path("cy.json")).expect("read")).expect("JSON");
    other["id"] = "another-pack".into();
    std::fs::write(path("other.json"), other.to_string()).expect("written");
    let expected = format!(
        "the earlier translation {} is of the pack another-pack, not of vicarious-traumatisation",
        path("other.json")
    );
    for args in [
        &[
            "export-po",
            "--locale",
            "cy",
            "--translation",
            &path("other.json"),
        ][..],
        &[
            "import-po",
            &path("cy.po"),
            "--translation",
            &path("other.json"),
            "-o",
            &path("out.json"),
        ],
    ] {
        let (code, stdout, err) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}: {err}");
        assert!(err.contains(&expected), "{args:?}: {err}");
    }
    assert!(!dir.join("out.json").exists());
}

/// A translation platform may rewrite the header's Project-Id-Version (Crowdin to its
/// project's name, Loco to xgettext's `PACKAGE VERSION`): the file imports, with a note,
/// as each message is checked against the source's text. The header as export-po writes
/// it, naming another pack, is still refused.
#[test]
fn a_header_rewritten_by_a_translation_platform_still_imports() {
    let dir = scratch("rewritten-header");
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    let source = vt_content::bundled();
    let mut units = vt_content::translation_units(source, None, None);
    units[1].target = Some("Trawma dirprwyol".to_owned());
    let po = vt_content::po::write_po(source, &"cy".parse().expect("a tag"), &units);
    let ours = format!("vicarious-traumatisation {}", source.version);
    for (header, file) in [
        ("vicarious-traumatisation", "crowdin.po"),
        ("PACKAGE VERSION", "loco.po"),
    ] {
        std::fs::write(path(file), po.replace(&ours, header)).expect("written");
        let (code, _, err) = run(&["import-po", &path(file), "-o", &path("cy.json")]);
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains(&format!(
                "note: {}'s header does not say which version of vicarious-traumatisation its \
                 texts come from (its Project-Id-Version is {header:?}, which a translation \
                 platform may rewrite): each message is checked against the texts of \
                 vicarious-traumatisation {}",
                path(file),
                source.version
            )),
            "{err}"
        );
        let pack = vt_content::ContentPack::from_path(path("cy.json"))
            .expect("loads")
            .pack;
        assert_eq!(pack.title, "Trawma dirprwyol");
    }
    std::fs::write(path("other.po"), po.replace(&ours, "another-pack 1.0.0")).expect("written");
    let (code, _, err) = run(&["import-po", &path("other.po"), "-o", &path("out.json")]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!(
            "{} has the texts of another-pack, not of vicarious-traumatisation",
            path("other.po")
        )),
        "{err}"
    );
    assert!(!dir.join("out.json").exists());
}

/// Texts in the source's own locale are no translation: a catalog could not hold both.
#[test]
fn texts_in_the_source_locale_are_not_imported() {
    let dir = scratch_with_welsh_po("source-locale");
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    let args = [
        "import-po",
        &path("cy.po"),
        "--locale",
        "en-GB",
        "-o",
        &path("en.json"),
    ];
    let (code, stdout, err) = run(&args);
    assert_eq!((code, stdout.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("the texts are in en-GB, the source pack's own locale"),
        "{err}"
    );
    assert!(!dir.join("en.json").exists());
    // Nor are they exported, before anyone translates them.
    for tag in ["en-GB", "en-gb"] {
        let (code, stdout, err) = run(&["export-po", "--locale", tag]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{err}");
        assert!(
            err.contains(&format!(
                "--locale {tag}: the texts are in en-GB, the source pack's own locale"
            )),
            "{err}"
        );
    }
}

/// A header's Language that is no BCP 47 tag is named as written, and `--locale` gives
/// the language instead.
#[test]
fn import_po_names_a_header_language_that_is_no_tag() {
    let dir = scratch_with_welsh_po("language-no-tag");
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    let po = std::fs::read_to_string(path("cy.po")).expect("read");
    assert!(po.contains("\"Language: cy\\n\""), "{po}");
    let welsh = po.replacen("\"Language: cy\\n\"", "\"Language: Welsh (UK)\\n\"", 1);
    std::fs::write(path("welsh.po"), welsh).expect("written");
    let (code, stdout, err) = run(&["import-po", &path("welsh.po"), "-o", &path("cy.json")]);
    assert_eq!((code, stdout.as_str()), (2, ""), "{err}");
    assert!(
        err.contains(&format!(
            "{} has Language \"Welsh (UK)\" in its header, which is not a BCP 47 language tag: \
             give --locale",
            path("welsh.po")
        )),
        "{err}"
    );
    assert!(!dir.join("cy.json").exists());
    let args = [
        "import-po",
        &path("welsh.po"),
        "--locale",
        "cy",
        "-o",
        &path("cy.json"),
    ];
    let (code, _, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("cy.json").exists());
}

/// A PO file imported with texts left untranslated says how many, as `translations`
/// counts them: the pack written holds the source's words there.
#[test]
fn import_po_says_how_many_texts_it_translates() {
    let dir = scratch_with_welsh_po("untranslated");
    let path = |name: &str| dir.join(name).to_str().expect("UTF-8").to_owned();
    let (code, _, err) = run(&["import-po", &path("cy.po"), "-o", &path("cy.json")]);
    assert_eq!(code, 0, "{err}");
    let note = format!(
        "note: {} has 0 of 157 texts translated (0%); 157 are as in the source",
        path("cy.json")
    );
    assert!(err.contains(&note), "{err}");
    // One text translated: the title.
    let po = std::fs::read_to_string(path("cy.po")).expect("read");
    let title = "msgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"\"";
    assert!(po.contains(title), "{po}");
    let po = po.replace(
        title,
        "msgctxt \"/title\"\nmsgid \"Vicarious traumatisation\"\nmsgstr \"Trawma dirprwyol\"",
    );
    std::fs::write(path("cy.po"), po).expect("written");
    let (code, _, err) = run(&["import-po", &path("cy.po"), "-o", &path("cy.json")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("has 1 of 157 texts translated (0%); 156 are"),
        "{err}"
    );
    assert!(err.contains(": /audience, /summary/0,"), "{err}");
}

#[test]
fn import_po_reports_every_broken_text_and_a_broken_file() {
    use vt_content::{po, translation_units};

    let dir = scratch("po-broken");
    let source = vt_content::bundled();
    let mut units = translation_units(source, None, None);
    for unit in &mut units {
        unit.target = match unit.path.as_str() {
            "/title" => Some(" leading space".to_owned()),
            "/summary/0" => Some("x".repeat(2001)),
            _ => None,
        };
    }
    let po_file = dir.join("cy.po");
    let po = po::write_po(source, &"cy".parse().expect("tag"), &units);
    std::fs::write(&po_file, &po).expect("written");
    let (code, out, err) = run(&["import-po", po_file.to_str().expect("UTF-8")]);
    assert_eq!((code, out.as_str()), (1, ""));
    // Each error names the line where its message starts, as a translator's tool shows it.
    let line = |context: &str| {
        1 + po
            .lines()
            .position(|line| line == format!("msgctxt \"{context}\""))
            .expect("the message")
    };
    let name = po_file.to_str().expect("UTF-8");
    for (path, code) in [
        ("/title", "untrimmed-text"),
        ("/summary/0", "text-too-long"),
    ] {
        let expected = format!("{name}:{}: error: {path} [{code}]", line(path));
        assert!(err.contains(&expected), "{expected}: {err}");
    }
    // So does a text that cannot be written.
    let moved = po.replacen("msgctxt \"/summary/0\"", "msgctxt \"/summary/9\"", 1);
    std::fs::write(&po_file, &moved).expect("written");
    let (code, _, err) = run(&["import-po", name]);
    assert_eq!(code, 1);
    let expected = format!(
        "{name}:{}: error: /summary/9 [unknown-text]",
        line("/summary/0")
    );
    assert!(err.contains(&expected), "{expected}: {err}");

    std::fs::write(&po_file, "msgid \"open\n").expect("written");
    let (code, _, err) = run(&["import-po", po_file.to_str().expect("UTF-8")]);
    assert_eq!(code, 1);
    assert!(err.contains("line 1:"), "{err}");
}
