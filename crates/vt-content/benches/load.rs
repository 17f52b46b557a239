//! Loading speed: the bare `serde_json::Value` parse of each pack against the full load
//! (every rule checked) of the same bytes, in the same run, for valid packs from the
//! bundled one up to the 1 MiB limit and for invalid packs with many violations (and, for
//! the ratios only, 1 MiB packs that are nearly all violations: repeated keys, unknown
//! fields).
//!
//! After criterion's measurements it prints, for each pack, `ratio NAME R: ...`: the ratio of the
//! load to the parse measured in pairs (the two take turns, and the fastest time of each
//! is kept), which holds steady on a busy machine where two measurements taken minutes
//! apart drift. `scripts/bench.sh` checks the budgets with these.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use serde_json::Value;
use vt_content::{ContentPack, LoadError};

mod support;

fn load(c: &mut Criterion) {
    for (name, valid, invalid) in support::cases() {
        // The bundled pack is a draft: it loads with that warning.
        assert!(
            ContentPack::from_json(&valid).is_ok(),
            "the valid {name} pack loads"
        );
        let report = ContentPack::from_json(&invalid).expect_err("the invalid pack is refused");
        assert!(matches!(report, LoadError::Invalid(_)), "{name}: {report}");
        for (group_name, text) in [("valid", &valid), ("invalid", &invalid)] {
            let mut group = c.benchmark_group(group_name);
            group.throughput(Throughput::Bytes(text.len() as u64));
            if text.len() > 100_000 {
                group.sample_size(30);
            }
            group.bench_with_input(BenchmarkId::new("value", &name), text, |b, text| {
                b.iter(|| serde_json::from_str::<Value>(black_box(text)).expect("json"));
            });
            group.bench_with_input(BenchmarkId::new("load", &name), text, |b, text| {
                b.iter(|| ContentPack::from_json(black_box(text)));
            });
            group.finish();
        }
    }
}

/// The time of loading `text` over the time of parsing it into a `Value`, each the
/// fastest of 41 rounds in which the two take turns (the least disturbed by other work on
/// the machine), each round timed over enough calls to take about 2 ms.
fn paired_ratio(text: &str) -> (f64, f64, f64) {
    let parse = || drop(black_box(serde_json::from_str::<Value>(black_box(text))));
    let load = || drop(black_box(ContentPack::from_json(black_box(text))));
    let once = Instant::now();
    parse();
    let calls = (2_000_000 / once.elapsed().as_nanos().max(1)).clamp(1, 10_000);
    let time = |run: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..calls {
            run();
        }
        start.elapsed().as_secs_f64()
    };
    let (mut parsing, mut loading) = (f64::INFINITY, f64::INFINITY);
    for round in 0..41 {
        if round % 2 == 0 {
            parsing = parsing.min(time(&parse));
            loading = loading.min(time(&load));
        } else {
            loading = loading.min(time(&load));
            parsing = parsing.min(time(&parse));
        }
    }
    let per_call = |seconds: f64| seconds / calls as f64 * 1e9;
    (loading / parsing, per_call(loading), per_call(parsing))
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    load(&mut criterion);
    criterion.final_summary();
    let cases = support::cases()
        .into_iter()
        .flat_map(|(name, valid, invalid)| {
            [
                (format!("valid-{name}"), valid),
                (format!("invalid-{name}"), invalid),
            ]
        });
    let dense = support::dense_invalid_packs()
        .into_iter()
        .map(|(name, text)| {
            let report = ContentPack::from_json(&text).expect_err("the dense pack is refused");
            assert!(matches!(report, LoadError::Invalid(_)), "{name}: {report}");
            (format!("invalid-{name}"), text)
        });
    for (name, text) in cases.chain(dense) {
        let (ratio, load, parse) = paired_ratio(&text);
        println!(
            "ratio {name} {ratio:.3}: load {load:.0} ns, value parse {parse:.0} ns, {} bytes",
            text.len()
        );
    }
}
