"""The catalog: the shared fixtures of tests/conformance/catalog (fallback, negotiation,
invalid catalogs), as Kotlin and Rust run them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import vt_content
from repo import CONFORMANCE

FIXTURES = CONFORMANCE / "catalog"
CATALOG = vt_content.load_catalog(FIXTURES / "packs")


def cases(name: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text("utf-8"))
    return result


def test_the_catalog_has_its_locales() -> None:
    expected = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
    assert CATALOG.locales() == expected["locales"]
    assert CATALOG.default_locale == expected["default"]
    warnings = [(w.file, w.warning.code, w.warning.path) for w in CATALOG.warnings]
    assert warnings == [(w["file"], w["code"], w["path"]) for w in expected["warnings"]]
    assert all(isinstance(w, vt_content.CatalogWarning) for w in CATALOG.warnings)
    stale = next(w for w in CATALOG.warnings if w.warning.code == "stale-translation")
    assert stale.to_dict() == {"file": "de.json", "warning": stale.warning.to_dict()}
    assert repr(stale).startswith("CatalogWarning(")
    assert vt_content.catalog().warnings == []


def test_a_pack_is_made_once_and_given_again() -> None:
    # A web front end asks for a pack on every request: the same object each time, not a
    # new copy of the whole pack.
    welsh = CATALOG.get("cy")
    assert CATALOG.get("cy-GB") is welsh
    assert CATALOG.negotiate("cy-GB, en;q=0.5")[0] is welsh
    assert CATALOG.negotiate(["fr", "cy"])[0] is welsh
    assert CATALOG.get("fr") is CATALOG.get(CATALOG.default_locale) is not welsh
    assert vt_content.catalog() is vt_content.catalog()


def test_a_catalogs_repr_lists_its_locales_in_order() -> None:
    # The repr names the class and the tags of the catalog's packs, as locales() gives them.
    assert repr(CATALOG) == 'Catalog(locales=["ar-XB", "cy", "de", "en-GB", "sr", "zh-Hant"])'
    assert repr(vt_content.catalog()) == 'Catalog(locales=["en-GB"])'


def test_a_pack_from_a_catalog_has_the_warnings_of_its_content() -> None:
    # A catalog's pack warns as the same pack loaded alone does (the bundled one is a draft).
    bundled = vt_content.catalog().get("en-GB")
    assert [(w.code, w.path) for w in bundled.warnings] == [("unreviewed-draft", "/review/status")]
    assert bundled.warnings == vt_content.bundled().warnings


def test_each_translation_says_how_complete_and_current_it_is() -> None:
    expected = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
    statuses = [
        {
            "locale": s.locale,
            "translates": s.translates,
            "stale": s.stale,
            "texts": s.texts,
            "translated": s.translated,
            "changed_since": None if s.changed_since is None else len(s.changed_since),
        }
        for s in CATALOG.translation_status()
    ]
    assert statuses == expected["translation_status"]
    de = next(s for s in CATALOG.translation_status() if s.locale == "de")
    assert isinstance(de, vt_content.TranslationStatus)
    assert de.changed_since is not None and de.changed_since[0] == "/audience"
    assert de.to_dict()["percent_translated"] == de.percent_translated
    assert vt_content.catalog().locales() == ["en-GB"]


@pytest.mark.parametrize("case", cases("fallback.json"), ids=lambda case: str(case["request"]))
def test_fallback(case: dict[str, Any]) -> None:
    assert CATALOG.get(case["request"]).locale == case["locale"]


@pytest.mark.parametrize("case", cases("negotiation.json"), ids=lambda case: str(case["name"]))
def test_negotiation(case: dict[str, Any]) -> None:
    preferences = case["header"] if "header" in case else case["tags"]
    pack, requested = CATALOG.negotiate(preferences)
    assert (pack.locale, requested) == (case["locale"], case["requested"])


def test_a_header_given_as_bytes_is_a_type_error_that_says_so() -> None:
    for header in (b"cy, en;q=0.5", bytearray(b"cy")):
        with pytest.raises(TypeError, match="as str"):
            CATALOG.negotiate(header)  # type: ignore[arg-type]


def test_tags_that_are_not_all_str_are_a_type_error() -> None:
    # Each tag must be a str: another object is refused, not taken as its str().
    with pytest.raises(TypeError):
        CATALOG.negotiate(["cy", 1])  # type: ignore[list-item]


def texts(directory: Path, prefix: str = "") -> dict[str, bytes]:
    """The pack files of a directory by name, as an app reads its assets."""
    return {prefix + path.name: path.read_bytes() for path in sorted(directory.glob("*.json"))}


def test_the_names_given_are_the_keys_of_the_error() -> None:
    # The error's text shows them escaped; its fields keep them as given.
    name = "tab\there\u202e.json"
    with pytest.raises(vt_content.CatalogError) as raised:
        vt_content.loads_catalog({"en-GB.json": vt_content.bundled().to_json(), name: "{"})
    assert list(raised.value.files) == [name]
    assert raised.value.kinds == {name: "syntax"}
    assert "tab\\there\\u{202e}.json: " in str(raised.value)


def test_a_name_from_os_listdir_of_a_file_name_not_utf8_names_that_file(tmp_path: Path) -> None:
    # os.listdir gives such a name with lone surrogates for its bytes (caf\udce9.json):
    # its pack is named as load_catalog names that file, shown with the byte escaped.
    text = vt_content.bundled().to_json().encode("utf-8")
    try:
        for name in (b"en-GB.json", b"caf\xe9.json"):
            with open(os.path.join(bytes(tmp_path), name), "wb") as file:
                file.write(text)
    except OSError:
        pytest.skip("this file system takes no file name that is not UTF-8")
    listed = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    assert sorted(listed) == ["caf\udce9.json", "en-GB.json"]
    with pytest.raises(vt_content.CatalogError) as from_texts:
        vt_content.loads_catalog(listed)
    with pytest.raises(vt_content.CatalogError) as from_dir:
        vt_content.load_catalog(tmp_path)
    assert str(from_texts.value) == str(from_dir.value)
    assert from_texts.value.violations == from_dir.value.violations
    assert "caf\\xE9.json is in en-GB too" in str(from_texts.value)
    # A lone surrogate that stands for no byte is no file's name, as for os.fsencode.
    with pytest.raises(UnicodeEncodeError):
        vt_content.loads_catalog({"en-GB.json": text, "\ud800.json": text})


def test_an_invalid_catalogs_text_names_20_problems_and_its_fields_hold_them_all() -> None:
    hostile = '{"signs": [' + "{}," * 999 + "{}]}"
    with pytest.raises(vt_content.CatalogError) as raised:
        vt_content.loads_catalog({f"f{n:02}.json": hostile for n in range(30)})
    assert len(raised.value.files) == 30
    assert all(len(violations) > 300 for violations in raised.value.files.values())
    lines = str(raised.value).splitlines()
    assert len(lines) == 22
    assert lines[0] == "the catalog is invalid: 30 files did not load, 0 catalog violations"
    assert lines[1].startswith("f00.json: the pack has ")
    assert lines[-1] == "and 10 more"


def test_packs_given_as_texts_make_the_catalog_of_their_directory() -> None:
    packs = FIXTURES / "packs"
    given = vt_content.loads_catalog(texts(packs) | texts(packs / "released", "released/"))
    assert given.locales() == CATALOG.locales()
    assert [given.get(tag) for tag in given.locales()] == [CATALOG.get(tag) for tag in CATALOG.locales()]
    assert given.warnings == CATALOG.warnings
    assert given.translation_status() == CATALOG.translation_status()
    as_str = {name: text.decode("utf-8") for name, text in texts(packs).items()}
    assert vt_content.loads_catalog(as_str).locales() == CATALOG.locales()
    as_bytearray = {name: bytearray(text) for name, text in texts(packs).items()}
    assert vt_content.loads_catalog(as_bytearray).locales() == CATALOG.locales()
    invalid = FIXTURES / "invalid" / "missing-and-extra-items"
    with pytest.raises(vt_content.CatalogError) as from_texts:
        vt_content.loads_catalog(texts(invalid))
    with pytest.raises(vt_content.CatalogError) as from_dir:
        vt_content.load_catalog(invalid)
    assert str(from_texts.value) == str(from_dir.value)
    assert from_texts.value.violations == from_dir.value.violations
    with pytest.raises(TypeError, match='^the pack "en-GB.json" is int, not str, bytes or bytearray$'):
        vt_content.loads_catalog({"en-GB.json": 1})  # type: ignore[dict-item]
    # A name must be a str too: another object is refused, not taken as its str().
    with pytest.raises(TypeError):
        vt_content.loads_catalog({1: texts(packs)["en-GB.json"]})  # type: ignore[dict-item]
    # A text is read as loads reads it: a str that is not UTF-8 is that pack's syntax error.
    with pytest.raises(vt_content.CatalogError) as not_utf8:
        vt_content.loads_catalog({"en-GB.json": '{"title": "\ud800"}'})
    assert not_utf8.value.kinds == {"en-GB.json": "syntax"}
    assert [v.code for v in not_utf8.value.files["en-GB.json"]] == ["invalid-utf8"]


INVALID = sorted(path for path in (FIXTURES / "invalid").iterdir() if path.is_dir())


def test_the_fixture_lists_are_not_empty() -> None:
    # pytest skips a test whose parameter list is empty: an empty fixture would pass.
    assert len(cases("fallback.json")) >= 10
    assert len(cases("negotiation.json")) >= 5
    assert len(INVALID) >= 7


@pytest.mark.parametrize("case", INVALID, ids=lambda path: path.name)
def test_an_invalid_catalog_reports_everything_at_once(case: Path) -> None:
    expected = json.loads(case.with_name(case.name + ".expected.json").read_text("utf-8"))
    with pytest.raises(vt_content.CatalogError) as raised:
        vt_content.load_catalog(case)
    error = raised.value
    violations = [
        {"file": item.file, "code": item.violation.code, "path": item.violation.path}
        for item in error.violations
    ]
    assert violations == expected["violations"]
    for item in error.violations:
        as_dict = item.to_dict()
        assert as_dict["file"] == item.file
        assert as_dict["violation"] == item.violation.to_dict()
    files = {name: [violation.code for violation in found] for name, found in error.files.items()}
    assert list(error.files) == [item["file"] for item in expected["files"]]
    assert error.kinds == {item["file"]: item["error"] for item in expected["files"]}
    assert error.positions == {item["file"]: tuple(item["at"]) for item in expected["files"] if "at" in item}
    assert files == {file["file"]: file["codes"] for file in expected["files"]}


def test_a_missing_directory_is_an_os_error(tmp_path: Path) -> None:
    # As open() would: FileNotFoundError, with the directory as it was given.
    with pytest.raises(FileNotFoundError) as raised:
        vt_content.load_catalog(tmp_path / "nowhere")
    assert raised.value.filename == tmp_path / "nowhere"
