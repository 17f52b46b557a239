//! The items a pack lists: signs, self-care actions, practices and support routes.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use vt_content as core;

use crate::python::{texts, to_enum, to_python};

/// A warning sign of vicarious traumatisation, such as losing hope in your work.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Sign(pub core::Sign);

#[pymethods]
impl Sign {
    /// The sign's stable id, such as `losing-hope`.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }

    /// The sign in a few words, for a list or a checkbox.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }

    /// What the sign can feel like, in paragraphs.
    #[getter]
    fn description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.description)
    }

    /// The sign as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Sign(id={:?}, title={:?})",
            self.0.id.as_str(),
            self.0.title
        )
    }
}

/// Something to do regularly that builds resilience to VT and helps recovery from it.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct SelfCareAction(pub core::SelfCareAction);

#[pymethods]
impl SelfCareAction {
    /// The action's stable id, such as `stay-connected`.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }

    /// The action in a few words.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }

    /// How to do it, in paragraphs.
    #[getter]
    fn how<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.how)
    }

    /// The action as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "SelfCareAction(id={:?}, title={:?})",
            self.0.id.as_str(),
            self.0.title
        )
    }
}

/// One of the three practices (ground, release and recharge): what it is for, how to do
/// it, and activities to try.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Practice(pub core::Practice);

#[pymethods]
impl Practice {
    /// The practice's stable id, such as `ground`.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }

    /// Which of the three practices this is: a `vt_content.PracticeKind`.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_enum(py, "PracticeKind", self.0.kind.as_str())
    }

    /// The practice in a few words.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }

    /// What the practice does for you, in paragraphs.
    #[getter]
    fn purpose<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.purpose)
    }

    /// How to do it, in paragraphs.
    #[getter]
    fn how<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.how)
    }

    /// Example activities, each a short phrase.
    #[getter]
    fn examples<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.examples)
    }

    /// The practice as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Practice(id={:?}, kind={:?}, title={:?})",
            self.0.id.as_str(),
            self.0.kind.as_str(),
            self.0.title
        )
    }
}

/// Somewhere to turn for support, such as a person you trust.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct SupportRoute(pub core::SupportRoute);

#[pymethods]
impl SupportRoute {
    /// The route's stable id, such as `line-manager`.
    #[getter]
    fn id(&self) -> &str {
        self.0.id.as_str()
    }

    /// The route in a few words.
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }

    /// When and how to use it, in paragraphs.
    #[getter]
    fn description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.description)
    }

    /// The route as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "SupportRoute(id={:?}, title={:?})",
            self.0.id.as_str(),
            self.0.title
        )
    }
}
