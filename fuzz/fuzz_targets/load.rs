//! Fuzzes `ContentPack::from_slice` with any bytes: it must never panic, every path it
//! reports must resolve in the input (a `missing-field` path's parent must), and a pack
//! it accepts must round-trip through `to_json`, give guidance, and give a pack in each
//! pseudo-locale unless a text grows too long.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use vt_content::{ContentPack, JsonPointer, LoadError, PseudoLocale, ViolationCode};

fuzz_target!(|data: &[u8]| {
    let outcome = ContentPack::from_slice(data);
    let document: Option<Value> = serde_json::from_slice(data).ok();
    match &outcome {
        Err(error) => {
            // The report and the text of every error are made without a panic.
            let report = error.report();
            assert!(!report.summary.is_empty());
            for violation in &report.violations {
                assert!(!violation.message.is_empty());
                check_path(document.as_ref(), violation.code, &violation.path);
            }
            if matches!(error, LoadError::Syntax(_)) {
                assert!(document.is_none() || data.len() > vt_content::MAX_PACK_BYTES);
            }
        }
        Ok(loaded) => {
            let document = document.expect("an accepted pack is JSON");
            for warning in &loaded.warnings {
                assert!(warning.path.resolve(&document).is_some(), "{warning}");
            }
            let text = loaded.pack.to_json();
            let again = ContentPack::from_json(&text).expect("to_json loads back");
            assert_eq!(again.pack, loaded.pack);
            // Only the warnings of what the pack says (no labels, a draft) remain: the
            // ignored fields of a newer minor version are gone.
            assert!(
                again
                    .warnings
                    .iter()
                    .all(|w| w.code != vt_content::WarningCode::IgnoredField)
            );
            // Guidance for no sign, every sign, and a sign the pack does not have.
            let signs: Vec<&str> = loaded.pack.signs.iter().map(|s| s.id.as_str()).collect();
            let none: [&str; 0] = [];
            assert!(loaded.pack.guidance(none).is_ok());
            let all = loaded.pack.guidance(&signs).expect("every sign is known");
            assert_eq!(all.recognised_signs.len(), signs.len());
            assert!(loaded.pack.guidance(["Not A Sign"]).is_err());
            // Pseudo-locales keep every id; only a text, or the pack, grown past its limit
            // is refused.
            for locale in [PseudoLocale::EnXa, PseudoLocale::ArXb] {
                match vt_content::pseudo(&loaded.pack, locale) {
                    Ok(pseudo) => {
                        assert_eq!(pseudo.pack.locale, locale.tag());
                        let ids: Vec<&str> =
                            pseudo.pack.signs.iter().map(|s| s.id.as_str()).collect();
                        assert_eq!(ids, signs);
                    }
                    Err(LoadError::Invalid(violations)) => assert!(
                        violations.iter().all(|v| matches!(
                            v.code,
                            ViolationCode::TextTooLong | ViolationCode::PackTooLarge
                        )),
                        "{locale:?}: {violations:?}"
                    ),
                    Err(other) => panic!("{locale:?}: {other}"),
                }
            }
        }
    }
});

/// A violation's path resolves in the input; a missing field's parent does; a syntax
/// error, a size error and a whole-pack finding are at `""`.
fn check_path(document: Option<&Value>, code: ViolationCode, path: &JsonPointer) {
    if path.is_root() {
        return;
    }
    let document = document.unwrap_or_else(|| panic!("{code} at {path} in input that is not JSON"));
    if code == ViolationCode::MissingField {
        let (parent, _) = path.as_str().rsplit_once('/').expect("a non-root pointer");
        let parent = JsonPointer::parse(parent).expect("the parent is a pointer");
        assert!(parent.resolve(document).is_some(), "{code} at {path}");
        assert!(path.resolve(document).is_none(), "{code} at {path}");
    } else {
        assert!(path.resolve(document).is_some(), "{code} at {path}");
    }
}
