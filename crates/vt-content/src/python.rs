//! The Python face of the library (feature `python`), for the package `vt_content`.
//!
//! The core types are the Python classes: PyO3's derives sit on the types themselves
//! (`#[pyclass(frozen, eq, hash, get_all)]`), so each field and its documentation is
//! written once, in the core, and every field is a read-only attribute with the field's
//! doc comment as its docstring. Objects are immutable, compare and hash by value
//! (through the types' own `PartialEq` and `Hash`), and a list field gives a new `list`
//! on each read. This module adds what Python needs beyond the fields: how ids,
//! versions, codes and paths become `str`, kinds become the `enum.Enum`s of
//! `vt_content._kinds`, and `to_dict()` and `repr()` on every record.
//!
//! `bindings/python` builds the extension module `vt_content._native` from these types
//! and adds the pack object (with the warnings of its load), the exceptions and the
//! functions.

use std::convert::Infallible;

use pyo3::prelude::*;
use pyo3::types::PyString;
use serde::Serialize;
use serde_json::Value;

use crate::counted::Counted;
use crate::{
    About, Advice, Attribution, Burnout, Contact, ContactOrigin, ContentVersion, Cost, Days,
    Direction, Guidance, GuidanceKind, Id, JsonPointer, Labels, Licence, Locale, OpeningHours,
    Practice, PracticeKind, Review, ReviewStatus, Reviewer, SchemaVersion, SelfCareAction, Sign,
    SignsRecognised, SupportRoute, TextMessage, Translation, TranslationStatus, UrgentHelp,
    Violation, ViolationCode, Warning, WarningCode,
};
use crate::{Bump, ChangeKind, DiffMode};
use crate::{CatalogViolation, CatalogWarning};

pub use crate::error::unknown_id_message;

/// The exception `vt_content.<name>` (a class of `vt_content/_errors.py`) made with these
/// arguments, or the error met in making it.
pub fn exception<'py>(
    py: Python<'py>,
    name: &str,
    args: impl pyo3::call::PyCallArgs<'py>,
) -> PyErr {
    let class = py
        .import("vt_content._errors")
        .and_then(|module| module.getattr(name));
    match class.and_then(|class| class.call1(args)) {
        Ok(exception) => PyErr::from_value(exception),
        Err(error) => error,
    }
}

/// Converts a value to plain Python data (dict, list, str, int, bool, None) through its
/// JSON form, so that it is exactly what `json.loads` gives for the library's JSON.
pub fn to_python<'py>(py: Python<'py>, value: &impl Serialize) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|error| pyo3::exceptions::PyValueError::new_err(error.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// Values that Python sees as `str`, written as in a pack.
macro_rules! python_str {
    ($($type:ty => |$value:ident| $text:expr;)+) => {$(
        impl<'py> IntoPyObject<'py> for &$type {
            type Target = PyString;
            type Output = Bound<'py, PyString>;
            type Error = Infallible;

            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let $value = self;
                Ok(PyString::new(py, &$text))
            }
        }
    )+};
}

python_str! {
    Id => |id| id.as_str();
    SchemaVersion => |version| version.to_string();
    ContentVersion => |version| version.to_string();
    JsonPointer => |path| path.as_str();
    Locale => |locale| locale.as_str();
    ViolationCode => |code| code.as_str();
    WarningCode => |code| code.as_str();
}

/// Kinds that Python sees as members of an `enum.Enum` of `vt_content._kinds`, whose
/// values are the kinds' texts.
macro_rules! python_enum {
    ($($type:ty => $class:literal;)+) => {$(
        impl<'py> IntoPyObject<'py> for &$type {
            type Target = PyAny;
            type Output = Bound<'py, PyAny>;
            type Error = PyErr;

            fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
                py.import("vt_content._kinds")?
                    .getattr($class)?
                    .call1((self.as_str(),))
            }
        }
    )+};
}

python_enum! {
    PracticeKind => "PracticeKind";
    GuidanceKind => "GuidanceKind";
    ReviewStatus => "ReviewStatus";
    Days => "Days";
    Cost => "Cost";
    ContactOrigin => "ContactOrigin";
    Bump => "Bump";
    ChangeKind => "ChangeKind";
    DiffMode => "DiffMode";
    Direction => "Direction";
}

/// What `copy.copy` and `copy.deepcopy` give for an immutable object: the object itself,
/// as for a `tuple` (the body of its `__copy__` and `__deepcopy__`).
pub fn itself<T: pyo3::PyClass>(slf: PyRef<'_, T>) -> Py<T> {
    slf.into()
}

/// `to_dict()`, `repr()`, `copy.copy` and `copy.deepcopy` for records, which every record
/// has, and the methods given in braces after a type.
macro_rules! python_record {
    ($($type:ty $({ $($extra:item)* })?),+ $(,)?) => {$(
        #[pymethods]
        impl $type {
            /// The value as plain Python data, as it is written in a pack.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                to_python(py, self)
            }

            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                Ok(repr(&slf.get_type().qualname()?.to_string(), slf.get()))
            }

            fn __copy__(slf: PyRef<'_, Self>) -> Py<Self> {
                itself(slf)
            }

            fn __deepcopy__(slf: PyRef<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
                itself(slf)
            }

            $($($extra)*)?
        }
    )+};
}

python_record!(
    Translation,
    Labels,
    UrgentHelp,
    Contact,
    TextMessage,
    OpeningHours,
    Licence,
    Reviewer,
    Sign,
    SelfCareAction,
    Practice,
    SupportRoute,
    Attribution,
    Review {
        /// Whether the next review is due on or before `today`, a `datetime.date`.
        #[pyo3(name = "is_overdue")]
        fn py_is_overdue(&self, today: chrono::NaiveDate) -> bool {
            self.is_overdue(today)
        }
    },
    About,
    Burnout,
    Advice,
    SignsRecognised,
    Guidance,
    Violation {
        /// Pickles the violation as its code, path and message: the exceptions that hold
        /// violations cross a process boundary (from a `ProcessPoolExecutor`'s worker).
        fn __reduce__<'py>(
            &self,
            py: Python<'py>,
        ) -> Reduced<'py, (&'static str, String, String)> {
            let rebuild = py.import("vt_content._native")?.getattr("_violation")?;
            let path = self.path.as_str().to_owned();
            let fields = (self.code.as_str(), path, self.message.clone());
            Ok((rebuild, fields))
        }
    },
    Warning,
    TranslationStatus,
    CatalogViolation {
        /// Pickles the violation as its file and its violation, as a `Violation` pickles.
        fn __reduce__<'py>(
            &self,
            py: Python<'py>,
        ) -> Reduced<'py, (String, Violation)> {
            let rebuild = py.import("vt_content._native")?.getattr("_catalog_violation")?;
            Ok((rebuild, (self.file.clone(), self.violation.clone())))
        }
    },
    CatalogWarning,
);

/// What `__reduce__` gives pickle: the function that rebuilds a value, and its arguments.
type Reduced<'py, Args> = PyResult<(Bound<'py, PyAny>, Args)>;

/// A violation from its code, path and message, as `Violation.__reduce__` gives them: how
/// a pickled violation is loaded. Not for other use.
#[pyfunction]
pub fn _violation(code: &str, path: &str, message: String) -> PyResult<Violation> {
    let invalid = |what: &str, text: &str| {
        pyo3::exceptions::PyValueError::new_err(format!(
            "{} is not {what}",
            crate::quoted::Quoted(text)
        ))
    };
    let code = ViolationCode::from_text(code).ok_or_else(|| invalid("a violation code", code))?;
    let path = JsonPointer::parse(path).ok_or_else(|| invalid("a JSON Pointer", path))?;
    Ok(Violation::new(code, path, message))
}

/// A catalog violation from its file and violation, as `CatalogViolation.__reduce__` gives
/// them: how a pickled one is loaded. Not for other use.
#[pyfunction]
pub fn _catalog_violation(file: String, violation: &Bound<'_, Violation>) -> CatalogViolation {
    CatalogViolation {
        file,
        violation: violation.get().clone(),
    }
}

/// `Name(field="value", ...)`: the fields that name or sort a value (ids, titles,
/// codes, paths, kinds, dates and lists of ids), not its paragraphs.
fn repr(name: &str, value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(Value::Object(fields)) => format!("{name}({})", brief_fields(&fields)),
        _ => format!("{name}()"),
    }
}

fn brief_fields(fields: &serde_json::Map<String, Value>) -> String {
    fields
        .iter()
        .filter_map(|(name, value)| Some(format!("{name}={}", brief(value)?)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A short text of a value for a repr, or `None` to leave it out.
fn brief(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(format!("{text:?}")),
        Value::Bool(_) | Value::Number(_) => Some(value.to_string()),
        Value::Array(items) if items.iter().all(is_word) => Some(value.to_string()),
        Value::Array(items) if items.iter().all(Value::is_object) => {
            Some(format!("[{}]", Counted(items.len(), "item", "items")))
        }
        Value::Object(fields) => Some(format!("{{{}}}", brief_fields(fields))),
        Value::Array(_) | Value::Null => None,
    }
}

/// Whether a value is one word, such as an id.
fn is_word(value: &Value) -> bool {
    value
        .as_str()
        .is_some_and(|text| !text.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn a_repr_names_the_value_without_its_paragraphs() {
        let pack = crate::bundled();
        let sign = pack.sign("withdrawing").unwrap();
        assert_eq!(
            repr("Sign", sign),
            format!("Sign(id=\"withdrawing\", title={:?})", sign.title)
        );
        assert_eq!(
            repr("SignsRecognised", &pack.advice.signs_recognised),
            "SignsRecognised(speak_to=[\"trusted-person\",\"line-manager\"])"
        );
        let guidance = pack.guidance(["withdrawing"]).unwrap();
        let guidance = repr("Guidance", &guidance);
        assert!(
            guidance.starts_with("Guidance(kind=\"seek-support\", urgent_help={title="),
            "{guidance}"
        );
        assert!(
            guidance.contains(", recognised_signs=[1 item], "),
            "{guidance}"
        );
        assert!(guidance.contains(", speak_to=[2 items], "), "{guidance}");
    }
}
