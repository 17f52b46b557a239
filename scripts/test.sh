#!/usr/bin/env bash
# The whole test suite: Rust checks, then each binding's tests.
# Usage: scripts/test.sh   (from anywhere; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
# One full pass: incremental compilation caches would only take disk space.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

echo "== rustfmt"
cargo fmt --all --check
echo "== clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== cargo test"
cargo test --workspace --locked
echo "== the Kotlin and Swift library without rendering (bindings/uniffi --no-default-features)"
cargo clippy -p vt-content-uniffi --no-default-features --all-targets --locked -- -D warnings
cargo test -p vt-content-uniffi --no-default-features --locked
echo "== cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
echo "== fuzz: a short bounded pass, 30 s per target (skipped without a nightly toolchain)"
scripts/fuzz.sh 30
echo "== Python"
scripts/test-python.sh
echo "== Browser (the exported pages and the web example)"
scripts/test-browser.sh
echo "== Kotlin"
scripts/test-kotlin.sh
echo "== Swift"
scripts/test-swift.sh
scripts/smoke-dist.sh --build   # dist/: every artifact built, then installed and run outside the repository
