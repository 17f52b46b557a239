//! One error type for Kotlin and Swift, with a case for each kind of failure.

use std::fmt;

use vt_content::{
    LoadError, SchemaVersion, SyntaxError, UnknownSign, Violation, ViolationCode, Warning,
    WarningCode,
};

/// One thing wrong with a pack: where it is, what rule it breaks, and what to do.
#[uniffi::remote(Record)]
pub struct Violation {
    /// Which rule the pack breaks: a stable kebab-case code such as `invalid-id`.
    pub code: ViolationCode,
    /// Where: an RFC 6901 JSON Pointer such as `/signs/1/id`, or `""` for the whole pack.
    pub path: String,
    /// A sentence for the person who edits the pack.
    pub message: String,
}

/// Something a content editor should know about a pack that still loaded.
#[uniffi::remote(Record)]
pub struct Warning {
    /// What kind of warning this is: a stable kebab-case code such as `ignored-field`.
    pub code: WarningCode,
    /// Where: an RFC 6901 JSON Pointer.
    pub path: String,
    /// A sentence for the person who edits the pack.
    pub message: String,
}

/// Why a pack could not be loaded, or guidance could not be given.
///
/// In Kotlin this is `ContentException`, with one subclass per case; in Swift, an enum
/// that conforms to `Error`. Its text (`toString()`, `description`) says what is wrong.
#[derive(Debug, uniffi::Error)]
#[uniffi::export(Display)]
pub enum ContentError {
    /// The pack breaks one or more rules; every violation found is listed, in order.
    Validation {
        /// Every violation, each with its code, path and message.
        violations: Vec<Violation>,
    },
    /// The pack is written for a major schema version this library does not read.
    UnsupportedSchemaVersion {
        /// The schema version the pack declares, such as `2.0`.
        found: SchemaVersion,
        /// The schema version this library reads, such as `1.0`.
        supported: SchemaVersion,
    },
    /// The input is not well-formed JSON text; nothing else was checked.
    Syntax {
        /// `byte-order-mark`, `invalid-utf8`, `json-syntax` or `json-truncated`.
        code: ViolationCode,
        /// The line of the error, counted from 1.
        line: u32,
        /// The column of the error in bytes, counted from 1.
        column: u32,
        /// What is wrong.
        reason: String,
    },
    /// A sign id given for guidance is not the id of a sign in the pack.
    UnknownSign {
        /// The id as it was given.
        id: String,
    },
    /// The pack could not be read from its file.
    Io {
        /// What went wrong, as the operating system tells it.
        reason: String,
    },
}

#[uniffi::export]
impl ContentError {
    /// Every violation behind this error, each with its code, path and message, which
    /// is what a tool that reports errors uniformly should use.
    ///
    /// A syntax error is one violation at the path `""`; an unsupported schema version is
    /// one at `/schema_version`. An I/O error or an unknown sign has none.
    pub fn violations(&self) -> Vec<Violation> {
        self.core_error()
            .map(|error| error.violations())
            .unwrap_or_default()
    }
}

impl ContentError {
    /// The core's error for the same failure: a failure to load a pack, or else an
    /// unknown sign.
    fn core_error(&self) -> Result<LoadError, UnknownSign> {
        Ok(match self {
            ContentError::Validation { violations } => LoadError::Invalid(violations.clone()),
            ContentError::UnsupportedSchemaVersion { found, supported } => {
                LoadError::UnsupportedSchemaVersion {
                    found: *found,
                    supported: *supported,
                }
            }
            ContentError::Syntax {
                code,
                line,
                column,
                reason,
            } => LoadError::Syntax(SyntaxError {
                code: *code,
                line: *line as usize,
                column: *column as usize,
                message: reason.clone(),
            }),
            ContentError::Io { reason } => LoadError::Io(std::io::Error::other(reason.clone())),
            ContentError::UnknownSign { id } => return Err(UnknownSign { id: id.clone() }),
        })
    }
}

/// The text of each case is the core's text for the same error.
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.core_error() {
            Ok(error) => error.fmt(f),
            Err(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ContentError {}

impl From<LoadError> for ContentError {
    fn from(error: LoadError) -> Self {
        match error {
            LoadError::Syntax(SyntaxError {
                code,
                line,
                column,
                message,
            }) => ContentError::Syntax {
                code,
                line: saturate(line),
                column: saturate(column),
                reason: message,
            },
            LoadError::UnsupportedSchemaVersion { found, supported } => {
                ContentError::UnsupportedSchemaVersion { found, supported }
            }
            LoadError::Io(error) => ContentError::Io {
                reason: error.to_string(),
            },
            // `Invalid`, and any kind of error a later core version adds.
            other => ContentError::Validation {
                violations: other.violations(),
            },
        }
    }
}

impl From<UnknownSign> for ContentError {
    fn from(error: UnknownSign) -> Self {
        ContentError::UnknownSign { id: error.id }
    }
}

/// A line or column number as a `u32`; a pack is far too small to need more.
fn saturate(number: usize) -> u32 {
    u32::try_from(number).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Core errors of every kind: syntax, unsupported version, validation, I/O.
    fn core_errors() -> Vec<LoadError> {
        let bad_id = vt_content::BUNDLED_JSON.replace("\"withdrawing\"", "\"Withdrawing\"");
        let version_2 = vt_content::BUNDLED_JSON
            .replace("\"schema_version\": \"1.0\"", "\"schema_version\": \"2.0\"");
        vec![
            vt_content::ContentPack::from_slice(b"{\n\"signs\": ]}").unwrap_err(),
            vt_content::ContentPack::from_json(&version_2).unwrap_err(),
            vt_content::ContentPack::from_json(&bad_id).unwrap_err(),
            vt_content::ContentPack::from_path("/nonexistent/pack.json").unwrap_err(),
        ]
    }

    #[test]
    fn each_kind_of_core_error_has_its_own_case() {
        let errors: Vec<ContentError> = core_errors().into_iter().map(Into::into).collect();
        assert!(matches!(
            errors[0],
            ContentError::Syntax {
                code: ViolationCode::JsonSyntax,
                line: 2,
                column: 10,
                ..
            }
        ));
        assert!(matches!(
            &errors[1],
            ContentError::UnsupportedSchemaVersion { found, supported }
                if found.to_string() == "2.0" && supported.to_string() == "1.0"
        ));
        assert!(matches!(
            &errors[2],
            ContentError::Validation { violations } if violations[0].path == "/signs/5/id"
        ));
        assert!(matches!(errors[3], ContentError::Io { .. }));
    }

    #[test]
    fn text_and_violations_are_the_core_ones() {
        for core in core_errors() {
            let (text, violations) = (core.to_string(), core.violations());
            let error = ContentError::from(core);
            assert_eq!(error.to_string(), text);
            assert_eq!(error.violations(), violations);
        }
        let unknown = UnknownSign {
            id: "sad".to_owned(),
        };
        let error = ContentError::from(unknown.clone());
        assert_eq!(error.to_string(), unknown.to_string());
        assert_eq!(error.violations(), []);
    }
}
