//! What changed between two packs: `diff(old, new)` and `diff_structure(source,
//! translation)`, which return the core's `Diff` (a Python class through the core's
//! `python` feature), with its `Change`s.

use pyo3::prelude::*;
use vt_content as core;

/// Registers the functions and classes of diffs in the module.
pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(diff, module)?)?;
    module.add_function(wrap_pyfunction!(diff_structure, module)?)?;
    module.add_class::<core::Diff>()?;
    module.add_class::<core::Change>()?;
    Ok(())
}

/// What changed from `old` to `new`, two versions of a pack in one locale: every change,
/// with its kind, its path in each pack and the version bump it needs; the bump the whole
/// diff needs; and the texts a translator must translate again.
///
/// Items are matched by id, never by position. A removed id needs a new major version,
/// new content a new minor version, a reworded text a new patch. Fields of a newer minor
/// schema version, which loading ignores, are not compared: when either pack has an
/// `ignored-field` warning, `required_bump` may be too small.
#[pyfunction]
fn diff(old: PyRef<'_, core::ContentPack>, new: PyRef<'_, core::ContentPack>) -> core::Diff {
    core::diff(&old, &new)
}

/// What differs between `source` and `translation`, packs of different locales, by ids
/// and structure only: items added, removed or moved, optional fields added or removed,
/// typed values changed; never a text, the locale, the review or the `translation`
/// section.
#[pyfunction]
fn diff_structure(
    source: PyRef<'_, core::ContentPack>,
    translation: PyRef<'_, core::ContentPack>,
) -> core::Diff {
    core::diff_structure(&source, &translation)
}
