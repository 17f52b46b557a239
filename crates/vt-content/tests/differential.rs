//! Differential testing: the loader against an independent JSON Schema validator (the
//! `jsonschema` crate) over [`vt_content::json_schema`], on generated packs.
//!
//! Three generators feed the same checks:
//!
//! - valid packs built from the schema itself (most made consistent: unique ids,
//!   references that resolve, the rules of trust kept, review dates in order; the others
//!   left as generated; a tenth of a newer minor version, with a field to ignore);
//! - mutations of the bundled pack and of the conformance fixtures, as JSON values: a
//!   value replaced or removed, a field added, a list resized, a text edited, the schema
//!   version changed;
//! - mutations of their bytes: truncated, flipped, inserted, deleted.
//!
//! Every case checks that:
//!
//! 1. nothing panics (proptest catches a panic and shrinks the case that caused it);
//! 2. the loader reports exactly the structural violations the validator finds, as
//!    `(code, path)` pairs, so it accepts a pack structurally exactly when the validator
//!    does (see [`schema_findings`] for how each of the validator's errors maps to a code);
//! 3. every violation's and warning's path resolves in the input document (RFC 6901), a
//!    `missing-field` path's parent does (and the path itself does not), and a syntax
//!    error's path is the whole pack, `""`;
//! 4. an accepted pack round-trips `to_json` -> `from_json` unchanged, and gives guidance.
//!
//! Where the two must differ, by design, the test states the rule and maps it:
//!
//! - text rules beyond the schema (`untrimmed-text`, `control-character`,
//!   `unpaired-direction`), the string formats (`invalid-id`, `invalid-schema-version`,
//!   `invalid-version`, `invalid-locale`, `invalid-date`: the schema names the formats,
//!   which draft 2020-12 treats as annotations) and the whole-pack rules (`duplicate-id`, `unresolved-reference`,
//!   `review-dates-out-of-order`) are the loader's alone: only the structural codes
//!   ([`STRUCTURAL`]) are compared; a format's `pattern`, and opening hours' `opens` and
//!   `closes` asked for together (`dependentRequired`), for editors, may refuse only a
//!   value the loader refuses with that rule's code ([`schemas::PARTLY_STATED_RULES`]);
//! - a pack of a newer minor schema version (`1.N`, N > 0) loads with its unknown fields
//!   ignored: the validator's `additionalProperties` errors on it are the loader's
//!   `ignored-field` warnings, not violations;
//! - a pack of another major schema version is refused before its structure is checked
//!   (`unsupported-schema-version`), whatever the validator says;
//! - input that is not JSON text, or is over the size limit, has nothing for a schema to
//!   judge: the loader must refuse it with a syntax or size violation of the whole pack.
//!
//! Bounded: [`DEFAULT_CASES`] cases in all, about 5 s of CPU in a debug build; the count
//! and the time are printed. A failure prints the smallest failing input, as text.
//! `DIFFERENTIAL_CASES=N` runs N cases instead; `PROPTEST_RNG_SEED=S` fixes the seed.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[path = "support/schemas.rs"]
mod schemas;

use jsonschema::error::ValidationErrorKind;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Map, Value};
use vt_content::{
    ContentPack, JsonPointer, LoadError, MAX_PACK_BYTES, SchemaVersion, ViolationCode, WarningCode,
};

/// How many cases run by default, in all: a sixth generated packs (the dearest to make),
/// half value mutations and the rest byte mutations.
const DEFAULT_CASES: u32 = 3000;

/// The loader's codes for the rules the JSON Schema states; every other code is a rule
/// beyond the schema.
const STRUCTURAL: [ViolationCode; 8] = [
    ViolationCode::InvalidType,
    ViolationCode::MissingField,
    ViolationCode::UnknownField,
    ViolationCode::InvalidEnumValue,
    ViolationCode::TooFewItems,
    ViolationCode::TooManyItems,
    ViolationCode::EmptyText,
    ViolationCode::TextTooLong,
];

/// The bytes of one case, shown as text (lossily) when proptest reports a failing case.
#[derive(Clone)]
struct Input(Vec<u8>);

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} bytes:\n{}",
            self.0.len(),
            String::from_utf8_lossy(&self.0)
        )
    }
}

/// A finding as `(code, path)`, the path an RFC 6901 pointer.
type Finding = (String, String);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

// ---------------------------------------------------------------------------------------
// The oracle: the independent validator, and what each of its errors means in codes.

/// `pointer` with the member `name` appended, escaped as RFC 6901 says (written here
/// rather than taken from the library, which is under test).
fn child(pointer: &str, name: &str) -> String {
    format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"))
}

/// What the validator finds in `doc`, as the loader's codes and paths.
///
/// `required` and `additionalProperties` errors are reported at the object; the loader
/// reports them at the missing or unknown member, so they map to one finding per member.
/// `PracticeKind` is a `oneOf` of constants, which the loader reports as an
/// `invalid-enum-value`. Any other kind of error is one the schema should never give.
fn schema_findings(validator: &jsonschema::Validator, doc: &Value) -> Vec<Finding> {
    let mut findings = Vec::new();
    for error in validator.iter_errors(doc) {
        let at = error.instance_path().as_str().to_owned();
        let mut add = |code: &str, path: String| findings.push((code.to_owned(), path));
        let keyword = error.schema_path().as_str();
        match error.kind() {
            ValidationErrorKind::Type { .. } => add("invalid-type", at),
            // Opening hours' `opens` and `closes` asked for together, for editors: a rule
            // the loader states in full (`invalid-opening-hours`, at the hours).
            ValidationErrorKind::Required { .. } if keyword.contains("/dependentRequired") => {
                add("together", at);
            }
            ValidationErrorKind::Required { property } => {
                add(
                    "missing-field",
                    child(&at, property.as_str().unwrap_or("?")),
                );
            }
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                for name in unexpected {
                    add("unknown-field", child(&at, name));
                }
            }
            ValidationErrorKind::OneOfNotValid { .. }
            | ValidationErrorKind::Enum { .. }
            | ValidationErrorKind::Constant { .. } => add("invalid-enum-value", at),
            ValidationErrorKind::MinItems { .. } => add("too-few-items", at),
            ValidationErrorKind::MaxItems { .. } => add("too-many-items", at),
            ValidationErrorKind::MinLength { .. } => add("empty-text", at),
            ValidationErrorKind::MaxLength { .. } => add("text-too-long", at),
            // A format's pattern, for editors: never stricter than the format's check.
            ValidationErrorKind::Pattern { .. } => add("partly-stated", at),
            other => add(&format!("unexpected schema error {other:?}"), at),
        }
    }
    // The loader checks a list too long only as far as its limit: what the validator finds
    // in its items after that is the one `too-many-items`.
    let too_long: Vec<String> = (findings.iter())
        .filter(|(code, _)| code == "too-many-items")
        .map(|(_, list)| list.clone())
        .collect();
    findings.retain(|(_, path)| {
        !too_long.iter().any(|list| {
            path.strip_prefix(list.as_str())
                .and_then(|rest| rest.strip_prefix('/'))
                .and_then(|rest| rest.split('/').next()?.parse::<usize>().ok())
                .is_some_and(|index| index >= vt_content::MAX_LIST_ITEMS)
        })
    });
    findings.sort();
    findings
}

/// The schema version a document declares, if it is one (`MAJOR.MINOR`).
fn declared_version(doc: &Value) -> Option<SchemaVersion> {
    doc.get("schema_version")?.as_str()?.parse().ok()
}

// ---------------------------------------------------------------------------------------
// The checks every case runs.

/// How a case came out, for the counts printed at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    /// Loaded, with no field ignored (it may have warnings of what it says).
    Accepted,
    /// Loaded, with the unknown fields of a newer minor version ignored.
    AcceptedWithIgnoredFields,
    RefusedStructure,
    RefusedBeyondSchemaOnly,
    RefusedOtherMajorVersion,
    NotJsonOrTooLarge,
}

fn fail(message: String) -> TestCaseError {
    TestCaseError::fail(message)
}

/// Whether `path` may stand for a finding with `code` in `doc`: see the module docs.
fn check_path(doc: Option<&Value>, code: &str, path: &JsonPointer) -> Result<(), String> {
    if path.is_root() {
        return Ok(());
    }
    let Some(doc) = doc else {
        return Err(format!("{code} at {path} in input that is not JSON"));
    };
    if code == ViolationCode::MissingField.as_str() {
        let (parent, _) = path.as_str().rsplit_once('/').unwrap_or_default();
        let parent = JsonPointer::parse(parent).ok_or_else(|| format!("bad parent of {path}"))?;
        if parent.resolve(doc).is_none() {
            return Err(format!(
                "the parent of missing field {path} does not resolve"
            ));
        }
        if path.resolve(doc).is_some() {
            return Err(format!("the missing field {path} is there"));
        }
        return Ok(());
    }
    match path.resolve(doc) {
        Some(_) => Ok(()),
        None => Err(format!("{code} at {path}: the path does not resolve")),
    }
}

/// Runs every check on one input; the class of its outcome.
fn check(validators: &[jsonschema::Validator], bytes: &[u8]) -> Result<Class, TestCaseError> {
    let outcome = ContentPack::from_slice(bytes);
    let doc = if bytes.len() > MAX_PACK_BYTES {
        None
    } else {
        serde_json::from_slice::<Value>(bytes).ok()
    };

    // 3. Every path resolves.
    if let Err(error) = &outcome {
        for violation in error.violations() {
            check_path(doc.as_ref(), violation.code.as_str(), &violation.path).map_err(fail)?;
        }
    }
    if let Ok(loaded) = &outcome {
        for warning in &loaded.warnings {
            check_path(doc.as_ref(), warning.code.as_str(), &warning.path).map_err(fail)?;
        }
    }

    // Not JSON, or too large: a violation of the whole pack, and nothing to compare.
    let Some(doc) = doc else {
        return match &outcome {
            Err(LoadError::Syntax(_)) => Ok(Class::NotJsonOrTooLarge),
            Err(LoadError::Invalid(violations))
                if violations.len() == 1 && violations[0].code == ViolationCode::PackTooLarge =>
            {
                Ok(Class::NotJsonOrTooLarge)
            }
            other => Err(fail(format!(
                "serde_json refuses the input, the loader gives {other:?}"
            ))),
        };
    };

    // Another major version: refused before the structure is checked.
    let declared = declared_version(&doc);
    if let Some(found) = declared.filter(|v| v.major != SchemaVersion::CURRENT.major) {
        return match &outcome {
            Err(LoadError::UnsupportedSchemaVersion {
                found: reported, ..
            }) if *reported == found => Ok(Class::RefusedOtherMajorVersion),
            other => Err(fail(format!(
                "schema version {found}: expected unsupported-schema-version, got {other:?}"
            ))),
        };
    }
    let newer_minor = declared.is_some_and(|v| v.minor > SchemaVersion::CURRENT.minor);
    let validator = &validators[schemas::minor_of(&doc)];

    // 2. The same structural findings: a newer minor version's unknown fields are warnings.
    let (expected, expected_warnings): (Vec<Finding>, Vec<Finding>) =
        schema_findings(validator, &doc)
            .into_iter()
            .partition(|(code, _)| !(newer_minor && code == "unknown-field"));
    let (patterns, expected): (Vec<Finding>, Vec<Finding>) = expected
        .into_iter()
        .partition(|(code, _)| code == "partly-stated" || code == "together");
    let (violations, warnings) = match &outcome {
        Ok(loaded) => (Vec::new(), loaded.warnings.clone()),
        Err(LoadError::Invalid(violations)) => (violations.clone(), Vec::new()),
        Err(other) => return Err(fail(format!("a JSON document gave {other:?}"))),
    };
    // A format's pattern refuses only what the loader refuses there or inside it, by a
    // rule the schema states in part. Opening hours' times asked for together refuse only
    // a contact the loader refuses: the loader judges the hours of a contact whose fields
    // are all of their types (hours whose one time is not a time at all, or a contact
    // with no name, are refused for that).
    for (rule, at) in &patterns {
        let scope = match rule.as_str() {
            "together" => at.rsplit_once('/').map_or("", |(contact, _)| contact),
            _ => at.as_str(),
        };
        let within = |path: &str| {
            path.strip_prefix(scope)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        };
        let refused = violations.iter().any(|v| {
            within(v.path.as_str())
                && (rule == "together" || schemas::PARTLY_STATED_RULES.contains(&v.code))
        });
        if !refused {
            return Err(fail(format!(
                "the schema refuses {at} by a rule it states in part, which the loader accepts: {violations:?}"
            )));
        }
    }
    let mut structural: Vec<Finding> = violations
        .iter()
        .filter(|v| STRUCTURAL.contains(&v.code))
        .map(|v| (v.code.as_str().to_owned(), v.path.as_str().to_owned()))
        .collect();
    structural.sort();
    if structural != expected {
        return Err(fail(format!(
            "the loader and the validator disagree:\n  loader:    {structural:?}\n  validator: {expected:?}\n  all loader violations: {violations:?}"
        )));
    }
    if violations
        .iter()
        .any(|v| v.code == ViolationCode::PackTooLarge)
    {
        return Err(fail("pack-too-large for a pack under the limit".to_owned()));
    }

    let Ok(loaded) = outcome else {
        return Ok(if structural.is_empty() {
            Class::RefusedBeyondSchemaOnly
        } else {
            Class::RefusedStructure
        });
    };
    // Only `ignored-field` warnings are structural: `default-labels`, `label-placeholders`
    // and `unreviewed-draft` are about what a pack says, which the schema does not judge.
    let mut ignored: Vec<Finding> = warnings
        .iter()
        .filter(|w| w.code == WarningCode::IgnoredField)
        .map(|w| ("unknown-field".to_owned(), w.path.as_str().to_owned()))
        .collect();
    ignored.sort();
    if ignored != expected_warnings {
        return Err(fail(format!(
            "ignored fields {ignored:?}, but the validator finds unknown fields {expected_warnings:?}"
        )));
    }

    // 4. An accepted pack round-trips and gives guidance.
    let text = loaded.pack.to_json();
    let again = ContentPack::from_json(&text)
        .map_err(|error| fail(format!("to_json gave a pack that does not load: {error}")))?;
    prop_assert_eq!(&again.pack, &loaded.pack);
    let structural = again
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::IgnoredField);
    prop_assert_eq!(structural.count(), 0, "{:?}", again.warnings);
    let all_signs: Vec<&str> = loaded.pack.signs.iter().map(|s| s.id.as_str()).collect();
    let guidance = loaded
        .pack
        .guidance(&all_signs)
        .map_err(|e| fail(e.to_string()))?;
    prop_assert_eq!(guidance.recognised_signs.len(), all_signs.len());
    prop_assert!(loaded.pack.guidance(["Not A Sign"]).is_err());

    Ok(if ignored.is_empty() {
        Class::Accepted
    } else {
        Class::AcceptedWithIgnoredFields
    })
}

// ---------------------------------------------------------------------------------------
// Valid packs, built from the schema.

/// Follows `$ref`s of the form `#/$defs/Name`.
fn resolve(root: &'static Value, schema: &'static Value) -> &'static Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let target = reference
                .strip_prefix('#')
                .and_then(|pointer| root.pointer(pointer))
                .expect("every $ref of the schema resolves");
            resolve(root, target)
        }
        None => schema,
    }
}

/// Words for generated text: ASCII, accented, other scripts, emoji, combining marks.
const WORDS: [&str; 16] = [
    "You",
    "can",
    "talk",
    "to",
    "someone.",
    "(VT)",
    "café",
    "naïve",
    "“quoted”",
    "it’s",
    "日本語",
    "Cymraeg:",
    "ŵyr",
    "🙂",
    "e\u{301}",
    "-",
];

/// Text that passes every text rule: trimmed, no control characters and no directional
/// formatting characters (which a text may only use in closed pairs), 1 to 2000
/// characters. Mostly [`WORDS`] joined by a space, a no-break space or two spaces (any
/// whitespace inside a text is allowed), sometimes any printable characters, and now and
/// then the longest text allowed. (Kept cheap to generate: a pack has dozens of texts.)
fn text() -> BoxedStrategy<String> {
    const SPACES: [&str; 3] = [" ", "\u{a0}", "  "];
    let printable = any::<char>().prop_map(|c| {
        let direction = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if c.is_whitespace() || c.is_control() || direction {
            '·'
        } else {
            c
        }
    });
    prop_oneof![
        40 => prop::collection::vec(0..WORDS.len() * 4, 1..7).prop_map(|picks| {
            let mut text = String::new();
            for (n, pick) in picks.into_iter().enumerate() {
                if n > 0 {
                    text += SPACES[(pick / WORDS.len()).min(SPACES.len() - 1)];
                }
                text += WORDS[pick % WORDS.len()];
            }
            text
        }),
        4 => prop::collection::vec(printable, 1..8).prop_map(String::from_iter),
        1 => Just("é".repeat(vt_content::MAX_TEXT_CHARS)),
    ]
    .boxed()
}

/// A kebab-case id: words of lowercase letters and digits joined by hyphens.
fn id() -> BoxedStrategy<String> {
    let first = select(vec!["a", "sign", "care", "line", "ground", "z9", "x"]);
    let word = select(vec!["a", "b2", "manager", "0", "99", "hope", "x"]);
    (first, prop::collection::vec(word, 0..4))
        .prop_map(|(first, rest)| {
            rest.iter()
                .fold(first.to_owned(), |id, word| id + "-" + word)
        })
        .boxed()
}

/// A string of one of the schema's formats.
fn formatted(format: &str) -> BoxedStrategy<String> {
    match format {
        "kebab-case-id" => id(),
        // Mostly this library's version: a pack that declares an earlier one may not use
        // the fields a later one brought, which a generated pack often has.
        "major-minor" => prop_oneof![
            7 => Just(SchemaVersion::CURRENT.to_string()),
            1 => Just("1.0".to_owned()),
            1 => (1u32..20).prop_map(|minor| format!("1.{minor}")),
        ]
        .boxed(),
        "semver" => (
            0u64..10,
            0u64..100,
            0u64..100,
            select(vec![
                "",
                "-alpha",
                "-rc.1",
                "-0.3.7",
                "-x-y",
                "+build.5",
                "-beta+exp.sha.5114f85",
            ]),
        )
            .prop_map(|(major, minor, patch, tail)| format!("{major}.{minor}.{patch}{tail}"))
            .boxed(),
        "bcp47" => select(vec![
            "en-GB",
            "en",
            "cy",
            "cy-GB",
            "de-DE",
            "es-419",
            "zh-Hant-TW",
            "sr-Latn-RS",
        ])
        .prop_map(str::to_owned)
        .boxed(),
        "date" => (1970u32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
            .boxed(),
        "phone-number" => select(vec!["999", "111", "116 123", "85258", "+44 1709 302000"])
            .prop_map(str::to_owned)
            .boxed(),
        "https-url" => select(vec![
            "https://www.example.org/",
            "https://example.org/help?a=1",
        ])
        .prop_map(str::to_owned)
        .boxed(),
        "iso3166-region" => select(vec!["GB", "GB-ENG", "GB-WLS", "US-CA"])
            .prop_map(str::to_owned)
            .boxed(),
        "time-of-day" => (0u32..24, 0u32..60)
            .prop_map(|(h, m)| format!("{h:02}:{m:02}"))
            .boxed(),
        "spdx-expression" => select(vec!["CC-BY-4.0", "MIT OR Apache-2.0", "LicenseRef-terms"])
            .prop_map(str::to_owned)
            .boxed(),
        other => panic!("the schema uses a format this test does not know: {other}"),
    }
}

/// A value that the schema accepts.
fn valid(root: &'static Value, schema: &'static Value) -> BoxedStrategy<Value> {
    let schema = resolve(root, schema);
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let constants: Vec<Value> = alternatives
            .iter()
            .map(|alternative| alternative["const"].clone())
            .collect();
        return select(constants).boxed();
    }
    match &schema["type"] {
        Value::Array(types) => {
            assert_eq!(
                types,
                &["string", "null"],
                "a union type this test does not know"
            );
            prop_oneof![Just(Value::Null), "[a-z./-]{1,40}".prop_map(Value::String)].boxed()
        }
        Value::String(kind) if kind == "object" => {
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|names| names.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = schema["properties"]
                .as_object()
                .expect("an object schema has properties")
                .iter()
                .map(|(name, field)| {
                    let is_required = required.contains(&name.as_str());
                    let name = name.clone();
                    let member = valid(root, field).prop_map(move |value| (name.clone(), value));
                    if is_required {
                        member.prop_map(Some).boxed()
                    } else {
                        proptest::option::of(member).boxed()
                    }
                })
                .collect();
            fields
                .prop_map(|fields| Value::Object(fields.into_iter().flatten().collect()))
                .boxed()
        }
        Value::String(kind) if kind == "array" => {
            // Lists at their limits come from the mutations (`Resize`), which are cheaper.
            prop::collection::vec(valid(root, &schema["items"]), 1..=2)
                .prop_map(Value::Array)
                .boxed()
        }
        Value::String(kind) if kind == "string" => {
            match schema.get("format").and_then(Value::as_str) {
                Some(format) => formatted(format).prop_map(Value::String).boxed(),
                None => text().prop_map(Value::String).boxed(),
            }
        }
        Value::String(kind) if kind == "boolean" => any::<bool>().prop_map(Value::Bool).boxed(),
        other => panic!("a schema type this test does not know: {other}"),
    }
}

/// Makes a generated pack consistent: ids unique, every `speak_to` a support route's id,
/// the rules of trust kept ([`keep_trust_rules`]), the next review after the last one.
fn make_consistent(doc: &mut Value) {
    let mut seen = std::collections::HashSet::new();
    let mut unique = |id: &mut Value| {
        let base = id.as_str().unwrap_or("id").to_owned();
        let mut candidate = base.clone();
        let mut n = 2;
        while !seen.insert(candidate.clone()) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        *id = Value::String(candidate);
    };
    unique(&mut doc["id"]);
    for list in ["signs", "self_care_actions", "practices", "support"] {
        if let Some(items) = doc[list].as_array_mut() {
            items.iter_mut().for_each(|item| unique(&mut item["id"]));
        }
    }
    let routes: Vec<Value> = doc["support"]
        .as_array()
        .map(|items| items.iter().map(|item| item["id"].clone()).collect())
        .unwrap_or_default();
    if let Some(speak_to) = doc["advice"]["signs_recognised"]["speak_to"].as_array_mut() {
        for (index, id) in speak_to.iter_mut().enumerate() {
            *id = routes[index % routes.len()].clone();
        }
    }
    for contacts in contact_lists(doc) {
        contacts
            .iter_mut()
            .for_each(|contact| unique(&mut contact["id"]));
    }
    keep_trust_rules(doc);
    let review = &mut doc["review"];
    let (last, next) = (
        review["last_reviewed"].clone(),
        review["next_review_due"].clone(),
    );
    if next.as_str() <= last.as_str() {
        let last = last.as_str().unwrap_or("2000-01-01");
        let year: u32 = last[..4].parse().unwrap_or(2000);
        review["next_review_due"] = Value::String(format!("{}{}", year + 1, &last[4..]));
    }
}

/// Every list of contacts of a pack: the urgent help's, and each support route's.
fn contact_lists(doc: &mut Value) -> Vec<&mut Vec<Value>> {
    fn contacts(holder: &mut Value) -> Option<&mut Vec<Value>> {
        holder.get_mut("contacts").and_then(Value::as_array_mut)
    }
    let mut lists = Vec::new();
    for (field, value) in doc.as_object_mut().into_iter().flatten() {
        match field.as_str() {
            "urgent_help" => lists.extend(contacts(value)),
            "support" => {
                let routes = value.as_array_mut().into_iter().flatten();
                lists.extend(routes.filter_map(contacts));
            }
            _ => {}
        }
    }
    lists
}

/// Keeps the rules of trust, which a pack built from the schema breaks more often than
/// not: a draft claims no review, a reviewed pack (or one with no status) gives the day of
/// its review, and a reviewed one its reviewer; every contact can be reached, its hours
/// closing after they open (before, the next day, with `closes_next_day`); a licence of
/// the pack's own comes with its text.
fn keep_trust_rules(doc: &mut Value) {
    let absent =
        |object: &Map<String, Value>, field: &str| object.get(field).is_none_or(Value::is_null);
    if let Some(review) = doc.get_mut("review").and_then(Value::as_object_mut) {
        let status = review
            .get("status")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if status.as_deref() == Some("draft") {
            review.remove("last_reviewed");
            review.remove("reviewed_by");
        } else {
            if absent(review, "last_reviewed") {
                review.insert("last_reviewed".into(), "2026-01-01".into());
            }
            if status.as_deref() == Some("reviewed") && absent(review, "reviewed_by") {
                let reviewer =
                    serde_json::json!({"role": "Psychologist", "organisation": "A trust"});
                review.insert("reviewed_by".into(), reviewer);
            }
        }
    }
    for contacts in contact_lists(doc) {
        for contact in contacts.iter_mut().filter_map(Value::as_object_mut) {
            if ["phone", "text_message", "url"]
                .iter()
                .all(|way| absent(contact, way))
            {
                contact.insert("phone".into(), "999".into());
            }
            if let Some(hours) = contact.get_mut("hours").and_then(Value::as_object_mut) {
                let time = |field| hours.get(field).and_then(Value::as_str);
                let next_day = hours.get("closes_next_day").and_then(Value::as_bool);
                let kept = match (time("opens"), time("closes")) {
                    (Some(opens), Some(closes)) if next_day == Some(true) => closes < opens,
                    (Some(opens), Some(closes)) => opens < closes,
                    _ => false,
                };
                if !kept {
                    for field in ["opens", "closes", "closes_next_day"] {
                        hours.remove(field);
                    }
                }
            }
        }
    }
    let licence = doc
        .pointer_mut("/attribution/licence")
        .and_then(Value::as_object_mut);
    if let Some(licence) = licence {
        let own = licence
            .get("expression")
            .and_then(Value::as_str)
            .is_some_and(|e| e.contains("LicenseRef-"));
        if own && absent(licence, "text") {
            licence.insert("text".into(), "You may share this guide as it is.".into());
        }
    }
}

/// A pack built from the schema: consistent, or (now and then) as generated; and now and
/// then of a newer minor version, with a field this library does not know.
fn generated_pack() -> impl Strategy<Value = Input> {
    let root = vt_content::json_schema();
    let choices = (
        proptest::bool::weighted(0.85),
        proptest::bool::weighted(0.1),
    );
    (valid(root, root), choices).prop_map(|(mut doc, (consistent, newer))| {
        if consistent {
            make_consistent(&mut doc);
        }
        if let (true, Some(pack)) = (newer, doc.as_object_mut()) {
            pack.insert("schema_version".into(), "1.9".into());
            pack.insert("field_of_1_9".into(), true.into());
        }
        Input(serde_json::to_vec_pretty(&doc).expect("a value serializes"))
    })
}

// ---------------------------------------------------------------------------------------
// Mutations of the bundled pack and of the fixtures, as JSON values.

/// The bundled pack and every fixture that is JSON and small enough to mutate quickly, by
/// name, as bytes.
fn bases() -> Vec<(String, Vec<u8>)> {
    let mut bases = vec![(
        "bundled".to_owned(),
        vt_content::BUNDLED_JSON.as_bytes().to_vec(),
    )];
    for kind in ["valid", "invalid"] {
        let dir = repo().join("tests/conformance").join(kind);
        let mut cases: Vec<_> = std::fs::read_dir(&dir)
            .expect("the fixture directory exists")
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        cases.sort();
        for case in cases {
            let bytes = std::fs::read(case.join("pack.json")).expect("each case has a pack.json");
            if bytes.len() <= 64 * 1024 {
                let name = format!("{kind}/{}", case.file_name().unwrap_or_default().display());
                bases.push((name, bytes));
            }
        }
    }
    bases
}

/// One change to a JSON document. Each picks its place among the places it applies to
/// (every value, every object, every list or every string) with an [`Index`].
#[derive(Clone, Debug)]
enum Mutation {
    /// Replace a value (the whole pack too) with another.
    Replace(Index, Value),
    /// Remove a member or an item (the whole pack becomes `{}`).
    Remove(Index),
    /// Add a field to an object (or set it, when it is there).
    AddField(Index, String, Value),
    /// Make a list this long, repeating its items (or empty it).
    Resize(Index, usize),
    /// Edit a string.
    Text(Index, TextEdit),
    /// Set the schema version.
    SchemaVersion(String),
}

#[derive(Clone, Debug)]
enum TextEdit {
    Empty,
    Pad(&'static str),
    Insert(char),
    TooLong,
    Set(&'static str),
}

/// A small JSON value of any shape.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        text().prop_map(Value::String),
        select(vec![
            "",
            " ",
            "a\nb",
            "withdrawing",
            "ground",
            "2026-01-31",
            "1.0"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..3)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let field_name = prop_oneof![
        "[a-z_]{1,12}",
        select(vec![
            "titel",
            "id",
            "signs",
            "$schema",
            "a/b",
            "~0",
            "~1/~",
            "",
            "ünïcode"
        ])
        .prop_map(str::to_owned),
    ];
    let edit = prop_oneof![
        Just(TextEdit::Empty),
        select(vec![" ", "\u{a0}", "\t", "\n", " \u{3000}"]).prop_map(TextEdit::Pad),
        select(vec![
            '\n', '\t', '\u{0}', '\u{1b}', '\u{7f}', '\u{85}', '\u{2028}', 'é'
        ])
        .prop_map(TextEdit::Insert),
        Just(TextEdit::TooLong),
        select(vec![
            "Withdrawing",
            "withdrawing",
            "a--b",
            "-a",
            "a1-",
            "line-manager",
            "ground",
            "Ground",
            "2026-02-30",
            "2026-2-3",
            "2026-01-31",
            "1.0",
            "01.0",
            "1.0.0",
            "1.0.0-01",
            "v1.0.0",
            "en_GB",
            "en-GB",
            "x",
            "é",
        ])
        .prop_map(TextEdit::Set),
    ];
    prop_oneof![
        3 => (any::<Index>(), any_json()).prop_map(|(at, value)| Mutation::Replace(at, value)),
        2 => any::<Index>().prop_map(Mutation::Remove),
        2 => (any::<Index>(), field_name, any_json())
            .prop_map(|(at, name, value)| Mutation::AddField(at, name, value)),
        1 => (any::<Index>(), select(vec![0usize, 1, 2, 99, 100, 101, 150]))
            .prop_map(|(at, size)| Mutation::Resize(at, size)),
        3 => (any::<Index>(), edit).prop_map(|(at, edit)| Mutation::Text(at, edit)),
        1 => select(vec!["1.0", "1.1", "1.9", "1.10", "1.01", "2.0", "0.9", "1", "1.0.0", "10.0", "1.4294967296"])
            .prop_map(|version| Mutation::SchemaVersion(version.to_owned())),
    ]
}

/// The pointer of every value in `doc` that `keep` keeps, in document order.
fn places(doc: &Value, keep: fn(&Value) -> bool) -> Vec<String> {
    fn visit(value: &Value, at: String, keep: fn(&Value) -> bool, out: &mut Vec<String>) {
        if keep(value) {
            out.push(at.clone());
        }
        match value {
            Value::Object(members) => {
                for (name, member) in members {
                    visit(member, child(&at, name), keep, out);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    visit(item, format!("{at}/{index}"), keep, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    visit(doc, String::new(), keep, &mut out);
    out
}

/// The unescaped last token of a non-empty pointer, and its parent.
fn split_last(pointer: &str) -> (&str, String) {
    let (parent, last) = pointer.rsplit_once('/').expect("not the whole document");
    (parent, last.replace("~1", "/").replace("~0", "~"))
}

/// The place among those `keep` keeps that `at` picks, if there is one.
fn pick<'d>(doc: &'d mut Value, at: &Index, keep: fn(&Value) -> bool) -> Option<&'d mut Value> {
    let places = places(doc, keep);
    if places.is_empty() {
        return None;
    }
    let place = at.get(&places).clone();
    doc.pointer_mut(&place)
}

fn apply(doc: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Replace(at, value) => {
            if let Some(target) = pick(doc, at, |_| true) {
                *target = value.clone();
            }
        }
        Mutation::Remove(at) => {
            let places = places(doc, |_| true);
            let place = at.get(&places);
            if place.is_empty() {
                *doc = Value::Object(Map::new());
                return;
            }
            let (parent, last) = split_last(place);
            match doc.pointer_mut(parent) {
                Some(Value::Object(members)) => {
                    members.shift_remove(&last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(index) = last.parse::<usize>() {
                        items.remove(index);
                    }
                }
                _ => {}
            }
        }
        Mutation::AddField(at, name, value) => {
            if let Some(Value::Object(members)) = pick(doc, at, Value::is_object) {
                members.insert(name.clone(), value.clone());
            }
        }
        Mutation::Resize(at, size) => {
            if let Some(Value::Array(items)) = pick(doc, at, Value::is_array) {
                let cycle: Vec<Value> = items.iter().cloned().cycle().take(*size).collect();
                *items = cycle;
            }
        }
        Mutation::Text(at, edit) => {
            if let Some(Value::String(text)) = pick(doc, at, Value::is_string) {
                match edit {
                    TextEdit::Empty => text.clear(),
                    TextEdit::Pad(pad) => *text = format!("{pad}{text}"),
                    TextEdit::Insert(c) => {
                        let middle = text.char_indices().nth(text.chars().count() / 2);
                        text.insert(middle.map_or(0, |(at, _)| at), *c);
                    }
                    TextEdit::TooLong => {
                        let unit = if text.is_empty() { "x" } else { text.as_str() };
                        let times = vt_content::MAX_TEXT_CHARS / unit.chars().count() + 1;
                        *text = unit.repeat(times);
                    }
                    TextEdit::Set(value) => *text = (*value).to_owned(),
                }
            }
        }
        Mutation::SchemaVersion(version) => {
            if let Some(members) = doc.as_object_mut() {
                members.insert("schema_version".to_owned(), Value::from(version.as_str()));
            }
        }
    }
}

/// A base document with one to four mutations, written compactly or pretty.
fn mutated_pack(bases: &[(String, Value)]) -> impl Strategy<Value = Input> + use<> {
    (
        select(bases.to_vec()),
        prop::collection::vec(mutation(), 1..=4),
        any::<bool>(),
    )
        .prop_map(|((_, mut doc), mutations, pretty)| {
            for mutation in &mutations {
                apply(&mut doc, mutation);
            }
            let bytes = if pretty {
                serde_json::to_vec_pretty(&doc)
            } else {
                serde_json::to_vec(&doc)
            };
            Input(bytes.expect("a value serializes"))
        })
}

// ---------------------------------------------------------------------------------------
// Mutations of the bytes.

#[derive(Clone, Debug)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, &'static [u8]),
    Delete(Index, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let snippets: Vec<&'static [u8]> = vec![
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b"\xff",
        b"\xc3",
        b"\xEF\xBB\xBF",
        b"null",
        b"1e999",
        b"-0",
        b"\"\\ud800\"",
        b"\"\\u0000\"",
        b"[[[[[[[[",
        b"\n",
    ];
    prop_oneof![
        any::<Index>().prop_map(ByteEdit::Truncate),
        (any::<Index>(), 1u8..=255).prop_map(|(at, mask)| ByteEdit::Flip(at, mask)),
        (any::<Index>(), select(snippets)).prop_map(|(at, bytes)| ByteEdit::Insert(at, bytes)),
        (any::<Index>(), 1usize..16).prop_map(|(at, len)| ByteEdit::Delete(at, len)),
    ]
}

fn edit_bytes(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    let at = |index: &Index, len: usize| if len == 0 { 0 } else { index.index(len) };
    match edit {
        ByteEdit::Truncate(index) => bytes.truncate(at(index, bytes.len())),
        ByteEdit::Flip(index, mask) => {
            if !bytes.is_empty() {
                let i = at(index, bytes.len());
                bytes[i] ^= mask;
            }
        }
        ByteEdit::Insert(index, snippet) => {
            let i = at(index, bytes.len() + 1);
            bytes.splice(i..i, snippet.iter().copied());
        }
        ByteEdit::Delete(index, len) => {
            let i = at(index, bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.drain(i..end);
        }
    }
}

fn mutated_bytes(bases: &[(String, Vec<u8>)]) -> impl Strategy<Value = Input> + use<> {
    (
        select(bases.to_vec()),
        prop::collection::vec(byte_edit(), 1..=3),
    )
        .prop_map(|((_, mut bytes), edits)| {
            for edit in &edits {
                edit_bytes(&mut bytes, edit);
            }
            Input(bytes)
        })
}

// ---------------------------------------------------------------------------------------
// The run.

fn total_cases() -> u32 {
    std::env::var("DIFFERENTIAL_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

/// Runs `cases` cases of `strategy` through [`check`], counting each class of outcome.
fn run(
    name: &str,
    cases: u32,
    strategy: impl Strategy<Value = Input>,
    counts: &RefCell<BTreeMap<Class, u32>>,
) {
    let validators = schemas::validators(vt_content::json_schema());
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let started = Instant::now();
    let result = runner.run(&strategy, |input| {
        let class = check(&validators, &input.0)?;
        *counts.borrow_mut().entry(class).or_default() += 1;
        Ok(())
    });
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
    let _ = writeln!(
        std::io::stderr(),
        "{name}: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn the_loader_agrees_with_an_independent_validator() {
    let started = Instant::now();
    let total = total_cases();
    let byte_bases = bases();
    let value_bases: Vec<(String, Value)> = byte_bases
        .iter()
        .filter_map(|(name, bytes)| Some((name.clone(), serde_json::from_slice(bytes).ok()?)))
        .collect();
    assert!(
        value_bases.len() >= 30,
        "too few fixtures: {}",
        value_bases.len()
    );

    let counts = RefCell::new(BTreeMap::new());
    let (generated, mutated) = (total / 6, total / 2);
    let bytes = total - generated - mutated;
    run("generated packs", generated, generated_pack(), &counts);
    run(
        "mutated packs",
        mutated,
        mutated_pack(&value_bases),
        &counts,
    );
    run("mutated bytes", bytes, mutated_bytes(&byte_bases), &counts);

    let counts = counts.into_inner();
    let summary: Vec<String> = counts
        .iter()
        .map(|(class, n)| format!("{class:?} {n}"))
        .collect();
    // Written to stderr directly, past the test harness's capture, so the test command shows it.
    let _ = writeln!(
        std::io::stderr(),
        "differential: {total} cases ({generated} generated, {mutated} mutated values, {bytes} mutated bytes) in {:.1} s: {}",
        started.elapsed().as_secs_f64(),
        summary.join(", ")
    );
    // Every kind of outcome is reached, so no check is vacuous.
    if total >= DEFAULT_CASES {
        for class in [
            Class::Accepted,
            Class::AcceptedWithIgnoredFields,
            Class::RefusedStructure,
            Class::RefusedBeyondSchemaOnly,
            Class::RefusedOtherMajorVersion,
            Class::NotJsonOrTooLarge,
        ] {
            assert!(
                counts.get(&class).copied().unwrap_or(0) > 0,
                "no case was {class:?}"
            );
        }
    }
}

/// A key with a control character in it: the loader and the validator agree on its
/// pointer as it is (its shown form escapes the character; see `JsonPointer`'s `Display`).
#[test]
fn a_key_with_a_control_character_gets_the_same_pointer_from_both() {
    let text = vt_content::BUNDLED_JSON.replacen("\"description\"", "\"desc\\rription\"", 1);
    check(
        &schemas::validators(vt_content::json_schema()),
        text.as_bytes(),
    )
    .expect("the loader and the validator agree");
}
