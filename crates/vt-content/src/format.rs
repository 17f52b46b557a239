//! The string formats a pack uses, each checked by the same parser that reads it.
//!
//! The JSON Schema names these formats in its `format` keyword; the loader checks each
//! one with the parser the typed model uses, so a string that passes the check always
//! deserializes.

use chrono::NaiveDate;

use crate::error::ViolationCode;
use crate::id::check_id;
use crate::version::SchemaVersion;

/// A string format with a parser of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// A kebab-case [`Id`](crate::Id).
    Id,
    /// A `MAJOR.MINOR` [`SchemaVersion`].
    SchemaVersion,
    /// A semantic version of the content, such as `1.2.0`.
    SemVer,
    /// A BCP 47 language tag, such as `en-GB`.
    Locale,
    /// An ISO 8601 calendar date, `YYYY-MM-DD`.
    Date,
}

impl Format {
    const ALL: [Format; 5] = [
        Format::Id,
        Format::SchemaVersion,
        Format::SemVer,
        Format::Locale,
        Format::Date,
    ];

    /// The name the JSON Schema gives this format.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Id => "kebab-case-id",
            Format::SchemaVersion => "major-minor",
            Format::SemVer => "semver",
            Format::Locale => "bcp47",
            Format::Date => "date",
        }
    }

    /// The format a schema names, if it is one of ours.
    pub(crate) fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// The violation a string of the wrong shape gives.
    pub(crate) fn violation_code(self) -> ViolationCode {
        match self {
            Format::Id => ViolationCode::InvalidId,
            Format::SchemaVersion => ViolationCode::InvalidSchemaVersion,
            Format::SemVer => ViolationCode::InvalidVersion,
            Format::Locale => ViolationCode::InvalidLocale,
            Format::Date => ViolationCode::InvalidDate,
        }
    }

    /// Checks `text`, explaining what is wrong with it.
    pub(crate) fn check(self, text: &str) -> Result<(), String> {
        match self {
            Format::Id => check_id(text),
            Format::SchemaVersion => text
                .parse::<SchemaVersion>()
                .map(drop)
                .map_err(|error| error.to_string()),
            Format::SemVer => semver::Version::parse(text).map(drop).map_err(|error| {
                format!("{text:?} is not a semantic version such as 1.0.0: {error}")
            }),
            Format::Locale => icu_locale_core::Locale::try_from_str(text)
                .map(drop)
                .map_err(|error| {
                    format!("{text:?} is not a BCP 47 language tag such as en-GB: {error}")
                }),
            Format::Date => check_date(text),
        }
    }

    /// The JSON Schema of a string in this format.
    pub(crate) fn schema(self, description: &str) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": self.name(),
            "description": description,
        })
    }
}

/// Accepts exactly the `YYYY-MM-DD` dates that [`NaiveDate`] deserializes.
fn check_date(text: &str) -> Result<(), String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(at, byte)| {
            matches!(at, 4 | 7) == (byte == b'-') && (matches!(at, 4 | 7) || byte.is_ascii_digit())
        });
    match text.parse::<NaiveDate>() {
        Ok(_) if shaped => Ok(()),
        _ => Err(format!(
            "{text:?} is not a calendar date written YYYY-MM-DD"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Tells whether `text` deserializes as a `NaiveDate`: keeps [`check_date`] honest.
    fn deserializes_as_date(text: &str) -> bool {
        serde_json::from_value::<NaiveDate>(json!(text)).is_ok()
    }

    #[test]
    fn every_format_is_found_by_its_name() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("email"), None);
    }

    #[test]
    fn dates_must_be_real_and_written_in_full() {
        assert!(Format::Date.check("2026-02-28").is_ok());
        for text in [
            "2026-02-30",
            "2026-2-28",
            "28/02/2026",
            "2026-02-28T00:00:00",
            "+2026-02-28",
        ] {
            assert!(Format::Date.check(text).is_err(), "{text} was accepted");
        }
    }

    #[test]
    fn an_accepted_date_always_deserializes() {
        for text in ["2026-02-28", "2024-02-29", "0001-01-01"] {
            assert!(Format::Date.check(text).is_ok());
            assert!(deserializes_as_date(text), "{text}");
        }
    }

    #[test]
    fn locales_are_bcp47_tags() {
        for text in ["en-GB", "cy", "pt-BR", "zh-Hant-TW"] {
            assert_eq!(Format::Locale.check(text), Ok(()), "{text}");
        }
        for text in ["english", "en_GB!", "", "e"] {
            assert!(Format::Locale.check(text).is_err(), "{text} was accepted");
        }
    }

    #[test]
    fn versions_are_semver() {
        assert_eq!(Format::SemVer.check("1.2.0-rc.1"), Ok(()));
        assert!(Format::SemVer.check("1.2").is_err());
    }
}
