#!/usr/bin/env bash
# Coverage-guided fuzzing of the loader, the guidance, the PO import, the pages, the diff and
# the choice of a locale (libFuzzer through cargo-fuzz, with AddressSanitizer): runs each
# target of fuzz/ for SECONDS (30 by default), from a seed corpus made of the conformance
# fixtures and the bundled pack, and prints one line per target with its executions and
# coverage (libFuzzer's cov: and ft:).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: load guidance po render diff
# negotiate; all by default)
#
# Needs a nightly toolchain (rustup) and cargo-fuzz; installs cargo-fuzz from the crate registry
# when it is missing (about two minutes on two cores). Without a nightly toolchain it
# says so in one line and exits 0: the test command's short pass is then skipped.
# The corpus grows in fuzz/corpus/TARGET (not committed). A crash leaves its input in
# fuzz/artifacts/TARGET and fails the run: turn it into a fixture under tests/conformance.
# Longer campaigns: scripts/fuzz.sh 3600, or cargo +nightly fuzz run load ... -- -jobs=1.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(load guidance po render diff negotiate)

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz: skipped, no nightly Rust toolchain (cargo-fuzz needs one: rustup toolchain install nightly)"
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install --quiet --locked cargo-fuzz
fi

# The seed corpus: every fixture pack of at most 64 KiB and the bundled pack; for the
# guidance target, each followed by a zero byte and sign ids, one a line; for the po
# target, a translated PO file with a fuzzy message; for the diff target, each pair of
# packs of the diff fixtures, a zero byte between them; for the negotiate target, the
# headers and the lists of tags (joined by commas) of the negotiation fixtures.
max_len=65536
seed() { # target
    local dir=fuzz/corpus/$1 n=0 pack
    mkdir -p "$dir"
    if [ "$1" = po ]; then
        cat >"$dir/seed-translated" <<'PO'
msgid ""
msgstr ""
"Project-Id-Version: vicarious-traumatisation 1.1.0\n"
"Language: cy\n"

msgctxt "/title"
msgid "Vicarious traumatisation"
msgstr "Trawma dirprwyol"

#, fuzzy
msgctxt "/summary/0"
msgid "Supporting people who are in pain or distress can affect you too."
msgstr "Gall cefnogi pobl"
"mewn poen effeithio arnoch chi."
PO
        return
    fi
    if [ "$1" = negotiate ]; then
        python3 - "$dir" <<'PY'
import json, pathlib, sys
cases = json.loads(pathlib.Path("tests/conformance/catalog/negotiation.json").read_text())
for n, case in enumerate(cases):
    pathlib.Path(sys.argv[1], f"seed-{n}").write_text(case["header"] if "header" in case else ", ".join(case["tags"]))
PY
        return
    fi
    if [ "$1" = diff ]; then
        for case in tests/conformance/diff/*/; do
            n=$((n + 1))
            { cat "$case/old.json"; printf '\0'; cat "$case/new.json"; } >"$dir/seed-$n"
        done
        return
    fi
    for pack in tests/conformance/*/*/pack.json crates/vt-content/content/en-GB.json; do
        [ "$(wc -c <"$pack")" -le "$max_len" ] || continue
        n=$((n + 1))
        case "$1" in
            load | render) cp "$pack" "$dir/seed-$n" ;;
            guidance)
                { cat "$pack"; printf '\0withdrawing\nlow-motivation\nwithdrawing'; } >"$dir/seed-$n"
                { cat "$pack"; printf '\0'; } >"$dir/seed-$n-none"
                ;;
        esac
    done
}

echo "== fuzz: building the targets (nightly, AddressSanitizer)"
cargo +nightly fuzz build --fuzz-dir fuzz 2>&1 | grep -v '^\s*\(Compiling\|Finished\|Building\)' || true

status=0
for target in "${targets[@]}"; do
    seed "$target"
    mkdir -p "fuzz/artifacts/$target"
    log=fuzz/$target.log
    if cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1; then
        result=passed
    else
        result=FAILED
        status=1
        tail -n 40 "$log"
    fi
    # libFuzzer's last status line: "#123 DONE cov: 1234 ft: 5678 corp: 90/12Kb ...".
    stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz $target: $result, ${seconds}s, ${execs:-?} executions, $(echo "$stats" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [^ ]+' || echo 'no stats')"
done
[ $status -eq 0 ] || echo "fuzz: a target failed; its input is in fuzz/artifacts/ (log: fuzz/TARGET.log)"
exit $status
