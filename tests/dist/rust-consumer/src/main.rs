//! Smoke test of the packaged vt-content crate: the public API, called as a user calls it.

fn main() {
    let pack = vt_content::bundled();
    let ids: Vec<&str> = pack.signs.iter().map(|sign| sign.id.as_str()).collect();
    assert!(ids.len() == 7 && ids.contains(&"withdrawing"), "{ids:?}");

    let guidance = pack.guidance(["withdrawing"]).expect("a known sign");
    assert_eq!(guidance.kind, vt_content::GuidanceKind::SeekSupport);
    assert!(
        !guidance.speak_to.is_empty(),
        "no support route to speak to"
    );

    let error = vt_content::ContentPack::from_json("{not json").expect_err("bad JSON is refused");
    assert!(!error.violations().is_empty());

    let titles: Vec<&str> = guidance
        .speak_to
        .iter()
        .map(|route| route.title.as_str())
        .collect();
    println!(
        "rust smoke: {} signs, guidance {:?}, speak to {}",
        ids.len(),
        guidance.kind,
        titles.join(", ")
    );
}
