//! What loading costs beyond time: the peak heap memory of each load (counted by a global
//! allocator), and the time of the first `bundled()` call in a fresh process.
//!
//! Prints `key value` lines, which `scripts/bench.sh` reads. Set `VT_BENCH_PACKS=DIR` to
//! also write the packs of the benchmarks there (the Python benchmark reads them).

use std::hint::black_box;
use std::process::Command;
use std::time::Instant;

use peak_alloc::PeakAlloc;
use vt_content::ContentPack;

mod support;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// How many fresh processes each first-call figure is the median of.
const RUNS: usize = 31;

fn main() {
    match std::env::args().nth(1).as_deref() {
        // A child process: time one first call, print nanoseconds.
        Some("--first-bundled") => {
            let start = Instant::now();
            black_box(vt_content::bundled());
            println!("{}", start.elapsed().as_nanos());
        }
        _ => parent(),
    }
}

fn parent() {
    if let Some(dir) = std::env::var_os("VT_BENCH_PACKS") {
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
    let mut times: Vec<u128> = (0..RUNS).map(|_| child("--first-bundled")).collect();
    times.sort_unstable();
    println!(
        "first-call bundled {} ns (median of {RUNS} processes; fastest {} ns)",
        times[RUNS / 2],
        times[0]
    );
}

fn child(flag: &str) -> u128 {
    let exe = std::env::current_exe().expect("this program");
    let output = Command::new(exe).arg(flag).output().expect("a child run");
    assert!(output.status.success(), "{flag} failed");
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("nanoseconds")
}
