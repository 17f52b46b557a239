//! What loading costs beyond time: the peak heap memory of each load, counted by a global
//! allocator. (The first `bundled()` call is timed by `first_call`, without this allocator.)
//!
//! Prints `key value` lines, which `scripts/bench.sh` reads. Set `VT_BENCH_PACKS=DIR` to
//! also write the packs of the benchmarks there (the Python benchmark reads them).

use std::hint::black_box;

use peak_alloc::PeakAlloc;
use vt_content::ContentPack;

mod support;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

fn main() {
    // An empty VT_BENCH_PACKS would write the packs into the working directory.
    if let Some(dir) = std::env::var_os("VT_BENCH_PACKS").filter(|dir| !dir.is_empty()) {
        support::write_packs(std::path::Path::new(&dir));
    }
    // What is done once per process (compiling the schema the full check reads) is not
    // counted: load a valid and an invalid pack first.
    drop(ContentPack::from_json(vt_content::BUNDLED_JSON));
    drop(ContentPack::from_json("{}"));
    for (name, valid, invalid) in support::cases() {
        for (kind, text) in [("valid", valid), ("invalid", invalid)] {
            let before = ALLOCATOR.current_usage();
            ALLOCATOR.reset_peak_usage();
            let outcome = black_box(ContentPack::from_json(black_box(&text)));
            let peak = ALLOCATOR.peak_usage().saturating_sub(before);
            drop(outcome);
            println!(
                "peak-memory {kind}-{name} {peak} bytes for {} bytes: {:.2}x",
                text.len(),
                peak as f64 / text.len() as f64
            );
        }
    }
}
