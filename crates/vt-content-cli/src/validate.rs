//! Checking packs: one report per file, as lines of text or as JSON.

use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use chrono::NaiveDate;
use serde::Serialize;
use vt_content::{ErrorKind, ErrorReport, Loaded, Violation, Warning};

use crate::plural;
use crate::source::{LoadFailure, Source};

/// How a file fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The pack loaded.
    Valid,
    /// The pack was read and refused.
    Invalid,
    /// The file could not be read.
    Unreadable,
}

/// What checking one file found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileReport {
    /// The file as named on the command line; `<stdin>` or `<bundled>` otherwise.
    pub file: String,
    /// How the file fared.
    pub status: Status,
    /// For an invalid or unreadable file, the library's kind of error: serialized as
    /// `error` (`syntax`, `unsupported-schema-version`, `validation` or `io`, as in the
    /// conformance fixtures) with the kind's own fields, such as a syntax error's `line`
    /// and `column`.
    #[serde(flatten)]
    pub error: Option<ErrorKind>,
    /// For an invalid or unreadable file, the error in one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Why an unreadable file could not be read, in words a person understands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Every violation, in the order the library reports them.
    pub violations: Vec<Violation>,
    /// Every warning about a pack that loaded.
    pub warnings: Vec<Warning>,
}

impl FileReport {
    /// Reads and checks one pack; a review date on or before `today` is a warning.
    pub fn check(source: &Source, today: NaiveDate) -> FileReport {
        let outcome = source.load();
        let mut report = Self::new(source.name(), &outcome);
        if let Ok(loaded) = &outcome {
            report.warnings.extend(loaded.pack.review_warning(today));
        }
        report
    }

    /// The report of a load's outcome, with the warnings of the library only.
    pub fn new(file: String, outcome: &Result<Loaded, LoadFailure>) -> Self {
        let mut report = FileReport::valid(file);
        match outcome {
            Ok(loaded) => report.warnings.clone_from(&loaded.warnings),
            Err(LoadFailure::Unreadable(message)) => {
                report.status = Status::Unreadable;
                report.error = Some(ErrorKind::Io);
                report.summary = Some(format!("cannot read it: {message}"));
                report.message = Some(message.clone());
            }
            Err(LoadFailure::Invalid(error)) => report.set_error(error.report()),
        }
        report
    }

    /// The report of a file that did not load, from the library's report of it: a file of
    /// a catalog, which the catalog read.
    pub fn failed(file: String, error: ErrorReport) -> Self {
        let mut report = FileReport::valid(file);
        report.set_error(error);
        report
    }

    /// The report of a file with nothing to report yet.
    fn valid(file: String) -> Self {
        FileReport {
            file,
            status: Status::Valid,
            error: None,
            summary: None,
            message: None,
            violations: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Records the library's report of a file that did not load.
    fn set_error(&mut self, error: ErrorReport) {
        self.status = match error.kind {
            ErrorKind::Io => Status::Unreadable,
            _ => Status::Invalid,
        };
        self.error = Some(error.kind);
        self.summary = Some(error.summary);
        self.violations = error.violations;
    }

    /// One line per violation, for a person.
    pub fn error_lines(&self) -> Vec<String> {
        if let Some(message) = &self.message {
            return vec![error_line(
                &self.file,
                &format!("cannot read it: {message}"),
            )];
        }
        let place = match self.error {
            Some(ErrorKind::Syntax { line, column }) => format!("{}:{line}:{column}", self.file),
            _ => self.file.clone(),
        };
        if self.violations.is_empty() {
            // An I/O error the library reported: its summary says why.
            let summary = self.summary.iter();
            return summary.map(|summary| error_line(&place, summary)).collect();
        }
        self.violations
            .iter()
            .map(|violation| error_line(&place, violation))
            .collect()
    }

    /// One line per warning, for a person.
    pub fn warning_lines(&self) -> Vec<String> {
        self.warnings
            .iter()
            .map(|finding| warning_line(&self.file, finding))
            .collect()
    }
}

/// An error in `place` (a file, and a line and column), for a person: `PLACE: error: PATH
/// [CODE]: MESSAGE`.
pub fn error_line(place: &str, finding: &impl std::fmt::Display) -> String {
    let error = Style::new().bold().fg_color(Some(AnsiColor::Red.into()));
    format!("{place}: {error}error{error:#}: {finding}")
}

/// A warning about `file`, for a person: `FILE: warning: PATH [CODE]: MESSAGE`.
pub fn warning_line(file: &str, finding: &impl std::fmt::Display) -> String {
    let warning = Style::new().bold().fg_color(Some(AnsiColor::Yellow.into()));
    format!("{file}: {warning}warning{warning:#}: {finding}")
}

/// The counts that sum up a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// How many files were checked.
    pub files: usize,
    /// How many loaded.
    pub valid: usize,
    /// How many were read and refused.
    pub invalid: usize,
    /// How many could not be read.
    pub unreadable: usize,
    /// How many violations there are, in all files.
    pub errors: usize,
    /// How many warnings there are, in all files.
    pub warnings: usize,
}

/// The report of a whole run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Whether every file is valid.
    pub valid: bool,
    /// The counts.
    pub summary: Summary,
    /// One report per file, in the order given.
    pub files: Vec<FileReport>,
}

impl Report {
    /// The report of these files.
    pub fn new(files: Vec<FileReport>) -> Report {
        let mut summary = Summary {
            files: files.len(),
            ..Summary::default()
        };
        for file in &files {
            match file.status {
                Status::Valid => summary.valid += 1,
                Status::Invalid => summary.invalid += 1,
                Status::Unreadable => summary.unreadable += 1,
            }
            summary.errors += file.violations.len();
            summary.warnings += file.warnings.len();
        }
        Report {
            valid: summary.valid == summary.files,
            summary,
            files,
        }
    }

    /// 0 when every file is valid, 2 when a file could not be read, 1 otherwise.
    pub fn exit_code(&self) -> ExitCode {
        match self.summary {
            Summary {
                unreadable: 1.., ..
            } => ExitCode::from(2),
            Summary { invalid: 1.., .. } => ExitCode::from(1),
            _ => ExitCode::SUCCESS,
        }
    }

    /// The errors of every file, then the warnings of every file, then a summary line.
    pub fn text(&self) -> String {
        let errors = self.files.iter().flat_map(FileReport::error_lines);
        let warnings = self.files.iter().flat_map(FileReport::warning_lines);
        let mut text: String = errors.chain(warnings).map(|line| line + "\n").collect();
        text.push_str(&self.summary_line());
        text.push('\n');
        text
    }

    fn summary_line(&self) -> String {
        let Summary {
            files,
            valid,
            invalid,
            unreadable,
            errors,
            warnings,
        } = self.summary;
        let mut line = format!(
            "{}: {valid} valid, {invalid} invalid",
            plural(files, "file checked", "files checked")
        );
        if unreadable > 0 {
            line.push_str(&format!(", {unreadable} unreadable"));
        }
        line.push_str(&format!(
            "; {}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ));
        line
    }
}

#[cfg(test)]
mod tests {
    use vt_content::{ContentPack, LoadError};

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    }

    fn plain(lines: Vec<String>) -> Vec<String> {
        lines
            .iter()
            .map(|line| anstream::adapter::strip_str(line).to_string())
            .collect()
    }

    fn invalid(error: LoadError) -> FileReport {
        FileReport::new("a.json".to_owned(), &Err(LoadFailure::Invalid(error)))
    }

    #[test]
    fn a_syntax_error_is_located_by_line_and_column() {
        let error = ContentPack::from_json("{\n\n  \"id\": 1\n  \"title\": 2}").unwrap_err();
        let report = invalid(error);
        assert_eq!(report.error, Some(ErrorKind::Syntax { line: 4, column: 3 }));
        assert_eq!(
            plain(report.error_lines()),
            [
                "a.json:4:3: error: (whole pack) [json-syntax]: expected `,` between two fields of an object, or `}` after the last"
            ]
        );
    }

    #[test]
    fn each_violation_is_a_line_with_its_path_and_code() {
        let text = vt_content::BUNDLED_JSON
            .replace("\"withdrawing\"", "\"Withdrawing\"")
            .replace(
                "\"title\": \"Vicarious traumatisation\",",
                "\"title\": \" VT\",",
            );
        let error = vt_content::ContentPack::from_json(&text).unwrap_err();
        let lines = plain(invalid(error).error_lines());
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("a.json: error: /title [untrimmed-text]: "));
        assert!(lines[1].starts_with("a.json: error: /signs/5/id [invalid-id]: "));
    }

    #[test]
    fn an_overdue_review_is_a_warning() {
        let due = vt_content::bundled().review.next_review_due;
        let report = FileReport::check(&Source::Bundled, due);
        assert_eq!(report.status, Status::Valid);
        let codes: Vec<_> = report.warnings.iter().map(|w| w.code.as_str()).collect();
        assert_eq!(codes, ["unreviewed-draft", "review-overdue"]);
        assert!(plain(report.warning_lines())[1].starts_with(
            "<bundled>: warning: /review/next_review_due [review-overdue]: the next review was due on "
        ));
    }

    #[test]
    fn the_summary_counts_and_the_exit_code_follows_the_worst_file() {
        let valid = FileReport::check(&Source::Bundled, today());
        let unreadable = FileReport::check(&Source::File("/nonexistent/x.json".into()), today());
        assert_eq!(
            plain(unreadable.error_lines()),
            ["/nonexistent/x.json: error: cannot read it: no such file or directory"]
        );
        let report = Report::new(vec![valid.clone(), unreadable]);
        assert!(!report.valid);
        assert_eq!(report.exit_code(), ExitCode::from(2));
        assert!(
            report.text().ends_with(
                "2 files checked: 1 valid, 0 invalid, 1 unreadable; 0 errors, 1 warning\n"
            )
        );
        let report = Report::new(vec![valid]);
        assert_eq!(report.exit_code(), ExitCode::SUCCESS);
        assert_eq!(
            anstream::adapter::strip_str(&report.text()).to_string(),
            "<bundled>: warning: /review/status [unreviewed-draft]: this pack is a draft that no one has reviewed; every rendering says it is not yet reviewed\n1 file checked: 1 valid, 0 invalid; 0 errors, 1 warning\n"
        );
    }
}
