//! The core's errors and warnings as Python objects and exceptions.
//!
//! The exception classes are defined in Python (`vt_content/_errors.py`), since
//! `UnknownIdError` is both a `ContentError` and a `KeyError`; this module raises them.

use std::fmt;

use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use vt_content as core;

use crate::python::{objects, package_class, to_python};

/// One thing wrong with a pack: where it is, what rule it breaks, and what to do.
#[pyclass(frozen, eq, hash, str, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Violation(pub core::Violation);

#[pymethods]
impl Violation {
    /// Which rule the pack breaks: a stable kebab-case code such as `invalid-id`.
    #[getter]
    fn code(&self) -> &'static str {
        self.0.code.as_str()
    }

    /// Where: an RFC 6901 JSON Pointer such as `/signs/1/id`, or `""` for the whole pack.
    #[getter]
    fn path(&self) -> &str {
        self.0.path.as_str()
    }

    /// A sentence for the person who edits the pack.
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }

    /// The violation as a dict with `code`, `path` and `message`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Violation(code={:?}, path={:?})",
            self.0.code.as_str(),
            self.0.path.as_str()
        )
    }
}

/// Something the editor of a pack should know about a pack that still loaded. It is not
/// a category of Python's `warnings` module.
#[pyclass(frozen, eq, hash, str, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct LoadWarning(pub core::Warning);

#[pymethods]
impl LoadWarning {
    /// What kind of warning this is: a stable kebab-case code such as `ignored-field`
    /// or `review-overdue`.
    #[getter]
    fn code(&self) -> &'static str {
        self.0.code.as_str()
    }

    /// Where: an RFC 6901 JSON Pointer.
    #[getter]
    fn path(&self) -> &str {
        self.0.path.as_str()
    }

    /// A sentence for the person who edits the pack.
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }

    /// The warning as a dict with `code`, `path` and `message`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "LoadWarning(code={:?}, path={:?})",
            self.0.code.as_str(),
            self.0.path.as_str()
        )
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The exception `vt_content.<name>` made with these arguments, or the error met in
/// making it.
fn exception<'py>(py: Python<'py>, name: &str, args: impl pyo3::call::PyCallArgs<'py>) -> PyErr {
    match package_class(py, "vt_content._errors", name).and_then(|class| class.call1(args)) {
        Ok(exception) => PyErr::from_value(exception),
        Err(error) => error,
    }
}

/// The exception for a pack that could not be loaded from the file `path` (`None` for text).
///
/// A refused pack raises `ValidationError` or its subclass `JsonSyntaxError` or
/// `UnsupportedSchemaVersionError`, each with every violation; a file that cannot be read
/// raises `OSError` (such as `FileNotFoundError`), as `open` would.
pub fn load_error(
    py: Python<'_>,
    error: core::LoadError,
    path: Option<&Bound<'_, PyAny>>,
) -> PyErr {
    let message = error.to_string();
    let violations = match objects(py, &error.violations(), Violation) {
        Ok(violations) => violations,
        Err(error) => return error,
    };
    match error {
        core::LoadError::Syntax(syntax) => exception(
            py,
            "JsonSyntaxError",
            (
                message,
                violations,
                syntax.code.as_str(),
                syntax.line,
                syntax.column,
            ),
        ),
        core::LoadError::UnsupportedSchemaVersion { found, supported } => exception(
            py,
            "UnsupportedSchemaVersionError",
            (
                message,
                violations,
                found.to_string(),
                supported.to_string(),
            ),
        ),
        core::LoadError::Io(io) => os_error(py, io, path),
        // `Invalid`, and any kind of error the core adds later: its violations say it all.
        _ => exception(py, "ValidationError", (message, violations)),
    }
}

/// An `OSError` with the errno, its text and the file name, which Python turns into the
/// subclass for the errno (`FileNotFoundError`, `PermissionError`, ...).
fn os_error(py: Python<'_>, error: std::io::Error, path: Option<&Bound<'_, PyAny>>) -> PyErr {
    let Some(errno) = error.raw_os_error() else {
        return PyErr::from(error);
    };
    match py
        .import("os")
        .and_then(|os| os.call_method1("strerror", (errno,)))
    {
        Ok(strerror) => PyOSError::new_err((
            errno,
            strerror.unbind(),
            path.map(|path| path.clone().unbind()),
        )),
        Err(error) => error,
    }
}

/// `UnknownIdError` for an id that names no item of this kind (`"practice"`, ...).
pub fn unknown_id(py: Python<'_>, id: &str, item: &str) -> PyErr {
    let message = format!("{id:?} is not the id of a {item} in this pack");
    exception(py, "UnknownIdError", (message, id))
}

/// `UnknownIdError` for a sign id given to `guidance` that the pack does not define.
pub fn unknown_sign(py: Python<'_>, error: core::UnknownSign) -> PyErr {
    exception(py, "UnknownIdError", (error.to_string(), error.id))
}
