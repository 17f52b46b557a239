#!/usr/bin/env bash
# Smoke test of every artifact in dist/, installed as its user installs it, in temporary
# directories outside the repository:
#
#   checksums    SHA256SUMS matches dist/ and lists every file
#   wheel        a fresh venv with no cargo or rustc on PATH: pip install the wheel (no index),
#                then tests/dist/python/smoke.py (the public API, licences in the metadata)
#   sdist        a fresh venv: pip install the sdist (pip fetches maturin, cargo builds it,
#                in the dev profile)
#   jar          a Maven project depends on org.vtcontent:vt-content:VERSION from a file
#                repository holding only dist/'s jar, pom, sources and javadoc, and runs
#                Smoke.kt with `java -cp` and no system property (Kotlin 2.4); the library in
#                the jar is stripped and needs glibc 2.17 at most
#   jar-kotlin-2.0  the same consumer on Kotlin 2.0.21 with no runtime of its own: the
#                library's POM gives it one, which a Kotlin 2.0 compiler must read (Gradle
#                takes the highest runtime anything asks for)
#   cli-crate    cargo install --debug --locked --path on the unpacked CLI .crate, its dependency on
#                vt-content patched to the unpacked core .crate, then `vt-content show`
#   core-crate   a scratch crate with a path dependency on the unpacked core .crate runs
#   cli-binary   the unpacked CLI tarball runs `vt-content show`; the binary needs glibc 2.17
#                at most
#
# Each artifact is also checked for LICENSE-MIT, LICENSE-APACHE and NOTICE. The output ends
# with one line per artifact and `dist smoke: N passed, M failed`; the exit status is 0 only
# when every check passed.
#
# Usage: scripts/smoke-dist.sh [--build] [--keep] [--only NAME,...]
#   --build  run scripts/dist.sh --allow-dirty first (otherwise dist/ must exist)
#   --keep   keep the temporary directory (its path is printed), to look at the logs
#   --only   run only the named checks (while working on one)
# Needs cargo, Python 3.10+ with venv, a JDK 17+ and Maven; pip, cargo and Maven download
# what the consumers need (maturin; crates of the Cargo.lock in the .crate files; Kotlin).
# Maven runs with a local repository of its own (SMOKE_M2, by default
# ~/.cache/vt-content-smoke/m2, first a copy of ~/.m2/repository), from which org.vtcontent is
# removed on every run: the library can only come from dist/.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$root/dist

build=false
keep=false
only_checks=
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=true ;;
        --keep) keep=true ;;
        --only) only_checks=,${2:-},; shift ;;
        *) echo "usage: scripts/smoke-dist.sh [--build] [--keep] [--only NAME,...]" >&2; exit 2 ;;
    esac
    shift
done

started=$SECONDS
if $build; then
    # --allow-dirty: the smoke test also runs from a work tree with uncommitted changes.
    scripts/dist.sh --allow-dirty || { echo "dist smoke: 0 passed, 1 failed (scripts/dist.sh failed)"; exit 1; }
fi
if [ ! -f "$dist/SHA256SUMS" ]; then
    echo "no dist/SHA256SUMS: run scripts/dist.sh first (or scripts/smoke-dist.sh --build)" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/vt-content-smoke.XXXXXX")
case "$work/" in "$root"/*) echo "the temporary directory is inside the repository" >&2; exit 2 ;; esac
if $keep; then echo "temporary directory: $work"; else trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work/logs"

# The artifacts, by pattern: exactly one of each.
only() { # pattern
    local matches=("$dist"/$1)
    if [ ${#matches[@]} -ne 1 ] || [ ! -e "${matches[0]}" ]; then
        echo "expected one dist/$1, found: ${matches[*]}" >&2
        return 1
    fi
    echo "${matches[0]}"
}
core_crate=$(only 'vt-content-[0-9]*.crate') || exit 1
version=$(basename "$core_crate" .crate)
version=${version#vt-content-}
cli_crate=$(only "vt-content-cli-$version.crate") || exit 1
wheel=$(only "vt_content-$version-*.whl") || exit 1
sdist=$(only "vt_content-$version.tar.gz") || exit 1
jar=$(only "vt-content-$version.jar") || exit 1
cli_tarball=$(only "vt-content-cli-$version-*.tar.gz") || exit 1

results=()
passed=0
failed=0
# check NAME ARTIFACT FUNCTION: runs FUNCTION in a subshell, from $work, its output in
# logs/NAME.log (shown when it fails); records one summary line.
check() {
    local name=$1 artifact=$2 function=$3 log="$work/logs/$1.log" check_started=$SECONDS
    case "${only_checks:-,$name,}" in *",$name,"*) ;; *) return 0 ;; esac
    echo "== $name: $artifact"
    # Not in an `if`: there bash would ignore the subshell's errexit.
    (
        set -euo pipefail
        cd "$work"
        "$function"
    ) >"$log" 2>&1
    if [ $? -eq 0 ]; then
        passed=$((passed + 1))
        # The lines the consumers print (Maven's colour codes removed).
        sed 's/\x1b\[[0-9;]*m//g' "$log" | grep '^[a-z]* smoke: \|^vt-content ' | sed 's/^/   /' || true
        results+=("$(printf 'PASS  %-15s %s (%d s)' "$name" "$artifact" $((SECONDS - check_started)))")
    else
        failed=$((failed + 1))
        echo "   FAILED; the end of $log:"
        tail -n 25 "$log" | sed 's/^/   | /'
        results+=("$(printf 'FAIL  %-15s %s (%d s)' "$name" "$artifact" $((SECONDS - check_started)))")
    fi
}

# (No `producer | grep -q` below: grep -q stops reading, and under pipefail the producer's
# SIGPIPE would fail the check.)

# The licence texts and the notice are among a list of paths (one a line, on stdin).
has_notices() {
    local listing
    listing=$(cat)
    for file in LICENSE-MIT LICENSE-APACHE NOTICE; do
        grep -q "\(^\|/\)$file\$" <<<"$listing" || { echo "no $file in the artifact" >&2; return 1; }
    done
}

# PATH without any folder that holds cargo, rustc or rustup.
path_without_rust() {
    local kept=() folder
    IFS=: read -r -a folders <<<"$PATH"
    for folder in "${folders[@]}"; do
        [ -x "$folder/cargo" ] || [ -x "$folder/rustc" ] || [ -x "$folder/rustup" ] || kept+=("$folder")
    done
    (IFS=:; echo "${kept[*]}")
}

smoke_checksums() {
    cd "$dist"
    sha256sum --check --strict SHA256SUMS
    diff <(ls | grep -vx SHA256SUMS | sort) <(sed 's/^[0-9a-f]*  \*\{0,1\}//' SHA256SUMS | sort)
}

smoke_wheel() {
    case "$(basename "$wheel")" in
        *-cp310-abi3-*manylinux_2_17_x86_64*) ;;
        *) echo "not an abi3 manylinux_2_17 (manylinux2014) wheel: $wheel" >&2; return 1 ;;
    esac
    python3 -m venv wheel-venv
    cp "$root/tests/dist/python/smoke.py" wheel-venv/smoke.py
    (
        export PATH
        PATH="$PWD/wheel-venv/bin:$(path_without_rust)"
        if command -v cargo || command -v rustc; then
            echo "cargo or rustc is still on PATH" >&2
            exit 1
        fi
        pip install --disable-pip-version-check --no-index "$wheel"
        cd wheel-venv && python smoke.py
    )
}

smoke_sdist() {
    tar -tzf "$sdist" | has_notices
    python3 -m venv sdist-venv
    cp "$root/tests/dist/python/smoke.py" sdist-venv/smoke.py
    # pip builds the sdist with maturin in an isolated environment, and cargo in the target
    # directory of the crates' checks below, which built only from dist/: nothing is reused
    # from the repository. In the dev profile (MATURIN_PEP517_ARGS), as `maturin develop`
    # builds: what is checked is that the sdist holds all it needs to build, and works; the
    # release build, with its link-time optimisation, is the wheel's (2 min less CI).
    MATURIN_PEP517_ARGS="--profile dev" sdist-venv/bin/pip install --disable-pip-version-check "$sdist"
    cd sdist-venv && bin/python smoke.py
}

# A Maven repository with only the dist/ artifacts, as a user's company repository would be,
# and Maven's own local repository without org.vtcontent.
m2=${SMOKE_M2:-$HOME/.cache/vt-content-smoke/m2}
prepare_maven() {
    if [ ! -d "$m2" ]; then
        mkdir -p "$(dirname "$m2")"
        # A copy (once per machine), not links: Maven rewrites some files of its repository.
        if [ -d "$HOME/.m2/repository" ]; then
            cp -a "$HOME/.m2/repository" "$m2"
            rm -rf "$m2/org/vtcontent"
        else
            mkdir -p "$m2"
        fi
    fi
    rm -rf "$m2/org/vtcontent"
    [ -d "$work/maven-repository" ] && return 0
    mvn -B -q --no-transfer-progress -Dstyle.color=never -Dmaven.repo.local="$m2" \
        org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy-file \
        -Durl="file://$work/maven-repository" -DrepositoryId=vt-content-dist \
        -Dfile="$jar" -DpomFile="$dist/vt-content-$version.pom" \
        -Dsources="$dist/vt-content-$version-sources.jar" \
        -Djavadoc="$dist/vt-content-$version-javadoc.jar"
}

# A binary loads with glibc 2.17 and newer (RHEL 8, Ubuntu 20.04, Debian 11, Amazon Linux 2),
# as the wheel does, when it needs no newer symbol version (dist.sh links it with zig).
glibc_2_17() { # file what
    local glibc
    glibc=$(objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -n 1 | sed 's/GLIBC_//')
    echo "$2, glibc $glibc or newer"
    if [ "$(printf '%s\n' "$glibc" 2.17 | sort -V | tail -n 1)" != 2.17 ]; then
        echo "$1 needs glibc $glibc, newer than 2.17" >&2
        return 1
    fi
}

consume_jar() { # kotlin-version folder [maven-option]
    unzip -Z1 "$jar" | has_notices
    # The release library, stripped (not a debug build left over in target/classes).
    unzip -p "$jar" linux-x86-64/libvt_content_uniffi.so >library.so
    readelf -S library.so >sections.txt
    if grep -E '\.(symtab|debug_info)' sections.txt; then
        echo "the library in the jar is not the stripped release build" >&2
        return 1
    fi
    glibc_2_17 library.so "library smoke: linux-x86-64/libvt_content_uniffi.so, $(stat -c %s library.so) B"
    unzip -Z1 "$dist/vt-content-$version-sources.jar" | has_notices
    unzip -Z1 "$dist/vt-content-$version-sources.jar" | grep '\.kt$' >/dev/null
    unzip -Z1 "$dist/vt-content-$version-javadoc.jar" | has_notices
    unzip -Z1 "$dist/vt-content-$version-javadoc.jar" | grep -x 'index.html' >/dev/null
    prepare_maven
    cp -r "$root/tests/dist/kotlin-consumer" "$2"
    cd "$2"
    mvn -B -q --no-transfer-progress -Dstyle.color=never -Dmaven.repo.local="$m2" \
        -Ddist.repository="file://$work/maven-repository" \
        -Dkotlin.version="$1" -Dvt-content.version="$version" ${3:+"$3"} \
        package dependency:build-classpath -Dmdep.outputFile=classpath.txt
    # The library came from the dist repository, the runtime is the consumer's Kotlin (or,
    # with -Dlibrary.runtime, the library's, which is Kotlin 2.0's).
    grep -q "vt-content-$version.jar" classpath.txt
    grep -q "kotlin-stdlib-$1.jar" classpath.txt
    # No jna.library.path, no LD_LIBRARY_PATH: JNA finds the library in the jar.
    env -u LD_LIBRARY_PATH -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS \
        java -cp "target/classes:$(cat classpath.txt)" SmokeKt
    rm -rf "$m2/org/vtcontent"
}
smoke_jar() { consume_jar 2.4.21 consumer-kotlin-2.4; }
smoke_jar_kotlin_2_0() { consume_jar 2.0.21 consumer-kotlin-2.0 -Dlibrary.runtime; }

# The Rust checks share one target directory (the same dependencies, built once).
export CARGO_TARGET_DIR="$work/cargo-target"

unpack_crates() {
    [ -d crates ] && return 0
    mkdir crates
    tar -xzf "$core_crate" -C crates
    tar -xzf "$cli_crate" -C crates
}

smoke_cli_crate() {
    tar -tzf "$cli_crate" | has_notices
    tar -tzf "$cli_crate" | grep -x "vt-content-cli-$version/README.md" >/dev/null
    unpack_crates
    # The .crate's Cargo.lock pins vt-content to the checksum of the core .crate in dist/.
    grep -A3 '^name = "vt-content"$' "crates/vt-content-cli-$version/Cargo.lock" |
        grep "checksum = \"$(sha256sum "$core_crate" | cut -d' ' -f1)\"" >/dev/null
    # vt-content is not published yet: the unpacked core .crate stands in for it. --debug:
    # the dependencies are those the core crate's check built, so only the CLI builds here
    # (2 min less CI); the release binary is the one in the CLI tarball, checked above.
    cargo install --debug --locked --path "crates/vt-content-cli-$version" --root "$work/cli-root" \
        --config "patch.crates-io.vt-content.path=\"$work/crates/vt-content-$version\""
    "$work/cli-root/bin/vt-content" --version
    "$work/cli-root/bin/vt-content" show >show.txt
    grep -q "Vicarious traumatisation" show.txt
    grep -q "Pulling away from others" show.txt
    echo "cli smoke: vt-content show printed $(wc -l <show.txt) lines"
}

smoke_core_crate() {
    tar -tzf "$core_crate" | has_notices
    tar -tzf "$core_crate" | grep -x "vt-content-$version/README.md" >/dev/null
    unpack_crates
    cp -r "$root/tests/dist/rust-consumer" rust-consumer
    sed -i "s/vt-content-VERSION/vt-content-$version/" rust-consumer/Cargo.toml
    # The core's own Cargo.lock: the versions it was packaged with (cargo adds the scratch crate).
    cp "crates/vt-content-$version/Cargo.lock" rust-consumer/Cargo.lock
    # A debug build, as `cargo run` in a new project is (and quicker than a release build).
    cd rust-consumer && cargo run
}

smoke_cli_binary() {
    tar -tzf "$cli_tarball" | has_notices
    mkdir cli-binary
    tar -xzf "$cli_tarball" -C cli-binary
    local binary
    binary=$(echo cli-binary/*/vt-content)
    env -i PATH=/usr/bin:/bin "$binary" --version
    env -i PATH=/usr/bin:/bin "$binary" show >binary-show.txt
    grep -q "Pulling away from others" binary-show.txt
    env -i PATH=/usr/bin:/bin "$binary" guidance withdrawing | grep "line manager" >/dev/null
    glibc_2_17 "$binary" "binary smoke: $(basename "$cli_tarball")"
}

check checksums SHA256SUMS smoke_checksums
check wheel "$(basename "$wheel")" smoke_wheel
check cli-binary "$(basename "$cli_tarball")" smoke_cli_binary
check jar "$(basename "$jar") (Kotlin 2.4)" smoke_jar
check jar-kotlin-2.0 "$(basename "$jar") (Kotlin 2.0)" smoke_jar_kotlin_2_0
check core-crate "$(basename "$core_crate")" smoke_core_crate
check cli-crate "$(basename "$cli_crate")" smoke_cli_crate
check sdist "$(basename "$sdist")" smoke_sdist

echo
echo "== dist smoke summary ($((SECONDS - started)) s)"
printf '%s\n' "${results[@]}"
echo "dist smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
