//! A pack as Python gets it: the core's pack (its fields come from the core class
//! `PackContent`, which this class extends), the warnings of its load, lookups by id
//! that raise `UnknownIdError`, guidance, pseudo-locales, JSON and pickling.

use std::borrow::Cow;
use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::NaiveDate;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;
use vt_content as core;
use vt_content::python::itself;

use crate::errors::{load_error, unknown_id, unknown_sign};
use crate::render::{Nearest, json_ld, json_ld_text, with_id_prefix};
use vt_content::render::{Document, HtmlOptions};

/// Everything a front end needs to explain vicarious traumatisation (VT), in one locale.
///
/// Get one with `vt_content.bundled()`, `load(path)` or `loads(text)`. Its fields are
/// those of `PackContent`. It is immutable and safe to share between threads. Two packs
/// are equal, and hash alike, when their content is equal; `warnings`, which describe
/// the text a pack was loaded from, are not compared.
#[pyclass(extends = core::ContentPack, frozen, module = "vt_content")]
pub struct ContentPack {
    warnings: Vec<core::Warning>,
}

impl ContentPack {
    /// A new Python pack: the content, with the warnings of its load.
    pub fn new(
        py: Python<'_>,
        pack: core::ContentPack,
        warnings: Vec<core::Warning>,
    ) -> PyResult<Py<ContentPack>> {
        Py::new(py, (ContentPack { warnings }, pack))
    }
}

/// The core pack that a Python pack extends.
fn content<'a>(slf: &'a PyRef<'_, ContentPack>) -> &'a core::ContentPack {
    slf.as_super()
}

#[pymethods]
impl ContentPack {
    /// What the editor of the pack's text should know: fields of a newer minor schema
    /// version that were left out (`ignored-field`), then no labels of its own
    /// (`default-labels`), labels without their placeholders (`label-placeholders`),
    /// support routes named again (`repeated-route`), a locale whose script is not known
    /// (`unknown-direction`) and a draft no one has reviewed (`unreviewed-draft`). A pack
    /// from a `Catalog` has only the last five: the catalog keeps no ignored fields.
    #[getter]
    fn warnings(&self) -> Vec<core::Warning> {
        self.warnings.clone()
    }

    /// A `LoadWarning` with the code `review-overdue` when the pack's next review is due
    /// on or before `today` (a `datetime.date`), else `None`. Loading never gives this
    /// warning, since it depends on the day.
    fn review_warning(slf: PyRef<'_, Self>, today: NaiveDate) -> Option<core::Warning> {
        content(&slf).review_warning(today)
    }

    /// The sign with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn sign(slf: PyRef<'_, Self>, id: &Bound<'_, PyString>) -> PyResult<core::Sign> {
        let found = content(&slf).sign(&id.to_string_lossy()).cloned();
        found.ok_or_else(|| unknown_id(id, "sign"))
    }

    /// The self-care action with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn self_care_action(
        slf: PyRef<'_, Self>,
        id: &Bound<'_, PyString>,
    ) -> PyResult<core::SelfCareAction> {
        let found = content(&slf)
            .self_care_action(&id.to_string_lossy())
            .cloned();
        found.ok_or_else(|| unknown_id(id, "self-care action"))
    }

    /// The practice with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn practice(slf: PyRef<'_, Self>, id: &Bound<'_, PyString>) -> PyResult<core::Practice> {
        let found = content(&slf).practice(&id.to_string_lossy()).cloned();
        found.ok_or_else(|| unknown_id(id, "practice"))
    }

    /// The support route with this id; `UnknownIdError` (a `KeyError`) when there is none.
    fn support_route(
        slf: PyRef<'_, Self>,
        id: &Bound<'_, PyString>,
    ) -> PyResult<core::SupportRoute> {
        let found = content(&slf).support_route(&id.to_string_lossy()).cloned();
        found.ok_or_else(|| unknown_id(id, "support route"))
    }

    /// The advice for the signs a person recognises, given as an iterable of sign ids.
    ///
    /// With one sign or more, the advice is to speak to someone first, then to use the
    /// self-care actions and the practices; with none, it is the prevention advice. An id
    /// given twice counts once. An unknown id raises `UnknownIdError`.
    fn guidance(slf: PyRef<'_, Self>, recognised: &Bound<'_, PyAny>) -> PyResult<Py<Guidance>> {
        if recognised.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "guidance() takes an iterable of sign ids, not one str: write guidance([id])",
            ));
        }
        let given = recognised
            .try_iter()?
            .map(|id| Ok(id?.cast_into::<PyString>()?))
            .collect::<PyResult<Vec<Bound<'_, PyString>>>>()?;
        // A str with lone surrogates is no id: read with them replaced, it is unknown.
        let ids: Vec<Cow<'_, str>> = given.iter().map(|id| id.to_string_lossy()).collect();
        let guidance = content(&slf).guidance(&ids).map_err(|error| {
            let at = ids
                .iter()
                .position(|id| *id == error.id)
                .unwrap_or_default();
            unknown_sign(error, &given[at])
        })?;
        let py = slf.py();
        let pack: Py<ContentPack> = slf.into();
        Py::new(py, (Guidance { pack }, guidance))
    }

    /// The direction of the pack's text, from its locale: `Direction.RIGHT_TO_LEFT`
    /// (Arabic, Hebrew, Persian, Urdu, ...) or `Direction.LEFT_TO_RIGHT`. Its `value`,
    /// `"rtl"` or `"ltr"`, is HTML's `dir`.
    #[getter]
    fn direction<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let direction = content(&slf).locale.direction();
        (&direction).into_pyobject(slf.py())
    }

    /// This pack in a pseudo-locale, to test that a front end takes every text from the
    /// pack: `PseudoLocale.EN_XA` (accented, at least 35% longer, bracketed so that cut-off
    /// text shows) or `PseudoLocale.AR_XB` (right to left), or their tags `"en-XA"` and
    /// `"ar-XB"`. Ids and typed values are unchanged. The new pack is loaded with every
    /// check, and has the warnings of that load.
    ///
    /// Raises `ValidationError` when a transformed text breaks a rule (a long text can
    /// grow past 2,000 characters), and `ValueError` for any other locale.
    fn pseudo(slf: PyRef<'_, Self>, locale: &Bound<'_, PyAny>) -> PyResult<Py<ContentPack>> {
        let py = slf.py();
        let kind = py.import("vt_content._kinds")?.getattr("PseudoLocale")?;
        let tag: String = if locale.is_instance(&kind)? {
            locale.getattr("value")?.extract()?
        } else {
            locale.extract()?
        };
        let locale = core::PseudoLocale::from_tag(&tag).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{tag:?} is not a pseudo-locale: use PseudoLocale.EN_XA or PseudoLocale.AR_XB"
            ))
        })?;
        match core::pseudo(content(&slf), locale) {
            Ok(loaded) => ContentPack::new(py, loaded.pack, loaded.warnings),
            Err(error) => Err(load_error(py, error, None)),
        }
    }

    /// The pack as HTML: a standalone page, or with `fragment=True` an `article` to put
    /// in a page of your own. `stylesheet` links a standalone page (not a fragment) to a
    /// style sheet of yours instead of the built-in styles; `first_heading_level` (1 to 3)
    /// is the level of the title's heading; `id_prefix` (a kebab-case id of at most 64
    /// characters, such as `"vt"`) starts every id and every link to one (`vt-signs`), so
    /// that they stay unique in a page of your own. Every text from the pack is escaped.
    #[pyo3(
        signature = (*, fragment = false, stylesheet = None, first_heading_level = Nearest(1), id_prefix = None),
        text_signature = "($self, *, fragment=False, stylesheet=None, first_heading_level=1, id_prefix=None)"
    )]
    fn to_html(
        slf: PyRef<'_, Self>,
        fragment: bool,
        stylesheet: Option<String>,
        first_heading_level: Nearest<i32>,
        id_prefix: Option<String>,
    ) -> PyResult<String> {
        let options = HtmlOptions::new(fragment, stylesheet, first_heading_level.0);
        Ok(with_id_prefix(Document::pack(content(&slf)), id_prefix)?.to_html(&options))
    }

    /// The urgent help alone, set apart as the page sets it, to put on any page of your
    /// own (an error page, a banner), with the pack's language and direction; `None` when
    /// the pack gives none. Its heading is at `heading_level` (1 to 3; any other int is
    /// taken as the nearest), and its ids start with `id_prefix` as `to_html`'s do. Every
    /// text from the pack is escaped; `STYLESHEET` styles it.
    #[pyo3(
        signature = (heading_level = Nearest(2), *, id_prefix = None),
        text_signature = "($self, heading_level=2, *, id_prefix=None)"
    )]
    fn urgent_help_html(
        slf: PyRef<'_, Self>,
        heading_level: Nearest<i32>,
        id_prefix: Option<String>,
    ) -> PyResult<Option<String>> {
        Ok(with_id_prefix(Document::pack(content(&slf)), id_prefix)?
            .urgent_help_html(heading_level.0))
    }

    /// The pack as CommonMark, with anchors that match the HTML ids (with `id_prefix`,
    /// those of `to_html(id_prefix=...)`).
    #[pyo3(signature = (*, id_prefix = None), text_signature = "($self, *, id_prefix=None)")]
    fn to_markdown(slf: PyRef<'_, Self>, id_prefix: Option<String>) -> PyResult<String> {
        Ok(with_id_prefix(Document::pack(content(&slf)), id_prefix)?.to_markdown())
    }

    /// The pack as plain text, wrapped to `width` columns (at least 20: a smaller or negative
    /// width is taken as 20).
    #[pyo3(signature = (width = Nearest(80)), text_signature = "($self, width=80)")]
    fn to_text(slf: PyRef<'_, Self>, width: Nearest<usize>) -> String {
        Document::pack(content(&slf)).to_text(width.0)
    }

    /// The pack as a schema.org `MedicalWebPage` in JSON-LD, as plain Python data.
    fn to_json_ld<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        json_ld(slf.py(), &Document::pack(content(&slf)))
    }

    /// The JSON-LD of `to_json_ld()` as JSON text to put in a page's
    /// `<script type="application/ld+json">` as it is: `<`, `>` and `&` are written as
    /// `\u` escapes, so that no text of the pack can end the script element (which
    /// `json.dumps` of the data would let it do).
    fn to_json_ld_text(slf: PyRef<'_, Self>) -> String {
        json_ld_text(&Document::pack(content(&slf)))
    }

    /// The canonical JSON text of the pack: indented by two spaces, with a final line
    /// break, without the ignored fields. For the bundled pack it is its file exactly.
    fn to_json(slf: PyRef<'_, Self>) -> String {
        content(&slf).to_json()
    }

    /// The pack as plain Python data: what `json.loads(pack.to_json())` gives.
    fn to_dict<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        core::python::to_python(slf.py(), content(&slf))
    }

    /// Pickles the pack as its JSON text, loaded again with `vt_content.loads`; the
    /// unpickled pack is equal to this one, and has only the warnings of its content
    /// (such as the draft warning), not those of ignored fields.
    fn __reduce__<'py>(slf: PyRef<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let loads = slf.py().import("vt_content")?.getattr("loads")?;
        Ok((loads, (content(&slf).to_json(),)))
    }

    fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
        itself(slf)
    }

    fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        itself(slf)
    }

    fn __repr__(slf: PyRef<'_, Self>) -> String {
        let pack = content(&slf);
        format!(
            "ContentPack(id={:?}, version={:?}, locale={:?})",
            pack.id.as_str(),
            pack.version.to_string(),
            pack.locale.as_str()
        )
    }
}

/// The advice for a set of recognised signs, from `ContentPack.guidance`: the fields of
/// `GuidanceContent`, and pages drawn from it with the labels, language and credit of
/// the pack it came from. It informs; it is not a diagnosis and carries no score. Two
/// guidances are equal, and hash alike, when their advice and their packs are equal: the
/// same advice from a pack of another locale or other labels draws other pages.
#[pyclass(extends = core::Guidance, frozen, module = "vt_content")]
pub struct Guidance {
    pack: Py<ContentPack>,
}

impl Guidance {
    /// The document of this guidance.
    fn document(slf: &PyRef<'_, Self>) -> Document {
        let pack = slf.pack.bind(slf.py()).borrow();
        Document::guidance(content(&pack), slf.as_super())
    }
}

#[pymethods]
impl Guidance {
    fn __eq__(slf: PyRef<'_, Self>, other: &Bound<'_, PyAny>) -> bool {
        let py = slf.py();
        other.cast::<Guidance>().is_ok_and(|other| {
            let other = other.borrow();
            let (pack, other_pack) = (slf.pack.bind(py).borrow(), other.pack.bind(py).borrow());
            **slf.as_super() == **other.as_super() && content(&pack) == content(&other_pack)
        })
    }

    fn __hash__(slf: PyRef<'_, Self>) -> u64 {
        let mut hasher = DefaultHasher::new();
        (**slf.as_super()).hash(&mut hasher);
        content(&slf.pack.bind(slf.py()).borrow()).hash(&mut hasher);
        hasher.finish()
    }

    fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
        itself(slf)
    }

    fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        itself(slf)
    }

    /// The guidance as HTML; see `ContentPack.to_html` for the options.
    #[pyo3(
        signature = (*, fragment = false, stylesheet = None, first_heading_level = Nearest(1), id_prefix = None),
        text_signature = "($self, *, fragment=False, stylesheet=None, first_heading_level=1, id_prefix=None)"
    )]
    fn to_html(
        slf: PyRef<'_, Self>,
        fragment: bool,
        stylesheet: Option<String>,
        first_heading_level: Nearest<i32>,
        id_prefix: Option<String>,
    ) -> PyResult<String> {
        let options = HtmlOptions::new(fragment, stylesheet, first_heading_level.0);
        Ok(with_id_prefix(Self::document(&slf), id_prefix)?.to_html(&options))
    }

    /// The urgent help alone, as `ContentPack.urgent_help_html` gives it.
    #[pyo3(
        signature = (heading_level = Nearest(2), *, id_prefix = None),
        text_signature = "($self, heading_level=2, *, id_prefix=None)"
    )]
    fn urgent_help_html(
        slf: PyRef<'_, Self>,
        heading_level: Nearest<i32>,
        id_prefix: Option<String>,
    ) -> PyResult<Option<String>> {
        Ok(with_id_prefix(Self::document(&slf), id_prefix)?.urgent_help_html(heading_level.0))
    }

    /// The guidance as CommonMark, with anchors that match the HTML ids (with
    /// `id_prefix`, those of `to_html(id_prefix=...)`).
    #[pyo3(signature = (*, id_prefix = None), text_signature = "($self, *, id_prefix=None)")]
    fn to_markdown(slf: PyRef<'_, Self>, id_prefix: Option<String>) -> PyResult<String> {
        Ok(with_id_prefix(Self::document(&slf), id_prefix)?.to_markdown())
    }

    /// The guidance as plain text, wrapped to `width` columns (at least 20: a smaller or
    /// negative width is taken as 20).
    #[pyo3(signature = (width = Nearest(80)), text_signature = "($self, width=80)")]
    fn to_text(slf: PyRef<'_, Self>, width: Nearest<usize>) -> String {
        Self::document(&slf).to_text(width.0)
    }

    /// The guidance as a schema.org `MedicalWebPage` in JSON-LD, as plain Python data.
    fn to_json_ld<'py>(slf: PyRef<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        json_ld(slf.py(), &Self::document(&slf))
    }

    /// The JSON-LD of `to_json_ld()` as JSON text to put in a page's
    /// `<script type="application/ld+json">` as it is, escaped as the pack's is.
    fn to_json_ld_text(slf: PyRef<'_, Self>) -> String {
        json_ld_text(&Self::document(&slf))
    }
}
