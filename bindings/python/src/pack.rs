//! A content pack as a Python object: its fields, lookups by id and guidance.

use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};
use vt_content as core;

use crate::errors::{LoadWarning, unknown_id, unknown_sign};
use crate::guidance::Guidance;
use crate::items::{Practice, SelfCareAction, Sign, SupportRoute};
use crate::python::{objects, texts, to_python};
use crate::sections::{About, Advice, Attribution, Review};

/// Everything a front end needs to explain vicarious traumatisation (VT), in one locale.
///
/// Get one with `vt_content.bundled()`, `load(path)` or `loads(text)`. It is immutable
/// and safe to share between threads. Two packs are equal when their content is equal;
/// `warnings`, which describe the text a pack was loaded from, are not compared.
#[pyclass(frozen, eq, hash, module = "vt_content")]
pub struct ContentPack {
    pack: core::ContentPack,
    warnings: Vec<core::Warning>,
}

impl ContentPack {
    /// Wraps a loaded pack with the warnings of its load.
    pub fn new(loaded: core::Loaded) -> Self {
        ContentPack {
            pack: loaded.pack,
            warnings: loaded.warnings,
        }
    }
}

// Equality and hashing look at the content only, never at the warnings of its load.
impl PartialEq for ContentPack {
    fn eq(&self, other: &Self) -> bool {
        self.pack == other.pack
    }
}

impl Hash for ContentPack {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.pack.hash(state);
    }
}

#[pymethods]
impl ContentPack {
    /// Where an editor finds the JSON Schema of this file (its `$schema`), or `None`.
    #[getter]
    fn json_schema(&self) -> Option<&str> {
        self.pack.schema_link.as_deref()
    }

    /// The version of the pack format, `MAJOR.MINOR`, such as `"1.0"`.
    #[getter]
    fn schema_version(&self) -> String {
        self.pack.schema_version.to_string()
    }

    /// The pack's own stable id, such as `vicarious-traumatisation`.
    #[getter]
    fn id(&self) -> &str {
        self.pack.id.as_str()
    }

    /// The version of the content, a semantic version such as `"1.0.0"`.
    #[getter]
    fn version(&self) -> String {
        self.pack.version.to_string()
    }

    /// The BCP 47 language tag of the text, such as `en-GB`.
    #[getter]
    fn locale(&self) -> &str {
        &self.pack.locale
    }

    /// The title of the content.
    #[getter]
    fn title(&self) -> &str {
        &self.pack.title
    }

    /// What the content is about, in paragraphs.
    #[getter]
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.pack.summary)
    }

    /// Where the facts come from.
    #[getter]
    fn attribution(&self) -> Attribution {
        Attribution(self.pack.attribution.clone())
    }

    /// What the content is not: it informs and never diagnoses; in paragraphs.
    #[getter]
    fn disclaimer<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        texts(py, &self.pack.disclaimer)
    }

    /// When the content was last checked, and when it must be checked again.
    #[getter]
    fn review(&self) -> Review {
        Review(self.pack.review)
    }

    /// What VT is, who it can affect, and how it compares with burnout.
    #[getter]
    fn about(&self) -> About {
        About(self.pack.about.clone())
    }

    /// The warning signs of VT, in order.
    #[getter]
    fn signs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.pack.signs, Sign)
    }

    /// What to do regularly to build resilience and recover, in order.
    #[getter]
    fn self_care_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.pack.self_care_actions, SelfCareAction)
    }

    /// The three practices: ground, release and recharge.
    #[getter]
    fn practices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.pack.practices, Practice)
    }

    /// Where to turn for support, in order.
    #[getter]
    fn support<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.pack.support, SupportRoute)
    }

    /// What to do when you recognise signs, and how to lower your risk.
    #[getter]
    fn advice(&self) -> Advice {
        Advice(self.pack.advice.clone())
    }

    /// What the editor of the pack's text should know: fields of a newer minor schema
    /// version that were ignored. Empty for most packs, and always for `bundled()`.
    #[getter]
    fn warnings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        objects(py, &self.warnings, LoadWarning)
    }

    /// A `LoadWarning` with the code `review-overdue` when the pack's next review is due
    /// on or before `today` (a `datetime.date`), else `None`. Loading never gives this
    /// warning, since it depends on the day.
    fn review_warning(&self, today: NaiveDate) -> Option<LoadWarning> {
        self.pack.review_warning(today).map(LoadWarning)
    }

    /// The sign with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn sign(&self, py: Python<'_>, id: &str) -> PyResult<Sign> {
        self.pack
            .sign(id)
            .map(|sign| Sign(sign.clone()))
            .ok_or_else(|| unknown_id(py, id, "sign"))
    }

    /// The self-care action with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn self_care_action(&self, py: Python<'_>, id: &str) -> PyResult<SelfCareAction> {
        self.pack
            .self_care_action(id)
            .map(|action| SelfCareAction(action.clone()))
            .ok_or_else(|| unknown_id(py, id, "self-care action"))
    }

    /// The practice with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn practice(&self, py: Python<'_>, id: &str) -> PyResult<Practice> {
        self.pack
            .practice(id)
            .map(|practice| Practice(practice.clone()))
            .ok_or_else(|| unknown_id(py, id, "practice"))
    }

    /// The support route with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn support_route(&self, py: Python<'_>, id: &str) -> PyResult<SupportRoute> {
        self.pack
            .support_route(id)
            .map(|route| SupportRoute(route.clone()))
            .ok_or_else(|| unknown_id(py, id, "support route"))
    }

    /// The advice for the signs a person recognises, given as an iterable of sign ids.
    ///
    /// With one sign or more, the advice is to speak to someone first, then to use the
    /// self-care actions and the practices; with none, it is the prevention advice. An id
    /// given twice counts once. An unknown id raises `UnknownIdError`.
    fn guidance(&self, py: Python<'_>, recognised: &Bound<'_, PyAny>) -> PyResult<Guidance> {
        if recognised.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "guidance() takes an iterable of sign ids, not one str: write guidance([id])",
            ));
        }
        let ids = recognised
            .try_iter()?
            .map(|id| id?.extract::<String>())
            .collect::<PyResult<Vec<String>>>()?;
        match self.pack.guidance(&ids) {
            Ok(guidance) => Ok(Guidance(guidance)),
            Err(error) => Err(unknown_sign(py, error)),
        }
    }

    /// The canonical JSON text of the pack: indented by two spaces, with a final line
    /// break, without the ignored fields. For the bundled pack it is its file exactly.
    fn to_json(&self) -> String {
        self.pack.to_json()
    }

    /// The pack as plain Python data: what `json.loads(pack.to_json())` gives.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.pack)
    }

    /// Pickles the pack as its JSON text, loaded again with `vt_content.loads`; the
    /// unpickled pack is equal to this one and has no warnings.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let loads = py.import("vt_content")?.getattr("loads")?;
        Ok((loads, (self.to_json(),)))
    }

    fn __repr__(&self) -> String {
        format!(
            "ContentPack(id={:?}, version={:?}, locale={:?})",
            self.pack.id.as_str(),
            self.pack.version.to_string(),
            self.pack.locale
        )
    }
}
