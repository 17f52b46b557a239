//! The least a library that loads packs can be: `scripts/bench.sh` builds this program with
//! the release profile and prints its stripped size beside the mobile library's.
//!
//! It reads a pack from standard input, loads it with every rule checked, and writes it
//! back (or the error report), then writes the bundled pack: the loader, the baked pack
//! and JSON output, with no FFI and no other capability.
//!
//! ```text
//! cargo run --release -p vt-content --example loader_floor < pack.json
//! ```

use std::io::{Read, Write};

fn main() -> std::io::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let mut out = std::io::stdout().lock();
    match vt_content::ContentPack::from_json(&text) {
        Ok(loaded) => writeln!(out, "{}", loaded.pack.to_json())?,
        Err(error) => writeln!(out, "{error}")?,
    }
    writeln!(out, "{}", vt_content::bundled().to_json())
}
