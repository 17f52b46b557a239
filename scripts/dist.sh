#!/usr/bin/env bash
# Builds every artifact a user installs into dist/ (git-ignored), with SHA256SUMS:
#
#   vt-content-VERSION.crate, vt-content-cli-VERSION.crate    cargo package (the Rust crate registry)
#   vt_content-VERSION-cp310-abi3-manylinux_2_17_x86_64...whl  maturin --zig, manylinux2014 (PyPI)
#   vt_content-VERSION.tar.gz                                 maturin sdist (PyPI)
#   vt-content-VERSION.jar, -sources.jar, -javadoc.jar, .pom  mvn package -Pglibc-2.17 (Maven);
#                                                             the jar holds the release library
#                                                             for linux-x86-64 as a JNA resource,
#                                                             linked by cargo-zigbuild for
#                                                             glibc 2.17, as the wheel is
#   vt-content-cli-VERSION-TRIPLE.tar.gz                      the release `vt-content` binary,
#                                                             linked by cargo-zigbuild for
#                                                             glibc 2.17
#
# Every artifact carries LICENSE-MIT, LICENSE-APACHE and NOTICE (the terms of the bundled
# content). scripts/smoke-dist.sh installs and runs each one as a user would.
#
# Built twice from the same commit, on the same machine, the artifacts are the same bytes:
# every time written into them is the commit's (SOURCE_DATE_EPOCH, which maturin reads;
# Maven's project.build.outputTimestamp; tar's --mtime), and the tarball's entries are sorted.
#
# Usage: scripts/dist.sh [--allow-dirty]
#   --allow-dirty  package the crates from a work tree with uncommitted changes (for trying
#                  things out; a release is built from a clean checkout)
# Needs cargo, Python 3.10+ with venv, a JDK 17+ and Maven. maturin, cargo-zigbuild and zig (the
# PyPI package ziglang, which gives the manylinux2014 wheel, the jar's library and the CLI
# binary their old glibc) are installed into target/dist-tools on first use. Release builds use the workspace's
# [profile.release].
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

allow_dirty=()
for argument in "$@"; do
    case "$argument" in
        --allow-dirty) allow_dirty=(--allow-dirty) ;;
        *) echo "usage: scripts/dist.sh [--allow-dirty]" >&2; exit 2 ;;
    esac
done

metadata=$(cargo metadata --format-version 1 --no-deps --locked)
field() { # python expression over the metadata `m`
    python3 -c "import json, sys; m = json.load(sys.stdin); print($1)" <<<"$metadata"
}
target_dir=$(field 'm["target_directory"]')
version=$(field 'next(p["version"] for p in m["packages"] if p["name"] == "vt-content")')
triple=$(rustc -vV | sed -n 's/^host: //p')
dist=$root/dist
notices=(LICENSE-MIT LICENSE-APACHE NOTICE)
# The time written into the artifacts: the commit's, unless the caller gives one.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH

step_started=$SECONDS
step() {
    echo "== $1"
    step_started=$SECONDS
}
done_step() {
    echo "   ($((SECONDS - step_started)) s)"
}

rm -rf "$dist"
mkdir -p "$dist"

step "crates: cargo package vt-content vt-content-cli"
# Both crates in one command: cargo resolves the CLI's dependency on vt-content (path and
# version in the workspace, version only in the .crate) against the vt-content it has just
# packaged, and writes its checksum into the CLI's Cargo.lock, although vt-content is not on
# the crate registry yet. --no-verify: verifying would build both once more inside target/package;
# scripts/smoke-dist.sh builds the unpacked .crate files instead, as their users do.
cargo package --quiet --locked --no-verify "${allow_dirty[@]}" -p vt-content -p vt-content-cli
cp "$target_dir/package/vt-content-$version.crate" "$target_dir/package/vt-content-cli-$version.crate" "$dist/"
done_step

step "the build tools: maturin, cargo-zigbuild and zig, in target/dist-tools"
tools=$target_dir/dist-tools
if [ ! -x "$tools/bin/maturin" ] || [ ! -x "$tools/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$tools"
fi
"$tools/bin/python" -m pip install --quiet --disable-pip-version-check \
    "maturin==1.16.0" "ziglang==0.17.1" "cargo-zigbuild==0.24.0"
done_step

step "CLI: cargo zigbuild --release -p vt-content-cli, for glibc 2.17"
# cargo-zigbuild runs zig through `python -m ziglang` of the venv, the first python on PATH.
PATH="$tools/bin:$PATH" cargo zigbuild --quiet --locked --release -p vt-content-cli \
    --target "$triple.2.17"
cli=vt-content-cli-$version-$triple
staging=$(mktemp -d)
mkdir "$staging/$cli"
cp "$target_dir/$triple/release/vt-content" "$staging/$cli/"
cp crates/vt-content-cli/README.md "${notices[@]}" "$staging/$cli/"
tar -C "$staging" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
    -cf - "$cli" | gzip -9 -n >"$dist/$cli.tar.gz"
rm -rf "$staging"
done_step

step "Python: the manylinux2014 abi3 wheel and the sdist (maturin)"
# maturin runs zig through `python -m ziglang` of the first python on PATH: the venv's.
PATH="$tools/bin:$PATH" maturin build --quiet --locked --release --zig --compatibility manylinux2014 \
    --manifest-path bindings/python/Cargo.toml --out "$dist"
PATH="$tools/bin:$PATH" maturin sdist --manifest-path bindings/python/Cargo.toml --out "$dist" >/dev/null
done_step

step "Kotlin: mvn clean package (the release library in the jar, sources, javadoc)"
# -Pglibc-2.17: cargo-zigbuild links the library against glibc 2.17, as maturin's zig does the
# wheel's; it runs zig through `python -m ziglang` of the venv, the first python on PATH.
PATH="$tools/bin:$PATH" mvn -B -q --no-transfer-progress -f bindings/uniffi/kotlin/pom.xml \
    -Pglibc-2.17 -Dcargo.target.dir="$target_dir" -Dproject.build.outputTimestamp="$SOURCE_DATE_EPOCH" \
    clean package 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
kotlin=bindings/uniffi/kotlin
for classifier in "" -sources -javadoc; do
    cp "$kotlin/target/vt-content-$version$classifier.jar" "$dist/"
done
cp "$kotlin/pom.xml" "$dist/vt-content-$version.pom"
done_step

step "checksums"
(cd "$dist" && sha256sum -- * >SHA256SUMS)
done_step

echo "== dist/ (version $version)"
(cd "$dist" && for file in *; do printf '%10d  %s\n' "$(stat -c %s "$file")" "$file"; done)
