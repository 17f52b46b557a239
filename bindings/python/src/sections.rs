//! The sections of a pack: attribution, review, about (with burnout) and advice.

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use vt_content as core;

use crate::python::{texts, to_python};

/// The source the content is adapted from.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Attribution(pub core::Attribution);

#[pymethods]
impl Attribution {
    /// The title of the source page.
    #[getter]
    fn source_title(&self) -> &str {
        &self.0.source_title
    }

    /// The name of the service that published the source.
    #[getter]
    fn source_name(&self) -> &str {
        &self.0.source_name
    }

    /// Who publishes the source.
    #[getter]
    fn publisher(&self) -> &str {
        &self.0.publisher
    }

    /// Whether the text is adapted (reworded) rather than quoted.
    #[getter]
    fn adapted(&self) -> bool {
        self.0.adapted
    }

    /// A credit line to show with the content.
    #[getter]
    fn notice(&self) -> &str {
        &self.0.notice
    }

    /// The attribution as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Attribution(source_name={:?}, publisher={:?})",
            self.0.source_name, self.0.publisher
        )
    }
}

/// When the content was last reviewed and when the next review is due.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Review(pub core::Review);

#[pymethods]
impl Review {
    /// The day the content was last reviewed, a `datetime.date`.
    #[getter]
    fn last_reviewed(&self) -> NaiveDate {
        self.0.last_reviewed
    }

    /// The day by which it must be reviewed again, a `datetime.date` after `last_reviewed`.
    #[getter]
    fn next_review_due(&self) -> NaiveDate {
        self.0.next_review_due
    }

    /// Whether the next review is due on or before `today`.
    fn is_overdue(&self, today: NaiveDate) -> bool {
        self.0.is_overdue(today)
    }

    /// The review as plain Python data, as it is written in a pack (dates as `YYYY-MM-DD`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Review(last_reviewed={}, next_review_due={})",
            self.0.last_reviewed, self.0.next_review_due
        )
    }
}

/// What vicarious traumatisation is.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct About(pub core::About);

#[pymethods]
impl About {
    /// What VT is, in paragraphs.
    #[getter]
    fn definition<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.definition)
    }

    /// Other names for VT, such as compassion fatigue.
    #[getter]
    fn also_known_as<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.also_known_as)
    }

    /// How VT comes about, in paragraphs.
    #[getter]
    fn how_it_happens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.how_it_happens)
    }

    /// The settings where supporting someone can lead to VT, each a short sentence.
    #[getter]
    fn who_can_be_affected<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.who_can_be_affected)
    }

    /// How VT differs from burnout and how the two overlap.
    #[getter]
    fn burnout(&self) -> Burnout {
        Burnout(self.0.burnout.clone())
    }

    /// The section as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!("About(also_known_as={:?})", self.0.also_known_as)
    }
}

/// How VT and burnout differ and overlap.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Burnout(pub core::Burnout);

#[pymethods]
impl Burnout {
    /// How the two differ, in paragraphs.
    #[getter]
    fn differences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.differences)
    }

    /// How the two go together, in paragraphs.
    #[getter]
    fn overlap<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.overlap)
    }

    /// The section as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Burnout({} differences, {} overlap)",
            self.0.differences.len(),
            self.0.overlap.len()
        )
    }
}

/// The advice of the source, which `ContentPack.guidance` puts together.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct Advice(pub core::Advice);

#[pymethods]
impl Advice {
    /// What to do when you recognise one or more signs.
    #[getter]
    fn signs_recognised(&self) -> SignsRecognised {
        SignsRecognised(self.0.signs_recognised.clone())
    }

    /// How knowing the signs and caring for yourself lowers your risk, in paragraphs.
    #[getter]
    fn prevention<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.prevention)
    }

    /// Why and how often to do the self-care actions, in paragraphs.
    #[getter]
    fn self_care<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.self_care)
    }

    /// What the three practices do together, in paragraphs.
    #[getter]
    fn practices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.practices)
    }

    /// That what helps recovery from VT also helps with burnout, in paragraphs.
    #[getter]
    fn recovery_and_burnout<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.recovery_and_burnout)
    }

    /// The section as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Advice(signs_recognised={})",
            self.signs_recognised().__repr__()
        )
    }
}

/// What to do when you recognise one or more signs.
#[pyclass(frozen, eq, hash, module = "vt_content")]
#[derive(PartialEq, Eq, Hash)]
pub struct SignsRecognised(pub core::SignsRecognised);

#[pymethods]
impl SignsRecognised {
    /// The advice, in paragraphs.
    #[getter]
    fn message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.0.message)
    }

    /// The ids of the support routes to speak to first, in order.
    #[getter]
    fn speak_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.speak_to.iter().map(core::Id::as_str))
    }

    /// The section as plain Python data, as it is written in a pack.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.0)
    }

    fn __repr__(&self) -> String {
        let ids: Vec<&str> = self.0.speak_to.iter().map(core::Id::as_str).collect();
        format!("SignsRecognised(speak_to={ids:?})")
    }
}
