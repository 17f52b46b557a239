//! The native module `vt_content._native` of the Python package `vt_content`.
//!
//! A thin layer over the core crate `vt-content`: every class wraps a core type and every
//! answer comes from the core. Each class compares and hashes by the core value it wraps:
//! `#[pyclass(eq, hash)]` uses the `PartialEq` and `Hash` derived from it (PyO3 hashes
//! with `DefaultHasher`), so equal objects always hash alike. The Python part of the
//! package (`python/vt_content/`) defines the exceptions and the enums and re-exports
//! this module's classes and functions; import `vt_content`, not this module.

mod errors;
mod guidance;
mod items;
mod load;
mod pack;
mod python;
mod sections;

use pyo3::prelude::*;

/// The native part of `vt_content`; import `vt_content` instead.
#[pymodule(gil_used = false)]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_function(wrap_pyfunction!(load::bundled, module)?)?;
    module.add_function(wrap_pyfunction!(load::load, module)?)?;
    module.add_function(wrap_pyfunction!(load::loads, module)?)?;
    module.add_function(wrap_pyfunction!(load::schema, module)?)?;
    module.add_class::<pack::ContentPack>()?;
    module.add_class::<sections::Attribution>()?;
    module.add_class::<sections::Review>()?;
    module.add_class::<sections::About>()?;
    module.add_class::<sections::Burnout>()?;
    module.add_class::<sections::Advice>()?;
    module.add_class::<sections::SignsRecognised>()?;
    module.add_class::<items::Sign>()?;
    module.add_class::<items::SelfCareAction>()?;
    module.add_class::<items::Practice>()?;
    module.add_class::<items::SupportRoute>()?;
    module.add_class::<guidance::Guidance>()?;
    module.add_class::<errors::Violation>()?;
    module.add_class::<errors::LoadWarning>()?;
    Ok(())
}
