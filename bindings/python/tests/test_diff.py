"""Diffs through Python: every case of tests/conformance/diff/ gives exactly the changes it
expects, as in Rust; and the objects a diff gives are typed, ordered and readable."""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Callable
from typing import Any, Optional

import pytest
import vt_content
from repo import CONFORMANCE, REPO

DIFF_CASES = sorted(path for path in (CONFORMANCE / "diff").iterdir() if path.is_dir())


def version_check(check: Callable[[], None], new_version: str) -> Optional[str]:
    """The code of the VersionError that a check of versions raises, or None."""
    try:
        check()
    except vt_content.VersionError as error:
        assert isinstance(error, vt_content.ContentError)
        assert new_version in str(error)
        return error.code
    return None


def written(diff: vt_content.Diff, checks: list[dict[str, Any]]) -> dict[str, Any]:
    """A diff as the fixtures write it: the version check in content mode only, and the
    checks of the versions that ``checks`` names."""
    checked: dict[str, Any] = {}
    if diff.mode.value == "content":
        checked["version_check"] = version_check(diff.check, diff.new_version)
    if checks:
        checked["version_checks"] = [
            {
                "old": check["old"],
                "new": check["new"],
                "result": version_check(
                    lambda: diff.check_version(check["old"], check["new"]), check["new"]
                ),
            }
            for check in checks
        ]
    return {
        "mode": diff.mode.value,
        "required_bump": diff.required_bump.value,
        **checked,
        "changes": [
            {
                "kind": change.kind.value,
                "old_path": change.old_path,
                "new_path": change.new_path,
                "bump": change.bump.value,
            }
            for change in diff.changes
        ],
        "changed_texts": diff.changed_texts,
    }


def test_there_are_diff_cases() -> None:
    assert len(DIFF_CASES) >= 10


@pytest.mark.parametrize("case", DIFF_CASES, ids=lambda path: path.name)
def test_each_diff_case_gives_exactly_the_expected_changes(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text("utf-8"))
    old = vt_content.loads((case / "old.json").read_bytes())
    new = vt_content.loads((case / "new.json").read_bytes())
    compare = {"content": vt_content.diff, "structure": vt_content.diff_structure}[expected["mode"]]
    diff = compare(old, new)
    assert written(diff, expected.get("version_checks", [])) == expected
    assert len(diff) == len(expected["changes"]) and bool(diff) == bool(expected["changes"])
    if expected["mode"] == "content":
        assert diff.changelog_entry() == (case / "changelog.md").read_text("utf-8")


def reworded_title() -> vt_content.ContentPack:
    text = vt_content.bundled().to_json()
    return vt_content.loads(text.replace('"Vicarious traumatisation",', '"Vicarious trauma",', 1))


def test_a_change_is_typed_and_says_where_and_what() -> None:
    diff = vt_content.diff(vt_content.bundled(), reworded_title())
    assert isinstance(diff, vt_content.Diff)
    assert diff.mode is vt_content.DiffMode.CONTENT
    assert diff.required_bump is vt_content.Bump.PATCH
    version = vt_content.bundled().version
    assert (diff.old_version, diff.new_version) == (version, version)
    assert diff.changed_texts == ["/title"]
    [change] = diff.changes
    assert isinstance(change, vt_content.Change)
    assert change.kind is vt_content.ChangeKind.TEXT_CHANGED
    assert (change.old_path, change.new_path) == ("/title", "/title")
    assert (change.old_value, change.new_value) == ("Vicarious traumatisation", "Vicarious trauma")
    assert change.bump is vt_content.Bump.PATCH
    assert str(change) == "text reworded at /title (patch)"
    assert repr(change) == (
        'Change(kind="text-changed", old_path="/title", new_path="/title", bump="patch")'
    )
    assert repr(diff).startswith(f'Diff(mode="content", old_version="{version}", new_version="{version}"')
    assert change.to_dict()["old_value"] == "Vicarious traumatisation"
    assert diff.to_dict()["changes"][0]["kind"] == "text-changed"


def test_bumps_are_ordered() -> None:
    bump = vt_content.Bump
    assert bump.NONE < bump.PATCH < bump.MINOR < bump.MAJOR
    assert max([bump.PATCH, bump.MAJOR, bump.MINOR]) is bump.MAJOR
    assert sorted(bump, reverse=True)[0] is bump.MAJOR


def test_bumps_compare_both_ways_and_only_with_bumps() -> None:
    # Every comparison is defined from the order, a bump is not less than itself, and a
    # bump compared with something that is not a bump raises TypeError, as enums do.
    bump = vt_content.Bump
    assert bump.MAJOR >= bump.MINOR > bump.PATCH >= bump.PATCH > bump.NONE
    assert bump.NONE <= bump.NONE and bump.NONE <= bump.MAJOR
    assert not bump.PATCH < bump.PATCH and not bump.MINOR > bump.MINOR
    with pytest.raises(TypeError, match="'<' not supported between instances of 'Bump' and 'str'"):
        _ = bump.PATCH < "minor"


def test_a_removed_item_needs_a_major_version() -> None:
    text = vt_content.bundled().to_json()
    data = json.loads(text)
    data["signs"].pop(0)
    diff = vt_content.diff(vt_content.bundled(), vt_content.loads(json.dumps(data)))
    assert diff.required_bump is vt_content.Bump.MAJOR
    [change] = diff.changes
    assert change.kind is vt_content.ChangeKind.ITEM_REMOVED
    assert (change.old_path, change.new_path, change.old_value) == ("/signs/0", None, "feeling-powerless")
    # The repr gives each path in its place, and a path that is not there as None.
    assert repr(change) == (
        'Change(kind="item-removed", old_path="/signs/0", new_path=None, bump="major")'
    )
    # A diff of one change counts it as "1 item".
    assert repr(diff).endswith('required_bump="major", changes=[1 item])'), repr(diff)
    diff.check_version("1.1.2", "2.0.0")
    with pytest.raises(ValueError, match="is not a semantic version such as 1.0.0") as raised:
        diff.check_version("1.1", "2.0.0")
    assert not isinstance(raised.value, vt_content.VersionError)


def test_a_diff_repr_names_its_mode_versions_bump_and_changes() -> None:
    # Each field in its place: versions that differ, the bump the changes need and their
    # count ("2 items", as a record's repr counts its lists; one change is "1 item", in the
    # test of a removed item), and the mode of a diff by structure.
    bundled = vt_content.bundled()
    data = json.loads(bundled.to_json())
    del data["signs"][:2]
    data["version"] = "2.0.0"
    diff = vt_content.diff(bundled, vt_content.loads(json.dumps(data)))
    assert len(diff) == 2
    assert repr(diff) == (
        f'Diff(mode="content", old_version="{bundled.version}", new_version="2.0.0", '
        'required_bump="major", changes=[2 items])'
    )
    data = json.loads(bundled.to_json())
    data["locale"] = "cy"
    structure = vt_content.diff_structure(bundled, vt_content.loads(json.dumps(data)))
    assert repr(structure) == (
        f'Diff(mode="structure", old_version="{bundled.version}", '
        f'new_version="{bundled.version}", required_bump="none", changes=[0 items])'
    )


def test_a_translation_is_compared_by_structure() -> None:
    data = json.loads(vt_content.bundled().to_json())
    data["locale"] = "cy"
    data["title"] = "Trawma dirprwyol"
    translation = vt_content.loads(json.dumps(data))
    diff = vt_content.diff_structure(vt_content.bundled(), translation)
    assert diff.mode is vt_content.DiffMode.STRUCTURE
    assert diff.changes == []
    assert diff.required_bump is vt_content.Bump.NONE


def test_the_changelog_entry_is_markdown() -> None:
    bundled = vt_content.bundled()
    # The release before the bundled pack, which is the newest.
    releases = sorted(
        (vt_content.load(path) for path in (REPO / "crates" / "vt-content" / "content" / "released").glob("*.json")),
        key=lambda pack: tuple(int(part) for part in pack.version.split(".")),
    )
    assert releases[-1] == bundled
    previous = releases[-2]
    entry = vt_content.diff(previous, bundled).changelog_entry()
    assert entry.startswith(f"## {bundled.version}\n\nSince {previous.version}: ")
    changelog = (REPO / "crates" / "vt-content" / "content" / "CHANGELOG.md").read_text("utf-8")
    assert entry in changelog


def test_diffs_compare_and_hash_by_value() -> None:
    first = vt_content.diff(vt_content.bundled(), reworded_title())
    second = vt_content.diff(vt_content.bundled(), reworded_title())
    assert first == second and hash(first) == hash(second)
    assert first.changes[0] == second.changes[0]


def test_a_diff_takes_packs_only() -> None:
    not_a_pack: Optional[object] = None
    with pytest.raises(TypeError):
        vt_content.diff(vt_content.bundled(), not_a_pack)  # type: ignore[arg-type]
