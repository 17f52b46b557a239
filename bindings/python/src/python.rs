//! Conversions from the core's values to Python objects.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde::Serialize;

/// Converts a value to plain Python data (dict, list, str, int, bool, None) through its
/// JSON form, so that it is exactly what `json.loads` gives for the core's JSON.
pub(crate) fn to_python<'py>(
    py: Python<'py>,
    value: &impl Serialize,
) -> PyResult<Bound<'py, PyAny>> {
    let text =
        serde_json::to_string(value).map_err(|error| PyValueError::new_err(error.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// A class of the Python part of the package, such as `vt_content._errors.ValidationError`.
pub(crate) fn package_class<'py>(
    py: Python<'py>,
    module: &str,
    name: &str,
) -> PyResult<Bound<'py, PyAny>> {
    py.import(module)?.getattr(name)
}

/// The member of the enum `vt_content.<class>` whose value is `value`, the core's text
/// for it (such as `GuidanceKind::as_str`).
pub(crate) fn to_enum<'py>(
    py: Python<'py>,
    class: &str,
    value: &str,
) -> PyResult<Bound<'py, PyAny>> {
    package_class(py, "vt_content._kinds", class)?.call1((value,))
}

/// Texts as a tuple of `str`.
pub(crate) fn texts<'py>(py: Python<'py>, texts: &[String]) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, texts)
}

/// Items as a tuple of Python objects, each a copy wrapped in its class.
pub(crate) fn objects<'py, T: Clone, W: IntoPyObject<'py>>(
    py: Python<'py>,
    items: &[T],
    wrap: fn(T) -> W,
) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, items.iter().cloned().map(wrap))
}
