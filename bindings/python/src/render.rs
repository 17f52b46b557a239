//! The JSON-LD of a page from a pack or a guidance, drawn by the core's render module, as
//! Python data or as text.

use pyo3::prelude::*;
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
