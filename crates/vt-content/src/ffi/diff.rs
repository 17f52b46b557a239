//! What changed between two packs, for Kotlin and Swift: `diffPacks(old, new)` and
//! `diffPackStructure(source, translation)`, which take the packs' JSON texts (from
//! `toJson()`, or as read from files) and return the core's `Diff` record; and from the
//! same texts, the changelog entry (`packChangelogEntry`) and the version checks
//! (`checkPackVersions`, and `checkVersionBump` for other versions), which Rust and
//! Python have as methods of the diff.
//!
//! They take text, not pack objects: an object that Kotlin closed (freed) before passing
//! it cannot be read safely, and text always can (see `tests/interface.rs`).

use crate::ffi::ContentError;
use crate::{ContentPack, ContentVersion, Diff};

/// The packs in two JSON texts, each checked as `loadPackFromJson` checks it; an error's
/// summary begins with the name of the argument it is about (`names`).
fn both(
    (first, second): (&str, &str),
    names: [&str; 2],
) -> Result<(ContentPack, ContentPack), ContentError> {
    let load = |text: &str, name: &str| {
        (ContentPack::from_json(text).map(|loaded| loaded.pack))
            .map_err(|error| ContentError::from(error).about(name))
    };
    Ok((load(first, names[0])?, load(second, names[1])?))
}

/// The names of the two packs' arguments of most functions here.
const OLD_NEW: [&str; 2] = ["old", "new"];

/// What changed from `old` to `new`, two versions of a pack in one locale: every change,
/// with its kind, its path in each pack (a JSON Pointer, or null where that pack does not
/// have it) and the version bump it needs; the bump the whole diff needs
/// (`requiredBump`); and the texts a translator must translate again (`changedTexts`).
///
/// Items are matched by id, never by position. A removed id needs a new major version,
/// new content a new minor version, a reworded text a new patch.
///
/// `old` and `new` are the packs' JSON texts (`pack.toJson()`). Throws as
/// `loadPackFromJson` does when either is not a valid pack, with a summary that begins
/// with the argument's name (`new: the pack has 1 violation: ...`). Fields of a newer minor
/// schema version, which loading ignores, are not compared: when `loadPackFromJson` gives
/// either pack an `ignored-field` warning, `requiredBump` may be too small.
#[uniffi::export]
pub fn diff_packs(old: &str, new: &str) -> Result<Diff, ContentError> {
    let (old, new) = both((old, new), OLD_NEW)?;
    Ok(crate::diff(&old, &new))
}

/// A changelog entry for `new`, in Markdown, from what changed since `old`: a
/// `## VERSION` heading, a line saying what bump the changes need, then the changes
/// grouped by kind, as the content's `CHANGELOG.md` has them.
///
/// `old` and `new` are the packs' JSON texts (`pack.toJson()`). Throws as `diffPacks`
/// does.
#[uniffi::export]
pub fn pack_changelog_entry(old: &str, new: &str) -> Result<String, ContentError> {
    let (old, new) = both((old, new), OLD_NEW)?;
    Ok(crate::diff(&old, &new).changelog_entry())
}

/// Checks that `new`'s version is the bump its changes since `old` need, or a greater
/// one (the same version when no change needs one). Throws `Version`, whose `code` is
/// `version-decreased` or `version-bump-too-small`, when it is not; and as `diffPacks`
/// does when either is not a valid pack.
#[uniffi::export]
pub fn check_pack_versions(old: &str, new: &str) -> Result<(), ContentError> {
    let (old, new) = both((old, new), OLD_NEW)?;
    Ok(crate::diff(&old, &new).check()?)
}

/// Checks that going from version `oldVersion` to `newVersion` is the bump the changes
/// from `old` to `new` need, or a greater one, whatever versions the packs themselves
/// say: for a version proposed before it is written into the new pack. Throws as
/// `checkPackVersions` does, and `InvalidArgument` when a version is not written
/// `MAJOR.MINOR.PATCH` (semver).
#[uniffi::export]
pub fn check_version_bump(
    old: &str,
    new: &str,
    old_version: &str,
    new_version: &str,
) -> Result<(), ContentError> {
    let version = |name: &str, text: &str| {
        ContentVersion::read(text)
            .map_err(|reason| ContentError::invalid_argument(name, text, &reason))
    };
    let (old_version, new_version) = (
        version("oldVersion", old_version)?,
        version("newVersion", new_version)?,
    );
    let (old, new) = both((old, new), OLD_NEW)?;
    Ok(crate::diff(&old, &new).check_version(&old_version, &new_version)?)
}

/// What differs between `source` and `translation`, packs of different locales, by ids
/// and structure only: items added, removed or moved, optional fields added or removed,
/// typed values (phone numbers, practice kinds, ...) changed; never a text, the locale,
/// the review or the `translation` section.
///
/// `source` and `translation` are the packs' JSON texts (`pack.toJson()`).
#[uniffi::export]
pub fn diff_pack_structure(source: &str, translation: &str) -> Result<Diff, ContentError> {
    let (source, translation) = both((source, translation), ["source", "translation"])?;
    Ok(crate::diff_structure(&source, &translation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_diffs_are_the_core_diffs() {
        let mut changed = crate::bundled().clone();
        changed.title = "Vicarious trauma".to_owned();
        let (old, new) = (crate::BUNDLED_JSON, changed.to_json());
        assert_eq!(
            diff_packs(old, &new).unwrap(),
            crate::diff(crate::bundled(), &changed)
        );
        assert!(diff_pack_structure(old, &new).unwrap().is_empty());
        let Err(ContentError::Validation { summary, .. }) = diff_packs(old, "[]") else {
            panic!("a pack that is a list was read")
        };
        assert!(
            summary.starts_with("new: the pack has 1 violation"),
            "{summary}"
        );
        let Err(error) = diff_pack_structure("{", old) else {
            panic!("a pack that is not JSON was read")
        };
        assert!(error.to_string().starts_with("source: "), "{error}");
    }

    #[test]
    fn the_changelog_and_the_version_check_are_the_core_ones() {
        let mut changed = crate::bundled().clone();
        changed.title = "Vicarious trauma".to_owned();
        let core = crate::diff(crate::bundled(), &changed);
        let (old, new) = (crate::BUNDLED_JSON, changed.to_json());
        assert_eq!(
            pack_changelog_entry(old, &new).unwrap(),
            core.changelog_entry()
        );
        // The version did not change: the reworded title needs a patch.
        let Err(ContentError::Version { summary, code }) = check_pack_versions(old, &new) else {
            panic!("the version check passed")
        };
        assert_eq!(code, "version-bump-too-small");
        assert_eq!(summary, core.check().unwrap_err().to_string());
        let mut patched = changed.version.as_semver().clone();
        patched.patch += 1;
        changed.version = patched.into();
        assert!(check_pack_versions(old, &changed.to_json()).is_ok());
    }

    #[test]
    fn a_version_bump_is_checked_as_the_core_checks_it() {
        let mut changed = crate::bundled().clone();
        changed.signs.pop();
        let (old, new) = (crate::BUNDLED_JSON, changed.to_json());
        assert_eq!(check_version_bump(old, &new, "1.1.0", "2.0.0"), Ok(()));
        let Err(ContentError::Version { summary, code }) =
            check_version_bump(old, &new, "1.1.0", "1.2.0")
        else {
            panic!("a minor bump passed for a removed sign")
        };
        assert_eq!(code, "version-bump-too-small");
        let core = crate::diff(crate::bundled(), &changed);
        let error = core.check_version(&"1.1.0".parse().unwrap(), &"1.2.0".parse().unwrap());
        assert_eq!(summary, error.unwrap_err().to_string());
        let Err(ContentError::InvalidArgument { name, value, .. }) =
            check_version_bump(old, &new, "1.1.0", "2.0")
        else {
            panic!("a version without its patch was read")
        };
        assert_eq!((name.as_str(), value.as_str()), ("newVersion", "2.0"));
    }
}
