//! Stable, public identifiers of the items in a pack.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

#[cfg(test)]
use crate::format::Format;

/// The longest id a pack may use, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// A kebab-case identifier such as `losing-hope`: lowercase ASCII letters and digits in
/// words joined by single hyphens, starting with a letter, at most [`MAX_ID_CHARS`] long.
///
/// Ids are part of the public contract: a front end may store them, link to them or
/// send them back (for example to [`ContentPack::guidance`](crate::ContentPack::guidance)).
///
/// ```
/// use vt_content::Id;
///
/// let id: Id = "losing-hope".parse()?;
/// assert_eq!(id.as_str(), "losing-hope");
/// assert!("Losing_Hope".parse::<Id>().is_err());
/// # Ok::<(), vt_content::InvalidId>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

/// The text given is not a well-formed [`Id`]; the message says why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidId(String);

impl Id {
    /// An id of the baked bundled pack, which the tests load with every check.
    pub(crate) fn baked(text: &str) -> Id {
        Id(text.to_owned())
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Explains why `text` is not a well-formed id, or returns `Ok` when it is one.
pub(crate) fn check_id(text: &str) -> Result<(), String> {
    let length = text.chars().count();
    if length > MAX_ID_CHARS {
        return Err(format!(
            "an id has at most {MAX_ID_CHARS} characters; this one has {length}"
        ));
    }
    let well_formed = text.starts_with(|c: char| c.is_ascii_lowercase())
        && text.split('-').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "{} is not a kebab-case id: use lowercase letters and digits in words joined by single hyphens, starting with a letter",
            crate::quoted::Quoted(text)
        ))
    }
}

impl std::str::FromStr for Id {
    type Err = InvalidId;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        check_id(text).map_err(InvalidId)?;
        Ok(Id(text.to_owned()))
    }
}

impl TryFrom<String> for Id {
    type Error = InvalidId;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        check_id(&text).map_err(InvalidId)?;
        Ok(Id(text))
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Format::Id.schema(
            "A stable kebab-case id, unique in the pack, such as `losing-hope`. Ids are public: never rename one in a minor version.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_kebab_case_ids() {
        for text in ["ground", "losing-hope", "step-2", "a1-b2-c3"] {
            assert_eq!(text.parse::<Id>().map(String::from), Ok(text.to_owned()));
        }
    }

    #[test]
    fn refuses_other_shapes() {
        for text in [
            "",
            "Ground",
            "losing_hope",
            "-ground",
            "ground-",
            "two--hyphens",
            "2-step",
            "café",
            " ground",
        ] {
            assert!(text.parse::<Id>().is_err(), "{text:?} was accepted");
        }
    }

    #[test]
    fn refuses_ids_over_the_length_limit() {
        let longest = "a".repeat(MAX_ID_CHARS);
        assert!(longest.parse::<Id>().is_ok());
        let error = format!("{longest}a").parse::<Id>().unwrap_err();
        assert!(error.to_string().contains("at most 64"), "{error}");
    }

    #[test]
    fn an_id_is_its_text_as_a_reference_as_a_key_and_in_comparisons() {
        let id: Id = "losing-hope".parse().unwrap();
        assert!(id == *"losing-hope" && id != *"losing");
        let text: &str = id.as_ref();
        assert_eq!(text, "losing-hope");
        let signs = std::collections::HashMap::from([(id, "Losing hope")]);
        assert_eq!(signs.get("losing-hope"), Some(&"Losing hope"));
    }

    #[test]
    fn deserializing_checks_the_id() {
        assert!(serde_json::from_str::<Id>("\"Bad Id\"").is_err());
        let id: Id = serde_json::from_str("\"withdrawing\"").unwrap();
        assert_eq!(id, "withdrawing");
    }
}
