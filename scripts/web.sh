#!/usr/bin/env bash
# The web example (examples/web): installs vt_content and Flask into a virtual
# environment of its own (target/web-venv), then serves the example on
# http://127.0.0.1:${PORT:-8000}/ until you stop it (Ctrl-C).
# Usage: scripts/web.sh   (from anywhere; needs cargo and Python 3.10+)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/web-venv
[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r examples/web/requirements.txt ./bindings/python
exec "$venv/bin/python" examples/web/app.py
