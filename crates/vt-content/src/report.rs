//! One report of why a pack could not be loaded, which every front end shows in its own
//! way: the CLI as JSON, Python as exceptions, Kotlin and Swift as error cases.

use serde::Serialize;

use crate::{LoadError, SchemaVersion, Violation};

/// Things for a person to read, comma-separated: those `shown`, then how many more of
/// `total` there are, as in `/title, /summary/0 and 3 more`.
pub(crate) fn first_and_more(shown: impl Iterator<Item = String>, total: usize) -> String {
    let shown: Vec<String> = shown.collect();
    match total.saturating_sub(shown.len()) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

/// What kind of error a [`LoadError`] is, with what only that kind has.
///
/// It serializes as the field `error` (`syntax`, `unsupported-schema-version`,
/// `validation` or `io`, as the conformance fixtures write it) next to its own fields.
///
/// ```
/// use vt_content::{ContentPack, ErrorKind};
///
/// let error = ContentPack::from_json("{\n  \"id\": ]\n}").unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Syntax { line: 2, column: 9 });
/// assert_eq!(error.kind().as_str(), "syntax");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "error", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed JSON text.
    Syntax {
        /// The line of the error, counted from 1.
        line: usize,
        /// The column of the error in characters, counted from 1.
        column: usize,
    },
    /// The pack is written for a major schema version this library does not read.
    UnsupportedSchemaVersion {
        /// The schema version the pack declares.
        found: SchemaVersion,
        /// The schema version this library reads.
        supported: SchemaVersion,
    },
    /// The pack breaks one or more rules.
    Validation,
    /// The pack could not be read.
    Io,
}

impl ErrorKind {
    /// The stable name of the kind: `syntax`, `unsupported-schema-version`, `validation`
    /// or `io`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Syntax { .. } => "syntax",
            ErrorKind::UnsupportedSchemaVersion { .. } => "unsupported-schema-version",
            ErrorKind::Validation => "validation",
            ErrorKind::Io => "io",
        }
    }

    /// A syntax error's line and column (counted from 1, the column in characters);
    /// `None` for the other kinds.
    ///
    /// ```
    /// let error = vt_content::ContentPack::from_json("{\n  ]").unwrap_err();
    /// assert_eq!(error.kind().position(), Some((2, 3)));
    /// ```
    pub fn position(self) -> Option<(usize, usize)> {
        match self {
            ErrorKind::Syntax { line, column } => Some((line, column)),
            _ => None,
        }
    }
}

/// Everything a front end shows about a pack that could not be loaded: its kind, one
/// line that sums it up, and every violation.
///
/// ```
/// use vt_content::ContentPack;
///
/// let text = vt_content::BUNDLED_JSON.replace("\"withdrawing\"", "\"Withdrawing\"");
/// let report = ContentPack::from_json(&text).unwrap_err().report();
/// let json = serde_json::to_value(&report)?;
/// assert_eq!(json["error"], "validation");
/// assert_eq!(json["violations"][0]["path"], "/signs/5/id");
/// assert_eq!(json["violations"][0]["code"], "invalid-id");
/// assert!(json["summary"].as_str().unwrap().starts_with("the pack has 1 violation"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct ErrorReport {
    /// What kind of error it is; serialized as the field `error` and the kind's own fields.
    #[serde(flatten)]
    pub kind: ErrorKind,
    /// The error in one line, with the position of a syntax error.
    pub summary: String,
    /// Every violation, in order; none for an I/O error.
    pub violations: Vec<Violation>,
}

impl LoadError {
    /// The kind of this error, with the line and column of a syntax error and the two
    /// versions of an unsupported schema version.
    pub fn kind(&self) -> ErrorKind {
        match self {
            LoadError::Syntax(error) => ErrorKind::Syntax {
                line: error.line,
                column: error.column,
            },
            LoadError::UnsupportedSchemaVersion { found, supported } => {
                ErrorKind::UnsupportedSchemaVersion {
                    found: *found,
                    supported: *supported,
                }
            }
            LoadError::Invalid(_) => ErrorKind::Validation,
            LoadError::Io { .. } => ErrorKind::Io,
        }
    }

    /// The report of this error: its kind, its text and every violation.
    pub fn report(&self) -> ErrorReport {
        ErrorReport {
            kind: self.kind(),
            summary: self.to_string(),
            violations: self.violations(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::ContentPack;

    #[test]
    fn a_syntax_error_reports_its_position_once() {
        let report = ContentPack::from_slice(b"{\n\"signs\": ]}")
            .unwrap_err()
            .report();
        assert_eq!(
            serde_json::to_value(&report).unwrap(),
            json!({
                "error": "syntax",
                "line": 2,
                "column": 10,
                "summary": "the pack is not valid JSON: line 2, column 10 [json-syntax]: expected a value: a text in double quotes, a number, an object, a list, `true`, `false` or `null` (JSON has no comments)",
                "violations": [{"code": "json-syntax", "path": "", "message": "expected a value: a text in double quotes, a number, an object, a list, `true`, `false` or `null` (JSON has no comments)"}],
            })
        );
    }

    #[test]
    fn an_unsupported_version_names_both_versions() {
        let text = crate::BUNDLED_JSON
            .replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"2.0\"");
        let report = ContentPack::from_json(&text).unwrap_err().report();
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["error"], "unsupported-schema-version");
        assert_eq!(
            (&json["found"], &json["supported"]),
            (&json!("2.0"), &json!("1.2"))
        );
        assert_eq!(json["violations"][0]["path"], "/schema_version");
    }

    #[test]
    fn an_io_error_has_no_violations() {
        let report = ContentPack::from_path("/nonexistent/pack.json")
            .unwrap_err()
            .report();
        assert_eq!(report.kind.as_str(), "io");
        assert!(
            report
                .summary
                .starts_with("/nonexistent/pack.json: the pack could not be read: ")
        );
        assert_eq!(report.violations, []);
    }

    #[test]
    fn a_list_names_the_first_and_counts_the_rest() {
        let items = |n: usize| (1..=n).map(|i| i.to_string());
        assert_eq!(super::first_and_more(items(2), 2), "1, 2");
        assert_eq!(super::first_and_more(items(2), 5), "1, 2 and 3 more");
    }
}
