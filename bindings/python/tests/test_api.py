"""The Python API itself: attributes, lookups, guidance, equality, hashing, pickling,
threads and exceptions."""

from __future__ import annotations

import copy
import datetime
import enum
import errno
import importlib.metadata
import json
import os
import pickle
import re
import typing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import vt_content
from repo import CONFORMANCE, REPO, SCHEMA_FILE

BUNDLED = vt_content.bundled()
TEXT = BUNDLED.to_json()


def edited(old: str, new: str) -> str:
    """The bundled pack's JSON text with one edit, which must apply."""
    assert old in TEXT
    return TEXT.replace(old, new, 1)


def as_data(value: Any) -> Any:
    """An attribute's value as the plain data of to_dict(), read through attributes only."""
    if isinstance(value, list):
        return [as_data(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return {key: as_data(getattr(value, attribute(key))) for key in value.to_dict()}
    return value


def attribute(key: str) -> str:
    """The attribute of a JSON field: the same name, but ``schema_link`` for ``$schema``."""
    return "schema_link" if key == "$schema" else key


# Attributes


DRAFT = [("unreviewed-draft", "/review/status")]


def codes(pack: vt_content.ContentPack) -> list[tuple[str, str]]:
    """The code and path of each warning of a pack."""
    return [(warning.code, warning.path) for warning in pack.warnings]


def test_the_bundled_pack_is_one_shared_object() -> None:
    assert vt_content.bundled() is BUNDLED
    assert codes(BUNDLED) == DRAFT


def test_every_field_of_the_pack_is_an_attribute_with_its_value() -> None:
    data = BUNDLED.to_dict()
    assert set(data) >= {"schema_version", "signs", "review", "about", "advice"}
    assert as_data(BUNDLED) == data == json.loads(TEXT)


def test_the_bundled_pack_has_its_known_values() -> None:
    assert (BUNDLED.id, BUNDLED.locale, BUNDLED.schema_version) == (
        "vicarious-traumatisation",
        "en-GB",
        "1.1",
    )
    assert re.fullmatch(r"\d+\.\d+\.\d+", BUNDLED.version)
    assert len(BUNDLED.signs) == 7
    assert [practice.kind for practice in BUNDLED.practices] == list(vt_content.PracticeKind)
    assert BUNDLED.advice.signs_recognised.speak_to == ["trusted-person", "line-manager"]
    assert BUNDLED.attribution.source_name == "RotherHive"
    assert BUNDLED.attribution.adapted is True
    assert "compassion fatigue" in " ".join(BUNDLED.about.related_ideas)
    assert BUNDLED.review.status is vt_content.ReviewStatus.DRAFT
    assert BUNDLED.about.burnout.differences and BUNDLED.about.burnout.overlap
    assert BUNDLED.summary and all(isinstance(paragraph, str) for paragraph in BUNDLED.summary)


def test_review_dates_are_dates() -> None:
    review = vt_content.load(CONFORMANCE / "valid" / "reviewed-with-contacts" / "pack.json").review
    assert review.status is vt_content.ReviewStatus.REVIEWED
    assert type(review.last_reviewed) is datetime.date
    assert type(review.next_review_due) is datetime.date
    assert review.last_reviewed < review.next_review_due
    assert not review.is_overdue(review.last_reviewed)
    assert review.is_overdue(review.next_review_due)
    assert review.reviewed_by is not None and review.reviewed_by.role
    assert review.to_dict() == {
        "status": "reviewed",
        "last_reviewed": review.last_reviewed.isoformat(),
        "next_review_due": review.next_review_due.isoformat(),
        "reviewed_by": review.reviewed_by.to_dict(),
    }


def test_a_draft_claims_no_review() -> None:
    review = BUNDLED.review
    assert (review.status, review.last_reviewed, review.reviewed_by) == (
        vt_content.ReviewStatus.DRAFT,
        None,
        None,
    )
    assert review.to_dict() == {"status": "draft", "next_review_due": "2027-11-28"}


def test_a_1_0_pack_and_a_1_1_pack_both_load() -> None:
    old = vt_content.load(CONFORMANCE / "valid" / "bundled-1.0" / "pack.json")
    assert (old.schema_version, old.review.status, old.urgent_help) == ("1.0", None, None)
    assert codes(old) == [("default-labels", ""), ("no-urgent-help", "")]
    assert old.labels is None
    assert BUNDLED.labels is not None and BUNDLED.labels.speak_to == "Speak to"
    assert (BUNDLED.schema_version, BUNDLED.urgent_help is not None) == ("1.1", True)


def test_labels_are_the_packs_own_or_the_en_gb_ones() -> None:
    # A pack renders with its own labels, and one without labels with the en-GB ones.
    old = vt_content.load(CONFORMANCE / "valid" / "bundled-1.0" / "pack.json")
    assert old.labels is None and vt_content.labels(old) == BUNDLED.labels
    accented = BUNDLED.pseudo(vt_content.PseudoLocale.EN_XA)
    assert accented.labels is not None and accented.labels != BUNDLED.labels
    assert vt_content.labels(accented) == accented.labels
    assert vt_content.labels(accented).speak_to == "[Šþéáķ ţö öñé]"


def test_urgent_help_has_typed_contacts() -> None:
    urgent_help = BUNDLED.urgent_help
    assert urgent_help is not None
    samaritans = next(c for c in urgent_help.contacts if c.id == "samaritans")
    assert (samaritans.phone, samaritans.cost, samaritans.origin) == (
        "116 123",
        vt_content.Cost.FREE,
        vt_content.ContactOrigin.EDITORS,
    )
    assert samaritans.hours is not None and samaritans.hours.days is vt_content.Days.EVERY_DAY
    shout = next(c for c in urgent_help.contacts if c.id == "shout")
    assert shout.text_message is not None
    assert (shout.text_message.number, shout.text_message.keyword) == ("85258", "SHOUT")
    licence = BUNDLED.attribution.licence
    assert licence is not None and licence.expression.startswith("LicenseRef-")
    assert BUNDLED.attribution.endorsed is False


def test_hours_past_midnight_close_the_next_day() -> None:
    night = vt_content.load(CONFORMANCE / "valid" / "hours-past-midnight" / "pack.json")
    assert night.schema_version == "1.2"
    (line,) = night.support[2].contacts
    hours = line.hours
    assert hours is not None
    assert (hours.days, hours.opens, hours.closes, hours.closes_next_day) == (
        vt_content.Days.WEEKDAYS,
        "20:00",
        "08:00",
        True,
    )
    assert hours.to_dict() == {"days": "weekdays", "opens": "20:00", "closes": "08:00", "closes_next_day": True}
    assert "Monday to Friday, 20:00 to 08:00" in night.to_text(width=200)
    # A pack that does not say leaves it None, and writes nothing for it.
    samaritans = BUNDLED.urgent_help.contacts[2] if BUNDLED.urgent_help else None
    assert samaritans is not None and samaritans.hours is not None
    assert samaritans.hours.closes_next_day is None
    assert "closes_next_day" not in samaritans.hours.to_dict()


def test_review_warning_comes_on_the_due_day() -> None:
    due = BUNDLED.review.next_review_due
    assert BUNDLED.review_warning(due - datetime.timedelta(days=1)) is None
    warning = BUNDLED.review_warning(due)
    assert warning is not None
    assert (warning.code, warning.path) == ("review-overdue", "/review/next_review_due")
    assert due.isoformat() in warning.message
    assert str(warning) == f"/review/next_review_due [review-overdue]: {warning.message}"
    assert BUNDLED.review_warning(due + datetime.timedelta(days=400)) == warning
    assert codes(BUNDLED) == DRAFT


def test_items_to_dict_are_the_items_of_the_pack() -> None:
    data = BUNDLED.to_dict()
    assert [sign.to_dict() for sign in BUNDLED.signs] == data["signs"]
    assert [action.to_dict() for action in BUNDLED.self_care_actions] == data["self_care_actions"]
    assert [practice.to_dict() for practice in BUNDLED.practices] == data["practices"]
    assert [route.to_dict() for route in BUNDLED.support] == data["support"]
    assert BUNDLED.advice.to_dict() == data["advice"]
    assert BUNDLED.about.burnout.to_dict() == data["about"]["burnout"]


def test_objects_are_read_only() -> None:
    sign = BUNDLED.signs[0]
    with pytest.raises(AttributeError):
        BUNDLED.title = "Another title"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        sign.id = "another-id"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        sign.extra = 1  # type: ignore[attr-defined]
    description = sign.description
    description[0] = "changed"
    assert sign.description != description, "a list field is a new list on each read"
    assert BUNDLED.signs[0] == sign


def test_a_custom_pack_keeps_its_schema_link() -> None:
    assert BUNDLED.schema_link is not None
    pack = vt_content.loads(edited(f'"$schema": "{BUNDLED.schema_link}",', ""))
    assert pack.schema_link is None
    assert "$schema" not in pack.to_dict()


def test_repr_names_the_object() -> None:
    assert repr(BUNDLED) == (
        f'ContentPack(id="vicarious-traumatisation", version="{BUNDLED.version}", locale="en-GB")'
    )
    assert repr(BUNDLED.sign("withdrawing")).startswith('Sign(id="withdrawing", title=')
    assert 'kind="ground"' in repr(BUNDLED.practice("ground"))
    assert "trusted-person" in repr(BUNDLED.advice)


def test_a_repr_leaves_out_paragraphs_and_counts_records() -> None:
    # A list of ids is shown whole, a list of records as its count ("1 item", "2 items"),
    # and a list of paragraphs (a sign's description) not at all.
    sign = BUNDLED.sign("withdrawing")
    assert len(sign.description) > 0
    assert repr(sign) == f'Sign(id="withdrawing", title="{sign.title}")'
    guidance = BUNDLED.guidance(["withdrawing"])
    assert (len(guidance.recognised_signs), len(guidance.speak_to)) == (1, 2)
    text = repr(guidance)
    assert text.startswith('Guidance(kind="seek-support", urgent_help={title='), text
    assert ", recognised_signs=[1 item], speak_to=[2 items], " in text, text
    ids = json.dumps(BUNDLED.advice.signs_recognised.speak_to, separators=(",", ":"))
    assert '"trusted-person"' in ids
    assert repr(BUNDLED.advice) == f"Advice(signs_recognised={{speak_to={ids}}})"


def test_a_repr_writes_booleans_as_the_pack_does() -> None:
    # A boolean field is in the repr, written as in a pack: true or false.
    attribution = BUNDLED.attribution
    assert (attribution.adapted, attribution.endorsed) == (True, False)
    text = repr(attribution)
    assert text.startswith('Attribution(source_title="'), text
    assert ", adapted=true, " in text and text.endswith(", endorsed=false)"), text


# Lookups


def test_lookups_find_items_by_id() -> None:
    assert (
        BUNDLED.sign("withdrawing")
        == BUNDLED.signs[[s.id for s in BUNDLED.signs].index("withdrawing")]
    )
    assert BUNDLED.self_care_action("stay-connected").id == "stay-connected"
    assert BUNDLED.practice("recharge").kind is vt_content.PracticeKind.RECHARGE
    assert BUNDLED.support_route("line-manager").id == "line-manager"


@pytest.mark.parametrize("lookup", ["sign", "self_care_action", "practice", "support_route"])
def test_an_unknown_id_is_a_key_error(lookup: str) -> None:
    with pytest.raises(KeyError) as raised:
        getattr(BUNDLED, lookup)("Withdrawing")
    error = raised.value
    assert isinstance(error, vt_content.UnknownIdError)
    assert isinstance(error, vt_content.ContentError)
    assert error.id == "Withdrawing"
    assert str(error).startswith('"Withdrawing" is not the id of a ')
    # A long id is shortened and a line break escaped, as guidance says it: the message
    # is the core's.
    long = "x\n" + "y" * 10**6
    with pytest.raises(vt_content.UnknownIdError) as raised:
        getattr(BUNDLED, lookup)(long)
    assert raised.value.id == long
    with pytest.raises(vt_content.UnknownIdError) as by_guidance:
        BUNDLED.guidance([long])
    item = {"self_care_action": "self-care action"}.get(lookup, lookup.replace("_", " "))
    assert str(raised.value) == str(by_guidance.value).replace(" a sign ", f" a {item} ")
    assert len(str(raised.value)) < 250 and "\n" not in str(raised.value)


# Guidance


def test_guidance_for_recognised_signs() -> None:
    guidance = BUNDLED.guidance(["low-motivation", "withdrawing", "low-motivation"])
    assert guidance.kind is vt_content.GuidanceKind.SEEK_SUPPORT
    assert [sign.id for sign in guidance.recognised_signs] == ["low-motivation", "withdrawing"]
    assert [route.id for route in guidance.speak_to] == ["trusted-person", "line-manager"]
    assert guidance.message == BUNDLED.advice.signs_recognised.message
    assert guidance.self_care_actions == BUNDLED.self_care_actions
    assert guidance.practices == BUNDLED.practices
    assert guidance.recovery_and_burnout == BUNDLED.advice.recovery_and_burnout


def test_guidance_without_signs_is_prevention() -> None:
    guidance = BUNDLED.guidance([])
    assert guidance.kind is vt_content.GuidanceKind.PREVENTION
    assert guidance.speak_to == []
    assert guidance.message == BUNDLED.advice.prevention
    data = guidance.to_dict()
    assert data["kind"] == "prevention"
    assert data["practices"] == BUNDLED.to_dict()["practices"]


def test_guidance_takes_any_iterable_of_ids_but_not_one_str() -> None:
    ids = ("withdrawing", "intrusive-thoughts")
    assert BUNDLED.guidance(iter(ids)) == BUNDLED.guidance(list(ids))
    with pytest.raises(TypeError, match="not one str"):
        BUNDLED.guidance("withdrawing")
    with pytest.raises(TypeError):
        BUNDLED.guidance([1])  # type: ignore[list-item]


def test_guidance_names_an_unknown_sign() -> None:
    with pytest.raises(vt_content.UnknownIdError) as raised:
        BUNDLED.guidance(["withdrawing", "sad"])
    assert raised.value.id == "sad"
    assert "sad" in str(raised.value)


# A str with a lone surrogate, as json.loads makes of a client's "\ud800", is no id or tag:
# an unknown id, or no match, as any other, never a UnicodeEncodeError.
LONE_SURROGATE = "with\ud800"


@pytest.mark.parametrize("lookup", ["sign", "self_care_action", "practice", "support_route"])
def test_an_id_with_a_lone_surrogate_is_unknown(lookup: str) -> None:
    with pytest.raises(vt_content.UnknownIdError) as raised:
        getattr(BUNDLED, lookup)(LONE_SURROGATE)
    assert raised.value.id == LONE_SURROGATE


def test_guidance_for_an_id_with_a_lone_surrogate_names_it_as_given() -> None:
    with pytest.raises(vt_content.UnknownIdError) as raised:
        BUNDLED.guidance(["withdrawing", LONE_SURROGATE])
    assert raised.value.id == LONE_SURROGATE


def test_a_tag_with_a_lone_surrogate_matches_no_pack() -> None:
    catalog = vt_content.catalog()
    default = catalog.get(catalog.default_locale)
    assert catalog.get(LONE_SURROGATE) == default
    assert catalog.negotiate(LONE_SURROGATE) == (default, None)
    assert catalog.negotiate([LONE_SURROGATE, "en-GB"]) == (default, "en-GB")


def test_pseudo_takes_a_pseudo_locale_or_its_tag_and_nothing_else() -> None:
    pack = BUNDLED.pseudo(vt_content.PseudoLocale.AR_XB)
    assert pack.locale == "ar-XB"
    assert pack.title.startswith("\u200f[") and pack.signs[0].id == BUNDLED.signs[0].id
    assert pack.translation is not None
    assert (pack.translation.source_locale, pack.translation.source_version) == ("en-GB", BUNDLED.version)
    assert [warning.code for warning in pack.warnings] == ["unreviewed-draft"]
    assert BUNDLED.pseudo("en-XA") == BUNDLED.pseudo(vt_content.PseudoLocale.EN_XA)
    with pytest.raises(ValueError, match="fr-XA"):
        BUNDLED.pseudo("fr-XA")
    with pytest.raises(TypeError):
        BUNDLED.pseudo(1)  # type: ignore[arg-type]


# Equality and hashing


def test_equal_content_is_equal_and_hashes_alike() -> None:
    again = vt_content.loads(TEXT)
    assert again is not BUNDLED
    assert again == BUNDLED and hash(again) == hash(BUNDLED)
    assert len({BUNDLED, again}) == 1
    for mine, theirs in zip(BUNDLED.signs, again.signs):
        assert mine == theirs and hash(mine) == hash(theirs)
    assert again.about == BUNDLED.about and hash(again.about) == hash(BUNDLED.about)
    assert again.guidance([]) == BUNDLED.guidance([])
    assert hash(again.guidance([])) == hash(BUNDLED.guidance([]))


def test_different_content_is_different() -> None:
    other = vt_content.loads(edited(f'"title": "{BUNDLED.title}"', '"title": "Another title"'))
    assert other != BUNDLED
    assert other.signs == BUNDLED.signs
    assert BUNDLED.signs[0] != BUNDLED.signs[1]
    assert BUNDLED.guidance([]) != BUNDLED.guidance(["withdrawing"])
    assert BUNDLED.sign("withdrawing") != "withdrawing"
    assert len(set(BUNDLED.signs)) == len(BUNDLED.signs)


def test_the_same_advice_from_another_pack_is_another_guidance() -> None:
    # The same advice, from a pack in another locale: its pages differ, so it is not equal,
    # and a cache keyed by guidance never serves one page for the other.
    american = vt_content.loads(edited('"locale": "en-GB"', '"locale": "en-US"'))
    mine, theirs = BUNDLED.guidance(["withdrawing"]), american.guidance(["withdrawing"])
    assert vt_content.GuidanceContent.__eq__(mine, theirs)
    assert mine.to_html() != theirs.to_html()
    assert mine != theirs and len({mine, theirs}) == 2
    assert mine != "withdrawing" and mine == BUNDLED.guidance(["withdrawing"])


def test_other_guidance_hashes_otherwise() -> None:
    # A guidance hashes its advice and its pack, so that a cache keyed by guidance spreads
    # its keys: other advice, or the same advice from another pack, hashes otherwise.
    american = vt_content.loads(edited('"locale": "en-GB"', '"locale": "en-US"'))
    withdrawing = BUNDLED.guidance(["withdrawing"])
    assert hash(withdrawing) != hash(BUNDLED.guidance([]))
    assert hash(withdrawing) != hash(american.guidance(["withdrawing"]))


def test_warnings_are_not_part_of_equality() -> None:
    case = CONFORMANCE / "valid" / "newer-minor-version-with-new-fields" / "pack.json"
    pack = vt_content.load(case)
    assert pack.warnings
    warning = pack.warnings[0]
    assert (warning.code, warning.path) == ("ignored-field", "/review/reviewer_notes")
    assert str(warning).startswith("/review/reviewer_notes [ignored-field]: ")
    assert warning.to_dict() == {
        "code": warning.code,
        "path": warning.path,
        "message": warning.message,
    }
    reloaded = vt_content.loads(pack.to_json())
    assert codes(reloaded) == [("default-labels", ""), ("no-urgent-help", "")]
    assert reloaded == pack and hash(reloaded) == hash(pack)


# Pickling


def test_a_pack_pickles_as_its_content() -> None:
    case = CONFORMANCE / "valid" / "newer-minor-version-with-new-fields" / "pack.json"
    for pack in (BUNDLED, vt_content.load(case)):
        copy = pickle.loads(pickle.dumps(pack))
        assert type(copy) is vt_content.ContentPack
        assert copy == pack
        assert [code for code, _ in codes(copy)] == (
            ["unreviewed-draft"]
            if pack.review.status is vt_content.ReviewStatus.DRAFT
            else ["default-labels", "no-urgent-help"]
        )


def test_items_refuse_pickling() -> None:
    items = [BUNDLED.signs[0], BUNDLED.practices[0], BUNDLED.review, BUNDLED.guidance([])]
    for item in items:
        with pytest.raises(TypeError, match="cannot pickle"):
            pickle.dumps(item)


def test_a_copy_of_an_immutable_object_is_the_object() -> None:
    # As for a tuple: nothing can change it, so copy.copy and copy.deepcopy give it back
    # (they raised "cannot pickle" for records).
    newer = vt_content.load(CONFORMANCE / "valid" / "newer-minor-version-with-new-fields" / "pack.json")
    changed = vt_content.loads(edited(f'"title": "{BUNDLED.title}"', '"title": "Another title"'))
    objects = [
        BUNDLED,
        newer,
        newer.warnings[0],
        BUNDLED.signs[0],
        BUNDLED.review,
        BUNDLED.about.burnout,
        BUNDLED.guidance(["withdrawing"]),
        vt_content.diff(BUNDLED, changed),
        vt_content.diff(BUNDLED, changed).changes[0],
        vt_content.catalog(),
    ]
    for item in objects:
        assert copy.copy(item) is item and copy.deepcopy(item) is item
    signs = BUNDLED.signs
    assert copy.deepcopy({"signs": signs})["signs"][0] is signs[0]


def raised(call: Any) -> vt_content.ContentError:
    """The error that a call raises."""
    with pytest.raises(vt_content.ContentError) as caught:
        call()
    return caught.value


def fields(error: BaseException) -> tuple[Any, ...]:
    """An error's type, text and fields, to compare a copy with."""
    return (type(error), str(error), error.args, dict(vars(error)))


def test_a_violation_pickles_with_its_path_as_it_is() -> None:
    # An unknown key with a line break: str() escapes it, the path keeps it.
    error = raised(lambda: vt_content.loads(edited('"title": ', '"a\\nb": 1, "title": ')))
    assert isinstance(error, vt_content.ValidationError)
    [violation] = error.violations
    assert violation.path == "/a\nb"
    assert str(violation).startswith("/a\\nb [unknown-field]")
    copied = pickle.loads(pickle.dumps(violation))
    assert copied == violation and copied.path == "/a\nb"


def test_a_pickled_violation_with_an_unknown_code_or_path_is_refused() -> None:
    # A pickle from another version of the package may hold a code this one does not know:
    # loading it raises ValueError, and does not make some other violation.
    error = raised(lambda: vt_content.loads(edited('"title": ', '"a": 1, "title": ')))
    assert isinstance(error, vt_content.ValidationError)
    [violation] = error.violations
    rebuild, (code, path, message) = violation.__reduce__()
    assert (code, path, message) == ("unknown-field", "/a", violation.message)
    assert rebuild(code, path, message) == violation
    with pytest.raises(ValueError, match='^"no-such-code" is not a violation code$'):
        rebuild("no-such-code", path, message)
    with pytest.raises(ValueError, match='^"a" is not a JSON Pointer$'):
        rebuild(code, "a", message)


def every_kind_of_error() -> list[BaseException]:
    """One error of each kind that vt_content raises, as it raises them."""
    return [
        raised(lambda: vt_content.loads(edited('"withdrawing"', '"Withdrawing"'))),
        raised(lambda: vt_content.loads('{\n  "signs": ]\n}')),
        raised(lambda: vt_content.loads(edited('"schema_version": "1.1"', '"schema_version": "2.0"'))),
        raised(lambda: BUNDLED.sign("nope")),
        raised(lambda: vt_content.load_catalog(CONFORMANCE / "catalog" / "invalid" / "file-errors-and-catalog-rules")),
        raised(lambda: vt_content.diff(BUNDLED, vt_content.loads(edited('"title": "', '"title": "A '))).check()),
    ]


def test_errors_pickle_and_copy_with_every_field() -> None:
    errors = every_kind_of_error()
    assert [type(error).__name__ for error in errors] == [
        "ValidationError",
        "JsonSyntaxError",
        "UnsupportedSchemaVersionError",
        "UnknownIdError",
        "CatalogError",
        "VersionError",
    ]
    for error in errors:
        for copied in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
            assert fields(copied) == fields(error)
    original, catalog_error = errors[4], pickle.loads(pickle.dumps(errors[4]))
    assert isinstance(original, vt_content.CatalogError)
    assert isinstance(catalog_error, vt_content.CatalogError)
    assert catalog_error.violations and catalog_error.violations == original.violations
    assert catalog_error.files and catalog_error.files == original.files
    assert isinstance(catalog_error.violations[0].violation, vt_content.Violation)
    unknown = pickle.loads(pickle.dumps(errors[3]))
    assert isinstance(unknown, vt_content.UnknownIdError) and isinstance(unknown, KeyError)
    assert unknown.id == "nope"
    version = pickle.loads(pickle.dumps(errors[5]))
    assert isinstance(version, vt_content.VersionError)
    assert version.code == "version-bump-too-small"


def test_the_args_of_an_error_are_its_message_alone() -> None:
    # As for ValueError("..."): args holds the message and nothing else, and each field is
    # an attribute, so that code reading args[0] or comparing args gets the text.
    for error in every_kind_of_error():
        assert error.args == (str(error),), type(error)
        assert str(error)


def test_the_fields_of_each_error_are_annotated_with_their_types() -> None:
    # typing.get_type_hints and documentation tools list each field of an error, with its
    # type, inherited ones included (a JsonSyntaxError's violations).
    violations = tuple[vt_content.Violation, ...]
    assert {
        error.__name__: typing.get_type_hints(error)
        for error in (
            vt_content.ValidationError,
            vt_content.JsonSyntaxError,
            vt_content.UnsupportedSchemaVersionError,
            vt_content.UnknownIdError,
            vt_content.VersionError,
            vt_content.CatalogError,
        )
    } == {
        "ValidationError": {"violations": violations},
        "JsonSyntaxError": {"violations": violations, "code": str, "line": int, "column": int},
        "UnsupportedSchemaVersionError": {"violations": violations, "found": str, "supported": str},
        "UnknownIdError": {"id": str},
        "VersionError": {"code": str},
        "CatalogError": {
            "files": dict[str, violations],
            "violations": tuple[vt_content.CatalogViolation, ...],
            "kinds": dict[str, str],
            "positions": dict[str, tuple[int, int]],
        },
    }


def guidance_kind(ids: list[str]) -> vt_content.GuidanceKind:
    """The kind of the bundled pack's guidance for signs, in a worker process."""
    return vt_content.bundled().guidance(ids).kind


def test_an_error_in_a_worker_process_reaches_the_caller_whole() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(vt_content.UnknownIdError) as caught:
            pool.submit(guidance_kind, ["nope"]).result()
        assert caught.value.id == "nope"
        with pytest.raises(vt_content.ValidationError) as invalid:
            pool.submit(vt_content.loads, "{}").result()
        assert invalid.value.violations[0].code == "missing-field"
        # The pool still works.
        assert pool.submit(guidance_kind, []).result() is vt_content.GuidanceKind.PREVENTION


# Threads


def test_objects_are_shared_between_threads() -> None:
    ids = [sign.id for sign in BUNDLED.signs]

    def work(n: int) -> tuple[vt_content.ContentPack, vt_content.Guidance]:
        pack = vt_content.loads(TEXT) if n % 2 else vt_content.bundled()
        return pack, BUNDLED.guidance(ids[: n % len(ids)])

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(64)))
    assert all(pack == BUNDLED for pack, _ in results)
    for n, (_, guidance) in enumerate(results):
        assert [sign.id for sign in guidance.recognised_signs] == ids[: n % len(ids)]


# Loading and errors


def test_text_and_bytes_load_alike() -> None:
    assert vt_content.loads(TEXT) == vt_content.loads(TEXT.encode()) == BUNDLED
    assert vt_content.loads(bytearray(TEXT.encode())) == BUNDLED
    with pytest.raises(TypeError, match=r"^loads\(\) takes str, bytes or bytearray, not int$"):
        vt_content.loads(1)  # type: ignore[arg-type]


def test_load_takes_a_path(tmp_path: Path) -> None:
    file = tmp_path / "pack.json"
    file.write_text(TEXT, "utf-8")
    assert vt_content.load(file) == vt_content.load(str(file)) == BUNDLED


def test_an_unreadable_file_is_an_os_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError) as raised:
        vt_content.load(missing)
    assert raised.value.filename == missing
    # The errno and its text, as open() gives them.
    assert (raised.value.errno, raised.value.strerror) == (errno.ENOENT, os.strerror(errno.ENOENT))
    assert not isinstance(raised.value, vt_content.ContentError)
    with pytest.raises(IsADirectoryError):
        vt_content.load(tmp_path)


def test_a_path_with_a_nul_byte_is_a_value_error_as_for_open(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        open(tmp_path / "a\x00b.json")
    with pytest.raises(ValueError, match="NUL"):
        vt_content.load(tmp_path / "a\x00b.json")
    with pytest.raises(ValueError, match="NUL"):
        vt_content.load_catalog(str(tmp_path) + "/a\x00b")


def test_the_exceptions_form_one_hierarchy() -> None:
    assert issubclass(vt_content.ContentError, Exception)
    for error in (
        vt_content.ValidationError,
        vt_content.JsonSyntaxError,
        vt_content.UnsupportedSchemaVersionError,
        vt_content.UnknownIdError,
        vt_content.CatalogError,
        vt_content.VersionError,
    ):
        assert issubclass(error, vt_content.ContentError)
    assert issubclass(vt_content.JsonSyntaxError, vt_content.ValidationError)
    assert issubclass(vt_content.UnsupportedSchemaVersionError, vt_content.ValidationError)
    assert issubclass(vt_content.UnknownIdError, KeyError)
    # A refused value is a ValueError, as json.JSONDecodeError is: code that catches
    # ValueError around a parse catches these too.
    for error in (vt_content.ValidationError, vt_content.VersionError, vt_content.CatalogError):
        assert issubclass(error, ValueError)
    with pytest.raises(ValueError):
        vt_content.loads("{")


def test_a_validation_error_lists_every_violation() -> None:
    text = edited('"id": "withdrawing"', '"id": "Withdrawing"').replace('"ground"', '"Ground"', 1)
    with pytest.raises(vt_content.ValidationError) as raised:
        vt_content.loads(text)
    error = raised.value
    assert type(error) is vt_content.ValidationError
    found = [(violation.code, violation.path) for violation in error.violations]
    assert found == [("invalid-id", "/signs/5/id"), ("invalid-id", "/practices/0/id")]
    violation = error.violations[0]
    assert violation.message
    assert str(violation) == f"{violation.path} [invalid-id]: {violation.message}"
    assert repr(violation).startswith(f'Violation(code="invalid-id", path="{violation.path}", ')
    assert violation.to_dict() == {
        "code": "invalid-id",
        "path": violation.path,
        "message": violation.message,
    }
    assert str(error).startswith("the pack has 2 violations; the first is /signs/5/id [invalid-id]")


def test_a_syntax_error_has_its_position() -> None:
    with pytest.raises(vt_content.JsonSyntaxError) as raised:
        vt_content.loads('{\n  "signs": ]\n}')
    error = raised.value
    assert (error.code, error.line, error.column) == ("json-syntax", 2, 12)
    assert [(v.code, v.path) for v in error.violations] == [("json-syntax", "")]


def test_a_str_that_is_not_utf8_is_a_syntax_error() -> None:
    with pytest.raises(vt_content.JsonSyntaxError) as raised:
        vt_content.loads('{"title": "\ud800"}')
    assert (raised.value.code, raised.value.line, raised.value.column) == ("invalid-utf8", 1, 12)


def test_another_major_version_names_both_versions() -> None:
    with pytest.raises(vt_content.UnsupportedSchemaVersionError) as raised:
        vt_content.loads(edited('"schema_version": "1.1"', '"schema_version": "2.0"'))
    error = raised.value
    assert (error.found, error.supported) == ("2.0", "1.2")
    assert [(v.code, v.path) for v in error.violations] == [
        ("unsupported-schema-version", "/schema_version")
    ]


# Schema and enums


def test_the_schema_is_the_committed_schema() -> None:
    schema = vt_content.schema()
    assert schema == json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert schema["$id"] == "urn:vt-content:schema:content-pack:1.2"
    schema.clear()
    assert vt_content.schema()


def test_the_enums_have_the_values_of_the_schema() -> None:
    definitions = vt_content.schema()["$defs"]
    for enum in [
        vt_content.PracticeKind,
        vt_content.ReviewStatus,
        vt_content.Days,
        vt_content.Cost,
        vt_content.ContactOrigin,
    ]:
        kinds = definitions[enum.__name__]["oneOf"]
        assert [kind["const"] for kind in kinds] == [kind.value for kind in enum], enum
    assert vt_content.PracticeKind("release") is vt_content.PracticeKind.RELEASE
    kinds_used = {
        case["expected"]["kind"]
        for case in json.loads((CONFORMANCE / "guidance.json").read_text("utf-8"))
        if "expected" in case
    }
    assert kinds_used == {kind.value for kind in vt_content.GuidanceKind}


def test_the_other_enums_list_their_members_in_the_order_of_the_core() -> None:
    # Iterating an enum that the schema does not define gives its members in the order of
    # the core's enum (for ChangeKind, the order the README lists them in), so that a list
    # made from one, such as a legend of change kinds, reads alike in every binding.
    assert [kind.value for kind in vt_content.GuidanceKind] == ["seek-support", "prevention"]
    assert [kind.value for kind in vt_content.ChangeKind] == [
        "item-added",
        "item-removed",
        "item-moved",
        "text-changed",
        "field-added",
        "field-removed",
        "value-changed",
    ]
    assert [kind.value for kind in vt_content.DiffMode] == ["content", "structure"]
    assert [locale.value for locale in vt_content.PseudoLocale] == ["en-XA", "ar-XB"]
    assert [direction.value for direction in vt_content.Direction] == ["ltr", "rtl"]


def test_the_package_has_a_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", vt_content.__version__)
    # The version of the installed distribution, which the crate's version makes.
    assert vt_content.__version__ == importlib.metadata.version("vt_content")


def test_a_star_import_gives_every_public_name_and_only_those() -> None:
    # __all__ names each public name of the package once: "from vt_content import *" and
    # documentation tools see every class, enum, error and function, and no name is missing.
    public = {name for name in dir(vt_content) if not name.startswith("_")} | {"__version__"}
    assert sorted(vt_content.__all__) == sorted(public)
    namespace: dict[str, Any] = {}
    exec("from vt_content import *", namespace)
    assert namespace["Bump"] is vt_content.Bump and namespace["diff"] is vt_content.diff


def test_the_canonical_json_of_the_bundled_pack_is_its_file() -> None:
    assert TEXT == (REPO / "crates" / "vt-content" / "content" / "en-GB.json").read_text("utf-8")
