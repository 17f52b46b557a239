//! Fuzzes `ContentPack::guidance` on loaded packs. The input is a pack, a zero byte, then
//! sign ids one a line; a pack that does not load is replaced by the bundled one. The
//! guidance must never panic, must refuse exactly the ids that are not signs of the pack
//! (naming the first), and must follow the source's advice: with signs, speak to the
//! pack's support routes first, each once; with none, prevention.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vt_content::{ContentPack, GuidanceKind};

fuzz_target!(|data: &[u8]| {
    let (pack_bytes, ids) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&[][..], data),
    };
    let loaded;
    let pack = match ContentPack::from_slice(pack_bytes) {
        Ok(ok) => {
            loaded = ok.pack;
            &loaded
        }
        Err(_) => vt_content::bundled(),
    };
    let ids = String::from_utf8_lossy(ids);
    let recognised: Vec<&str> = if ids.is_empty() {
        Vec::new()
    } else {
        ids.split('\n').collect()
    };
    let unknown = recognised.iter().find(|id| pack.sign(id).is_none());
    match (pack.guidance(&recognised), unknown) {
        (Err(error), Some(first)) => assert_eq!(error.id, *first),
        (Ok(guidance), None) => {
            let mut expected: Vec<&str> = Vec::new();
            for id in &recognised {
                if !expected.contains(id) {
                    expected.push(id);
                }
            }
            let got: Vec<&str> = guidance
                .recognised_signs
                .iter()
                .map(|s| s.id.as_str())
                .collect();
            assert_eq!(got, expected);
            if expected.is_empty() {
                assert_eq!(guidance.kind, GuidanceKind::Prevention);
                assert!(guidance.speak_to.is_empty());
            } else {
                assert_eq!(guidance.kind, GuidanceKind::SeekSupport);
                let speak_to: Vec<&str> = guidance.speak_to.iter().map(|r| r.id.as_str()).collect();
                // The routes advised, each once, where it is first named.
                let mut advised: Vec<&str> = Vec::new();
                for id in &pack.advice.signs_recognised.speak_to {
                    if !advised.contains(&id.as_str()) {
                        advised.push(id.as_str());
                    }
                }
                assert_eq!(speak_to, advised);
            }
            assert_eq!(guidance.self_care_actions, pack.self_care_actions);
            assert_eq!(guidance.practices, pack.practices);
        }
        (outcome, unknown) => panic!("guidance gave {outcome:?} with unknown id {unknown:?}"),
    }
});
