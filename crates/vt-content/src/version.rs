//! The version of the pack format, `MAJOR.MINOR`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::format::Format;

/// The version of the pack format a pack is written in, such as `1.0`.
///
/// A new minor version only adds optional fields: this library reads packs of a newer
/// minor version and ignores (with a warning) the fields it does not know. A new major
/// version breaks readers, so this library refuses packs of any other major version.
///
/// ```
/// use vt_content::SchemaVersion;
///
/// let version: SchemaVersion = "1.3".parse()?;
/// assert_eq!((version.major, version.minor), (1, 3));
/// assert_eq!(SchemaVersion::CURRENT.to_string(), "1.0");
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
    pub const CURRENT: SchemaVersion = SchemaVersion { major: 1, minor: 0 };
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

impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Format::SchemaVersion.schema(
            "The version of the pack format, MAJOR.MINOR. This library reads major version 1.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "99999999999.0",
        ] {
            assert!(
                text.parse::<SchemaVersion>().is_err(),
                "{text:?} was accepted"
            );
        }
    }
}
