//! The bundled en-GB pack: exact ids, every fact of the source, in our own plain words.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde_json::Value;
use vt_content::{PracticeKind, bundled};

fn ids<T>(items: &[T], id: fn(&T) -> &vt_content::Id) -> Vec<&str> {
    items.iter().map(|item| id(item).as_str()).collect()
}

#[test]
fn the_bundled_pack_has_exactly_the_public_ids() {
    let pack = bundled();
    assert_eq!(pack.id, "vicarious-traumatisation");
    assert_eq!(
        ids(&pack.signs, |s| &s.id),
        [
            "feeling-powerless",
            "losing-hope",
            "preoccupied-or-avoiding",
            "intrusive-thoughts",
            "anxious-about-loved-ones",
            "withdrawing",
            "low-motivation"
        ]
    );
    assert_eq!(
        ids(&pack.self_care_actions, |a| &a.id),
        [
            "notice-your-feelings",
            "be-your-own-best-friend",
            "stay-connected",
            "make-time-for-you"
        ]
    );
    assert_eq!(
        ids(&pack.practices, |p| &p.id),
        ["ground", "release", "recharge"]
    );
    let kinds: Vec<_> = pack.practices.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, PracticeKind::ALL);
    assert_eq!(
        ids(&pack.support, |r| &r.id),
        ["trusted-person", "line-manager", "support-lines"]
    );
    // 1.1: the pack uses no field of 1.2 (hours past midnight), so a reader of 1.1 reads
    // it as a pack of its own version, with nothing to ignore.
    assert_eq!(
        pack.schema_version,
        vt_content::SchemaVersion { major: 1, minor: 1 }
    );
    assert_eq!(
        (pack.locale.as_str(), pack.version.to_string()),
        ("en-GB", "1.1.4".to_owned())
    );
}

#[test]
fn the_bundled_pack_validates_against_the_committed_schema() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/vt-content-pack.schema.json");
    let schema: Value = serde_json::from_str(&fs::read_to_string(path).expect("the schema file"))
        .expect("the schema is JSON");
    let pack: Value = serde_json::from_str(vt_content::BUNDLED_JSON).expect("the pack is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<_> = validator
        .iter_errors(&pack)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_canonical_json_of_the_bundled_pack_is_its_file() {
    assert_eq!(bundled().to_json(), vt_content::BUNDLED_JSON);
}

/// Every text a person reads in the pack, with its JSON Pointer.
fn texts() -> Vec<(String, String)> {
    fn walk(value: &Value, path: String, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(text) => out.push((path, text.clone())),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{path}/{index}"), out);
                }
            }
            Value::Object(fields) => {
                for (key, field) in fields {
                    // Ids, versions, codes and typed values (the review, and a contact's
                    // numbers, hours, cost, region and origin) are not text a person reads
                    // as prose; the copyright line is the source's own, quoted as it is,
                    // and a service's name is its proper name, such as "NHS 111".
                    let skip = [
                        "$schema",
                        "id",
                        "schema_version",
                        "version",
                        "locale",
                        "region",
                        "kind",
                        "review",
                        "speak_to",
                        "copyright",
                        "expression",
                        "name",
                        "phone",
                        "text_message",
                        "url",
                        "hours",
                        "cost",
                        "origin",
                    ];
                    if !skip.contains(&key.as_str()) {
                        walk(field, format!("{path}/{key}"), out);
                    }
                }
            }
            _ => {}
        }
    }
    let pack: Value = serde_json::from_str(vt_content::BUNDLED_JSON).expect("the pack is JSON");
    let mut out = Vec::new();
    walk(&pack, String::new(), &mut out);
    out
}

/// Every list of texts a person reads in the pack, with its JSON Pointer: the texts of
/// [`texts`] whose pointers differ only in their last index, in order.
fn lists() -> Vec<(String, Vec<String>)> {
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    for (path, text) in texts() {
        let Some((list, index)) = path.rsplit_once('/') else {
            continue;
        };
        if index.parse::<usize>().is_err() {
            continue;
        }
        match lists.last_mut() {
            Some((last, items)) if last == list => items.push(text),
            _ => lists.push((list.to_owned(), vec![text])),
        }
    }
    lists
}

fn all_text() -> String {
    texts()
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// The text a reader reads under `section`, a JSON Pointer: every text at or below it.
fn section_text(section: &str) -> String {
    let texts: Vec<_> = texts()
        .into_iter()
        .filter(|(path, _)| {
            path.strip_prefix(section)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
        .map(|(_, text)| text)
        .collect();
    assert!(!texts.is_empty(), "no text under {section}");
    texts.join("\n").to_lowercase()
}

#[test]
fn every_fact_of_the_source_is_in_the_pack() {
    // Each fact, the section of the pack that states it, and the words that state it
    // there: a fact said in another section (or only in `/audience`, which no page
    // shows) is not said where a reader looks for it.
    let facts = [
        // What VT is, who it affects, and why.
        (
            "supporting people in distress",
            "/about/definition",
            "supporting people in pain or distress",
        ),
        (
            "repeated empathic contact",
            "/about/definition",
            "again and again",
        ),
        ("mirror neurons", "/about/how_it_happens", "mirror neurons"),
        (
            "they simulate the trauma in you",
            "/about/how_it_happens",
            "feel some of their trauma yourself",
        ),
        (
            "compassion fatigue",
            "/about/related_ideas",
            "compassion fatigue",
        ),
        ("at work", "/about/who_can_be_affected", "at work"),
        ("at home", "/about/who_can_be_affected", "at home"),
        (
            "in the community",
            "/about/who_can_be_affected",
            "community",
        ),
        // The seven signs, each in its own words.
        ("useless at your job", "/signs/0", "no good at your job"),
        (
            "powerless to help others",
            "/signs/0",
            "cannot help the people you support",
        ),
        ("a lack of hope", "/signs/1", "hard to feel hopeful"),
        ("a lack of meaning", "/signs/1", "little meaning"),
        (
            "obsessed by someone you help",
            "/signs/2",
            "cannot stop thinking",
        ),
        ("wanting to avoid them", "/signs/2", "avoid"),
        ("intrusive thoughts or dreams", "/signs/3", "dreams"),
        (
            "anxious about your loved ones",
            "/signs/4",
            "worry about the people close to you",
        ),
        (
            "disconnected from others",
            "/signs/5",
            "cut off from people",
        ),
        ("isolating yourself", "/signs/5", "keep to yourself"),
        (
            "no motivation for everyday life",
            "/signs/6",
            "everyday life",
        ),
        (
            "no motivation for self-care",
            "/signs/6",
            "looking after yourself",
        ),
        // What to do when you recognise signs.
        (
            "speak to someone you trust",
            "/advice/signs_recognised",
            "someone you trust",
        ),
        (
            "speak to your line manager",
            "/advice/signs_recognised",
            "line manager",
        ),
        (
            "knowing the signs lowers the risk",
            "/advice/prevention",
            "lower your risk",
        ),
        // Burnout.
        (
            "VT is not burnout",
            "/about/burnout/differences",
            "are not the same thing",
        ),
        (
            "burnout: too much for too long",
            "/about/burnout/differences",
            "too much for a long time",
        ),
        (
            "burnout can affect anyone",
            "/about/burnout/differences",
            "anyone can get burnout",
        ),
        (
            "burnout is not about empathy or trauma",
            "/about/burnout/differences",
            "does not come from feeling for others, or from trauma",
        ),
        (
            "VT and burnout often go together",
            "/about/burnout/overlap",
            "often happen together",
        ),
        (
            "exhausted in body and mind",
            "/about/burnout/overlap",
            "worn out in your body and your mind",
        ),
        (
            "recovery from VT helps burnout",
            "/advice",
            "prevent burnout or to ease it",
        ),
        // Self-care.
        ("do them regularly", "/advice/self_care", "regularly"),
        (
            "they build resilience and help recovery",
            "/advice/self_care",
            "recover",
        ),
        (
            "a feelings diary",
            "/self_care_actions/0",
            "diary of your feelings",
        ),
        (
            "write your feelings down",
            "/self_care_actions/0",
            "writing your feelings down",
        ),
        (
            "the inner critical voice",
            "/self_care_actions/1",
            "critical voice",
        ),
        (
            "a compassionate inner best friend",
            "/self_care_actions/1",
            "best friend",
        ),
        (
            "avoid becoming isolated or unsupported",
            "/self_care_actions/2",
            "without support",
        ),
        (
            "talk about the impact of supporting",
            "/self_care_actions/2",
            "how supporting another person has affected you",
        ),
        ("support lines", "/self_care_actions/2", "support line"),
        (
            "make more time for you",
            "/self_care_actions/3",
            "more time for yourself",
        ),
        (
            "balance time for others and yourself",
            "/self_care_actions/3",
            "balance",
        ),
        // Practices.
        (
            "good and stress chemicals",
            "/advice/practices",
            "stress chemicals",
        ),
        ("feet firmly on the ground", "/practices/0", "feet"),
        ("conscious breathing", "/practices/0", "breath"),
        (
            "aerobic exercise",
            "/practices/1",
            "heart and breathing speed up",
        ),
        ("stored adrenaline", "/practices/1", "adrenaline"),
        ("running", "/practices/1/examples", "running"),
        ("singing", "/practices/1/examples", "singing"),
        (
            "virtual workouts",
            "/practices/1/examples",
            "online workouts",
        ),
        (
            "dancing in your living room",
            "/practices/1/examples",
            "dancing in your living room",
        ),
        (
            "friends and loved ones, virtually",
            "/practices/2/examples",
            "friends and loved ones online",
        ),
        ("pets", "/practices/2/examples", "pets"),
        ("play at home", "/practices/2/examples", "playing at home"),
        ("nature", "/practices/2/examples", "nature"),
        ("fun", "/practices/2/examples", "having fun"),
        ("creativity", "/practices/2/examples", "creative"),
        (
            "spiritual activities at home",
            "/practices/2/examples",
            "spiritual activities at home",
        ),
        // Where to turn.
        ("someone you trust", "/support/0", "a person you trust"),
        ("your line manager", "/support/1", "line manager"),
        ("support lines", "/support/2", "support line"),
        // Attribution.
        ("RotherHive", "/attribution/notice", "rotherhive"),
        (
            "Rotherham Place Partnership",
            "/attribution/notice",
            "rotherham place partnership",
        ),
    ];
    let missing: Vec<_> = facts
        .iter()
        .filter(|(_, section, needle)| !section_text(section).contains(needle))
        .map(|(fact, section, _)| format!("{fact} (in {section})"))
        .collect();
    assert!(
        missing.is_empty(),
        "facts missing from the pack: {missing:?}"
    );
}

/// Lowercase words, without punctuation: an apostrophe inside a word stays (`don't`), but
/// quotation marks around one go, so that the source's `‘mirror’` is the word `mirror`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|word| word.trim_matches(['\'', '’']))
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase().replace('’', "'"))
        .collect()
}

/// The sentences of a text: each ends at `.`, `?` or `!` followed by the end of the text
/// or by a space and a capital letter, so that `e.g. running` stays in its sentence.
fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for (end, mark) in text.match_indices(['.', '?', '!']) {
        let after = &text[end + mark.len()..];
        let next = after.trim_start().chars().next();
        if next.is_none_or(char::is_uppercase) && (next.is_none() || after.starts_with(' ')) {
            sentences.push(&text[start..end]);
            start = end + mark.len();
        }
    }
    sentences.push(&text[start..]);
    sentences
}

#[test]
fn words_and_sentences_are_counted_as_a_reader_counts_them() {
    assert_eq!(
        words("The ‘mirror’ neurons don’t 'rest'."),
        ["the", "mirror", "neurons", "don't", "rest"]
    );
    assert_eq!(
        sentences("Move, e.g. run or dance. Rest? Yes!"),
        ["Move, e.g. run or dance", " Rest", " Yes", ""]
    );
}

/// How many words in a row the pack may share with its source: fewer than this.
const RUN: usize = 7;

#[path = "support/fingerprint.rs"]
mod fingerprint;

/// The fingerprint of a run of words, joined by spaces.
fn run_fingerprint(run: &[String]) -> u64 {
    fingerprint::fingerprint(&run.join(" "))
}

/// The fingerprints of every run of [`RUN`] words of the source page, one a line in hex,
/// sorted, after a header: the text of `tests/source-runs.txt`.
fn source_runs_file(source: &str) -> String {
    let mut runs: Vec<u64> = words(source).windows(RUN).map(run_fingerprint).collect();
    runs.sort_unstable();
    runs.dedup();
    let mut text = String::from(
        "# The source page's runs of 7 words (lowercase, without punctuation), each as its\n\
         # SipHash-1-3 fingerprint (keys 0, 0), so that tests/bundled.rs can check that the\n\
         # bundled pack copies none of them without holding the page's text. Written by\n\
         # UPDATE_SOURCE_RUNS=1 cargo test -p vt-content --test bundled, from the page beside the\n\
         # checkout (../shared/source/vicarious-traumatisation.txt).\n",
    );
    for run in runs {
        text.push_str(&format!("{run:016x}\n"));
    }
    text
}

#[test]
fn no_run_of_seven_words_is_copied_from_the_source() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = manifest.join("tests/source-runs.txt");
    // The page itself is not in the repository (its terms of reuse are unknown). Where it
    // is, the committed fingerprints must be its own.
    let page = manifest.join("../../../shared/source/vicarious-traumatisation.txt");
    if let Ok(source) = fs::read_to_string(&page) {
        let written = source_runs_file(&source);
        if std::env::var_os("UPDATE_SOURCE_RUNS").is_some() {
            fs::write(&file, &written).expect("tests/source-runs.txt written");
        }
        assert!(
            fs::read_to_string(&file).is_ok_and(|committed| committed == written),
            "tests/source-runs.txt is not the page's; write it again with \
             UPDATE_SOURCE_RUNS=1 cargo test -p vt-content --test bundled"
        );
    }
    let committed = fs::read_to_string(&file).expect("tests/source-runs.txt");
    let source_runs: HashSet<u64> = committed
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| u64::from_str_radix(line, 16).expect("a fingerprint in hex"))
        .collect();
    assert!(source_runs.len() > 500, "the source's runs were not read");
    // Each text, and each list read straight through, aloud by a screen reader and as
    // lines in plain text: a list's short items must not add up to a run of the source's
    // either.
    let lists = lists()
        .into_iter()
        .map(|(path, items)| (path, items.join(" ")));
    let mut copied = Vec::new();
    for (path, text) in texts().into_iter().chain(lists) {
        for run in words(&text).windows(RUN) {
            if source_runs.contains(&run_fingerprint(run)) {
                copied.push(format!("{path}: {}", run.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied word for word from the source: {copied:#?}"
    );
}

#[test]
fn the_text_is_plain_and_short() {
    for (path, text) in texts() {
        for sentence in sentences(&text) {
            let count = words(sentence).len();
            assert!(
                count <= 20,
                "{path}: a sentence of {count} words: {sentence}"
            );
        }
        assert!(
            !text.contains(['<', '>', '*', '#', '`', '_', '[']),
            "{path}: markup in plain text: {text}"
        );
        let digits = text.chars().filter(char::is_ascii_digit).count();
        assert_eq!(
            digits, 0,
            "{path}: numbers (a phone number?) in the text: {text}"
        );
    }
}

/// Whether a text holds a word of the second person.
fn speaks_to_you(text: &str) -> bool {
    words(text)
        .iter()
        .any(|word| matches!(word.as_str(), "you" | "your" | "yourself" | "you're"))
}

#[test]
fn the_pack_speaks_to_the_reader() {
    // Every paragraph of prose speaks to the reader, but for these statements about VT
    // and burnout, headings of a kind, and instructions whose "you" is understood. A
    // paragraph reworded into the third person ("VT comes from feeling for people who
    // are in distress") fails here, and a new statement is added only after reading it.
    let statements = [
        "/summary/1",
        "/about/burnout/differences/0",
        "/about/burnout/differences/2",
        "/about/burnout/overlap/0",
        "/practices/0/how/1",
        "/practices/1/how/1",
        "/advice/other_signs/0",
        "/advice/prevention/0",
        "/advice/self_care/0",
    ];
    // What is not prose: names, titles, examples (a list of activities), the fixed
    // labels, the credit to the source, and who the pack is for (no page shows it).
    let not_prose = |path: &str| {
        let last = path.rsplit('/').next().unwrap_or_default();
        ["/labels/", "/attribution/", "/audience", "/title"]
            .iter()
            .any(|start| path.starts_with(start))
            || last == "title"
            || path.contains("/examples/")
            || path.contains("/also_known_as/")
    };
    let third_person: Vec<_> = texts()
        .into_iter()
        .filter(|(path, text)| {
            !not_prose(path) && !statements.contains(&path.as_str()) && !speaks_to_you(text)
        })
        .collect();
    assert!(
        third_person.is_empty(),
        "paragraphs that do not speak to the reader: {third_person:#?}"
    );
    // The statements are still there, each as it was read.
    let paths: Vec<_> = texts().into_iter().map(|(path, _)| path).collect();
    for statement in statements {
        assert!(paths.iter().any(|path| path == statement), "{statement}");
    }
}

#[test]
fn the_pack_uses_no_jargon() {
    // The source's words that a reader may not know, and the pack's own plain ones for
    // them: "feel for someone", "exercise that makes your heart and breathing speed up".
    let jargon = [
        "empathy",
        "empathic",
        "resilience",
        "resilient",
        "aerobic",
        "simulate",
        "interpret",
        "vicariously",
        "practitioner",
    ];
    for (path, text) in texts() {
        if path.starts_with("/attribution/") {
            continue;
        }
        let words = words(&text);
        let found: Vec<_> = jargon
            .iter()
            .filter(|term| words.iter().any(|word| word == *term))
            .collect();
        assert!(found.is_empty(), "{path}: {found:?} in {text:?}");
    }
}

#[test]
fn the_pack_informs_and_never_diagnoses() {
    let text = all_text();
    assert!(text.contains("does not diagnose"));
    assert!(text.contains("cannot tell you whether you have vt"));
    // No sentence tells the reader they have VT ("you have VT", "you may have VT", "you've
    // got VT", "you are suffering from VT"), but after "whether" or "if".
    const SAYING_YOU_HAVE: [&str; 12] = [
        "have",
        "has",
        "ve",
        "got",
        "may",
        "might",
        "probably",
        "likely",
        "are",
        "suffering",
        "suffer",
        "from",
    ];
    for sentence in text.split(['.', '?', '!', '\n']) {
        let words = words(sentence);
        for (at, word) in words.iter().enumerate() {
            let (you, rest) = (word.as_str(), &words[at + 1..]);
            let Some(gap) = rest.iter().position(|w| w == "vt" || w == "vicarious") else {
                continue;
            };
            let said = matches!(you, "you" | "you've" | "you're")
                && gap <= 3
                && rest[..gap]
                    .iter()
                    .all(|w| SAYING_YOU_HAVE.contains(&w.as_str()))
                && (gap > 0 || you != "you");
            if said {
                let before = at.checked_sub(1).map(|i| words[i].as_str());
                assert!(
                    matches!(before, Some("whether" | "if")),
                    "a sentence tells the reader they have VT: {sentence}"
                );
            }
        }
    }
    for claim in [
        "when you have vt",
        "diagnosis",
        "diagnosed",
        "score",
        "cure",
        "quiz",
        "test yourself",
        "self-assessment",
    ] {
        assert!(!text.contains(claim), "the pack says {claim:?}");
    }
}

#[test]
fn the_pack_says_the_signs_are_only_some_of_them() {
    let pack = bundled();
    let note = pack.advice.other_signs.join(" ").to_lowercase();
    assert!(note.contains("only some of the signs"), "{note}");
    assert!(
        pack.about
            .also_known_as
            .iter()
            .all(|name| name != "compassion fatigue")
    );
    assert!(
        pack.about
            .related_ideas
            .join(" ")
            .contains("compassion fatigue")
    );
}

#[test]
fn the_pack_is_an_honest_draft() {
    let pack = bundled();
    assert_eq!(pack.review.status, Some(vt_content::ReviewStatus::Draft));
    assert_eq!(pack.review.last_reviewed, None);
    assert_eq!(pack.review.reviewed_by, None);
    let attribution = &pack.attribution;
    assert_eq!(attribution.endorsed, Some(false));
    assert_eq!(
        attribution.url, None,
        "the source gives no address: none is invented"
    );
    assert!(attribution.notice.contains("RotherHive"));
    assert!(attribution.notice.contains("Rotherham Place Partnership"));
    assert!(
        attribution
            .copyright
            .as_deref()
            .is_some_and(|line| line.starts_with("© Copyright Rotherham Place Partnership"))
    );
    let licence = attribution
        .licence
        .as_ref()
        .expect("the reuse terms are stated");
    assert!(
        licence.expression.starts_with("LicenseRef-"),
        "no licence is claimed"
    );
    assert!(licence.text.join(" ").contains("claims no licence"));
}

#[test]
fn urgent_help_is_only_the_long_established_national_routes_added_by_the_editors() {
    let urgent_help = bundled().urgent_help.as_ref().expect("urgent help");
    let contacts: Vec<_> = urgent_help
        .contacts
        .iter()
        .map(|contact| {
            let text = contact.text_message.as_ref();
            (
                contact.id.as_str(),
                contact.phone.as_deref(),
                text.map(|t| (t.number.as_str(), t.keyword.as_str())),
                contact.origin,
            )
        })
        .collect();
    let editors = vt_content::ContactOrigin::Editors;
    assert_eq!(
        contacts,
        [
            ("emergency-services", Some("999"), None, editors),
            ("nhs-111", Some("111"), None, editors),
            ("samaritans", Some("116 123"), None, editors),
            ("shout", None, Some(("85258", "SHOUT")), editors),
        ]
    );
    // The source names no service: a support route holds no contact of its own.
    for route in &bundled().support {
        assert!(route.contacts.is_empty(), "{}", route.id);
    }
    // Every page marks each contact with these words, as added by the editors, open at
    // any time and free: they must keep saying just that.
    let labels = bundled()
        .labels
        .as_ref()
        .expect("the pack gives its labels");
    assert_eq!(
        labels.added_by_editors,
        "Added by the editors of this guide"
    );
    assert_eq!(labels.always_open, "Any time, day or night");
    assert_eq!(labels.free, "Free");
    for contact in &urgent_help.contacts {
        assert!(contact.url.is_none(), "{}", contact.id);
        // Every page says "Any time, day or night" and "Free" for each of them.
        assert!(
            contact
                .hours
                .as_ref()
                .is_some_and(vt_content::OpeningHours::is_always_open),
            "{}: {:?}",
            contact.id,
            contact.hours
        );
        assert_eq!(contact.cost, Some(vt_content::Cost::Free), "{}", contact.id);
    }
}
