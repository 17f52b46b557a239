//! The Python face of a diff (feature `python`): `to_dict()`, `repr()`, `str()` and the
//! changelog entry. The fields are the core's, through `get_all`.

use pyo3::prelude::*;

use super::{Change, Diff};
use crate::python::to_python;

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
}

#[pymethods]
impl Diff {
    /// A changelog entry for the new version, in Markdown: a `## VERSION` heading and
    /// the changes grouped by kind.
    #[pyo3(name = "changelog_entry")]
    fn py_changelog_entry(&self) -> String {
        self.changelog_entry()
    }

    /// The diff as plain Python data, as the command line's JSON writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }

    fn __repr__(&self) -> String {
        format!(
            "Diff(mode={:?}, old_version={:?}, new_version={:?}, required_bump={:?}, changes=[{} items])",
            self.mode.as_str(),
            self.old_version.to_string(),
            self.new_version.to_string(),
            self.required_bump.as_str(),
            self.changes.len()
        )
    }
}
