//! One error type for Kotlin and Swift for every failure of a pack, with a case for each
//! kind of failure (a catalog that cannot be made is a [`CatalogError`](super::CatalogError)).
//!
//! The error only ever goes from Rust to Kotlin or Swift: it has no methods, so an error
//! built by hand there is never passed back. Each case carries everything as fields,
//! taken from the library's [`ErrorReport`] when it is made: its text (`summary`) and
//! its violations.

use std::fmt;

use crate::{
    ErrorKind, LoadError, SchemaVersion, UnknownSign, VersionError, Violation, ViolationCode,
};

/// Why a pack could not be loaded, guidance could not be given, or a version is not the
/// bump its changes need.
///
/// In Kotlin this is `ContentException`, with one subclass per case; in Swift, an enum
/// that conforms to `Error`. Every case has a `summary`: the library's one-line text of
/// the error, to show or log.
#[derive(Debug, PartialEq, Eq, uniffi::Error)]
pub enum ContentError {
    /// The pack breaks one or more rules; every violation found is listed, in order.
    Validation {
        /// What is wrong, in one line: how many violations, and the first.
        summary: String,
        /// Every violation, each with its code, path and message.
        violations: Vec<Violation>,
    },
    /// The pack is written for a major schema version this library does not read.
    UnsupportedSchemaVersion {
        /// What is wrong, in one line, naming both versions.
        summary: String,
        /// The schema version the pack declares, such as `2.0`.
        found: SchemaVersion,
        /// The schema version this library reads, such as `1.2`.
        supported: SchemaVersion,
        /// One violation, `unsupported-schema-version` at `/schema_version`.
        violations: Vec<Violation>,
    },
    /// The input is not well-formed JSON text; nothing else was checked.
    Syntax {
        /// What is wrong, in one line, with the line and column.
        summary: String,
        /// `byte-order-mark`, `invalid-utf8`, `json-syntax` or `json-truncated`.
        code: ViolationCode,
        /// The line of the error, counted from 1.
        line: u32,
        /// The column of the error in characters (Unicode code points, not UTF-16 units:
        /// an emoji counts once), counted from 1.
        column: u32,
        /// What is wrong, without the position.
        reason: String,
        /// One violation with the same code, at the path `""` (the whole pack).
        violations: Vec<Violation>,
    },
    /// A sign id given for guidance is not the id of a sign in the pack.
    UnknownSign {
        /// What is wrong, in one line, naming the id.
        summary: String,
        /// The id as it was given.
        id: String,
    },
    /// An argument is not written as the function asks, such as a date that is not
    /// `YYYY-MM-DD`.
    InvalidArgument {
        /// What is wrong, in one line, quoting the value.
        summary: String,
        /// The argument's name, such as `today`.
        name: String,
        /// The value as it was given.
        value: String,
    },
    /// A new version is not the bump its changes need (`checkPackVersions`), such as
    /// 1.1.1 for a pack that removes a sign, or a version that goes back.
    Version {
        /// What is wrong, in one line, naming the change that needs a bigger bump.
        summary: String,
        /// `version-decreased` or `version-bump-too-small`.
        code: String,
    },
    /// The pack could not be read from its file.
    Io {
        /// What is wrong, in one line.
        summary: String,
        /// What went wrong, as the operating system tells it.
        reason: String,
    },
}

/// The summary of a [`ContentError`], which every case has: borrowed as the error is
/// (`&` or `&mut`).
macro_rules! summary {
    ($error:expr) => {{
        let (ContentError::Validation { summary, .. }
        | ContentError::UnsupportedSchemaVersion { summary, .. }
        | ContentError::Syntax { summary, .. }
        | ContentError::UnknownSign { summary, .. }
        | ContentError::InvalidArgument { summary, .. }
        | ContentError::Version { summary, .. }
        | ContentError::Io { summary, .. }) = $error;
        summary
    }};
}

impl ContentError {
    /// The error for the argument `name` given as `value`, which is not written as the
    /// function asks: its summary is the name, then `reason`.
    pub(crate) fn invalid_argument(name: &str, value: &str, reason: &str) -> Self {
        ContentError::InvalidArgument {
            summary: format!("{name}: {reason}"),
            name: name.to_owned(),
            value: value.to_owned(),
        }
    }

    /// The error about one of several packs a function takes: its summary begins with the
    /// argument's `name`, as `new: the pack has 1 violation: ...`.
    pub(crate) fn about(mut self, name: &str) -> Self {
        let summary = summary!(&mut self);
        *summary = format!("{name}: {summary}");
        self
    }
}

/// Its `summary`: Rust needs the text to report the error; Kotlin and Swift have the field.
impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(summary!(self))
    }
}

impl From<LoadError> for ContentError {
    fn from(error: LoadError) -> Self {
        let report = error.report();
        let (summary, violations) = (report.summary, report.violations);
        match report.kind {
            ErrorKind::Syntax { line, column } => {
                // A syntax error is one violation of the whole pack, with its own code.
                let (code, reason) = violations.first().map_or_else(
                    || (ViolationCode::JsonSyntax, summary.clone()),
                    |only| (only.code, only.message.clone()),
                );
                ContentError::Syntax {
                    summary,
                    code,
                    line: saturate(line),
                    column: saturate(column),
                    reason,
                    violations,
                }
            }
            ErrorKind::UnsupportedSchemaVersion { found, supported } => {
                ContentError::UnsupportedSchemaVersion {
                    summary,
                    found,
                    supported,
                    violations,
                }
            }
            ErrorKind::Io => ContentError::Io {
                reason: match error {
                    LoadError::Io { source, .. } => source.to_string(),
                    other => other.to_string(),
                },
                summary,
            },
            // `Validation`, and any kind of error a later version adds.
            _ => ContentError::Validation {
                summary,
                violations,
            },
        }
    }
}

impl From<VersionError> for ContentError {
    fn from(error: VersionError) -> Self {
        ContentError::Version {
            summary: error.to_string(),
            code: error.code().to_owned(),
        }
    }
}

impl From<UnknownSign> for ContentError {
    fn from(error: UnknownSign) -> Self {
        ContentError::UnknownSign {
            summary: error.to_string(),
            id: error.id,
        }
    }
}

/// A line or column number as a `u32`; a pack is far too small to need more.
pub(crate) fn saturate(number: usize) -> u32 {
    u32::try_from(number).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Core errors of every kind: syntax, unsupported version, validation, I/O.
    fn core_errors() -> Vec<LoadError> {
        let bad_id = crate::BUNDLED_JSON.replace("\"withdrawing\"", "\"Withdrawing\"");
        let version_2 = crate::BUNDLED_JSON
            .replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"2.0\"");
        vec![
            crate::ContentPack::from_slice(b"{\n\"signs\": ]}").unwrap_err(),
            crate::ContentPack::from_json(&version_2).unwrap_err(),
            crate::ContentPack::from_json(&bad_id).unwrap_err(),
            crate::ContentPack::from_path("/nonexistent/pack.json").unwrap_err(),
        ]
    }

    /// The violations of an error: none for an I/O error, an unknown sign, an argument or
    /// a version.
    fn violations(error: ContentError) -> Vec<Violation> {
        match error {
            ContentError::Validation { violations, .. }
            | ContentError::UnsupportedSchemaVersion { violations, .. }
            | ContentError::Syntax { violations, .. } => violations,
            ContentError::UnknownSign { .. }
            | ContentError::InvalidArgument { .. }
            | ContentError::Version { .. }
            | ContentError::Io { .. } => Vec::new(),
        }
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
            ContentError::UnsupportedSchemaVersion { found, supported, .. }
                if found.to_string() == "2.0" && supported.to_string() == "1.2"
        ));
        assert!(matches!(
            &errors[2],
            ContentError::Validation { violations, .. } if violations[0].path == "/signs/5/id"
        ));
        assert!(matches!(&errors[3], ContentError::Io { reason, .. } if !reason.is_empty()));
    }

    /// A syntax error's code and reason are its one violation's, for each code a pack's
    /// bytes can have: the reason says what is wrong without the position, which the
    /// summary gives.
    #[test]
    fn a_syntax_error_has_its_violations_code_and_reason() {
        let cases: [(&[u8], ViolationCode); 4] = [
            (b"{\n\"signs\": ]}", ViolationCode::JsonSyntax),
            (b"{\n\"signs\": [", ViolationCode::JsonTruncated),
            (b"\xEF\xBB\xBF{}", ViolationCode::ByteOrderMark),
            (b"{\"title\": \"\xFF\"}", ViolationCode::InvalidUtf8),
        ];
        for (bytes, expected) in cases {
            let core = crate::ContentPack::from_slice(bytes).unwrap_err();
            let violation = core.violations()[0].clone();
            let ContentError::Syntax {
                summary,
                code,
                reason,
                violations,
                ..
            } = ContentError::from(core)
            else {
                panic!("{expected:?} is not a syntax error")
            };
            assert_eq!((code, &reason), (expected, &violation.message));
            assert_eq!(violations, [violation]);
            assert!(!reason.contains("line "), "{reason}");
            assert!(summary.contains(&reason), "{summary}");
        }
    }

    #[test]
    fn summary_and_violations_are_the_core_ones() {
        for core in core_errors() {
            let (summary, expected) = (core.to_string(), core.violations());
            let error = ContentError::from(core);
            assert_eq!(error.to_string(), summary);
            assert_eq!(violations(error), expected);
        }
        let unknown = UnknownSign {
            id: "sad".to_owned(),
        };
        assert_eq!(
            ContentError::from(unknown),
            ContentError::UnknownSign {
                summary: "\"sad\" is not the id of a sign in this pack".to_owned(),
                id: "sad".to_owned(),
            }
        );
    }
}
