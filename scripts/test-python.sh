#!/usr/bin/env bash
# The Python package's tests, in a virtual environment of its own (target/python-venv,
# created on first use): installs ./bindings/python with pip, which builds it with maturin
# in the dev profile, as `maturin develop` does (MATURIN_PEP517_ARGS; the release build,
# with its link-time optimisation, is what scripts/dist.sh makes and scripts/smoke-dist.sh
# tests), then runs pytest (property tests with Hypothesis among them), mypy's stubtest
# against the built module, mypy --strict on the example and the tests, and the example
# itself. Exits non-zero on any failure.
# Usage: scripts/test-python.sh   (from anywhere; needs cargo and Python 3.10+ with venv;
# PYTHON chooses the interpreter, python3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

venv=target/python-venv
if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv"
    "${PYTHON:-python3}" -m venv "$venv"
fi
python="$venv/bin/python"

echo "== installing pytest, Hypothesis, mypy and ./bindings/python"
"$python" -m pip install --quiet --disable-pip-version-check "pytest>=8" "mypy>=1.11" \
    "hypothesis>=6.100" -r examples/web/requirements.txt
MATURIN_PEP517_ARGS="--profile dev" "$python" -m pip install --quiet --disable-pip-version-check \
    --force-reinstall --no-deps ./bindings/python

echo "== pytest"
"$python" -m pytest bindings/python/tests examples/web
echo "== stubtest"
"$python" -m mypy.stubtest vt_content
echo "== mypy --strict"
"$python" -m mypy --strict examples/python bindings/python/tests examples/web
echo "== example"
"$python" examples/python/example.py >/dev/null
echo "== the Python package passed"
