#!/usr/bin/env bash
# The whole test suite: Rust checks, then each binding's tests.
# Usage: scripts/test.sh   (from anywhere; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/.."
# One full pass: incremental compilation caches would only take disk space.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

# The disk left, in the log: a CI machine's disk is not always large.
disk() { df -Ph . | awk 'NR == 2 { print "   (disk: " $4 " free)" }'; }
# With VT_CONTENT_CI=1 (.ci/run sets it), what a passed stage built and no later stage uses is
# removed: the Rust test executables and the fuzz targets' build, about 1.3 GB. A run on a
# developer's machine keeps them, for the next run to reuse.
free_after() { # what
    [ "${VT_CONTENT_CI:-}" = 1 ] || return 0
    case "$1" in
        # Test executables only: a binary cargo also copies to target/debug has a second link.
        rust-tests) find target/debug/deps -maxdepth 1 -type f -perm -u+x -links 1 ! -name '*.so' -delete ;;
        fuzz) rm -rf fuzz/target ;;
    esac
    disk
}
# Each stage's heading gives the time since the start: CI has a time limit, and this shows
# where the time goes.
elapsed() { echo "$((SECONDS / 60)) min $((SECONDS % 60)) s"; }
stage() { echo "== $1   (at $(elapsed))"; }
disk

stage "rustfmt"
cargo fmt --all --check
# The fuzz targets are a workspace of their own, built only with nightly; formatting needs none.
cargo fmt --manifest-path fuzz/Cargo.toml --all --check
stage "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
stage "cargo test"
cargo test --workspace --locked
stage "the Kotlin and Swift library without rendering (bindings/uniffi --no-default-features)"
# Alone, this package resolves other features for some of its dependencies than the
# workspace does, so those build again; the rest is the workspace's build, reused (a
# RUSTFLAGS of its own would build the whole graph again: about 1 min more). A warning of
# ours, such as code left unused without rendering, fails the stage as -D warnings would:
# cargo sums each crate's up in one line, replayed for a crate it does not build again.
no_render_log="$(mktemp)"
cargo test -p vt-content-uniffi --no-default-features --locked 2>&1 | tee "$no_render_log"
if grep -E '^warning: `[^`]+` \(.*\) generated [0-9]+ warnings?' "$no_render_log"; then
    echo "== the library without rendering has warnings (above): fix them"
    exit 1
fi
rm -f "$no_render_log"
stage "cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked
free_after rust-tests
stage "fuzz: a short bounded pass, 30 s per target (skipped without a nightly toolchain)"
scripts/fuzz.sh 30
free_after fuzz
stage "Python"
scripts/test-python.sh
stage "Browser (the exported pages and the web example)"
scripts/test-browser.sh
stage "Kotlin"
scripts/test-kotlin.sh
stage "Swift"
scripts/test-swift.sh
disk
stage "dist: build every artifact, then install and run each"
scripts/smoke-dist.sh --build   # dist/: every artifact built, then installed and run outside the repository
echo "== the whole suite passed in $(elapsed)"
