"""Python loading speed: vt_content.loads against jsonschema and fastjsonschema.

Each competitor gets the same text and does what loads does: parse it and check it
against the pack's JSON Schema (jsonschema as Draft 2020-12 with format checks,
fastjsonschema compiled once). vt_content also checks the rules the schema cannot state
and builds the typed pack. Reads the packs that the Rust benchmark wrote
(valid-NAME.json) from the directory given as the first argument, and prints one JSON
object per pack and library: {"pack", "library", "seconds"} (the median of the runs).

Usage: python bench.py target/bench-packs   (scripts/bench.sh runs it in its own venv)
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import timeit
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


def median_seconds(run: Callable[[], Any], budget: float) -> float:
    """The median time of one call, over repeats that take about `budget` seconds."""
    timer = timeit.Timer(run)
    number, took = timer.autorange()
    repeats = max(3, min(25, round(budget / took)))
    return statistics.median(t / number for t in timer.repeat(repeat=repeats, number=number))


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
        runs: dict[str, Callable[[], Any]] = {
            "vt_content": lambda: vt_content.loads(text),
            "fastjsonschema": lambda: fast(json.loads(text)),
            "jsonschema": lambda: slow.validate(json.loads(text)),
        }
        for library, run in runs.items():
            seconds = median_seconds(run, budget=0.5 if library == "jsonschema" else 1.5)
            print(json.dumps({"pack": name, "library": library, "seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
