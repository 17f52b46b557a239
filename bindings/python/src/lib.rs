//! The native module `vt_content._native` of the Python package `vt_content`.
//!
//! A thin layer over the core crate `vt-content` with its `python` feature: the records
//! (signs, practices, guidance, violations, ...) are the core's own types, which are
//! Python classes there, so this module only registers them. It adds the pack as loaded
//! (the content with the warnings of its load), the functions that load a pack, and the
//! mapping of the core's errors to the exceptions that the Python part of the package
//! (`python/vt_content/`) defines. Import `vt_content`, not this module.

mod catalog;
mod diff;
mod errors;
mod load;
mod pack;
mod render;

use pyo3::prelude::*;
use vt_content as core;

/// The allocator of the module's Rust memory: mimalloc, as pydantic-core uses. A load
/// allocates a string for every text of a pack, and mimalloc makes that faster than the
/// system's allocator: a valid 1 MiB pack loads in 0.66 ms instead of 0.83 ms here.
/// Python's own objects are not affected.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The native part of `vt_content`; import `vt_content` instead.
#[pymodule(gil_used = false)]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(load::bundled, module)?)?;
    module.add_function(wrap_pyfunction!(load::load, module)?)?;
    module.add_function(wrap_pyfunction!(load::loads, module)?)?;
    module.add_function(wrap_pyfunction!(load::schema, module)?)?;
    module.add_function(wrap_pyfunction!(load::labels, module)?)?;
    module.add_function(wrap_pyfunction!(catalog::catalog, module)?)?;
    module.add_function(wrap_pyfunction!(catalog::load_catalog, module)?)?;
    module.add_function(wrap_pyfunction!(catalog::loads_catalog, module)?)?;
    module.add_class::<catalog::Catalog>()?;
    module.add_class::<core::CatalogViolation>()?;
    module.add_class::<core::CatalogWarning>()?;
    module.add_class::<core::TranslationStatus>()?;
    module.add("STYLESHEET", vt_content::render::STYLESHEET)?;
    module.add_class::<core::ContentPack>()?;
    module.add_class::<pack::ContentPack>()?;
    module.add_class::<core::Attribution>()?;
    module.add_class::<core::Labels>()?;
    module.add_class::<core::Translation>()?;
    module.add_class::<core::Licence>()?;
    module.add_class::<core::Reviewer>()?;
    module.add_class::<core::UrgentHelp>()?;
    module.add_class::<core::Contact>()?;
    module.add_class::<core::TextMessage>()?;
    module.add_class::<core::OpeningHours>()?;
    module.add_class::<core::Review>()?;
    module.add_class::<core::About>()?;
    module.add_class::<core::Burnout>()?;
    module.add_class::<core::Advice>()?;
    module.add_class::<core::SignsRecognised>()?;
    module.add_class::<core::Sign>()?;
    module.add_class::<core::SelfCareAction>()?;
    module.add_class::<core::Practice>()?;
    module.add_class::<core::SupportRoute>()?;
    module.add_class::<core::Guidance>()?;
    module.add_class::<pack::Guidance>()?;
    module.add_class::<core::Violation>()?;
    module.add_class::<core::Warning>()?;
    module.add_function(wrap_pyfunction!(core::python::_violation, module)?)?;
    module.add_function(wrap_pyfunction!(core::python::_catalog_violation, module)?)?;
    diff::register(module)?;
    Ok(())
}
