//! The native library of the Kotlin and Swift bindings of [`vt_content`]:
//! `libvt_content_uniffi`, a cdylib for the JVM and Android, and a staticlib for iOS.
//!
//! Everything in it is the core crate's, with its `uniffi` feature: the records are the
//! core's own types and the functions are in [`vt_content::ffi`], so this crate holds no
//! code. uniffi-bindgen generates the Kotlin and Swift from this library, in library
//! mode (`bindings/uniffi/generate.sh` does it for the Maven project and the Swift
//! package):
//!
//! ```text
//! cargo build -p vt-content-uniffi
//! cargo run -p uniffi-bindgen -- generate --library target/debug/libvt_content_uniffi.so \
//!     --language kotlin --out-dir OUT
//! ```

pub use vt_content::ffi::*;
