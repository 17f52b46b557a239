//! The pack's JSON Schema as a reader of an earlier minor version has it, for the tests
//! that hold the loader to an independent validator (`tests/differential.rs`,
//! `tests/conformance.rs`).

use serde_json::Value;
use vt_content::{SchemaVersion, ViolationCode};

/// The loader's codes for the rules that the schema states in part, for editors: the
/// formats whose schema has a `pattern` beside the format's name, and opening hours, whose
/// `opens` and `closes` the schema asks for together (`dependentRequired`). A value the
/// schema refuses breaks the rule, but the schema may accept a value the loader refuses
/// (a phone number of 20 digits, a service that closes before it opens).
pub const PARTLY_STATED_RULES: [ViolationCode; 10] = [
    ViolationCode::InvalidOpeningHours,
    ViolationCode::InvalidId,
    ViolationCode::InvalidSchemaVersion,
    ViolationCode::InvalidVersion,
    ViolationCode::InvalidLocale,
    ViolationCode::InvalidDate,
    ViolationCode::InvalidPhoneNumber,
    ViolationCode::InvalidRegion,
    ViolationCode::InvalidTime,
    ViolationCode::InvalidUrl,
];

/// `schema` without the fields that a minor version after `minor` brought (their
/// `x-since`), which a pack of schema `1.minor` may not use.
pub fn schema_for_minor(schema: &Value, minor: u32) -> Value {
    fn keep_until(schema: &mut Value, minor: u32) {
        if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            properties.retain(|_, field| {
                let since = field.get("x-since").and_then(Value::as_str);
                let since = since.and_then(|since| since.parse::<SchemaVersion>().ok());
                since.is_none_or(|since| since.minor <= minor)
            });
        }
        if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
            defs.values_mut().for_each(|def| keep_until(def, minor));
        }
    }
    let mut schema = schema.clone();
    keep_until(&mut schema, minor);
    schema
}

/// An independent validator for each minor schema version this library reads, by minor.
pub fn validators(schema: &Value) -> Vec<jsonschema::Validator> {
    (0..=SchemaVersion::CURRENT.minor)
        .map(|minor| {
            jsonschema::validator_for(&schema_for_minor(schema, minor))
                .expect("the schema is valid")
        })
        .collect()
}

/// The minor version whose validator judges `pack`: the one it declares, or this
/// library's for a newer one or none.
pub fn minor_of(pack: &Value) -> usize {
    let declared = pack
        .get("schema_version")
        .and_then(Value::as_str)
        .and_then(|text| text.parse::<SchemaVersion>().ok());
    let minor = declared.map_or(SchemaVersion::CURRENT.minor, |version| {
        version.minor.min(SchemaVersion::CURRENT.minor)
    });
    minor as usize
}
