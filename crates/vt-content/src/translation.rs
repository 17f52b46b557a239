//! What a translated pack translates: the source locale and the version of its pack.

#[cfg(test)]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ContentVersion, Locale};

/// Which pack a translation was made from: the locale of its source pack and the version
/// of that pack (schema 1.1).
///
/// A catalog compares the source version with the version of the source pack it holds,
/// and warns (`stale-translation`) when the source has moved on.
// The example is on `new`: this text is also the Kotlin and Swift docs of the record.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(JsonSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[cfg_attr(test, schemars(deny_unknown_fields))]
#[non_exhaustive]
pub struct Translation {
    /// The locale of the pack this one translates, such as `en-GB`.
    pub source_locale: Locale,
    /// The version of the source pack that was translated.
    pub source_version: ContentVersion,
}

impl Translation {
    /// A translation of `source_version` of the pack in `source_locale`: a pack's
    /// `translation` field, as it is written in JSON.
    ///
    /// ```
    /// use vt_content::Translation;
    ///
    /// let json = r#"{ "source_locale": "en-GB", "source_version": "1.1.0" }"#;
    /// let read: Translation = serde_json::from_str(json).unwrap();
    /// assert_eq!(read, Translation::new("en-GB".parse().unwrap(), "1.1.0".parse().unwrap()));
    /// ```
    pub fn new(source_locale: Locale, source_version: ContentVersion) -> Self {
        Translation {
            source_locale,
            source_version,
        }
    }
}
