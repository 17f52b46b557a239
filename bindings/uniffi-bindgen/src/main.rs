//! The `uniffi-bindgen` command, pinned to the uniffi version that `vt-content-uniffi`
//! is built with, so the generated Kotlin and Swift always match the library.
//!
//! ```text
//! cargo run -p uniffi-bindgen -- generate --library target/debug/libvt_content_uniffi.so \
//!     --language kotlin --out-dir bindings/uniffi/kotlin/target/generated-sources/uniffi
//! ```

fn main() {
    uniffi::uniffi_bindgen_main();
}
