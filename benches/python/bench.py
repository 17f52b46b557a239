"""Python loading speed: vt_content.loads against jsonschema and fastjsonschema.

vt_content.loads is timed with the text as str and as bytes. Each competitor gets the
same text and does what loads does: parse it and check it against the pack's JSON Schema
(jsonschema as Draft 2020-12 with format checks, fastjsonschema compiled once);
vt_content also checks the rules the schema cannot state and builds the typed pack.
Reads the packs that the Rust benchmark wrote (valid-NAME.json) from the directory given
as the first argument, and prints one JSON object per pack and library: {"pack",
"library", "seconds", "vs_str", "vs_bytes"}: the median time of a call, and the median
ratio of it to vt_content.loads(str) and to loads(bytes) in the same rounds.

Usage: python bench.py target/bench-packs   (scripts/bench.sh runs it in its own venv)
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import fastjsonschema
import jsonschema
import vt_content

NAMES = ["bundled", "64KiB", "256KiB", "1MiB"]

# The pack's own formats, as patterns, so neither validator skips or refuses them.
FORMATS = {
    "kebab-case-id": r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
    "major-minor": r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$",
    "semver": r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$",
    "bcp47": r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$",
}


def per_call(run: Callable[[], Any], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        run()
    return (time.perf_counter() - start) / calls


def measure(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """Seconds per call of each run, in `rounds` rounds that take turns among the runs
    (so a busy machine slows them alike), each timed over calls taking about 50 ms."""
    calls = {}
    for name, run in runs.items():
        took = per_call(run, 1)
        calls[name] = max(1, min(10_000, int(0.05 / max(took, 1e-7))))
    times: dict[str, list[float]] = {name: [] for name in runs}
    for round in range(rounds):
        order = list(runs) if round % 2 == 0 else list(reversed(runs))
        for name in order:
            times[name].append(per_call(runs[name], calls[name]))
    return times


def main() -> None:
    directory = Path(sys.argv[1])
    schema = vt_content.schema()
    fast = fastjsonschema.compile(schema, formats=FORMATS)
    checker = jsonschema.FormatChecker()
    for name, pattern in FORMATS.items():
        checker.checks(name)(lambda text, p=re.compile(pattern): bool(p.match(text)))
    slow = jsonschema.Draft202012Validator(schema, format_checker=checker)

    for name in NAMES:
        text = (directory / f"valid-{name}.json").read_text(encoding="utf-8")
        vt_content.loads(text)
        fast(json.loads(text))
        slow.validate(json.loads(text))
        data = text.encode("utf-8")
        runs: dict[str, Callable[[], Any]] = {
            "vt_content": lambda: vt_content.loads(text),
            "vt_content-bytes": lambda: vt_content.loads(data),
            "fastjsonschema": lambda: fast(json.loads(text)),
            "jsonschema": lambda: slow.validate(json.loads(text)),
        }
        times = measure(runs, rounds=15)
        for library, seconds in times.items():
            record = {"pack": name, "library": library, "seconds": statistics.median(seconds)}
            for key, own in [("vs_str", "vt_content"), ("vs_bytes", "vt_content-bytes")]:
                record[key] = statistics.median(a / b for a, b in zip(seconds, times[own]))
            print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
