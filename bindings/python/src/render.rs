//! Pages from a pack or a guidance, drawn by the core's render module: the options as
//! Python takes them (the id prefix, heading levels and widths), and the JSON-LD as
//! Python data or as text.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyInt;
use vt_content as core;
use vt_content::render::Document;

/// The JSON-LD of a document as plain Python data.
pub fn json_ld<'py>(py: Python<'py>, document: &Document) -> PyResult<Bound<'py, PyAny>> {
    core::python::to_python(py, document.json_ld())
}

/// The JSON-LD of a document as JSON text to put in a page's script element as it is.
pub fn json_ld_text(document: &Document) -> String {
    core::render::json_ld_text(document.json_ld())
}

/// `document` with every id of its HTML and Markdown after `id_prefix` and a hyphen, as
/// the core's `Document::with_id_prefix` gives them; `None` leaves the ids as they are. A
/// prefix that is not a kebab-case id is a `ValueError` that names the argument.
pub fn with_id_prefix(document: Document, id_prefix: Option<String>) -> PyResult<Document> {
    let Some(prefix) = id_prefix else {
        return Ok(document);
    };
    let prefix: core::Id = prefix
        .parse()
        .map_err(|error: core::InvalidId| PyValueError::new_err(format!("id_prefix: {error}")))?;
    Ok(document.with_id_prefix(&prefix))
}

/// A Python int taken as the nearest `T`, for a heading level or a width, which the core
/// takes as the nearest it can draw: an int beyond `T` (a negative width, a level of
/// `2**31`) is `T`'s nearest end, as Kotlin's and Swift's are, never an `OverflowError`.
/// Anything but an int is a `TypeError`, as before.
pub struct Nearest<T>(pub T);

/// The ends of an integer type, for [`Nearest`].
pub trait Ends: Sized {
    /// The least value.
    const LEAST: Self;
    /// The greatest value.
    const MOST: Self;
}

impl Ends for i32 {
    const LEAST: Self = i32::MIN;
    const MOST: Self = i32::MAX;
}

impl Ends for usize {
    const LEAST: Self = usize::MIN;
    const MOST: Self = usize::MAX;
}

impl<'a, 'py, T: Ends + FromPyObjectOwned<'py>> FromPyObject<'a, 'py> for Nearest<T> {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let value = value.cast::<PyInt>()?;
        match value.extract::<T>() {
            Ok(value) => Ok(Nearest(value)),
            Err(_) if value.lt(0)? => Ok(Nearest(T::LEAST)),
            Err(_) => Ok(Nearest(T::MOST)),
        }
    }
}
