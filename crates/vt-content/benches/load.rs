//! Loading speed: the bare `serde_json::Value` parse of each pack against the full load
//! (every rule checked) of the same bytes, in the same run, for valid packs from the
//! bundled one up to the 1 MiB limit and for invalid packs with many violations.
//!
//! `scripts/bench.sh` runs this and reads criterion's estimates to check the budgets.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use serde_json::Value;
use vt_content::{ContentPack, LoadError};

mod support;

fn load(c: &mut Criterion) {
    for (name, valid, invalid) in support::cases() {
        assert!(
            ContentPack::from_json(&valid).is_ok_and(|loaded| loaded.warnings.is_empty()),
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

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    load(&mut criterion);
    criterion.final_summary();
}
