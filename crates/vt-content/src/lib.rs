//! Typed, versioned content about vicarious traumatisation (VT), with a JSON Schema.
//!
//! Vicarious traumatisation is the harm that repeated empathic contact with people in
//! distress can do to those who support them. This crate holds what a front end needs to
//! explain it: what VT is, its warning signs, how it differs from burnout, self-care
//! actions, three practices (ground, release, recharge) and where to turn for support,
//! as a [`ContentPack`] with stable ids.
//!
//! - [`bundled`] is the pack that ships with the crate, in British English, adapted
//!   from a page by RotherHive (Rotherham Place Partnership).
//! - [`ContentPack::from_json`] loads a pack of your own and reports every
//!   [`Violation`] in it, each with a stable [`ViolationCode`] and a JSON Pointer.
//! - [`ContentPack::guidance`] puts together the advice for the signs a person
//!   recognises. The content informs; it never diagnoses.
//! - [`json_schema`] is the JSON Schema of a pack, for editors and validators.
//!
//! ```
//! let pack = vt_content::bundled();
//! for sign in &pack.signs {
//!     println!("{}: {}", sign.id, sign.title);
//! }
//! let guidance = pack.guidance(["withdrawing", "low-motivation"])?;
//! for route in &guidance.speak_to {
//!     println!("Speak to: {}", route.title);
//! }
//! # Ok::<(), vt_content::UnknownSign>(())
//! ```

#[cfg(feature = "uniffi")]
uniffi::setup_scaffolding!("vt_content");

mod catalog;
mod consistency;
mod contact;
mod diff;
mod error;
mod fast;
#[cfg(feature = "uniffi")]
pub mod ffi;
mod format;
mod guidance;
mod id;
mod items;
mod labels;
mod load;
mod locale;
mod pack;
mod pointer;
mod pseudo;
#[cfg(feature = "python")]
pub mod python;
#[cfg(feature = "render")]
pub mod render;
mod report;
mod schema;
mod structure;
mod texts;
mod translate;
mod translation;
mod trust;
mod version;

use std::sync::OnceLock;

pub use catalog::{
    Catalog, CatalogError, CatalogViolation, CatalogWarning, FileError, Negotiated,
    accept_language, bundled_catalog,
};
pub use contact::{Contact, ContactOrigin, Cost, Days, OpeningHours, TextMessage, UrgentHelp};
pub use diff::{Bump, Change, ChangeKind, Diff, DiffMode, VersionError, diff, diff_structure};
pub use error::{
    LoadError, SyntaxError, UnknownSign, Violation, ViolationCode, Warning, WarningCode,
};
pub use guidance::{Guidance, GuidanceKind};
pub use id::{Id, InvalidId, MAX_ID_CHARS};
pub use items::{Practice, PracticeKind, SelfCareAction, Sign, SupportRoute};
pub use labels::{Labels, labels};
pub use load::Loaded;
pub use locale::{InvalidLocale, Locale};
pub use pack::{
    About, Advice, Attribution, Burnout, ContentPack, Licence, Review, ReviewStatus, Reviewer,
    SignsRecognised,
};
pub use pointer::JsonPointer;
pub use pseudo::{PseudoLocale, pseudo};
pub use report::{ErrorKind, ErrorReport};
pub use schema::{MAX_LIST_ITEMS, MAX_PACK_BYTES, MAX_TEXT_CHARS, SCHEMA_ID, json_schema};
#[cfg(feature = "po")]
pub use translate::po;
pub use translate::{
    ImportError, TranslationStatus, TranslationUnit, import_translation, translation_units,
};
pub use translation::Translation;
pub use version::{ContentVersion, InvalidSchemaVersion, SchemaVersion};

/// The JSON text of the bundled en-GB pack, as it ships in `content/en-GB.json`.
pub const BUNDLED_JSON: &str = include_str!("../content/en-GB.json");

/// The bundled en-GB pack, parsed and checked once, on first use.
///
/// ```
/// let pack = vt_content::bundled();
/// assert_eq!(pack.id, "vicarious-traumatisation");
/// assert_eq!(pack.practices.len(), 3);
/// ```
pub fn bundled() -> &'static ContentPack {
    static BUNDLED: OnceLock<ContentPack> = OnceLock::new();
    BUNDLED.get_or_init(|| match ContentPack::from_json(BUNDLED_JSON) {
        Ok(loaded) => loaded.pack,
        // The tests load the bundled pack, so a release can never ship one that fails.
        Err(error) => panic!("the bundled pack is invalid: {error}"),
    })
}
