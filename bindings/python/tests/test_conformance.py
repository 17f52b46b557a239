"""Every case of tests/conformance/ gives exactly the outcome it expects, as in Rust.

The cases are found on disk, never listed here; see tests/conformance/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Callable

import pytest
import vt_content
from repo import CONFORMANCE

ERROR_KINDS: dict[type[vt_content.ContentError], str] = {
    vt_content.ValidationError: "validation",
    vt_content.JsonSyntaxError: "syntax",
    vt_content.UnsupportedSchemaVersionError: "unsupported-schema-version",
}
"""The exception class of each kind of error the fixtures name."""

GUIDANCE_ERRORS: dict[str, type[vt_content.ContentError]] = {
    "unknown-sign": vt_content.UnknownIdError,
}
"""The exception class of each guidance error code the fixtures name."""


def case_dirs(kind: str) -> list[Path]:
    """The case directories of ``valid`` or ``invalid``, by name."""
    folder = CONFORMANCE / kind
    return sorted(path for path in folder.iterdir() if path.is_dir()) if folder.is_dir() else []


VALID = case_dirs("valid")
INVALID = case_dirs("invalid")
PSEUDO = case_dirs("pseudo")
GUIDANCE: list[dict[str, Any]] = json.loads((CONFORMANCE / "guidance.json").read_text("utf-8"))
DIRECTION: list[dict[str, str]] = json.loads((CONFORMANCE / "direction.json").read_text("utf-8"))

LOADERS: dict[str, Callable[[Path], vt_content.ContentPack]] = {
    "loads": lambda case: vt_content.loads((case / "pack.json").read_bytes()),
    "load": lambda case: vt_content.load(case / "pack.json"),
}
"""Both ways to load a fixture: its bytes unchanged, or its file."""


def expected(case: Path) -> dict[str, Any]:
    """The outcome a case expects, from its expected.json."""
    result: dict[str, Any] = json.loads((case / "expected.json").read_text("utf-8"))
    return result


def found(
    items: Sequence[vt_content.Violation] | Sequence[vt_content.LoadWarning],
) -> list[dict[str, str]]:
    """Violations or warnings as the fixtures write them: code and path."""
    return [{"code": item.code, "path": item.path} for item in items]


def test_the_fixtures_are_there() -> None:
    assert len(VALID) >= 5, VALID
    assert len(INVALID) >= 30, INVALID
    assert len(GUIDANCE) >= 5, GUIDANCE
    for case in VALID + INVALID:
        assert (case / "pack.json").is_file() and (case / "expected.json").is_file(), case
    assert len(PSEUDO) >= 3, PSEUDO
    assert {case["direction"] for case in DIRECTION} == {"ltr", "rtl"}, DIRECTION


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_a_valid_pack_loads_with_exactly_its_warnings(case: Path, loader: str) -> None:
    pack = LOADERS[loader](case)
    assert {"warnings": found(pack.warnings)} == expected(case)
    assert all(warning.message for warning in pack.warnings)
    assert vt_content.loads(pack.to_json()) == pack


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("case", INVALID, ids=lambda case: case.name)
def test_an_invalid_pack_raises_exactly_its_error(case: Path, loader: str) -> None:
    # Anything but a ContentError (a PanicException, a TypeError...) escapes and fails.
    with pytest.raises(vt_content.ContentError) as raised:
        LOADERS[loader](case)
    error = raised.value
    assert type(error) in ERROR_KINDS, repr(error)
    assert isinstance(error, vt_content.ValidationError)
    actual: dict[str, Any] = {
        "error": ERROR_KINDS[type(error)],
        "violations": found(error.violations),
    }
    if isinstance(error, vt_content.JsonSyntaxError):
        actual.update(line=error.line, column=error.column)
        assert [error.code] == [violation.code for violation in error.violations]
    if isinstance(error, vt_content.UnsupportedSchemaVersionError):
        declared = json.loads((case / "pack.json").read_bytes())["schema_version"]
        assert (error.found, error.supported) == (declared, "1.2")
    assert actual == expected(case)
    assert all(violation.message for violation in error.violations)
    assert str(error)


@pytest.mark.parametrize("locale", vt_content.PseudoLocale, ids=lambda locale: locale.value)
@pytest.mark.parametrize("case", PSEUDO, ids=lambda case: case.name)
def test_a_pseudo_case_gives_exactly_its_pack_or_its_error(
    case: Path, locale: vt_content.PseudoLocale
) -> None:
    source = vt_content.loads((CONFORMANCE / "valid" / case.name / "pack.json").read_bytes())
    pack_file, error_file = case / f"{locale.value}.json", case / f"{locale.value}.error.json"
    assert pack_file.is_file() != error_file.is_file(), case
    if pack_file.is_file():
        pack = source.pseudo(locale)
        assert pack.to_json() == pack_file.read_text("utf-8")
        assert pack.locale == locale.value
        assert source.pseudo(locale.value) == pack
        return
    with pytest.raises(vt_content.ValidationError) as raised:
        source.pseudo(locale)
    error = raised.value
    assert {"error": ERROR_KINDS[type(error)], "violations": found(error.violations)} == json.loads(
        error_file.read_text("utf-8")
    )


@pytest.mark.parametrize("case", GUIDANCE, ids=lambda case: str(case["name"]))
def test_a_guidance_case_gives_exactly_its_ids(case: dict[str, Any]) -> None:
    pack = vt_content.bundled()
    if "error" in case:
        assert set(case) == {"name", "recognised", "error"}
        with pytest.raises(vt_content.ContentError) as raised:
            pack.guidance(case["recognised"])
        error = raised.value
        assert type(error) is GUIDANCE_ERRORS[case["error"]["code"]]
        assert isinstance(error, vt_content.UnknownIdError)
        assert error.id == case["error"]["id"]
        return
    assert set(case) == {"name", "recognised", "expected"}
    guidance = pack.guidance(case["recognised"])
    actual = {
        "kind": guidance.kind.value,
        "urgent_help": [c.id for c in guidance.urgent_help.contacts] if guidance.urgent_help else [],
        "recognised_signs": [sign.id for sign in guidance.recognised_signs],
        "speak_to": [route.id for route in guidance.speak_to],
        "self_care_actions": [action.id for action in guidance.self_care_actions],
        "practices": [practice.id for practice in guidance.practices],
        "review_status": guidance.review.status.value if guidance.review.status else None,
    }
    assert actual == case["expected"]


@pytest.mark.parametrize("case", DIRECTION, ids=lambda case: case["locale"])
def test_a_pack_in_each_locale_has_its_direction(case: dict[str, str]) -> None:
    minimal = (CONFORMANCE / "valid" / "minimal-pack" / "pack.json").read_text("utf-8")
    text = minimal.replace('"locale": "en-GB"', f'"locale": "{case["locale"]}"', 1)
    pack = vt_content.loads(text)
    assert pack.locale == case["locale"]
    assert pack.direction is vt_content.Direction(case["direction"])
    assert pack.direction.value == case["direction"]
