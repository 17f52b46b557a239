"""Smoke test of an installed vt-content: the public API, called as a user calls it.

Run by scripts/smoke-dist.sh with the Python of a fresh virtual environment, outside the
repository, after `pip install` of the wheel or of the sdist. Exits non-zero on failure.
"""

from __future__ import annotations

import importlib.metadata
import sys

import vt_content

# Installed into this environment, not imported from a checkout.
assert vt_content.__file__ is not None and vt_content.__file__.startswith(sys.prefix), vt_content.__file__

pack = vt_content.bundled()
ids = [sign.id for sign in pack.signs]
assert len(ids) == 7 and "withdrawing" in ids, ids

guidance = pack.guidance(["withdrawing"])
assert guidance.kind is vt_content.GuidanceKind.SEEK_SUPPORT, guidance.kind
assert [sign.id for sign in guidance.recognised_signs] == ["withdrawing"]
assert guidance.speak_to, "no support route to speak to"

try:
    vt_content.loads("{not json")
except vt_content.ValidationError as error:  # JsonSyntaxError is a ValidationError
    assert isinstance(error, vt_content.JsonSyntaxError), type(error)
    assert error.violations and error.line == 1, error.violations
else:
    raise AssertionError("loads accepted bad JSON")

try:
    vt_content.loads(pack.to_json().replace('"withdrawing"', '"Withdrawing"'))
except vt_content.ValidationError as error:
    assert [(v.path, v.code) for v in error.violations] == [("/signs/5/id", "invalid-id")], error.violations
else:
    raise AssertionError("loads accepted an invalid id")

# The licences of the code and the notice about the content, in the installed metadata.
distribution = importlib.metadata.distribution("vt-content")
names = {path.name for path in distribution.files or []}
assert {"LICENSE-MIT", "LICENSE-APACHE", "NOTICE"} <= names, sorted(names)
notice = next(path for path in distribution.files or [] if path.name == "NOTICE").read_text()
assert "Rotherham Place Partnership" in notice
# The code's licences, and the bundled text's terms (none stated), which NOTICE explains.
assert (
    distribution.metadata["License-Expression"]
    == "(MIT OR Apache-2.0) AND LicenseRef-reuse-terms-not-stated"
)

print(
    f"python smoke: vt-content {distribution.version}, {len(ids)} signs, "
    f"guidance {guidance.kind.name}, speak to {', '.join(r.title for r in guidance.speak_to)}"
)
