//! The string formats a pack uses, each checked by the same parser that reads it.
//!
//! The JSON Schema names these formats in its `format` keyword; the loader checks each
//! one with the parser the typed model uses, so a string that passes the check always
//! deserializes.

use chrono::{Datelike, NaiveDate};

use crate::error::ViolationCode;
use crate::id::check_id;
use crate::quoted::Quoted;
use crate::version::{ContentVersion, SchemaVersion};

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
    /// A phone number to dial or text: digits in groups, such as `116 123`, with an
    /// optional leading `+`.
    PhoneNumber,
    /// An absolute `https` address, with no user name or password before its host.
    HttpsUrl,
    /// An ISO 3166 region: a country (`GB`) or a subdivision of one (`GB-ENG`).
    Region,
    /// A time of day on a 24-hour clock, `HH:MM`.
    TimeOfDay,
    /// An SPDX licence expression, such as `CC-BY-4.0` or `LicenseRef-terms`.
    Licence,
}

impl Format {
    const ALL: [Format; 10] = [
        Format::Id,
        Format::SchemaVersion,
        Format::SemVer,
        Format::Locale,
        Format::Date,
        Format::PhoneNumber,
        Format::HttpsUrl,
        Format::Region,
        Format::TimeOfDay,
        Format::Licence,
    ];

    /// The name the JSON Schema gives this format.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Id => "kebab-case-id",
            Format::SchemaVersion => "major-minor",
            Format::SemVer => "semver",
            Format::Locale => "bcp47",
            Format::Date => "date",
            Format::PhoneNumber => "phone-number",
            Format::HttpsUrl => "https-url",
            Format::Region => "iso3166-region",
            Format::TimeOfDay => "time-of-day",
            Format::Licence => "spdx-expression",
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
            Format::PhoneNumber => ViolationCode::InvalidPhoneNumber,
            Format::HttpsUrl => ViolationCode::InvalidUrl,
            Format::Region => ViolationCode::InvalidRegion,
            Format::TimeOfDay => ViolationCode::InvalidTime,
            Format::Licence => ViolationCode::InvalidLicence,
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
            Format::SemVer => ContentVersion::read(text).map(drop),
            Format::Locale => icu_locale_core::Locale::try_from_str(text)
                .map(drop)
                .map_err(|error| {
                    format!(
                        "{} is not a language tag this library reads, such as en-GB: {}",
                        Quoted(text),
                        lowercase_first(&error.to_string())
                    )
                }),
            Format::Date => check_date(text),
            Format::PhoneNumber => check_phone_number(text),
            Format::HttpsUrl => check_https_url(text),
            Format::Region => check_region(text),
            Format::TimeOfDay => check_time_of_day(text),
            // The parser's own text of an error draws the expression over two lines; a
            // message is one line, so it says where instead.
            Format::Licence => spdx::Expression::parse(text).map(drop).map_err(|error| {
                format!(
                    "{} is not an SPDX licence expression such as CC-BY-4.0: at position {}, {}",
                    Quoted(text),
                    error.span.start + 1,
                    error.reason
                )
            }),
        }
    }

    /// A regular expression (ECMA-262, as JSON Schema's `pattern` is) that every text
    /// [`check`](Self::check) accepts matches, for editors and validators that do not know
    /// this library's formats: it refuses the common mistakes, and never a valid text.
    /// Where it is looser than the check (a version's numbers, a tag's subtags, a phone
    /// number's count of digits, a web address's parts), the loader still refuses what the
    /// check refuses. `None` for licence expressions, which no simple pattern reads.
    #[cfg(test)]
    pub(crate) fn pattern(self) -> Option<&'static str> {
        match self {
            Format::Id => Some("^(?=[a-z0-9-]{1,64}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$"),
            Format::SchemaVersion => Some("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"),
            // SemVer 2.0.0's: a pre-release's identifiers are not empty, and a numeric one
            // has no leading zero.
            Format::SemVer => Some(
                "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\
                 (-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?\
                 (\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$",
            ),
            Format::Locale => Some("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"),
            Format::Date => Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            Format::PhoneNumber => Some("^\\+?[0-9]+( [0-9]+)*$"),
            Format::Region => Some("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"),
            Format::TimeOfDay => Some("^([01][0-9]|2[0-3]):[0-5][0-9]$"),
            Format::HttpsUrl => Some("^[Hh][Tt][Tt][Pp][Ss]:[^\\u0000-\\u0020]+$"),
            Format::Licence => None,
        }
    }

    /// The JSON Schema of a string in this format: its name, and its [`pattern`](Self::pattern).
    #[cfg(test)]
    pub(crate) fn schema(self, description: &str) -> schemars::Schema {
        let mut schema = schemars::json_schema!({
            "type": "string",
            "format": self.name(),
            "description": description,
        });
        if let Some(pattern) = self.pattern() {
            schema.insert("pattern".to_owned(), pattern.into());
        }
        schema
    }
}

/// `message` with a lowercase first letter, to follow a colon (ICU4X's messages begin with
/// a capital).
fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Accepts exactly the `YYYY-MM-DD` dates that [`NaiveDate`] deserializes, from the year
/// 1: no calendar of a reader has a year 0 (Python's `datetime.date` starts at 0001-01-01).
fn check_date(text: &str) -> Result<(), String> {
    read_date(text).map(drop)
}

/// `text` read as a date written exactly `YYYY-MM-DD`, from 0001-01-01 on, as a pack's
/// dates are (chrono alone would also read `2026-1-1` and `+002026-01-01`).
pub(crate) fn read_date(text: &str) -> Result<NaiveDate, String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(at, byte)| {
            matches!(at, 4 | 7) == (byte == b'-') && (matches!(at, 4 | 7) || byte.is_ascii_digit())
        });
    match text.parse::<NaiveDate>() {
        Ok(date) if shaped && date.year() < 1 => Err(format!(
            "{} is in the year 0: dates start at 0001-01-01",
            Quoted(text)
        )),
        Ok(date) if shaped => Ok(date),
        _ => Err(format!(
            "{} is not a calendar date written YYYY-MM-DD",
            Quoted(text)
        )),
    }
}

/// Accepts groups of digits separated by single spaces, with an optional leading `+`:
/// 3 to 15 digits in all, as ITU-T E.164 allows.
fn check_phone_number(text: &str) -> Result<(), String> {
    let digits = text.strip_prefix('+').unwrap_or(text);
    let grouped = digits
        .split(' ')
        .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    let count = digits.bytes().filter(u8::is_ascii_digit).count();
    if grouped && (3..=15).contains(&count) {
        Ok(())
    } else {
        Err(format!(
            "{} is not a phone number: write 3 to 15 digits in groups separated by single spaces, such as \"116 123\"",
            Quoted(text)
        ))
    }
}

/// Accepts an absolute `https` address with a host, and no directional formatting
/// character, space or control character: a browser would read the address without it,
/// but a page or an app that shows the address as written would let it change the
/// direction of what follows, or break the line.
fn check_https_url(text: &str) -> Result<(), String> {
    if let Some(mark) = text.chars().find(|&c| crate::bidi::is_direction_mark(c)) {
        return Err(format!(
            "a web address cannot hold a change of direction (U+{:04X}); remove it",
            u32::from(mark)
        ));
    }
    // A browser reads the address without them (WHATWG's parser drops tabs and line
    // breaks, and spaces at the ends), but a page or an app that shows it as written
    // would show them.
    if let Some(c) = text.chars().find(|&c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "{} holds a space, a line break or another control character (U+{:04X}); \
             remove it",
            Quoted(text),
            u32::from(c)
        ));
    }
    match url::Url::parse(text) {
        Ok(url) if !url.username().is_empty() || url.password().is_some() => Err(format!(
            "{} holds a user name or password before an @: it shows one host and goes \
             to another; write the address without it",
            Quoted(text)
        )),
        Ok(url) if url.scheme() == "https" && url.has_host() => Ok(()),
        _ => Err(format!(
            "{} is not an https address such as https://www.example.org/help",
            Quoted(text)
        )),
    }
}

/// Accepts an ISO 3166-1 country code (`GB`) or an ISO 3166-2 subdivision code
/// (`GB-ENG`), in capitals.
fn check_region(text: &str) -> Result<(), String> {
    let (country, subdivision) = match text.split_once('-') {
        Some((country, subdivision)) => (country, Some(subdivision)),
        None => (text, None),
    };
    let country_ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
    let subdivision_ok = subdivision.is_none_or(|code| {
        (1..=3).contains(&code.len())
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    if country_ok && subdivision_ok {
        Ok(())
    } else {
        Err(format!(
            "{} is not an ISO 3166 region code such as GB or GB-ENG",
            Quoted(text)
        ))
    }
}

/// Accepts a time of day written `HH:MM` on a 24-hour clock.
fn check_time_of_day(text: &str) -> Result<(), String> {
    // Two digits each side of the colon: chrono's `%H:%M` also takes ` 9: 5`.
    let shaped = text.len() == 5
        && text.bytes().enumerate().all(|(at, byte)| {
            if at == 2 {
                byte == b':'
            } else {
                byte.is_ascii_digit()
            }
        });
    match chrono::NaiveTime::parse_from_str(text, "%H:%M") {
        Ok(_) if shaped => Ok(()),
        _ => Err(format!(
            "{} is not a time of day written HH:MM, such as 09:30",
            Quoted(text)
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

    /// Every text a format's check accepts matches its pattern, as an independent
    /// validator (the `jsonschema` crate) reads the pattern; and the pattern refuses the
    /// common mistakes.
    #[test]
    fn a_pattern_refuses_no_valid_text() {
        let accepted_and_refused: [(Format, &[&str], &[&str]); 9] = [
            (
                Format::HttpsUrl,
                &[
                    "https://www.example.org/help",
                    "HTTPS://example.org",
                    "https://example.org/caf\u{e9}",
                    "https:example.org",
                ],
                &[
                    "http://example.org",
                    "www.example.org",
                    " https://example.org",
                    "https://exa\tmple.org",
                    "https://example.org/\n",
                    "https://example.org/a b",
                ],
            ),
            (
                Format::Id,
                &["a", "losing-hope", "a1-2b", &"a".repeat(64)],
                &[
                    "Losing Hope",
                    "1-line",
                    "a--b",
                    "a-",
                    "-a",
                    "a_b",
                    &"a".repeat(65),
                ],
            ),
            (
                Format::SchemaVersion,
                &["1.0", "1.1", "12.40", "0.0"],
                &["1", "1.0.0", "v1.0", "01.0", "1."],
            ),
            (
                Format::SemVer,
                &[
                    "1.0.0",
                    "1.2.3-rc.1",
                    "0.3.7-x-y+build.5",
                    "1.0.0-alpha+exp.sha.5114f85",
                    "10.20.30",
                    "1.0.0-0a.00b.-.0+001",
                ],
                &[
                    "1.0",
                    "v1.0.0",
                    "01.0.0",
                    "1.0.0 ",
                    "1.0.0-",
                    "1.0.0+",
                    "1.0.0-rc.01",
                    "1.0.0-rc..1",
                    "1.0.0-rc.",
                    "1.0.0+b..1",
                ],
            ),
            (
                Format::Locale,
                &[
                    "en",
                    "en-GB",
                    "EN-gb",
                    "cy",
                    "zh-Hant-HK",
                    "es-419",
                    "sr-Latn-RS",
                    "en-GB-u-ca-gregory",
                    "und",
                ],
                &[
                    "English language",
                    "en GB",
                    "e",
                    "en-",
                    "-GB",
                    "x-klingon",
                    "fr--FR",
                    "en_GB",
                ],
            ),
            (
                Format::Date,
                &["2026-02-28", "0001-01-01"],
                &["2026-2-28", "28/02/2026", "+2026-02-28", "2026-02-28T00:00"],
            ),
            (
                Format::PhoneNumber,
                &["999", "116 123", "+44 1709 302000", "85258"],
                &[
                    "call 999", "116  123", " 999", "999 ", "+", "01-23", "(01) 23",
                ],
            ),
            (
                Format::Region,
                &["GB", "GB-ENG", "US-CA", "FR-75"],
                &["gb", "GBR", "GB-", "GB-ENGL", "UK "],
            ),
            (
                Format::TimeOfDay,
                &["00:00", "09:30", "23:59", "12:00"],
                &[
                    "9am", "9:30", "24:00", "09:60", "09.30", "+9:30", "09:30 ", " 9: 5", " 9:30",
                    "09: 5",
                ],
            ),
        ];
        let validator = |format: Format| {
            let pattern = format.pattern().expect("a pattern");
            jsonschema::validator_for(&json!({"type": "string", "pattern": pattern}))
                .expect("the pattern compiles")
        };
        // Every time of five characters over the characters chrono might read: the check
        // and the pattern accept the same ones.
        let times = validator(Format::TimeOfDay);
        let alphabet: Vec<char> = "0123456789 +-:".chars().collect();
        let pairs: Vec<String> = (alphabet.iter())
            .flat_map(|a| alphabet.iter().map(move |b| format!("{a}{b}")))
            .collect();
        for hours in &pairs {
            for minutes in &pairs {
                let text = format!("{hours}:{minutes}");
                assert_eq!(
                    Format::TimeOfDay.check(&text).is_ok(),
                    times.is_valid(&json!(text)),
                    "the check and the pattern differ on {text:?}"
                );
            }
        }
        for (format, accepted, refused) in accepted_and_refused {
            let validator = validator(format);
            for text in accepted {
                assert!(format.check(text).is_ok(), "{format:?} refused {text:?}");
                assert!(
                    validator.is_valid(&json!(text)),
                    "{format:?}'s pattern refused {text:?}"
                );
            }
            for text in refused {
                assert!(format.check(text).is_err(), "{format:?} accepted {text:?}");
                assert!(
                    !validator.is_valid(&json!(text)),
                    "{format:?}'s pattern accepted {text:?}"
                );
            }
        }
    }

    #[test]
    fn every_format_is_found_by_its_name() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("email"), None);
    }

    #[test]
    fn a_licence_error_is_one_line_that_says_where() {
        assert!(Format::Licence.check("MIT OR CC-BY-4.0").is_ok());
        let message = Format::Licence.check("MIT AND").expect_err("refused");
        assert_eq!(
            message,
            "\"MIT AND\" is not an SPDX licence expression such as CC-BY-4.0: at position 8, \
             expected one of `<license>`, `(` here"
        );
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
            "2026-02-1",
            "+026-02-28",
            "0000-01-01",
            "0000-12-31",
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
        // ICU4X's words, with a lowercase first letter after the colon.
        assert_eq!(
            Format::Locale.check("en_GB!"),
            Err(
                "\"en_GB!\" is not a language tag this library reads, such as en-GB: the given \
                 language subtag is invalid"
                    .to_owned()
            )
        );
    }

    #[test]
    fn contact_formats_accept_what_a_contact_writes() {
        for (format, good, bad) in [
            (
                Format::PhoneNumber,
                &["999", "116 123", "+44 1709 302000"][..],
                &["", "12", "116  123", "116-123", "call 999", "+"][..],
            ),
            (
                Format::HttpsUrl,
                &["https://www.example.org/help"],
                &[
                    "http://www.example.org",
                    "www.example.org",
                    "https://",
                    "https://www.example.org/\u{202E}help",
                    "https://www.example.org/help\u{2066}",
                    "https://www.samaritans.org@evil.example/",
                    "https://www.samaritans.org:help@evil.example/",
                    "https://:pass@evil.example/",
                ],
            ),
            (
                Format::Region,
                &["GB", "GB-ENG", "US-CA"],
                &["gb", "GBR", "GB-", "GB-ENGL", "United Kingdom"],
            ),
            (
                Format::TimeOfDay,
                &["09:30", "00:00", "23:59"],
                &["9:30", "24:00", "09:60", "09.30"],
            ),
            (
                Format::Licence,
                &[
                    "CC-BY-4.0",
                    "MIT OR Apache-2.0",
                    "LicenseRef-terms-not-stated",
                ],
                &["", "not a licence", "CC-BY-4.0 OR"],
            ),
        ] {
            for text in good {
                assert_eq!(format.check(text), Ok(()), "{format:?} {text}");
            }
            for text in bad {
                assert!(
                    format.check(text).is_err(),
                    "{format:?} {text:?} was accepted"
                );
            }
        }
    }

    #[test]
    fn versions_are_semver() {
        assert_eq!(Format::SemVer.check("1.2.0-rc.1"), Ok(()));
        assert!(Format::SemVer.check("1.2").is_err());
    }
}
