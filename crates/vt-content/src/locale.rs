//! The language of a pack: a BCP 47 language tag, kept in its canonical form.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::format::Format;

/// A BCP 47 language tag such as `en-GB`, `cy` or `zh-Hant-HK`, parsed with ICU4X and
/// kept in its canonical form: `en-gb` is read as `en-GB`.
///
/// ```
/// use vt_content::Locale;
///
/// let locale: Locale = "EN-gb".parse()?;
/// assert_eq!(locale, "en-GB");
/// assert_eq!(locale.to_icu().id.language.as_str(), "en");
/// assert!("english".parse::<Locale>().is_err());
/// # Ok::<(), vt_content::InvalidLocale>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Locale(String);

/// The text is not a BCP 47 language tag; the message says why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidLocale(String);

impl Locale {
    /// The locale of the baked bundled pack, written in canonical form when it was baked.
    pub(crate) fn baked(tag: &str) -> Locale {
        Locale(tag.to_owned())
    }

    /// The tag in its canonical form, such as `en-GB`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tag as an ICU4X locale, for locale fallback, negotiation and formatting.
    pub fn to_icu(&self) -> icu_locale_core::Locale {
        // The text was made from a parsed locale, so it always parses again.
        icu_locale_core::Locale::try_from_str(&self.0).unwrap_or(icu_locale_core::Locale::UNKNOWN)
    }
}

impl From<&icu_locale_core::Locale> for Locale {
    fn from(locale: &icu_locale_core::Locale) -> Self {
        Locale(locale.to_string())
    }
}

impl FromStr for Locale {
    type Err = InvalidLocale;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Format::Locale.check(text).map_err(InvalidLocale)?;
        icu_locale_core::Locale::try_from_str(text)
            .map(|locale| Locale::from(&locale))
            .map_err(|error| InvalidLocale(error.to_string()))
    }
}

impl TryFrom<String> for Locale {
    type Error = InvalidLocale;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Locale> for String {
    fn from(locale: Locale) -> String {
        locale.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Locale {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Locale {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl schemars::JsonSchema for Locale {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Locale".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Format::Locale.schema("The BCP 47 language tag of the text, such as en-GB.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_kept_in_canonical_form() {
        for (text, canonical) in [
            ("en-gb", "en-GB"),
            ("EN", "en"),
            ("zh-hant-hk", "zh-Hant-HK"),
            ("cy", "cy"),
        ] {
            assert_eq!(text.parse::<Locale>().unwrap(), canonical);
        }
        let locale: Locale = serde_json::from_str("\"en-gb\"").unwrap();
        assert_eq!(serde_json::to_string(&locale).unwrap(), "\"en-GB\"");
    }

    #[test]
    fn malformed_tags_are_refused() {
        for text in ["", "english", "en_GB!", "e"] {
            assert!(text.parse::<Locale>().is_err(), "{text:?} was accepted");
        }
    }
}
