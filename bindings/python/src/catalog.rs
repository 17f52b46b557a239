//! A catalog of packs, one per locale, as a Python object: BCP 47 fallback and
//! negotiation are the core's.

use std::borrow::Cow;
use std::path::PathBuf;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyMapping, PyString, PyTuple};
use vt_content as core;
use vt_content::python::itself;

use crate::errors::{exception, os_error};
use crate::load::Input;
use crate::pack::ContentPack;

/// The packs of one content in several locales: the bundled catalog
/// (`vt_content.catalog()`), or one read from a directory (`vt_content.load_catalog`) or
/// made of texts (`vt_content.loads_catalog`).
///
/// Immutable and safe to share between threads. It gives the same object for a pack
/// each time, as `vt_content.bundled()` does.
#[pyclass(frozen, module = "vt_content")]
pub struct Catalog {
    catalog: Cow<'static, core::Catalog>,
    /// Each pack as Python gets it, made when first asked for, then given again: a web
    /// front end asks for one on every request.
    packs: Vec<PyOnceLock<Py<ContentPack>>>,
}

impl Catalog {
    fn new(catalog: Cow<'static, core::Catalog>) -> Catalog {
        let packs = catalog.packs().iter().map(|_| PyOnceLock::new()).collect();
        Catalog { catalog, packs }
    }

    /// `pack`, one of the catalog's, as Python gets it, with the warnings its content
    /// gives.
    fn python_pack(&self, py: Python<'_>, pack: &core::ContentPack) -> PyResult<Py<ContentPack>> {
        let new = || ContentPack::new(py, pack.clone(), pack.content_warnings());
        let index = self.catalog.position(pack);
        match index.and_then(|index| self.packs.get(index)) {
            Some(made) => made.get_or_try_init(py, new).map(|made| made.clone_ref(py)),
            None => new(),
        }
    }
}

#[pymethods]
impl Catalog {
    fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
        itself(slf)
    }

    fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        itself(slf)
    }

    /// The BCP 47 tags of the catalog's packs, in order.
    fn locales(&self) -> Vec<String> {
        self.catalog
            .locales()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The tag of the catalog's default pack: the source that the others translate.
    #[getter]
    fn default_locale(&self) -> String {
        self.catalog.default_pack().locale.to_string()
    }

    /// The pack for `tag`, with BCP 47 fallback (`cy-GB` → `cy` → the default;
    /// `zh-Hant-HK` → `zh-Hant`, never `zh`); the default pack when nothing matches.
    fn get(&self, py: Python<'_>, tag: &Bound<'_, PyString>) -> PyResult<Py<ContentPack>> {
        // A str with lone surrogates is no tag: read with them replaced, it matches none.
        self.python_pack(py, self.catalog.get(&tag.to_string_lossy()))
    }

    /// The best pack for a reader's preferences, given as an `Accept-Language` header (a
    /// `str`, with q-values) or as tags in order of preference: `(pack, requested)`,
    /// where `requested` is the preference the pack answers, or `None` when no preference
    /// matched and the pack is the default one.
    fn negotiate(
        &self,
        py: Python<'_>,
        preferences: &Bound<'_, PyAny>,
    ) -> PyResult<(Py<ContentPack>, Option<String>)> {
        if preferences.is_instance_of::<PyBytes>() || preferences.is_instance_of::<PyByteArray>() {
            return Err(PyTypeError::new_err(
                "negotiate() takes the Accept-Language header as str (decode the header's \
                 bytes as Latin-1, as HTTP headers are) or the tags as an iterable of str, \
                 not bytes",
            ));
        }
        // Other Python threads run while a long header is read.
        // A str with lone surrogates is read with them replaced: no tag has them.
        let found = if let Ok(header) = preferences.cast::<PyString>() {
            let header = header.to_string_lossy();
            py.detach(|| self.catalog.negotiate_header(&header))
        } else {
            let tags = preferences
                .try_iter()?
                .map(|tag| Ok(tag?.cast_into::<PyString>()?.to_string_lossy().into_owned()))
                .collect::<PyResult<Vec<String>>>()?;
            py.detach(|| self.catalog.negotiate(&tags))
        };
        let requested = found.requested.map(|locale| locale.to_string());
        Ok((self.python_pack(py, found.pack)?, requested))
    }

    /// What the catalog's editors should know: translations whose source has moved on
    /// (`stale-translation`) or that name a version it has not reached
    /// (`future-source-version`), and each place where a translation differs from its
    /// source other than in its texts, such as a contact's number (`differs-from-source`),
    /// and pack files named for a locale whose readers get another pack
    /// (`file-named-for-another-locale`), each with its file, in file order. Each pack's
    /// own warnings are in its `warnings`.
    #[getter]
    fn warnings(&self) -> Vec<core::CatalogWarning> {
        self.catalog.warnings().to_vec()
    }

    /// How complete and how current each translation is, in locale order; the texts
    /// changed since the version a translation translates are named when the catalog's
    /// directory keeps that version of the source in `released/`.
    fn translation_status(&self) -> Vec<core::TranslationStatus> {
        self.catalog.translation_status()
    }

    fn __repr__(&self) -> String {
        format!("Catalog(locales={:?})", self.locales())
    }
}

/// The bundled catalog: the bundled en-GB pack (no translation ships unless a person has
/// reviewed it). Every call returns the same object.
#[pyfunction]
pub fn catalog(py: Python<'_>) -> PyResult<Py<Catalog>> {
    static BUNDLED: PyOnceLock<Py<Catalog>> = PyOnceLock::new();
    let made = BUNDLED.get_or_try_init(py, || {
        Py::new(py, Catalog::new(Cow::Borrowed(core::bundled_catalog())))
    })?;
    Ok(made.clone_ref(py))
}

/// Reads a catalog from a directory of pack files, checking every pack and every rule of
/// a catalog. Raises `CatalogError` with every problem at once, and `OSError` when the
/// directory cannot be read.
#[pyfunction]
pub fn load_catalog(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Catalog> {
    let dir: PathBuf = path.extract()?;
    match py.detach(|| core::Catalog::from_dir(&dir)) {
        Err(core::CatalogError::Io { source, .. }) => Err(os_error(py, source, Some(path))),
        made => made_catalog(py, made),
    }
}

/// Makes a catalog of packs given as JSON texts (`str`, `bytes` or `bytearray`), by name, such as
/// their file names; a name that starts with `released/` is an earlier version of the
/// source pack. Raises `CatalogError` with every problem at once, each pack named by its
/// name, as `load_catalog` does.
#[pyfunction]
pub fn loads_catalog(py: Python<'_>, packs: &Bound<'_, PyMapping>) -> PyResult<Catalog> {
    let mut texts: Vec<(String, Input)> = Vec::new();
    for item in packs.items()?.iter() {
        let (name, text): (Bound<'_, PyString>, Bound<'_, PyAny>) = item.extract()?;
        let name = pack_name(&name)?;
        let Some(input) = Input::read(&text)? else {
            return Err(PyTypeError::new_err(format!(
                "the pack {name:?} is {}, not str, bytes or bytearray",
                text.get_type().name()?
            )));
        };
        texts.push((name, input));
    }
    made_catalog(py, py.detach(|| core::Catalog::from_texts(texts)))
}

/// A name given to `loads_catalog`, as given; a name with lone surrogates, which
/// `os.listdir` gives for a file name that is not UTF-8, is that file's name, shown as
/// `load_catalog` shows it (`caf\xE9.json`). A lone surrogate that stands for no byte of a
/// file name raises `UnicodeEncodeError`, as `os.fsencode` does.
fn pack_name(name: &Bound<'_, PyString>) -> PyResult<String> {
    match name.to_str() {
        Ok(name) => Ok(name.to_owned()),
        Err(_) => Ok(core::shown_path(&name.extract::<PathBuf>()?)),
    }
}

/// A catalog, or the `CatalogError` of one that could not be made.
fn made_catalog(
    py: Python<'_>,
    made: Result<core::Catalog, core::CatalogError>,
) -> PyResult<Catalog> {
    match made {
        Ok(catalog) => Ok(Catalog::new(Cow::Owned(catalog))),
        Err(error) => {
            let message = error.to_string();
            let core::CatalogError::Invalid {
                files, violations, ..
            } = error
            else {
                return Err(exception(
                    py,
                    "CatalogError",
                    (
                        message,
                        PyDict::new(py),
                        (),
                        PyDict::new(py),
                        PyDict::new(py),
                    ),
                ));
            };
            let (by_file, kinds, positions) = (PyDict::new(py), PyDict::new(py), PyDict::new(py));
            for file in files {
                kinds.set_item(&file.file, file.report.kind.as_str())?;
                if let Some(position) = file.report.kind.position() {
                    positions.set_item(&file.file, position)?;
                }
                by_file.set_item(file.file, PyTuple::new(py, file.report.violations)?)?;
            }
            let violations = PyTuple::new(py, violations)?;
            Err(exception(
                py,
                "CatalogError",
                (message, by_file, violations, kinds, positions),
            ))
        }
    }
}
