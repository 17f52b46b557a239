//! Checks a JSON value against the pack's JSON Schema, collecting every violation.
//!
//! The schema is generated from the Rust types, so this check and the typed model
//! cannot drift apart. It understands the keywords that schema uses (and a test makes
//! sure the schema uses no others): `$ref`, `type`, `properties`, `required`,
//! `additionalProperties`, `items`, `minItems`, `maxItems`, `minLength`, `maxLength`,
//! `enum`, `const`, `oneOf` and `format` (not a format's `pattern`, which is for editors:
//! the format's own check is the rule); and its own `x-since`, the schema version that
//! brought a field, which a pack of an earlier minor version may not use. Every string
//! that has no format and no fixed values is text, and must also be trimmed, free of
//! control characters, and pair its changes of direction like brackets ([`bidi`]).
//!
//! The schema is first compiled into a tree of [`Node`]s (once, for the pack's schema),
//! so the walk looks nothing up by name; the path of a value is kept as a stack of
//! borrowed segments and made into a [`JsonPointer`] only for a violation or a warning.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::bidi;
use crate::counted::Counted;
use crate::error::{Violation, ViolationCode, Warning, WarningCode};
use crate::format::Format;
use crate::quoted::Quoted;
use crate::{JsonPointer, MAX_LIST_ITEMS, MAX_TEXT_CHARS, json_schema};

/// What to do with a field the schema does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnknownFields {
    /// The pack is of a schema version this library knows, this minor one: an unknown
    /// field is a typo, and so is a field a later minor version brought.
    Refuse {
        /// The minor version the pack declares.
        minor: u32,
    },
    /// The pack is of a newer minor version: the field is ignored, with a warning.
    Ignore,
}

/// What a structural check found.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub(crate) violations: Vec<Violation>,
    pub(crate) warnings: Vec<Warning>,
}

/// Whether `text` is a text of a pack: 1 to [`MAX_TEXT_CHARS`] characters, trimmed, with
/// no control characters or line separators, its changes of direction paired like brackets. The schema states
/// the same length limits on every text; the fast path of loading checks texts with this,
/// the structural check with the schema.
pub(crate) fn text_ok(text: &str) -> bool {
    !text.is_empty() && at_most_chars(text, MAX_TEXT_CHARS) && plain_text_ok(text)
}

/// Whether `text` is trimmed, has no control characters or line separators, and pairs its changes of
/// direction (embeddings, overrides, isolates) like brackets.
pub(crate) fn plain_text_ok(text: &str) -> bool {
    (is_printable_ascii(text.as_bytes()) || beyond_ascii_ok(text)) && is_trimmed(text)
}

/// [`plain_text_ok`]'s rules beyond trimming, for a text that is not all printable ASCII:
/// kept out of line, so that the check of an ASCII text stays small.
#[inline(never)]
fn beyond_ascii_ok(text: &str) -> bool {
    !has_line_break_beyond_ascii(text) && bidi::first_unpaired(text).is_none()
}

/// Whether a text that is not all printable ASCII has a control character or a line or
/// paragraph separator: what the rule "no line breaks" refuses.
fn has_line_break_beyond_ascii(text: &str) -> bool {
    has_control_beyond_ascii(text.as_bytes()) || has_line_separator(text.as_bytes())
}

/// Whether `bytes` hold U+2028 or U+2029, written 0xE2 0x80 0xA8 and 0xE2 0x80 0xA9: only
/// the 0xE2 lead bytes are looked at (as [`bidi::first_unpaired`] does), so a text of
/// curly quotes is not read character by character, which made a load a third slower.
fn has_line_separator(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xE2, bytes).any(|at| {
        bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9))
    })
}

/// Whether a list of `count` items is within the limits the schema states on every list.
pub(crate) fn list_size_ok(count: usize) -> bool {
    (1..=MAX_LIST_ITEMS).contains(&count)
}

/// Whether `text` neither starts nor ends with whitespace (`text.trim() == text`), but for
/// a no-break space beside a guillemet: French typography writes `«\u{a0}` and `\u{a0}»`,
/// which a French pack's `open_quote` and `close_quote` labels hold. A no-break space
/// elsewhere at an edge, the slip a copy from a web page makes, is refused.
///
/// An invisible character at an edge ([`INVISIBLE`]) is refused as whitespace is: a title
/// of a zero-width space alone shows as no title.
fn is_trimmed(text: &str) -> bool {
    let plainly = !text.starts_with(is_blank) && !text.ends_with(is_blank);
    plainly || is_trimmed_beside_guillemets(text)
}

/// Characters that show nothing and that Unicode does not count as whitespace, which a
/// copy from a web page or a word processor leaves at a text's edge: the zero-width space,
/// the word joiner and the zero-width no-break space (the byte-order mark). Marks of
/// direction are not among them: a right-to-left text may start with one.
const INVISIBLE: [char; 3] = ['\u{200B}', '\u{2060}', '\u{FEFF}'];

/// Whether `c` is whitespace or an [`INVISIBLE`] character: what a text may not start or
/// end with.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || INVISIBLE.contains(&c)
}

/// The no-break spaces French sets inside its quotation marks: U+00A0 and the narrow
/// U+202F.
const NO_BREAK_SPACES: [char; 2] = ['\u{A0}', '\u{202F}'];

/// The quotation marks a no-break space may stand beside at a text's edge.
const GUILLEMETS: [char; 4] = ['«', '»', '‹', '›'];

/// [`is_trimmed`] for a text with whitespace at an edge: each edge is either no whitespace
/// or one no-break space with a guillemet on its other side. Kept out of line, as only
/// a text that is not plainly trimmed gets here.
#[inline(never)]
fn is_trimmed_beside_guillemets(text: &str) -> bool {
    let start = match text.strip_prefix(NO_BREAK_SPACES) {
        Some(rest) => rest.starts_with(GUILLEMETS),
        None => !text.starts_with(is_blank),
    };
    let end = match text.strip_suffix(NO_BREAK_SPACES) {
        Some(rest) => rest.ends_with(GUILLEMETS),
        None => !text.ends_with(is_blank),
    };
    start && end
}

/// The line and paragraph separators: line breaks that are not control characters, which
/// a text refuses as it refuses a `\n`, and which break a line shown escaped.
pub(crate) const LINE_SEPARATORS: [char; 2] = ['\u{2028}', '\u{2029}'];

/// Whether `c` always breaks a line (Unicode's line breaking classes BK, CR, LF and NL): a
/// line break among the characters a text refuses.
fn breaks_a_line(c: char) -> bool {
    matches!(c, '\n' | '\u{B}' | '\u{C}' | '\r' | '\u{85}') || LINE_SEPARATORS.contains(&c)
}

/// Whether every byte is printable ASCII (0x20 to 0x7E), eight bytes at a time: a word
/// with no byte below 0x20 and none from 0x7F up is. Such a text has no control character
/// and no directional formatting character.
fn is_printable_ascii(bytes: &[u8]) -> bool {
    let (words, rest) = (bytes.chunks_exact(8), bytes.chunks_exact(8).remainder());
    // For each word, `has_byte_below(word, 0x20)`'s test before its comparison with zero,
    // and whether a byte is 0x7F or above: one has its high bit set, or, when none has,
    // adding one to each byte (which then carries into no other) sets it. Gathered over
    // every word, a high bit is set exactly when some word has a byte outside, so the
    // comparison is made once, at the end: a load is 5% faster than with one a word.
    let mut outside = 0;
    for word in words {
        let word = u64::from_ne_bytes(word.try_into().unwrap_or_default());
        outside |= (word.wrapping_sub(ONES * 0x20) & !word) | word | word.wrapping_add(ONES);
    }
    outside & HIGH_BITS == 0 && rest.iter().all(|byte| (0x20..0x7F).contains(byte))
}

/// Whether a text that is not all printable ASCII ([`is_printable_ascii`]) has a control
/// character (general category Cc: U+0000 to U+001F and U+007F to U+009F, the last range
/// written 0xC2 0x80..=0x9F in UTF-8).
///
/// Eight bytes at a time, with the bit tricks of "Bit Twiddling Hacks", for each kind of
/// control character; and only a text with a 0xC2 lead byte (Latin-1 punctuation) pair by
/// pair.
fn has_control_beyond_ascii(bytes: &[u8]) -> bool {
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let (mut control, mut c2) = (false, false);
    for word in words {
        let word = u64::from_ne_bytes(word.try_into().unwrap_or_default());
        control |= has_byte_below(word, 0x20) | has_byte(word, 0x7F);
        c2 |= has_byte(word, 0xC2);
    }
    for &byte in rest {
        control |= (byte < 0x20) | (byte == 0x7F);
        c2 |= byte == 0xC2;
    }
    control
        || c2
            && bytes
                .windows(2)
                .any(|pair| pair[0] == 0xC2 && pair[1] <= 0x9F)
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGH_BITS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Whether a byte of `word` is below `n` (at most 128).
fn has_byte_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGH_BITS != 0
}

/// Whether a byte of `word` is `byte`.
fn has_byte(word: u64, byte: u8) -> bool {
    has_byte_below(word ^ (ONES * u64::from(byte)), 1)
}

/// Whether `text` has at most `max` characters; the characters are counted only when its
/// bytes do not tell (a character is one to four bytes).
fn at_most_chars(text: &str, max: usize) -> bool {
    text.len() <= max || text.chars().count() <= max
}

/// Checks a pack against the pack's JSON Schema, compiled once.
pub(crate) fn check_pack(value: &Value, unknown_fields: UnknownFields) -> Findings {
    static COMPILED: OnceLock<Schema> = OnceLock::new();
    let schema = COMPILED.get_or_init(|| Schema::compile(json_schema()));
    schema.check(value, unknown_fields)
}

/// Checks `value` against `root`, a JSON Schema whose `$ref`s point into its `$defs`.
#[cfg(test)]
pub(crate) fn check(root: &Value, value: &Value, unknown_fields: UnknownFields) -> Findings {
    Schema::compile(root).check(value, unknown_fields)
}

/// A JSON Schema compiled for the walk: its nodes, the root first.
#[derive(Debug)]
struct Schema {
    nodes: Vec<Node>,
}

/// One schema, with its `$ref` followed and its keywords read.
#[derive(Debug, Default)]
struct Node {
    /// The JSON types allowed (`type`); `None` for any.
    types: Option<Vec<JsonType>>,
    /// `expected ...` of the message for a value of another type.
    wanted: String,
    /// The values allowed, from `enum`, `const`, or a `oneOf` of `const`s.
    allowed: Option<Vec<Value>>,
    /// The fields an object may have, with the index of their node and the minor
    /// schema version that brought them (`x-since`; 0 for those of 1.0).
    properties: Vec<(String, usize, u32)>,
    required: Vec<String>,
    /// Whether `additionalProperties` is `false`.
    closed: bool,
    min_items: Option<usize>,
    max_items: Option<usize>,
    /// The node of a list's items.
    items: Option<usize>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    format: Option<Format>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum JsonType {
    Null,
    Boolean,
    Object,
    Array,
    String,
    Number,
    Integer,
    /// A name JSON Schema does not define, which no value matches.
    Unknown,
}

impl JsonType {
    fn from_name(name: &str) -> JsonType {
        match name {
            "null" => JsonType::Null,
            "boolean" => JsonType::Boolean,
            "object" => JsonType::Object,
            "array" => JsonType::Array,
            "string" => JsonType::String,
            "number" => JsonType::Number,
            "integer" => JsonType::Integer,
            _ => JsonType::Unknown,
        }
    }

    fn matches(self, value: &Value) -> bool {
        match self {
            JsonType::Null => value.is_null(),
            JsonType::Boolean => value.is_boolean(),
            JsonType::Object => value.is_object(),
            JsonType::Array => value.is_array(),
            JsonType::String => value.is_string(),
            JsonType::Number => value.is_number(),
            JsonType::Integer => value.is_i64() || value.is_u64(),
            JsonType::Unknown => false,
        }
    }

    /// The type in a message's words, as [`type_name`] names a value's: "a list", not
    /// "array".
    fn described(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "a boolean",
            JsonType::Object => "an object",
            JsonType::Array => "a list",
            JsonType::String => "a string",
            JsonType::Number => "a number",
            JsonType::Integer => "a whole number",
            JsonType::Unknown => "a type JSON Schema does not define",
        }
    }
}

impl Schema {
    fn compile(root: &Value) -> Schema {
        let mut compiler = Compiler {
            root,
            nodes: Vec::new(),
            done: HashMap::new(),
        };
        compiler.node(root);
        Schema {
            nodes: compiler.nodes,
        }
    }

    fn check<'a>(&'a self, value: &'a Value, unknown_fields: UnknownFields) -> Findings {
        let mut checker = Checker {
            schema: self,
            unknown_fields,
            path: Vec::new(),
            findings: Findings::default(),
        };
        checker.value(0, value);
        checker.findings
    }
}

struct Compiler<'s> {
    root: &'s Value,
    nodes: Vec<Node>,
    /// The node of each schema compiled so far, by its address, so a schema used twice
    /// (or by itself) is compiled once.
    done: HashMap<*const Value, usize>,
}

impl<'s> Compiler<'s> {
    /// Follows a `$ref` of the form `#/$defs/Name` to the schema it names.
    fn resolve(&self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix('#')
                .and_then(|pointer| self.root.pointer(pointer))
                .map_or(schema, |target| self.resolve(target)),
            None => schema,
        }
    }

    fn node(&mut self, schema: &'s Value) -> usize {
        let schema = self.resolve(schema);
        let key: *const Value = schema;
        if let Some(&index) = self.done.get(&key) {
            return index;
        }
        let index = self.nodes.len();
        self.nodes.push(Node::default());
        self.done.insert(key, index);
        let names: Option<Vec<&str>> = match schema.get("type") {
            Some(Value::String(name)) => Some(vec![name]),
            Some(Value::Array(names)) => Some(names.iter().filter_map(Value::as_str).collect()),
            _ => None,
        };
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(name, field)| (name.clone(), self.node(field), since_minor(field)))
            .collect();
        let items = schema.get("items").map(|items| self.node(items));
        let types: Option<Vec<JsonType>> =
            names.map(|names| names.into_iter().map(JsonType::from_name).collect());
        self.nodes[index] = Node {
            wanted: (types.iter().flatten())
                .map(|t| t.described())
                .collect::<Vec<_>>()
                .join(" or "),
            types,
            allowed: allowed_values(schema),
            properties,
            required: schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            closed: schema.get("additionalProperties") == Some(&Value::Bool(false)),
            min_items: limit(schema, "minItems"),
            max_items: limit(schema, "maxItems"),
            items,
            min_length: limit(schema, "minLength"),
            max_length: limit(schema, "maxLength"),
            format: schema
                .get("format")
                .and_then(Value::as_str)
                .and_then(Format::from_name),
        };
        index
    }
}

/// A segment of the path to the value being checked.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

/// The minor version of the schema that brought a field, from its `x-since` (`"1.1"`);
/// 0 for a field of 1.0.
fn since_minor(field: &Value) -> u32 {
    field
        .get("x-since")
        .and_then(Value::as_str)
        .and_then(|since| since.parse::<crate::SchemaVersion>().ok())
        .map_or(0, |since| since.minor)
}

struct Checker<'a> {
    schema: &'a Schema,
    unknown_fields: UnknownFields,
    path: Vec<Segment<'a>>,
    findings: Findings,
}

impl<'a> Checker<'a> {
    fn pointer(&self) -> JsonPointer {
        self.path
            .iter()
            .fold(JsonPointer::root(), |pointer, segment| match segment {
                Segment::Field(name) => pointer.child(name),
                Segment::Index(index) => pointer.child(index),
            })
    }

    fn violation(&mut self, code: ViolationCode, message: String) {
        let path = self.pointer();
        self.findings.violations.push(Violation {
            code,
            path,
            message,
        });
    }

    /// Checks the value at `self.path`.
    fn value(&mut self, node: usize, value: &'a Value) {
        let schema: &'a Schema = self.schema;
        let node = &schema.nodes[node];
        let typed = node.types.as_ref();
        if typed.is_some_and(|types| !types.iter().any(|t| t.matches(value))) {
            let message = format!("expected {}, found {}", node.wanted, type_name(value));
            self.violation(ViolationCode::InvalidType, message);
            return;
        }
        if let Some(allowed) = &node.allowed {
            if !allowed.contains(value) {
                let list = allowed
                    .iter()
                    .map(Value::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                // A text is quoted as every message quotes text from outside (escaped, cut
                // after 100 characters); a list or an object is named by its type.
                let found = match value {
                    Value::String(text) => Quoted(text).to_string(),
                    Value::Array(_) | Value::Object(_) => type_name(value).to_owned(),
                    Value::Null | Value::Bool(_) | Value::Number(_) => value.to_string(),
                };
                self.violation(
                    ViolationCode::InvalidEnumValue,
                    format!("{found} is not allowed here; use one of {list}"),
                );
            }
            return;
        }
        match value {
            Value::Object(object) => self.object(node, object),
            Value::Array(items) => self.array(node, items),
            Value::String(text) => self.string(node, text),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }

    fn object(&mut self, node: &'a Node, object: &'a Map<String, Value>) {
        for name in &node.required {
            if !object.contains_key(name) {
                self.path.push(Segment::Field(name));
                self.violation(
                    ViolationCode::MissingField,
                    format!("the required field {name:?} is missing"),
                );
                self.path.pop();
            }
        }
        for (name, field) in object {
            self.path.push(Segment::Field(name));
            match node.properties.iter().find(|(known, ..)| known == name) {
                Some(&(_, _, since)) if self.newer_than_declared(since) => {
                    self.newer_field(name, since);
                }
                Some(&(_, field_node, _)) => self.value(field_node, field),
                None if node.closed => self.unknown_field(name),
                None => {}
            }
            self.path.pop();
        }
    }

    /// Whether a field that the minor version `since` brought is newer than the pack.
    fn newer_than_declared(&self, since: u32) -> bool {
        matches!(self.unknown_fields, UnknownFields::Refuse { minor } if since > minor)
    }

    /// A field that a later minor version brought than the one the pack declares: readers
    /// of that version refuse it.
    fn newer_field(&mut self, name: &str, since: u32) {
        let UnknownFields::Refuse { minor } = self.unknown_fields else {
            return;
        };
        let major = crate::SchemaVersion::CURRENT.major;
        self.violation(
            ViolationCode::UnknownField,
            format!(
                "{name:?} came in schema {major}.{since}, and this pack declares \
                 {major}.{minor}, whose readers refuse it; declare schema_version \
                 \"{major}.{since}\" to use it"
            ),
        );
    }

    fn unknown_field(&mut self, name: &str) {
        match self.unknown_fields {
            UnknownFields::Refuse { .. } => self.violation(
                ViolationCode::UnknownField,
                format!(
                    "{} is not a field of this pack format; check its spelling",
                    Quoted(name)
                ),
            ),
            UnknownFields::Ignore => {
                let path = self.pointer();
                self.findings.warnings.push(Warning::new(
                    WarningCode::IgnoredField,
                    path,
                    format!(
                        "{} belongs to a newer minor schema version and was ignored",
                        Quoted(name)
                    ),
                ));
            }
        }
    }

    fn array(&mut self, node: &'a Node, items: &'a [Value]) {
        let count = items.len();
        if let Some(min) = node.min_items.filter(|min| count < *min) {
            self.violation(
                ViolationCode::TooFewItems,
                format!(
                    "this list needs at least {}; it has {count}",
                    Counted(min, "item", "items")
                ),
            );
        }
        // The items past a list's limit are not checked: removing them is the fix, and a
        // megabyte of `{},` would otherwise give a million violations, and as many
        // objects in Python, Kotlin and Swift, where one list too long is the fault.
        let mut checked = items;
        if let Some(max) = node.max_items.filter(|max| count > *max) {
            self.violation(
                ViolationCode::TooManyItems,
                format!(
                    "a list here has at most {max} items; this one has {count} (the items \
                     after the first {max} are not checked)"
                ),
            );
            checked = &items[..max];
        }
        if let Some(item_node) = node.items {
            for (index, item) in checked.iter().enumerate() {
                self.path.push(Segment::Index(index));
                self.value(item_node, item);
                self.path.pop();
            }
        }
    }

    fn string(&mut self, node: &Node, text: &str) {
        // Characters are counted only as far as a limit needs, as `text_ok` does.
        let shorter_than = |min: usize| text.chars().take(min).count() < min;
        if node.min_length.is_some_and(shorter_than) {
            self.violation(ViolationCode::EmptyText, "this text is empty".to_owned());
        }
        if let Some(max) = node.max_length.filter(|max| !at_most_chars(text, *max)) {
            self.violation(
                ViolationCode::TextTooLong,
                format!(
                    "a text has at most {max} characters; this one has {}",
                    text.chars().count()
                ),
            );
        }
        match node.format {
            Some(format) => {
                if let Err(message) = format.check(text) {
                    self.violation(format.violation_code(), message);
                }
            }
            None => self.plain_text(text),
        }
    }

    fn plain_text(&mut self, text: &str) {
        if !is_trimmed(text) {
            self.violation(
                ViolationCode::UntrimmedText,
                "this text starts or ends with whitespace or an invisible character (such as \
                 a zero-width space); remove it"
                    .to_owned(),
            );
        }
        if is_printable_ascii(text.as_bytes()) {
            return;
        }
        if has_line_break_beyond_ascii(text) {
            // Said so that an editor of the JSON and a translator of a PO file, who cannot
            // add a paragraph, both know what to do.
            let (found, what, fix) = text
                .chars()
                .find_map(|c| match c {
                    c if breaks_a_line(c) => Some((
                        c,
                        "the line break",
                        "write the text on one line (a list of paragraphs takes each paragraph \
                         as an item of its own)",
                    )),
                    c if c.is_control() => Some((c, "the control character", "remove it")),
                    _ => None,
                })
                .unwrap_or_default();
            self.violation(
                ViolationCode::ControlCharacter,
                format!(
                    "this text contains {what} U+{:04X}; {fix}",
                    u32::from(found)
                ),
            );
        }
        if let Some(unpaired) = bidi::first_unpaired(text) {
            self.violation(ViolationCode::UnpairedDirection, unpaired.message());
        }
    }
}

/// The values a schema allows, from `enum`, `const`, or a `oneOf` of `const`s.
fn allowed_values(schema: &Value) -> Option<Vec<Value>> {
    if let Some(Value::Array(values)) = schema.get("enum") {
        return Some(values.clone());
    }
    if let Some(value) = schema.get("const") {
        return Some(vec![value.clone()]);
    }
    let alternatives = schema.get("oneOf")?.as_array()?;
    alternatives
        .iter()
        .map(|alternative| alternative.get("const").cloned())
        .collect()
}

fn limit(schema: &Value, keyword: &str) -> Option<usize> {
    schema
        .get(keyword)
        .and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The byte-level check of control characters, as the text rules make it.
    fn has_control(text: &str) -> bool {
        let bytes = text.as_bytes();
        !is_printable_ascii(bytes) && has_control_beyond_ascii(bytes)
    }

    proptest::proptest! {
        /// The byte scan finds what `char` finds, at every position.
        #[test]
        fn the_byte_scan_finds_control_characters_as_char_does(
            text in "[a-z \u{0}-\u{1f}\u{7f}-\u{a0}\u{c2}\u{100}-\u{10ff}é😀]{0,40}"
        ) {
            proptest::prop_assert_eq!(has_control(&text), text.chars().any(char::is_control));
        }

        /// The word tricks find what a byte-by-byte look finds, in any eight bytes.
        #[test]
        fn the_word_tricks_are_the_byte_tests(bytes in proptest::array::uniform8(0u8..)) {
            let word = u64::from_ne_bytes(bytes);
            proptest::prop_assert_eq!(has_byte_below(word, 0x20), bytes.iter().any(|&b| b < 0x20));
            proptest::prop_assert_eq!(
                is_printable_ascii(&bytes),
                bytes.iter().all(|b| (0x20..0x7F).contains(b))
            );
            proptest::prop_assert_eq!(has_byte(word, 0xC2), bytes.contains(&0xC2));
        }

        /// Over many words and a remainder, with one byte anywhere, as byte by byte.
        #[test]
        fn printable_ascii_is_every_byte_printable(
            bytes in proptest::collection::vec(0x20u8..0x7F, 0..40),
            odd in 0u8..,
            at in 0usize..40,
        ) {
            let mut bytes = bytes;
            if !bytes.is_empty() {
                let at = at % bytes.len();
                bytes[at] = odd;
            }
            proptest::prop_assert_eq!(
                is_printable_ascii(&bytes),
                bytes.iter().all(|b| (0x20..0x7F).contains(b))
            );
        }

        /// Counting only when the bytes do not tell gives the count's answer.
        #[test]
        fn the_length_check_agrees_with_the_count(
            text in "[a-zé€😀]{0,12}", max in 0usize..16
        ) {
            proptest::prop_assert_eq!(at_most_chars(&text, max), text.chars().count() <= max);
        }
    }

    fn codes(findings: &Findings) -> Vec<(&str, &str)> {
        findings
            .violations
            .iter()
            .map(|v| (v.code.as_str(), v.path.as_str()))
            .collect()
    }

    fn schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 5},
                "when": {"type": "string", "format": "date"},
                "kind": {"$ref": "#/$defs/Kind"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2}
            },
            "required": ["name", "kind"],
            "additionalProperties": false,
            "$defs": {"Kind": {"oneOf": [{"const": "a"}, {"const": "b"}]}}
        })
    }

    #[test]
    fn a_conforming_value_has_no_findings() {
        let value = json!({"name": "ok", "when": "2026-01-31", "kind": "b", "tags": ["x"]});
        let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
        assert!(findings.violations.is_empty(), "{:?}", findings.violations);
        assert!(findings.warnings.is_empty());
    }

    #[test]
    fn reports_every_violation_with_its_path() {
        let value = json!({"when": "31/01/2026", "kind": "c", "tags": [], "nmae": "x"});
        let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
        assert_eq!(
            codes(&findings),
            [
                ("missing-field", "/name"),
                ("invalid-date", "/when"),
                ("invalid-enum-value", "/kind"),
                ("too-few-items", "/tags"),
                ("unknown-field", "/nmae"),
            ]
        );
    }

    #[test]
    fn text_rules_apply_to_plain_strings() {
        let value = json!({"name": " a\tbcd ", "kind": "a", "tags": ["", "x", "y"]});
        let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
        assert_eq!(
            codes(&findings),
            [
                ("text-too-long", "/name"),
                ("untrimmed-text", "/name"),
                ("control-character", "/name"),
                ("too-many-items", "/tags"),
            ]
        );
    }

    #[test]
    fn a_line_break_and_another_control_character_say_what_to_do() {
        let message = |name: &str| {
            let value = json!({"name": name, "kind": "a", "tags": ["x"]});
            let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
            findings.violations[0].message.clone()
        };
        assert_eq!(
            message("a\nb"),
            "this text contains the line break U+000A; write the text on one line (a list of \
             paragraphs takes each paragraph as an item of its own)"
        );
        assert_eq!(
            message("a\u{2029}b"),
            "this text contains the line break U+2029; write the text on one line (a list of \
             paragraphs takes each paragraph as an item of its own)"
        );
        assert_eq!(
            message("a\tb"),
            "this text contains the control character U+0009; remove it"
        );
    }

    #[test]
    fn a_value_not_allowed_and_an_unknown_field_are_quoted_on_one_line_and_cut() {
        let messages = |value: Value| {
            let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
            let messages = findings.violations.iter().map(|v| v.message.clone());
            messages.collect::<Vec<_>>()
        };
        let long = "x".repeat(5000);
        let allowed = "use one of \"a\", \"b\"";
        for (kind, found) in [
            (json!("c"), "\"c\"".to_owned()),
            (
                json!("c\u{2028}d\u{85}\u{202e}"),
                r#""c\u{2028}d\u{85}\u{202e}""#.to_owned(),
            ),
            (
                json!(long),
                format!("\"{}\"… (5000 bytes)", "x".repeat(100)),
            ),
            (json!({"\u{2028}": null}), "an object".to_owned()),
            (json!(["a"]), "a list".to_owned()),
            (json!(7), "7".to_owned()),
        ] {
            let value = json!({"name": "ok", "kind": kind, "tags": ["x"]});
            let expected = format!("{found} is not allowed here; {allowed}");
            assert_eq!(messages(value), [expected]);
        }
        let mut value = json!({"name": "ok", "kind": "a", "tags": ["x"]});
        value[format!("{long}\u{2028}")] = json!(1);
        let expected = format!(
            "\"{}\"… (5003 bytes) is not a field of this pack format; check its spelling",
            "x".repeat(100)
        );
        assert_eq!(messages(value), [expected]);
    }

    #[test]
    fn every_type_of_json_schema_is_understood() {
        for (name, fits, misfit, wanted, found) in [
            ("null", json!(null), json!(false), "null", "a boolean"),
            ("boolean", json!(true), json!(null), "a boolean", "null"),
            ("object", json!({}), json!([]), "an object", "a list"),
            ("array", json!([]), json!({}), "a list", "an object"),
            ("string", json!("x"), json!(1), "a string", "a number"),
            ("number", json!(1.5), json!("1"), "a number", "a string"),
            (
                "integer",
                json!(-1),
                json!(1.5),
                "a whole number",
                "a number",
            ),
        ] {
            let schema = json!({"type": name});
            let findings = check(&schema, &fits, UnknownFields::Refuse { minor: 1 });
            assert!(findings.violations.is_empty(), "{name}: {fits}");
            let findings = check(&schema, &misfit, UnknownFields::Refuse { minor: 1 });
            assert_eq!(
                findings.violations,
                [Violation {
                    code: ViolationCode::InvalidType,
                    path: JsonPointer::root(),
                    message: format!("expected {wanted}, found {found}"),
                }],
                "{name}: {misfit}"
            );
        }
        let unknown = check(&json!({"type": "date"}), &json!(-1), UnknownFields::Ignore);
        assert_eq!(
            unknown.violations[0].message,
            "expected a type JSON Schema does not define, found a number"
        );
    }

    #[test]
    fn an_object_left_open_takes_fields_it_does_not_name() {
        let schema = json!({"type": "object", "properties": {"name": {"type": "string"}}});
        let value = json!({"name": "ok", "colour": "red"});
        let findings = check(&schema, &value, UnknownFields::Refuse { minor: 1 });
        assert!(findings.violations.is_empty(), "{:?}", findings.violations);
        assert!(findings.warnings.is_empty(), "{:?}", findings.warnings);
    }

    #[test]
    fn null_is_the_wrong_type() {
        let value = json!({"name": null, "kind": null, "tags": [null]});
        let findings = check(&schema(), &value, UnknownFields::Refuse { minor: 1 });
        assert_eq!(
            codes(&findings),
            [
                ("invalid-type", "/name"),
                ("invalid-enum-value", "/kind"),
                ("invalid-type", "/tags/0"),
            ]
        );
    }

    #[test]
    fn the_byte_level_text_rules_are_the_char_level_ones() {
        let mut texts: Vec<String> = (0..0x3000)
            .filter_map(char::from_u32)
            .flat_map(|c| {
                [
                    format!("{c}"),
                    format!("a{c}b"),
                    format!("{c}ab"),
                    format!("ab{c}"),
                ]
            })
            .collect();
        texts.extend(["".to_owned(), "é\u{85}".to_owned(), "\u{2028}x".to_owned()]);
        // Long texts, with a control character after many others.
        texts.push(format!("{}\u{85}", "é".repeat(300)));
        texts.push("é".repeat(1000));
        let trim = |text: &str| text.trim_matches(is_blank).to_owned();
        for text in &texts {
            assert_eq!(is_trimmed(text), trim(text) == *text, "{text:?}");
            assert_eq!(
                has_control(text),
                text.chars().any(char::is_control),
                "{text:?}"
            );
            assert_eq!(
                plain_text_ok(text),
                trim(text) == *text
                    && !text
                        .chars()
                        .any(|c| c.is_control() || LINE_SEPARATORS.contains(&c))
                    && bidi::first_unpaired(text).is_none(),
                "{text:?}"
            );
            let count = text.chars().count();
            assert!(at_most_chars(text, count), "{text:?}");
            assert!(count == 0 || !at_most_chars(text, count - 1), "{text:?}");
        }
    }

    #[test]
    fn a_no_break_space_may_stand_inside_a_guillemet_at_an_edge() {
        let kept = [
            "«\u{a0}",
            "\u{a0}»",
            "«\u{202F}",
            "\u{202F}»",
            "‹\u{a0}",
            "\u{a0}›",
        ];
        for text in kept {
            assert!(is_trimmed(text) && plain_text_ok(text), "{text:?}");
        }
        let refused = [
            "Running\u{a0}",
            "\u{a0}Running",
            "« ",
            " »",
            "«\u{a0}\u{a0}",
            "\u{a0}\u{a0}»",
            "\u{a0}",
            "“\u{a0}",
            " «\u{a0}",
            "\u{a0}» ",
            // Invisible, and no whitespace to Unicode.
            "\u{200B}",
            "\u{FEFF}Running",
            "Running\u{2060}",
            "«\u{a0}\u{200B}",
        ];
        for text in refused {
            assert!(!is_trimmed(text) && !plain_text_ok(text), "{text:?}");
        }
    }

    #[test]
    fn unknown_fields_of_a_newer_minor_version_are_warnings() {
        let value = json!({"name": "ok", "kind": "a", "colour": "red", "a/b": 1});
        let findings = check(&schema(), &value, UnknownFields::Ignore);
        assert!(findings.violations.is_empty());
        let paths: Vec<_> = findings.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["/colour", "/a~1b"]);
    }
}
