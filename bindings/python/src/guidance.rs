//! The advice for the signs a person recognises, as a Python object.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde::Serialize;
use vt_content as core;

use crate::items::{Practice, SelfCareAction, Sign, SupportRoute};
use crate::python::{objects, texts, to_enum, to_python};

/// The advice for a set of recognised signs, put together by `ContentPack.guidance`.
///
/// It informs; it is not a diagnosis and carries no score.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash, Serialize)]
pub struct Guidance {
    kind: core::GuidanceKind,
    recognised_signs: Vec<core::Sign>,
    message: Vec<String>,
    speak_to: Vec<core::SupportRoute>,
    self_care_actions: Vec<core::SelfCareAction>,
    practices: Vec<core::Practice>,
    recovery_and_burnout: Vec<String>,
}

impl Guidance {
    /// A copy of the core's guidance, which borrows from its pack.
    pub fn new(guidance: core::Guidance<'_>) -> Self {
        Guidance {
            kind: guidance.kind,
            recognised_signs: guidance.recognised_signs.into_iter().cloned().collect(),
            message: guidance.message.to_vec(),
            speak_to: guidance.speak_to.into_iter().cloned().collect(),
            self_care_actions: guidance.self_care_actions.to_vec(),
            practices: guidance.practices.to_vec(),
            recovery_and_burnout: guidance.recovery_and_burnout.to_vec(),
        }
    }
}

#[pymethods]
impl Guidance {
    /// Which advice applies: a `vt_content.GuidanceKind`.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_enum(py, "GuidanceKind", self.kind.as_str())
    }

    /// The recognised signs, in the order given, each once.
    #[getter]
    fn recognised_signs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.recognised_signs, Sign)
    }

    /// The advice itself, in paragraphs.
    #[getter]
    fn message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.message)
    }

    /// The support routes to speak to first, in order; empty for prevention.
    #[getter]
    fn speak_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.speak_to, SupportRoute)
    }

    /// Every self-care action of the pack.
    #[getter]
    fn self_care_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.self_care_actions, SelfCareAction)
    }

    /// Every practice of the pack.
    #[getter]
    fn practices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.practices, Practice)
    }

    /// That what helps recovery from VT also helps with burnout, in paragraphs.
    #[getter]
    fn recovery_and_burnout<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.recovery_and_burnout)
    }

    /// The guidance as plain Python data, with the items in full and `kind` as its text.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, self)
    }

    fn __repr__(&self) -> String {
        let signs: Vec<&str> = self
            .recognised_signs
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        format!(
            "Guidance(kind={:?}, recognised_signs={signs:?})",
            self.kind.as_str()
        )
    }
}
