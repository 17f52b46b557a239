"""Typed, versioned content about vicarious traumatisation (VT), with a JSON Schema.

Vicarious traumatisation is the harm that repeated empathic contact with people in
distress can do to those who support them. A ContentPack holds what a front end needs to
explain it: what VT is, its warning signs, how it differs from burnout, self-care
actions, three practices (ground, release, recharge) and where to turn for support.

>>> import vt_content
>>> pack = vt_content.bundled()
>>> pack.sign("withdrawing").id
'withdrawing'
>>> guidance = pack.guidance(["withdrawing", "low-motivation"])
>>> guidance.kind
<GuidanceKind.SEEK_SUPPORT: 'seek-support'>
>>> [route.id for route in guidance.speak_to]
['trusted-person', 'line-manager']

- ``bundled()``: the pack that ships with the library, in British English.
- ``load(path)`` and ``loads(text)``: a pack of your own, checked against every rule;
  a refused pack raises ValidationError, listing every violation. What its editor
  should know about a pack that loaded is in ``pack.warnings``.
- ``schema()``: the JSON Schema of a pack, as a dict.
- ``diff(old, new)``: what changed between two versions of a pack, each change with
  its JSON Pointers and the version bump it needs; ``diff_structure(source,
  translation)`` compares a translation with its source by ids and structure only.
- ``pack.pseudo(PseudoLocale.EN_XA)``: the pack in a pseudo-locale, to test that a
  front end takes every text from the pack.

Every object is immutable and safe to share between threads, and a list field gives a new
list on each read; packs and records compare and hash by value, a Catalog by identity. The content informs; it never diagnoses.
"""

from vt_content._errors import (
    CatalogError,
    ContentError,
    JsonSyntaxError,
    UnknownIdError,
    UnsupportedSchemaVersionError,
    ValidationError,
    VersionError,
)
from vt_content._kinds import ContactOrigin, Cost, Days, GuidanceKind, PracticeKind, ReviewStatus
from vt_content._kinds import Bump, ChangeKind, DiffMode, Direction, PseudoLocale
from vt_content._native import Change, Diff, diff, diff_structure
from vt_content._native import (
    About,
    Advice,
    Attribution,
    Burnout,
    Catalog,
    CatalogViolation,
    CatalogWarning,
    Contact,
    ContentPack,
    Guidance,
    GuidanceContent,
    Labels,
    Licence,
    LoadWarning,
    OpeningHours,
    PackContent,
    Practice,
    Review,
    Reviewer,
    SelfCareAction,
    Sign,
    SignsRecognised,
    SupportRoute,
    TextMessage,
    Translation,
    TranslationStatus,
    UrgentHelp,
    Violation,
    STYLESHEET,
    __version__,
    bundled,
    catalog,
    labels,
    load,
    load_catalog,
    loads,
    loads_catalog,
    schema,
)

__all__ = [
    "About",
    "Advice",
    "Attribution",
    "Burnout",
    "Catalog",
    "CatalogError",
    "CatalogViolation",
    "CatalogWarning",
    "Contact",
    "ContactOrigin",
    "ContentError",
    "ContentPack",
    "Cost",
    "Days",
    "Direction",
    "Guidance",
    "GuidanceContent",
    "GuidanceKind",
    "JsonSyntaxError",
    "Labels",
    "Licence",
    "LoadWarning",
    "OpeningHours",
    "PackContent",
    "Practice",
    "PracticeKind",
    "PseudoLocale",
    "Review",
    "ReviewStatus",
    "Reviewer",
    "SelfCareAction",
    "Sign",
    "SignsRecognised",
    "SupportRoute",
    "TextMessage",
    "Translation",
    "TranslationStatus",
    "UnknownIdError",
    "UnsupportedSchemaVersionError",
    "UrgentHelp",
    "ValidationError",
    "VersionError",
    "Violation",
    "STYLESHEET",
    "__version__",
    "bundled",
    "catalog",
    "labels",
    "load",
    "load_catalog",
    "loads",
    "loads_catalog",
    "schema",
]

__all__ += ["Bump", "Change", "ChangeKind", "Diff", "DiffMode", "diff", "diff_structure"]
