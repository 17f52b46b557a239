//! The advice for the signs a person recognises, as a Python object.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use vt_content as core;

use crate::items::{Practice, SelfCareAction, Sign, SupportRoute};
use crate::python::{objects, texts, to_enum, to_python};

/// The advice for a set of recognised signs, put together by `ContentPack.guidance`.
///
/// It informs; it is not a diagnosis and carries no score.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Guidance(pub core::Guidance);

#[pymethods]
impl Guidance {
    /// Which advice applies: a `vt_content.GuidanceKind`.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_enum(py, "GuidanceKind", self.0.kind.as_str())
    }

    /// The recognised signs, in the order given, each once.
    #[getter]
    fn recognised_signs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.0.recognised_signs, Sign)
    }

    /// The advice itself, in paragraphs.
    #[getter]
    fn message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.message)
    }

    /// The support routes to speak to first, in order; empty for prevention.
    #[getter]
    fn speak_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.0.speak_to, SupportRoute)
    }

    /// Every self-care action of the pack.
    #[getter]
    fn self_care_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.0.self_care_actions, SelfCareAction)
    }

    /// Every practice of the pack.
    #[getter]
    fn practices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.0.practices, Practice)
    }

    /// That what helps recovery from VT also helps with burnout, in paragraphs.
    #[getter]
    fn recovery_and_burnout<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.recovery_and_burnout)
    }

    /// The guidance as plain Python data, with the items in full and `kind` as its text.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        let signs: Vec<&str> = self
            .0
            .recognised_signs
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        format!(
            "Guidance(kind={:?}, recognised_signs={signs:?})",
            self.0.kind.as_str()
        )
    }
}
