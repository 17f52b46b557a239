//! Fuzzes the translators' import with any text: `read_po` must never panic (the PO parser
//! underneath does on some lines, which `read_po` refuses first), and the texts it reads
//! must import into the bundled pack or be refused with an error, never a panic; what
//! imports, taken for a translation of an earlier version, gives a unit for every text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vt_content::po::read_po;

const RELEASED_1_0_0: &str = include_str!("../../crates/vt-content/content/released/1.0.0.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(texts) = read_po(text) else {
        return;
    };
    let source = vt_content::bundled();
    // Texts in the source's own locale are refused: without a language, they are Welsh.
    let welsh = || "cy".parse().expect("a tag");
    let language = texts.language.clone().unwrap_or_else(welsh);
    let imported = vt_content::import_translation(
        source,
        None,
        &language,
        // The version the header names, else the source's, as the command line takes it.
        texts.source_version.as_ref().unwrap_or(&source.version),
        &texts.units,
    );
    if let Ok(loaded) = imported {
        // What imports is a valid pack: it loads back the same.
        let again = vt_content::ContentPack::from_json(&loaded.pack.to_json()).expect("valid");
        assert!(again.pack == loaded.pack);
        // Taken for a translation of 1.0.0, its texts are found in it by their place in
        // that version: one unit per text of the source, in the source's order.
        let old = vt_content::ContentPack::from_json(RELEASED_1_0_0)
            .expect("a release")
            .pack;
        let mut of_old = loaded.pack;
        if let Some(translation) = &mut of_old.translation {
            translation.source_version = old.version.clone();
        }
        let units = vt_content::translation_units(source, Some(&of_old), Some(&old));
        let fresh = vt_content::translation_units(source, None, None);
        assert!(
            units
                .iter()
                .map(|u| &u.path)
                .eq(fresh.iter().map(|u| &u.path))
        );
    }
});
