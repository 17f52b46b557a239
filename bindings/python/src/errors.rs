//! The core's errors as the exceptions of `vt_content`.
//!
//! The exception classes are defined in Python (`vt_content/_errors.py`), since
//! `UnknownIdError` is both a `ContentError` and a `KeyError`; this module raises them,
//! each made from the core's [`ErrorReport`](core::ErrorReport).

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};
use vt_content as core;

pub(crate) use core::python::exception;

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
    let report = error.report();
    let violations = match PyTuple::new(py, report.violations) {
        Ok(violations) => violations,
        Err(error) => return error,
    };
    match (report.kind, error) {
        (_, core::LoadError::Io { source, .. }) => os_error(py, source, path),
        (core::ErrorKind::Syntax { line, column }, _) => {
            let code = violations
                .get_item(0)
                .and_then(|violation| violation.getattr("code"));
            match code {
                Ok(code) => exception(
                    py,
                    "JsonSyntaxError",
                    (report.summary, violations, code, line, column),
                ),
                Err(error) => error,
            }
        }
        (core::ErrorKind::UnsupportedSchemaVersion { found, supported }, _) => exception(
            py,
            "UnsupportedSchemaVersionError",
            (
                report.summary,
                violations,
                found.to_string(),
                supported.to_string(),
            ),
        ),
        // `Validation`, and any kind of error the core adds later: its violations say it all.
        _ => exception(py, "ValidationError", (report.summary, violations)),
    }
}

/// An `OSError` with the errno, its text and the file name, which Python turns into the
/// subclass for the errno (`FileNotFoundError`, `PermissionError`, ...). A path the system
/// cannot take (a NUL byte in it) is a `ValueError`, as for `open()`.
pub(crate) fn os_error(
    py: Python<'_>,
    error: std::io::Error,
    path: Option<&Bound<'_, PyAny>>,
) -> PyErr {
    let Some(errno) = error.raw_os_error() else {
        if error.kind() == std::io::ErrorKind::InvalidInput {
            return PyValueError::new_err(error.to_string());
        }
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

/// `UnknownIdError` for an id that names no item of this kind (`"practice"`, ...); its
/// `id` is the str as given.
pub fn unknown_id(id: &Bound<'_, PyString>, item: &str) -> PyErr {
    let message = core::python::unknown_id_message(&id.to_string_lossy(), item);
    exception(id.py(), "UnknownIdError", (message, id))
}

/// `UnknownIdError` for a sign id given to `guidance` that the pack does not define; its
/// `id` is the str as given.
pub fn unknown_sign(error: core::UnknownSign, given: &Bound<'_, PyString>) -> PyErr {
    exception(given.py(), "UnknownIdError", (error.to_string(), given))
}
