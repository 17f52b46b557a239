//! Pages from a pack or a guidance, drawn by the core's render module, with options as
//! Python keyword arguments.

use pyo3::prelude::*;
use vt_content as core;
use vt_content::render::{Document, HtmlOptions};

/// The HTML options of `to_html(fragment=..., stylesheet=..., first_heading_level=...)`.
pub fn html_options(
    fragment: bool,
    stylesheet: Option<String>,
    first_heading_level: i32,
) -> HtmlOptions {
    let options = HtmlOptions::default()
        .fragment(fragment)
        .first_heading_level(first_heading_level);
    match stylesheet {
        Some(href) => options.stylesheet(href),
        None => options,
    }
}

/// The JSON-LD of a document as plain Python data.
pub fn json_ld<'py>(py: Python<'py>, document: &Document) -> PyResult<Bound<'py, PyAny>> {
    core::python::to_python(py, document.json_ld())
}

/// The JSON-LD of a document as JSON text to put in a page's script element as it is.
pub fn json_ld_text(document: &Document) -> String {
    core::render::json_ld_text(document.json_ld())
}
