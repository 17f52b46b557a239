#!/usr/bin/env bash
# The Swift tests: builds the uniffi library and generates the Swift bindings into the
# Swift package (bindings/uniffi/swift), then, where a Swift toolchain is installed, runs
# the package's XCTest tests and the Swift example. Without one it checks the Swift written
# here (the tests, the packages, the example, the README's example) with tree-sitter's Swift
# grammar (tests/swift-check, npm packages in that folder): its syntax, and its calls and
# member names against the Swift just generated; then it says that the tests are skipped.
# Usage: scripts/test-swift.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== uniffi: build the library, generate Swift"
target_dir=$(bindings/uniffi/generate.sh swift | tail -n 1)

if ! command -v swift >/dev/null 2>&1; then
    echo "== Swift: syntax and names only (tree-sitter), as no Swift toolchain is installed"
    (cd tests/swift-check && npm ci --no-audit --no-fund --loglevel=error)
    # The Swift written here and the README's Swift example, against what uniffi generated
    # into Sources/VtContent.
    mapfile -t sources < <(find bindings/uniffi/swift examples/swift -name '*.swift' \
        -not -path '*/.build/*' -not -path 'bindings/uniffi/swift/Sources/VtContent/VtContent.swift' | sort)
    node tests/swift-check/check.mjs --api bindings/uniffi/swift/Sources/VtContent/VtContent.swift \
        "${sources[@]}" README.md
    echo "swift not found: skipping the Swift tests"
    exit 0
fi

# The module map links vt_content_uniffi: tell the linker, and the loader, where it is.
library_dir="$target_dir/debug"
link=(-Xlinker -L"$library_dir" -Xlinker -rpath -Xlinker "$library_dir")

echo "== Swift: XCTest tests"
(cd bindings/uniffi/swift && swift test "${link[@]}")

echo "== Swift: example"
(cd examples/swift && swift run --quiet "${link[@]}")
