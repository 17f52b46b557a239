//! Properties of the Kotlin and Swift face on generated input: loading, catalogs and
//! negotiation, lookups and guidance, review dates, pseudo-locales, diffs and version
//! checks, and (with `render`) pages and their options.
//!
//! Each exported function or method that takes input is called with arbitrary input
//! (texts with control characters, changes of direction and NUL, long texts, bytes that
//! are not UTF-8, the bundled pack's JSON with values replaced or removed and slices
//! deleted or inserted, any name for a pack, any tag, id, date, version or number), and
//! gives a value or the case of [`ContentError`] or [`CatalogError`] that its
//! documentation names, with what that case documents (violations with a code and a
//! JSON Pointer, a summary of one line). A panic, which uniffi would make an internal
//! error in Kotlin and a crash in Swift, fails a test by itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use chrono::Datelike;
use proptest::prelude::*;
use proptest::sample::{Index, select, subsequence};
use serde_json::Value;

use crate::ffi::diff::{check_pack_versions, check_version_bump, pack_changelog_entry};
use crate::ffi::{
    Catalog, CatalogError, ContentError, ContentPack, LoadedPack, bundled_catalog, bundled_pack,
    diff_pack_structure, diff_packs, load_catalog_from_dir, load_catalog_from_json,
    load_pack_from_bytes, load_pack_from_file, load_pack_from_json,
};
use crate::{
    BUNDLED_JSON, Bump, Direction, GuidanceKind, MAX_PACK_TEXT_BYTES, PseudoLocale, SchemaVersion,
    Violation, ViolationCode, WarningCode,
};

/// The settings of a test: `cases` cases.
fn cases(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// The repository's conformance fixtures.
fn conformance() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance")
}

/// The catalog fixture's packs by name, `released/1.0.0.json` included.
static FIXTURE_TEXTS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let packs = conformance().join("catalog/packs");
    let mut texts = Vec::new();
    for folder in [packs.clone(), packs.join("released")] {
        for entry in std::fs::read_dir(&folder).expect("the catalog fixture") {
            let path = entry.expect("an entry of the catalog fixture").path();
            if path
                .extension()
                .is_some_and(|extension| extension == "json")
            {
                let name = path.strip_prefix(&packs).expect("under the fixture");
                let name = name.to_str().expect("a UTF-8 name").replace('\\', "/");
                let text = std::fs::read_to_string(&path).expect("a fixture pack");
                texts.push((name, text));
            }
        }
    }
    texts.sort();
    texts
});

/// The catalog of the fixture's packs, loaded from its directory.
static CATALOG: LazyLock<Arc<Catalog>> = LazyLock::new(|| {
    load_catalog_from_dir(
        conformance()
            .join("catalog/packs")
            .to_str()
            .expect("a UTF-8 path"),
    )
    .expect("the catalog fixture loads")
});

/// A pack of schema 1.0, which has no urgent help and no labels of its own.
static OLD: LazyLock<Arc<ContentPack>> = LazyLock::new(|| {
    let path = conformance().join("valid/bundled-1.0/pack.json");
    load_pack_from_file(path.to_str().expect("a UTF-8 path"))
        .expect("the pack of schema 1.0 loads")
        .pack
});

/// The bundled pack in each pseudo-locale: en-XA, then ar-XB.
static PSEUDO: LazyLock<[Arc<ContentPack>; 2]> = LazyLock::new(|| {
    [PseudoLocale::EnXa, PseudoLocale::ArXb].map(|locale| {
        (bundled_pack().pseudo(locale))
            .expect("the bundled pack has its pseudo-locales")
            .pack
    })
});

/// The bundled pack's JSON.
static BUNDLED_VALUE: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(BUNDLED_JSON).expect("the bundled pack is JSON"));

/// Every place in the bundled pack's JSON but the whole, as a JSON Pointer.
static PLACES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut places = Vec::new();
    places_in(&BUNDLED_VALUE, String::new(), &mut places);
    places.remove(0);
    places
});

/// Every value in the bundled pack's JSON that is neither a list nor an object.
static LEAVES: LazyLock<Vec<Value>> = LazyLock::new(|| {
    (PLACES.iter())
        .filter_map(|place| BUNDLED_VALUE.pointer(place))
        .filter(|value| !value.is_array() && !value.is_object())
        .cloned()
        .collect()
});

/// Collects `value`'s place `at`, then every place in it.
fn places_in(value: &Value, at: String, places: &mut Vec<String>) {
    places.push(at.clone());
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let token = key.replace('~', "~0").replace('/', "~1");
                places_in(item, format!("{at}/{token}"), places);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                places_in(item, format!("{at}/{index}"), places);
            }
        }
        _ => {}
    }
}

/// The ids of the bundled pack's signs.
static SIGN_IDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    (bundled_pack().signs().iter())
        .map(|s| s.id.to_string())
        .collect()
});

// Strategies

/// Characters that JSON, ids, tags, pointers, dates, versions or the rules of texts treat
/// apart: NUL and other controls, quotes and escapes, separators of tags and headers, a
/// byte-order mark, zero-width and line-breaking characters, changes of direction, and
/// letters beyond ASCII.
const SPECIAL: &str = "\0\t\n\r\u{b}\u{1b}\u{7f}\u{85} \"\\/~-_.,;=*@{}[]:019qazA\u{a0}\
    \u{feff}\u{200b}\u{200e}\u{200f}\u{61c}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\
    \u{2067}\u{2068}\u{2069}\u{2028}\u{2029}éßع中😀\u{10ffff}";

/// Any character, often one of [`SPECIAL`].
fn chars() -> impl Strategy<Value = char> {
    prop_oneof![any::<char>(), select(SPECIAL.chars().collect::<Vec<_>>())]
}

/// Any text of at most `most` characters.
fn texts(most: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(chars(), 0..=most).prop_map(|chars| chars.into_iter().collect())
}

/// Any text: mostly short, sometimes of thousands of characters, sometimes one character
/// repeated past 64 KiB.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => texts(40),
        2 => texts(2000),
        1 => (chars(), 65_530usize..65_540).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

/// Text in the alphabet of language tags, `Accept-Language` headers and platform locales.
fn tag_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        select("abcdefghnrstxzAGHLNTX019-_@.;=*, q#".as_bytes()),
        0..24,
    )
    .prop_map(|bytes| bytes.into_iter().map(char::from).collect())
}

/// A language tag: one of the catalog fixture's locales or another tag a reader may give,
/// text in the tags' alphabet, or any text.
fn tags() -> impl Strategy<Value = String> {
    let known = [
        "en-GB",
        "cy",
        "de",
        "sr-Latn",
        "zh-Hant",
        "ar-XB",
        "en",
        "en-US",
        "cy-GB",
        "zh-TW",
        "zh-HK",
        "de_DE.UTF-8",
        "sr_RS@latin",
        "sr_RS_#Latn",
        "ar-SA",
        "en-XA",
        "*",
        "",
        " cy ",
    ];
    prop_oneof![
        select(known.to_vec()).prop_map(str::to_owned),
        tag_text(),
        texts(30),
    ]
}

/// An `Accept-Language` header: any text, text in the tags' alphabet, or tags with
/// q-values, well-formed or not.
fn headers() -> impl Strategy<Value = String> {
    let q = prop_oneof![
        (0.0f64..=1.0).prop_map(|q| format!("{q:.3}")),
        select(vec![
            "0", "1", "0.000", "1.001", "x", "", "0.5", "-1", "1e0"
        ])
        .prop_map(str::to_owned),
    ];
    let entries = proptest::collection::vec((tags(), proptest::option::of(q)), 0..6);
    prop_oneof![
        any_text(),
        tag_text(),
        entries.prop_map(|entries| {
            let entries = entries.into_iter().map(|(tag, q)| match q {
                Some(q) => format!("{tag};q={q}"),
                None => tag,
            });
            entries.collect::<Vec<_>>().join(", ")
        }),
    ]
}

/// An id: one of the bundled pack's signs, one like them, or any text.
fn ids() -> impl Strategy<Value = String> {
    let near = [
        "Withdrawing",
        "withdrawing ",
        "sad",
        "",
        "ground",
        "line-manager",
    ];
    prop_oneof![
        3 => select(SIGN_IDS.clone()),
        1 => select(near.to_vec()).prop_map(str::to_owned),
        1 => texts(20),
    ]
}

/// Any JSON value, or one from elsewhere in the bundled pack.
fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        texts(20).prop_map(Value::String),
        select(LEAVES.clone()),
    ];
    leaf.prop_recursive(2, 6, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            proptest::collection::vec((texts(10), inner), 0..3)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A change to a pack's text: a slice of at most 200 bytes deleted, or a text inserted.
#[derive(Clone, Debug)]
enum Splice {
    Delete(Index, usize),
    Insert(Index, String),
}

/// `at` moved back to the nearest character boundary of `text`.
fn boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Removes the value at `place` from `data`, if it is there.
fn remove(data: &mut Value, place: &str) {
    let (parent, token) = place.rsplit_once('/').expect("a place below the whole");
    let token = token.replace("~1", "/").replace("~0", "~");
    match data.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.shift_remove(&token);
        }
        Some(Value::Array(items)) => {
            if let Some(index) = token.parse::<usize>().ok().filter(|&i| i < items.len()) {
                items.remove(index);
            }
        }
        _ => {}
    }
}

/// The bundled pack's JSON text with up to two values replaced or removed, written
/// compact or indented, then up to two slices deleted or texts inserted; one change at
/// least.
fn mutated_texts() -> impl Strategy<Value = String> {
    let schema_versions = ["2.0", "0.9", "1.2", "1.99", "10.0", "1.1.0", "3"];
    let edit = prop_oneof![
        9 => (select(PLACES.clone()), proptest::option::of(json_values())),
        1 => select(schema_versions.to_vec())
            .prop_map(|version| ("/schema_version".to_owned(), Some(Value::from(version)))),
    ];
    let edits = proptest::collection::vec(edit, 0..=2);
    let splice = prop_oneof![
        (any::<Index>(), 1usize..200).prop_map(|(at, length)| Splice::Delete(at, length)),
        (any::<Index>(), texts(10)).prop_map(|(at, text)| Splice::Insert(at, text)),
    ];
    let splices = proptest::collection::vec(splice, 0..=2);
    (edits, any::<bool>(), splices)
        .prop_filter("one change at least", |(edits, _, splices)| {
            !edits.is_empty() || !splices.is_empty()
        })
        .prop_map(|(edits, pretty, splices)| {
            let mut data = BUNDLED_VALUE.clone();
            for (place, value) in edits {
                match value {
                    Some(value) => {
                        if let Some(slot) = data.pointer_mut(&place) {
                            *slot = value;
                        }
                    }
                    None => remove(&mut data, &place),
                }
            }
            let mut text = if pretty {
                serde_json::to_string_pretty(&data)
            } else {
                serde_json::to_string(&data)
            }
            .expect("a JSON value is written");
            for splice in splices {
                match splice {
                    Splice::Delete(at, length) => {
                        let start = boundary(&text, at.index(text.len() + 1));
                        let end = boundary(&text, (start + length).min(text.len()));
                        text.replace_range(start..end, "");
                    }
                    Splice::Insert(at, inserted) => {
                        let at = boundary(&text, at.index(text.len() + 1));
                        text.insert_str(at, &inserted);
                    }
                }
            }
            text
        })
}

/// A change to the bundled pack that keeps it valid, mostly.
#[derive(Clone, Debug)]
enum Edit {
    Title(String),
    Summary(Index, String),
    SignTitle(Index, String),
    Version(u64, u64, u64),
    Locale(&'static str),
    RemoveSign(Index),
    SwapSigns(Index, Index),
    RenameSign(Index, String),
}

/// Words that a pack's text may hold: no space at either end.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-zéß0-9][A-Za-zéß0-9 ,.'’-]{0,40}[A-Za-z.]"
}

/// The JSON text of a valid pack: the bundled pack with one to four edits (texts
/// reworded, another version or locale, signs removed, moved or renamed), of those that
/// load.
fn valid_texts() -> impl Strategy<Value = String> {
    let edit = prop_oneof![
        words().prop_map(Edit::Title),
        (any::<Index>(), words()).prop_map(|(at, text)| Edit::Summary(at, text)),
        (any::<Index>(), words()).prop_map(|(at, text)| Edit::SignTitle(at, text)),
        (0u64..4, 0u64..4, 0u64..6).prop_map(|(a, b, c)| Edit::Version(a, b, c)),
        select(vec![
            "en-US", "cy", "de-AT", "ar", "zh-Hant", "sr-Latn", "en-GB"
        ])
        .prop_map(Edit::Locale),
        any::<Index>().prop_map(Edit::RemoveSign),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapSigns(a, b)),
        (any::<Index>(), "[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}")
            .prop_map(|(at, id)| Edit::RenameSign(at, id)),
    ];
    proptest::collection::vec(edit, 1..=4).prop_filter_map("a valid pack", |edits| {
        let mut pack = crate::bundled().clone();
        for edit in edits {
            let signs = pack.signs.len();
            match edit {
                Edit::Title(text) => pack.title = text,
                Edit::Summary(at, text) => {
                    let at = at.index(pack.summary.len());
                    pack.summary[at] = text;
                }
                Edit::SignTitle(at, text) => pack.signs[at.index(signs)].title = text,
                Edit::Version(major, minor, patch) => {
                    pack.version = semver::Version::new(major, minor, patch).into();
                }
                Edit::Locale(locale) => pack.locale = locale.parse().ok()?,
                Edit::RemoveSign(at) if signs > 2 => {
                    pack.signs.remove(at.index(signs));
                }
                Edit::RemoveSign(_) => {}
                Edit::SwapSigns(a, b) => pack.signs.swap(a.index(signs), b.index(signs)),
                Edit::RenameSign(at, id) => pack.signs[at.index(signs)].id = id.parse().ok()?,
            }
        }
        let text = pack.to_json();
        load_pack_from_json(&text).ok().map(|_| text)
    })
}

/// The text of a pack for a diff: the bundled pack's, a valid variation, a mutated one,
/// or any text.
fn pack_texts() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(BUNDLED_JSON.to_owned()),
        3 => valid_texts(),
        2 => mutated_texts(),
        1 => texts(40),
    ]
}

/// A heading level or a width: small numbers, any `i32`, and its ends.
#[cfg(feature = "render")]
fn numbers() -> impl Strategy<Value = i32> {
    prop_oneof![
        -5i32..100,
        any::<i32>(),
        select(vec![i32::MIN, i32::MIN + 1, -1, 0, 1, 2, 3, 4, i32::MAX]),
    ]
}

/// A date as a front end may write it: a calendar date `YYYY-MM-DD` (or one of the days
/// around the bundled pack's next review), numbers that make no date, the same with
/// other padding or signs, or any text.
fn dates() -> impl Strategy<Value = String> {
    let due = bundled_pack().review().next_review_due;
    let around: Vec<String> = [due.pred_opt(), Some(due), due.succ_opt()]
        .into_iter()
        .flatten()
        .map(|day| day.to_string())
        .collect();
    // Years at the ends of those written with four digits, the due year, and any.
    let years = prop_oneof![select(vec![0, 1, 9999, due.year()]), 0i32..=9999,];
    prop_oneof![
        select(around),
        (years, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (-20000i32..=20000, 0u32..=13, 0u32..=32).prop_map(|(y, m, d)| format!("{y}-{m}-{d}")),
        (
            1i32..=9999,
            1u32..=12,
            1u32..=28,
            select(vec!["+", " ", "0", "T00:00"])
        )
            .prop_map(|(y, m, d, odd)| if odd == "T00:00" {
                format!("{y:04}-{m:02}-{d:02}{odd}")
            } else {
                format!("{odd}{y:04}-{m:02}-{d:02}")
            }),
        texts(12),
    ]
}

/// A version: `MAJOR.MINOR.PATCH` of small numbers, one that semver reads or refuses,
/// or any text.
fn versions() -> impl Strategy<Value = String> {
    let known = [
        "1.1.4",
        "2.0.0",
        "1.2.0",
        "1.1.5",
        "0.0.0",
        "1.1.4-rc.1",
        "1.1.4+build.1",
        "1.0",
        "v1.0.0",
        "01.1.4",
        "99999999999999999999.0.0",
        "",
        " 1.1.4",
    ];
    prop_oneof![
        3 => "[0-3]\\.[0-3]\\.[0-6]",
        1 => select(known.to_vec()).prop_map(str::to_owned),
        1 => texts(12),
    ]
}

// Checks

/// Characters that end a line.
const LINE_BREAKS: &[char] = &[
    '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{2028}', '\u{2029}',
];

/// Whether `text` is one line that says something.
fn is_one_line(text: &str) -> bool {
    !text.is_empty() && !text.contains(LINE_BREAKS)
}

/// Whether `path` is written as a JSON Pointer: `""`, or tokens each after a `/`, with
/// every `~` followed by `0` or `1`.
fn is_pointer(path: &str) -> bool {
    (path.is_empty() || path.starts_with('/'))
        && path
            .split('~')
            .skip(1)
            .all(|rest| rest.starts_with(['0', '1']))
}

/// Whether `text` is a kebab-case id: lowercase letters and digits in words joined by
/// single hyphens, starting with a letter, at most 64 characters long.
#[cfg(feature = "render")]
fn is_kebab_id(text: &str) -> bool {
    text.len() <= 64
        && text.starts_with(|c: char| c.is_ascii_lowercase())
        && text.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The date `text` names when it is written `YYYY-MM-DD`, from 0001-01-01.
fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && (bytes.iter().enumerate()).all(|(at, &b)| {
            if at == 4 || at == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return None;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
    let year = i32::try_from(number(0..4)?)
        .ok()
        .filter(|&year| year >= 1)?;
    chrono::NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// The summary that every case of a [`ContentError`] has.
fn summary_of(error: &ContentError) -> &str {
    match error {
        ContentError::Validation { summary, .. }
        | ContentError::UnsupportedSchemaVersion { summary, .. }
        | ContentError::Syntax { summary, .. }
        | ContentError::UnknownSign { summary, .. }
        | ContentError::InvalidArgument { summary, .. }
        | ContentError::Version { summary, .. }
        | ContentError::Io { summary, .. } => summary,
    }
}

/// A copy of `error` with an empty summary, to compare the rest of two errors.
fn without_summary(error: &ContentError) -> ContentError {
    let summary = String::new();
    match error {
        ContentError::Validation { violations, .. } => ContentError::Validation {
            summary,
            violations: violations.clone(),
        },
        ContentError::UnsupportedSchemaVersion {
            found,
            supported,
            violations,
            ..
        } => ContentError::UnsupportedSchemaVersion {
            summary,
            found: *found,
            supported: *supported,
            violations: violations.clone(),
        },
        ContentError::Syntax {
            code,
            line,
            column,
            reason,
            violations,
            ..
        } => ContentError::Syntax {
            summary,
            code: *code,
            line: *line,
            column: *column,
            reason: reason.clone(),
            violations: violations.clone(),
        },
        ContentError::UnknownSign { id, .. } => ContentError::UnknownSign {
            summary,
            id: id.clone(),
        },
        ContentError::InvalidArgument { name, value, .. } => ContentError::InvalidArgument {
            summary,
            name: name.clone(),
            value: value.clone(),
        },
        ContentError::Version { code, .. } => ContentError::Version {
            summary,
            code: code.clone(),
        },
        ContentError::Io { reason, .. } => ContentError::Io {
            summary,
            reason: reason.clone(),
        },
    }
}

/// Holds what a violation documents: a code, a JSON Pointer and a message.
fn check_violation(violation: &Violation) -> Result<(), TestCaseError> {
    prop_assert!(!violation.code.as_str().is_empty(), "{violation:?}");
    prop_assert!(is_pointer(violation.path.as_str()), "{violation:?}");
    prop_assert!(!violation.message.is_empty(), "{violation:?}");
    Ok(())
}

/// Holds what an error of a load documents: `Syntax` with one violation of its code at
/// `""`, `UnsupportedSchemaVersion` with one at `/schema_version`, or `Validation` with
/// every violation; a summary of one line. No other case.
fn check_load_error(error: &ContentError) -> Result<(), TestCaseError> {
    prop_assert!(is_one_line(summary_of(error)), "{error:?}");
    match error {
        ContentError::Validation {
            summary,
            violations,
        } => {
            prop_assert!(!violations.is_empty(), "{error:?}");
            let count = format!("the pack has {} violation", violations.len());
            prop_assert!(summary.starts_with(&count), "{summary}");
            for violation in violations {
                check_violation(violation)?;
            }
        }
        ContentError::UnsupportedSchemaVersion {
            found,
            supported,
            violations,
            ..
        } => {
            prop_assert_eq!(*supported, SchemaVersion::CURRENT);
            prop_assert_ne!(found.major, supported.major);
            prop_assert_eq!(violations.len(), 1);
            prop_assert_eq!(violations[0].code, ViolationCode::UnsupportedSchemaVersion);
            prop_assert_eq!(violations[0].path.as_str(), "/schema_version");
            check_violation(&violations[0])?;
        }
        ContentError::Syntax {
            summary,
            code,
            line,
            column,
            reason,
            violations,
        } => {
            let codes = [
                ViolationCode::ByteOrderMark,
                ViolationCode::InvalidUtf8,
                ViolationCode::JsonSyntax,
                ViolationCode::JsonTruncated,
            ];
            prop_assert!(codes.contains(code), "{error:?}");
            prop_assert!(*line >= 1 && *column >= 1, "{error:?}");
            prop_assert!(is_one_line(reason) && summary.contains(reason.as_str()));
            prop_assert_eq!(violations.len(), 1);
            prop_assert_eq!(violations[0].code, *code);
            prop_assert_eq!(violations[0].path.as_str(), "");
            prop_assert_eq!(&violations[0].message, reason);
        }
        other => prop_assert!(false, "a load threw {other:?}"),
    }
    Ok(())
}

/// Holds what a load documents: a pack whose `to_json()` loads again as an equal pack,
/// with warnings at JSON Pointers, or an error as [`check_load_error`] holds it.
fn check_load(result: &Result<LoadedPack, ContentError>) -> Result<(), TestCaseError> {
    match result {
        Ok(loaded) => {
            for warning in &loaded.warnings {
                prop_assert!(is_pointer(warning.path.as_str()), "{warning:?}");
            }
            let json = loaded.pack.to_json();
            let again = load_pack_from_json(&json);
            prop_assert!(again.is_ok(), "the canonical JSON is refused: {again:?}");
            let again = again.expect("checked").pack;
            prop_assert_eq!(&again, &loaded.pack);
            prop_assert_eq!(again.to_json(), json);
        }
        Err(error) => check_load_error(error)?,
    }
    Ok(())
}

/// Holds that `result`, of a function that loads the pack `texts` under the argument's
/// `names` (`old` and `new`, ...), is the error of the first that does not load, with a
/// summary that begins with its name; `None` when both load.
fn check_load_errors<T: std::fmt::Debug>(
    result: &Result<T, ContentError>,
    texts: [&str; 2],
    names: [&str; 2],
) -> Result<Option<[Arc<ContentPack>; 2]>, TestCaseError> {
    let loads = texts.map(load_pack_from_json);
    for (load, name) in loads.iter().zip(names) {
        if let Err(expected) = load {
            let Err(error) = result else {
                return Err(TestCaseError::fail(format!(
                    "{name} was refused by a load, but not here: {result:?}"
                )));
            };
            let summary = format!("{name}: {}", summary_of(expected));
            prop_assert_eq!(summary_of(error), summary.as_str());
            prop_assert_eq!(without_summary(error), without_summary(expected));
            return Ok(None);
        }
    }
    let [old, new] = loads.map(|load| load.expect("checked").pack);
    Ok(Some([old, new]))
}

/// What a pack's version check gives, as `checkPackVersions` documents it: a version
/// that goes back is `version-decreased`; one whose bump is smaller than the changes
/// need (`Bump::between`) is `version-bump-too-small`.
fn expected_check(
    required: Bump,
    old: &semver::Version,
    new: &semver::Version,
) -> Option<&'static str> {
    if new.cmp_precedence(old).is_lt() {
        Some("version-decreased")
    } else if Bump::between(old, new) < required {
        Some("version-bump-too-small")
    } else {
        None
    }
}

/// Holds what a diff documents: the packs' versions, its mode, each change with a path
/// in one pack or both (JSON Pointers), the greatest bump of its changes as the bump it
/// needs, and the changed texts as JSON Pointers (none in structure mode).
fn check_diff(
    diff: &crate::Diff,
    packs: &[Arc<ContentPack>; 2],
    mode: crate::DiffMode,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(diff.mode(), mode);
    prop_assert_eq!(diff.old_version(), &packs[0].version());
    prop_assert_eq!(diff.new_version(), &packs[1].version());
    let greatest = diff.changes().iter().map(|c| c.bump).max();
    prop_assert_eq!(diff.required_bump(), greatest.unwrap_or(Bump::None));
    for change in diff.changes() {
        let paths = [&change.old_path, &change.new_path];
        prop_assert!(paths.iter().any(|path| path.is_some()), "{change:?}");
        for path in paths.into_iter().flatten() {
            prop_assert!(is_pointer(path.as_str()), "{change:?}");
        }
    }
    for path in diff.changed_texts() {
        prop_assert!(is_pointer(path.as_str()), "{path:?}");
    }
    if mode == crate::DiffMode::Structure {
        prop_assert!(diff.changed_texts().is_empty());
    }
    Ok(())
}

/// Whether `pack` is one of `catalog`'s packs: the very object that `get` gives for one of
/// its locales.
fn is_one_of_its_packs(catalog: &Catalog, pack: &Arc<ContentPack>) -> bool {
    (catalog.locales().iter()).any(|locale| Arc::ptr_eq(pack, &catalog.get(locale)))
}

/// A heading level taken as the nearest of 1 to 3.
#[cfg(feature = "render")]
fn nearest_level(level: i32) -> i32 {
    level.clamp(1, 3)
}

/// The pages to draw, each with whether its pack gives urgent help: the bundled pack, the
/// pack of schema 1.0, the bundled pack right to left, and guidances of each.
#[cfg(feature = "render")]
static PAGES: LazyLock<Vec<(Arc<crate::ffi::Page>, bool)>> = LazyLock::new(|| {
    let guidance = |pack: &ContentPack, ids: &[String]| {
        pack.guidance_page(ids.to_vec())
            .expect("the signs are the pack's")
    };
    let bundled = bundled_pack();
    vec![
        (bundled.page(), true),
        (OLD.page(), false),
        (PSEUDO[1].page(), true),
        (guidance(&bundled, &[]), true),
        (guidance(&bundled, &SIGN_IDS[..2]), true),
        (guidance(&OLD, &SIGN_IDS[SIGN_IDS.len() - 1..]), false),
    ]
});

proptest! {
    #![proptest_config(cases(300))]

    /// Any text loads as a pack that reloads equal, or as a load's error; its bytes alike.
    #[test]
    fn any_text_loads_as_a_pack_or_a_documented_error(text in any_text()) {
        let loaded = load_pack_from_json(&text);
        check_load(&loaded)?;
        prop_assert_eq!(load_pack_from_bytes(text.into_bytes()), loaded);
    }

    /// Bytes load as their text; not UTF-8 or a BOM is `Syntax`, too many `pack-too-large`.
    #[test]
    fn any_bytes_load_as_their_text_or_a_documented_error(
        bytes in prop_oneof![
            8 => proptest::collection::vec(any::<u8>(), 0..400),
            4 => (mutated_texts(), any::<Index>(), proptest::collection::vec(any::<u8>(), 1..4))
                .prop_map(|(text, at, inserted)| {
                    let mut bytes = text.into_bytes();
                    let at = at.index(bytes.len() + 1);
                    bytes.splice(at..at, inserted);
                    bytes
                }),
            1 => any_text().prop_map(|text| format!("\u{feff}{text}").into_bytes()),
            1 => Just(b"\xEF\xBB\xBF".iter().chain(BUNDLED_JSON.as_bytes()).copied().collect::<Vec<u8>>()),
            1 => (any::<u8>(), 1usize..3).prop_map(|(byte, more)| {
                vec![byte; MAX_PACK_TEXT_BYTES + more]
            }),
        ]
    ) {
        let loaded = load_pack_from_bytes(bytes.clone());
        check_load(&loaded)?;
        if bytes.len() > MAX_PACK_TEXT_BYTES {
            let Err(ContentError::Validation { violations, .. }) = &loaded else {
                return Err(TestCaseError::fail(format!("a text too large was read: {loaded:?}")));
            };
            let found: Vec<_> = violations.iter().map(|v| (v.code, v.path.as_str())).collect();
            prop_assert_eq!(found, [(ViolationCode::PackTooLarge, "")]);
        } else if let Ok(text) = std::str::from_utf8(&bytes) {
            prop_assert_eq!(&load_pack_from_json(text), &loaded);
        }
        if bytes.len() <= crate::MAX_PACK_BYTES
            && (std::str::from_utf8(&bytes).is_err() || bytes.starts_with(b"\xEF\xBB\xBF"))
        {
            prop_assert!(matches!(loaded, Err(ContentError::Syntax { .. })), "{loaded:?}");
        }
    }

    /// A mutated bundled pack loads and reloads equal, or is refused as documented.
    #[test]
    fn a_mutated_bundled_pack_loads_or_is_refused_as_documented(text in mutated_texts()) {
        let loaded = load_pack_from_json(&text);
        check_load(&loaded)?;
        prop_assert_eq!(load_pack_from_bytes(text.into_bytes()), loaded);
    }
}

proptest! {
    #![proptest_config(cases(100))]

    /// A path that is not there is `Io`, pack or catalog, with a one-line summary naming it.
    #[test]
    fn a_path_that_is_not_there_is_an_io_error(name in texts(20)) {
        // Nothing is under a file.
        let path = format!("{}/Cargo.toml/{name}", env!("CARGO_MANIFEST_DIR"));
        let shown = crate::shown_path(Path::new(&path));
        let error = load_pack_from_file(&path);
        let Err(ContentError::Io { summary, reason }) = &error else {
            return Err(TestCaseError::fail(format!("{path:?} gave {error:?}")));
        };
        prop_assert!(is_one_line(summary) && !reason.is_empty(), "{error:?}");
        let named = format!("{shown}: the pack could not be read: ");
        prop_assert!(summary.starts_with(&named), "{summary}");
        let error = load_catalog_from_dir(&path);
        let Err(CatalogError::Io { summary, reason }) = &error else {
            return Err(TestCaseError::fail(format!("{path:?} gave {error:?}")));
        };
        prop_assert!(is_one_line(summary) && !reason.is_empty(), "{error:?}");
        prop_assert!(summary.contains(&shown), "{summary}");
    }

    /// Any texts by any names make a catalog, or `Invalid` about the given names only.
    #[test]
    fn any_texts_by_any_names_make_a_catalog_or_an_invalid_one(
        fixtures in subsequence(FIXTURE_TEXTS.clone(), 0..=FIXTURE_TEXTS.len()),
        others in proptest::collection::vec(
            (
                prop_oneof![
                    select(
                        vec![
                            "en-GB.json", "cy.json", "de.json", "fr-FR.json", "released/en-GB.json",
                            "released/1.0.0.json", "en-GB", "", ".json", "released/",
                            "../en-GB.json", "a/b.json", "EN-gb.json",
                        ]
                    )
                    .prop_map(str::to_owned),
                    texts(12),
                    texts(12).prop_map(|name| name + ".json"),
                ],
                prop_oneof![
                    Just(BUNDLED_JSON.to_owned()),
                    select(FIXTURE_TEXTS.iter().map(|(_, text)| text.clone()).collect::<Vec<_>>()),
                    mutated_texts(),
                    texts(40),
                ],
            ),
            0..3,
        )
    ) {
        let packs: HashMap<String, String> = fixtures.into_iter().chain(others).collect();
        let names: Vec<String> = packs.keys().cloned().collect();
        match load_catalog_from_json(packs) {
            Ok(catalog) => {
                let locales = catalog.locales();
                prop_assert!(locales.contains(&catalog.default_locale()), "{locales:?}");
                for locale in &locales {
                    prop_assert_eq!(&catalog.get(locale).locale().to_string(), locale);
                }
                for warning in catalog.warnings() {
                    prop_assert!(names.contains(&warning.file), "{warning:?}");
                }
                let translations: Vec<String> = (catalog.translation_status().iter())
                    .map(|status| status.locale.to_string())
                    .collect();
                let expected: Vec<&String> = (locales.iter())
                    .filter(|&locale| *locale != catalog.default_locale())
                    .collect();
                prop_assert_eq!(translations.iter().collect::<Vec<_>>(), expected);
            }
            Err(CatalogError::Invalid { summary, files, violations }) => {
                prop_assert!(!files.is_empty() || !violations.is_empty());
                for file in &files {
                    prop_assert!(names.contains(&file.file), "{file:?}");
                    let kinds = ["syntax", "unsupported-schema-version", "validation"];
                    prop_assert!(kinds.contains(&file.kind.as_str()), "{file:?}");
                    let syntax = file.kind == "syntax";
                    prop_assert_eq!(file.line.is_some(), syntax);
                    prop_assert_eq!(file.column.is_some(), syntax);
                    prop_assert!(file.line.unwrap_or(1) >= 1 && file.column.unwrap_or(1) >= 1);
                    prop_assert!(is_one_line(&file.summary), "{file:?}");
                    prop_assert!(!file.violations.is_empty(), "{file:?}");
                    for violation in &file.violations {
                        check_violation(violation)?;
                    }
                }
                for violation in &violations {
                    prop_assert!(
                        violation.file.is_empty() || names.contains(&violation.file),
                        "{violation:?}"
                    );
                    check_violation(&violation.violation)?;
                }
                let lines: Vec<&str> = summary.split('\n').collect();
                let problems = files.len() + violations.len();
                prop_assert_eq!(lines.len(), 1 + problems.min(20) + usize::from(problems > 20));
                prop_assert!(lines[0].starts_with("the catalog is invalid: "), "{summary}");
                prop_assert!(lines.iter().all(|line| is_one_line(line)), "{summary:?}");
            }
            Err(error) => prop_assert!(false, "texts gave {error:?}"),
        }
    }

}

proptest! {
    #![proptest_config(cases(64))]

    /// `toText` takes any width, one under 20 as 20.
    #[cfg(feature = "render")]
    #[test]
    fn text_takes_any_width(page in 0..PAGES.len(), width in numbers()) {
        let page = &PAGES[page].0;
        let text = page.to_text(width);
        prop_assert!(!text.is_empty());
        if width < 20 {
            prop_assert_eq!(text, page.to_text(20));
        }
    }

    /// `pseudo` keeps a valid pack's ids and version and reloads equal, or is `Validation`.
    #[test]
    fn pseudo_of_a_valid_variation_loads_or_is_refused(
        text in valid_texts(),
        locale in select(vec![PseudoLocale::EnXa, PseudoLocale::ArXb]),
    ) {
        let pack = load_pack_from_json(&text).expect("a valid variation").pack;
        let pseudo = pack.pseudo(locale);
        check_load(&pseudo)?;
        match pseudo {
            Ok(loaded) => {
                let (tag, direction) = match locale {
                    PseudoLocale::EnXa => ("en-XA", Direction::LeftToRight),
                    PseudoLocale::ArXb => ("ar-XB", Direction::RightToLeft),
                };
                prop_assert_eq!(loaded.pack.locale().to_string(), tag);
                prop_assert_eq!(loaded.pack.direction(), direction);
                prop_assert_eq!(loaded.pack.id(), pack.id());
                prop_assert_eq!(loaded.pack.version(), pack.version());
                let ids = |pack: &ContentPack| pack.signs().into_iter().map(|s| s.id).collect::<Vec<_>>();
                prop_assert_eq!(ids(&loaded.pack), ids(&pack));
            }
            Err(error) => {
                prop_assert!(matches!(error, ContentError::Validation { .. }), "{error:?}");
            }
        }
    }

}

proptest! {
    #![proptest_config(cases(100))]

    /// Diffs and version checks of any texts are well formed, or the first one's load error.
    #[test]
    fn diffs_of_any_texts_are_well_formed_or_refused_as_a_load(
        old in pack_texts(),
        new in pack_texts(),
    ) {
        let texts = [old.as_str(), new.as_str()];
        let diff = diff_packs(&old, &new);
        let Some(packs) = check_load_errors(&diff, texts, ["old", "new"])? else {
            let structure = diff_pack_structure(&old, &new);
            check_load_errors(&structure, texts, ["source", "translation"])?;
            check_load_errors(&check_pack_versions(&old, &new), texts, ["old", "new"])?;
            check_load_errors(&pack_changelog_entry(&old, &new), texts, ["old", "new"])?;
            return Ok(());
        };
        let diff = diff.expect("both load");
        check_diff(&diff, &packs, crate::DiffMode::Content)?;
        let structure = diff_pack_structure(&old, &new).expect("both load");
        check_diff(&structure, &packs, crate::DiffMode::Structure)?;
        let versions = packs.each_ref().map(|pack| pack.version().as_semver().clone());
        let expected = expected_check(diff.required_bump(), &versions[0], &versions[1]);
        match check_pack_versions(&old, &new) {
            Ok(()) => prop_assert_eq!(expected, None),
            Err(ContentError::Version { summary, code }) => {
                prop_assert!(is_one_line(&summary), "{summary:?}");
                prop_assert_eq!(Some(code.as_str()), expected);
            }
            Err(error) => prop_assert!(false, "the version check threw {error:?}"),
        }
        let entry = pack_changelog_entry(&old, &new).expect("both load");
        prop_assert!(entry.starts_with(&format!("## {}\n", versions[1])), "{entry}");
        let same = diff_packs(&old, &old).expect("it loads");
        prop_assert!(same.is_empty() && same.required_bump() == Bump::None, "{same:?}");
        prop_assert!(diff_pack_structure(&new, &new).expect("it loads").is_empty());
        prop_assert_eq!(check_pack_versions(&new, &new), Ok(()));
    }
}

proptest! {
    #![proptest_config(cases(200))]

    /// Negotiation gives one of the catalog's packs; `negotiate` of one tag gives `get`'s.
    #[test]
    fn negotiation_gives_one_of_the_catalogs_packs(
        bundled in any::<bool>(),
        header in headers(),
        tags in proptest::collection::vec(tags(), 0..5),
    ) {
        let catalog = if bundled { bundled_catalog() } else { Arc::clone(&CATALOG) };
        let default = catalog.get(&catalog.default_locale());
        let acceptable: Vec<String> =
            crate::accept_language(&header).iter().map(ToString::to_string).collect();
        let by_header = catalog.negotiate_header(&header);
        if let Some(requested) = &by_header.requested {
            prop_assert!(acceptable.contains(requested), "{requested} of {acceptable:?}");
        }
        for found in [by_header, catalog.negotiate(tags.clone())] {
            prop_assert!(is_one_of_its_packs(&catalog, &found.pack));
            prop_assert!(found.requested.is_some() || Arc::ptr_eq(&found.pack, &default));
        }
        for tag in tags.iter().map(String::as_str).chain(header.split(',')) {
            let got = catalog.get(tag);
            prop_assert!(is_one_of_its_packs(&catalog, &got));
            let negotiated = catalog.negotiate(vec![tag.to_owned()]);
            prop_assert!(Arc::ptr_eq(&negotiated.pack, &got), "{tag:?}");
        }
    }

    /// `guidance` is Ok exactly when every id is a sign; else `UnknownSign` of the first.
    #[test]
    fn guidance_is_given_exactly_when_every_id_is_a_sign(
        ids in proptest::collection::vec(ids(), 0..6),
    ) {
        let pack = bundled_pack();
        let unknown = ids.iter().find(|&id| !SIGN_IDS.contains(id));
        let guidance = pack.guidance(ids.clone());
        match (&guidance, unknown) {
            (Ok(guidance), None) => {
                let mut once: Vec<&String> = Vec::new();
                for id in &ids {
                    if !once.contains(&id) {
                        once.push(id);
                    }
                }
                let given: Vec<String> =
                    guidance.recognised_signs.iter().map(|s| s.id.to_string()).collect();
                prop_assert_eq!(given.iter().collect::<Vec<_>>(), once);
                let kind = if ids.is_empty() { GuidanceKind::Prevention } else { GuidanceKind::SeekSupport };
                prop_assert_eq!(guidance.kind, kind);
                if ids.is_empty() {
                    prop_assert!(guidance.speak_to.is_empty());
                }
            }
            (Err(ContentError::UnknownSign { summary, id }), Some(unknown)) => {
                prop_assert_eq!(id, unknown);
                prop_assert!(is_one_line(summary), "{summary:?}");
                prop_assert!(summary.ends_with(" is not the id of a sign in this pack"), "{summary}");
            }
            _ => prop_assert!(false, "{ids:?} gave {guidance:?}"),
        }
        #[cfg(feature = "render")]
        {
            let page = pack.guidance_page(ids.clone());
            match (page, guidance) {
                (Ok(_), Ok(_)) => {}
                (Err(page), Err(guidance)) => prop_assert_eq!(page, guidance),
                (page, guidance) => prop_assert!(
                    false,
                    "the page is {:?} and the guidance {:?}",
                    page.map(|_| ()),
                    guidance.map(|_| ())
                ),
            }
        }
    }

    /// A lookup by any id gives the item with that id, or null exactly when there is none.
    #[test]
    fn a_lookup_by_any_id_finds_the_item_with_that_id(
        id in prop_oneof![
            ids(),
            select(vec!["ground", "line-manager", "stay-connected", "trusted-person"])
                .prop_map(str::to_owned),
        ],
    ) {
        let pack = bundled_pack();
        let has = |ids: Vec<String>| ids.contains(&id);
        let found = pack.sign(&id).map(|item| item.id);
        prop_assert_eq!(found.is_some(), has(pack.signs().into_iter().map(|i| i.id.into()).collect()));
        prop_assert!(found.is_none_or(|found| found == id.as_str()));
        let found = pack.self_care_action(&id).map(|item| item.id);
        prop_assert_eq!(
            found.is_some(),
            has(pack.self_care_actions().into_iter().map(|i| i.id.into()).collect())
        );
        prop_assert!(found.is_none_or(|found| found == id.as_str()));
        let found = pack.practice(&id).map(|item| item.id);
        prop_assert_eq!(found.is_some(), has(pack.practices().into_iter().map(|i| i.id.into()).collect()));
        prop_assert!(found.is_none_or(|found| found == id.as_str()));
        let found = pack.support_route(&id).map(|item| item.id);
        prop_assert_eq!(found.is_some(), has(pack.support().into_iter().map(|i| i.id.into()).collect()));
        prop_assert!(found.is_none_or(|found| found == id.as_str()));
    }

    /// `reviewWarning` reads exactly the dates `YYYY-MM-DD` from year 1; else `InvalidArgument`.
    #[test]
    fn review_warning_reads_iso_dates_and_refuses_any_other_text(
        pack in select(vec![bundled_pack(), Arc::clone(&OLD), Arc::clone(&PSEUDO[0])]),
        today in dates(),
    ) {
        let warning = pack.review_warning(&today);
        match (iso_date(&today), warning) {
            (Some(date), Ok(warning)) => {
                prop_assert_eq!(warning.is_some(), date >= pack.review().next_review_due);
                if let Some(warning) = warning {
                    prop_assert_eq!(warning.code, WarningCode::ReviewOverdue);
                    prop_assert_eq!(warning.path.as_str(), "/review/next_review_due");
                }
            }
            (None, Err(ContentError::InvalidArgument { summary, name, value })) => {
                prop_assert_eq!((name.as_str(), value.as_str()), ("today", today.as_str()));
                prop_assert!(is_one_line(&summary) && summary.starts_with("today: "), "{summary:?}");
            }
            (date, warning) => prop_assert!(false, "{today:?} ({date:?}) gave {warning:?}"),
        }
    }

    /// `checkVersionBump` refuses what semver does not read, else checks the bump needed.
    #[test]
    fn a_version_bump_of_any_versions_is_checked_as_documented(
        new in prop_oneof![4 => valid_texts(), 1 => mutated_texts()],
        old_version in versions(),
        new_version in versions(),
    ) {
        let result = check_version_bump(BUNDLED_JSON, &new, &old_version, &new_version);
        let read = [&old_version, &new_version].map(|v| semver::Version::parse(v));
        let refused = [("oldVersion", &old_version, &read[0]), ("newVersion", &new_version, &read[1])]
            .into_iter()
            .find(|(_, _, read)| read.is_err());
        if let Some((expected, given, _)) = refused {
            let Err(ContentError::InvalidArgument { summary, name, value }) = &result else {
                return Err(TestCaseError::fail(format!("{given:?} was read: {result:?}")));
            };
            prop_assert_eq!((name.as_str(), value), (expected, given));
            prop_assert!(is_one_line(summary), "{summary:?}");
            prop_assert!(summary.starts_with(&format!("{expected}: ")), "{summary}");
            return Ok(());
        }
        if check_load_errors(&result, [BUNDLED_JSON, &new], ["old", "new"])?.is_none() {
            return Ok(());
        }
        let [old_version, new_version] = read.map(|read| read.expect("checked"));
        let required = diff_packs(BUNDLED_JSON, &new).expect("both load").required_bump();
        match (result, expected_check(required, &old_version, &new_version)) {
            (Ok(()), None) => {}
            (Err(ContentError::Version { summary, code }), Some(expected)) => {
                prop_assert_eq!(code.as_str(), expected);
                prop_assert!(is_one_line(&summary), "{summary:?}");
            }
            (result, expected) => prop_assert!(false, "{result:?} where {expected:?} was due"),
        }
    }
}

#[cfg(feature = "render")]
proptest! {
    #![proptest_config(cases(120))]

    /// Pages take any level as the nearest of 1 to 3, and exactly the kebab-case ids as prefix.
    #[test]
    fn pages_take_any_options_and_exactly_the_prefixes_that_are_ids(
        page in 0..PAGES.len(),
        fragment in any::<bool>(),
        stylesheet in proptest::option::of(texts(20)),
        level in numbers(),
        prefix in prop_oneof![
            select(vec!["vt", "a-b", "signs", "Vt", "-vt", "vt-", "a--b", "1a", "", "a b", "é"])
            .prop_map(str::to_owned),
            (63usize..=66).prop_map(|n| "a".repeat(n)),
            "[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}",
            texts(20),
        ],
    ) {
        let (page, has_urgent_help) = &PAGES[page];
        let html = page.to_html(fragment, stylesheet.clone(), level);
        prop_assert_eq!(&html, &page.to_html(fragment, stylesheet.clone(), nearest_level(level)));
        let urgent = page.urgent_help_html(level);
        prop_assert_eq!(&urgent, &page.urgent_help_html(nearest_level(level)));
        prop_assert_eq!(urgent.is_some(), *has_urgent_help);
        match page.with_id_prefix(&prefix) {
            Ok(prefixed) => {
                prop_assert!(is_kebab_id(&prefix), "{prefix:?} was taken");
                let id = format!(" id=\"{prefix}-");
                let html = prefixed.to_html(fragment, stylesheet, level);
                prop_assert!(html.contains(&id), "{id} is not in the page");
                prop_assert!(prefixed.to_markdown().contains(&id), "{id} is not in the Markdown");
                if let Some(urgent) = prefixed.urgent_help_html(level) {
                    prop_assert!(urgent.contains(&format!("{id}urgent-help\"")), "{urgent}");
                }
            }
            Err(ContentError::InvalidArgument { summary, name, value }) => {
                prop_assert!(!is_kebab_id(&prefix), "{prefix:?} was refused");
                prop_assert_eq!((name.as_str(), value.as_str()), ("prefix", prefix.as_str()));
                prop_assert!(is_one_line(&summary) && summary.starts_with("prefix: "), "{summary:?}");
            }
            Err(error) => prop_assert!(false, "{prefix:?} gave {error:?}"),
        }
    }
}
