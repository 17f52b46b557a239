//! Fuzzes the pages of packs that load. The input is a pack; one that does not load is
//! left. Every format of the pack's page and of its guidance for its first two signs must
//! draw without a panic, and:
//! - the HTML page and fragment each have one script element, the JSON-LD, which is JSON,
//!   as is the JSON-LD written alone;
//! - every `<` in the Markdown is escaped, or opens a link's address (`<https:`, `<tel:`,
//!   `<sms:`) or a heading's anchor (`<a id="…"></a>`), so that no text of the pack becomes
//!   HTML;
//! - every line of a text page fits its width.
#![no_main]

use libfuzzer_sys::fuzz_target;
use textwrap::core::display_width;
use vt_content::ContentPack;
use vt_content::render::{Document, HtmlOptions, json_ld_text};

const SCRIPT: &str = "<script type=\"application/ld+json\">";

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = ContentPack::from_slice(data) else {
        return;
    };
    let pack = &loaded.pack;
    let signs: Vec<&str> = pack
        .signs
        .iter()
        .take(2)
        .map(|sign| sign.id.as_str())
        .collect();
    let guidance = pack.guidance(&signs).expect("the pack's own signs");
    for document in [Document::pack(pack), Document::guidance(pack, &guidance)] {
        for fragment in [false, true] {
            let page = document.to_html(&HtmlOptions::default().fragment(fragment));
            assert_eq!(
                page.matches("<script").count(),
                1,
                "one script: the JSON-LD"
            );
            let start = page.find(SCRIPT).expect("the JSON-LD") + SCRIPT.len();
            let end = start + page[start..].find("</script>").expect("its end");
            serde_json::from_str::<serde_json::Value>(&page[start..end]).expect("JSON-LD in HTML");
        }
        serde_json::from_str::<serde_json::Value>(&json_ld_text(document.json_ld()))
            .expect("JSON-LD alone");

        let markdown = document.to_markdown();
        for (at, _) in markdown.match_indices('<') {
            let backslashes = markdown[..at]
                .bytes()
                .rev()
                .take_while(|&b| b == b'\\')
                .count();
            let after = &markdown[at + 1..];
            let ours = ["https:", "tel:", "sms:", "a id=\"", "/a>"];
            let address = ours.iter().any(|s| after.starts_with(s));
            assert!(
                backslashes % 2 == 1 || address,
                "a raw < at {at}: {:?}",
                &after[..after.len().min(40)]
            );
        }

        for line in document.to_text(40).lines() {
            assert!(
                display_width(line) <= 40,
                "a line wider than 40 columns: {line:?}"
            );
        }
    }
});
