//! Translating a pack: its texts handed to a translator with their JSON Pointers, the
//! translated texts written back into a pack that then loads with every check, and how
//! complete and how current each translation of a catalog is.
//!
//! A text is matched across packs by its path in the source pack; inside a list of items,
//! by the item's id, so that a translation whose items are in another order still gets
//! each text in its place.

#[cfg(feature = "po")]
pub mod po;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Serialize;
use serde_json::Value;

use crate::counted::Counted;
use crate::error::{Place, in_file};
use crate::texts::{load_translated, pack_value, texts};
use crate::{ContentPack, ContentVersion, Id, JsonPointer, LoadError, Loaded, Locale, Translation};

/// One text to translate: where it is in the source pack, the source's text, and the
/// translation's text at the same place, if there is one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct TranslationUnit {
    /// Where the text is in the source pack, such as `/signs/0/title`.
    pub path: JsonPointer,
    /// The source pack's text.
    pub source: String,
    /// The translated text; `None` where there is none yet.
    pub target: Option<String>,
    /// Whether the target is a guess for a person to check: it comes from a translation
    /// of another version of the source, whose text here was different
    /// ([`previous_source`](Self::previous_source)) or cannot be compared, as that version
    /// is not known. A translator's tool shows such a text as fuzzy, and a PO import
    /// leaves it out.
    pub fuzzy: bool,
    /// The source's text that the target translates, where it is not
    /// [`source`](Self::source): the text was reworded since. `None` where the target
    /// translates the source's text as it is, or where the text it translates is not known.
    pub previous_source: Option<String>,
}

impl TranslationUnit {
    /// A text to translate, with its translation if there is one, which translates the
    /// source's text as it is (not fuzzy).
    pub fn new(path: JsonPointer, source: String, target: Option<String>) -> TranslationUnit {
        TranslationUnit {
            path,
            source,
            target,
            fuzzy: false,
            previous_source: None,
        }
    }
}

/// Why translated texts could not be written into a pack.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Translated texts that cannot be written where their paths say, each with its path
    /// and why, all of them at once; nothing was written.
    ///
    /// ```
    /// use vt_content::{ImportError, JsonPointer, TextErrorCode, TranslationUnit};
    ///
    /// let unit = |path: &str, source: &str| TranslationUnit::new(
    ///     JsonPointer::parse(path).unwrap(), source.into(), Some("Cymraeg".into()));
    /// let source = vt_content::bundled();
    /// let error = vt_content::import_translation(source, None, &"cy".parse().unwrap(),
    ///     &source.version, &[
    ///         unit("/signs/0/id", "feeling-powerless"),
    ///         unit("/title", "Vicarious trauma"),
    ///     ]).unwrap_err();
    /// let ImportError::Texts(errors) = &error else { panic!("{error}") };
    /// assert_eq!(errors[0].path, "/signs/0/id");
    /// assert_eq!(errors[0].code, TextErrorCode::UnknownText);
    /// assert_eq!(errors[1].path, "/title");
    /// assert_eq!(errors[1].code, TextErrorCode::OtherSourceText);
    /// assert_eq!(error.code(), "text-errors");
    /// assert_eq!(
    ///     error.to_string(),
    ///     "2 translated texts cannot be written: \
    ///      /signs/0/id [unknown-text], /title [other-source-text]"
    /// );
    /// ```
    #[error(
        "{} cannot be written: {}",
        Counted(.0.len(), "translated text", "translated texts"),
        TextError::list(.0)
    )]
    Texts(Vec<TextError>),
    /// The pack with the translated texts breaks a rule of the pack format.
    ///
    /// ```
    /// use vt_content::{ImportError, JsonPointer, TranslationUnit};
    ///
    /// let unit = TranslationUnit::new(
    ///     JsonPointer::parse("/title").unwrap(),
    ///     "Vicarious traumatisation".into(),
    ///     Some(" Trawma ".into()),
    /// );
    /// let source = vt_content::bundled();
    /// let error = vt_content::import_translation(source, None, &"cy".parse().unwrap(),
    ///     &source.version, &[unit]).unwrap_err();
    /// assert!(matches!(error, ImportError::Invalid(_)));
    /// assert_eq!(error.code(), "invalid-pack");
    /// ```
    #[error("the translated pack is invalid: {0}")]
    Invalid(#[from] LoadError),
    /// A file of translated texts that cannot be read as one: a PO file's syntax, what
    /// the PO parser would misread (a `msgctxt` given twice, plural forms, ...), its
    /// header without the version it translates, or a file over `po::MAX_PO_BYTES` (with
    /// the `po` feature) or not UTF-8.
    ///
    /// ```
    /// # #[cfg(feature = "po")] {
    /// let error = vt_content::po::read_po("msgid \"unterminated").unwrap_err();
    /// assert!(matches!(error, vt_content::ImportError::Syntax(_)));
    /// assert_eq!(error.code(), "po-syntax");
    /// # }
    /// ```
    #[error("cannot read the translated texts: {0}")]
    Syntax(String),
    /// The earlier translation to write the texts into is in another language than the
    /// texts: nothing was written.
    ///
    /// ```
    /// use vt_content::ImportError;
    ///
    /// let source = vt_content::bundled();
    /// let error = vt_content::import_translation(source, Some(source), &"cy".parse().unwrap(),
    ///     &source.version, &[]).unwrap_err();
    /// assert!(matches!(&error, ImportError::OtherLocale { translation, .. } if translation == "en-GB"));
    /// assert_eq!(error.code(), "other-locale");
    /// ```
    #[error("the earlier translation is in {translation}, not in {locale}")]
    #[non_exhaustive]
    OtherLocale {
        /// The earlier translation's locale.
        translation: Locale,
        /// The locale of the texts.
        locale: Locale,
    },
    /// The earlier translation to write the texts into translates another version of the
    /// source than the texts (or does not say which): the texts it would keep may translate
    /// words the source has changed since, and it lacks what the source has gained, yet the
    /// pack would say it translates this version. Nothing was written. Write the texts into
    /// a copy of the source instead: a file written by `export-po --translation` holds the
    /// earlier translation's texts too, those reworded since marked fuzzy.
    ///
    /// ```
    /// use vt_content::ImportError;
    ///
    /// let source = vt_content::bundled();
    /// let welsh = "cy".parse().unwrap();
    /// let earlier = vt_content::import_translation(source, None, &welsh, &"1.0.0".parse().unwrap(), &[])?;
    /// let error = vt_content::import_translation(source, Some(&earlier.pack), &welsh,
    ///     &source.version, &[]).unwrap_err();
    /// assert!(matches!(&error, ImportError::OtherVersion { translates: Some(version), .. }
    ///     if version.to_string() == "1.0.0"));
    /// assert_eq!(error.code(), "other-version");
    /// assert_eq!(error.to_string(), format!(
    ///     "the earlier translation translates version 1.0.0 of the source, not {}", source.version));
    /// # Ok::<(), ImportError>(())
    /// ```
    #[error(
        "the earlier translation translates {} of the source, not {source_version}",
        .translates.as_ref().map_or("no stated version".to_owned(), |version| format!("version {version}"))
    )]
    #[non_exhaustive]
    OtherVersion {
        /// The version of the source the earlier translation translates; `None` when it
        /// does not say (it has no `translation`).
        translates: Option<ContentVersion>,
        /// The version of the source the texts translate.
        source_version: ContentVersion,
    },
    /// The earlier translation to write the texts into is a translation of another pack
    /// (its `id` is not the source's): nothing was written.
    ///
    /// ```
    /// use vt_content::ImportError;
    ///
    /// let source = vt_content::bundled();
    /// let welsh = "cy".parse().unwrap();
    /// let mut earlier = vt_content::import_translation(source, None, &welsh, &source.version, &[])?.pack;
    /// earlier.id = "another-pack".parse().unwrap();
    /// let error = vt_content::import_translation(source, Some(&earlier), &welsh,
    ///     &source.version, &[]).unwrap_err();
    /// assert!(matches!(&error, ImportError::OtherPack { translation, .. } if translation == "another-pack"));
    /// assert_eq!(error.code(), "other-pack");
    /// assert_eq!(error.to_string(),
    ///     "the earlier translation is of the pack another-pack, not of vicarious-traumatisation");
    /// # Ok::<(), ImportError>(())
    /// ```
    #[error("the earlier translation is of the pack {translation}, not of {pack}")]
    #[non_exhaustive]
    OtherPack {
        /// The earlier translation's pack id.
        translation: Id,
        /// The source pack's id.
        pack: Id,
    },
    /// The texts are in the source pack's own locale: a translation is in another one (a
    /// catalog has one pack per locale). Nothing was written.
    ///
    /// ```
    /// use vt_content::ImportError;
    ///
    /// let source = vt_content::bundled();
    /// let error = vt_content::import_translation(source, None, &"en-GB".parse().unwrap(),
    ///     &source.version, &[]).unwrap_err();
    /// assert!(matches!(&error, ImportError::SourceLocale { locale, .. } if locale == "en-GB"));
    /// assert_eq!(error.code(), "source-locale");
    /// assert_eq!(error.to_string(),
    ///     "the texts are in en-GB, the source pack's own locale: a translation is in another");
    /// ```
    #[error("the texts are in {locale}, the source pack's own locale: a translation is in another")]
    #[non_exhaustive]
    SourceLocale {
        /// The locale of the texts and of the source pack.
        locale: Locale,
    },
    /// The file of translated texts could not be read. The text names the file, as std's
    /// errors do not.
    ///
    /// ```
    /// # #[cfg(feature = "po")] {
    /// let error = vt_content::po::read_po_file("no/such/cy.po").unwrap_err();
    /// assert!(matches!(&error, vt_content::ImportError::Io { path: Some(path), .. }
    ///     if path.as_path() == std::path::Path::new("no/such/cy.po")));
    /// assert!(error.to_string().starts_with("no/such/cy.po: cannot read the file of translated texts: "));
    /// assert_eq!(error.code(), "io");
    /// # }
    /// ```
    #[error("{}cannot read the file of translated texts: {source}", in_file(.path.as_deref()))]
    #[non_exhaustive]
    Io {
        /// The file, as `po::read_po_file` was given it; `None` for a reader.
        path: Option<PathBuf>,
        /// Why it could not be read.
        #[source]
        source: std::io::Error,
    },
}

/// An error of a reader, which has no file name.
impl From<std::io::Error> for ImportError {
    fn from(source: std::io::Error) -> Self {
        ImportError::Io { path: None, source }
    }
}

impl ImportError {
    /// The stable code of the error: `text-errors` (each [`TextError`] has a code of its
    /// own), `invalid-pack` (each violation has a code of its own), `po-syntax`,
    /// `other-locale`, `other-version`, `other-pack`, `source-locale` or `io`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Texts(_) => "text-errors",
            ImportError::Invalid(_) => "invalid-pack",
            ImportError::Syntax(_) => "po-syntax",
            ImportError::OtherLocale { .. } => "other-locale",
            ImportError::OtherVersion { .. } => "other-version",
            ImportError::OtherPack { .. } => "other-pack",
            ImportError::SourceLocale { .. } => "source-locale",
            ImportError::Io { .. } => "io",
        }
    }
}

crate::error::codes! {
    /// Why a translated text cannot be written: the stable code of a [`TextError`]. The
    /// text of a code never changes.
    TextErrorCode {
        /// The path names no text of the source pack (an id, a typed value, or nothing).
        UnknownText = "unknown-text",
        /// The text has more than one translation: which one is meant cannot be told. Its
        /// path is named once.
        RepeatedText = "repeated-text",
        /// The unit's source text is not the source pack's text at its path: it was
        /// translated from another version of the pack, and would land on a text it does
        /// not translate.
        OtherSourceText = "other-source-text",
        /// The earlier translation written into has no place for the text: a paragraph or
        /// an item the source has gained since the version it translates. Write the texts
        /// into a copy of the source instead: a file written by `export-po --translation`
        /// holds the earlier translation's texts too.
        NoPlaceInTranslation = "no-place-in-translation",
    }
}

/// A translated text that cannot be written, with its path in the source pack.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct TextError {
    /// The text's path in the source pack, as the unit gives it.
    pub path: JsonPointer,
    /// Why it cannot be written.
    pub code: TextErrorCode,
}

impl TextError {
    /// What the code means for this text, in a sentence.
    pub fn message(&self) -> &'static str {
        match self.code {
            TextErrorCode::UnknownText => "no text of the source pack is here to translate",
            TextErrorCode::RepeatedText => "more than one translation of this text",
            TextErrorCode::OtherSourceText => {
                "the source text is not this pack's text here: it was translated from \
                 another version of the pack"
            }
            TextErrorCode::NoPlaceInTranslation => {
                "the earlier translation has no place for this text, which the source has \
                 gained since the version it translates; write the texts into a copy of the \
                 source instead: a file from export-po --translation holds the earlier \
                 translation's texts too"
            }
        }
    }

    /// The errors, each written `path [code]`, the first five and how many more.
    fn list(errors: &[TextError]) -> String {
        let shown = errors.iter().take(5);
        let shown = shown.map(|error| format!("{} [{}]", Place(&error.path), error.code));
        crate::report::first_and_more(shown, errors.len())
    }
}

impl std::fmt::Display for TextError {
    /// `path [code]: message`, as a violation of a pack is written.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} [{}]: {}",
            Place(&self.path),
            self.code,
            self.message()
        )
    }
}

/// Where the value at `path` in `source` is in `target`: the same path, but inside a list
/// of items, the index of the item with the same id.
fn locate(source: &Value, path: &JsonPointer, target: &Value) -> Option<JsonPointer> {
    locate_in(source, path, target, None)
}

/// Where the value at `path` in `source` is in `target`, a pack whose paragraphs may be
/// those of `earlier`, another version of the source (the target itself, or a translation
/// of it): as [`locate`] finds it, but where the target has as many paragraphs as that
/// version has there, a paragraph is found by its wording's place in that version, as
/// [`diff`](crate::diff) pairs paragraphs; one the source has gained since is in no place.
fn locate_in(
    source: &Value,
    path: &JsonPointer,
    target: &Value,
    earlier: Option<&Value>,
) -> Option<JsonPointer> {
    let (mut here, mut there, mut then) = (source, target, earlier);
    let mut located = JsonPointer::root();
    for token in path.tokens() {
        match (here, there) {
            (Value::Array(ours), Value::Array(theirs)) => {
                let index: usize = token.parse().ok()?;
                let item = ours.get(index)?;
                let old = then.and_then(Value::as_array);
                let at = match (item.get("id"), old) {
                    (Some(id), _) => theirs
                        .iter()
                        .position(|other| other.get("id") == Some(id))?,
                    (None, Some(old)) if item.is_string() && old.len() == theirs.len() => {
                        let pairs = crate::diff::pair_paragraphs(old, ours);
                        pairs.into_iter().find(|&(_, new)| new == Some(index))?.0?
                    }
                    (None, _) => index,
                };
                then = match item.get("id") {
                    Some(id) => old.and_then(|old| old.iter().find(|o| o.get("id") == Some(id))),
                    None => old.and_then(|old| old.get(at)),
                };
                (here, there) = (item, theirs.get(at)?);
                located = located.child(at);
            }
            (Value::Object(ours), Value::Object(theirs)) => {
                then = then.and_then(|old| old.get(&token));
                (here, there) = (ours.get(&token)?, theirs.get(&token)?);
                located = located.child(token);
            }
            _ => return None,
        }
    }
    Some(located)
}

/// The texts of `source` to translate, in document order, each with the text of
/// `translation` at the same place (an item matched by id), if a translation is given
/// and its text there is not the source's word for word: a text a translation has as the
/// source has it is still to translate, and a translator's tool shows it so. Labels are
/// texts too: a pack without labels has the en-GB ones.
///
/// A translation of another version of the source may translate texts that have been
/// reworded since. `translated_source` is the source pack at the version the translation
/// translates, when it is known: a text that differs there from the source's now is
/// [`fuzzy`](TranslationUnit::fuzzy), with that version's text as its
/// [`previous_source`](TranslationUnit::previous_source), and a paragraph is found in
/// the translation by its wording's place in that version, as [`diff`](crate::diff) pairs
/// paragraphs: one added since is still to translate, and those after it keep their
/// translations. Without it, every text the translation fills in is fuzzy, as none can be
/// compared; a `translated_source` of another version than the one translated is not used.
///
/// ```
/// let source = vt_content::bundled();
/// let units = vt_content::translation_units(source, None, None);
/// let title = units.iter().find(|unit| unit.path == "/title").unwrap();
/// assert_eq!(title.source, "Vicarious traumatisation");
/// assert_eq!(title.target, None);
/// assert!(!title.fuzzy);
/// assert!(units.iter().all(|unit| !unit.path.as_str().ends_with("/id")));
/// ```
///
/// A translation of an earlier version, whose title was worded otherwise:
///
/// ```
/// use vt_content::{JsonPointer, TranslationUnit};
///
/// let source = vt_content::bundled();
/// let mut earlier = source.clone();
/// earlier.version = "1.0.0".parse().unwrap();
/// earlier.title = "Vicarious trauma".into();
/// let title = TranslationUnit::new(JsonPointer::parse("/title").unwrap(),
///     earlier.title.clone(), Some("Trawma dirprwyol".into()));
/// let welsh = vt_content::import_translation(&earlier, None, &"cy".parse().unwrap(),
///     &earlier.version, &[title])?.pack;
///
/// let units = vt_content::translation_units(source, Some(&welsh), Some(&earlier));
/// let title = units.iter().find(|unit| unit.path == "/title").unwrap();
/// assert_eq!(title.target.as_deref(), Some("Trawma dirprwyol"));
/// assert!(title.fuzzy);
/// assert_eq!(title.previous_source.as_deref(), Some("Vicarious trauma"));
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn translation_units(
    source: &ContentPack,
    translation: Option<&ContentPack>,
    translated_source: Option<&ContentPack>,
) -> Vec<TranslationUnit> {
    let ours = pack_value(source);
    let theirs = translation.map(pack_value);
    // The version the translation translates, when it is not the source's version now.
    let translates = translation
        .and_then(|pack| pack.translation.as_ref())
        .map(|translation| &translation.source_version)
        .filter(|version| version.cmp_precedence(&source.version).is_ne());
    // The source as the translation knew it: `None` when it is this version, `Some(None)`
    // when it is another, not known.
    let earlier = translates.map(|version| {
        translated_source
            .filter(|old| old.version.cmp_precedence(version).is_eq())
            .map(pack_value)
    });
    texts(&ours)
        .into_iter()
        .map(|(path, text)| {
            let target = theirs.as_ref().and_then(|theirs| {
                // A translation of another version has that version's paragraphs.
                let at = locate_in(
                    &ours,
                    &path,
                    theirs,
                    earlier.as_ref().and_then(Option::as_ref),
                )?;
                let target = at.resolve(theirs)?.as_str()?;
                (target != text).then(|| target.to_owned())
            });
            let mut unit = TranslationUnit::new(path, text, target);
            if let (Some(earlier), Some(_)) = (&earlier, &unit.target) {
                // The source's text here in the version translated: `None` when that
                // version is not known, or has no text here.
                let before = earlier.as_ref().and_then(|old| {
                    let at = locate_in(&ours, &unit.path, old, Some(old))?;
                    at.resolve(old)?.as_str().map(str::to_owned)
                });
                unit.fuzzy = before.as_deref() != Some(unit.source.as_str());
                unit.previous_source = before.filter(|text| *text != unit.source);
            }
            unit
        })
        .collect()
}

/// Checks that texts in `locale` can translate `source`, written into `translation` (an
/// earlier translation) when one is given, as [`import_translation`] checks them before
/// any text: a tool that asks for texts to translate refuses what that import would
/// refuse, before anyone translates.
///
/// It refuses the source's own locale ([`ImportError::SourceLocale`]), and an earlier
/// translation in another locale ([`ImportError::OtherLocale`]) or of another pack
/// ([`ImportError::OtherPack`]). An earlier translation of another version of the source
/// is not refused here: [`translation_units`] marks its texts reworded since as fuzzy.
///
/// ```
/// use vt_content::ImportError;
///
/// let source = vt_content::bundled();
/// assert!(vt_content::check_translation(source, None, &"cy".parse().unwrap()).is_ok());
/// let error = vt_content::check_translation(source, None, &"en-GB".parse().unwrap())
///     .unwrap_err();
/// assert!(matches!(&error, ImportError::SourceLocale { locale, .. } if locale == "en-GB"));
/// let error = vt_content::check_translation(source, Some(source), &"cy".parse().unwrap())
///     .unwrap_err();
/// assert_eq!(error.to_string(), "the earlier translation is in en-GB, not in cy");
/// ```
pub fn check_translation(
    source: &ContentPack,
    translation: Option<&ContentPack>,
    locale: &Locale,
) -> Result<(), ImportError> {
    if locale.to_icu() == source.locale.to_icu() {
        return Err(ImportError::SourceLocale {
            locale: locale.clone(),
        });
    }
    let Some(earlier) = translation else {
        return Ok(());
    };
    if earlier.locale.to_icu() != locale.to_icu() {
        return Err(ImportError::OtherLocale {
            translation: earlier.locale.clone(),
            locale: locale.clone(),
        });
    }
    if earlier.id != source.id {
        return Err(ImportError::OtherPack {
            translation: earlier.id.clone(),
            pack: source.id.clone(),
        });
    }
    Ok(())
}

/// Writes translated texts into a pack, which then loads with every check.
///
/// The pack written into is `translation` (an earlier translation) or, without one, a
/// copy of `source`. Each unit with a non-empty target replaces the text at its path
/// (matched by item id); every other text, and everything else, stays as it was. A text
/// that cannot be written is refused, and every such text is named at once
/// ([`ImportError::Texts`], each with a [`TextErrorCode`]): a path that names no text, two
/// units with non-empty targets at one path, a unit whose source text is not the source's
/// text at its path (it was translated from another version), and a text the earlier
/// translation has no place for. Texts in the source's own locale are refused
/// ([`ImportError::SourceLocale`]). The
/// result has the `locale` given, says it translates `source_version` of the source pack,
/// and is a draft unless it updates an earlier translation and no text changed: no one has
/// reviewed the new words. An earlier translation is refused when it is in another locale
/// ([`ImportError::OtherLocale`]), of another pack ([`ImportError::OtherPack`]), or of
/// another version of the source than `source_version` ([`ImportError::OtherVersion`]):
/// the texts it kept might translate words since changed, yet the pack would say it
/// translates this version.
///
/// ```
/// use vt_content::{JsonPointer, ReviewStatus, TranslationUnit};
///
/// let source = vt_content::bundled();
/// let title = TranslationUnit::new(
///     JsonPointer::parse("/title").unwrap(),
///     source.title.clone(),
///     Some("Trawma dirprwyol".into()),
/// );
/// let loaded = vt_content::import_translation(
///     source, None, &"cy".parse().unwrap(), &source.version, &[title],
/// )?;
/// assert_eq!(loaded.pack.title, "Trawma dirprwyol");
/// assert_eq!(loaded.pack.locale, "cy");
/// assert_eq!(loaded.pack.summary, source.summary); // not in the file: unchanged
/// assert_eq!(loaded.pack.review.status, Some(ReviewStatus::Draft));
/// # Ok::<(), vt_content::ImportError>(())
/// ```
pub fn import_translation(
    source: &ContentPack,
    translation: Option<&ContentPack>,
    locale: &Locale,
    source_version: &ContentVersion,
    units: &[TranslationUnit],
) -> Result<Loaded, ImportError> {
    let translated = || {
        units.iter().filter(|unit| {
            unit.target
                .as_deref()
                .is_some_and(|target| !target.is_empty())
        })
    };
    check_translation(source, translation, locale)?;
    if let Some(earlier) = translation {
        let translates = earlier.translation.as_ref().map(|t| &t.source_version);
        if translates.is_none_or(|version| version.cmp_precedence(source_version).is_ne()) {
            return Err(ImportError::OtherVersion {
                translates: translates.cloned(),
                source_version: source_version.clone(),
            });
        }
    }
    let ours = pack_value(source);
    // Every text of the source, by its path.
    let source_texts: HashMap<JsonPointer, String> = texts(&ours).into_iter().collect();
    let mut pack = translation.map_or_else(|| ours.clone(), pack_value);
    // A new translation says something no one has reviewed, even in the source's words.
    let mut changed = translation.is_none();
    let mut errors: Vec<TextError> = Vec::new();
    let mut seen = HashSet::new();
    for unit in translated() {
        let error = |code| TextError {
            path: unit.path.clone(),
            code,
        };
        if !seen.insert(&unit.path) {
            // Named once, however many times it is given.
            let repeated = error(TextErrorCode::RepeatedText);
            if !errors.contains(&repeated) {
                errors.push(repeated);
            }
            continue;
        }
        let Some(text) = source_texts.get(&unit.path) else {
            errors.push(error(TextErrorCode::UnknownText));
            continue;
        };
        if *text != unit.source {
            errors.push(error(TextErrorCode::OtherSourceText));
            continue;
        }
        let target = unit.target.as_deref().unwrap_or_default();
        let slot = locate(&ours, &unit.path, &pack).and_then(|at| pack.pointer_mut(at.as_str()));
        match slot {
            Some(Value::String(text)) => {
                if text != target {
                    target.clone_into(text);
                    changed = true;
                }
            }
            _ => errors.push(error(TextErrorCode::NoPlaceInTranslation)),
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Texts(errors));
    }
    if changed {
        let review = &mut pack["review"];
        review["status"] = "draft".into();
        if let Value::Object(review) = review {
            review.remove("last_reviewed");
            review.remove("reviewed_by");
        }
    }
    let translation = Translation::new(source.locale.clone(), source_version.clone());
    Ok(load_translated(pack, locale.as_str(), translation)?)
}

/// How complete and how current a translation is, against its catalog's source pack.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content")
)]
#[non_exhaustive]
pub struct TranslationStatus {
    /// The translation's locale.
    pub locale: Locale,
    /// The version of the source pack it translates.
    pub translates: ContentVersion,
    /// The source pack's version now.
    pub source_version: ContentVersion,
    /// Whether the source has moved on since the version translated (by semver's
    /// precedence: build metadata, as in `1.1.0+build.2`, makes no other version).
    pub stale: bool,
    /// How many texts the source pack has (labels included).
    pub texts: u32,
    /// How many of them the translation has in other words than the source's.
    pub translated: u32,
    /// The share of texts translated, in whole percent (rounded down).
    pub percent_translated: u32,
    /// The texts the translation lacks or has word for word as the source (now, or in the
    /// version translated): a name such as "Samaritans" may rightly stay, most others are
    /// still to translate.
    pub untranslated: Vec<JsonPointer>,
    /// The source's texts that changed since the version translated (reworded, added),
    /// from a diff with that version; absent (None in Rust, null in Kotlin, nil in Swift)
    /// when the catalog does not have that version.
    pub changed_since: Option<Vec<JsonPointer>>,
}

impl TranslationStatus {
    /// The status of `translation` against `source`; `translated_source` is the source
    /// pack at the version the translation translates, when it is known.
    pub fn new(
        source: &ContentPack,
        translation: &ContentPack,
        translated_source: Option<&ContentPack>,
    ) -> TranslationStatus {
        let units = translation_units(source, Some(translation), translated_source);
        // A target the same as the source's text is none (see translation_units); one the
        // same as the source's text in the version translated is its previous source.
        let untranslated: Vec<JsonPointer> = units
            .iter()
            .filter(|unit| {
                unit.target
                    .as_ref()
                    .is_none_or(|target| Some(target) == unit.previous_source.as_ref())
            })
            .map(|unit| unit.path.clone())
            .collect();
        let translates = translation
            .translation
            .as_ref()
            .map_or_else(|| source.version.clone(), |t| t.source_version.clone());
        let changed_since = changed_since(source, &translates, translated_source);
        // A pack has far fewer texts than u32 counts (its size is limited).
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let texts = count(units.len());
        let translated = count(units.len() - untranslated.len());
        TranslationStatus {
            locale: translation.locale.clone(),
            stale: translates.cmp_precedence(&source.version).is_lt(),
            translates,
            source_version: source.version.clone(),
            texts,
            translated,
            percent_translated: (translated * 100).checked_div(texts).unwrap_or(100),
            untranslated,
            changed_since,
        }
    }
}

/// The texts of `source` that changed since version `translates` of it: none when that is
/// its version, those the diff with `translated_source` names when that is the version
/// translated, `None` when it is not known.
pub(crate) fn changed_since(
    source: &ContentPack,
    translates: &ContentVersion,
    translated_source: Option<&ContentPack>,
) -> Option<Vec<JsonPointer>> {
    if translates.cmp_precedence(&source.version).is_eq() {
        return Some(Vec::new());
    }
    translated_source
        .filter(|old| old.version.cmp_precedence(translates).is_eq())
        .map(|old| crate::diff(old, source).changed_texts().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A translation of the bundled pack's text at `path` (an empty source text where it
    /// has none).
    fn unit(path: &str, target: &str) -> TranslationUnit {
        let path = JsonPointer::parse(path).unwrap();
        let bundled = pack_value(crate::bundled());
        let source = path.resolve(&bundled).and_then(Value::as_str);
        TranslationUnit::new(
            path,
            source.unwrap_or_default().to_owned(),
            Some(target.to_owned()),
        )
    }

    fn welsh() -> Locale {
        "cy".parse().unwrap()
    }

    #[test]
    fn importing_changes_only_the_texts_in_the_file() {
        let source = crate::bundled();
        let first = import_translation(
            source,
            None,
            &welsh(),
            &source.version,
            &[unit("/title", "Teitl"), unit("/signs/1/title", "Arwydd")],
        )
        .unwrap()
        .pack;
        // A second file with one text, into the first translation: the rest stays.
        let second = import_translation(
            source,
            Some(&first),
            &welsh(),
            &source.version,
            &[unit("/summary/0", "Crynodeb")],
        )
        .unwrap()
        .pack;
        let before = texts(&pack_value(&first));
        let after = texts(&pack_value(&second));
        assert_eq!(before.len(), after.len());
        for ((path, old), (same_path, new)) in before.iter().zip(&after) {
            assert_eq!(path, same_path);
            if path == "/summary/0" {
                assert_eq!(new, "Crynodeb");
            } else {
                assert_eq!(old, new, "{path} changed");
            }
        }
        assert_eq!(second.title, "Teitl");
        assert_eq!(second.signs[1].title, "Arwydd");
        assert_eq!(second.urgent_help, source.urgent_help);
    }

    /// A reviewed translation stays reviewed only when nothing it says changes. One in
    /// another language, or of another version of the source than the texts, is refused.
    #[test]
    fn a_reviewed_translation_stays_reviewed_only_for_the_same_words_and_source() {
        use crate::{ReviewStatus, Reviewer};

        let source = crate::bundled();
        let mut reviewed = import_translation(source, None, &welsh(), &source.version, &[])
            .unwrap()
            .pack;
        reviewed.review.status = Some(ReviewStatus::Reviewed);
        reviewed.review.last_reviewed = source.review.next_review_due.pred_opt();
        reviewed.review.reviewed_by = Some(Reviewer {
            role: "Cyfieithydd".into(),
            organisation: "Tîm".into(),
        });
        let status = |version: &ContentVersion, units: &[TranslationUnit]| {
            let loaded = import_translation(source, Some(&reviewed), &welsh(), version, units);
            loaded.unwrap().pack.review.status
        };
        assert_eq!(status(&source.version, &[]), Some(ReviewStatus::Reviewed));
        assert_eq!(
            status(&source.version, &[unit("/title", "Teitl")]),
            Some(ReviewStatus::Draft)
        );
        let older: ContentVersion = "1.0.0".parse().unwrap();
        let error = import_translation(source, Some(&reviewed), &welsh(), &older, &[]);
        assert!(matches!(
            error,
            Err(ImportError::OtherVersion { translates: Some(version), source_version })
                if version == source.version && source_version == older
        ));
        let german: Locale = "de".parse().unwrap();
        let error = import_translation(source, Some(&reviewed), &german, &source.version, &[]);
        assert!(matches!(error, Err(ImportError::OtherLocale { locale, .. }) if locale == german));
    }

    #[test]
    fn items_are_matched_by_id_in_a_translation_in_another_order() {
        let source = crate::bundled();
        let mut reordered = import_translation(source, None, &welsh(), &source.version, &[])
            .unwrap()
            .pack;
        reordered.signs[0].title = "Teimlo'n ddiymadferth".to_owned();
        reordered.signs.reverse();
        let id = source.signs[0].id.clone();
        let units = translation_units(source, Some(&reordered), None);
        let target = |path: &str| {
            let unit = units.iter().find(|unit| unit.path == path).unwrap();
            unit.target.as_deref()
        };
        assert_eq!(target("/signs/0/title"), Some("Teimlo'n ddiymadferth"));
        // A text the translation has as the source has it is still to translate.
        assert_eq!(target("/signs/1/title"), None);
        let imported = import_translation(
            source,
            Some(&reordered),
            &welsh(),
            &source.version,
            &[unit("/signs/0/title", "Teimlo'n ddi-rym")],
        )
        .unwrap()
        .pack;
        assert_eq!(
            imported.sign(id.as_str()).unwrap().title,
            "Teimlo'n ddi-rym"
        );
        assert_eq!(imported.signs.last().unwrap().id, id);
    }

    /// A translation of an earlier version fills in its texts: those the source has
    /// reworded since are fuzzy, with the earlier wording; all of them are fuzzy when that
    /// version is not known.
    #[test]
    fn texts_reworded_since_the_version_translated_are_fuzzy() {
        let source = crate::bundled();
        let mut earlier = source.clone();
        earlier.version = "1.0.0".parse().unwrap();
        earlier.summary[0] = "An earlier first line.".to_owned();
        earlier.signs.reverse();
        earlier.signs[0].title = "An earlier title".to_owned();
        let reworded_sign = earlier.signs[0].id.clone();
        let translation = import_translation(
            &earlier,
            None,
            &welsh(),
            &earlier.version,
            &[
                TranslationUnit::new(
                    JsonPointer::parse("/summary/0").unwrap(),
                    earlier.summary[0].clone(),
                    Some("Llinell gyntaf".into()),
                ),
                TranslationUnit::new(
                    JsonPointer::parse("/signs/0/title").unwrap(),
                    earlier.signs[0].title.clone(),
                    Some("Teitl cynharach".into()),
                ),
                TranslationUnit::new(
                    JsonPointer::parse("/title").unwrap(),
                    earlier.title.clone(),
                    Some("Trawma".into()),
                ),
            ],
        )
        .unwrap()
        .pack;
        let sign = source
            .signs
            .iter()
            .position(|sign| sign.id == reworded_sign)
            .unwrap();
        let sign_title = format!("/signs/{sign}/title");
        let filled = |units: Vec<TranslationUnit>| -> Vec<(String, bool, Option<String>)> {
            units
                .into_iter()
                .filter(|unit| unit.target.is_some())
                .map(|unit| (unit.path.to_string(), unit.fuzzy, unit.previous_source))
                .collect()
        };
        let known = filled(translation_units(
            source,
            Some(&translation),
            Some(&earlier),
        ));
        assert_eq!(
            known,
            [
                ("/title".to_owned(), false, None),
                (
                    "/summary/0".to_owned(),
                    true,
                    Some("An earlier first line.".to_owned())
                ),
                (
                    sign_title.clone(),
                    true,
                    Some("An earlier title".to_owned())
                ),
            ]
        );
        // Not known, or known only at another version: every text filled in is fuzzy.
        let mut other_version = earlier.clone();
        other_version.version = "1.0.1".parse().unwrap();
        for translated_source in [None, Some(&other_version)] {
            let unknown = filled(translation_units(
                source,
                Some(&translation),
                translated_source,
            ));
            assert_eq!(
                unknown,
                [
                    ("/title".to_owned(), true, None),
                    ("/summary/0".to_owned(), true, None),
                    (sign_title.clone(), true, None),
                ]
            );
        }
        // The texts are not written into it as this version's: some translate the older
        // words.
        let error = import_translation(source, Some(&translation), &welsh(), &source.version, &[]);
        assert!(matches!(error, Err(ImportError::OtherVersion { .. })));
        // A translation of this version is current.
        let retranslated = |path: &str, source_text: &str, target: &str| {
            TranslationUnit::new(
                JsonPointer::parse(path).unwrap(),
                source_text.to_owned(),
                Some(target.to_owned()),
            )
        };
        let current = import_translation(
            source,
            None,
            &welsh(),
            &source.version,
            &[
                retranslated("/title", &source.title, "Trawma"),
                retranslated("/summary/0", &source.summary[0], "Llinell gyntaf"),
                retranslated(&sign_title, &source.signs[sign].title, "Teitl"),
            ],
        )
        .unwrap()
        .pack;
        let units = translation_units(source, Some(&current), Some(&earlier));
        assert!(
            units
                .iter()
                .all(|unit| !unit.fuzzy && unit.previous_source.is_none())
        );
        assert_eq!(units.iter().filter(|unit| unit.target.is_some()).count(), 3);
    }

    /// A paragraph the source has gained since the version translated shifts the ones after
    /// it: each is found in the translation by its wording's place in that version, so the
    /// new one is still to translate and the ones after keep their translations. Without
    /// that version, they are found by position, all fuzzy.
    #[test]
    fn paragraphs_are_found_in_a_translation_of_another_version_by_their_wording() {
        let source = crate::bundled();
        let mut earlier = source.clone();
        earlier.version = "1.0.0".parse().unwrap();
        earlier.summary.remove(1);
        earlier.summary[0] = "An earlier first line.".to_owned();
        let summary = |i: usize, text: &str, target: &str| {
            TranslationUnit::new(
                JsonPointer::parse(&format!("/summary/{i}")).unwrap(),
                text.to_owned(),
                Some(target.to_owned()),
            )
        };
        let translation = import_translation(
            &earlier,
            None,
            &welsh(),
            &earlier.version,
            &[
                summary(0, &earlier.summary[0], "Llinell gyntaf"),
                summary(1, &earlier.summary[1], "Y drydedd"),
            ],
        )
        .unwrap()
        .pack;
        let found = |translated_source| -> Vec<(Option<String>, bool, Option<String>)> {
            translation_units(source, Some(&translation), translated_source)
                .into_iter()
                .filter(|unit| unit.path.as_str().starts_with("/summary/"))
                .map(|unit| (unit.target, unit.fuzzy, unit.previous_source))
                .collect()
        };
        let text = |t: &str| Some(t.to_owned());
        assert_eq!(
            found(Some(&earlier)),
            [
                (text("Llinell gyntaf"), true, text("An earlier first line.")),
                (None, false, None),
                (text("Y drydedd"), false, None),
            ]
        );
        assert_eq!(
            found(None),
            [
                (text("Llinell gyntaf"), true, None),
                (text("Y drydedd"), true, None),
                (None, false, None),
            ]
        );
    }

    /// The paragraphs of an item are found by their wording in the same item (by id) of the
    /// version translated, not in another item of it: an example the source has gained
    /// since, before the one translated, is still to translate, and the one translated
    /// keeps its translation.
    #[test]
    fn an_items_paragraphs_are_found_by_their_wording_in_that_item_of_the_version_translated() {
        let source = crate::bundled();
        let practice = source.practices.len() - 1;
        let mut earlier = source.clone();
        earlier.version = "1.0.0".parse().unwrap();
        earlier.practices[practice].examples.remove(0);
        let path = |i: usize| format!("/practices/{practice}/examples/{i}");
        let translation = import_translation(
            &earlier,
            None,
            &welsh(),
            &earlier.version,
            &[TranslationUnit::new(
                JsonPointer::parse(&path(0)).unwrap(),
                earlier.practices[practice].examples[0].clone(),
                Some("Enghraifft".to_owned()),
            )],
        )
        .unwrap()
        .pack;
        let units = translation_units(source, Some(&translation), Some(&earlier));
        let found = |i: usize| {
            let unit = units.iter().find(|unit| unit.path == path(i).as_str());
            let unit = unit.unwrap();
            (
                unit.target.as_deref(),
                unit.fuzzy,
                unit.previous_source.as_deref(),
            )
        };
        assert_eq!(found(0), (None, false, None));
        assert_eq!(found(1), (Some("Enghraifft"), false, None));
    }

    /// Every text that cannot be written is named at once, in the units' order, each with
    /// its code: a path with no text, a text given twice (named once), a source text of
    /// another version, a text the earlier translation has no place for.
    #[test]
    fn every_text_that_cannot_be_written_is_reported_at_once() {
        let source = crate::bundled();
        let mut earlier = import_translation(source, None, &welsh(), &source.version, &[])
            .unwrap()
            .pack;
        earlier.summary.pop();
        let last = format!("/summary/{}", earlier.summary.len());
        let mut other_version = unit("/summary/0", "Crynodeb");
        other_version.source = "An earlier first line.".to_owned();
        let error = import_translation(
            source,
            Some(&earlier),
            &welsh(),
            &source.version,
            &[
                unit("/nothing", "x"),
                unit("/title", "Teitl"),
                unit("/locale", "fr"),
                unit("/title", "Teitl arall"),
                other_version,
                unit(&last, "Paragraff newydd"),
                unit("/title", "Trydydd"),
            ],
        )
        .unwrap_err();
        let ImportError::Texts(errors) = &error else {
            panic!("{error}");
        };
        let found: Vec<(&str, &str)> = errors
            .iter()
            .map(|error| (error.path.as_str(), error.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("/nothing", "unknown-text"),
                ("/locale", "unknown-text"),
                ("/title", "repeated-text"),
                ("/summary/0", "other-source-text"),
                (last.as_str(), "no-place-in-translation"),
            ]
        );
        assert_eq!(
            error.to_string(),
            format!(
                "5 translated texts cannot be written: /nothing [unknown-text], /locale \
                 [unknown-text], /title [repeated-text], /summary/0 [other-source-text], \
                 {last} [no-place-in-translation]"
            )
        );
        assert_eq!(
            errors[2].to_string(),
            "/title [repeated-text]: more than one translation of this text"
        );
    }

    #[test]
    fn a_text_for_the_whole_pack_is_named_so() {
        let source = crate::bundled();
        let error = import_translation(source, None, &welsh(), &source.version, &[unit("", "x")])
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "1 translated text cannot be written: (whole pack) [unknown-text]"
        );
    }

    #[test]
    fn a_status_counts_texts_and_names_what_changed_since() {
        let old = crate::bundled();
        let translation = import_translation(
            old,
            None,
            &welsh(),
            &old.version,
            &[unit("/title", "Teitl")],
        )
        .unwrap()
        .pack;
        let mut new = old.clone();
        new.summary[0] = "A new first line of the summary.".to_owned();
        let semver = old.version.as_semver();
        new.version = format!("{}.{}.{}", semver.major, semver.minor, semver.patch + 1)
            .parse()
            .unwrap();
        let status = TranslationStatus::new(&new, &translation, Some(old));
        assert!(status.stale);
        assert_eq!(status.translated, 1);
        assert_eq!(
            status.texts as usize,
            translation_units(&new, None, None).len()
        );
        assert_eq!(status.untranslated.len(), status.texts as usize - 1);
        assert_eq!(status.changed_since.unwrap(), ["/summary/0"]);
        assert_eq!(
            TranslationStatus::new(&new, &translation, None).changed_since,
            None
        );
        let current = TranslationStatus::new(old, &translation, None);
        assert!(!current.stale);
        assert_eq!(current.changed_since, Some(vec![]));
        assert_eq!(current.percent_translated, 100 / current.texts);
    }
}
