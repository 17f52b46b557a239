//! Fuzzes the choice of a pack for a reader: an HTTP `Accept-Language` header, which a web
//! front end passes as a browser sent it, and a platform's list of locales. The input is
//! the header; its pieces between commas and line breaks are also the list. Against the
//! catalog of the conformance fixtures, `negotiate_header`, `negotiate`, `get` and
//! `accept_language` must never panic; a header's choice is a pack of the catalog,
//! answering one of the header's acceptable tags or else the default pack; one
//! preference alone gives the pack that `get` gives for it.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vt_content::Catalog;

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        macro_rules! pack {
            ($name:literal) => {
                (
                    $name,
                    include_str!(concat!("../../tests/conformance/catalog/packs/", $name)),
                )
            };
        }
        Catalog::from_texts([
            pack!("en-GB.json"),
            pack!("cy.json"),
            pack!("de.json"),
            pack!("ar-XB.json"),
            pack!("sr-Latn.json"),
            pack!("zh-Hant.json"),
            pack!("released/1.0.0.json"),
        ])
        .expect("the fixture catalog is valid")
    })
}

fuzz_target!(|data: &[u8]| {
    let catalog = catalog();
    let text = String::from_utf8_lossy(data);

    let acceptable = vt_content::accept_language(&text);
    let picked = catalog.negotiate_header(&text);
    assert!(
        catalog
            .packs()
            .iter()
            .any(|pack| std::ptr::eq(pack, picked.pack))
    );
    match &picked.requested {
        Some(tag) => assert!(
            acceptable.contains(tag),
            "{tag} is not acceptable in {text:?}"
        ),
        None => assert!(std::ptr::eq(picked.pack, catalog.default_pack())),
    }

    let preferences: Vec<&str> = text.split([',', '\n']).collect();
    let listed = catalog.negotiate(&preferences);
    assert!(listed.requested.is_some() || std::ptr::eq(listed.pack, catalog.default_pack()));
    for preference in &preferences {
        let alone = catalog.negotiate([preference]);
        assert!(
            std::ptr::eq(alone.pack, catalog.get(preference)),
            "{preference:?}"
        );
    }
});
