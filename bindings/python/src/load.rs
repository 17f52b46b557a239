//! Getting a pack: the bundled one, one from a file or one from text; and the schema.

use std::path::PathBuf;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use vt_content as core;

use crate::errors::load_error;
use crate::pack::ContentPack;

/// The bundled en-GB pack, with the warnings its loading gives (it is a draft). Every
/// call returns the same object.
#[pyfunction]
pub fn bundled(py: Python<'_>) -> PyResult<Py<ContentPack>> {
    static BUNDLED: PyOnceLock<Py<ContentPack>> = PyOnceLock::new();
    let pack = BUNDLED.get_or_try_init(py, || {
        let pack = core::bundled();
        ContentPack::new(py, pack.clone(), pack.content_warnings())
    })?;
    Ok(pack.clone_ref(py))
}

/// Loads a pack from a file, checking every rule of the pack format.
///
/// Raises `ValidationError` (or a subclass) listing every violation when the pack is
/// refused, and `OSError` when the file cannot be read.
#[pyfunction]
pub fn load(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<Py<ContentPack>> {
    let file: PathBuf = path.extract()?;
    match py.detach(|| core::ContentPack::from_path(&file)) {
        Ok(loaded) => ContentPack::new(py, loaded.pack, loaded.warnings),
        Err(error) => Err(load_error(py, error, Some(path))),
    }
}

/// Loads a pack from JSON text, checking every rule of the pack format.
///
/// `text` is a `str`, or `bytes` (or `bytearray`) that should be UTF-8 JSON text; bytes are
/// checked as they are, so a byte-order mark or invalid UTF-8 is reported with its
/// position. Raises `ValidationError` (or a subclass) listing every violation when the
/// pack is refused.
#[pyfunction]
pub fn loads(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Py<ContentPack>> {
    let Some(input) = Input::read(text)? else {
        return Err(PyTypeError::new_err(format!(
            "loads() takes str, bytes or bytearray, not {}",
            text.get_type().name()?
        )));
    };
    let loaded = py.detach(|| match &input {
        Input::Text(text) => core::ContentPack::from_json(text),
        Input::Bytes(bytes) => core::ContentPack::from_slice(bytes),
    });
    match loaded {
        Ok(loaded) => ContentPack::new(py, loaded.pack, loaded.warnings),
        Err(error) => Err(load_error(py, error, None)),
    }
}

/// The text given to `loads` (or as a pack to `loads_catalog`), read where Python holds
/// it: a `str` as its UTF-8, `bytes` as they are (a `bytearray`, which can change, is
/// copied).
pub(crate) enum Input {
    Text(PyBackedStr),
    Bytes(PyBackedBytes),
}

impl Input {
    /// `text` read as a pack's JSON text, or `None` when it is not a `str`, `bytes` or
    /// `bytearray`.
    pub(crate) fn read(text: &Bound<'_, PyAny>) -> PyResult<Option<Input>> {
        let input = if let Ok(text) = text.cast::<PyString>() {
            match text.extract::<PyBackedStr>() {
                Ok(text) => Input::Text(text),
                // A str holding lone surrogates is not UTF-8: the core reports where.
                Err(_) => Input::Bytes(
                    text.call_method1("encode", ("utf-8", "surrogatepass"))?
                        .extract()?,
                ),
            }
        } else if text.cast::<PyBytes>().is_ok() || text.cast::<PyByteArray>().is_ok() {
            Input::Bytes(text.extract()?)
        } else {
            return Ok(None);
        };
        Ok(Some(input))
    }
}

impl AsRef<[u8]> for Input {
    fn as_ref(&self) -> &[u8] {
        match self {
            Input::Text(text) => text.as_bytes(),
            Input::Bytes(bytes) => bytes,
        }
    }
}

/// The JSON Schema (draft 2020-12) of a content pack, as a dict: the same schema that
/// drives the loader's checks.
#[pyfunction]
pub fn schema(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    core::python::to_python(py, core::json_schema())
}

/// The labels to render `pack` with: its own, or the en-GB ones for a pack without
/// labels.
#[pyfunction]
pub fn labels(pack: PyRef<'_, ContentPack>) -> core::Labels {
    core::labels(pack.as_super()).into_owned()
}
