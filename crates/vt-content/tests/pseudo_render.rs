//! The en-XA pack rendered in every format shows no plain English word: every text of a
//! rendering comes from the pack or its labels, none is written into the renderer.
#![cfg(feature = "render")]

use std::collections::BTreeSet;

use vt_content::render::{Document, HtmlOptions, json_ld};
use vt_content::{ContentPack, PseudoLocale, labels, pseudo};

/// The words of 3 or more ASCII letters in a text, in lower case.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// The English words of the en-GB pack and its labels: the texts that pseudo-localising
/// changes (ids, addresses and other typed values are not among them).
fn english(pack: &ContentPack) -> BTreeSet<String> {
    let mut texts = Vec::new();
    let pseudo_pack = pseudo(pack, PseudoLocale::EnXa).expect("a valid pack").pack;
    collect(
        &serde_json::to_value(pack).expect("serializes"),
        &serde_json::to_value(&pseudo_pack).expect("serializes"),
        &mut texts,
    );
    let mut words: BTreeSet<String> = texts.iter().flat_map(|t| words(t)).collect();
    let labels = serde_json::to_value(labels(pack).into_owned()).expect("serializes");
    for text in labels.as_object().expect("labels are an object").values() {
        words.extend(self::words(text.as_str().unwrap_or_default()));
    }
    words
}

fn collect(source: &serde_json::Value, pseudo: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    match (source, pseudo) {
        (Value::String(a), Value::String(b)) if a != b => out.push(a.clone()),
        (Value::String(_), Value::String(_)) => {}
        (Value::Array(a), Value::Array(b)) => a.iter().zip(b).for_each(|(a, b)| collect(a, b, out)),
        (Value::Object(a), Value::Object(b)) => {
            for (name, value) in a {
                if let Some(other) = b.get(name) {
                    collect(value, other, out);
                }
            }
        }
        _ => {}
    }
}

/// What a reader sees in a page or document: without markup, element names,
/// attributes other than those read aloud, addresses and the style sheet.
fn visible(text: &str) -> String {
    // Style and script bodies are markup, not text; JSON-LD is checked on its own.
    let mut rest = text.to_owned();
    for element in ["style", "script"] {
        while let Some(start) = rest.find(&format!("<{element}")) {
            let close = format!("</{element}>");
            let end = rest[start..]
                .find(&close)
                .map_or(rest.len(), |end| start + end + close.len());
            rest.replace_range(start..end, " ");
        }
    }
    // Tags: keep only the values of attributes that are read or shown.
    let mut shown = String::new();
    let mut inside = false;
    let mut tag = String::new();
    for c in rest.chars() {
        match (inside, c) {
            (false, '<') => {
                inside = true;
                tag.clear();
            }
            (true, '>') => {
                inside = false;
                for attribute in ["aria-label=\"", "title=\"", "alt=\"", "content=\""] {
                    if let Some(start) = tag.find(attribute) {
                        let value = &tag[start + attribute.len()..];
                        shown.push(' ');
                        shown.push_str(value.split('"').next().unwrap_or_default());
                        shown.push(' ');
                    }
                }
            }
            (true, c) => tag.push(c),
            (false, c) => shown.push(c),
        }
    }
    addresses_removed(&shown)
}

/// Removes web addresses, `#anchor` links and entity names, which are not words.
fn addresses_removed(text: &str) -> String {
    text.split_whitespace()
        .filter(|word| !word.contains("://") && !word.contains("](#") && !word.starts_with('('))
        .map(|word| {
            word.split('&')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once(';').map_or(part, |(_, rest)| rest)
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn json_texts(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(text) if !text.contains("://") => {
            out.push_str(text);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_texts(v, out)),
        serde_json::Value::Object(fields) => {
            for (name, value) in fields {
                // `@type`, `@context` and the like name schema.org terms, not text.
                if !name.starts_with('@') {
                    json_texts(value, out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn no_english_word_is_left_in_any_format() {
    let source = vt_content::bundled();
    let english = english(source);
    assert!(english.len() > 200, "{} words", english.len());
    let left = english_left_in(
        &pseudo(source, PseudoLocale::EnXa)
            .expect("a valid pack")
            .pack,
        &english,
    );
    assert!(left.is_empty(), "English left over:\n{}", left.join("\n"));
}

/// Every word of `english` that a rendering of `pack` shows, in every format, with where.
fn english_left_in(pack: &ContentPack, english: &BTreeSet<String>) -> Vec<String> {
    let kept = kept_values(&serde_json::to_value(pack).expect("serializes"));
    let guidance = pack.guidance(["withdrawing"]).expect("serializes");
    let mut failures = Vec::new();
    for (name, document) in [
        ("pack", Document::pack(pack)),
        ("guidance", Document::guidance(pack, &guidance)),
    ] {
        let html = document.to_html(&HtmlOptions::default());
        let mut ld = String::new();
        json_texts(&json_ld(pack), &mut ld);
        for (format, text) in [
            ("html", visible(&html)),
            (
                "markdown",
                addresses_removed(&visible(&document.to_markdown())),
            ),
            ("text", addresses_removed(&document.to_text(80))),
            ("json-ld", ld),
        ] {
            let text = without_kept_values(&text, &kept);
            let left: Vec<String> = words(&text).intersection(english).cloned().collect();
            for word in left {
                failures.push(format!(
                    "{name} {format}: {word:?} in {:?}",
                    context(&text, &word)
                ));
            }
        }
    }
    failures
}

/// A round trip through a translator's tool: the texts exported as a PO file, every
/// message given a (fake, accented) translation, imported into a pack that validates and
/// renders in every format with no English left.
#[cfg(feature = "po")]
#[test]
fn a_translation_round_trip_through_a_po_file_leaves_no_english() {
    use vt_content::{ReviewStatus, po};

    let source = vt_content::bundled();
    let language = "cy".parse().expect("a tag");
    let units = vt_content::translation_units(source, None, None);
    let exported = po::write_po(source, &language, &units);
    // The translator's tool fills in each message's empty msgstr.
    let mut filled = String::new();
    let mut path = String::new();
    for line in exported.lines() {
        if let Some(context) = line.strip_prefix("msgctxt ") {
            path = context.trim_matches('"').to_owned();
        }
        if line == "msgstr \"\"" && !path.is_empty() {
            let unit = units
                .iter()
                .find(|u| u.path == path.as_str())
                .expect("a unit");
            let fake = PseudoLocale::EnXa.text(&unit.source);
            let escaped = fake
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            filled.push_str(&format!("msgstr \"{escaped}\"\n"));
        } else {
            filled.push_str(line);
            filled.push('\n');
        }
    }
    let texts = po::read_po(&filled).expect("the filled file reads");
    assert_eq!(texts.units.len(), units.len());
    let loaded = vt_content::import_translation(
        source,
        None,
        &language,
        texts
            .source_version
            .as_ref()
            .expect("the header names the version"),
        &texts.units,
    )
    .expect("the translation imports");
    let pack = ContentPack::from_json(&loaded.pack.to_json())
        .expect("the translated pack validates")
        .pack;
    assert_eq!(pack.locale, "cy");
    assert_eq!(pack.review.status, Some(ReviewStatus::Draft));
    assert_eq!(pack.signs[0].id, source.signs[0].id);
    let left = english_left_in(&pack, &english(source));
    assert!(left.is_empty(), "English left over:\n{}", left.join("\n"));
}

/// The text around the first whole-word use of `word`, for the failure message.
fn context(text: &str, word: &str) -> String {
    let lower = text.to_lowercase();
    let at = lower
        .match_indices(word)
        .map(|(i, _)| i)
        .find(|&i| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + word.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphabetic())
                && !after.is_some_and(|c| c.is_ascii_alphabetic())
        })
        .unwrap_or(0);
    let start = lower[..at]
        .char_indices()
        .rev()
        .nth(30)
        .map_or(0, |(i, _)| i);
    lower[start..].chars().take(70).collect()
}

/// The typed values that pseudo-localising keeps (ids, phone numbers, keywords,
/// addresses, licence expressions), longest first.
fn kept_values(pack: &serde_json::Value) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(text) if !text.starts_with('[') && text.len() >= 3 => {
                out.push(text.to_lowercase());
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(pack, &mut out);
    out.sort_by_key(|text| std::cmp::Reverse(text.len()));
    out
}

/// The text without the typed values the pack keeps, which are not English words.
fn without_kept_values(text: &str, kept: &[String]) -> String {
    let mut text = text.to_lowercase();
    for value in kept {
        text = text.replace(value.as_str(), " ");
    }
    text
}
