//! The language of a pack: a BCP 47 language tag, kept in its canonical form.

use std::fmt;
use std::str::FromStr;

use icu_locale::{LocaleCanonicalizer, LocaleDirectionality};
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

/// The direction a locale's text is written in, from its script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Direction {
    /// Left to right, as Latin, Cyrillic, Greek or Devanagari: the `dir` `ltr`.
    LeftToRight,
    /// Right to left, as Arabic, Hebrew or Thaana: the `dir` `rtl`.
    RightToLeft,
}

impl Direction {
    /// The value of HTML's `dir` attribute: `ltr` or `rtl`.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

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

    /// The direction the locale's script is written in, from ICU4X's data: the script of
    /// the tag, or the one its language is most likely written in. Give it as the `dir`
    /// of whatever shows a pack's texts.
    ///
    /// The likely scripts are ICU4X's common set, which the catalog uses too; it covers
    /// the languages of the right-to-left scripts in wide use (Arabic, Persian, Urdu,
    /// Pashto, Sorani, Sindhi, Uyghur, Hebrew) but not every language. A tag with its
    /// script always gets the script's direction: write `yi-Hebr` for Yiddish and
    /// `dv-Thaa` for Dhivehi, which would otherwise be taken as left to right (a pack in
    /// such a locale loads with an `unknown-direction` warning: see
    /// [`known_direction`](Self::known_direction)).
    ///
    /// ```
    /// use vt_content::{Direction, Locale};
    ///
    /// let direction = |tag: &str| tag.parse::<Locale>().map(|locale| locale.direction());
    /// assert_eq!(direction("en-GB")?, Direction::LeftToRight);
    /// assert_eq!(direction("ar")?, Direction::RightToLeft);
    /// assert_eq!(direction("ur-PK")?, Direction::RightToLeft);
    /// assert_eq!(direction("az-Arab")?, Direction::RightToLeft);
    /// assert_eq!(direction("az")?, Direction::LeftToRight);
    /// assert_eq!(direction("yi-Hebr")?, Direction::RightToLeft);
    /// assert_eq!(Direction::RightToLeft.as_str(), "rtl");
    /// # Ok::<(), vt_content::InvalidLocale>(())
    /// ```
    pub fn direction(&self) -> Direction {
        self.known_direction().unwrap_or(Direction::LeftToRight)
    }

    /// The direction of the locale's script, or `None` when ICU4X's common data does not
    /// know which script the locale is written in, such as for `yi`, `dv` or `prs`.
    ///
    /// ```
    /// use vt_content::{Direction, Locale};
    ///
    /// let known = |tag: &str| tag.parse::<Locale>().map(|locale| locale.known_direction());
    /// assert_eq!(known("he")?, Some(Direction::RightToLeft));
    /// assert_eq!(known("yi-Hebr")?, Some(Direction::RightToLeft));
    /// assert_eq!(known("yi")?, None);
    /// # Ok::<(), vt_content::InvalidLocale>(())
    /// ```
    pub fn known_direction(&self) -> Option<Direction> {
        match LocaleDirectionality::new_common().get(&self.to_icu().id)? {
            icu_locale::Direction::RightToLeft => Some(Direction::RightToLeft),
            icu_locale::Direction::LeftToRight => Some(Direction::LeftToRight),
            _ => None,
        }
    }

    /// A locale as a reader's platform or a file may name it: a BCP 47 tag, or else a
    /// platform's identifier, whose underscores are hyphens and whose codeset and Java
    /// extensions are left out: `de_DE` (Java's `Locale.toString()`, Apple's
    /// `Locale.identifier`, gettext's `Language`), `de_DE.UTF-8` and `de_DE@euro` (POSIX)
    /// are `de-DE`. A script is kept, as Java writes it (`sr_RS_#Latn`) and as POSIX's
    /// modifiers name one (`sr_RS@latin`, `uz_UZ@cyrillic`, `sd_IN@devanagari`): both are
    /// `sr-Latn-RS`, where `sr-RS` would be Serbian in Cyrillic. Another modifier is a
    /// variant (`ca_ES@valencia` is `ca-ES-valencia`), and `None` when it cannot be one:
    /// a locale is not guessed without it. Spaces around it are left out. `None` when
    /// neither reading is a tag.
    pub(crate) fn from_identifier(text: &str) -> Option<Locale> {
        let text = text.trim();
        text.parse().ok().or_else(|| {
            // Java: language_COUNTRY_VARIANT_#Script-extensions.
            let (platform, java) = text.split_once('#').unwrap_or((text, ""));
            let java_script = java.split('-').next().filter(|script| script.len() == 4);
            // POSIX: language_TERRITORY.codeset@modifier.
            let (platform, modifier) = platform.split_once('@').unwrap_or((platform, ""));
            let platform = platform.split('.').next().unwrap_or_default();
            let mut subtags = platform.trim_end_matches('_').split('_');
            let language = subtags.next()?;
            let (script, variant) = match modifier.to_ascii_lowercase().as_str() {
                "" | "euro" => (java_script, None),
                "latin" => (Some("Latn"), None),
                "cyrillic" => (Some("Cyrl"), None),
                "devanagari" => (Some("Deva"), None),
                _ => (java_script, Some(modifier)),
            };
            let tag: Vec<&str> = [language]
                .into_iter()
                .chain(script)
                .chain(subtags)
                .chain(variant)
                .collect();
            tag.join("-").parse().ok()
        })
    }

    /// The tag as an ICU4X locale, for locale fallback, negotiation, direction and
    /// formatting, with CLDR's aliases replaced ([`LocaleCanonicalizer`]): a deprecated
    /// code such as `iw` is read as `he`, and `sh` as `sr-Latn`. The tag itself stays as
    /// the pack writes it.
    ///
    /// ```
    /// use vt_content::{Direction, Locale};
    ///
    /// let hebrew: Locale = "iw".parse()?;
    /// assert_eq!(hebrew, "iw");
    /// assert_eq!(hebrew.to_icu().to_string(), "he");
    /// assert_eq!(hebrew.direction(), Direction::RightToLeft);
    /// # Ok::<(), vt_content::InvalidLocale>(())
    /// ```
    pub fn to_icu(&self) -> icu_locale_core::Locale {
        // The text was made from a parsed locale, so it always parses again.
        let mut locale = icu_locale_core::Locale::try_from_str(&self.0)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        // Made from baked data, at no cost.
        LocaleCanonicalizer::new_common().canonicalize(&mut locale);
        locale
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

/// A locale is its tag, so that a list of them, such as [`accept_language`](crate::accept_language)
/// gives, can be passed where tags are taken:
///
/// ```
/// let catalog = vt_content::bundled_catalog();
/// let preferences = vt_content::accept_language("cy, en-GB;q=0.8");
/// assert_eq!(catalog.negotiate(&preferences).pack.locale, "en-GB");
/// ```
impl AsRef<str> for Locale {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A map keyed by locales is looked up by a tag in its canonical form, as [`Id`](crate::Id)
/// keys are by their text.
///
/// ```
/// use std::collections::HashMap;
///
/// let welsh: vt_content::Locale = "cy-gb".parse().unwrap();
/// let greetings = HashMap::from([(welsh, "Croeso")]);
/// assert_eq!(greetings.get("cy-GB"), Some(&"Croeso"));
/// ```
impl std::borrow::Borrow<str> for Locale {
    fn borrow(&self) -> &str {
        &self.0
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

#[cfg(test)]
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
    fn a_locale_is_its_canonical_tag_as_text_and_equals_only_it() {
        let locale: Locale = "en-gb".parse().unwrap();
        let text: &str = locale.as_ref();
        assert_eq!(text, "en-GB");
        assert!(locale == *"en-GB" && locale != *"en-gb");
        assert_eq!(locale, "en-GB");
        assert_ne!(locale, "en-gb");
    }

    #[test]
    fn a_platforms_identifier_is_read_as_its_tag_with_its_script() {
        let read = |text: &str| Locale::from_identifier(text).map(|l| l.as_str().to_owned());
        for (identifier, tag) in [
            ("de_DE", "de-DE"),
            (" de_DE.UTF-8\n", "de-DE"),
            ("de_AT@euro", "de-AT"),
            ("de_AT.ISO-8859-15@euro", "de-AT"),
            ("sr_RS@latin", "sr-Latn-RS"),
            ("sr@latin", "sr-Latn"),
            ("uz_UZ@cyrillic", "uz-Cyrl-UZ"),
            ("sd_IN.UTF-8@devanagari", "sd-Deva-IN"),
            ("ca_ES@valencia", "ca-ES-valencia"),
            ("sr_RS_#Latn", "sr-Latn-RS"),
            ("zh__#Hant", "zh-Hant"),
            ("zh_HK_#Hant-u-nu-hanidec", "zh-Hant-HK"),
            ("th_TH_#u-nu-thai", "th-TH"),
            ("en-GB", "en-GB"),
        ] {
            assert_eq!(read(identifier).as_deref(), Some(tag), "{identifier:?}");
        }
        // A modifier that is neither a script nor a variant: no locale is guessed.
        for identifier in ["xx_YY@foo", "de_DE@x", "not a tag", "", "_DE"] {
            assert_eq!(read(identifier), None, "{identifier:?}");
        }
    }

    #[test]
    fn malformed_tags_are_refused() {
        for text in ["", "english", "en_GB!", "e"] {
            assert!(text.parse::<Locale>().is_err(), "{text:?} was accepted");
        }
    }
}
