//! A catalog of packs, one per locale: BCP 47 fallback, negotiation and translation status.
//!
//! A [`Catalog`] holds one source pack (the one without a `translation`) and its
//! translations, checked together: every pack has the source's pack id and the same item
//! ids, there is one pack per locale, and each translation names the source's locale and
//! the version it translated. [`Catalog::get`] picks a pack for a language tag with
//! ICU4X's [`LocaleFallbacker`] (CLDR's parent locales), and [`Catalog::negotiate`] picks
//! one for a reader's ordered preferences, such as an `Accept-Language` header.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use icu_locale::fallback::LocaleFallbackConfig;
use icu_locale::{DataLocale, LocaleExpander, LocaleFallbacker};
use serde::Serialize;

use crate::counted::Counted;
use crate::error::{LoadError, Violation, ViolationCode, Warning, WarningCode};
use crate::translate::changed_since;
use crate::{
    ChangeKind, ContentPack, ContentVersion, ErrorReport, JsonPointer, Locale, TranslationStatus,
};

/// The packs of one content in every language it has, with the source pack as default.
///
/// ```
/// let catalog = vt_content::bundled_catalog();
/// assert_eq!(catalog.locales(), ["en-GB"]);
/// assert_eq!(catalog.get("en-US").locale, "en-GB"); // en-US → en → the en-GB pack
/// assert_eq!(catalog.get("cy-GB").locale, "en-GB"); // cy-GB → cy → the default
/// let best = catalog.negotiate_header("cy;q=0.9, en-US, *;q=0.1");
/// assert_eq!(best.requested.unwrap(), "en-US");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// The packs, sorted by locale.
    packs: Vec<ContentPack>,
    /// Each pack's locale as lookup reads it, made once, in the packs' order.
    forms: Vec<LookupForms>,
    /// The index of the source pack, the default.
    default: usize,
    warnings: Vec<CatalogWarning>,
    /// Earlier versions of the source pack, to name what changed since a translation.
    released: Vec<ContentPack>,
}

/// A file's name as text to show a person, as [`shown_path`](crate::shown_path) shows it:
/// a name is kept as given (or, read from a directory, as shown), and shown in texts.
fn shown(name: &str) -> String {
    crate::shown_path(Path::new(name))
}

/// A pack file of a catalog that did not load, with its report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FileError {
    /// The file's name in the catalog's directory (`released/NAME` for an earlier version
    /// of the source pack), as [`shown_path`](crate::shown_path) shows it; for
    /// [`Catalog::from_texts`], the name as given.
    pub file: String,
    /// Why it did not load: every violation in it, or, for a file that could not be read
    /// (kind `io`, no violations), why in its summary.
    pub report: ErrorReport,
}

/// A pack that breaks a rule of the catalog, such as one pack per locale.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content", str)
)]
#[non_exhaustive]
pub struct CatalogViolation {
    /// The pack's file name in the catalog's directory, or the name it was given (its
    /// locale, for a catalog made of packs); `""` for the catalog as a whole.
    pub file: String,
    /// The rule it breaks, where in the pack, and what to do.
    pub violation: Violation,
}

/// Something an editor of a catalog should know, such as a stale translation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, hash, get_all, module = "vt_content", str)
)]
#[non_exhaustive]
pub struct CatalogWarning {
    /// The pack's file name in the catalog's directory, or the name it was given (its
    /// locale, for a catalog made of packs).
    pub file: String,
    /// The warning.
    pub warning: Warning,
}

/// Why a catalog could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// The directory could not be read.
    ///
    /// ```
    /// let error = vt_content::Catalog::from_dir("no/such/packs").unwrap_err();
    /// let vt_content::CatalogError::Io { path, source, .. } = &error else { unreachable!() };
    /// assert_eq!(path, std::path::Path::new("no/such/packs"));
    /// assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
    /// assert!(error.to_string().starts_with("cannot read the catalog directory no/such/packs: "));
    /// ```
    #[error("cannot read the catalog directory {}: {source}", crate::shown_path(.path))]
    #[non_exhaustive]
    Io {
        /// The directory, as [`from_dir`](Catalog::from_dir) was given it.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// Packs that did not load and rules of the catalog that packs break, all at once.
    ///
    /// Its text is a line of counts, then a line for each of the first 20 problems: a file
    /// that did not load, with its report's one line, or a catalog violation. `files` and
    /// `violations` hold every one, with every violation of each file.
    ///
    /// ```
    /// use vt_content::{Catalog, CatalogError, ViolationCode};
    ///
    /// let texts = [("en-GB.json", vt_content::BUNDLED_JSON), ("cy.json", "{")];
    /// let error = Catalog::from_texts(texts).unwrap_err();
    /// let CatalogError::Invalid { files, violations, .. } = &error else { unreachable!() };
    /// assert_eq!(files[0].file, "cy.json");
    /// assert_eq!(files[0].report.violations[0].code, ViolationCode::JsonTruncated);
    /// assert!(violations.is_empty());
    /// assert_eq!(
    ///     error.to_string().lines().next(),
    ///     Some("the catalog is invalid: 1 file did not load, 0 catalog violations")
    /// );
    /// ```
    #[error("{}", summarise(.files, .violations))]
    #[non_exhaustive]
    Invalid {
        /// Every file that did not load, with its report, in file-name order.
        files: Vec<FileError>,
        /// Every catalog rule broken, in file-name order; a rule of the catalog as a whole
        /// (file `""`) comes last.
        violations: Vec<CatalogViolation>,
    },
}

fn summarise(files: &[FileError], violations: &[CatalogViolation]) -> String {
    let header = format!(
        "the catalog is invalid: {} did not load, {}",
        Counted(files.len(), "file", "files"),
        Counted(violations.len(), "catalog violation", "catalog violations")
    );
    let problems = (files.iter())
        .map(|file| format!("{}: {}", shown(&file.file), file.report.summary))
        .chain(violations.iter().map(|v| format!("{v}")));
    let count = files.len() + violations.len();
    let mut lines: Vec<String> = [header]
        .into_iter()
        .chain(problems.take(SUMMARISED))
        .collect();
    if count > SUMMARISED {
        lines.push(format!("and {} more", count - SUMMARISED));
    }
    lines.join("\n")
}

/// How many problems the text of an invalid catalog names, each on a line of its own: a
/// file that did not load as its report's one line (how many violations, and the first),
/// a catalog violation whole. The error itself holds them all.
const SUMMARISED: usize = 20;

impl fmt::Display for CatalogViolation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = if self.file.is_empty() {
            "(catalog)".to_owned()
        } else {
            shown(&self.file)
        };
        write!(f, "{file}: {}", self.violation)
    }
}

impl fmt::Display for CatalogWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", shown(&self.file), self.warning)
    }
}

/// The pack chosen for a reader's preferences, and which preference it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Negotiated<'a> {
    /// The pack.
    pub pack: &'a ContentPack,
    /// The reader's preference that the pack answers, or `None` when no preference
    /// matched and the pack is the catalog's default.
    pub requested: Option<Locale>,
}

/// The bundled catalog: the bundled packs, today the en-GB pack alone. A translation
/// ships only once a person has reviewed it.
pub fn bundled_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| match Catalog::from_packs([crate::bundled().clone()]) {
        Ok(catalog) => catalog,
        Err(error) => panic!("the bundled catalog is invalid: {error}"),
    })
}

impl Catalog {
    /// A catalog of packs already loaded, each named by its locale in violations. The
    /// catalog's rules are checked, not the packs' own again: a pack whose fields were
    /// changed after its load is checked by loading its JSON
    /// (`ContentPack::from_json(&pack.to_json())`).
    pub fn from_packs(
        packs: impl IntoIterator<Item = ContentPack>,
    ) -> Result<Catalog, CatalogError> {
        let named = packs
            .into_iter()
            .map(|pack| (pack.locale.to_string(), pack))
            .collect();
        build(named, Vec::new(), Vec::new())
    }

    /// A catalog of packs given as JSON texts, each under the name a violation gives it,
    /// such as its file name: for packs that are not files in a directory, as an
    /// Android app's assets are not. A name that starts with `released/` is an earlier
    /// version of the source pack, as a file in the directory's `released/` folder is.
    /// Every pack that does not load and every catalog rule broken are reported at once,
    /// as [`Catalog::from_dir`] reports them: each under its name as given, which the
    /// errors' texts show as a file's is (its control characters and changes of direction
    /// escaped, as [`shown_path`](crate::shown_path) writes them).
    ///
    /// ```
    /// use vt_content::Catalog;
    ///
    /// let welsh = vt_content::BUNDLED_JSON
    ///     .replacen("\"locale\": \"en-GB\"", "\"locale\": \"cy\"", 1)
    ///     .replacen("\n  \"review\"", "\n  \"translation\": {\"source_locale\": \"en-GB\", \
    ///         \"source_version\": \"1.1.1\"},\n  \"review\"", 1);
    /// let catalog = Catalog::from_texts([
    ///     ("en-GB.json", vt_content::BUNDLED_JSON.to_owned()),
    ///     ("cy.json", welsh),
    /// ])?;
    /// assert_eq!(catalog.get("cy-GB").locale, "cy");
    ///
    /// let Err(error) = Catalog::from_texts([("en-GB.json", "{}".to_owned())]) else {
    ///     panic!("an empty pack makes no catalog");
    /// };
    /// assert!(error.to_string().contains("en-GB.json"));
    /// # Ok::<(), vt_content::CatalogError>(())
    /// ```
    pub fn from_texts<N: Into<String>, T: AsRef<[u8]>>(
        texts: impl IntoIterator<Item = (N, T)>,
    ) -> Result<Catalog, CatalogError> {
        let mut named: Vec<(String, T)> = texts
            .into_iter()
            .map(|(name, text)| (name.into(), text))
            .collect();
        named.sort_by(|a, b| a.0.cmp(&b.0));
        let (mut packs, mut released, mut errors) = (Vec::new(), Vec::new(), Vec::new());
        for (file, text) in named {
            match ContentPack::from_slice(text.as_ref()) {
                Ok(loaded) if file.starts_with("released/") => released.push(loaded.pack),
                Ok(loaded) => packs.push((file, loaded.pack)),
                Err(error) => errors.push(FileError {
                    file,
                    report: error.report(),
                }),
            }
        }
        build(packs, errors, released)
    }

    /// Whether [`Catalog::from_dir`] reads `file` as a pack: a name that ends in `.json`,
    /// in any case (`cy.JSON` too, as a Windows editor may save it).
    ///
    /// ```
    /// use vt_content::Catalog;
    ///
    /// assert!(Catalog::reads("packs/cy.JSON".as_ref()));
    /// assert!(!Catalog::reads("packs/notes.txt".as_ref()));
    /// ```
    pub fn reads(file: &Path) -> bool {
        file.extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
    }

    /// Loads every `*.json` file of a directory ([`Catalog::reads`]) as a pack of the
    /// catalog, and reports every file that does not load and every catalog rule broken,
    /// all at once. An entry named `*.json` that is not a file to read (a directory, a
    /// broken link) is reported as a file that does not load, and a FIFO is read as
    /// [`ContentPack::from_path`] reads one.
    ///
    /// Earlier versions of the source pack may be kept in the directory's `released/`
    /// folder (as `content/released/` keeps the bundled pack's): a translation of one of
    /// them is then told which texts changed since ([`Catalog::translation_status`]);
    /// anything else named `released` is reported as a file that does not load. A file
    /// name is shown as [`shown_path`](crate::shown_path) shows it.
    pub fn from_dir(path: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let path = path.as_ref();
        let mut errors = Vec::new();
        let packs = load_dir(path, "", &mut errors)?;
        let released = path.join("released");
        let released = if released.is_dir() {
            load_dir(&released, "released/", &mut errors)?
        } else {
            // Anything else named `released` (a file, a broken link) is not what it should be.
            if released.symlink_metadata().is_ok() {
                let error = std::io::Error::other("it is not a directory of released packs");
                errors.push(FileError {
                    file: "released".to_owned(),
                    report: LoadError::from(error).report(),
                });
            }
            Vec::new()
        };
        build(
            packs,
            errors,
            released.into_iter().map(|(_, pack)| pack).collect(),
        )
    }

    /// The locales of the packs, sorted.
    pub fn locales(&self) -> Vec<&Locale> {
        self.packs.iter().map(|pack| &pack.locale).collect()
    }

    /// The packs, sorted by locale.
    pub fn packs(&self) -> &[ContentPack] {
        &self.packs
    }

    /// Where `pack` is in [`packs`](Catalog::packs), when it is one of this catalog's own
    /// (the very pack, not an equal one), as [`get`](Catalog::get) and the negotiations
    /// give them: for a binding that makes each pack's object once and gives it again.
    ///
    /// ```
    /// let catalog = vt_content::bundled_catalog();
    /// assert_eq!(catalog.position(catalog.get("en-US")), Some(0));
    /// assert_eq!(catalog.position(vt_content::bundled()), None); // equal, not the catalog's own
    /// ```
    pub fn position(&self, pack: &ContentPack) -> Option<usize> {
        self.packs.iter().position(|own| std::ptr::eq(own, pack))
    }

    /// The source pack, which every other pack translates: the final fallback.
    pub fn default_pack(&self) -> &ContentPack {
        &self.packs[self.default]
    }

    /// What the catalog's editors should know: translations whose source has moved on
    /// (`stale-translation`), or that name a version the source has not reached
    /// (`future-source-version`), and each place where a translation differs from its
    /// source other than in its texts, such as a contact's number (`differs-from-source`);
    /// and pack files named for a locale whose readers get another pack
    /// (`file-named-for-another-locale`), in file order. Each pack's own load warnings are
    /// not repeated here.
    pub fn warnings(&self) -> &[CatalogWarning] {
        &self.warnings
    }

    /// How complete and how current each translation is, in locale order: its texts
    /// translated, and the texts of the source that changed since the version it
    /// translates (named when the catalog has that version, see [`Catalog::from_dir`]).
    ///
    /// ```
    /// use vt_content::{Catalog, JsonPointer, TranslationUnit};
    ///
    /// let source = vt_content::bundled();
    /// let title = TranslationUnit::new(JsonPointer::parse("/title").unwrap(),
    ///     source.title.clone(), Some("Trawma dirprwyol".into()));
    /// let welsh = vt_content::import_translation(source, None, &"cy".parse().unwrap(),
    ///     &source.version, &[title])?.pack;
    /// let catalog = Catalog::from_packs([source.clone(), welsh])?;
    /// let status = &catalog.translation_status()[0];
    /// assert_eq!(status.locale, "cy");
    /// assert_eq!(status.translated, 1);
    /// assert!(!status.stale);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn translation_status(&self) -> Vec<TranslationStatus> {
        let source = self.default_pack();
        self.packs
            .iter()
            .filter(|pack| pack.translation.is_some())
            .map(|pack| {
                TranslationStatus::new(
                    source,
                    pack,
                    translated_source(source, pack, &self.released),
                )
            })
            .collect()
    }

    /// The pack for a language tag, falling back to the default pack when the catalog
    /// has none for the tag or the tag is not a locale. See [`Catalog::lookup`]. Spaces
    /// around the tag are left out, and a platform's identifier is read as its BCP 47 tag,
    /// as [`Catalog::negotiate`] reads them: `de_DE` (what Java's `Locale.toString()` and
    /// Apple's `Locale.identifier` give) and `de_DE.UTF-8` (POSIX) are `de-DE`; a script is
    /// kept, as Java (`sr_RS_#Latn`) and POSIX (`sr_RS@latin`) write it: `sr-Latn-RS`.
    ///
    /// ```
    /// let catalog = vt_content::bundled_catalog();
    /// assert_eq!(catalog.get("en_GB.UTF-8").locale, "en-GB");
    /// ```
    pub fn get(&self, tag: &str) -> &ContentPack {
        Locale::from_identifier(tag)
            .and_then(|locale| self.lookup(&locale))
            .unwrap_or_else(|| self.default_pack())
    }

    /// The pack for a locale by BCP 47 fallback, or `None` if the fallback chain reaches
    /// the root without finding one.
    ///
    /// The chain is ICU4X's [`LocaleFallbacker`] with language priority, from CLDR's
    /// parent locales: `cy-GB` → `cy`, `en-AU` → `en-001` → `en`, `zh-Hant-HK` →
    /// `zh-Hant` (never `zh`, which is Simplified Chinese). A pack whose tag is the
    /// request's, private use and extensions included, matches first. Then, at each step,
    /// a pack with exactly that locale matches; else a pack of the requested language
    /// whose own chain passes through the step (a pack "under" it: `en-GB` is under
    /// `en-001` and `en`, `zh-Hant-TW` under `zh-Hant`; no Traditional pack is under `zh`,
    /// and no `hi-Latn` pack, which CLDR puts under `en-IN`, is under `en`). Of several
    /// packs under one step, the default pack, then the one that is the step's likeliest
    /// form (ICU4X's [`LocaleExpander`]: `es-ES` for `es`), then the first by tag. So
    /// `en-US` finds `en-GB`, `en-AU` finds `en-GB` before an `en-US` source, `zh-HK`
    /// finds `zh-Hant-TW`, and `zh` never finds a Traditional pack. A pack in a
    /// pseudo-locale (region `XA`, `XB` or `XC`, as [`pseudo`](crate::pseudo) makes) is
    /// found only when it is asked for, never under a step: `ar-SA` does not get `ar-XB`'s
    /// test text.
    pub fn lookup(&self, locale: &Locale) -> Option<&ContentPack> {
        self.lookup_where(locale, |_| true)
    }

    /// [`Catalog::lookup`] among the packs that `allowed` lets through, by index.
    fn lookup_where(
        &self,
        locale: &Locale,
        allowed: impl Fn(usize) -> bool,
    ) -> Option<&ContentPack> {
        let requested = LookupForms::of(locale);
        let candidates: Vec<usize> = (0..self.packs.len()).filter(|&i| allowed(i)).collect();
        let forms = |i: usize| &self.forms[i];
        // A pack whose tag is the request's, private use and extensions included.
        if let Some(&i) = candidates.iter().find(|&&i| forms(i).tag == requested.tag) {
            return Some(&self.packs[i]);
        }
        let expander = LocaleExpander::new_common();
        let language = requested.chain.first().map(|first| first.id.language);
        for step in &requested.chain {
            // The chain writes a locale without its default script (`zh-HK` for
            // `zh-Hant-HK`), so each pack's locale is compared in that form too. A pack
            // is under the step if its own chain passes through it and it is in the
            // requested language: CLDR puts `hi-Latn` under `en-IN`, and `nn` under `no`.
            let exact = candidates
                .iter()
                .copied()
                .find(|&i| forms(i).chain.first() == Some(step));
            let under: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| forms(i).chain.contains(step))
                .filter(|&i| forms(i).chain.first().map(|first| first.id.language) == language)
                .filter(|&i| !forms(i).is_pseudo())
                .collect();
            let likeliest = || {
                let mut id = step.id.clone();
                expander.maximize(&mut id);
                under.iter().copied().find(|&i| {
                    let mut pack = forms(i).tag.id.clone();
                    expander.maximize(&mut pack);
                    pack == id
                })
            };
            let found = exact
                .or_else(|| under.iter().copied().find(|&i| i == self.default))
                .or_else(likeliest)
                .or_else(|| under.first().copied());
            if let Some(i) = found {
                return Some(&self.packs[i]);
            }
        }
        None
    }

    /// The best pack for a reader's preferences, most preferred first: the first
    /// preference that finds a pack by [`Catalog::lookup`] wins; if none does, the
    /// default pack. A platform's identifier (`de_DE`) is read as its BCP 47 tag
    /// (`de-DE`), as [`Catalog::get`] reads it; other tags that are not BCP 47, and `*`,
    /// are skipped.
    pub fn negotiate<S: AsRef<str>>(
        &self,
        preferences: impl IntoIterator<Item = S>,
    ) -> Negotiated<'_> {
        let locales = preferences
            .into_iter()
            .filter_map(|preference| Locale::from_identifier(preference.as_ref()));
        self.first_found(locales, |_| true)
    }

    /// The best pack for an HTTP `Accept-Language` header: its tags are ordered by
    /// [`accept_language`], then [`Catalog::negotiate`] picks, among the packs the header
    /// does not refuse. A pack is refused when the most specific range of the header that
    /// it is in has `q=0` (not acceptable, RFC 9110): with `en-GB;q=0, en-US, de;q=0.5`,
    /// `en-US` does not get the en-GB pack, and `de` is next; with `en;q=0, en-GB`, en-GB
    /// is still acceptable.
    ///
    /// ```
    /// let catalog = vt_content::bundled_catalog();
    /// let picked = catalog.negotiate_header("en;q=0, en-US");
    /// assert_eq!(picked.requested, None); // the default pack, as nothing else is left
    /// assert_eq!(catalog.negotiate_header("en;q=0, en-GB").requested.unwrap(), "en-GB");
    /// ```
    pub fn negotiate_header(&self, header: &str) -> Negotiated<'_> {
        let weighted = weighted_ranges(header);
        // The forms of each range, worked out once: a header may give a tag thousands of
        // times, and each costs a fallback chain.
        let mut distinct: HashMap<&Locale, LookupForms> = HashMap::new();
        for (_, range) in &weighted {
            distinct
                .entry(range)
                .or_insert_with(|| LookupForms::of(range));
        }
        let forms: Vec<&LookupForms> = weighted.iter().map(|(_, range)| &distinct[range]).collect();
        // Whether the header refuses each pack, worked out once: a lookup asks for every
        // pack, for every preference, and a header may have thousands of each.
        let refused: Vec<bool> = self
            .forms
            .iter()
            .map(|pack| {
                let matching = weighted
                    .iter()
                    .zip(&forms)
                    .filter(|(_, forms)| pack.in_range(forms))
                    .map(|(range, _)| range);
                // The most specific range: the one with the most subtags.
                let specific = matching.max_by_key(|(_, range)| range.as_str().split('-').count());
                specific.is_some_and(|(weight, _)| *weight == 0)
            })
            .collect();
        self.first_found(preferred(weighted), |i| !refused[i])
    }

    /// The first of `preferences` that finds a pack by [`Catalog::lookup`] among those
    /// `allowed` lets through (by index), or the default pack.
    fn first_found(
        &self,
        preferences: impl IntoIterator<Item = Locale>,
        allowed: impl Fn(usize) -> bool,
    ) -> Negotiated<'_> {
        // A tag given again would find what it found before: nothing.
        let mut tried = HashSet::new();
        for locale in preferences {
            if tried.contains(&locale) {
                continue;
            }
            if let Some(pack) = self.lookup_where(&locale, &allowed) {
                return Negotiated {
                    pack,
                    requested: Some(locale),
                };
            }
            tried.insert(locale);
        }
        Negotiated {
            pack: self.default_pack(),
            requested: None,
        }
    }
}

/// The tags of an HTTP `Accept-Language` header (RFC 9110), most preferred first: by
/// q-value, highest first, and in the header's order for equal q-values. Entries with
/// q=0, `*`, tags that are not BCP 47 and malformed q-values are left out.
///
/// ```
/// let tags = vt_content::accept_language("fr;q=0.5, cy-GB, en;q=0.8, *;q=0.1, x;q=abc");
/// assert_eq!(tags, ["cy-GB", "en", "fr"]);
/// ```
pub fn accept_language(header: &str) -> Vec<Locale> {
    preferred(weighted_ranges(header))
}

/// The tags of weighted ranges that are acceptable (`q` above 0), most preferred first.
fn preferred(ranges: Vec<(u16, Locale)>) -> Vec<Locale> {
    let mut entries: Vec<(u16, Locale)> = ranges
        .into_iter()
        .filter(|(weight, _)| *weight > 0)
        .collect();
    // A stable sort keeps the header's order among equal weights.
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    entries.into_iter().map(|(_, locale)| locale).collect()
}

/// The ranges of an `Accept-Language` header with their weights in thousandths, in the
/// header's order: `q=0` ones too; `*`, tags that are not locales and malformed q-values
/// left out. A range is read as [`Catalog::get`] reads a tag (`de_DE` as `de-DE`).
fn weighted_ranges(header: &str) -> Vec<(u16, Locale)> {
    let mut ranges = Vec::new();
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        if tag.is_empty() || tag == "*" {
            continue;
        }
        let mut weight = Some(1000);
        for parameter in parts {
            let Some((name, value)) = parameter.split_once('=') else {
                weight = None;
                break;
            };
            if name.trim().eq_ignore_ascii_case("q") {
                weight = q_value(value.trim());
            }
        }
        if let (Some(weight), Some(locale)) = (weight, Locale::from_identifier(tag)) {
            ranges.push((weight, locale));
        }
    }
    ranges
}

/// A q-value as thousandths: `0`, `0.5`, `1.000`; at most three decimals (RFC 9110).
fn q_value(text: &str) -> Option<u16> {
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    if decimals.len() > 3 || !decimals.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction = format!("{decimals:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(fraction),
        "1" if fraction == 0 => Some(1000),
        _ => None,
    }
}

/// A locale as lookup reads it: its tag with CLDR's aliases replaced, and every step of
/// its fallback chain (ICU4X's, with language priority: CLDR's parent locales), before
/// the root: `en-GB`, `en-001`, `en`. The first step is the locale as the chain writes it,
/// without its default script (`zh-TW` for `zh-Hant-TW`).
#[derive(Clone, Debug, PartialEq, Eq)]
struct LookupForms {
    tag: icu_locale::Locale,
    chain: Vec<icu_locale::Locale>,
}

impl LookupForms {
    fn of(locale: &Locale) -> LookupForms {
        let tag = locale.to_icu();
        let fallbacker = LocaleFallbacker::new();
        let mut steps = fallbacker
            .for_config(LocaleFallbackConfig::default())
            .fallback_for(DataLocale::from(&tag));
        let mut chain = Vec::new();
        // A chain ends at `und`; the bound is a safety net.
        while !steps.get().is_unknown() && chain.len() < 16 {
            chain.push(steps.get().into_locale());
            steps.step();
        }
        LookupForms { tag, chain }
    }

    /// Whether this is a pseudo-locale: of region `XA`, `XB` or `XC`, which CLDR keeps
    /// for them (`en-XA`, `ar-XB`).
    fn is_pseudo(&self) -> bool {
        self.tag
            .id
            .region
            .is_some_and(|region| matches!(region.as_str(), "XA" | "XB" | "XC"))
    }

    /// The locale as lookup tells it from others: as the first step of its chain writes
    /// it, with its variants, extensions and private use, which lookup matches exactly.
    fn key(&self) -> String {
        let mut form = self.chain.first().unwrap_or(&self.tag).clone();
        form.id.variants = self.tag.id.variants.clone();
        form.extensions = self.tag.extensions.clone();
        form.to_string()
    }

    /// Whether this locale is in the language range `range`, as RFC 4647's basic
    /// filtering says (the same tag, or one that starts with it and a hyphen: `en-GB` is
    /// in `en`), both read with CLDR's aliases replaced, as written or as the fallback
    /// chain writes them (`zh-Hant-TW` is in `zh-TW`).
    fn in_range(&self, range: &LookupForms) -> bool {
        let prefix = |tag: &icu_locale::Locale, range: &icu_locale::Locale| {
            let tag = tag.to_string().to_ascii_lowercase();
            let range = range.to_string().to_ascii_lowercase();
            tag.strip_prefix(&range)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        };
        prefix(&self.tag, &range.tag)
            || matches!((self.chain.first(), range.chain.first()),
                (Some(tag), Some(range)) if prefix(tag, range))
    }
}

/// Every `*.json` entry of a directory that loads, named `prefix` and its file name, in
/// file-name order; the others' reports go to `errors`, those that are not files to read
/// (a directory, a broken link) too.
fn load_dir(
    path: &Path,
    prefix: &str,
    errors: &mut Vec<FileError>,
) -> Result<Vec<(String, ContentPack)>, CatalogError> {
    let io = |source| CatalogError::Io {
        path: path.to_owned(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(io)? {
        let file = entry.map_err(io)?.path();
        if Catalog::reads(&file) {
            files.push(file);
        }
    }
    files.sort();
    let mut packs = Vec::new();
    for file in files {
        let name = file
            .file_name()
            .map(|name| format!("{prefix}{}", crate::shown_path(Path::new(name))))
            .unwrap_or_default();
        // Read as from_path reads it, but without the path in an I/O error's text: the
        // report's file names it.
        let loaded = crate::file::open_without_waiting(&file)
            .map_err(LoadError::from)
            .and_then(ContentPack::from_reader);
        match loaded {
            Ok(loaded) => packs.push((name, loaded.pack)),
            Err(error) => errors.push(FileError {
                file: name,
                report: error.report(),
            }),
        }
    }
    Ok(packs)
}

fn build(
    mut packs: Vec<(String, ContentPack)>,
    files: Vec<FileError>,
    released: Vec<ContentPack>,
) -> Result<Catalog, CatalogError> {
    packs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut violations = Vec::new();
    let mut warnings = Vec::new();
    let violation = |file: &str, code, path: JsonPointer, message: String| CatalogViolation {
        file: file.to_owned(),
        violation: Violation::new(code, path, message),
    };

    // One pack per locale, as lookup reads locales: `zh-TW` is `zh-Hant-TW`, and `iw` is
    // `he`; of two such packs, one could never be found.
    let forms: Vec<LookupForms> = packs
        .iter()
        .map(|(_, pack)| LookupForms::of(&pack.locale))
        .collect();
    let mut seen: BTreeMap<String, (&str, &Locale)> = BTreeMap::new();
    for ((file, pack), forms) in packs.iter().zip(&forms) {
        let form = forms.key();
        if let Some(&(first, locale)) = seen.get(&form) {
            let first = shown(first);
            let message = if *locale == pack.locale {
                format!("{first} is in {locale} too; a catalog has one pack per locale")
            } else {
                format!(
                    "{first} is in {locale}, which is the same locale as {} ({form}); a \
                     catalog has one pack per locale",
                    pack.locale
                )
            };
            violations.push(violation(
                file,
                ViolationCode::DuplicateLocale,
                JsonPointer::root().child("locale"),
                message,
            ));
        } else {
            seen.insert(form, (file, &pack.locale));
        }
    }

    // The source pack: the one pack without a translation.
    let untranslated: Vec<usize> = (0..packs.len())
        .filter(|&i| packs[i].1.translation.is_none())
        .collect();
    let named: BTreeSet<&Locale> = packs
        .iter()
        .filter_map(|(_, pack)| pack.translation.as_ref().map(|t| &t.source_locale))
        .collect();
    let source = match untranslated.as_slice() {
        [one] => Some(*one),
        [] => None,
        several => {
            let named_sources: Vec<usize> = several
                .iter()
                .copied()
                .filter(|&i| named.contains(&packs[i].1.locale))
                .collect();
            if let [one] = named_sources.as_slice() {
                for &i in several.iter().filter(|&&i| i != *one) {
                    violations.push(violation(
                        &packs[i].0,
                        ViolationCode::TranslationUndeclared,
                        JsonPointer::root(),
                        format!(
                            "this pack does not say what it translates; give it a translation with source_locale {}",
                            packs[*one].1.locale
                        ),
                    ));
                }
                Some(*one)
            } else {
                None
            }
        }
    };
    let Some(source) = source else {
        // With no source among the packs that loaded, the source may be a file that did
        // not load: its report says why, and the count would say what is not so.
        if files.is_empty() || untranslated.len() > 1 {
            let names: Vec<String> = untranslated.iter().map(|&i| shown(&packs[i].0)).collect();
            let has = match (names.len(), packs.is_empty()) {
                (0, true) => "no pack at all".to_owned(),
                (0, false) => "none: every pack is a translation".to_owned(),
                (count, _) => format!("{count} ({})", names.join(", ")),
            };
            violations.push(violation(
                "",
                ViolationCode::SourcePackCount,
                JsonPointer::root(),
                format!(
                    "a catalog has exactly one source pack, without a translation; it has {has}"
                ),
            ));
        }
        return Err(CatalogError::Invalid { files, violations });
    };

    let (source_file, source_pack) = &packs[source];
    let source_file = shown(source_file);
    let source_items = item_ids(source_pack);
    for (file, pack) in &packs {
        let Some(translation) = &pack.translation else {
            continue;
        };
        if pack.id != source_pack.id {
            violations.push(violation(
                file,
                ViolationCode::PackIdMismatch,
                JsonPointer::root().child("id"),
                format!(
                    "the pack id is {}, but the source pack {source_file} has {}",
                    pack.id, source_pack.id
                ),
            ));
        }
        // Versions compare by semver's precedence, which ignores build metadata: a
        // translation of 1.1.4 is current when the source is 1.1.4+build.2.
        let translates = (translation.source_version).cmp_precedence(&source_pack.version);
        if translation.source_locale != source_pack.locale {
            violations.push(violation(
                file,
                ViolationCode::UnknownSourceLocale,
                JsonPointer::root()
                    .child("translation")
                    .child("source_locale"),
                format!(
                    "the catalog's source pack is {}, not {}",
                    source_pack.locale, translation.source_locale
                ),
            ));
        } else if translates.is_lt() {
            warnings.push(CatalogWarning {
                file: file.clone(),
                warning: Warning::new(
                    WarningCode::StaleTranslation,
                    JsonPointer::root()
                        .child("translation")
                        .child("source_version"),
                    stale_message(
                        source_pack,
                        &translation.source_version,
                        translated_source(source_pack, pack, &released),
                    ),
                ),
            });
        } else if translates.is_gt() {
            warnings.push(CatalogWarning {
                file: file.clone(),
                warning: Warning::new(
                    WarningCode::FutureSourceVersion,
                    JsonPointer::root()
                        .child("translation")
                        .child("source_version"),
                    format!(
                        "this translates version {} of the {} pack, which is only at {}: \
                         write the version it was translated from",
                        translation.source_version, source_pack.locale, source_pack.version
                    ),
                ),
            });
        }
        let items = item_ids(pack);
        // An item a stale translation lacks may be one the source has gained since.
        let stale = if translates.is_lt() {
            format!(
                "; this translates version {} of it: update the translation",
                translation.source_version
            )
        } else {
            String::new()
        };
        // A route's contacts are compared when both packs have the route; a missing or
        // extra route is named once, as a route.
        for (key, (list, ids)) in &source_items {
            let theirs = items.get(key);
            if theirs.is_none() && key.ends_with("/contacts") && key != "/urgent_help/contacts" {
                continue;
            }
            for id in ids.keys() {
                if theirs.is_none_or(|(_, theirs)| !theirs.contains_key(id)) {
                    violations.push(violation(
                        file,
                        ViolationCode::MissingItem,
                        list.clone(),
                        format!(
                            "{id} is in the source pack {source_file} but not in this one{stale}"
                        ),
                    ));
                }
            }
        }
        for (key, (_, ids)) in &items {
            let ours = source_items.get(key);
            if ours.is_none() && key.ends_with("/contacts") && key != "/urgent_help/contacts" {
                continue;
            }
            for (id, path) in ids {
                if ours.is_none_or(|(_, ours)| !ours.contains_key(id)) {
                    violations.push(violation(
                        file,
                        ViolationCode::ExtraItem,
                        path.clone(),
                        format!(
                            "{id} is not in the source pack {source_file}; remove it or add it there"
                        ),
                    ));
                }
            }
        }
        // What its readers get other than the source's readers get, texts aside: a
        // contact's number changed in the source since the version translated, or a
        // region that a translation for another place rightly changes.
        for change in crate::diff_structure(source_pack, pack).changes() {
            if matches!(change.kind, ChangeKind::ItemAdded | ChangeKind::ItemRemoved) {
                continue; // missing-item and extra-item, above
            }
            let path = (change.new_path.clone())
                .or_else(|| change.old_path.clone())
                .unwrap_or_else(JsonPointer::root);
            warnings.push(CatalogWarning {
                file: file.clone(),
                warning: Warning::new(
                    WarningCode::DiffersFromSource,
                    path,
                    format!(
                        "this translation differs from the source pack {source_file}: {}; \
                         its readers get what the source's readers do not: make it the \
                         source's, unless it is right for this locale",
                        change.summary()
                    ),
                ),
            });
        }
    }
    if !files.is_empty() || !violations.is_empty() {
        violations.sort_by(|a, b| a.file.cmp(&b.file));
        return Err(CatalogError::Invalid { files, violations });
    }
    let (names, packs): (Vec<String>, Vec<ContentPack>) = packs.into_iter().unzip();
    let mut order: Vec<usize> = (0..packs.len()).collect();
    order.sort_by(|&a, &b| packs[a].locale.cmp(&packs[b].locale));
    let default = order.iter().position(|&i| i == source).unwrap_or(0);
    let mut slots: Vec<Option<ContentPack>> = packs.into_iter().map(Some).collect();
    let packs = order.iter().filter_map(|&i| slots[i].take()).collect();
    let forms = order.iter().map(|&i| forms[i].clone()).collect();
    let mut catalog = Catalog {
        packs,
        forms,
        default,
        warnings,
        released,
    };
    // A catalog serves a pack by its locale, whatever its file is called: a file named for
    // a locale whose readers get another pack (`sr-Latn.json` holding `sr`) misleads its
    // editors.
    for (position, &i) in order.iter().enumerate() {
        let Some(named) = named_locale(&names[i]) else {
            continue;
        };
        let pack = &catalog.packs[position];
        // Readers of a locale that no pack is found for get the default pack, as `get`
        // gives it: the default pack in `und.json` is the one its name's readers get.
        let served = catalog
            .lookup(&named)
            .unwrap_or_else(|| catalog.default_pack());
        if catalog.position(served) != Some(position) {
            let locale = &pack.locale;
            let message = format!(
                "readers of {named} do not get this pack, though its file is named for them: \
                 its locale is {locale}, and a catalog serves a pack by its locale; name the \
                 file {locale}.json, or give the pack the locale {named}"
            );
            let warning = Warning::new(
                WarningCode::FileNamedForAnotherLocale,
                JsonPointer::root().child("locale"),
                message,
            );
            let file = names[i].clone();
            catalog.warnings.push(CatalogWarning { file, warning });
        }
    }
    catalog.warnings.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(catalog)
}

/// The locale that a pack file's name reads as, if it reads as one: the name without its
/// folder and extension, as a BCP 47 tag or a platform's identifier (`pt_BR`). ICU4X
/// reads a language of two or three letters only (ISO 639), so `source.json` and
/// `draft.json` name no locale, though a language of five to eight letters is a tag's
/// syntax (the tests below hold it to that).
fn named_locale(file: &str) -> Option<Locale> {
    let stem = Path::new(file).file_stem()?.to_str()?;
    Locale::from_identifier(stem)
}

/// What the warning about a translation of version `translates` of `source` says: the
/// versions, and the texts changed since, from `old` (the source at that version) when the
/// catalog has it.
fn stale_message(
    source: &ContentPack,
    translates: &ContentVersion,
    old: Option<&ContentPack>,
) -> String {
    let changed = match changed_since(source, translates, old) {
        Some(paths) if paths.is_empty() => "no text changed since".to_owned(),
        Some(paths) => format!(
            "{} changed since: {}",
            Counted(paths.len(), "text", "texts"),
            JsonPointer::list(&paths, 5)
        ),
        None => format!(
            "keep version {translates} of the source in released/ to name the texts that changed"
        ),
    };
    format!(
        "this translates version {translates} of the {} pack, which is now at {}; update the translation ({changed})",
        source.locale, source.version
    )
}

/// The source pack at the version that `pack` translates, if `released` has it.
fn translated_source<'a>(
    source: &ContentPack,
    pack: &ContentPack,
    released: &'a [ContentPack],
) -> Option<&'a ContentPack> {
    let translation = pack.translation.as_ref()?;
    released.iter().find(|old| {
        old.id == source.id
            && old.locale == source.locale
            && old
                .version
                .cmp_precedence(&translation.source_version)
                .is_eq()
    })
}

/// The ids of a pack's items, by list: `/signs`, `/self_care_actions`, `/practices`,
/// `/support`, `/urgent_help/contacts`, `/support/ROUTE-ID/contacts`, each list with its
/// pointer and each item with its pointer.
type Items = BTreeMap<String, (JsonPointer, BTreeMap<String, JsonPointer>)>;

fn item_ids(pack: &ContentPack) -> Items {
    let mut lists = Items::new();
    let mut add = |key: String, list: JsonPointer, ids: Vec<String>| {
        let items = ids
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id, list.child(i)))
            .collect();
        lists.insert(key, (list, items));
    };
    let root = JsonPointer::root();
    let ids =
        |items: &mut dyn Iterator<Item = &crate::Id>| items.map(|id| id.to_string()).collect();
    add(
        "/signs".into(),
        root.child("signs"),
        ids(&mut pack.signs.iter().map(|s| &s.id)),
    );
    add(
        "/self_care_actions".into(),
        root.child("self_care_actions"),
        ids(&mut pack.self_care_actions.iter().map(|s| &s.id)),
    );
    add(
        "/practices".into(),
        root.child("practices"),
        ids(&mut pack.practices.iter().map(|s| &s.id)),
    );
    add(
        "/support".into(),
        root.child("support"),
        ids(&mut pack.support.iter().map(|s| &s.id)),
    );
    if let Some(help) = &pack.urgent_help {
        add(
            "/urgent_help/contacts".into(),
            root.child("urgent_help").child("contacts"),
            ids(&mut help.contacts.iter().map(|c| &c.id)),
        );
    }
    for (r, route) in pack.support.iter().enumerate() {
        add(
            format!("/support/{}/contacts", route.id),
            root.child("support").child(r).child("contacts"),
            ids(&mut route.contacts.iter().map(|c| &c.id)),
        );
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_values_are_read_as_rfc_9110_says() {
        assert_eq!(q_value("0.5"), Some(500));
        assert_eq!(q_value("1"), Some(1000));
        assert_eq!(q_value("1.000"), Some(1000));
        assert_eq!(q_value("0"), Some(0));
        assert_eq!(q_value("1.5"), None);
        assert_eq!(q_value("0.1234"), None);
        assert_eq!(q_value("abc"), None);
        assert_eq!(q_value("-1"), None);
    }

    /// A tag of q=0 is refused, never a preference: it is not among the header's tags, and
    /// finds no pack, not even one outside its range (en-US;q=0 does not refuse en-GB).
    #[test]
    fn a_tag_of_q_0_is_no_preference() {
        assert_eq!(accept_language("fr;q=0, cy;q=0.001, de;q=0.000"), ["cy"]);
        let catalog = catalog("cy", &["en-GB"]);
        let picked = catalog.negotiate_header("en-US;q=0");
        assert_eq!(picked.pack.locale, "cy");
        assert_eq!(picked.requested, None);
        assert_eq!(catalog.negotiate_header("en-US").pack.locale, "en-GB");
    }

    #[test]
    fn a_name_given_with_a_text_cannot_forge_a_line() {
        let Err(error) = Catalog::from_texts([("x\n\u{1b}[31m.json", "{}")]) else {
            panic!("an empty pack makes no catalog");
        };
        let message = error.to_string();
        assert!(
            message.contains("x\\n\\u{1b}[31m.json: the pack has"),
            "{message}"
        );
        assert!(!message.contains('\u{1b}'), "{message}");
    }

    /// A catalog's text names a file's report in one line, and 20 problems at most: a
    /// hostile directory of many files of many violations each cannot make it huge. Twenty
    /// are named with no line of more.
    #[test]
    fn the_text_of_an_invalid_catalog_is_bounded() {
        let many = format!("{{\"signs\": [{}{{}}]}}", "{},".repeat(999));
        let names: Vec<String> = (0..30).map(|n| format!("f{n:02}.json")).collect();
        let Err(error) = Catalog::from_texts(names.iter().map(|name| (name.as_str(), &many)))
        else {
            panic!("no pack loads");
        };
        let CatalogError::Invalid { files, .. } = &error else {
            panic!("{error}");
        };
        assert_eq!(files.len(), 30);
        assert!(files.iter().all(|file| file.report.violations.len() > 300));
        let message = error.to_string();
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 22, "{message}");
        assert_eq!(
            lines[0],
            "the catalog is invalid: 30 files did not load, 0 catalog violations"
        );
        assert!(
            lines[1].starts_with("f00.json: the pack has "),
            "{}",
            lines[1]
        );
        assert!(lines[20].starts_with("f19.json: "), "{}", lines[20]);
        assert_eq!(lines[21], "and 10 more");
        // Twenty problems, as many as the text names, are all named, with no line of more.
        let twenty = names[..SUMMARISED].iter().map(|name| (name.as_str(), "{}"));
        let Err(error) = Catalog::from_texts(twenty) else {
            panic!("no pack loads");
        };
        let message = error.to_string();
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 21, "{message}");
        assert!(
            lines[0].contains(": 20 files did not load,"),
            "{}",
            lines[0]
        );
        assert!(lines[20].starts_with("f19.json: "), "{}", lines[20]);
    }

    /// A catalog violation is written with its file's name, or as the catalog's when it is
    /// of the catalog as a whole, then as a pack's violation is written.
    #[test]
    fn a_catalog_violation_is_written_with_its_file_or_the_catalog() {
        let json = crate::BUNDLED_JSON;
        let Err(error) = Catalog::from_texts([("a.json", json), ("b.json", json)]) else {
            panic!("two packs in one locale make no catalog");
        };
        let CatalogError::Invalid { violations, .. } = &error else {
            panic!("{error}");
        };
        let written: Vec<String> = violations.iter().map(ToString::to_string).collect();
        assert_eq!(
            written,
            [
                "b.json: /locale [duplicate-locale]: a.json is in en-GB too; a catalog has \
                 one pack per locale",
                "(catalog): (whole pack) [source-pack-count]: a catalog has exactly one \
                 source pack, without a translation; it has 2 (a.json, b.json)",
            ]
        );
        assert_eq!(
            error.to_string().lines().skip(1).collect::<Vec<_>>(),
            written
        );
    }

    /// A source that changed a number since the version translated, and no text: the
    /// translator is told of the number, and that no text changed.
    #[test]
    fn a_stale_translation_is_told_of_a_changed_number() {
        let bundled = crate::bundled();
        let version = bundled.version.to_string();
        let mut source = serde_json::to_value(bundled).unwrap();
        source["version"] = "9.0.0".into();
        source["urgent_help"]["contacts"][2]["phone"] = "116 124".into();
        let mut welsh = serde_json::to_value(bundled).unwrap();
        welsh["locale"] = "cy".into();
        welsh["translation"] =
            serde_json::json!({"source_locale": "en-GB", "source_version": version});
        let texts = [
            ("en-GB.json", source.to_string()),
            (
                &format!("released/{version}.json"),
                crate::BUNDLED_JSON.to_owned(),
            ),
            ("cy.json", welsh.to_string()),
        ];
        let catalog = Catalog::from_texts(texts.iter().map(|(n, t)| (*n, t.as_str()))).unwrap();
        let warnings: Vec<String> = catalog.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].ends_with(&format!(
                "[stale-translation]: this translates version {version} of the en-GB pack, \
                 which is now at 9.0.0; update the translation (no text changed since)"
            )),
            "{}",
            warnings[0]
        );
        assert_eq!(
            warnings[1],
            "cy.json: /urgent_help/contacts/2/phone [differs-from-source]: this translation \
             differs from the source pack en-GB.json: /urgent_help/contacts/2/phone changed \
             from `116 124` to `116 123`; its readers get what the source's readers do not: \
             make it the source's, unless it is right for this locale"
        );
    }

    /// A stale translation is told which texts changed since the version it translates
    /// ("1 text", "2 texts"), from the source at that version in `released/`: a released
    /// pack of another pack id at that version is not that source, and names nothing.
    #[test]
    fn a_stale_translation_is_told_the_texts_changed_since_from_its_own_released_source() {
        let bundled = crate::bundled();
        let version = bundled.version.to_string();
        let mut source = serde_json::to_value(bundled).unwrap();
        source["version"] = "9.0.0".into();
        source["summary"][0] = "A new first line.".into();
        source["summary"][1] = "A new second line.".into();
        let mut welsh = serde_json::to_value(bundled).unwrap();
        welsh["locale"] = "cy".into();
        welsh["translation"] =
            serde_json::json!({"source_locale": "en-GB", "source_version": version});
        let mut other_pack = serde_json::to_value(bundled).unwrap();
        other_pack["id"] = "another-pack".into();
        let told = |released: &serde_json::Value| {
            let texts = [
                ("en-GB.json".to_owned(), source.to_string()),
                (format!("released/{version}.json"), released.to_string()),
                ("cy.json".to_owned(), welsh.to_string()),
            ];
            let catalog = Catalog::from_texts(texts).unwrap();
            let message = catalog.warnings()[0].warning.message.clone();
            (
                message,
                catalog.translation_status()[0].changed_since.clone(),
            )
        };
        let stale = format!(
            "this translates version {version} of the en-GB pack, which is now at 9.0.0; \
             update the translation"
        );
        let (message, changed) = told(&serde_json::to_value(bundled).unwrap());
        assert_eq!(
            message,
            format!("{stale} (2 texts changed since: /summary/0, /summary/1)")
        );
        assert_eq!(changed.unwrap(), ["/summary/0", "/summary/1"]);
        let mut one_since = serde_json::to_value(bundled).unwrap();
        one_since["summary"][1] = "A new second line.".into();
        let (message, _) = told(&one_since);
        assert_eq!(
            message,
            format!("{stale} (1 text changed since: /summary/0)")
        );
        let (message, changed) = told(&other_pack);
        assert_eq!(
            message,
            format!(
                "{stale} (keep version {version} of the source in released/ to name the \
                 texts that changed)"
            )
        );
        assert_eq!(changed, None);
    }

    #[test]
    fn chains_follow_cldr() {
        let chain = |tag: &str| {
            let forms = LookupForms::of(&tag.parse().unwrap());
            forms
                .chain
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(chain("zh-Hant-HK"), ["zh-HK", "zh-Hant"]);
        assert_eq!(chain("en-GB"), ["en-GB", "en-001", "en"]);
        assert_eq!(chain("zh-TW"), ["zh-TW", "zh-Hant"]);
        assert_eq!(chain("zh"), ["zh"]);
        assert_eq!(chain("en-US"), ["en-US", "en"]);
        assert_eq!(chain("cy-GB"), ["cy-GB", "cy"]);
    }

    /// A pack that a header refuses is passed over for the next pack a preference finds,
    /// and a more specific range than a refused one still accepts its packs.
    /// The count of source packs says what there is when there is none.
    #[test]
    fn a_catalog_without_a_source_pack_says_what_it_has() {
        let message = |texts: Vec<(&str, String)>| match Catalog::from_texts(texts) {
            Err(CatalogError::Invalid { violations, .. }) => {
                violations[0].violation.message.clone()
            }
            other => panic!("{other:?}"),
        };
        assert!(message(Vec::new()).ends_with("it has no pack at all"));
        let welsh = crate::BUNDLED_JSON.replacen(
            "\n  \"review\"",
            "\n  \"translation\": {\"source_locale\": \"en-GB\", \"source_version\": \"1.0.0\"},\n  \"review\"",
            1,
        );
        assert!(
            message(vec![("cy.json", welsh)]).ends_with("it has none: every pack is a translation")
        );
        // Two packs without a translation are too many, beside a file that did not load too.
        let json = crate::BUNDLED_JSON;
        let welsh = json.replacen("\"locale\": \"en-GB\"", "\"locale\": \"cy\"", 1);
        let texts = vec![
            ("cy.json", welsh),
            ("en-GB.json", json.to_owned()),
            ("x.json", "{".to_owned()),
        ];
        assert!(message(texts).ends_with("it has 2 (cy.json, en-GB.json)"));
    }

    /// An item a translation has and its source has not is named once: a contact added to
    /// a route both have, and a route added with its contacts, as the route.
    #[test]
    fn extra_items_are_named_once_a_routes_contacts_with_the_route() {
        let mut source = crate::bundled().clone();
        let contacts = source.urgent_help.clone().unwrap().contacts;
        source.support[2].contacts = vec![contacts[2].clone()];
        let mut translation = source.clone();
        translation.locale = "cy".parse().unwrap();
        translation.translation = Some(crate::Translation::new(
            source.locale.clone(),
            source.version.clone(),
        ));
        translation.support[2].contacts.push(contacts[3].clone());
        let mut route = translation.support[2].clone();
        route.id = "new-route".parse().unwrap();
        translation.support.push(route);
        let Err(CatalogError::Invalid { violations, .. }) =
            Catalog::from_packs([source, translation])
        else {
            panic!("a translation with extra items makes a catalog");
        };
        let found: Vec<(&str, &str, &str)> = (violations.iter())
            .map(|found| {
                let violation = &found.violation;
                (
                    found.file.as_str(),
                    violation.code.as_str(),
                    violation.path.as_str(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("cy", "extra-item", "/support/3"),
                ("cy", "extra-item", "/support/2/contacts/1"),
            ]
        );
    }

    #[test]
    fn a_refused_pack_leaves_the_preference_to_another() {
        let catalog = catalog("cy", &["en-GB", "en-IN", "en-GB-x-easyread", "zh-Hant-TW"]);
        let picked = |header: &str| catalog.negotiate_header(header).pack.locale.to_string();
        assert_eq!(picked("en-GB;q=0, en"), "en-IN");
        assert_eq!(picked("en;q=0, en-GB"), "en-GB");
        assert_eq!(picked("en;q=0, en-AU"), "cy");
        // A tag with private use is found by that tag, and no other.
        assert_eq!(picked("en-GB-x-easyread"), "en-GB-x-easyread");
        assert_eq!(picked("en-GB"), "en-GB");
        // zh-TW is zh-Hant-TW as the fallback chain writes it.
        assert_eq!(picked("zh-TW;q=0, zh-HK"), "cy");
        assert_eq!(picked("zh-HK"), "zh-Hant-TW");
    }

    /// A file named for a locale whose readers get another pack is warned of; a file whose
    /// name's readers get its pack (`pt.json` holding `pt-BR`, `en.json` the en-GB source),
    /// written otherwise (an alias, a platform's identifier, another case) or naming no
    /// locale is not.
    #[test]
    fn a_file_named_for_another_locale_is_warned_of() {
        let source = crate::bundled();
        let translation = |tag: &str| {
            let mut pack = serde_json::to_value(source).unwrap();
            pack["locale"] = tag.into();
            pack["translation"] = serde_json::json!({
                "source_locale": "en-GB", "source_version": source.version.to_string()
            });
            pack.to_string()
        };
        let texts = [
            ("en.json", crate::BUNDLED_JSON.to_owned()),
            ("sr-Latn.json", translation("sr")),
            ("ga.json", translation("gd")),
            ("fr.json", translation("fr-CA")),
            ("fr-FR.json", translation("fr-FR")),
            ("pt.json", translation("pt-BR")),
            ("zh-TW.json", translation("zh-Hant-TW")),
            ("de_DE.json", translation("de-DE")),
            ("CY.JSON", translation("cy")),
            ("draft.json", translation("es")),
        ];
        let catalog = Catalog::from_texts(texts).unwrap();
        let warned: Vec<(&str, &str)> = (catalog.warnings().iter())
            .map(|warned| (warned.file.as_str(), warned.warning.message.as_str()))
            .collect();
        let message = |named: &str, locale: &str| {
            format!(
                "readers of {named} do not get this pack, though its file is named for them: \
                 its locale is {locale}, and a catalog serves a pack by its locale; name the \
                 file {locale}.json, or give the pack the locale {named}"
            )
        };
        // fr gets fr-FR, the likeliest French; ga, Irish, gets the default.
        assert_eq!(
            warned,
            [
                ("fr.json", message("fr", "fr-CA").as_str()),
                ("ga.json", message("ga", "gd").as_str()),
                ("sr-Latn.json", message("sr-Latn", "sr").as_str()),
            ]
        );
        assert!(catalog.warnings().iter().all(|warned| {
            let warning = &warned.warning;
            warning.code == WarningCode::FileNamedForAnotherLocale && warning.path == "/locale"
        }));
        assert_eq!(named_locale("packs/pt_BR.json").unwrap(), "pt-BR");
        assert_eq!(named_locale("und.json").unwrap(), "und");
        assert_eq!(named_locale("fil.json").unwrap(), "fil");
        assert_eq!(named_locale("source.json"), None);
        assert_eq!(named_locale("draft.json"), None);
        assert_eq!(named_locale("cy copy.json"), None);
    }

    /// A file's name is read as a locale without its extension, so that a POSIX modifier
    /// or a Java script at the end of the name is read: `sr@latin.json` (as gettext names
    /// Serbian in Latin script) holding a pack in `sr`, Serbian in Cyrillic, is warned of.
    #[test]
    fn a_file_name_is_read_as_a_locale_without_its_extension() {
        assert_eq!(named_locale("sr@latin.json").unwrap(), "sr-Latn");
        assert_eq!(
            named_locale("packs/sr_RS_#Latn.json").unwrap(),
            "sr-Latn-RS"
        );
        assert_eq!(
            named_locale("ca_ES@valencia.json").unwrap(),
            "ca-ES-valencia"
        );
        let mut serbian = serde_json::to_value(crate::bundled()).unwrap();
        serbian["locale"] = "sr".into();
        serbian["translation"] = serde_json::json!({
            "source_locale": "en-GB", "source_version": crate::bundled().version.to_string()
        });
        let texts = [
            ("en-GB.json", crate::BUNDLED_JSON.to_owned()),
            ("sr@latin.json", serbian.to_string()),
        ];
        let catalog = Catalog::from_texts(texts).unwrap();
        let warnings: Vec<String> = catalog.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "sr@latin.json: /locale [file-named-for-another-locale]: readers of sr-Latn do \
                 not get this pack, though its file is named for them: its locale is sr, and a \
                 catalog serves a pack by its locale; name the file sr.json, or give the pack \
                 the locale sr-Latn"
            ]
        );
    }

    /// Readers of a locale that has no pack get the default pack: so the default pack in a
    /// file named for such a locale (`und.json` holding the en-GB source) is what the
    /// name's readers get, and is not warned of, while another pack in one (`ga.json`
    /// holding `gd`) is.
    #[test]
    fn the_default_pack_in_a_file_named_for_a_locale_without_a_pack_is_not_warned_of() {
        let source = crate::bundled();
        let mut gaelic = serde_json::to_value(source).unwrap();
        gaelic["locale"] = "gd".into();
        gaelic["translation"] = serde_json::json!({
            "source_locale": "en-GB", "source_version": source.version.to_string()
        });
        let texts = [
            ("und.json", crate::BUNDLED_JSON.to_owned()),
            ("ga.json", gaelic.to_string()),
        ];
        let catalog = Catalog::from_texts(texts).unwrap();
        assert!(std::ptr::eq(catalog.get("und"), catalog.default_pack()));
        let warnings: Vec<String> = catalog.warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "ga.json: /locale [file-named-for-another-locale]: readers of ga do not get this \
                 pack, though its file is named for them: its locale is gd, and a catalog serves \
                 a pack by its locale; name the file gd.json, or give the pack the locale ga"
            ]
        );
    }

    /// A catalog of the bundled pack in the locale `source`, and of translations of it
    /// in `others`.
    fn catalog(source: &str, others: &[&str]) -> Catalog {
        let mut source_pack = crate::bundled().clone();
        source_pack.locale = source.parse().unwrap();
        let mut packs = vec![source_pack.clone()];
        for tag in others {
            let mut pack = source_pack.clone();
            pack.locale = tag.parse().unwrap();
            pack.translation = Some(crate::Translation::new(
                source_pack.locale.clone(),
                source_pack.version.clone(),
            ));
            packs.push(pack);
        }
        Catalog::from_packs(packs).unwrap()
    }

    /// The packs are in locale order, the source among them, and each is found at its
    /// place by `position`.
    #[test]
    fn the_packs_are_in_locale_order_each_at_its_position() {
        let catalog = catalog("en-GB", &["zh-Hant-TW", "cy"]);
        let locales: Vec<&str> = (catalog.packs().iter())
            .map(|pack| pack.locale.as_str())
            .collect();
        assert_eq!(locales, ["cy", "en-GB", "zh-Hant-TW"]);
        assert_eq!(catalog.default_pack().locale, "en-GB");
        for (i, pack) in catalog.packs().iter().enumerate() {
            assert_eq!(catalog.position(pack), Some(i));
        }
        assert_eq!(catalog.position(catalog.get("zh-HK")), Some(2));
    }

    /// A pack whose own chain passes through a step of the requested one is found there:
    /// one of the same script, or of the same CLDR parent region.
    #[test]
    fn a_pack_under_a_step_of_the_chain_is_found() {
        let found = |catalog: &Catalog, tag: &str| catalog.get(tag).locale.to_string();
        let catalog = catalog("en-GB", &["zh-Hant-TW", "sr-Latn-RS", "es-419", "es-ES"]);
        for (tag, locale) in [
            ("zh-HK", "zh-Hant-TW"),
            ("zh-Hant", "zh-Hant-TW"),
            ("zh-Hant-HK", "zh-Hant-TW"),
            ("zh", "en-GB"),
            ("zh-CN", "en-GB"),
            ("sr-Latn", "sr-Latn-RS"),
            ("sr", "en-GB"),
            ("es", "es-ES"),
            ("es-MX", "es-419"),
            ("es-AR", "es-419"),
        ] {
            assert_eq!(found(&catalog, tag), locale, "{tag}");
        }
        // Only packs of the requested language: CLDR puts hi-Latn under en-IN, and nn
        // under no.
        let other_languages = self::catalog("cy", &["hi-Latn", "nn"]);
        for tag in ["en", "en-US", "en-IN", "nb", "no"] {
            assert_eq!(found(&other_languages, tag), "cy", "{tag}");
        }
        let english = self::catalog("en-US", &["en-GB"]);
        for (tag, locale) in [
            ("en-AU", "en-GB"),
            ("en-IE", "en-GB"),
            ("en", "en-US"),
            ("en-CA", "en-US"),
        ] {
            assert_eq!(found(&english, tag), locale, "{tag}");
        }
    }
}
