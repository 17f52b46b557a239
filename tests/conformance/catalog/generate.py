#!/usr/bin/env python3
"""Writes the catalog fixtures from the released en-GB pack 1.1.0: `python3 generate.py`.

Every pack here is a test fixture, marked as a draft: its text is the en-GB text with a
title naming the locale. None of them is a translation anyone should ship. The source is a
released version, not the bundled pack, so that the fixtures stay as they are when the
bundled content moves on.
"""
import copy
import json
import os
import pathlib
import shutil

HERE = pathlib.Path(__file__).parent
RELEASED = HERE / "../../../crates/vt-content/content/released"
SCHEMA = HERE / "../../../schema/vt-content-pack.schema.json"
SOURCE = json.loads((RELEASED / "1.1.0.json").read_text())


def translation(locale, source_version=SOURCE["version"], source_locale="en-GB", **changes):
    pack = copy.deepcopy(SOURCE)
    pack["locale"] = locale
    pack["title"] = f"Fixture pack ({locale}), not a translation"
    pack["review"] = {"status": "draft", "next_review_due": SOURCE["review"]["next_review_due"]}
    pack["translation"] = {"source_locale": source_locale, "source_version": source_version}
    pack.update(changes)
    return pack


def write(directory, name, pack):
    directory.mkdir(parents=True, exist_ok=True)
    if not isinstance(pack, str):
        # The `$schema` link leads to the schema from where the pack is written.
        if "$schema" in pack:
            pack = dict(pack, **{"$schema": os.path.relpath(SCHEMA, directory)})
        pack = json.dumps(pack, indent=2, ensure_ascii=False) + "\n"
    (directory / name).write_text(pack)


def expected(directory, files=(), violations=()):
    # Beside the case's directory, since every `*.json` file in it is a pack.
    write(directory.parent, directory.name + ".expected.json",
          {"files": list(files), "violations": list(violations)})


def main():
    for directory in ("packs", "invalid"):
        shutil.rmtree(HERE / directory, ignore_errors=True)
    packs = HERE / "packs"
    write(packs, "en-GB.json", SOURCE)
    # For Wales, NHS 111's region: differs-from-source, as any typed value a translation
    # changes (a contact's number, a practice's kind) would be.
    welsh = translation("cy")
    welsh["urgent_help"]["contacts"][1]["region"] = "GB-WLS"
    write(packs, "cy.json", welsh)
    write(packs, "de.json", translation("de", source_version="1.0.0"))
    # A version the source has not reached: future-source-version.
    write(packs, "zh-Hant.json", translation("zh-Hant", source_version="1.2.0"))
    # A pseudo-locale, as `vt-content pseudo` makes for testing: found only when asked for.
    # It names the source's version with build metadata, which semver's precedence ignores:
    # it is current.
    write(packs, "ar-XB.json", translation("ar-XB", source_version=SOURCE["version"] + "+build.2"))
    # A file named for a locale whose readers get another pack (Serbian in Latin script,
    # holding a pack in sr, which is Cyrillic): file-named-for-another-locale.
    write(packs, "sr-Latn.json", translation("sr"))
    # The source as de.json's translation knew it, so that what changed since is named.
    write(packs / "released", "1.0.0.json", json.loads((RELEASED / "1.0.0.json").read_text()))

    invalid = HERE / "invalid"
    case = invalid / "duplicate-locale"
    write(case, "en-GB.json", SOURCE)
    write(case, "cy.json", translation("cy"))
    write(case, "cy-copy.json", translation("cy"))
    expected(case, violations=[{"file": "cy.json", "code": "duplicate-locale", "path": "/locale"}])

    # Tags that name one locale: a deprecated code and its replacement, a tag with its
    # default script and one without.
    case = invalid / "duplicate-locale-alias"
    write(case, "en-GB.json", SOURCE)
    write(case, "he.json", translation("he"))
    write(case, "iw.json", translation("iw"))
    write(case, "zh-Hant-TW.json", translation("zh-Hant-TW"))
    write(case, "zh-TW.json", translation("zh-TW"))
    expected(case, violations=[
        {"file": "iw.json", "code": "duplicate-locale", "path": "/locale"},
        {"file": "zh-TW.json", "code": "duplicate-locale", "path": "/locale"},
    ])

    case = invalid / "pack-id-mismatch"
    write(case, "en-GB.json", SOURCE)
    write(case, "cy.json", translation("cy", id="another-pack"))
    expected(case, violations=[{"file": "cy.json", "code": "pack-id-mismatch", "path": "/id"}])

    case = invalid / "missing-and-extra-items"
    write(case, "en-GB.json", SOURCE)
    pack = translation("cy")
    pack["signs"] = [s for s in pack["signs"] if s["id"] != "withdrawing"]
    pack["signs"].append(dict(pack["signs"][0], id="extra-sign"))
    pack["advice"]["signs_recognised"]["speak_to"] = ["trusted-person"]
    pack["support"] = [r for r in pack["support"] if r["id"] != "line-manager"]
    expected(case, violations=[
        {"file": "cy.json", "code": "missing-item", "path": "/signs"},
        {"file": "cy.json", "code": "missing-item", "path": "/support"},
        {"file": "cy.json", "code": "extra-item", "path": "/signs/6"},
    ])
    write(case, "cy.json", pack)

    case = invalid / "no-source-pack"
    write(case, "cy.json", translation("cy"))
    write(case, "de.json", translation("de"))
    expected(case, violations=[{"file": "", "code": "source-pack-count", "path": ""}])

    case = invalid / "translation-undeclared"
    write(case, "en-GB.json", SOURCE)
    write(case, "cy.json", translation("cy"))
    undeclared = translation("de")
    del undeclared["translation"]
    write(case, "de.json", undeclared)
    expected(case, violations=[{"file": "de.json", "code": "translation-undeclared", "path": ""}])

    case = invalid / "unknown-source-locale"
    write(case, "en-GB.json", SOURCE)
    write(case, "cy.json", translation("cy", source_locale="en-US"))
    expected(case, violations=[
        {"file": "cy.json", "code": "unknown-source-locale", "path": "/translation/source_locale"},
    ])

    # The source pack itself does not load: its report says so, and no count of source
    # packs is made without it.
    case = invalid / "invalid-source-pack"
    bad_source = copy.deepcopy(SOURCE)
    bad_source["signs"][0]["id"] = "Feeling-Powerless"
    write(case, "en-GB.json", bad_source)
    write(case, "cy.json", translation("cy"))
    expected(case, files=[{"file": "en-GB.json", "error": "validation", "codes": ["invalid-id"]}])

    case = invalid / "file-errors-and-catalog-rules"
    write(case, "en-GB.json", SOURCE)
    write(case, "broken.json", "{ \"schema_version\": \"1.1\",\n")
    bad_id = translation("de")
    bad_id["signs"][0]["id"] = "Feeling-Powerless"
    write(case, "de.json", bad_id)
    write(case, "cy.json", translation("cy", id="another-pack"))
    expected(
        case,
        files=[
            {"file": "broken.json", "error": "syntax", "codes": ["json-truncated"], "at": [2, 1]},
            {"file": "de.json", "error": "validation", "codes": ["invalid-id"]},
        ],
        violations=[{"file": "cy.json", "code": "pack-id-mismatch", "path": "/id"}],
    )


if __name__ == "__main__":
    main()
