"""Where the tests find the repository, its shared fixtures and its committed schema."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
"""The root of the repository."""

CONFORMANCE = REPO / "tests" / "conformance"
"""The shared fixtures, described in tests/conformance/README.md."""

SCHEMA_FILE = REPO / "schema" / "vt-content-pack.schema.json"
"""The committed JSON Schema of a pack."""
