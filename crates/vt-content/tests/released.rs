//! The bundled pack's versions mean something. Every released version is kept, as
//! `content/released/VERSION.json`; each is the version bump its changes need over the
//! one before (see `vt_content::diff`); none changes after its release; the bundled pack
//! `content/en-GB.json` is the newest of them, byte for byte; and `content/CHANGELOG.md`
//! has an entry for each, generated from those diffs.
//!
//! The release step, when `content/en-GB.json` changes:
//!
//! 1. bump its `version` as `vt-content diff content/released/NEWEST.json
//!    content/en-GB.json` asks (it names the change that needs the bump);
//! 2. copy it to `content/released/VERSION.json`;
//! 3. regenerate the changelog: `UPDATE_CHANGELOG=1 cargo test -p vt-content --test released`;
//! 4. pin the release: add the line that `cargo test -p vt-content --test released` prints
//!    to `PINNED` below, so that the release is never edited afterwards;
//! 5. bake the pack into Rust again: `UPDATE_BAKED=1 cargo test -p vt-content --lib bake`.

use std::fs;
use std::path::{Path, PathBuf};

use vt_content::{BUNDLED_JSON, Bump, ContentPack, ContentVersion};

const REGENERATE: &str = "UPDATE_CHANGELOG=1 cargo test -p vt-content --test released";

/// A released version of the bundled pack.
struct Release {
    version: ContentVersion,
    text: String,
    pack: ContentPack,
}

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// Every release, oldest first; each file is named by its pack's version, and loads.
fn releases() -> Vec<Release> {
    let dir = content().join("released");
    let mut releases: Vec<Release> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let version: ContentVersion = name
                .strip_suffix(".json")
                .and_then(|version| version.parse().ok())
                .unwrap_or_else(|| panic!("{name}: a release is named VERSION.json"));
            let text = fs::read_to_string(&path).expect("a release is UTF-8 text");
            let pack = ContentPack::from_json(&text)
                .unwrap_or_else(|error| panic!("{name} does not load: {error}"))
                .pack;
            assert_eq!(pack.version, version, "{name}: the pack's version");
            Release {
                version,
                text,
                pack,
            }
        })
        .collect();
    releases.sort_by(|a, b| a.version.cmp(&b.version));
    assert!(!releases.is_empty(), "no release in {}", dir.display());
    releases
}

/// Whether the bundled pack's text is the newest release, properly bumped; if not, what
/// to do, for the person who changed it.
fn check_bundled(releases: &[Release], bundled: &str) -> Result<(), String> {
    let pack = ContentPack::from_json(bundled)
        .map_err(|error| format!("the bundled pack does not load: {error}"))?
        .pack;
    let newest = releases.last().expect("a release");
    let release_step = |version: &ContentVersion| {
        format!(
            "copy content/en-GB.json to content/released/{version}.json, then regenerate the \
             changelog:\n    {REGENERATE}"
        )
    };
    let diff = vt_content::diff(&newest.pack, &pack);
    diff.check().map_err(|error| {
        let next = next_version(&newest.version, diff.required_bump());
        format!(
            "content/en-GB.json changed since the release {}: {error}.\n\
             Make its version {next}, then {}",
            newest.version,
            release_step(&next)
        )
    })?;
    if bundled == newest.text {
        Ok(())
    } else if pack.version == newest.version {
        Err(format!(
            "content/en-GB.json differs from content/released/{}.json, though no change needs \
             a new version: copy it over",
            newest.version
        ))
    } else {
        Err(format!(
            "content/en-GB.json is version {}, which is not released: {}",
            pack.version,
            release_step(&pack.version)
        ))
    }
}

/// The version after `version` with this bump.
fn next_version(version: &ContentVersion, bump: Bump) -> ContentVersion {
    let (major, minor, patch) = (version.major, version.minor, version.patch);
    let (major, minor, patch) = match bump {
        Bump::Major => (major + 1, 0, 0),
        Bump::Minor => (major, minor + 1, 0),
        Bump::Patch => (major, minor, patch + 1),
        Bump::None => (major, minor, patch),
    };
    semver::Version::new(major, minor, patch).into()
}

/// The changelog: a heading, then an entry per release, newest first.
fn changelog(releases: &[Release]) -> String {
    let mut text = String::from(
        "# Changelog of the bundled content\n\n\
         Every released version of the bundled pack, `content/en-GB.json`, newest first: what\n\
         changed since the version before, and the version bump it needs (see \"Content versions\"\n\
         in the README). Each version is kept in `content/released/`. This file is generated from\n\
         them: do not edit it; regenerate it with\n\
         `UPDATE_CHANGELOG=1 cargo test -p vt-content --test released`.\n",
    );
    for (index, release) in releases.iter().enumerate().rev() {
        text += "\n";
        text += &match index.checked_sub(1).map(|before| &releases[before]) {
            Some(before) => vt_content::diff(&before.pack, &release.pack).changelog_entry(),
            None => format!("## {}\n\nThe first release.\n", release.version),
        };
    }
    text
}

#[test]
fn each_release_is_the_bump_its_changes_need() {
    let releases = releases();
    for pair in releases.windows(2) {
        let diff = vt_content::diff(&pair[0].pack, &pair[1].pack);
        if let Err(error) = diff.check() {
            panic!(
                "the release {} is not a proper bump: {error}",
                pair[1].version
            );
        }
    }
}

#[test]
fn the_bundled_pack_is_the_newest_release() {
    if let Err(message) = check_bundled(&releases(), BUNDLED_JSON) {
        panic!("{message}");
    }
}

#[test]
fn the_changelog_has_an_entry_per_release() {
    let path = content().join("CHANGELOG.md");
    let generated = changelog(&releases());
    if std::env::var_os("UPDATE_CHANGELOG").is_some() {
        fs::write(&path, &generated).expect("the changelog is writable");
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "content/CHANGELOG.md is not the changelog of content/released/; regenerate it with:\n    {REGENERATE}"
    );
}

#[test]
fn the_guard_refuses_a_change_without_its_bump_then_an_unreleased_version() {
    let mut releases = releases();
    let newest = releases.last().expect("a release");
    let (text, version) = (newest.text.clone(), newest.version.clone());
    let next = next_version(&version, Bump::Patch);
    let title = format!("\"title\": {}", serde_json::json!(newest.pack.title));
    let reworded = text.replacen(&title, "\"title\": \"Reworded\"", 1);
    assert!(reworded != text, "no {title} in the newest release");
    let error = check_bundled(&releases, &reworded).unwrap_err();
    assert!(
        error.starts_with(&format!(
            "content/en-GB.json changed since the release {version}: {version} is no new \
             version over {version}, but the changes need a new patch version: text reworded \
             at /title (patch).\nMake its version {next}, then copy content/en-GB.json to \
             content/released/{next}.json"
        )),
        "{error}"
    );

    let bumped = reworded.replacen(
        &format!("\"version\": \"{version}\""),
        &format!("\"version\": \"{next}\""),
        1,
    );
    let error = check_bundled(&releases, &bumped).unwrap_err();
    assert!(
        error.starts_with(&format!(
            "content/en-GB.json is version {next}, which is not released: copy \
             content/en-GB.json to content/released/{next}.json"
        )),
        "{error}"
    );

    let pack = ContentPack::from_json(&bumped).unwrap().pack;
    releases.push(Release {
        version: pack.version.clone(),
        text: bumped.clone(),
        pack,
    });
    assert_eq!(check_bundled(&releases, &bumped), Ok(()));
    assert!(changelog(&releases).contains(&format!(
        "\n## {next}\n\nSince {version}: 1 change, which needs a new patch version.\n"
    )));
}

/// The fingerprint of each release file, SipHash-1-3 (keys 0, 0) of its bytes: a released
/// version is never edited or removed, as translations, diffs and changelogs name it. The
/// release step adds a line, which the test below prints; no line ever changes.
const PINNED: &[(&str, u64)] = &[
    ("1.0.0", 0xeaa6aad394939e89),
    ("1.1.0", 0x2fa5e9bd2a6a3135),
    ("1.1.1", 0x3569349652fcaf45),
    ("1.1.2", 0xa38eda8ea6282824),
    ("1.1.3", 0x6357205427a9336f),
    ("1.1.4", 0xb15e0d83e397c29b),
];

#[path = "support/fingerprint.rs"]
mod fingerprint;
use fingerprint::fingerprint;

#[test]
fn no_release_is_edited_or_removed() {
    let releases = releases();
    for release in &releases {
        let version = release.version.to_string();
        let found = fingerprint(&release.text);
        match PINNED.iter().find(|(pinned, _)| *pinned == version) {
            Some(&(_, pinned)) => assert!(
                found == pinned,
                "content/released/{version}.json changed after its release: a released \
                 version never changes; release the change as a new version"
            ),
            None => panic!(
                "content/released/{version}.json is not pinned: add (\"{version}\", \
                 0x{found:016x}) to PINNED in tests/released.rs"
            ),
        }
    }
    for (version, _) in PINNED {
        assert!(
            releases
                .iter()
                .any(|release| release.version.to_string() == *version),
            "content/released/{version}.json was released and is gone: put it back"
        );
    }
}
