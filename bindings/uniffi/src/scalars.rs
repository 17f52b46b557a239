//! Values that Kotlin and Swift see as strings: ids, versions, dates and codes.
//!
//! Each is a uniffi custom type, a type alias of `String` in Kotlin and Swift, written as
//! in a pack: an id `losing-hope`, a schema version `1.0`, a content version `1.2.0`, a
//! date `2026-01-31`, a code `invalid-id`. A string that Kotlin or Swift passes back
//! (in a record given to a method) is checked: a malformed one is refused with
//! [`ContentError::Validation`].

use chrono::NaiveDate;
use vt_content::{Id, SchemaVersion, Violation, ViolationCode, WarningCode};

use crate::ContentError;

/// The version of a pack's content, a semantic version such as `1.2.0`.
pub type SemanticVersion = semver::Version;

/// A calendar date, written `YYYY-MM-DD` (ISO 8601).
pub type IsoDate = NaiveDate;

uniffi::custom_type!(Id, String, {
    remote,
    lower: |id| id.into(),
    try_lift: |text| Ok(parse(&text, ViolationCode::InvalidId)?),
});

uniffi::custom_type!(SchemaVersion, String, {
    remote,
    lower: |version| version.to_string(),
    try_lift: |text| Ok(parse(&text, ViolationCode::InvalidSchemaVersion)?),
});

uniffi::custom_type!(SemanticVersion, String, {
    remote,
    lower: |version| version.to_string(),
    try_lift: |text| Ok(parse(&text, ViolationCode::InvalidVersion)?),
});

uniffi::custom_type!(IsoDate, String, {
    remote,
    lower: |date| date.to_string(),
    try_lift: |text| Ok(parse(&text, ViolationCode::InvalidDate)?),
});

uniffi::custom_type!(ViolationCode, String, {
    remote,
    lower: |code| code.as_str().to_owned(),
    try_lift: |text| Ok(code(ViolationCode::ALL, &text, ViolationCode::as_str)?),
});

uniffi::custom_type!(WarningCode, String, {
    remote,
    lower: |code| code.as_str().to_owned(),
    try_lift: |text| Ok(code(WarningCode::ALL, &text, WarningCode::as_str)?),
});

/// Parses `text`, refusing it with a violation of `code` when it is malformed.
fn parse<T>(text: &str, code: ViolationCode) -> Result<T, ContentError>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    text.parse()
        .map_err(|error| refused(code, format!("{text:?} is refused: {error}")))
}

/// The code in `all` whose text is `text`.
fn code<C: Copy>(all: &[C], text: &str, as_str: fn(C) -> &'static str) -> Result<C, ContentError> {
    all.iter()
        .copied()
        .find(|c| as_str(*c) == text)
        .ok_or_else(|| {
            refused(
                ViolationCode::InvalidEnumValue,
                format!("{text:?} is not a known code"),
            )
        })
}

/// A value that Kotlin or Swift passed back is malformed.
fn refused(code: ViolationCode, message: String) -> ContentError {
    ContentError::Validation {
        violations: vec![Violation {
            code,
            path: String::new(),
            message,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(error: ContentError) -> Vec<ViolationCode> {
        match error {
            ContentError::Validation { violations } => violations.iter().map(|v| v.code).collect(),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn well_formed_strings_are_read() {
        assert_eq!(
            parse::<Id>("losing-hope", ViolationCode::InvalidId).unwrap(),
            "losing-hope"
        );
        assert_eq!(
            parse::<IsoDate>("2026-01-31", ViolationCode::InvalidDate)
                .unwrap()
                .to_string(),
            "2026-01-31"
        );
        assert_eq!(
            code(ViolationCode::ALL, "invalid-id", ViolationCode::as_str).unwrap(),
            ViolationCode::InvalidId
        );
    }

    #[test]
    fn malformed_strings_are_validation_errors_not_panics() {
        let error = parse::<Id>("Losing Hope", ViolationCode::InvalidId).unwrap_err();
        assert!(error.to_string().contains("Losing Hope"), "{error}");
        assert_eq!(codes(error), [ViolationCode::InvalidId]);
        let error = parse::<SemanticVersion>("1.0", ViolationCode::InvalidVersion).unwrap_err();
        assert_eq!(codes(error), [ViolationCode::InvalidVersion]);
        let error = code(WarningCode::ALL, "nope", WarningCode::as_str).unwrap_err();
        assert_eq!(codes(error), [ViolationCode::InvalidEnumValue]);
    }
}
