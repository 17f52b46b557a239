//! Values that Kotlin and Swift see as strings: ids, versions, dates, codes, paths and
//! locales.
//!
//! Each is a uniffi custom type, a type alias of `String` in Kotlin and Swift, written as
//! in a pack: an id `losing-hope`, a schema version `1.1`, a content version `1.2.0`, a
//! date `2026-01-31`, a code `invalid-id`, a path (a JSON Pointer) `/signs/0/id`, a
//! locale `en-GB`.
//!
//! They only ever go from Rust to Kotlin or Swift, inside the records the library
//! returns: no exported function takes one, or a record holding one, as an argument (see
//! the crate documentation; `bindings/uniffi/tests/interface.rs` checks it). uniffi still needs a
//! way to read each one back from a string, so each has one that refuses a malformed
//! string with an error instead of panicking; no call from Kotlin or Swift reaches it.

use crate::{ContentVersion, Id, JsonPointer, Locale, SchemaVersion, ViolationCode, WarningCode};
use chrono::NaiveDate;

/// A calendar date, written `YYYY-MM-DD` (ISO 8601).
pub type IsoDate = NaiveDate;

uniffi::custom_type!(Id, String, {
    lower: |id| id.into(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(SchemaVersion, String, {
    lower: |version| version.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(ContentVersion, String, {
    lower: |version| version.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(IsoDate, String, {
    remote,
    lower: |date| date.to_string(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(ViolationCode, String, {
    lower: |code| code.as_str().to_owned(),
    try_lift: |text| ViolationCode::from_text(&text).ok_or_else(|| unknown_code(&text)),
});

uniffi::custom_type!(WarningCode, String, {
    lower: |code| code.as_str().to_owned(),
    try_lift: |text| WarningCode::from_text(&text).ok_or_else(|| unknown_code(&text)),
});

uniffi::custom_type!(Locale, String, {
    lower: |locale| locale.into(),
    try_lift: |text| Ok(text.parse()?),
});

uniffi::custom_type!(JsonPointer, String, {
    lower: |path| path.into(),
    try_lift: |text| JsonPointer::parse(&text)
        .ok_or_else(|| uniffi::deps::anyhow::anyhow!("{} is not a JSON Pointer", crate::quoted::Quoted(&text))),
});

/// Why `text` is not read as a code.
fn unknown_code(text: &str) -> uniffi::deps::anyhow::Error {
    uniffi::deps::anyhow::anyhow!("{} is not a known code", crate::quoted::Quoted(text))
}

#[cfg(test)]
mod tests {
    use uniffi::{Lift, Lower};

    use super::*;
    use crate::UniFfiTag;

    /// `text` read back as a `T`, as uniffi would read it from Kotlin or Swift.
    fn read<T: Lift<UniFfiTag>>(text: &str) -> uniffi::Result<T> {
        let mut buffer = Vec::new();
        <String as Lower<UniFfiTag>>::write(text.to_owned(), &mut buffer);
        T::try_read(&mut buffer.as_slice())
    }

    #[test]
    fn well_formed_strings_are_read() {
        assert_eq!(read::<Id>("losing-hope").unwrap(), "losing-hope");
        assert_eq!(read::<SchemaVersion>("1.0").unwrap().to_string(), "1.0");
        assert_eq!(
            read::<ContentVersion>("1.2.0").unwrap().to_string(),
            "1.2.0"
        );
        assert_eq!(
            read::<IsoDate>("2026-01-31").unwrap().to_string(),
            "2026-01-31"
        );
        assert_eq!(
            read::<ViolationCode>("invalid-id").unwrap(),
            ViolationCode::InvalidId
        );
        assert_eq!(
            read::<WarningCode>("ignored-field").unwrap(),
            WarningCode::IgnoredField
        );
        assert_eq!(read::<JsonPointer>("/signs/0/id").unwrap(), "/signs/0/id");
    }

    #[test]
    fn malformed_strings_are_errors_not_panics() {
        let error = format!("{:#}", read::<Id>("Losing Hope").unwrap_err());
        assert!(error.contains("Losing Hope"), "{error}");
        assert!(read::<SchemaVersion>("1").is_err());
        assert!(read::<ContentVersion>("1.0").is_err());
        assert!(read::<IsoDate>("2026-02-30").is_err());
        let error = format!("{:#}", read::<WarningCode>("nope").unwrap_err());
        assert!(error.ends_with(": \"nope\" is not a known code"), "{error}");
        assert!(read::<JsonPointer>("signs").is_err());
    }
}
