//! Checks a JSON value against the pack's JSON Schema, collecting every violation.
//!
//! The schema is generated from the Rust types, so this check and the typed model
//! cannot drift apart. It understands the keywords that schema uses (and a test makes
//! sure the schema uses no others): `$ref`, `type`, `properties`, `required`,
//! `additionalProperties`, `items`, `minItems`, `maxItems`, `minLength`, `maxLength`,
//! `enum`, `const`, `oneOf` and `format`. Every string that has no format and no fixed
//! values is text, and must also be trimmed and free of control characters.

use serde_json::{Map, Value};

use crate::JsonPointer;
use crate::error::{Violation, ViolationCode, Warning, WarningCode};
use crate::format::Format;

/// What to do with a field the schema does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnknownFields {
    /// The pack is of a schema version this library knows: an unknown field is a typo.
    Refuse,
    /// The pack is of a newer minor version: the field is ignored, with a warning.
    Ignore,
}

/// What a structural check found.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub(crate) violations: Vec<Violation>,
    pub(crate) warnings: Vec<Warning>,
}

/// Checks `value` against `root`, a JSON Schema whose `$ref`s point into its `$defs`.
pub(crate) fn check(root: &Value, value: &Value, unknown_fields: UnknownFields) -> Findings {
    let mut checker = Checker {
        root,
        unknown_fields,
        findings: Findings::default(),
    };
    checker.value(root, value, &JsonPointer::root());
    checker.findings
}

struct Checker<'s> {
    root: &'s Value,
    unknown_fields: UnknownFields,
    findings: Findings,
}

impl<'s> Checker<'s> {
    fn violation(&mut self, code: ViolationCode, path: &JsonPointer, message: String) {
        self.findings.violations.push(Violation {
            code,
            path: path.clone(),
            message,
        });
    }

    fn value(&mut self, schema: &'s Value, value: &Value, path: &JsonPointer) {
        let schema = self.resolve(schema);
        if !self.has_expected_type(schema, value, path) {
            return;
        }
        if let Some(allowed) = allowed_values(schema) {
            if !allowed.contains(value) {
                let list = allowed
                    .iter()
                    .map(Value::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                self.violation(
                    ViolationCode::InvalidEnumValue,
                    path,
                    format!("{value} is not allowed here; use one of {list}"),
                );
            }
            return;
        }
        match value {
            Value::Object(object) => self.object(schema, object, path),
            Value::Array(items) => self.array(schema, items, path),
            Value::String(text) => self.string(schema, text, path),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }

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

    fn has_expected_type(&mut self, schema: &Value, value: &Value, path: &JsonPointer) -> bool {
        let expected: Vec<&str> = match schema.get("type") {
            Some(Value::String(name)) => vec![name],
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            _ => return true,
        };
        if expected.iter().any(|name| is_of_type(value, name)) {
            return true;
        }
        let wanted = expected
            .iter()
            .map(|name| if *name == "object" { "an object" } else { name })
            .collect::<Vec<_>>()
            .join(" or ");
        self.violation(
            ViolationCode::InvalidType,
            path,
            format!("expected {wanted}, found {}", type_name(value)),
        );
        false
    }

    fn object(&mut self, schema: &'s Value, object: &Map<String, Value>, path: &JsonPointer) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let required = schema.get("required").and_then(Value::as_array);
        for name in required.into_iter().flatten().filter_map(Value::as_str) {
            if !object.contains_key(name) {
                self.violation(
                    ViolationCode::MissingField,
                    &path.child(name),
                    format!("the required field {name:?} is missing"),
                );
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (name, field) in object {
            let field_path = path.child(name);
            match properties.and_then(|known| known.get(name)) {
                Some(field_schema) => self.value(field_schema, field, &field_path),
                None if closed => self.unknown_field(name, &field_path),
                None => {}
            }
        }
    }

    fn unknown_field(&mut self, name: &str, path: &JsonPointer) {
        match self.unknown_fields {
            UnknownFields::Refuse => self.violation(
                ViolationCode::UnknownField,
                path,
                format!("{name:?} is not a field of this pack format; check its spelling"),
            ),
            UnknownFields::Ignore => self.findings.warnings.push(Warning::new(
                WarningCode::IgnoredField,
                path.clone(),
                format!("{name:?} belongs to a newer minor schema version and was ignored"),
            )),
        }
    }

    fn array(&mut self, schema: &'s Value, items: &[Value], path: &JsonPointer) {
        let count = items.len();
        if let Some(min) = limit(schema, "minItems").filter(|min| count < *min) {
            self.violation(
                ViolationCode::TooFewItems,
                path,
                format!("this list needs at least {min} item(s); it has {count}"),
            );
        }
        if let Some(max) = limit(schema, "maxItems").filter(|max| count > *max) {
            self.violation(
                ViolationCode::TooManyItems,
                path,
                format!("this list has at most {max} items; it has {count}"),
            );
        }
        if let Some(item_schema) = schema.get("items") {
            for (index, item) in items.iter().enumerate() {
                self.value(item_schema, item, &path.child(index));
            }
        }
    }

    fn string(&mut self, schema: &Value, text: &str, path: &JsonPointer) {
        let length = text.chars().count();
        if limit(schema, "minLength").is_some_and(|min| length < min) {
            self.violation(
                ViolationCode::EmptyText,
                path,
                "this text is empty".to_owned(),
            );
        }
        if let Some(max) = limit(schema, "maxLength").filter(|max| length > *max) {
            self.violation(
                ViolationCode::TextTooLong,
                path,
                format!("this text has at most {max} characters; it has {length}"),
            );
        }
        match schema
            .get("format")
            .and_then(Value::as_str)
            .and_then(Format::from_name)
        {
            Some(format) => {
                if let Err(message) = format.check(text) {
                    self.violation(format.violation_code(), path, message);
                }
            }
            None => self.plain_text(text, path),
        }
    }

    fn plain_text(&mut self, text: &str, path: &JsonPointer) {
        if text.trim() != text {
            self.violation(
                ViolationCode::UntrimmedText,
                path,
                "this text starts or ends with whitespace; remove it".to_owned(),
            );
        }
        if let Some(control) = text.chars().find(|c| c.is_control()) {
            self.violation(
                ViolationCode::ControlCharacter,
                path,
                format!(
                    "this text contains the control character U+{:04X}; write paragraphs as separate list items instead of line breaks",
                    u32::from(control)
                ),
            );
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

fn is_of_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        _ => false,
    }
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
        let findings = check(&schema(), &value, UnknownFields::Refuse);
        assert!(findings.violations.is_empty(), "{:?}", findings.violations);
        assert!(findings.warnings.is_empty());
    }

    #[test]
    fn reports_every_violation_with_its_path() {
        let value = json!({"when": "31/01/2026", "kind": "c", "tags": [], "nmae": "x"});
        let findings = check(&schema(), &value, UnknownFields::Refuse);
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
        let findings = check(&schema(), &value, UnknownFields::Refuse);
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
    fn null_is_the_wrong_type() {
        let value = json!({"name": null, "kind": null, "tags": [null]});
        let findings = check(&schema(), &value, UnknownFields::Refuse);
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
    fn unknown_fields_of_a_newer_minor_version_are_warnings() {
        let value = json!({"name": "ok", "kind": "a", "colour": "red", "a/b": 1});
        let findings = check(&schema(), &value, UnknownFields::Ignore);
        assert!(findings.violations.is_empty());
        let paths: Vec<_> = findings.warnings.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["/colour", "/a~1b"]);
    }
}
