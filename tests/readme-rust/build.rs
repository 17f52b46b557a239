//! Writes each Rust block of the READMEs as a test function (`$OUT_DIR/readme.rs`), which
//! `tests/readme.rs` includes: a block is the body of a function that may use `?`.

use std::path::Path;
use std::{env, fs};

/// The READMEs with Rust blocks, from the repository's root.
const READMES: [&str; 2] = ["README.md", "crates/vt-content/README.md"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut tests = String::new();
    for readme in READMES {
        let path = root.join(readme);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("the README is readable");
        let mut block: Option<(usize, String)> = None;
        let mut blocks = 0;
        for (index, line) in text.lines().enumerate() {
            match &mut block {
                None if line.starts_with("```rust") => block = Some((index + 1, String::new())),
                None => {}
                Some((start, code)) if line == "```" => {
                    tests.push_str(&test(readme, *start, code));
                    blocks += 1;
                    block = None;
                }
                Some((_, code)) => {
                    code.push_str(line);
                    code.push('\n');
                }
            }
        }
        assert!(block.is_none(), "{readme}: a Rust block is not closed");
        assert!(
            blocks > 0,
            "{readme}: no Rust block found, so none is tested"
        );
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("readme.rs");
    fs::write(out, tests).expect("the tests are written");
}

/// The test of the block at `line` of `readme`, named after both.
fn test(readme: &str, line: usize, code: &str) -> String {
    let name: String = readme
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "/// {readme}, the block at line {line}.\n\
         #[test]\n\
         #[allow(unused_variables)]\n\
         fn {name}_line_{line}() -> Result<(), Box<dyn std::error::Error>> {{\n\
         at_repository_root();\n\
         {code}\
         Ok(())\n\
         }}\n\n"
    )
}
