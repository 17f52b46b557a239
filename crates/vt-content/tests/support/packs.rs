//! Packs made for the limit tests.

use serde_json::Value;

/// The bundled pack with its four lists of items full (100 items), and each list of texts
/// of those items full of `text` (100 texts): 60,000 short texts in all.
pub fn full_of_short_texts(text: &str) -> Value {
    let mut pack: Value = serde_json::from_str(vt_content::BUNDLED_JSON).expect("JSON");
    let lists: [(&str, &[&str]); 4] = [
        ("signs", &["description"]),
        ("self_care_actions", &["how"]),
        ("practices", &["purpose", "how", "examples"]),
        ("support", &["description"]),
    ];
    let texts = vec![text; vt_content::MAX_LIST_ITEMS];
    for (list, fields) in lists {
        let items = pack[list].as_array_mut().expect("a list");
        let template = items[0].clone();
        while items.len() < vt_content::MAX_LIST_ITEMS {
            let mut item = template.clone();
            item["id"] = format!("{list}-{}", items.len()).replace('_', "-").into();
            items.push(item);
        }
        for item in items {
            for field in fields {
                item[*field] = texts.clone().into();
            }
        }
    }
    pack
}
