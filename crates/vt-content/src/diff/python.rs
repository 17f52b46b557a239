//! The Python face of a diff (feature `python`): `to_dict()`, `repr()`, `str()`, the
//! changelog entry and the version check. The fields are the core's, through `get_all`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use super::{Change, Diff, VersionError};
use crate::ContentVersion;
use crate::counted::Counted;
use crate::python::{exception, itself, to_python};

/// The Python `VersionError` of a version check.
fn version_error(py: Python<'_>, error: VersionError) -> PyErr {
    exception(py, "VersionError", (error.to_string(), error.code()))
}

/// An optional text for a repr: `"text"` or `None`.
fn optional(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), |text| format!("{text:?}"))
}

#[pymethods]
impl Change {
    /// The change as plain Python data, as the command line's JSON writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }

    fn __repr__(&self) -> String {
        format!(
            "Change(kind={:?}, old_path={}, new_path={}, bump={:?})",
            self.kind.as_str(),
            optional(self.old_path.as_ref().map(|path| path.as_str())),
            optional(self.new_path.as_ref().map(|path| path.as_str())),
            self.bump.as_str()
        )
    }

    /// The change in a few words, with its paths and the bump it needs.
    fn __str__(&self) -> String {
        self.to_string()
    }

    fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
        itself(slf)
    }

    fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        itself(slf)
    }
}

#[pymethods]
impl Diff {
    /// A changelog entry for the new version, in Markdown: a `## VERSION` heading and
    /// the changes grouped by kind.
    #[pyo3(name = "changelog_entry")]
    fn py_changelog_entry(&self) -> String {
        self.changelog_entry()
    }

    /// Checks that the new pack's version is the bump its changes need, or a greater one
    /// (the same version when no change needs one): raises `VersionError`, whose `code` is
    /// `version-decreased` or `version-bump-too-small`, when it is not.
    #[pyo3(name = "check")]
    fn py_check(&self, py: Python<'_>) -> PyResult<()> {
        self.check().map_err(|error| version_error(py, error))
    }

    /// Checks that going from version `old` to version `new` (such as `"1.1.0"` and
    /// `"1.2.0"`) is the bump the changes need, or a greater one, whatever versions the
    /// packs themselves say: for a version proposed before it is written into the new
    /// pack. Raises `VersionError` as `check()` does, and `ValueError` when a version is
    /// not written `MAJOR.MINOR.PATCH` (semver).
    #[pyo3(name = "check_version")]
    fn py_check_version(&self, py: Python<'_>, old: &str, new: &str) -> PyResult<()> {
        let version = |text: &str| ContentVersion::read(text).map_err(PyValueError::new_err);
        self.check_version(&version(old)?, &version(new)?)
            .map_err(|error| version_error(py, error))
    }

    /// The diff as plain Python data, as the command line's JSON writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }

    /// The number of changes: a diff is false when nothing changed.
    fn __len__(&self) -> usize {
        self.changes.len()
    }

    fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
        itself(slf)
    }

    fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        itself(slf)
    }

    fn __repr__(&self) -> String {
        format!(
            "Diff(mode={:?}, old_version={:?}, new_version={:?}, required_bump={:?}, changes=[{}])",
            self.mode.as_str(),
            self.old_version.to_string(),
            self.new_version.to_string(),
            self.required_bump.as_str(),
            Counted(self.changes.len(), "item", "items")
        )
    }
}
