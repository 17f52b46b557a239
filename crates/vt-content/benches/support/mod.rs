//! The packs the benchmarks load: the bundled pack, synthetic valid packs up to the size
//! limit, and invalid packs with many violations. Deterministic, so the Rust and Python
//! benchmarks (which read the files `write_packs` writes) measure the same bytes.

#![allow(dead_code)]

use serde_json::Value;
use vt_content::{BUNDLED_JSON, MAX_LIST_ITEMS, MAX_PACK_BYTES};

/// The sizes of the synthetic packs, by name; the largest is just under the 1 MiB limit.
pub const SIZES: [(&str, usize); 3] = [
    ("64KiB", 64 * 1024),
    ("256KiB", 256 * 1024),
    ("1MiB", MAX_PACK_BYTES),
];

/// Every pack the benchmarks use: `(name, valid text, invalid text)`, smallest first.
pub fn cases() -> Vec<(String, String, String)> {
    let mut cases = vec![(
        "bundled".to_owned(),
        BUNDLED_JSON.to_owned(),
        invalid_pack(BUNDLED_JSON),
    )];
    for (name, size) in SIZES {
        let valid = valid_pack(size);
        // The faults add bytes: start a little smaller to stay under the limit.
        let invalid = invalid_pack(&valid_pack(size - 4096));
        assert!(invalid.len() <= MAX_PACK_BYTES);
        cases.push((name.to_owned(), valid, invalid));
    }
    cases
}

/// Invalid packs that are nearly all violations, up to the size limit: `(name, text)`.
/// The bundled pack, compact, with one field repeated (`"title"`, a `duplicate-key` each
/// time) or with fields of no known name (an `unknown-field` each), over and over: a
/// violation every 12 or so bytes, the most a report can hold.
pub fn dense_invalid_packs() -> Vec<(String, String)> {
    let bundled: Value = bundled_value();
    let compact = serde_json::to_string(&bundled).expect("json");
    let open = compact.strip_suffix('}').expect("an object");
    let fill = |field: &dyn Fn(usize) -> String| {
        let mut text = open.to_owned();
        for n in 0.. {
            let next = field(n);
            if text.len() + next.len() + 1 > MAX_PACK_BYTES {
                break;
            }
            text.push_str(&next);
        }
        text + "}"
    };
    vec![
        (
            "repeated-keys-1MiB".to_owned(),
            fill(&|_| ",\"title\":\"x\"".to_owned()),
        ),
        (
            "unknown-fields-1MiB".to_owned(),
            fill(&|n| format!(",\"u{n}\":1")),
        ),
    ]
}

/// Writes each case to `dir` as `valid-NAME.json` and `invalid-NAME.json`.
pub fn write_packs(dir: &std::path::Path) {
    std::fs::create_dir_all(dir).expect("the pack directory can be made");
    for (name, valid, invalid) in cases() {
        std::fs::write(dir.join(format!("valid-{name}.json")), valid).expect("write");
        std::fs::write(dir.join(format!("invalid-{name}.json")), invalid).expect("write");
    }
}

fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED_JSON).expect("the bundled pack is JSON")
}

/// Every text of the bundled pack longer than 40 bytes: realistic paragraphs.
fn paragraphs(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::String(text) if text.len() > 40 && !text.contains('/') => into.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| paragraphs(item, into)),
        Value::Object(fields) => fields.values().for_each(|field| paragraphs(field, into)),
        _ => {}
    }
}

/// A valid pack of at most `target` bytes (and at least `target` less 4 KiB): the bundled
/// pack with up to 100 signs whose descriptions grow a paragraph at a time.
pub fn valid_pack(target: usize) -> String {
    let mut pack = bundled_value();
    let mut pool = Vec::new();
    paragraphs(&pack, &mut pool);
    let signs = pack["signs"].as_array_mut().expect("signs");
    let template = signs[0].clone();
    for n in signs.len()..MAX_LIST_ITEMS {
        let mut sign = template.clone();
        sign["id"] = format!("sign-{n}").into();
        sign["title"] = format!("Sign number {n}").into();
        sign["description"] = Value::Array(vec![pool[n % pool.len()].clone().into()]);
        signs.push(sign);
    }
    let mut size = serde_json::to_string_pretty(&pack).expect("json").len();
    // Two texts of the bundled pack make a paragraph of a few hundred bytes; a hundred
    // signs of a hundred such paragraphs hold more than the 1 MiB limit.
    let mut next = 0;
    while size + 600 < target {
        let text = format!(
            "{} {}",
            pool[next % pool.len()],
            pool[(next * 7 + 3) % pool.len()]
        );
        let description = pack["signs"][next % MAX_LIST_ITEMS]["description"]
            .as_array_mut()
            .expect("description");
        assert!(
            description.len() < MAX_LIST_ITEMS,
            "no room for {target} bytes"
        );
        // Each paragraph adds its text, quotes, a comma, a line break and the indentation.
        size += text.len() + 12;
        description.push(text.into());
        next += 1;
    }
    let mut text = serde_json::to_string_pretty(&pack).expect("json") + "\n";
    while text.len() > target {
        let sign = (next - 1) % MAX_LIST_ITEMS;
        pack["signs"][sign]["description"]
            .as_array_mut()
            .expect("description")
            .pop();
        next -= 1;
        text = serde_json::to_string_pretty(&pack).expect("json") + "\n";
    }
    text
}

/// `valid` with faults all over it: every fifth sign id malformed, every tenth paragraph
/// untrimmed, an unknown field in every tenth sign, a bad practice kind, a duplicate id
/// and review dates out of order.
pub fn invalid_pack(valid: &str) -> String {
    let mut pack: Value = serde_json::from_str(valid).expect("json");
    let mut paragraph = 0;
    for (n, sign) in pack["signs"]
        .as_array_mut()
        .expect("signs")
        .iter_mut()
        .enumerate()
    {
        if n % 5 == 3 {
            sign["id"] = format!("Sign_{n}").into();
        }
        if n % 10 == 4 {
            sign["colour"] = "blue".into();
        }
        for text in sign["description"].as_array_mut().expect("description") {
            if paragraph % 10 == 0 {
                *text = format!("{} ", text.as_str().expect("text")).into();
            }
            paragraph += 1;
        }
    }
    pack["practices"][2]["kind"] = "Recharge".into();
    pack["support"][2]["id"] = pack["signs"][1]["id"].clone();
    let review = pack["review"].clone();
    pack["review"]["last_reviewed"] = review["next_review_due"].clone();
    pack["review"]["next_review_due"] = review["last_reviewed"].clone();
    serde_json::to_string_pretty(&pack).expect("json") + "\n"
}
