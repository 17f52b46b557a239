#!/usr/bin/env bash
# Builds libvt_content_uniffi and generates its Kotlin and Swift bindings with the
# workspace's uniffi-bindgen (library mode), where the Maven project and the Swift
# package expect them. Nothing generated is committed.
#
# Usage: bindings/uniffi/generate.sh [--no-default-features] [kotlin] [swift]
#   (both languages when none is named; --no-default-features: the library without
#   rendering, whose interface has no pages, for an app that shows packs with its own views)
#
#   Kotlin: bindings/uniffi/kotlin/target/generated-sources/uniffi/org/vtcontent/vt_content.kt
#   Swift:  bindings/uniffi/swift/Sources/VtContent/VtContent.swift
#           bindings/uniffi/swift/Sources/VtContentFFI/VtContentFFI.h
#
# Prints the cargo target directory (where the library is) as its last line.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

features=()
if [ "${1:-}" = --no-default-features ]; then
    features=(--no-default-features)
    shift
fi
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(kotlin swift)

cargo build --quiet -p vt-content-uniffi ${features[@]+"${features[@]}"}
target_dir=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
case "$(uname -s)" in
    Darwin) library="$target_dir/debug/libvt_content_uniffi.dylib" ;;
    *) library="$target_dir/debug/libvt_content_uniffi.so" ;;
esac

generate() { # language out-dir
    cargo run --quiet -p uniffi-bindgen -- generate --no-format \
        --library "$library" --language "$1" --out-dir "$2" >/dev/null
}

for language in "${languages[@]}"; do
    case "$language" in
        kotlin)
            out=bindings/uniffi/kotlin/target/generated-sources/uniffi
            rm -rf "$out"
            generate kotlin "$out"
            # uniffi makes an exception's `message` every field written out, raw: an id a
            # reader sent, with its line breaks, would reach the log of whoever logs the
            # exception, and an invalid pack's every violation with it. Each of this
            # library's exceptions has a `summary`, its one line with every value escaped
            # and shortened: that is its message.
            kotlin="$out/org/vtcontent/vt_content.kt"
            sed -i 's/^\( *get() = \)"summary=\${ `summary` }[^"]*"$/\1`summary`/' "$kotlin"
            if grep -q 'get() = "summary=' "$kotlin"; then
                echo "generate.sh: an exception's message is not its summary" >&2
                exit 1
            fi
            ;;
        swift)
            out=$(mktemp -d)
            generate swift "$out"
            package=bindings/uniffi/swift/Sources
            mkdir -p "$package/VtContent"
            # The package has its own module map, which also links the library.
            mv "$out/VtContent.swift" "$package/VtContent/VtContent.swift"
            mv "$out/VtContentFFI.h" "$package/VtContentFFI/VtContentFFI.h"
            rm -rf "$out"
            ;;
        *)
            echo "unknown language: $language (kotlin or swift)" >&2
            exit 2
            ;;
    esac
done
echo "$target_dir"
