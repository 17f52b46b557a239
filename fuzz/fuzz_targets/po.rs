//! Fuzzes the translators' import with any text: `read_po` must never panic (the PO parser
//! underneath does on some lines, which `read_po` refuses first), and the texts it reads
//! must import into the bundled pack or be refused with an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vt_content::po::read_po;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(texts) = read_po(text) else {
        return;
    };
    let source = vt_content::bundled();
    let language = texts.language.clone().unwrap_or_else(|| source.locale.clone());
    let imported =
        vt_content::import_translation(source, None, &language, &texts.source_version, &texts.units);
    if let Ok(loaded) = imported {
        // What imports is a valid pack: it loads back the same.
        let again = vt_content::ContentPack::from_json(&loaded.pack.to_json()).expect("valid");
        assert!(again.pack == loaded.pack);
    }
});
