#!/usr/bin/env bash
# The benchmarks, then one line per performance budget with the measured figure and
# whether it holds. Budgets are checked here, never by timed tests.
#   1. cargo bench --bench footprint: peak heap memory of a load; it also writes the packs
#      that the benchmarks load to target/bench-packs. Then cargo bench --bench first_call:
#      the first bundled() call in fresh processes, in turns with the same bench built from
#      b4fb50b (the commit before the pack was baked, when bundled() parsed and checked the
#      JSON) with this release profile, in target/bench-before.
#   2. cargo bench --bench load: the bare serde_json::Value parse against the full load of
#      the same bytes (criterion; valid packs from the bundled one up to 1 MiB, and invalid
#      packs with many violations), then the ratios of the two measured in turns, and of
#      two 1 MiB packs that are nearly all violations (a repeated key, an unknown field).
#   3. benches/python/bench.py in target/bench-venv (created on first use): vt_content.loads
#      against jsonschema and fastjsonschema on the same packs.
#   4. the sizes of what ships: the stripped release uniffi library (the mobile library), with
#      rendering (the default) and without (--no-default-features), and the wheel that pip
#      builds from bindings/python in step 3. Beside them, for scale, the size of a program
#      that only loads packs (crates/vt-content/examples/loader_floor.rs): no FFI, no other
#      capability; and, where a nightly toolchain with rust-src is installed, the sizes of
#      the library and that program with std rebuilt for size (-Z build-std).
# Usage: scripts/bench.sh [--no-python | --report]   (exits 1 when a budget does not hold)
#   --no-python  skips step 3; --report only prints the budgets of the last run again.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/bench-results
mkdir -p "$out"

measure() {
    rm -rf target/criterion/valid target/criterion/invalid
    echo "== cargo bench --bench footprint"
    VT_BENCH_PACKS="$PWD/target/bench-packs" cargo bench -p vt-content --bench footprint 2>/dev/null |
        tee "$out/footprint.txt"
    echo "== cargo bench --bench first_call, against b4fb50b's"
    cargo bench -p vt-content --bench first_call -- --against "$(first_call_before)" |
        tee "$out/first-call.txt"
    echo "== cargo bench --bench load (log: $out/load.log)"
    cargo bench -p vt-content --bench load >"$out/load.log" 2>&1 ||
        { tail -30 "$out/load.log"; exit 2; }
    grep '^ratio' "$out/load.log"
    echo "== cargo build --release -p vt-content-uniffi, without rendering and with it"
    cargo build --quiet --release -p vt-content-uniffi --no-default-features
    stat -c 'uniffi-library-without-render %s' target/release/libvt_content_uniffi.so |
        tee "$out/sizes.txt"
    cargo build --quiet --release -p vt-content-uniffi
    stat -c 'uniffi-library %s' target/release/libvt_content_uniffi.so | tee -a "$out/sizes.txt"
    cargo build --quiet --release -p vt-content --example loader_floor
    stat -c 'loader-alone %s' target/release/examples/loader_floor | tee -a "$out/sizes.txt"
    measure_build_std
}

# For scale, where a nightly toolchain with rust-src is installed: the same library and
# program with std rebuilt for size and without its backtrace symbolizer (-Z build-std;
# panics still unwind), in target/bench-build-std.
measure_build_std() {
    local sysroot
    sysroot=$(rustc +nightly --print sysroot 2>/dev/null) || true
    if [ -z "$sysroot" ] || [ ! -d "$sysroot/lib/rustlib/src/rust/library" ]; then
        echo "== -Z build-std skipped: no nightly toolchain with rust-src"
        return
    fi
    echo "== cargo +nightly build -Z build-std, without rendering and with it"
    local target build_std
    target=$(rustc -vV | sed -n 's/^host: //p')
    build_std=(-Z build-std=std,panic_unwind -Z build-std-features=panic-unwind,optimize_for_size
        --target "$target" --target-dir target/bench-build-std)
    local built=target/bench-build-std/$target/release
    # Sizes for scale only: a nightly that cannot build them skips them, with a line.
    if cargo +nightly build --quiet --release -p vt-content-uniffi --no-default-features "${build_std[@]}" &&
        stat -c 'build-std-library-without-render %s' "$built/libvt_content_uniffi.so" >>"$out/sizes.txt" &&
        cargo +nightly build --quiet --release -p vt-content-uniffi "${build_std[@]}" &&
        stat -c 'build-std-library %s' "$built/libvt_content_uniffi.so" >>"$out/sizes.txt" &&
        cargo +nightly build --quiet --release -p vt-content --example loader_floor "${build_std[@]}" &&
        stat -c 'build-std-loader-alone %s' "$built/examples/loader_floor" >>"$out/sizes.txt"; then
        grep '^build-std' "$out/sizes.txt"
    else
        echo "== -Z build-std failed with this nightly: its sizes are left out"
    fi
}

# Builds the first_call bench in b4fb50b's tree (target/bench-before) with this release
# profile; prints the path of the program.
first_call_before() {
    local tree=target/bench-before/tree
    if [ ! -d "$tree" ]; then
        mkdir -p "$tree"
        git archive b4fb50b | tar -x -C "$tree" ||
            { echo "bench.sh needs commit b4fb50b: run it in a full clone" >&2; exit 2; }
        mkdir -p "$tree/crates/vt-content/benches"
        printf '\n[[bench]]\nname = "first_call"\nharness = false\n' >>"$tree/crates/vt-content/Cargo.toml"
        { echo; sed -n '/^\[profile.release\]/,/^$/p' Cargo.toml; } >>"$tree/Cargo.toml"
    fi
    # Copied whenever it changed, so that both sides always run the same bench.
    local bench=crates/vt-content/benches/first_call.rs
    cmp -s "$bench" "$tree/$bench" || cp "$bench" "$tree/$bench"
    cargo bench --quiet --manifest-path "$tree/Cargo.toml" -p vt-content --bench first_call \
        --no-run --message-format=json |
        python3 -c 'import json, sys; print(*{m["executable"] for m in map(json.loads, sys.stdin) if m.get("executable")})'
}

measure_python() {
    local venv=target/bench-venv
    if [ ! -x "$venv/bin/python" ]; then
        echo "== creating $venv"
        "${PYTHON:-python3}" -m venv "$venv"
    fi
    echo "== installing jsonschema, fastjsonschema and ./bindings/python"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check jsonschema fastjsonschema
    rm -rf "$out/wheel"
    "$venv/bin/python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
        --wheel-dir "$out/wheel" ./bindings/python
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
        --no-deps "$out"/wheel/*.whl
    stat -c 'wheel %s' "$out"/wheel/*.whl | tee -a "$out/sizes.txt"
    echo "== benches/python/bench.py"
    "$venv/bin/python" benches/python/bench.py target/bench-packs | tee "$out/python.jsonl"
}

case "${1:-}" in
    --report) ;;
    --no-python) measure; : >"$out/python.jsonl" ;;
    "") measure; measure_python ;;
    *) echo "usage: scripts/bench.sh [--no-python | --report]" >&2; exit 2 ;;
esac

echo "== budgets"
python3 - "$out" <<'PY'
import json, re, sys
from pathlib import Path

out = Path(sys.argv[1])
sizes = ["bundled", "64KiB", "256KiB", "1MiB"]
failed = False
# The wheel when the budget was set: 1.0 model, cargo's default release profile (README,
# "Sizes"). The wheel measured here is the one pip builds, with the same release profile.
BEFORE_WHEEL_BYTES = 604_784
KIB = 1024

def median(group, function, size):
    path = Path("target/criterion") / group / function / size / "new" / "estimates.json"
    return json.loads(path.read_text())["median"]["point_estimate"]  # nanoseconds

def pack_bytes(kind, size):
    return Path(f"target/bench-packs/{kind}-{size}.json").stat().st_size

def budget(text, value, holds, unit="x"):
    global failed
    failed |= not holds
    print(f"budget {text}: {value:.2f}{unit} {'HOLDS' if holds else 'FAILS'}")

load_log = (out / "load.log").read_text()
paired, load_ns = {}, {}
for name, ratio, load in re.findall(r"^ratio (\S+) ([\d.]+): load (\d+) ns", load_log, re.M):
    paired[name], load_ns[name] = float(ratio), int(load)
print("criterion medians; ratio: load over value parse, of the two medians and measured in"
      " turns, fastest of each (the budgets use these)")
print(f"{'pack':<16}{'bytes':>9}{'value parse':>13}{'load':>11}{'load MB/s':>11}{'ratio':>8}"
      f"{'paired':>8}")
for kind in ["valid", "invalid"]:
    for size in sizes:
        value, load = median(kind, "value", size), median(kind, "load", size)
        n = pack_bytes(kind, size)
        print(f"{kind + '-' + size:<16}{n:>9}{value / 1000:>10.1f} µs{load / 1000:>8.1f} µs"
              f"{n / load * 1000:>11.1f}{load / value:>7.2f}x"
              f"{paired[kind + '-' + size]:>7.2f}x")

footprint = (out / "footprint.txt").read_text()
for kind, limit in [("valid", 2.0), ("invalid", 10.0)]:
    for size in sizes:
        ratio = paired[f"{kind}-{size}"]
        budget(f"{kind}-load <= {limit:.0f}x value parse at {size}", ratio, ratio <= limit)
    per_byte = {s: load_ns[f"{kind}-{s}"] / pack_bytes(kind, s) for s in sizes}
    growth = per_byte["1MiB"] / per_byte["64KiB"]
    budget(f"{kind}-load linear in size (time per byte at 1MiB <= 1.25x at 64KiB)", growth,
           growth <= 1.25)

for dense, what in [("repeated-keys-1MiB", "a repeated key"),
                    ("unknown-fields-1MiB", "an unknown field")]:
    ratio = paired[f"invalid-{dense}"]
    budget(f"invalid-load <= 10x value parse at 1MiB of {what} every 12 bytes", ratio,
           ratio <= 10)

for kind in ["valid", "invalid"]:
    match = re.search(rf"^peak-memory {kind}-1MiB (\d+) bytes for (\d+) bytes", footprint, re.M)
    peak, size = int(match[1]), int(match[2])
    budget(f"peak memory of a {kind} 1MiB load < 4x input ({peak} bytes)", peak / size,
           peak / size < 4)
first_call = (out / "first-call.txt").read_text()
(median_ns, fastest_ns), (before_median_ns, before_fastest_ns) = (
    map(int, re.search(rf"^first-call {name} (\d+) ns .*fastest (\d+) ns", first_call, re.M)
        .groups()) for name in ["this", "against"])
budget(f"first bundled() call < 5% of b4fb50b's, fastest of 31 processes each, in turns "
       f"({fastest_ns / 1000:.1f} µs vs {before_fastest_ns / 1000:.1f} µs; medians "
       f"{median_ns / 1000:.1f} µs vs {before_median_ns / 1000:.1f} µs)",
       fastest_ns / before_fastest_ns * 100, fastest_ns < 0.05 * before_fastest_ns, unit="%")

artifact = dict(line.split() for line in (out / "sizes.txt").read_text().splitlines() if line)
for key, what in [("uniffi-library", ""),
                  ("uniffi-library-without-render", ", without rendering")]:
    library = int(artifact[key])
    budget(f"stripped release uniffi library for mobile{what} <= 900 KiB ({library:,} bytes)",
           library / KIB, library <= 900 * KIB, unit=" KiB")
if "loader-alone" in artifact:
    alone = int(artifact["loader-alone"])
    print(f"size, for scale: a program that only loads packs, with no FFI ({alone:,} bytes):"
          f" {alone / KIB:.2f} KiB")
for key, what in [("build-std-library-without-render", "the library without rendering"),
                  ("build-std-library", "the library with rendering"),
                  ("build-std-loader-alone", "the program that only loads packs")]:
    if key in artifact:
        size = int(artifact[key])
        print(f"size, for scale: {what}, std rebuilt with -Z build-std ({size:,} bytes):"
              f" {size / KIB:.2f} KiB")
if "wheel" in artifact:
    wheel = int(artifact["wheel"])
    budget(f"wheel no larger than before's ({wheel:,} bytes vs {BEFORE_WHEEL_BYTES:,})",
           wheel / BEFORE_WHEEL_BYTES, wheel <= BEFORE_WHEEL_BYTES)

python = [json.loads(line) for line in (out / "python.jsonl").read_text().splitlines() if line]
if python:
    result = {(r["pack"], r["library"]): r for r in python}
    libraries = ["vt_content", "vt_content-bytes", "fastjsonschema", "jsonschema"]
    print("python medians: loads(str), loads(bytes), json.loads + fastjsonschema, + jsonschema")
    print(f"{'python pack':<12}" + "".join(f"{name:>18}" for name in libraries))
    for size in sizes:
        print(f"{size:<12}" + "".join(
            f"{result[(size, lib)]['seconds'] * 1e6:>15.1f} µs" for lib in libraries))
    for other, limit in [("fastjsonschema", 3), ("jsonschema", 50)]:
        for size in sizes:
            for form, key in [("str", "vs_str"), ("bytes", "vs_bytes")]:
                speedup = result[(size, other)][key]
                budget(f"python loads({form}) >= {limit}x faster than {other} at {size}",
                       speedup, speedup >= limit)
sys.exit(1 if failed else 0)
PY
