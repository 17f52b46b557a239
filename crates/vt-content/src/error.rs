//! What can go wrong when a pack is loaded, each with a stable code.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{JsonPointer, SchemaVersion};

/// Defines a code enum whose variants serialize as stable kebab-case strings.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($(#[$doc:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$doc])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every code, in the order they are declared.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable kebab-case text of this code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The code whose text is `text`, if there is one.
            pub fn from_text(text: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|code| code.as_str() == text)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use codes;

codes! {
    /// The stable code of a [`Violation`]. The text of a code never changes.
    ViolationCode {
        /// The pack is larger than [`MAX_PACK_BYTES`](crate::MAX_PACK_BYTES) besides its
        /// layout, or its text larger than
        /// [`MAX_PACK_TEXT_BYTES`](crate::MAX_PACK_TEXT_BYTES).
        PackTooLarge = "pack-too-large",
        /// The input starts with a UTF-8 byte-order mark, which JSON forbids.
        ByteOrderMark = "byte-order-mark",
        /// The input is not valid UTF-8.
        InvalidUtf8 = "invalid-utf8",
        /// The input is not valid JSON.
        JsonSyntax = "json-syntax",
        /// The input ends before the JSON does.
        JsonTruncated = "json-truncated",
        /// An object gives one field twice: only the last value would be read.
        DuplicateKey = "duplicate-key",
        /// The pack's major schema version is not the one this library reads.
        UnsupportedSchemaVersion = "unsupported-schema-version",
        /// A value has the wrong JSON type (`null` where text is required, for example).
        InvalidType = "invalid-type",
        /// A required field is absent.
        MissingField = "missing-field",
        /// A field is not part of the pack format (a field of a newer minor version is
        /// an `ignored-field` warning instead).
        UnknownField = "unknown-field",
        /// A value is not one of those allowed (a practice `kind`, for example).
        InvalidEnumValue = "invalid-enum-value",
        /// A list has fewer items than it needs.
        TooFewItems = "too-few-items",
        /// A list has more items than the limit.
        TooManyItems = "too-many-items",
        /// A text is empty.
        EmptyText = "empty-text",
        /// A text is longer than the limit.
        TextTooLong = "text-too-long",
        /// A text starts or ends with whitespace, or with a character that shows nothing
        /// (a zero-width space, a word joiner, a zero-width no-break space).
        UntrimmedText = "untrimmed-text",
        /// A text contains a control character (a line break or a tab, for example) or a line
        /// or paragraph separator (U+2028, U+2029).
        ControlCharacter = "control-character",
        /// A text's changes of direction are not paired like brackets: it opens an
        /// embedding, override or isolate (U+202A, U+202B, U+202D, U+202E, U+2066 to
        /// U+2068) that it does not close, or has a PDF (U+202C) or PDI (U+2069) that does
        /// not close the last one still open. Either would change how what is shown after
        /// the text reads: a phone number could show reversed.
        UnpairedDirection = "unpaired-direction",
        /// An id is not kebab-case or is too long.
        InvalidId = "invalid-id",
        /// Two items share an id (a contact's id is unique in its list).
        DuplicateId = "duplicate-id",
        /// A reference names an id that the pack does not define.
        UnresolvedReference = "unresolved-reference",
        /// `schema_version` is not written `MAJOR.MINOR`.
        InvalidSchemaVersion = "invalid-schema-version",
        /// `version` is not a semantic version.
        InvalidVersion = "invalid-version",
        /// `locale` is not a BCP 47 language tag.
        InvalidLocale = "invalid-locale",
        /// A date is not a calendar date written `YYYY-MM-DD`.
        InvalidDate = "invalid-date",
        /// The next review is due on or before the last review.
        ReviewDatesOutOfOrder = "review-dates-out-of-order",
        /// A phone number is not digits in groups (schema 1.1).
        InvalidPhoneNumber = "invalid-phone-number",
        /// A web address is not an absolute `https` address (schema 1.1).
        InvalidUrl = "invalid-url",
        /// A region is not an ISO 3166 code such as `GB` or `GB-ENG` (schema 1.1).
        InvalidRegion = "invalid-region",
        /// A time of day is not written `HH:MM` (schema 1.1).
        InvalidTime = "invalid-time",
        /// A licence is not an SPDX expression (schema 1.1).
        InvalidLicence = "invalid-licence",
        /// A contact has no phone number, text-message number or web address (schema 1.1).
        ContactUnreachable = "contact-unreachable",
        /// Opening hours give only one of an opening and a closing time, or a closing time
        /// that is not after the opening time (schema 1.1).
        InvalidOpeningHours = "invalid-opening-hours",
        /// A `LicenseRef-` licence comes without its text (schema 1.1).
        LicenceTextMissing = "licence-text-missing",
        /// A draft claims a review: it has a review date or a reviewer (schema 1.1).
        DraftClaimsReview = "draft-claims-review",
        /// A reviewed pack lacks the date of its review or its reviewer, or a pack that
        /// states no review status lacks its review date (schema 1.1).
        ReviewIncomplete = "review-incomplete",
        /// Two packs of a catalog have the same locale.
        DuplicateLocale = "duplicate-locale",
        /// A pack of a catalog has another pack id than the catalog's source pack.
        PackIdMismatch = "pack-id-mismatch",
        /// A translation lacks an item (a sign, action, practice, route or contact) that
        /// the source pack has; the message names its id.
        MissingItem = "missing-item",
        /// A translation has an item that the source pack does not have; the message
        /// names its id.
        ExtraItem = "extra-item",
        /// A catalog has no source pack (one without `translation`), or more than one.
        SourcePackCount = "source-pack-count",
        /// A pack of a catalog that is not its source pack does not say what it
        /// translates: it has no `translation`.
        TranslationUndeclared = "translation-undeclared",
        /// A translation names a source locale that is not the catalog's source pack.
        UnknownSourceLocale = "unknown-source-locale",
    }
}

codes! {
    /// The stable code of a [`Warning`]. The text of a code never changes.
    WarningCode {
        /// A field of a newer minor schema version that this library does not know: it
        /// was left out of the loaded pack.
        IgnoredField = "ignored-field",
        /// The pack's next review date has come: see
        /// [`ContentPack::review_warning`](crate::ContentPack::review_warning).
        ReviewOverdue = "review-overdue",
        /// The pack is a draft: no one has reviewed it yet, and every rendering says so
        /// (schema 1.1).
        UnreviewedDraft = "unreviewed-draft",
        /// The pack has no labels of its own, so it renders with the en-GB labels: every
        /// pack written for schema 1.0 (schema 1.1).
        DefaultLabels = "default-labels",
        /// A label that a page fills in (`text_message`, `opening_times`) lacks one of
        /// its placeholders, so that a page fills in the en-GB label instead (no number or
        /// time is left out), or has another, which the page shows as written; or another
        /// label has a placeholder, which no page fills in (schema 1.1).
        LabelPlaceholders = "label-placeholders",
        /// A translation was made from an older version of its source pack than the one
        /// in the catalog: the source has moved on.
        StaleTranslation = "stale-translation",
        /// A translation names a version of its source pack that is newer than the source
        /// pack in the catalog: a version the source has not reached (a typo, or a source
        /// pack left behind), so that what changed since cannot be told.
        FutureSourceVersion = "future-source-version",
        /// A translation differs from its source pack other than in its texts: a typed
        /// value (a contact's number, region or hours, a practice's kind), an optional
        /// field it has or lacks, or an item in another place, so that its readers get
        /// what the source's readers do not. A translation for another place may rightly
        /// differ; the message says where and how. A missing or extra item is a
        /// violation (`missing-item`, `extra-item`).
        DiffersFromSource = "differs-from-source",
        /// ICU4X's data does not know which script the pack's locale is written in, such
        /// as `yi` or `dv`, so that pages lay the pack out left to right: the locale
        /// should name its script (`yi-Hebr`, `dv-Thaa`).
        UnknownDirection = "unknown-direction",
        /// `advice.signs_recognised.speak_to` names a support route again: guidance and
        /// pages show each route once, where it is first named.
        RepeatedRoute = "repeated-route",
        /// The pack gives no urgent help (`urgent_help`, schema 1.1; no pack of schema
        /// 1.0 has it), so that its pages show no one to contact in a crisis.
        NoUrgentHelp = "no-urgent-help",
        /// A pack file of a catalog is named for a locale whose readers get another pack:
        /// `sr-Latn.json` holds a pack in `sr` (Serbian in Cyrillic), and readers of `sr-Latn`
        /// get the default pack. A catalog serves a pack by its `locale`, whatever its file
        /// is called, so the name misleads its editors; `fr.json` holding `fr-FR` is not
        /// warned of, as readers of `fr` get it. A name is read as a locale when it is a
        /// BCP 47 tag (or a platform's identifier, such as `pt_BR`) of a language of two or
        /// three letters, so that `source.json` is not one.
        FileNamedForAnotherLocale = "file-named-for-another-locale",
    }
}

/// One thing wrong with a pack: where it is, what rule it breaks, and what to do.
///
/// In Rust and Python, its text is `path [code]: message`, with the whole pack written
/// `(whole pack)`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content", str)
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[non_exhaustive]
pub struct Violation {
    /// Which rule the pack breaks.
    pub code: ViolationCode,
    /// Where: an RFC 6901 JSON Pointer such as `/signs/1/id`, or `""` for the whole pack.
    pub path: JsonPointer,
    /// What is wrong and what to do, for the person who edits the pack. It does not
    /// repeat the code or the position.
    pub message: String,
}

/// Something a content editor should know about a pack that still loaded.
///
/// In Rust and Python, its text is `path [code]: message`, as a violation's is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(
        frozen,
        eq,
        hash,
        get_all,
        module = "vt_content",
        str,
        name = "LoadWarning"
    )
)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[non_exhaustive]
pub struct Warning {
    /// What kind of warning this is.
    pub code: WarningCode,
    /// Where: an RFC 6901 JSON Pointer.
    pub path: JsonPointer,
    /// What to know and what to do, for the person who edits the pack.
    pub message: String,
}

impl Violation {
    pub(crate) fn new(code: ViolationCode, path: JsonPointer, message: impl Into<String>) -> Self {
        Violation {
            code,
            path,
            message: message.into(),
        }
    }
}

impl Warning {
    pub(crate) fn new(code: WarningCode, path: JsonPointer, message: impl Into<String>) -> Self {
        Warning {
            code,
            path,
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_finding(f, &self.path, self.code, &self.message)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_finding(f, &self.path, self.code, &self.message)
    }
}

/// Writes `path [code]: message`, the path as [`Place`] writes it.
fn write_finding(
    f: &mut fmt::Formatter<'_>,
    path: &JsonPointer,
    code: impl fmt::Display,
    message: &str,
) -> fmt::Result {
    write!(f, "{} [{code}]: {message}", Place(path))
}

/// Where a finding is, as a message writes it: its path, or `(whole pack)` for the
/// whole pack, whose pointer is empty, since an empty path is easy to miss.
pub(crate) struct Place<'a>(pub(crate) &'a JsonPointer);

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_root() {
            f.write_str("(whole pack)")
        } else {
            fmt::Display::fmt(self.0, f)
        }
    }
}

/// One line about a list of violations: how many, and the first.
fn summarise(violations: &[Violation]) -> String {
    match violations {
        [] => "the pack is invalid".to_owned(),
        [only] => format!("the pack has 1 violation: {only}"),
        [first, ..] => format!(
            "the pack has {} violations; the first is {first}",
            violations.len()
        ),
    }
}

/// The input is not well-formed JSON text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("line {line}, column {column} [{code}]: {message}")]
pub struct SyntaxError {
    /// [`ByteOrderMark`](ViolationCode::ByteOrderMark),
    /// [`InvalidUtf8`](ViolationCode::InvalidUtf8),
    /// [`JsonSyntax`](ViolationCode::JsonSyntax) or
    /// [`JsonTruncated`](ViolationCode::JsonTruncated).
    pub code: ViolationCode,
    /// The line of the error, counted from 1.
    pub line: usize,
    /// The column of the error in characters (Unicode scalar values, as an editor and
    /// Python's `json` count them), counted from 1 (1 also for an empty line).
    pub column: usize,
    /// What is wrong, without the position.
    pub message: String,
}

/// Why a pack could not be loaded.
///
/// Every error can be seen as one [`ErrorReport`](crate::ErrorReport) with
/// [`report`](LoadError::report): its kind, a one-line summary and every [`Violation`],
/// which is what a tool that reports errors uniformly should use.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The input is not well-formed JSON text; nothing else was checked.
    ///
    /// ```
    /// use vt_content::{ContentPack, LoadError, ViolationCode};
    ///
    /// let error = ContentPack::from_json("{\n  \"id\": ]\n}").unwrap_err();
    /// let LoadError::Syntax(syntax) = &error else { unreachable!() };
    /// assert_eq!((syntax.line, syntax.column), (2, 9));
    /// assert_eq!(syntax.code, ViolationCode::JsonSyntax);
    /// assert!(error.to_string().starts_with("the pack is not valid JSON: line 2, column 9"));
    /// ```
    #[error("the pack is not valid JSON: {0}")]
    Syntax(#[from] SyntaxError),
    /// The pack is written for a major schema version this library does not read.
    ///
    /// ```
    /// use vt_content::{ContentPack, LoadError, SchemaVersion};
    ///
    /// let text = vt_content::BUNDLED_JSON.replacen("\"1.1\"", "\"2.0\"", 1);
    /// let error = ContentPack::from_json(&text).unwrap_err();
    /// let LoadError::UnsupportedSchemaVersion { found, supported, .. } = &error else {
    ///     unreachable!()
    /// };
    /// assert_eq!((found.to_string(), *supported), ("2.0".to_owned(), SchemaVersion::CURRENT));
    /// assert_eq!(error.violations()[0].path, "/schema_version");
    /// ```
    #[error(
        "the pack uses schema version {found}, but this library reads schema version {supported}: a different major version cannot be read"
    )]
    #[non_exhaustive]
    UnsupportedSchemaVersion {
        /// The schema version the pack declares.
        found: SchemaVersion,
        /// The schema version this library reads.
        supported: SchemaVersion,
    },
    /// The pack breaks one or more rules; every violation found is listed.
    ///
    /// ```
    /// use vt_content::{ContentPack, LoadError, ViolationCode};
    ///
    /// let text = vt_content::BUNDLED_JSON.replacen("\"withdrawing\"", "\"Withdrawing\"", 1);
    /// let error = ContentPack::from_json(&text).unwrap_err();
    /// let LoadError::Invalid(violations) = &error else { unreachable!() };
    /// assert_eq!(violations[0].code, ViolationCode::InvalidId);
    /// assert_eq!(violations[0].path, "/signs/5/id");
    /// ```
    #[error("{}", summarise(.0))]
    Invalid(Vec<Violation>),
    /// The pack could not be read from its file or reader. The text names the file, as
    /// std's errors do not.
    ///
    /// ```
    /// let error = vt_content::ContentPack::from_path("no/such/cy.json").unwrap_err();
    /// assert!(error.to_string().starts_with("no/such/cy.json: the pack could not be read: "));
    /// let vt_content::LoadError::Io { path, source, .. } = &error else { unreachable!() };
    /// assert_eq!(path.as_deref(), Some(std::path::Path::new("no/such/cy.json")));
    /// assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
    /// ```
    #[error("{}the pack could not be read: {source}", in_file(.path.as_deref()))]
    #[non_exhaustive]
    Io {
        /// The file, as [`from_path`](crate::ContentPack::from_path) was given it; `None`
        /// for a reader.
        path: Option<PathBuf>,
        /// Why it could not be read.
        #[source]
        source: std::io::Error,
    },
}

/// An error of a reader, which has no file name.
impl From<std::io::Error> for LoadError {
    fn from(source: std::io::Error) -> Self {
        LoadError::Io { path: None, source }
    }
}

/// `"cy.json: "` before the text of an error about that file; nothing without a file.
pub(crate) fn in_file(path: Option<&Path>) -> String {
    path.map(|path| format!("{}: ", crate::shown_path(path)))
        .unwrap_or_default()
}

impl LoadError {
    /// Every violation behind this error, each with its code, path and message.
    ///
    /// A syntax error is one violation at the path `""`; an unsupported schema version is
    /// one at `/schema_version`. An I/O error is not about the pack's content and has none.
    pub fn violations(&self) -> Vec<Violation> {
        match self {
            LoadError::Syntax(error) => vec![Violation::new(
                error.code,
                JsonPointer::root(),
                error.message.clone(),
            )],
            LoadError::UnsupportedSchemaVersion { .. } => vec![Violation::new(
                ViolationCode::UnsupportedSchemaVersion,
                JsonPointer::root().child("schema_version"),
                self.to_string(),
            )],
            LoadError::Invalid(violations) => violations.clone(),
            LoadError::Io { .. } => Vec::new(),
        }
    }
}

/// A sign id given to [`ContentPack::guidance`](crate::ContentPack::guidance) that the
/// pack does not define. Its text quotes the id with Rust's escapes, so that it stays one
/// line whatever the id holds (a line break, a control character): an id often comes from
/// a reader's request, and the text goes to a log.
///
/// ```
/// let error = vt_content::bundled().guidance(["sad\nERROR forged"]).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     r#""sad\nERROR forged" is not the id of a sign in this pack"#
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", unknown_id_message(.id, "sign"))]
#[non_exhaustive]
pub struct UnknownSign {
    /// The id as it was given.
    pub id: String,
}

/// What an unknown id of an `item` ("sign", "practice", ...) says: the id quoted, escaped
/// and shortened as every message shows a value, so that no id forges a line or floods a
/// log. [`UnknownSign`] says it, and so does a Python lookup's `UnknownIdError` (the
/// feature `python` exports it).
pub fn unknown_id_message(id: &str, item: &str) -> String {
    format!(
        "{} is not the id of a {item} in this pack",
        crate::quoted::Quoted(id)
    )
}

impl UnknownSign {
    /// The stable code of this error: `unknown-sign`.
    pub const CODE: &'static str = "unknown-sign";

    /// The stable code of this error, [`CODE`](Self::CODE), as the other errors give theirs.
    ///
    /// ```
    /// let error = vt_content::bundled().guidance(["sad"]).unwrap_err();
    /// assert_eq!(error.code(), "unknown-sign");
    /// ```
    pub fn code(&self) -> &'static str {
        Self::CODE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_text() {
        for code in ViolationCode::ALL {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::json!(code.as_str())
            );
        }
    }

    /// A code is read back from its text, and no other text is a code.
    #[test]
    fn a_code_is_read_from_its_text() {
        for &code in ViolationCode::ALL {
            assert_eq!(ViolationCode::from_text(code.as_str()), Some(code));
        }
        assert_eq!(
            WarningCode::from_text("ignored-field"),
            Some(WarningCode::IgnoredField)
        );
        assert_eq!(ViolationCode::from_text("Invalid-Id"), None);
    }

    /// Every enum of codes: its texts are kebab-case and unique.
    #[test]
    fn code_texts_are_unique_kebab_case() {
        use crate::TextErrorCode;

        let all: [Vec<&str>; 3] = [
            ViolationCode::ALL.iter().map(|c| c.as_str()).collect(),
            WarningCode::ALL.iter().map(|c| c.as_str()).collect(),
            TextErrorCode::ALL.iter().map(|c| c.as_str()).collect(),
        ];
        for mut texts in all {
            let count = texts.len();
            assert!(texts.iter().all(|t| crate::id::check_id(t).is_ok()));
            texts.sort();
            texts.dedup();
            assert_eq!(texts.len(), count);
        }
    }

    /// A key of the pack with a line break (or an escape sequence) in it stays on the
    /// violation's one line: it cannot write what looks like a finding of its own.
    #[test]
    fn a_violation_at_a_key_with_a_line_break_is_one_line() {
        let text = crate::BUNDLED_JSON.replacen(
            '{',
            "{\"x\\nfake.json: error: spoofed\\u001b[2J\": 1,",
            1,
        );
        let Err(error) = crate::ContentPack::from_json(&text) else {
            panic!("a pack with an unknown field loaded");
        };
        let violation = &error.violations()[0];
        assert_eq!(
            violation.path.as_str(),
            "/x\nfake.json: error: spoofed\u{1b}[2J"
        );
        let line = violation.to_string();
        assert!(
            line.starts_with("/x\\nfake.json: error: spoofed\\u{1b}[2J [unknown-field]: "),
            "{line}"
        );
        assert!(!line.contains(['\n', '\u{1b}']), "{line}");
    }

    #[test]
    fn a_syntax_error_is_one_violation_of_the_whole_pack() {
        let error = LoadError::from(SyntaxError {
            code: ViolationCode::JsonTruncated,
            line: 3,
            column: 7,
            message: "EOF while parsing an object".to_owned(),
        });
        let violations = error.violations();
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].code, ViolationCode::JsonTruncated);
        assert_eq!(violations[0].path, "");
        assert_eq!(violations[0].message, "EOF while parsing an object");
        assert_eq!(
            violations[0].to_string(),
            "(whole pack) [json-truncated]: EOF while parsing an object"
        );
    }
}
