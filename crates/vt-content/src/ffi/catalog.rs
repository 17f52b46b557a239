//! A catalog of packs for Kotlin and Swift: `bundledCatalog()`, `loadCatalogFromDir(path)`,
//! `loadCatalogFromJson(packs)`, and the `Catalog` object's `get`, `negotiate`,
//! `negotiateHeader`, `locales`, `defaultLocale`, `warnings` and `translationStatus`; and a
//! pack's `translation()`.

use std::borrow::Cow;
use std::sync::{Arc, LazyLock, OnceLock};

use crate::ffi::ContentPack;
use crate::ffi::error::saturate;
use crate::{CatalogViolation, CatalogWarning, Violation};

/// The packs of one content in every language it has: one per locale, the source pack
/// and its translations, to pick one for a reader by locale, with fallback.
#[derive(Debug, uniffi::Object)]
pub struct Catalog {
    catalog: Cow<'static, crate::Catalog>,
    /// Each pack as an object, made when first asked for, then given again: an app or a
    /// server asks for one on every screen or request, and a copy of the whole pack each
    /// time would copy its every text.
    packs: Vec<OnceLock<Arc<ContentPack>>>,
}

impl Catalog {
    fn new(catalog: Cow<'static, crate::Catalog>) -> Arc<Catalog> {
        let packs = catalog.packs().iter().map(|_| OnceLock::new()).collect();
        Arc::new(Catalog { catalog, packs })
    }

    /// `pack`, one of the catalog's, as an object: the bundled catalog's shared, another
    /// catalog's copied once.
    fn object(&self, pack: &crate::ContentPack) -> Arc<ContentPack> {
        let index = self.catalog.position(pack);
        let made = |index: usize| match &self.catalog {
            Cow::Borrowed(catalog) => ContentPack::from(&catalog.packs()[index]),
            Cow::Owned(catalog) => catalog.packs()[index].clone().into(),
        };
        match index.and_then(|index| Some((index, self.packs.get(index)?))) {
            Some((index, cell)) => Arc::clone(cell.get_or_init(|| Arc::new(made(index)))),
            None => Arc::new(pack.clone().into()),
        }
    }

    /// The pack chosen for a reader's preferences, as Kotlin and Swift get it.
    fn matched(&self, found: crate::Negotiated<'_>) -> CatalogMatch {
        CatalogMatch {
            pack: self.object(found.pack),
            requested: found.requested.map(|l| l.to_string()),
        }
    }
}

/// The pack chosen for a reader's preferences.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CatalogMatch {
    /// The pack.
    pub pack: Arc<ContentPack>,
    /// The reader's preference it answers, or `null`/`nil` for the default pack.
    pub requested: Option<String>,
}

/// A pack file of a catalog that did not load.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct CatalogFileError {
    /// The file's name in the directory.
    pub file: String,
    /// What kind of error it is: `syntax`, `unsupported-schema-version`, `validation` or
    /// `io` (a file that could not be read, with no violations), as the fixtures write it.
    pub kind: String,
    /// Why it did not load, in one line.
    pub summary: String,
    /// For a syntax error, its line, counted from 1.
    pub line: Option<u32>,
    /// For a syntax error, its column in characters (Unicode code points, not UTF-16
    /// units: an emoji counts once), counted from 1.
    pub column: Option<u32>,
    /// Every violation in it.
    pub violations: Vec<Violation>,
}

/// Why a catalog could not be made.
#[derive(Debug, PartialEq, Eq, uniffi::Error)]
pub enum CatalogError {
    /// Packs that did not load and catalog rules broken, all at once.
    Invalid {
        /// A line of counts, then a line for each of the first 20 problems: a file that
        /// did not load, with how many violations it has and the first, or a catalog
        /// violation. `files` and `violations` hold every one.
        summary: String,
        /// The files that did not load.
        files: Vec<CatalogFileError>,
        /// The catalog rules broken.
        violations: Vec<CatalogViolation>,
    },
    /// The directory could not be read.
    Io {
        /// Why, in one line, with the directory.
        summary: String,
        /// What went wrong, as the operating system tells it.
        reason: String,
    },
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::Invalid { summary, .. } | CatalogError::Io { summary, .. } => {
                f.write_str(summary)
            }
        }
    }
}

impl From<crate::CatalogError> for CatalogError {
    fn from(error: crate::CatalogError) -> Self {
        let summary = error.to_string();
        match error {
            crate::CatalogError::Invalid { files, violations } => CatalogError::Invalid {
                summary,
                files: files
                    .into_iter()
                    .map(|file| {
                        let position = file.report.kind.position();
                        let (line, column) = position
                            .map(|(line, column)| (saturate(line), saturate(column)))
                            .unzip();
                        CatalogFileError {
                            file: file.file,
                            kind: file.report.kind.as_str().to_owned(),
                            summary: file.report.summary,
                            line,
                            column,
                            violations: file.report.violations,
                        }
                    })
                    .collect(),
                violations,
            },
            crate::CatalogError::Io { source, .. } => CatalogError::Io {
                summary,
                reason: source.to_string(),
            },
        }
    }
}

/// The bundled catalog: the en-GB pack alone, until a reviewed translation ships.
#[uniffi::export]
pub fn bundled_catalog() -> Arc<Catalog> {
    static BUNDLED: LazyLock<Arc<Catalog>> =
        LazyLock::new(|| Catalog::new(Cow::Borrowed(crate::bundled_catalog())));
    Arc::clone(&BUNDLED)
}

/// Loads every `*.json` file of a directory as a pack of a catalog; throws `Invalid`
/// (Kotlin: `CatalogException.Invalid`) with every file's violations and every catalog
/// rule broken.
#[uniffi::export]
pub fn load_catalog_from_dir(path: &str) -> Result<Arc<Catalog>, CatalogError> {
    Ok(Catalog::new(Cow::Owned(crate::Catalog::from_dir(path)?)))
}

/// A catalog of packs given as JSON texts, by name (such as each file's name among an
/// Android app's assets, which are not a directory); a name that starts with `released/`
/// is an earlier version of the source pack. Throws `Invalid` as `loadCatalogFromDir`
/// does, naming each pack by its name.
#[uniffi::export]
pub fn load_catalog_from_json(
    packs: std::collections::HashMap<String, String>,
) -> Result<Arc<Catalog>, CatalogError> {
    Ok(Catalog::new(Cow::Owned(crate::Catalog::from_texts(packs)?)))
}

#[uniffi::export]
impl Catalog {
    /// The pack for a BCP 47 tag, with fallback (`cy-GB` → `cy`, `zh-Hant-HK` →
    /// `zh-Hant`, `en-US` → `en` → an `en` pack), else the default pack. A platform's
    /// identifier is read as its tag: `de_DE`, as `java.util.Locale.toString()` and
    /// Foundation's `Locale.identifier` write it, is `de-DE` (`toLanguageTag()` gives the
    /// tag itself).
    pub fn get(&self, tag: &str) -> Arc<ContentPack> {
        self.object(self.catalog.get(tag))
    }

    /// The best pack for a reader's tags, most preferred first, each read as `get` reads
    /// a tag.
    pub fn negotiate(&self, tags: Vec<String>) -> CatalogMatch {
        self.matched(self.catalog.negotiate(tags))
    }

    /// The best pack for an HTTP `Accept-Language` header, with its q-values: a pack whose
    /// most specific range in the header has `q=0` is refused.
    pub fn negotiate_header(&self, header: &str) -> CatalogMatch {
        self.matched(self.catalog.negotiate_header(header))
    }

    /// The locales of the packs, sorted.
    pub fn locales(&self) -> Vec<String> {
        self.catalog
            .locales()
            .iter()
            .map(|l| l.to_string())
            .collect()
    }

    /// The locale of the default (source) pack.
    pub fn default_locale(&self) -> String {
        self.catalog.default_pack().locale.to_string()
    }

    /// Stale translations, and other things the catalog's editors should know.
    pub fn warnings(&self) -> Vec<CatalogWarning> {
        self.catalog.warnings().to_vec()
    }

    /// How complete and how current each translation is, in locale order.
    pub fn translation_status(&self) -> Vec<crate::TranslationStatus> {
        self.catalog.translation_status()
    }
}

#[uniffi::export]
impl ContentPack {
    /// For a translation, which version of which source pack it translates.
    pub fn translation(&self) -> Option<crate::Translation> {
        self.core().translation.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog gives one object for each pack, whatever the tag or the way it was asked
    /// for; the bundled catalog is one object too.
    #[test]
    fn a_pack_is_made_once_and_given_again() {
        let welsh = crate::BUNDLED_JSON
            .replacen("\"locale\": \"en-GB\"", "\"locale\": \"cy\"", 1)
            .replacen(
                "\n  \"review\"",
                "\n  \"translation\": {\"source_locale\": \"en-GB\", \"source_version\": \"1.0.0\"},\n  \"review\"",
                1,
            );
        let texts = [
            ("en-GB.json".to_owned(), crate::BUNDLED_JSON.to_owned()),
            ("cy.json".to_owned(), welsh),
        ];
        let catalog = load_catalog_from_json(texts.into_iter().collect()).unwrap();
        let cy = catalog.get("cy");
        assert_eq!(cy.core().locale, "cy");
        assert!(Arc::ptr_eq(&cy, &catalog.get("cy-GB")));
        assert!(Arc::ptr_eq(
            &cy,
            &catalog.negotiate(vec!["fr".into(), "cy".into()]).pack
        ));
        assert!(Arc::ptr_eq(
            &cy,
            &catalog.negotiate_header("cy, en;q=0.5").pack
        ));
        assert!(!Arc::ptr_eq(&cy, &catalog.get("en")));
        assert!(Arc::ptr_eq(&bundled_catalog(), &bundled_catalog()));
        let english = bundled_catalog().get("en-GB");
        let bundled = &crate::bundled_catalog().packs()[0];
        assert!(std::ptr::eq(english.core(), bundled), "shared, not copied");
    }

    /// A catalog error reads as its summary, the core error's text, in either case: a pack
    /// that did not load, with every field of its file's error, and a directory that
    /// cannot be read.
    #[test]
    fn a_catalog_error_reads_as_its_summary() {
        let texts = [("cy.json".to_owned(), "{\n\"title\": ]".to_owned())];
        let core = crate::Catalog::from_texts(texts.clone()).unwrap_err();
        let error = load_catalog_from_json(texts.into_iter().collect()).unwrap_err();
        let CatalogError::Invalid { summary, files, .. } = &error else {
            panic!("a pack that is not JSON made a catalog error of another kind: {error:?}")
        };
        assert_eq!(summary, &core.to_string());
        let crate::CatalogError::Invalid {
            files: core_files, ..
        } = &core
        else {
            panic!("{core:?}")
        };
        let report = &core_files[0].report;
        assert_eq!(
            files[0],
            CatalogFileError {
                file: "cy.json".to_owned(),
                kind: "syntax".to_owned(),
                summary: report.summary.clone(),
                line: Some(2),
                column: Some(10),
                violations: report.violations.clone(),
            }
        );
        assert_eq!(error.to_string(), core.to_string());

        let core = crate::Catalog::from_dir("/nowhere/packs").unwrap_err();
        let error = load_catalog_from_dir("/nowhere/packs").unwrap_err();
        let CatalogError::Io { reason, .. } = &error else {
            panic!("a missing directory made a catalog error of another kind: {error:?}")
        };
        // The system's words alone, which the summary ends with.
        assert!(
            !reason.is_empty() && !reason.contains("/nowhere"),
            "{reason}"
        );
        assert!(
            error.to_string().ends_with(&format!(": {reason}")),
            "{error}"
        );
        assert!(
            error
                .to_string()
                .starts_with("cannot read the catalog directory /nowhere/packs: "),
            "{error}"
        );
        assert_eq!(error.to_string(), core.to_string());
    }
}
