//! Fuzzes the comparison of two versions of a pack, and a catalog of the two. The input is
//! a pack, a zero byte, then another; a pack that does not load is replaced by the bundled
//! one. `diff` and `diff_structure`, their changelog, summaries and version check, and a
//! catalog of the two texts must never panic; a pack compared with itself has no change.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vt_content::{Catalog, ContentPack};

fuzz_target!(|data: &[u8]| {
    let (old_bytes, new_bytes) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let load = |bytes: &[u8]| match ContentPack::from_slice(bytes) {
        Ok(loaded) => loaded.pack,
        Err(_) => vt_content::bundled().clone(),
    };
    let (old, new) = (load(old_bytes), load(new_bytes));
    for diff in [
        vt_content::diff(&old, &new),
        vt_content::diff_structure(&old, &new),
    ] {
        let _ = diff.check();
        let _ = diff.changelog_entry();
        let _ = diff.changed_texts();
        for change in diff.changes() {
            let _ = change.to_string();
        }
    }
    for pack in [&old, &new] {
        assert!(vt_content::diff(pack, pack).changes().is_empty());
        assert!(vt_content::diff_structure(pack, pack).changes().is_empty());
    }
    // A catalog of the two texts as they were given, the second as a translation or not.
    let texts = [
        ("en-GB.json", String::from_utf8_lossy(old_bytes)),
        ("cy.json", String::from_utf8_lossy(new_bytes)),
    ];
    if let Ok(catalog) =
        Catalog::from_texts(texts.iter().map(|(name, text)| (*name, text.as_ref())))
    {
        let _ = catalog.translation_status();
        for warning in catalog.warnings() {
            let _ = warning.to_string();
        }
    }
});
