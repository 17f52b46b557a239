//! The time of the first `bundled()` call in a fresh process: what every program that uses
//! the bundled pack pays once.
//!
//! This is a bench of its own, with the system allocator: `footprint` counts every
//! allocation for its memory figures, which would add to the time of each one.
//!
//! `first_call [--against EXE]` runs itself 31 times as a child (`--child`), each timing
//! one call, and prints the median and the fastest. With `--against`, it runs EXE (this bench
//! built from another commit) as a child in turns with itself, so that both see the same
//! machine, and prints its figures too (`scripts/bench.sh` builds b4fb50b's this way).

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// How many fresh processes each figure is the median of.
const RUNS: usize = 31;

fn main() {
    // cargo bench passes --bench to every bench program.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--child"] => {
            let start = Instant::now();
            black_box(vt_content::bundled());
            println!("{}", start.elapsed().as_nanos());
        }
        [] => report(
            "this",
            &mut runs(&[&std::env::current_exe().expect("this program")])[0],
        ),
        ["--against", other] => {
            let this = std::env::current_exe().expect("this program");
            let [mut this_times, mut other_times] =
                <[Vec<u128>; 2]>::try_from(runs(&[&this, Path::new(other)])).expect("two");
            report("this", &mut this_times);
            report("against", &mut other_times);
        }
        _ => panic!("usage: first_call [--against EXE]"),
    }
}

/// The times of `RUNS` children of each program, run in turns.
fn runs(programs: &[&Path]) -> Vec<Vec<u128>> {
    let mut times = vec![Vec::with_capacity(RUNS); programs.len()];
    for _ in 0..RUNS {
        for (program, times) in programs.iter().zip(&mut times) {
            times.push(child(program));
        }
    }
    times
}

fn child(program: &Path) -> u128 {
    let output = Command::new(program)
        .arg("--child")
        .output()
        .expect("a child run");
    assert!(
        output.status.success(),
        "{} --child failed",
        program.display()
    );
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("nanoseconds")
}

fn report(name: &str, times: &mut [u128]) {
    times.sort_unstable();
    println!(
        "first-call {name} {} ns (median of {RUNS} processes; fastest {} ns)",
        times[RUNS / 2],
        times[0]
    );
}
