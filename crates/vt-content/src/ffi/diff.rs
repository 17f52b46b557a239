//! What changed between two packs, for Kotlin and Swift: `diffPacks(old, new)` and
//! `diffPackStructure(source, translation)`, which take packs (objects, which only the
//! library makes) and return the core's `Diff` record.

use std::sync::Arc;

use crate::Diff;
use crate::ffi::ContentPack;

/// What changed from `old` to `new`, two versions of a pack in one locale: every change,
/// with its kind, its path in each pack (a JSON Pointer, or null where that pack does not
/// have it) and the version bump it needs; the bump the whole diff needs
/// (`requiredBump`); and the texts a translator must translate again (`changedTexts`).
///
/// Items are matched by id, never by position. A removed id needs a new major version,
/// new content a new minor version, a reworded text a new patch.
#[uniffi::export]
pub fn diff_packs(old: Arc<ContentPack>, new: Arc<ContentPack>) -> Diff {
    crate::diff(old.core(), new.core())
}

/// What differs between `source` and `translation`, packs of different locales, by ids
/// and structure only: items added, removed or moved, optional fields added or removed,
/// typed values (phone numbers, practice kinds, ...) changed; never a text, the locale or
/// the review.
#[uniffi::export]
pub fn diff_pack_structure(source: Arc<ContentPack>, translation: Arc<ContentPack>) -> Diff {
    crate::diff_structure(source.core(), translation.core())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::bundled_pack;

    #[test]
    fn the_diffs_are_the_core_diffs() {
        let mut changed = crate::bundled().clone();
        changed.title = "Vicarious trauma".to_owned();
        let new = Arc::new(ContentPack::from(changed.clone()));
        assert_eq!(
            diff_packs(bundled_pack(), new.clone()),
            crate::diff(crate::bundled(), &changed)
        );
        assert!(diff_pack_structure(bundled_pack(), new).is_empty());
    }
}
