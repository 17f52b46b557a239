"""Properties of the Python glue on generated input: loading, catalogs, negotiation,
lookups and guidance, pages and their options, pickling and diffs.

Every call gives a value of the documented type or raises one of the documented
exceptions, caught here by name: a Rust panic (``pyo3_runtime.PanicException``, a
BaseException) or any other exception fails the test. The examples are derandomized, so
that every run tries the same ones.
"""

from __future__ import annotations

import copy
import datetime
import json
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Union

import vt_content
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from repo import CONFORMANCE

BUNDLED = vt_content.bundled()
TEXT = BUNDLED.to_json()
DATA: dict[str, Any] = json.loads(TEXT)
SIGN_IDS = [sign.id for sign in BUNDLED.signs]
OLD = vt_content.load(CONFORMANCE / "valid" / "bundled-1.0" / "pack.json")
"""A pack of schema 1.0: no urgent help, no labels of its own."""
FIXTURES = CONFORMANCE / "catalog" / "packs"
FIXTURE_TEXTS = {
    path.relative_to(FIXTURES).as_posix(): path.read_bytes() for path in sorted(FIXTURES.rglob("*.json"))
}
"""The texts of the catalog fixture by name, ``released/1.0.0.json`` included."""
CATALOG = vt_content.loads_catalog(FIXTURE_TEXTS)
PSEUDO = {locale.value: BUNDLED.pseudo(locale) for locale in vt_content.PseudoLocale}
SYNTAX_CODES = {"json-syntax", "json-truncated", "invalid-utf8", "byte-order-mark"}
VERSION_CODES = {"version-decreased", "version-bump-too-small"}
VIOLATION_CODES = ["unknown-field", "json-syntax", "invalid-id", "missing-field", "duplicate-locale"]
"""Some of the codes a violation can have."""
POINTER = re.compile(r"(/([^~/]|~[01])*)*", re.DOTALL)
"""An RFC 6901 JSON Pointer: ``""``, or tokens after ``/`` with each ``~`` as ``~0`` or ``~1``."""
KEBAB_ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
"""A kebab-case id, as an id_prefix must be (of at most 64 characters)."""


def examples(count: int) -> settings:
    """The settings of a test: `count` examples, the same on every run, with no deadline
    (the machine may be busy) and no database of failed examples."""
    return settings(max_examples=count, deadline=None, derandomize=True, database=None)


# Strategies

SPECIAL = [
    *"\x00\t\n\r \"\\/~-_.,;=*@{}[]:0q",
    *"\ufeff\u200b\u202e\u2028\u00a0éßع中\U0001f600",
    *"\ud800\udc80\udfff",
]
"""Characters that JSON, ids, tags, pointers, UTF-8 or the rules of texts treat apart; the
last three are lone surrogates, which no UTF-8 text holds (json.loads makes one of a
client's ``"\\ud800"``, os.listdir of a file name that is not UTF-8)."""
CHARS = st.characters() | st.sampled_from(SPECIAL)


def texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Any text of CHARS (``st.text`` of a union of characters leaves out lone surrogates)."""
    return st.lists(CHARS, min_size=min_size, max_size=max_size).map("".join)


ANY_TEXT = texts()
TAG_TEXT = st.text(st.sampled_from("abcdefghnrstxzAGHLNTX019-_@.;=*, q"), max_size=24)
"""Text in the alphabet of language tags, Accept-Language headers and platform locales."""
TAGS = st.one_of(
    st.sampled_from(CATALOG.locales() + ["en", "en-US", "cy-GB", "zh-TW", "de_DE.UTF-8", "sr_RS@latin", "*", ""]),
    TAG_TEXT,
    ANY_TEXT,
)
IDS = st.one_of(st.sampled_from(SIGN_IDS), st.sampled_from(["Withdrawing", "withdrawing ", "sad", ""]), ANY_TEXT)
INTS = st.one_of(
    st.integers(-5, 100),
    st.integers(),
    st.sampled_from([2**31 - 1, 2**31, -(2**31) - 1, 2**63, 2**64, -(10**100), 10**100]),
)
"""Ints: small ones, any, and ones beyond every machine integer."""
PREFIXES = st.one_of(
    st.none(),
    st.sampled_from(["vt", "a-b", "signs", "a" * 64, "a" * 65, "Vt", "-vt", "vt-", "a--b", "1a", ""]),
    st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True),
    ANY_TEXT,
)
OTHERS = st.one_of(st.none(), st.integers(), st.binary(max_size=4), st.lists(st.integers(), max_size=2))
"""Arguments that are not str."""


def has_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate, which UTF-8 cannot hold."""
    return re.search("[\ud800-\udfff]", text) is not None


def paths(value: Any, at: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in a JSON value, the whole value first."""
    found: list[tuple[str | int, ...]] = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, at + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, at + (index,))
    return found


def get(value: Any, at: tuple[str | int, ...]) -> Any:
    """The value at a place in a JSON value."""
    for step in at:
        value = value[step]
    return value


def put(data: Any, place: tuple[str | int, ...], value: Any) -> None:
    """Puts `value` at `place` in `data`; the value ``...`` removes the place."""
    parent = get(data, place[:-1])
    if value is ...:
        del parent[place[-1]]
    else:
        parent[place[-1]] = value


PLACES = paths(DATA)[1:]
"""Every place in the bundled pack but the whole."""
LEAVES = [get(DATA, place) for place in PLACES if not isinstance(get(DATA, place), (dict, list))]
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts(max_size=20), st.sampled_from(LEAVES)),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(max_size=10), inner, max_size=3),
    max_leaves=6,
)
"""Any JSON value (NaN and the infinities too, which json.dumps writes and JSON forbids),
or a value from elsewhere in the bundled pack."""


@st.composite
def mutated_texts(draw: st.DrawFn) -> str:
    """The bundled pack's JSON text with up to two values replaced or removed, then up to
    two slices deleted or texts inserted; one mutation at least."""
    data: Any = json.loads(TEXT)
    edits = draw(st.integers(0, 2))
    for _ in range(edits):
        put(data, draw(st.sampled_from(paths(data)[1:])), draw(st.just(...) | JSON_VALUES))
    text = json.dumps(data, indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans()))
    for _ in range(draw(st.integers(0 if edits else 1, 2))):
        start = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:start] + text[start + draw(st.integers(1, 200)) :]
        else:
            text = text[:start] + draw(texts(1, 10)) + text[start:]
    return text


PROSE_FIELDS = {"title", "summary", "description", "how", "purpose", "examples", "message", "definition"}


def prose(data: Any) -> list[tuple[str | int, ...]]:
    """The places of texts in prose, which a trimmed line of words may replace."""
    return [
        place
        for place in paths(data)[1:]
        if isinstance(get(data, place), str)
        and next(step for step in reversed(place) if isinstance(step, str)) in PROSE_FIELDS
    ]


WORDS = st.text(
    st.characters(categories=["L", "N", "P", "Zs", "S"], exclude_characters="\u00a0\u202f"), min_size=1, max_size=60
).map(str.strip)
SIGN_IDS_MADE = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
EDITS = ["text", "version", "locale", "remove", "move", "rename"]


@st.composite
def packs(draw: st.DrawFn) -> vt_content.ContentPack:
    """A valid pack: the bundled one with one to four edits (texts reworded, another
    version or locale, signs removed, moved or renamed), of those that load."""
    data: Any = json.loads(TEXT)
    for _ in range(draw(st.integers(1, 4))):
        edit = draw(st.sampled_from(EDITS))
        signs = data["signs"]
        if edit == "text":
            put(data, draw(st.sampled_from(prose(data))), draw(WORDS))
        elif edit == "version":
            data["version"] = ".".join(str(draw(st.integers(0, 20))) for _ in range(3))
        elif edit == "locale":
            data["locale"] = draw(st.sampled_from(["en-US", "cy", "de-AT", "ar", "zh-Hant", "sr-Latn"]))
        elif edit == "remove" and len(signs) > 2:
            del signs[draw(st.integers(0, len(signs) - 1))]
        elif edit == "move":
            data["signs"] = draw(st.permutations(signs))
        elif edit == "rename":
            signs[draw(st.integers(0, len(signs) - 1))]["id"] = draw(SIGN_IDS_MADE)
    try:
        return vt_content.loads(json.dumps(data))
    except vt_content.ValidationError:
        # An empty text, or a renamed sign with the id of another.
        assume(False)
        raise


# Checks

Loaded = Union[vt_content.ContentPack, vt_content.ValidationError]


def checked_refusal(error: vt_content.ValidationError) -> None:
    """Holds what a ValidationError documents: each violation with a code, a JSON Pointer
    and a message; a syntax error's one violation at ``""``; its message as its args; a
    pickled copy with every field."""
    assert error.violations, "a refusal lists its violations"
    for violation in error.violations:
        assert type(violation) is vt_content.Violation
        assert violation.code and violation.message, violation
        assert POINTER.fullmatch(violation.path), violation.path
        assert f" [{violation.code}]: " in str(violation)
    assert error.args == (str(error),)
    if isinstance(error, vt_content.JsonSyntaxError):
        assert error.code in SYNTAX_CODES and error.line >= 1 and error.column >= 1
        assert [(v.code, v.path) for v in error.violations] == [(error.code, "")]
    if isinstance(error, vt_content.UnsupportedSchemaVersionError):
        only = [("unsupported-schema-version", "/schema_version")]
        assert [(v.code, v.path) for v in error.violations] == only
    copied = pickle.loads(pickle.dumps(error))
    assert (type(copied), copied.args, vars(copied)) == (type(error), error.args, vars(error))


def loaded(text: str | bytes | bytearray) -> Loaded:
    """``vt_content.loads(text)``: a pack whose canonical JSON loads again as an equal pack,
    or a ValidationError as documented."""
    try:
        pack = vt_content.loads(text)
    except vt_content.ValidationError as error:
        checked_refusal(error)
        return error
    assert type(pack) is vt_content.ContentPack
    again = vt_content.loads(pack.to_json())
    assert again == pack and hash(again) == hash(pack)
    assert pack.to_dict() == json.loads(pack.to_json())
    return pack


def outcome(result: Loaded) -> Any:
    """What a load gave, to compare two loads."""
    if isinstance(result, vt_content.JsonSyntaxError):
        return (type(result), result.violations, result.line, result.column)
    if isinstance(result, vt_content.ValidationError):
        return (type(result), result.violations)
    return result


def as_bytes(text: str) -> bytes:
    """The UTF-8 of a text, lone surrogates and all, as loads reads a str."""
    return text.encode("utf-8", "surrogatepass")


# Loading


@examples(300)
@given(ANY_TEXT | texts(max_size=400))
def test_any_str_loads_as_a_pack_or_a_validation_error(text: str) -> None:
    """loads(str) gives a pack or a ValidationError, and its UTF-8 bytes load alike."""
    assert outcome(loaded(text)) == outcome(loaded(as_bytes(text)))


@examples(300)
@given(st.binary(max_size=400))
def test_any_bytes_load_as_a_pack_or_a_validation_error(data: bytes) -> None:
    """loads(bytes) gives a pack or a ValidationError, and a bytearray loads alike."""
    assert outcome(loaded(data)) == outcome(loaded(bytearray(data)))


@examples(250)
@given(mutated_texts())
def test_a_mutated_bundled_pack_loads_or_is_refused_as_documented(text: str) -> None:
    """A mutated bundled pack loads (and reloads equal) or raises ValidationError, alike as str and bytes."""
    assert outcome(loaded(text)) == outcome(loaded(as_bytes(text)))


MISSING = Path(tempfile.gettempdir()) / "vt-content-property-tests-no-such-directory"


def error_of(call: Callable[[], Any]) -> BaseException | None:
    """The exception that a call raises, or None."""
    try:
        call()
    except BaseException as error:  # noqa: BLE001 - the test compares it
        return error
    return None


@examples(100)
@given(ANY_TEXT)
def test_loading_a_missing_file_raises_what_open_raises(name: str) -> None:
    """load of a path that is not there raises the exception that open() raises for it."""
    path = f"{MISSING}/{name}"
    expected = error_of(lambda: open(path, "rb").close())
    assert isinstance(expected, (OSError, ValueError)), expected
    error = error_of(lambda: vt_content.load(path))
    assert type(error) is type(expected), (error, expected)
    if isinstance(error, OSError) and isinstance(expected, OSError):
        assert error.errno == expected.errno


@examples(60)
@given(packs())
def test_a_valid_variation_reloads_pickles_and_copies_equal(pack: vt_content.ContentPack) -> None:
    """A valid pack's JSON and its pickle load as an equal pack, and a copy is the pack."""
    assert loaded(pack.to_json()) == pack
    copied = pickle.loads(pickle.dumps(pack))
    assert type(copied) is vt_content.ContentPack
    assert copied == pack and hash(copied) == hash(pack)
    assert copy.copy(pack) is pack and copy.deepcopy(pack) is pack


# Catalogs

NAMES = st.one_of(
    st.sampled_from(["en-GB.json", "cy.json", "de.json", "fr-FR.json", "released/en-GB.json", "released/1.0.0.json"]),
    st.sampled_from(["en-GB", "", ".json", "released/", "../en-GB.json", "a/b.json", "EN-gb.json"]),
    ANY_TEXT,
    ANY_TEXT.map(lambda name: name + ".json"),
)
PACK_TEXTS: st.SearchStrategy[str | bytes | bytearray] = st.one_of(
    st.just(TEXT),
    st.sampled_from(list(FIXTURE_TEXTS.values())),
    mutated_texts(),
    ANY_TEXT,
    st.binary(max_size=40),
    st.binary(max_size=40).map(bytearray),
)


@st.composite
def catalog_texts(draw: st.DrawFn) -> dict[str, str | bytes | bytearray]:
    """Packs by name: some of the fixture catalog's under their own names, and others."""
    names = draw(st.lists(st.sampled_from(sorted(FIXTURE_TEXTS)), unique=True))
    packs: dict[str, str | bytes | bytearray] = {name: FIXTURE_TEXTS[name] for name in names}
    packs.update(draw(st.dictionaries(NAMES, PACK_TEXTS, max_size=3)))
    return packs


def file_name(name: str) -> bytes | None:
    """The file name that a name from ``os.listdir`` stands for (lone surrogates in the
    name stand for bytes that are not UTF-8); None when a lone surrogate stands for none."""
    try:
        return os.fsencode(name)
    except UnicodeEncodeError:
        return None


def is_named(file: str, packs: Mapping[str, object]) -> bool:
    """Whether a catalog's `file` names one of `packs`: as given, or, when some name has lone
    surrogates, as the file name it stands for is shown (which has none)."""
    return file in packs or (not has_surrogate(file) and any(has_surrogate(name) for name in packs))


def is_one_of_its_packs(catalog: vt_content.Catalog, pack: vt_content.ContentPack) -> bool:
    """Whether `pack` is one of the catalog's packs: the very object that get gives."""
    return any(pack is catalog.get(locale) for locale in catalog.locales())


@examples(120)
@given(catalog_texts())
def test_any_texts_by_any_names_make_a_catalog_or_a_catalog_error(packs: dict[str, str | bytes | bytearray]) -> None:
    """loads_catalog gives a catalog of the packs' locales, or a CatalogError naming only given files."""
    try:
        catalog = vt_content.loads_catalog(packs)
    except UnicodeEncodeError:
        assert any(file_name(name) is None for name in packs)
        return
    except vt_content.CatalogError as error:
        assert all(file_name(name) is not None for name in packs)
        assert error.files or error.violations
        assert all(is_named(file, packs) for file in error.files) and set(error.kinds) == set(error.files)
        assert set(error.kinds.values()) <= {"syntax", "unsupported-schema-version", "validation"}
        assert set(error.positions) == {name for name, kind in error.kinds.items() if kind == "syntax"}
        assert all(line >= 1 and column >= 1 for line, column in error.positions.values())
        for violations in error.files.values():
            assert violations and all(POINTER.fullmatch(v.path) and v.code for v in violations)
        for item in error.violations:
            assert is_named(item.file, packs) or item.file == ""
            assert POINTER.fullmatch(item.violation.path) and item.violation.code
        assert error.args == (str(error),)
        copied = pickle.loads(pickle.dumps(error))
        assert (copied.files, copied.violations, copied.kinds) == (error.files, error.violations, error.kinds)
        return
    locales = catalog.locales()
    assert catalog.default_locale in locales
    assert [catalog.get(locale).locale for locale in locales] == locales
    assert all(is_named(warning.file, packs) for warning in catalog.warnings)
    translations = [locale for locale in locales if locale != catalog.default_locale]
    assert [status.locale for status in catalog.translation_status()] == translations


QS = st.one_of(st.none(), st.floats(0, 1), st.sampled_from(["0", "1", "0.000", "1.001", "x", ""]))
HEADERS = st.one_of(
    ANY_TEXT,
    TAG_TEXT,
    st.lists(st.tuples(TAGS, QS), max_size=5).map(
        lambda items: ", ".join(tag if q is None else f"{tag};q={q}" for tag, q in items)
    ),
)


@examples(200)
@given(st.sampled_from([CATALOG, vt_content.catalog()]), HEADERS, st.lists(TAGS, max_size=5))
def test_negotiation_gives_one_of_the_catalogs_packs(
    catalog: vt_content.Catalog, header: str, tags: list[str]
) -> None:
    """negotiate gives a catalog's pack, the default if nothing matched; one tag alone gives get's pack."""
    default = catalog.get(catalog.default_locale)
    for preferences in (header, tags, iter(tags), tuple(tags)):
        pack, requested = catalog.negotiate(preferences)
        assert is_one_of_its_packs(catalog, pack)
        assert requested is not None or pack is default
        assert requested is None or type(requested) is str
    for tag in tags + header.split(","):
        assert is_one_of_its_packs(catalog, catalog.get(tag))
        assert catalog.negotiate([tag])[0] is catalog.get(tag), tag


@examples(100)
@given(TAGS)
def test_the_bundled_catalog_gives_the_bundled_pack_for_any_tag(tag: str) -> None:
    """vt_content.catalog() is the bundled catalog: the bundled pack, whatever the tag."""
    catalog = vt_content.catalog()
    assert catalog is vt_content.catalog() and catalog.locales() == ["en-GB"]
    assert catalog.get(tag) is catalog.get("en-GB") == BUNDLED
    assert catalog.negotiate(tag)[0] is catalog.get(tag)


NOT_ALL_STR = st.lists(st.one_of(TAGS, OTHERS), min_size=1).filter(lambda items: not all(type(i) is str for i in items))


@examples(60)
@given(st.one_of(st.binary(max_size=10), st.binary().map(bytearray), st.integers(), st.none(), NOT_ALL_STR))
def test_preferences_that_are_not_str_are_a_type_error(preferences: Any) -> None:
    """negotiate raises TypeError for bytes, a value that is not iterable, or a tag that is not a str."""
    error = error_of(lambda: CATALOG.negotiate(preferences))
    assert type(error) is TypeError, error


# Lookups and guidance


@examples(200)
@given(st.lists(st.sampled_from(SIGN_IDS), max_size=6) | st.lists(IDS, max_size=6))
def test_guidance_for_any_ids_or_the_first_unknown_one(ids: list[str]) -> None:
    """guidance gives advice for the signs given, each once, or UnknownIdError with the first unknown id."""
    unknown = [id for id in ids if id not in SIGN_IDS]
    try:
        guidance = BUNDLED.guidance(ids)
    except vt_content.UnknownIdError as error:
        assert isinstance(error, KeyError) and error.args == (str(error),)
        assert unknown and error.id is unknown[0], (error.id, unknown)
        return
    assert not unknown
    assert [sign.id for sign in guidance.recognised_signs] == list(dict.fromkeys(ids))
    kind = vt_content.GuidanceKind.SEEK_SUPPORT if ids else vt_content.GuidanceKind.PREVENTION
    assert guidance.kind is kind
    assert BUNDLED.guidance(iter(ids)) == BUNDLED.guidance(tuple(ids)) == guidance


LOOKUPS: dict[str, tuple[Callable[[str], Any], list[str]]] = {
    "sign": (BUNDLED.sign, SIGN_IDS),
    "self_care_action": (BUNDLED.self_care_action, [item.id for item in BUNDLED.self_care_actions]),
    "practice": (BUNDLED.practice, [item.id for item in BUNDLED.practices]),
    "support_route": (BUNDLED.support_route, [item.id for item in BUNDLED.support]),
}
"""Each lookup by id, with the ids of its items."""


@examples(200)
@given(st.sampled_from(sorted(LOOKUPS)), st.one_of(IDS, st.sampled_from(["ground", "line-manager", "stay-connected"])))
def test_a_lookup_of_any_id_gives_its_item_or_an_unknown_id_error(lookup: str, id: str) -> None:
    """Each lookup by id gives the item with that id, or UnknownIdError with the id as given."""
    find, ids = LOOKUPS[lookup]
    try:
        item = find(id)
    except vt_content.UnknownIdError as error:
        assert isinstance(error, KeyError) and error.id is id and id not in ids
        return
    assert item.id == id and id in ids


# Pages and their options

DOCUMENTS = [
    BUNDLED,
    OLD,
    PSEUDO["ar-XB"],
    BUNDLED.guidance([]),
    BUNDLED.guidance(SIGN_IDS[:2]),
    OLD.guidance(SIGN_IDS[-1:]),
]
"""Packs and guidances, with urgent help and without, left to right and right to left."""
Document = Union[vt_content.ContentPack, vt_content.Guidance]


def nearest(value: int, least: int, most: int) -> int:
    """`value` taken as the nearest int from `least` to `most`."""
    return max(least, min(most, value))


def page(render: Callable[[], str | None]) -> str | None | ValueError:
    """What a page gives: its text (None for no urgent help), or a ValueError."""
    try:
        return render()
    except ValueError as error:
        assert not isinstance(error, vt_content.ContentError)
        return error


@examples(120)
@given(st.sampled_from(DOCUMENTS), st.booleans(), st.one_of(st.none(), ANY_TEXT), INTS, PREFIXES)
def test_html_markdown_and_urgent_help_take_any_options(
    document: Document, fragment: bool, stylesheet: str | None, level: int, id_prefix: str | None
) -> None:
    """Pages are str for any options (levels taken as 1 to 3), or ValueError for an id_prefix that is
    no id or a style sheet's address that UTF-8 cannot hold."""
    html = page(
        lambda: document.to_html(
            fragment=fragment, stylesheet=stylesheet, first_heading_level=level, id_prefix=id_prefix
        )
    )
    markdown = page(lambda: document.to_markdown(id_prefix=id_prefix))
    urgent = page(lambda: document.urgent_help_html(level, id_prefix=id_prefix))
    bad_prefix = id_prefix is not None and not (KEBAB_ID.fullmatch(id_prefix) and len(id_prefix) <= 64)
    # A style sheet's address with a lone surrogate cannot be written in a page (UTF-8).
    bad_sheet = stylesheet is not None and has_surrogate(stylesheet)
    refused = [isinstance(result, ValueError) for result in (html, markdown, urgent)]
    assert refused == [bad_prefix or bad_sheet, bad_prefix, bad_prefix], (id_prefix, html, markdown, urgent)
    if bad_prefix or bad_sheet:
        return
    assert isinstance(html, str) and isinstance(markdown, str)
    at_nearest = document.to_html(
        fragment=fragment, stylesheet=stylesheet, first_heading_level=nearest(level, 1, 3), id_prefix=id_prefix
    )
    assert html == at_nearest
    assert (urgent is None) == (document.urgent_help is None)
    assert urgent == document.urgent_help_html(nearest(level, 1, 3), id_prefix=id_prefix)
    if id_prefix is not None:
        assert f' id="{id_prefix}-' in html and f'<a id="{id_prefix}-' in markdown


@examples(100)
@given(st.sampled_from(DOCUMENTS), INTS)
def test_text_takes_any_width(document: Document, width: int) -> None:
    """to_text gives a str for any int width, a width under 20 taken as 20."""
    text = document.to_text(width)
    assert isinstance(text, str) and text
    if width <= 20:
        assert text == document.to_text(20)
    if width >= 2**64:
        assert text == document.to_text(2**64 - 1)


PSEUDO_TAGS = st.sampled_from(["en-XA", "ar-XB", "EN-XA", "ar-xb", "en_XA", "fr-XA", "en", "en-XA ", ""])


@examples(100)
@given(st.one_of(PSEUDO_TAGS, ANY_TEXT))
def test_pseudo_takes_its_two_tags_and_raises_value_error_for_any_other_str(tag: str) -> None:
    """pseudo gives the pseudo-locale's pack for its tag (in any case), and ValueError for any other str."""
    try:
        pack = BUNDLED.pseudo(tag)
    except ValueError as error:
        assert tag.lower() not in {"en-xa", "ar-xb"} and not isinstance(error, vt_content.ContentError), tag
        return
    assert tag.lower() in {"en-xa", "ar-xb"} and pack == PSEUDO[pack.locale]


# Review dates


@examples(100)
@given(st.sampled_from([BUNDLED, OLD, PSEUDO["en-XA"]]), st.dates())
def test_a_review_is_overdue_on_any_day_from_its_due_day(pack: vt_content.ContentPack, today: datetime.date) -> None:
    """review_warning and is_overdue agree, for any date, that a review is overdue from its due day on."""
    warning = pack.review_warning(today)
    assert (warning is not None) == (today >= pack.review.next_review_due) == pack.review.is_overdue(today)
    if warning is not None:
        assert (warning.code, warning.path) == ("review-overdue", "/review/next_review_due")


# Pickles made by hand


class Reduced:
    """An object that pickles as a call of `rebuild` with `args`, as a pickle made by
    another program, or by another version of the package, may hold."""

    def __init__(self, rebuild: Any, args: tuple[Any, ...]) -> None:
        self.rebuild = rebuild
        self.args = args

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (self.rebuild, self.args)


def unpickled(rebuild: Any, *args: Any) -> Any:
    """What a pickle of a call of `rebuild` with `args` loads as."""
    return pickle.loads(pickle.dumps(Reduced(rebuild, args)))


def refusal(call: Callable[[], Any]) -> vt_content.ContentError:
    """The error that a call raises."""
    error = error_of(call)
    assert isinstance(error, vt_content.ContentError), error
    return error


VALIDATION_ERROR = refusal(lambda: vt_content.loads("{}"))
assert isinstance(VALIDATION_ERROR, vt_content.ValidationError)
CATALOG_ERROR = refusal(lambda: vt_content.loads_catalog({}))
assert isinstance(CATALOG_ERROR, vt_content.CatalogError)
VIOLATION = VALIDATION_ERROR.violations[0]
REBUILD_VIOLATION = VIOLATION.__reduce__()[0]
REBUILD_CATALOG_VIOLATION = CATALOG_ERROR.violations[0].__reduce__()[0]
REBUILD_PACK = BUNDLED.__reduce__()[0]
REBUILD_ERROR = refusal(lambda: BUNDLED.sign("nope")).__reduce__()[0]
POINTERS = st.one_of(
    st.lists(texts(max_size=5), max_size=3).map(
        lambda tokens: "".join("/" + token.replace("~", "~0").replace("/", "~1") for token in tokens)
    ),
    st.text(st.sampled_from("/~01a"), max_size=8),
)


def utf8(value: Any) -> bool:
    """Whether `value` is a str that UTF-8 can hold."""
    return isinstance(value, str) and not has_surrogate(value)


@examples(200)
@given(
    st.one_of(st.sampled_from(VIOLATION_CODES), ANY_TEXT, OTHERS),
    st.one_of(POINTERS, ANY_TEXT, OTHERS),
    st.one_of(ANY_TEXT, OTHERS),
)
def test_a_hand_made_pickle_of_a_violation_loads_or_is_refused(code: Any, path: Any, message: Any) -> None:
    """A pickled violation of a known code and a JSON Pointer loads; others raise ValueError or TypeError."""
    valid = all(utf8(value) for value in (code, path, message))
    valid = valid and code in VIOLATION_CODES and POINTER.fullmatch(path) is not None
    try:
        violation = unpickled(REBUILD_VIOLATION, code, path, message)
    except (ValueError, TypeError) as error:
        assert not valid, error
        return
    assert valid and type(violation) is vt_content.Violation
    assert (violation.code, violation.path, violation.message) == (code, path, message)
    assert pickle.loads(pickle.dumps(violation)) == violation
    assert f" [{code}]: " in str(violation) and repr(violation).startswith("Violation(")


@examples(100)
@given(st.one_of(NAMES, OTHERS), st.one_of(st.just(VIOLATION), ANY_TEXT, OTHERS))
def test_a_hand_made_pickle_of_a_catalog_violation_loads_or_is_refused(file: Any, violation: Any) -> None:
    """A pickled catalog violation loads from a file name and a Violation, else raises ValueError or TypeError."""
    valid = utf8(file) and type(violation) is vt_content.Violation
    try:
        item = unpickled(REBUILD_CATALOG_VIOLATION, file, violation)
    except (ValueError, TypeError) as error:
        assert not valid, error
        return
    assert valid and type(item) is vt_content.CatalogViolation
    assert (item.file, item.violation) == (file, violation)
    assert pickle.loads(pickle.dumps(item)) == item and repr(item).startswith("CatalogViolation(")


@examples(100)
@given(st.one_of(mutated_texts(), ANY_TEXT, st.binary(max_size=40), OTHERS))
def test_a_hand_made_pickle_of_a_pack_loads_or_is_refused(text: Any) -> None:
    """A pickled pack of any text loads or raises ValidationError, and of anything else raises TypeError."""
    try:
        pack = unpickled(REBUILD_PACK, text)
    except vt_content.ValidationError as error:
        checked_refusal(error)
        return
    except TypeError:
        assert not isinstance(text, (str, bytes, bytearray))
        return
    assert type(pack) is vt_content.ContentPack and pack == loaded(text)


ERRORS = [
    vt_content.ContentError,
    vt_content.ValidationError,
    vt_content.JsonSyntaxError,
    vt_content.UnsupportedSchemaVersionError,
    vt_content.UnknownIdError,
    vt_content.VersionError,
    vt_content.CatalogError,
]
FIELD_NAMES = ["violations", "code", "id", "line", "found", "files", "other"]


@examples(100)
@given(
    st.sampled_from(ERRORS),
    st.lists(ANY_TEXT, max_size=2).map(tuple),
    st.dictionaries(st.sampled_from(FIELD_NAMES), ANY_TEXT | OTHERS, max_size=3),
)
def test_a_hand_made_pickle_of_an_error_loads_with_its_args_and_fields(
    kind: type[vt_content.ContentError], args: tuple[str, ...], fields: dict[str, Any]
) -> None:
    """A pickled error with any args and fields loads as that error with them, and str() and repr() of it are str."""
    error = unpickled(REBUILD_ERROR, kind, args, fields)
    assert type(error) is kind and error.args == args and vars(error) == fields
    assert isinstance(str(error), str) and isinstance(repr(error), str)


# Diffs


def checked_diff(diff: vt_content.Diff, old: vt_content.ContentPack, new: vt_content.ContentPack) -> None:
    """Holds what a Diff documents: the packs' versions, each change with a path in one
    pack or both (JSON Pointers), and the greatest bump of its changes as the bump it needs."""
    assert (diff.old_version, diff.new_version) == (old.version, new.version)
    assert len(diff) == len(diff.changes) and bool(diff) == bool(diff.changes)
    assert diff.required_bump is max((change.bump for change in diff.changes), default=vt_content.Bump.NONE)
    for change in diff.changes:
        assert change.old_path is not None or change.new_path is not None
        assert all(path is None or POINTER.fullmatch(path) for path in (change.old_path, change.new_path))
    assert all(POINTER.fullmatch(path) for path in diff.changed_texts)
    assert isinstance(diff.changelog_entry(), str) and isinstance(diff.to_dict(), dict)


@examples(40)
@given(packs(), packs())
def test_diffs_of_valid_variations_are_well_formed_and_a_pack_has_no_change_from_itself(
    old: vt_content.ContentPack, new: vt_content.ContentPack
) -> None:
    """Diffs of valid packs are well formed, changed iff the packs differ but in version, empty for one pack."""
    for pack in (old, new):
        for compare in (vt_content.diff, vt_content.diff_structure):
            same = compare(pack, pack)
            assert not same and same.changed_texts == [] and same.required_bump is vt_content.Bump.NONE
        vt_content.diff(pack, pack).check()
    content, structure = vt_content.diff(old, new), vt_content.diff_structure(old, new)
    assert (content.mode, structure.mode) == (vt_content.DiffMode.CONTENT, vt_content.DiffMode.STRUCTURE)
    checked_diff(content, old, new)
    checked_diff(structure, old, new)
    assert bool(content) == (old.to_dict() != {**new.to_dict(), "version": old.version})
    error = error_of(content.check)
    assert error is None or (isinstance(error, vt_content.VersionError) and error.code in VERSION_CODES), error


SEMVER = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})")
"""A version MAJOR.MINOR.PATCH of numbers written without leading zeros."""
VERSIONS = st.one_of(
    st.from_regex(r"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", fullmatch=True),
    st.sampled_from(["1.1.4", "2.0.0", "0.0.0", "1.1.4-rc.1", "1.0", "v1.0.0", "99999999999999999999.0.0", ""]),
    ANY_TEXT,
)


@examples(100)
@given(st.sampled_from([BUNDLED, PSEUDO["en-XA"], OLD]), VERSIONS, VERSIONS)
def test_check_version_of_any_versions(new: vt_content.ContentPack, old_version: str, new_version: str) -> None:
    """check_version passes, raises VersionError (decreased iff lower), or ValueError for a version not semver."""
    diff = vt_content.diff(BUNDLED, new)
    both = SEMVER.fullmatch(old_version) is not None and SEMVER.fullmatch(new_version) is not None
    error = error_of(lambda: diff.check_version(old_version, new_version))
    if isinstance(error, vt_content.VersionError):
        assert error.code in VERSION_CODES
    else:
        assert error is None or (isinstance(error, ValueError) and not both), error
    if both:
        old_numbers, new_numbers = (tuple(map(int, v.split("."))) for v in (old_version, new_version))
        decreased = isinstance(error, vt_content.VersionError) and error.code == "version-decreased"
        assert decreased == (new_numbers < old_numbers)
