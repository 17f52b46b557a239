//! Loading a pack from JSON: every rule checked, every violation reported.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{LoadError, SyntaxError, Violation, ViolationCode, Warning, WarningCode};
use crate::structure::{self, UnknownFields};
use crate::{
    ContentPack, JsonPointer, MAX_PACK_BYTES, MAX_PACK_TEXT_BYTES, SchemaVersion, consistency,
    fast, file, trust,
};

/// A pack that loaded, with what its editor should know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Loaded {
    /// The pack.
    pub pack: ContentPack,
    /// What its editor should know: fields of a newer minor schema version that were left
    /// out (`ignored-field`), then no labels of its own (`default-labels`), labels without
    /// their placeholders (`label-placeholders`), support routes named again
    /// (`repeated-route`), a locale of unknown direction (`unknown-direction`) and a draft
    /// (`unreviewed-draft`), as
    /// [`ContentPack::content_warnings`] gives them.
    pub warnings: Vec<Warning>,
}

impl ContentPack {
    /// Loads a pack from JSON text, checking every rule of the pack format.
    ///
    /// The checks run in order, and each of the first three stops the load when it
    /// fails: the size limits ([`MAX_PACK_BYTES`] without the layout, and
    /// [`MAX_PACK_TEXT_BYTES`] with it), the JSON syntax, the major schema
    /// version. Then every violation is reported at once, in the order of the pack: of
    /// the structure and text of every field, of the rules that need the whole pack
    /// (unique ids, references that resolve, review dates in order), and
    /// of the rules on
    /// a review, a licence and each contact (a draft claims no review, a contact can be
    /// reached, ...). The rules beyond the structure are checked on every part of the pack
    /// that is well-formed enough to judge: the facts they read can be read.
    ///
    /// ```
    /// use vt_content::{ContentPack, LoadError, ViolationCode};
    ///
    /// let text = vt_content::BUNDLED_JSON.replace("\"withdrawing\"", "\"Withdrawing\"");
    /// let Err(LoadError::Invalid(violations)) = ContentPack::from_json(&text) else {
    ///     panic!("the pack should be refused");
    /// };
    /// assert_eq!(violations[0].code, ViolationCode::InvalidId);
    /// assert_eq!(violations[0].path, "/signs/5/id");
    /// ```
    pub fn from_json(text: &str) -> Result<Loaded, LoadError> {
        Self::from_slice(text.as_bytes())
    }

    /// Loads a pack from bytes that should be UTF-8 JSON text; see [`ContentPack::from_json`].
    pub fn from_slice(bytes: &[u8]) -> Result<Loaded, LoadError> {
        if bytes.len() > MAX_PACK_TEXT_BYTES {
            return Err(text_too_large(bytes.len().to_string()));
        }
        // Most packs are within the limit with their layout; only larger ones are counted.
        if bytes.len() > MAX_PACK_BYTES {
            let size = without_layout(bytes);
            if size > MAX_PACK_BYTES {
                return Err(too_large(format!(
                    "the pack has {size} bytes besides the whitespace between its tokens; \
                     a pack has at most {MAX_PACK_BYTES}"
                )));
            }
        }
        let text = utf8_text(bytes)?;
        // A valid pack with only fields this library knows is read straight into the
        // typed pack; anything else is parsed and walked again to report every violation
        // and warning.
        fast::load(text).map_or_else(|| full_check(text), Ok)
    }

    /// Loads a pack from a reader, reading at most [`MAX_PACK_TEXT_BYTES`] and one byte
    /// more.
    pub fn from_reader(reader: impl Read) -> Result<Loaded, LoadError> {
        match file::read_at_most(reader, MAX_PACK_TEXT_BYTES)? {
            Some(bytes) => Self::from_slice(&bytes),
            None => Err(text_too_large(format!("more than {MAX_PACK_TEXT_BYTES}"))),
        }
    }

    /// Loads a pack from a file.
    ///
    /// The file is opened without waiting: a FIFO (named pipe) gives what its writers
    /// write until they close it, and one with no writer reads as empty input
    /// ([`ViolationCode::JsonTruncated`]) instead of blocking until a writer comes. A file
    /// that cannot be read is [`LoadError::Io`], which names it.
    ///
    /// ```no_run
    /// let loaded = vt_content::ContentPack::from_path("packs/cy.json")?;
    /// for warning in &loaded.warnings {
    ///     eprintln!("warning: {warning}");
    /// }
    /// # Ok::<(), vt_content::LoadError>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<Loaded, LoadError> {
        let path = path.as_ref();
        let in_file = |source| LoadError::Io {
            path: Some(path.to_owned()),
            source,
        };
        match Self::from_reader(file::open_without_waiting(path).map_err(in_file)?) {
            Err(LoadError::Io { source, .. }) => Err(in_file(source)),
            loaded => loaded,
        }
    }
}

/// Loads a pack the slow way, which finds every violation and warning: parses it into a
/// [`Value`], walks that against the JSON Schema and runs the whole-pack rules on it.
/// A pack that keeps them is read into the typed pack by the fast path's reader
/// ([`fast::typed`]), so there is one.
pub(crate) fn full_check(text: &str) -> Result<Loaded, LoadError> {
    let (mut value, mut warnings) = checked_value(text)?;
    // Every rule holds: the typed pack is read as the fast path reads it, from the pack
    // written out again without the fields of a newer minor version that were ignored.
    for warning in &warnings {
        if warning.code == WarningCode::IgnoredField {
            warning.path.delete(&mut value);
        }
    }
    let pack = fast::typed(&value.to_string());
    // The structural check accepts only what the fast path reads (the fast path's tests
    // hold it to that, and fuzzing, which checks debug assertions); this is a safety net.
    debug_assert!(
        pack.is_some(),
        "the typed reader refused a pack the checks accepted"
    );
    let pack = pack.ok_or_else(|| {
        LoadError::Invalid(vec![Violation::new(
            ViolationCode::InvalidType,
            JsonPointer::root(),
            "the pack does not read as the checks expected".to_owned(),
        )])
    })?;
    // checked_value ran the rules of trust (see [`trust`]) on every part of it.
    debug_assert!(
        trust::check(&pack).is_empty(),
        "the typed pack breaks a rule that its parts kept"
    );
    warnings.extend(pack.content_warnings());
    Ok(Loaded { pack, warnings })
}

/// The pack in `text` as a [`Value`] when it repeats no key and the structural check, the
/// whole-pack rules and the rules of trust ([`trust`]) find no violation in it, with the
/// structural check's warnings (the fields it ignored); otherwise every violation, in the
/// order of the document.
pub(crate) fn checked_value(text: &str) -> Result<(Value, Vec<Warning>), LoadError> {
    let (value, repeated) = parse(text)?;
    let unknown_fields = unknown_fields_policy(&value)?;
    let findings = structure::check_pack(&value, unknown_fields);
    let mut violations: Vec<Violation> = repeated.into_iter().map(repeated_key).collect();
    violations.extend(consistency::check_value(&value));
    violations.extend(trust::check_value(&value));
    if !findings.violations.is_empty() || !violations.is_empty() {
        violations.splice(0..0, findings.violations);
        in_document_order(&value, &mut violations);
        return Err(LoadError::Invalid(violations));
    }
    Ok((value, findings.warnings))
}

/// A `pack-too-large` refusal, which says why.
fn too_large(message: String) -> LoadError {
    LoadError::Invalid(vec![Violation::new(
        ViolationCode::PackTooLarge,
        JsonPointer::root(),
        message,
    )])
}

fn text_too_large(size: String) -> LoadError {
    too_large(format!(
        "the pack's text has {size} bytes; a pack's text has at most {MAX_PACK_TEXT_BYTES}, \
         and {MAX_PACK_BYTES} besides the whitespace between its tokens"
    ))
}

/// The bytes of JSON text besides its layout: the whitespace outside strings. Of text
/// that is not JSON, the bytes besides its whitespace outside what reads as strings.
fn without_layout(bytes: &[u8]) -> usize {
    let (mut size, mut in_string, mut escaped) = (0, false, false);
    for &byte in bytes {
        if in_string {
            (escaped, in_string) = match byte {
                _ if escaped => (false, true),
                b'\\' => (true, true),
                b'"' => (false, false),
                _ => (false, true),
            };
        } else if matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        } else {
            in_string = byte == b'"';
        }
        size += 1;
    }
    size
}

/// The bytes as text, refusing a byte-order mark and invalid UTF-8 with their position.
fn utf8_text(bytes: &[u8]) -> Result<&str, SyntaxError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(SyntaxError {
            code: ViolationCode::ByteOrderMark,
            line: 1,
            column: 1,
            message: "the pack starts with a byte-order mark; save it as UTF-8 without one"
                .to_owned(),
        });
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line_start = valid
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        // The valid bytes are UTF-8, and a line starts after a `\n`: on a character.
        let before = std::str::from_utf8(&valid[line_start..]).unwrap_or_default();
        SyntaxError {
            code: ViolationCode::InvalidUtf8,
            line: 1 + valid.iter().filter(|&&b| b == b'\n').count(),
            column: 1 + before.chars().count(),
            message: "the pack is not valid UTF-8 text".to_owned(),
        }
    })
}

/// A key that its object repeats: only the last of its values is read.
fn repeated_key(path: JsonPointer) -> Violation {
    Violation::new(
        ViolationCode::DuplicateKey,
        path,
        "this object gives this field more than once, and only the last value is read; keep one",
    )
}

/// Parses JSON text, with the keys its objects repeat, or the position of a syntax error.
fn parse(text: &str) -> Result<(Value, Vec<JsonPointer>), SyntaxError> {
    crate::json::read(text).map_err(|error| SyntaxError {
        code: if error.is_eof() {
            ViolationCode::JsonTruncated
        } else {
            ViolationCode::JsonSyntax
        },
        line: error.line(),
        // serde_json counts 0 before the first byte of a line; the fixtures count from 1.
        column: char_column(text, error.line(), error.column()).max(1),
        message: syntax_message(text, &error),
    })
}

/// What a syntax error says to the editor of a pack: serde_json's words for it, put as an
/// editor reads them, with what to write instead. Words serde_json gained since are
/// passed on as they are; the test beside pins each one read here.
fn syntax_message(text: &str, error: &serde_json::Error) -> String {
    if text.trim_matches([' ', '\t', '\n', '\r']).is_empty() {
        return "the pack is empty: a pack is a JSON object, `{ ... }`".to_owned();
    }
    let words = without_position(error);
    let plain = match words.as_str() {
        "EOF while parsing a value" => "the text ends where a value should be",
        "EOF while parsing a list" => "the text ends inside a list: a closing `]` is missing",
        "EOF while parsing an object" => "the text ends inside an object: a closing `}` is missing",
        "EOF while parsing a string" => "the text ends inside a string: a closing `\"` is missing",
        "expected `:`" => "expected `:` between a field's name and its value",
        "expected `,` or `]`" => "expected `,` between two items of a list, or `]` after the last",
        "expected `,` or `}`" => {
            "expected `,` between two fields of an object, or `}` after the last"
        }
        "expected ident" => "expected `true`, `false` or `null`",
        "expected value" => {
            "expected a value: a text in double quotes, a number, an object, a list, `true`, \
             `false` or `null` (JSON has no comments)"
        }
        "key must be a string" => "expected a field's name in double quotes (JSON has no comments)",
        "trailing comma" => "a `,` after the last item: remove it",
        "trailing characters" => "more text after the end of the pack: a file holds one pack",
        "invalid escape" => {
            "an escape JSON does not have: after `\\` write `\"`, `\\`, `/`, `b`, `f`, `n`, `r`, \
             `t`, or `u` and four hexadecimal digits"
        }
        "invalid number" => {
            "a number JSON does not read: digits with no leading zero, and a digit on each side \
             of a `.`"
        }
        "number out of range" => "a number too large to read",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a line break, tab or other control character inside a text: write `\\n` for a line \
             break, `\\t` for a tab"
        }
        "unexpected end of hex escape" => {
            "a `\\u` escape of the first half of a character (`\\uD800` to `\\uDBFF`) with no \
             escape of its second half after it"
        }
        "lone leading surrogate in hex escape" => {
            "a `\\u` escape of the second half of a character (`\\uDC00` to `\\uDFFF`) with no \
             escape of its first half before it"
        }
        _ => return words,
    };
    plain.to_owned()
}

/// The column in characters, as an editor counts them, of serde_json's column in bytes on
/// line `line` (both from 1) of `text`: `"é" x` has its error at column 5, byte 6.
fn char_column(text: &str, line: usize, bytes: usize) -> usize {
    let Some(line) = text.split('\n').nth(line.saturating_sub(1)) else {
        return bytes;
    };
    let mut end = bytes.min(line.len());
    while !line.is_char_boundary(end) {
        end += 1;
    }
    line[..end].chars().count()
}

/// serde_json's text of an error without the position it appends (" at line 2 column 10"),
/// which a [`SyntaxError`] carries in its own fields.
fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// Sorts `violations` into the order of the document `value`, stably.
///
/// The order is that of the paths: segment by segment, a field by its position in its
/// object as written, a list item by its index. A path that ends at a field the object
/// does not have (a missing field) comes right after its object, before the object's
/// fields, and a path comes before the paths inside it. Violations with the same path
/// keep their order: the structural checks' first, then the whole-pack rules'. The
/// structural checks already find their violations in this order.
fn in_document_order(value: &Value, violations: &mut [Violation]) {
    let mut places = FieldPlaces::default();
    violations.sort_by_cached_key(|violation| places.document_position(value, &violation.path));
}

/// The most fields of an object that [`FieldPlaces`] searches one by one: every object of
/// known fields has fewer (`labels`, the largest, has 41).
const FEW_FIELDS: usize = 48;

/// The position of each field in each object that a violation's path goes through, each
/// object's found once: a pack of many violations in an object of many fields (unknown
/// or repeated ones) is put in order in time linear in its size.
#[derive(Default)]
struct FieldPlaces<'v> {
    /// Each field's position in its object and its value, by the object's address.
    by_object: HashMap<*const Map<String, Value>, Places<'v>>,
}

/// The fields of one object by name, each with its position and its value.
type Places<'v> = HashMap<&'v str, (usize, &'v Value)>;

impl<'v> FieldPlaces<'v> {
    /// The position of `path` in `value`, as [`in_document_order`] compares them: for
    /// each segment, 0 for a field that is absent, else 1 + its position in its object or
    /// list.
    fn document_position(&mut self, value: &'v Value, path: &JsonPointer) -> Vec<usize> {
        let mut position = Vec::new();
        let mut at = Some(value);
        for token in path.as_str().split('/').skip(1) {
            let token = match token.contains('~') {
                true => Cow::Owned(token.replace("~1", "/").replace("~0", "~")),
                false => Cow::Borrowed(token),
            };
            let (place, next) = match at {
                // An object of a few fields, as nearly every object of a pack is, is
                // searched field by field; a larger one by a map of its fields, made once.
                Some(Value::Object(fields)) if fields.len() <= FEW_FIELDS => fields
                    .iter()
                    .enumerate()
                    .find(|(_, (name, _))| **name == *token)
                    .map_or((0, None), |(index, (_, field))| (index + 1, Some(field))),
                Some(Value::Object(fields)) => {
                    let places = self
                        .by_object
                        .entry(std::ptr::from_ref(fields))
                        .or_insert_with(|| {
                            fields
                                .iter()
                                .enumerate()
                                .map(|(index, (name, field))| (name.as_str(), (index, field)))
                                .collect()
                        });
                    match places.get(token.as_ref()) {
                        Some(&(index, field)) => (index + 1, Some(field)),
                        None => (0, None),
                    }
                }
                Some(Value::Array(items)) => match token.parse::<usize>() {
                    Ok(index) if index < items.len() => (index + 1, items.get(index)),
                    _ => (0, None),
                },
                _ => (0, None),
            };
            position.push(place);
            at = next;
        }
        position
    }
}

/// Refuses another major schema version, and chooses how to treat unknown fields: a
/// newer minor version may add fields, which are ignored; for a version this library
/// knows, an unknown field is a mistake. A missing or malformed version is reported by
/// the structural check.
fn unknown_fields_policy(value: &Value) -> Result<UnknownFields, LoadError> {
    let declared = value
        .get("schema_version")
        .and_then(Value::as_str)
        .and_then(|text| text.parse::<SchemaVersion>().ok());
    match declared {
        Some(found) if found.major != SchemaVersion::CURRENT.major => {
            Err(LoadError::UnsupportedSchemaVersion {
                found,
                supported: SchemaVersion::CURRENT,
            })
        }
        Some(found) if found.minor > SchemaVersion::CURRENT.minor => Ok(UnknownFields::Ignore),
        Some(found) => Ok(UnknownFields::Refuse { minor: found.minor }),
        None => Ok(UnknownFields::Refuse {
            minor: SchemaVersion::CURRENT.minor,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax_error(bytes: &[u8]) -> SyntaxError {
        match ContentPack::from_slice(bytes) {
            Err(LoadError::Syntax(error)) => error,
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    /// Each of serde_json's words that [`syntax_message`] puts plainly, from the text that
    /// gives it: a serde_json that words one otherwise fails here, not in an editor's eyes.
    #[test]
    fn every_syntax_error_is_put_plainly() {
        for (text, says) in [
            ("", "the pack is empty"),
            (" \n\t", "the pack is empty"),
            ("{\"a\":", "the text ends where a value should be"),
            ("[", "the text ends inside a list"),
            ("{", "the text ends inside an object"),
            ("{\"a\": \"x", "the text ends inside a string"),
            ("{\"a\" 1}", "expected `:` between"),
            ("[1 2]", "expected `,` between two items of a list"),
            ("{\"a\":1 \"b\":2}", "expected `,` between two fields"),
            ("{\"a\": tru}", "expected `true`, `false` or `null`"),
            ("{\"a\": // note\n1}", "expected a value: "),
            (
                "{// note\n}",
                "expected a field's name in double quotes (JSON has no comments)",
            ),
            ("{'a': 1}", "expected a field's name in double quotes"),
            ("{\"a\":1,}", "a `,` after the last item"),
            ("{} x", "more text after the end of the pack"),
            ("{\"a\":\"\\q\"}", "an escape JSON does not have"),
            ("{\"a\": 01}", "a number JSON does not read"),
            ("{\"a\": 1e400}", "a number too large to read"),
            (
                "{\"a\":\"x\ny\"}",
                "a line break, tab or other control character",
            ),
            (
                "{\"a\":\"\\ud800\"}",
                "a `\\u` escape of the first half of a character",
            ),
            (
                "{\"a\":\"\\udc00\"}",
                "a `\\u` escape of the second half of a character",
            ),
        ] {
            let error = syntax_error(text.as_bytes());
            assert!(
                error.message.starts_with(says),
                "{text:?}: {}",
                error.message
            );
        }
    }

    #[test]
    fn the_bundled_text_loads_with_only_its_draft_warning() {
        let loaded = ContentPack::from_json(crate::BUNDLED_JSON).unwrap();
        assert_eq!(&loaded.pack, crate::bundled());
        let codes: Vec<_> = loaded.warnings.iter().map(|w| w.code).collect();
        assert_eq!(codes, [crate::WarningCode::UnreviewedDraft]);
    }

    #[test]
    fn places_are_the_same_in_a_large_object_and_a_small_one() {
        // A hundred fields: more than FEW_FIELDS, found by a map; each of two fields,
        // found one by one.
        let fields: Vec<String> = (0..100)
            .map(|n| format!("\"f{n}\": {{\"a\": 1, \"b\": [1, 2]}}"))
            .collect();
        let value: Value = serde_json::from_str(&format!("{{{}}}", fields.join(", "))).unwrap();
        let mut places = FieldPlaces::default();
        for (path, place) in [
            ("/f0/b/1", vec![1, 2, 2]),
            ("/f99/a", vec![100, 1]),
            ("/f42/c", vec![43, 0]),
            ("/f42/b/7", vec![43, 2, 0]),
            ("/f42/b/2", vec![43, 2, 0]),
            ("/nothing/a", vec![0, 0]),
        ] {
            let path = JsonPointer::parse(path).unwrap();
            assert_eq!(places.document_position(&value, &path), place, "{path}");
        }
    }

    #[test]
    fn the_layout_is_the_whitespace_outside_strings() {
        // An escaped quote does not end a string: the spaces after it are its text.
        assert_eq!(without_layout(br#"{"a": "x\"  y"}"#), 14);
        // An escaped backslash does not escape the quote after it, which ends the string.
        assert_eq!(without_layout(br#"["\\"  ,  1]"#), 8);
    }

    #[test]
    fn invalid_utf8_is_located() {
        let error = syntax_error(b"{\n  \"title\": \"caf\xE9\"\n}");
        assert_eq!(
            (error.code, error.line, error.column),
            (ViolationCode::InvalidUtf8, 2, 16)
        );
    }

    #[test]
    fn columns_count_characters_as_an_editor_does() {
        // serde_json says byte 22 on line 2; the `x` is the 19th character.
        let error = syntax_error("{\n\"title\": \"Café ’\" x}".as_bytes());
        assert_eq!((error.line, error.column), (2, 19));
        // An error at a character of two bytes is at that character, not before it.
        let error = syntax_error("{\n\"a\": é}".as_bytes());
        assert_eq!((error.line, error.column), (2, 6));
        let error = syntax_error(b"{\n  \"title\": \"\xE2\x80\x99 caf\xE9\"\n}");
        assert_eq!(
            (error.code, error.line, error.column),
            (ViolationCode::InvalidUtf8, 2, 18)
        );
        assert_eq!(
            char_column("ab", 9, 2),
            2,
            "a line past the end keeps the column"
        );
    }

    #[test]
    fn truncated_json_is_told_apart_from_bad_json() {
        assert_eq!(
            syntax_error(b"{\"signs\": [").code,
            ViolationCode::JsonTruncated
        );
        let error = syntax_error(b"{\n\"signs\": ]}");
        assert_eq!(
            (error.code, error.line, error.column),
            (ViolationCode::JsonSyntax, 2, 10)
        );
    }

    #[test]
    fn deep_nesting_is_a_syntax_error_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            syntax_error(deep.as_bytes()).code,
            ViolationCode::JsonSyntax
        );
    }

    #[test]
    fn a_reader_is_not_read_past_the_limit() {
        let endless = std::io::repeat(b' ');
        let error = ContentPack::from_reader(endless).unwrap_err();
        let codes: Vec<_> = error.violations().into_iter().map(|v| v.code).collect();
        assert_eq!(codes, [ViolationCode::PackTooLarge]);
    }

    #[test]
    fn another_major_version_names_both_versions() {
        let text = crate::BUNDLED_JSON
            .replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"2.0\"");
        let error = ContentPack::from_json(&text).unwrap_err();
        assert!(matches!(error, LoadError::UnsupportedSchemaVersion { .. }));
        let message = error.to_string();
        assert!(
            message.contains("2.0") && message.contains("1.2"),
            "{message}"
        );
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        let error = ContentPack::from_path("/nonexistent/pack.json").unwrap_err();
        let LoadError::Io { path, source } = &error else {
            panic!("not an I/O error: {error:?}")
        };
        assert_eq!(path.as_deref(), Some(Path::new("/nonexistent/pack.json")));
        assert_eq!(
            error.to_string(),
            format!("/nonexistent/pack.json: the pack could not be read: {source}")
        );
        assert_eq!(error.violations(), []);
    }

    #[test]
    fn a_reader_that_fails_is_an_io_error_without_a_file() {
        struct Broken;
        impl std::io::Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("the disk is gone"))
            }
        }
        let error = ContentPack::from_reader(Broken).unwrap_err();
        assert!(matches!(&error, LoadError::Io { path: None, .. }));
        assert_eq!(
            error.to_string(),
            "the pack could not be read: the disk is gone"
        );
    }
}
