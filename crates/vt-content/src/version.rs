//! Versions: of the pack format (`MAJOR.MINOR`) and of the content (a semantic version).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[cfg(test)]
use crate::format::Format;

/// The version of the pack format a pack is written in, such as `1.0`.
///
/// A new minor version only adds optional fields: this library reads packs of a newer
/// minor version and ignores (with a warning) the fields it does not know. A new major
/// version breaks readers, so this library refuses packs of any other major version.
///
/// What a newer minor version may add is bounded by what this library checks of the
/// fields it knows. A new value of a kind (a `cost` of `reduced-rate`) is refused, and so
/// is a contact that only a new field makes reachable (`contact-unreachable`). And one
/// change of 1.1 did not only add: a draft has no `review.last_reviewed`, which 1.0
/// requires, so a reader of 1.0 refuses a 1.1 draft (such as the bundled pack).
///
/// ```
/// use vt_content::SchemaVersion;
///
/// let version: SchemaVersion = "1.3".parse()?;
/// assert_eq!((version.major, version.minor), (1, 3));
/// assert_eq!(SchemaVersion::CURRENT.to_string(), "1.2");
/// # Ok::<(), vt_content::InvalidSchemaVersion>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SchemaVersion {
    /// Changes when a change breaks readers.
    pub major: u32,
    /// Changes when optional fields are added.
    pub minor: u32,
}

impl SchemaVersion {
    /// The version of the pack format this library reads and writes.
    pub const CURRENT: SchemaVersion = SchemaVersion { major: 1, minor: 2 };
}

/// The text is not a `MAJOR.MINOR` schema version.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a schema version written MAJOR.MINOR, such as \"1.0\"")]
pub struct InvalidSchemaVersion(String);

impl FromStr for SchemaVersion {
    type Err = InvalidSchemaVersion;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let number = |part: &str| -> Option<u32> {
            let canonical = part == "0" || !part.starts_with('0');
            let digits = !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
            (canonical && digits).then(|| part.parse().ok()).flatten()
        };
        text.split_once('.')
            .and_then(|(major, minor)| {
                Some(SchemaVersion {
                    major: number(major)?,
                    minor: number(minor)?,
                })
            })
            .ok_or_else(|| InvalidSchemaVersion(text.to_owned()))
    }
}

impl TryFrom<String> for SchemaVersion {
    type Error = InvalidSchemaVersion;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<SchemaVersion> for String {
    fn from(version: SchemaVersion) -> String {
        version.to_string()
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

#[cfg(test)]
impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = Format::SchemaVersion.schema(
            "The version of the pack format, MAJOR.MINOR. This library reads major version 1.",
        );
        // This schema is major version 1's: an editor sees `2.0` refused, as the loader
        // refuses it (`unsupported-schema-version`), and any minor version accepted.
        schema.insert("pattern".to_owned(), r"^1\.(0|[1-9][0-9]*)$".into());
        schema
    }
}

/// The version of a pack's content, a semantic version such as `1.2.0`.
///
/// A removed or renamed id needs a new major version, new content a new minor version,
/// and a reworded text a new patch. It dereferences to [`semver::Version`], so its parts
/// and its order are semver's.
///
/// ```
/// use vt_content::ContentVersion;
///
/// let version: ContentVersion = "1.2.0".parse()?;
/// assert_eq!((version.major, version.minor, version.patch), (1, 2, 0));
/// assert!(version < "1.10.0".parse()?);
/// # Ok::<(), semver::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContentVersion(semver::Version);

impl ContentVersion {
    /// The version as a [`semver::Version`].
    pub fn as_semver(&self) -> &semver::Version {
        &self.0
    }

    /// `text` read as a version, or the one message that says why it is not one: a pack's
    /// `invalid-semver` violation, Python's `ValueError` and Kotlin's and Swift's
    /// `InvalidArgument` all give it.
    pub(crate) fn read(text: &str) -> Result<Self, String> {
        text.parse().map_err(|error| {
            let text = crate::quoted::Quoted(text);
            format!("{text} is not a semantic version such as 1.0.0: {error}")
        })
    }
}

impl std::ops::Deref for ContentVersion {
    type Target = semver::Version;

    fn deref(&self) -> &semver::Version {
        &self.0
    }
}

impl From<semver::Version> for ContentVersion {
    fn from(version: semver::Version) -> Self {
        ContentVersion(version)
    }
}

impl FromStr for ContentVersion {
    type Err = semver::Error;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse().map(ContentVersion)
    }
}

impl fmt::Display for ContentVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
impl schemars::JsonSchema for ContentVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ContentVersion".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Format::SemVer.schema("The version of the content, a semantic version such as 1.0.0.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_read_or_named_in_its_message() {
        assert_eq!(ContentVersion::read("1.2.0").unwrap().minor, 2);
        assert_eq!(
            ContentVersion::read("1.2").unwrap_err(),
            "\"1.2\" is not a semantic version such as 1.0.0: unexpected end of input while parsing minor version number"
        );
    }

    #[test]
    fn reads_and_writes_major_minor() {
        let version: SchemaVersion = "12.40".parse().unwrap();
        assert_eq!(
            version,
            SchemaVersion {
                major: 12,
                minor: 40
            }
        );
        assert_eq!(version.to_string(), "12.40");
    }

    #[test]
    fn refuses_other_shapes() {
        for text in [
            "1",
            "1.0.0",
            "v1.0",
            "1.",
            ".1",
            "01.0",
            "1.x",
            "",
            "1.-1",
            "+1.0",
            "1.+1",
            "99999999999.0",
        ] {
            assert!(
                text.parse::<SchemaVersion>().is_err(),
                "{text:?} was accepted"
            );
        }
    }
}
