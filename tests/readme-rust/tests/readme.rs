//! The Rust blocks of the READMEs, each run as a test (written by `build.rs`): each must
//! compile against the library as it is and run without an error.

/// The blocks name files from the repository's root, as the README's commands do.
fn at_repository_root() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    std::env::set_current_dir(root).expect("the repository's root");
}

include!(concat!(env!("OUT_DIR"), "/readme.rs"));
