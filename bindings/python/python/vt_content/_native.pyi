"""The native part of vt_content; import vt_content instead."""

import datetime
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, final

from typing_extensions import Self, disjoint_base

from vt_content._kinds import ContactOrigin, Cost, Days, GuidanceKind, PracticeKind, ReviewStatus
from vt_content._kinds import Bump, ChangeKind, DiffMode, Direction, PseudoLocale

__version__: str
__all__ = [
    "__version__",
    "STYLESHEET",
    "About",
    "Advice",
    "Attribution",
    "Burnout",
    "Catalog",
    "CatalogViolation",
    "CatalogWarning",
    "Contact",
    "ContentPack",
    "Guidance",
    "GuidanceContent",
    "Labels",
    "Licence",
    "LoadWarning",
    "OpeningHours",
    "PackContent",
    "Practice",
    "Review",
    "Reviewer",
    "SelfCareAction",
    "Sign",
    "SignsRecognised",
    "SupportRoute",
    "TextMessage",
    "Translation",
    "TranslationStatus",
    "UrgentHelp",
    "Violation",
    "bundled",
    "catalog",
    "labels",
    "load",
    "load_catalog",
    "loads",
    "loads_catalog",
    "schema",
    "_catalog_violation",
    "_violation",
]

def bundled() -> ContentPack:
    """The bundled en-GB pack. Every call returns the same object."""

def load(path: str | os.PathLike[str]) -> ContentPack:
    """Loads a pack from a file, checking every rule of the pack format.

    Raises ValidationError (or a subclass) listing every violation when the pack is
    refused, and OSError when the file cannot be read.
    """

def loads(text: str | bytes | bytearray) -> ContentPack:
    """Loads a pack from JSON text, checking every rule of the pack format.

    Bytes are checked as they are: a byte-order mark or invalid UTF-8 is reported with
    its position. Raises ValidationError (or a subclass) listing every violation when
    the pack is refused.
    """

STYLESHEET: str
"""The built-in style sheet of a page, to serve beside a fragment (``to_html(fragment=True)``)."""

def labels(pack: ContentPack) -> Labels:
    """The labels to render ``pack`` with: its own, or the en-GB ones for a pack without labels."""

def catalog() -> Catalog:
    """The bundled catalog: the bundled en-GB pack."""

def load_catalog(path: str | os.PathLike[str]) -> Catalog:
    """Reads a catalog from a directory of pack files; CatalogError lists every problem."""

def loads_catalog(packs: Mapping[str, str | bytes | bytearray]) -> Catalog:
    """Makes a catalog of packs given as JSON texts by name, such as their file names; a
    name that starts with ``released/`` is an earlier version of the source pack.
    CatalogError lists every problem, each pack named by its name (a name that
    ``os.listdir`` gives for a file name that is not UTF-8, as ``load_catalog`` names
    that file)."""

def _violation(code: str, path: str, message: str) -> Violation:
    """A violation from its code, path and message: how a pickled violation is loaded."""

def _catalog_violation(file: str, violation: Violation) -> CatalogViolation:
    """A catalog violation from its file and violation: how a pickled one is loaded."""

def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a content pack, as a dict."""

@disjoint_base
class PackContent:
    """Everything a front end needs to explain vicarious traumatisation (VT), in one locale:
    the fields of a pack. Each ContentPack is one."""

    @property
    def schema_link(self) -> str | None:
        """Where an editor finds the JSON Schema of this file (its ``$schema``), or None.
        The schema itself is ``vt_content.schema()``."""
    @property
    def schema_version(self) -> str:
        """The version of the pack format, MAJOR.MINOR, such as ``"1.0"``."""
    @property
    def id(self) -> str:
        """The pack's own stable id, such as ``vicarious-traumatisation``."""
    @property
    def version(self) -> str:
        """The version of the content, a semantic version such as ``"1.0.0"``."""
    @property
    def locale(self) -> str:
        """The BCP 47 language tag of the text, such as ``en-GB``."""
    @property
    def audience(self) -> str | None:
        """Who the content is for, if the pack says (schema 1.1)."""
    @property
    def region(self) -> str | None:
        """The region whose services the content names, an ISO 3166 code such as ``GB-ENG``."""
    @property
    def title(self) -> str:
        """The title of the content."""
    @property
    def summary(self) -> list[str]:
        """What the content is about, in paragraphs."""
    @property
    def attribution(self) -> Attribution:
        """Where the facts come from."""
    @property
    def disclaimer(self) -> list[str]:
        """What the content is not: it informs and never diagnoses; in paragraphs."""
    @property
    def urgent_help(self) -> UrgentHelp | None:
        """Where someone in crisis can turn now; every rendering shows it (schema 1.1)."""
    @property
    def review(self) -> Review:
        """When the content was last checked, and when it must be checked again."""
    @property
    def about(self) -> About:
        """What VT is, who it can affect, and how it compares with burnout."""
    @property
    def signs(self) -> list[Sign]:
        """The warning signs of VT, in order."""
    @property
    def self_care_actions(self) -> list[SelfCareAction]:
        """What to do regularly to build resilience and recover, in order."""
    @property
    def practices(self) -> list[Practice]:
        """The three practices: ground, release and recharge."""
    @property
    def support(self) -> list[SupportRoute]:
        """Where to turn for support, in order."""
    @property
    def advice(self) -> Advice:
        """What to do when you recognise signs, and how to lower your risk."""
    @property
    def labels(self) -> Labels | None:
        """The fixed texts around the content, in the pack's language (schema 1.1); None
        for a pack without labels, which renders with the en-GB ones."""
    @property
    def translation(self) -> Translation | None:
        """For a translated pack, which version of which source locale it translates."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class ContentPack(PackContent):
    """Everything a front end needs to explain vicarious traumatisation (VT), in one locale.

    Its fields are those of PackContent. Immutable and safe to share between threads.
    Two packs are equal when their content is equal; warnings are not compared.
    """

    @property
    def warnings(self) -> list[LoadWarning]:
        """What the editor of the pack should know: fields of a newer minor schema version
        that were left out (``ignored-field``), then no labels of its own
        (``default-labels``), no urgent help (``no-urgent-help``), labels without their
        placeholders (``label-placeholders``), support routes named again
        (``repeated-route``), a locale whose script is not known (``unknown-direction``) and
        a draft no one has reviewed (``unreviewed-draft``). A pack from a Catalog has only
        the last six: the catalog keeps no ignored fields."""
    @property
    def direction(self) -> Direction:
        """The direction of the pack's text, from its locale: ``Direction.RIGHT_TO_LEFT``
        (Arabic, Hebrew, Persian, Urdu, ...) or ``Direction.LEFT_TO_RIGHT``. Its ``value``,
        ``"rtl"`` or ``"ltr"``, is HTML's ``dir``."""
    def review_warning(self, today: datetime.date) -> LoadWarning | None:
        """A ``review-overdue`` LoadWarning when the next review is due on or before
        ``today``, else None. Loading never gives it, since it depends on the day."""
    def sign(self, id: str) -> Sign:
        """The sign with this id; UnknownIdError (a KeyError) when there is none."""
    def self_care_action(self, id: str) -> SelfCareAction:
        """The self-care action with this id; UnknownIdError when there is none."""
    def practice(self, id: str) -> Practice:
        """The practice with this id; UnknownIdError when there is none."""
    def support_route(self, id: str) -> SupportRoute:
        """The support route with this id; UnknownIdError when there is none."""
    def guidance(self, recognised: Iterable[str]) -> Guidance:
        """The advice for the signs a person recognises, given by id.

        An id given twice counts once; an unknown id raises UnknownIdError.
        """
    def pseudo(self, locale: PseudoLocale | str) -> ContentPack:
        """This pack in a pseudo-locale (or its tag, ``"en-XA"`` or ``"ar-XB"``), to test a
        front end: every text transformed, ids and typed values unchanged, loaded with every
        check. Raises ValidationError when a transformed text breaks a rule (a long text can
        grow past 2,000 characters), ValueError for any other locale."""
    def to_json(self) -> str:
        """The canonical JSON text of the pack, with a final line break; for the bundled pack, its file exactly."""
    def to_dict(self) -> dict[str, Any]:
        """The pack as plain Python data: what ``json.loads(pack.to_json())`` gives."""
    def to_html(
        self,
        *,
        fragment: bool = False,
        stylesheet: str | None = None,
        first_heading_level: int = 1,
        id_prefix: str | None = None,
    ) -> str:
        """The pack as HTML: a standalone page, or with ``fragment=True`` an ``article``.

        ``stylesheet`` links a page (not a fragment) to a style sheet instead of the
        built-in styles; ``first_heading_level`` (1 to 3, others taken as the nearest) is
        the level of the title's heading; ``id_prefix`` (a kebab-case id of at most 64
        characters, such as ``"vt"``) starts every id and every link to one
        (``vt-signs``), so that they stay unique in a page of your own: a ``ValueError``
        when it is not such an id. Every text from the pack is escaped.
        """
    def urgent_help_html(self, heading_level: int = 2, *, id_prefix: str | None = None) -> str | None:
        """The urgent help alone, set apart as the page sets it, to put on any page of your
        own (an error page, a banner), with the pack's language and direction; ``None``
        when the pack gives none. Its heading is at ``heading_level`` (1 to 3; any other
        int is taken as the nearest), and its ids start with ``id_prefix`` as
        ``to_html``'s do. Every text from the pack is escaped; ``STYLESHEET`` styles it."""
    def to_markdown(self, *, id_prefix: str | None = None) -> str:
        """The pack as CommonMark, with anchors that match the HTML ids (with ``id_prefix``,
        those of ``to_html(id_prefix=...)``)."""
    def to_text(self, width: int = 80) -> str:
        """The pack as plain text, wrapped to ``width`` columns (at least 20: a smaller or
        negative width is taken as 20)."""
    def to_json_ld(self) -> dict[str, Any]:
        """The pack as a schema.org MedicalWebPage in JSON-LD."""
    def to_json_ld_text(self) -> str:
        """The JSON-LD as JSON text to put in a page's ``<script type="application/ld+json">``
        as it is: ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so that no text of
        the pack can end the script element (``json.dumps`` of the data would let it)."""
    def __reduce__(self) -> tuple[Callable[[str], ContentPack], tuple[str]]: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Attribution:
    """The source the content is adapted from."""

    @property
    def source_title(self) -> str:
        """The title of the source page."""
    @property
    def source_name(self) -> str:
        """The name of the service that published the source."""
    @property
    def publisher(self) -> str:
        """Who publishes the source."""
    @property
    def adapted(self) -> bool:
        """Whether the text is adapted (reworded) rather than quoted."""
    @property
    def notice(self) -> str:
        """A credit line to show with the content."""
    @property
    def copyright(self) -> str | None:
        """The source's copyright line, as the source writes it."""
    @property
    def url(self) -> str | None:
        """The ``https`` address of the source, when it is known."""
    @property
    def licence(self) -> Licence | None:
        """The terms on which the text may be reused."""
    @property
    def endorsed(self) -> bool | None:
        """Whether the source's publisher has endorsed this adaptation."""
    def to_dict(self) -> dict[str, Any]:
        """The attribution as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Labels:
    """The fixed texts of a rendered page, one field per stable key."""

    @property
    def contents(self) -> str:
        """The heading of the list of links to every section: "Contents"."""
    @property
    def disclaimer(self) -> str:
        """The name of the box that holds the pack's disclaimer: "Please note"."""
    @property
    def urgent_help(self) -> str:
        """A name for the box of urgent help, for front ends that name it themselves:
        "Urgent help". The built-in pages head it with the pack's ``urgent_help.title``."""
    @property
    def what_it_is(self) -> str:
        """The heading of what VT is: "What it is"."""
    @property
    def also_known_as(self) -> str:
        """The heading of the other names of VT: "Also known as"."""
    @property
    def how_it_happens(self) -> str:
        """The heading of how VT comes about: "How it happens"."""
    @property
    def who_can_be_affected(self) -> str:
        """The heading of where VT can happen: "Who can be affected"."""
    @property
    def burnout(self) -> str:
        """The heading of how VT differs from burnout: "How it differs from burnout"."""
    @property
    def burnout_overlap(self) -> str:
        """The heading of how VT and burnout go together: "How they overlap"."""
    @property
    def signs(self) -> str:
        """The heading of the warning signs: "Signs to look out for"."""
    @property
    def signs_recognised(self) -> str:
        """The heading of the advice for recognised signs: "If you recognise these signs"."""
    @property
    def speak_to(self) -> str:
        """The heading of the support routes to speak to first: "Speak to"."""
    @property
    def prevention(self) -> str:
        """The heading of the prevention advice: "Lowering your risk"."""
    @property
    def self_care(self) -> str:
        """The heading of the self-care actions: "Looking after yourself"."""
    @property
    def practices(self) -> str:
        """The heading of the three practices: "Ground, release and recharge"."""
    @property
    def things_to_try(self) -> str:
        """The heading of a practice's example activities: "Things to try"."""
    @property
    def support(self) -> str:
        """The heading of the support routes: "Where to turn for support"."""
    @property
    def about_this_content(self) -> str:
        """The heading of the credit and review dates: "About this content"."""
    @property
    def source(self) -> str:
        """The words before the source's title, publisher and service: "Source:"."""
    @property
    def open_quote(self) -> str:
        """The mark that opens a quoted title: "“". French writes "«" and a no-break space
        (U+00A0 or U+202F): a text may end with a no-break space only after a guillemet."""
    @property
    def close_quote(self) -> str:
        """The mark that closes a quoted title: "”". French writes a no-break space and "»"."""
    @property
    def content_version(self) -> str:
        """The words before the content's version and locale: "Content version:"."""
    @property
    def last_reviewed(self) -> str:
        """The words before the date the content was last reviewed: "Last reviewed:"."""
    @property
    def draft_notice(self) -> str:
        """What stands for that date while nobody has reviewed the content: "not yet reviewed"."""
    @property
    def next_review_due(self) -> str:
        """The words before the date of the next review: "Review due:"."""
    @property
    def guidance_title(self) -> str:
        """The title of the guidance for recognised signs: "Guidance for the signs you recognise"."""
    @property
    def recognised_signs(self) -> str:
        """The heading of the signs a person recognises: "Signs you recognise"."""
    @property
    def related_ideas(self) -> str:
        """The heading of ideas close to VT: "Related ideas"."""
    @property
    def call(self) -> str:
        """Before a phone number to call: "Call"."""
    @property
    def text_message(self) -> str:
        """How to text a number: "Text {keyword} to {number}", with both placeholders."""
    @property
    def website(self) -> str:
        """Before a service's web address: "Website:"."""
    @property
    def always_open(self) -> str:
        """When a service can be reached at any time: "Any time, day or night"."""
    @property
    def every_day(self) -> str:
        """Open every day: "Every day"."""
    @property
    def weekdays(self) -> str:
        """Open Monday to Friday: "Monday to Friday"."""
    @property
    def weekends(self) -> str:
        """Open on Saturday and Sunday: "Saturday and Sunday"."""
    @property
    def opening_times(self) -> str:
        """Opening times: "{opens} to {closes}", with both placeholders."""
    @property
    def free(self) -> str:
        """A free service: "Free"."""
    @property
    def standard_rate(self) -> str:
        """A service at the caller's usual rate: "Standard rate"."""
    @property
    def added_by_editors(self) -> str:
        """A contact that the pack's editors added: "Added by the editors of this guide"."""
    @property
    def reviewed_by(self) -> str:
        """Before the reviewer of a reviewed pack: "Reviewed by:"."""
    @property
    def licence(self) -> str:
        """Before the terms of reuse: "Reuse terms:"."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Catalog:
    """The packs of one content in several locales."""

    def locales(self) -> list[str]:
        """The BCP 47 tags of the catalog's packs, in order."""
    @property
    def default_locale(self) -> str:
        """The tag of the catalog's default pack: the source that the others translate."""
    def get(self, tag: str) -> ContentPack:
        """The pack for ``tag``, with BCP 47 fallback; the default pack when nothing matches.

        A platform's identifier is read as its tag: ``"de_DE"`` and ``"de_DE.UTF-8"``, as
        :func:`locale.getlocale` and POSIX write them, are ``de-DE``; a script is kept, as
        POSIX writes it: ``"sr_RS@latin"`` is ``sr-Latn-RS``."""
    def negotiate(self, preferences: str | Iterable[str]) -> tuple[ContentPack, str | None]:
        """The best pack for an ``Accept-Language`` header or tags in order, and the preference it answers.

        In a header, a pack whose most specific range has ``q=0`` is refused. Give a header
        as ``str``: ``bytes`` raise ``TypeError``."""
    @property
    def warnings(self) -> list[CatalogWarning]:
        """What the catalog's editors should know: translations whose source has moved on
        (``stale-translation``) or that name a version it has not reached
        (``future-source-version``), and each place where a translation differs from its
        source other than in its texts, such as a contact's number (``differs-from-source``),
        and pack files named for a locale whose readers get another pack
        (``file-named-for-another-locale``), each with its file, in file order. Each pack's
        own warnings are in its ``warnings``."""
    def translation_status(self) -> list[TranslationStatus]:
        """How complete and how current each translation is, in locale order."""
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class TranslationStatus:
    """How complete and how current a translation is, against its catalog's source pack."""

    @property
    def locale(self) -> str:
        """The translation's locale."""
    @property
    def translates(self) -> str:
        """The version of the source pack it translates."""
    @property
    def source_version(self) -> str:
        """The source pack's version now."""
    @property
    def stale(self) -> bool:
        """Whether the source has moved on since the version translated."""
    @property
    def texts(self) -> int:
        """How many texts the source pack has (labels included)."""
    @property
    def translated(self) -> int:
        """How many of them the translation has in other words than the source's."""
    @property
    def percent_translated(self) -> int:
        """The share of texts translated, in whole percent (rounded down)."""
    @property
    def untranslated(self) -> list[str]:
        """The JSON Pointers of the texts the translation lacks or has as the source."""
    @property
    def changed_since(self) -> list[str] | None:
        """The source's texts changed since the version translated; None when unknown."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class CatalogViolation:
    """A pack that breaks a rule of a catalog."""

    @property
    def file(self) -> str:
        """The pack's file name, or ``""`` for the catalog as a whole."""
    @property
    def violation(self) -> Violation:
        """The rule it breaks, where in the pack, and what to do."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data."""
    def __reduce__(self) -> tuple[Any, tuple[str, Violation]]:
        """Pickles the violation as its file and its violation."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class CatalogWarning:
    """Something an editor of a catalog should know, such as a stale translation."""

    @property
    def file(self) -> str:
        """The pack's file name."""
    @property
    def warning(self) -> LoadWarning:
        """The warning."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Translation:
    """Which version of which source locale a translated pack translates."""

    @property
    def source_locale(self) -> str:
        """The BCP 47 tag of the pack it translates, such as ``en-GB``."""
    @property
    def source_version(self) -> str:
        """The version of that pack it translates, such as ``1.1.0``."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Licence:
    """The terms on which a pack's text may be reused."""

    @property
    def expression(self) -> str:
        """An SPDX licence expression, or a ``LicenseRef-`` whose terms are in ``text``."""
    @property
    def text(self) -> list[str]:
        """The terms, in paragraphs; given for a ``LicenseRef-``."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Reviewer:
    """Who reviewed a pack: a role and an organisation."""

    @property
    def role(self) -> str:
        """The reviewer's role."""
    @property
    def organisation(self) -> str:
        """The reviewer's organisation."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class UrgentHelp:
    """Where someone in crisis can turn now."""

    @property
    def title(self) -> str:
        """The heading of the block."""
    @property
    def message(self) -> list[str]:
        """When to use these contacts, in paragraphs."""
    @property
    def contacts(self) -> list[Contact]:
        """The services to contact, most urgent first."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Contact:
    """A service to phone, text or visit, with when and where it can help."""

    @property
    def id(self) -> str:
        """The contact's stable id, such as ``samaritans``."""
    @property
    def name(self) -> str:
        """The name of the service."""
    @property
    def purpose(self) -> str:
        """What the service is for, in one sentence."""
    @property
    def phone(self) -> str | None:
        """The number to call, digits in groups such as ``116 123``."""
    @property
    def text_message(self) -> TextMessage | None:
        """The number to text, with the keyword to send."""
    @property
    def url(self) -> str | None:
        """The service's ``https`` address."""
    @property
    def hours(self) -> OpeningHours | None:
        """When the service can be reached."""
    @property
    def cost(self) -> Cost | None:
        """What it costs to contact the service."""
    @property
    def region(self) -> str | None:
        """Where the service helps: an ISO 3166 code such as ``GB``."""
    @property
    def origin(self) -> ContactOrigin:
        """Whether the contact comes from the source or the pack's editors."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class TextMessage:
    """A number to text, and the keyword to send to it."""

    @property
    def number(self) -> str:
        """The number to text."""
    @property
    def keyword(self) -> str:
        """The word to send, such as ``SHOUT``."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class OpeningHours:
    """When a service can be reached: on which days, and between which times."""

    @property
    def days(self) -> Days:
        """The days it is open."""
    @property
    def opens(self) -> str | None:
        """When it opens, ``HH:MM``; None for the whole day."""
    @property
    def closes(self) -> str | None:
        """When it closes, ``HH:MM``, after ``opens``; ``00:00`` is midnight at the end of the day.
        With ``closes_next_day``, the next day, before ``opens``."""
    @property
    def closes_next_day(self) -> bool | None:
        """Whether it closes on the day after it opens, for hours past midnight (schema 1.2):
        ``True`` for a line open from ``20:00`` to ``08:00``; None when the pack does not say."""
    def to_dict(self) -> dict[str, Any]:
        """The value as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Review:
    """Whether anyone has reviewed the content, and when it must be reviewed again."""

    @property
    def status(self) -> ReviewStatus | None:
        """``DRAFT`` or ``REVIEWED`` (schema 1.1); None when the pack states no status (every
        pack written for schema 1.0), and then it gives the day of its last review."""
    @property
    def last_reviewed(self) -> datetime.date | None:
        """The day the content was last reviewed; None for a draft."""
    @property
    def next_review_due(self) -> datetime.date:
        """The day by which it must be reviewed (again)."""
    @property
    def reviewed_by(self) -> Reviewer | None:
        """Who reviewed it, for a reviewed pack."""
    def is_overdue(self, today: datetime.date) -> bool:
        """Whether the next review is due on or before ``today``."""
    def to_dict(self) -> dict[str, Any]:
        """The review as plain Python data (dates as ``YYYY-MM-DD`` text)."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class About:
    """What vicarious traumatisation is."""

    @property
    def definition(self) -> list[str]:
        """What VT is, in paragraphs."""
    @property
    def also_known_as(self) -> list[str]:
        """Other names for VT, such as its short form."""
    @property
    def related_ideas(self) -> list[str]:
        """Ideas the source relates to VT, such as compassion fatigue, in paragraphs."""
    @property
    def how_it_happens(self) -> list[str]:
        """How VT comes about, in paragraphs."""
    @property
    def who_can_be_affected(self) -> list[str]:
        """The settings where supporting someone can lead to VT, each a short sentence."""
    @property
    def burnout(self) -> Burnout:
        """How VT differs from burnout and how the two overlap."""
    def to_dict(self) -> dict[str, Any]:
        """The section as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Burnout:
    """How VT and burnout differ and overlap."""

    @property
    def differences(self) -> list[str]:
        """How the two differ, in paragraphs."""
    @property
    def overlap(self) -> list[str]:
        """How the two go together, in paragraphs."""
    def to_dict(self) -> dict[str, Any]:
        """The section as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Advice:
    """The advice of the source, which ContentPack.guidance puts together."""

    @property
    def signs_recognised(self) -> SignsRecognised:
        """What to do when you recognise one or more signs."""
    @property
    def other_signs(self) -> list[str]:
        """That the signs listed are only some of the signs, in paragraphs."""
    @property
    def prevention(self) -> list[str]:
        """How knowing the signs and caring for yourself lowers your risk, in paragraphs."""
    @property
    def self_care(self) -> list[str]:
        """Why and how often to do the self-care actions, in paragraphs."""
    @property
    def practices(self) -> list[str]:
        """What the three practices do together, in paragraphs."""
    @property
    def recovery_and_burnout(self) -> list[str]:
        """That what helps recovery from VT also helps with burnout, in paragraphs."""
    def to_dict(self) -> dict[str, Any]:
        """The section as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class SignsRecognised:
    """What to do when you recognise one or more signs."""

    @property
    def message(self) -> list[str]:
        """The advice, in paragraphs."""
    @property
    def speak_to(self) -> list[str]:
        """The ids of the support routes to speak to first, in order. A route named again
        is shown once, where it is first named, with a warning."""
    def to_dict(self) -> dict[str, Any]:
        """The section as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Sign:
    """A warning sign of vicarious traumatisation, such as losing hope in your work."""

    @property
    def id(self) -> str:
        """The sign's stable id, such as ``losing-hope``."""
    @property
    def title(self) -> str:
        """The sign in a few words, for a list or a checkbox."""
    @property
    def description(self) -> list[str]:
        """What the sign can feel like, in paragraphs."""
    def to_dict(self) -> dict[str, Any]:
        """The sign as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class SelfCareAction:
    """Something to do regularly that builds resilience to VT and helps recovery from it."""

    @property
    def id(self) -> str:
        """The action's stable id, such as ``stay-connected``."""
    @property
    def title(self) -> str:
        """The action in a few words."""
    @property
    def how(self) -> list[str]:
        """How to do it, in paragraphs."""
    def to_dict(self) -> dict[str, Any]:
        """The action as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Practice:
    """One of the three practices: what it is for, how to do it, and activities to try."""

    @property
    def id(self) -> str:
        """The practice's stable id, such as ``ground``."""
    @property
    def kind(self) -> PracticeKind:
        """Which of the three practices this is."""
    @property
    def title(self) -> str:
        """The practice in a few words."""
    @property
    def purpose(self) -> list[str]:
        """What the practice does for you, in paragraphs."""
    @property
    def how(self) -> list[str]:
        """How to do it, in paragraphs."""
    @property
    def examples(self) -> list[str]:
        """Example activities, each a short phrase."""
    def to_dict(self) -> dict[str, Any]:
        """The practice as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class SupportRoute:
    """Somewhere to turn for support, such as a person you trust."""

    @property
    def id(self) -> str:
        """The route's stable id, such as ``line-manager``."""
    @property
    def title(self) -> str:
        """The route in a few words."""
    @property
    def description(self) -> list[str]:
        """When and how to use it, in paragraphs."""
    @property
    def contacts(self) -> list[Contact]:
        """How to reach it: phone numbers, text-message numbers or web addresses."""
    def to_dict(self) -> dict[str, Any]:
        """The route as plain Python data, as it is written in a pack."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@disjoint_base
class GuidanceContent:
    """The advice for a set of recognised signs: the fields of a Guidance. It informs;
    it is not a diagnosis."""

    @property
    def kind(self) -> GuidanceKind:
        """Which advice applies."""
    @property
    def urgent_help(self) -> UrgentHelp | None:
        """Where someone in crisis can turn now: shown first when a sign is recognised."""
    @property
    def recognised_signs(self) -> list[Sign]:
        """The recognised signs, in the order given, each once."""
    @property
    def other_signs(self) -> list[str]:
        """That the signs listed are only some of the signs, in paragraphs."""
    @property
    def message(self) -> list[str]:
        """The advice itself, in paragraphs."""
    @property
    def speak_to(self) -> list[SupportRoute]:
        """The support routes to speak to first, in order; empty for prevention."""
    @property
    def self_care_actions(self) -> list[SelfCareAction]:
        """Every self-care action of the pack."""
    @property
    def practices(self) -> list[Practice]:
        """Every practice of the pack."""
    @property
    def recovery_and_burnout(self) -> list[str]:
        """That what helps recovery from VT also helps with burnout, in paragraphs."""
    @property
    def disclaimer(self) -> list[str]:
        """What the content is not: it informs and never diagnoses."""
    @property
    def credit(self) -> str:
        """The credit line of the content's source."""
    @property
    def review(self) -> Review:
        """Whether anyone has reviewed the content."""
    def to_dict(self) -> dict[str, Any]:
        """The guidance as plain Python data, with ``kind`` as its text."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Guidance(GuidanceContent):
    """The advice for a set of recognised signs, from ContentPack.guidance, with pages
    drawn in the language and with the labels and credit of its pack. Two guidances are
    equal, and hash alike, when their advice and their packs are equal."""

    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

    def to_html(
        self,
        *,
        fragment: bool = False,
        stylesheet: str | None = None,
        first_heading_level: int = 1,
        id_prefix: str | None = None,
    ) -> str:
        """The guidance as HTML: a standalone page, or with ``fragment=True`` an ``article``.

        The options are ``ContentPack.to_html``'s. Every text from the pack is escaped.
        """
    def urgent_help_html(self, heading_level: int = 2, *, id_prefix: str | None = None) -> str | None:
        """The urgent help alone, as ``ContentPack.urgent_help_html`` gives it."""
    def to_markdown(self, *, id_prefix: str | None = None) -> str:
        """The guidance as CommonMark, with anchors that match the HTML ids (with
        ``id_prefix``, those of ``to_html(id_prefix=...)``)."""
    def to_text(self, width: int = 80) -> str:
        """The guidance as plain text, wrapped to ``width`` columns (at least 20: a smaller or
        negative width is taken as 20)."""
    def to_json_ld(self) -> dict[str, Any]:
        """The guidance as a schema.org MedicalWebPage in JSON-LD."""
    def to_json_ld_text(self) -> str:
        """The JSON-LD as JSON text to put in a page's script element as it is, escaped as
        the pack's is."""
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Violation:
    """One thing wrong with a pack: where it is, what rule it breaks, and what to do."""

    @property
    def code(self) -> str:
        """Which rule the pack breaks: a stable kebab-case code such as ``invalid-id``."""
    @property
    def path(self) -> str:
        """Where: an RFC 6901 JSON Pointer such as ``/signs/1/id``; ``""`` is the whole pack."""
    @property
    def message(self) -> str:
        """A sentence for the person who edits the pack."""
    def to_dict(self) -> dict[str, str]:
        """The violation as a dict with code, path and message."""
    def __reduce__(self) -> tuple[Any, tuple[str, str, str]]:
        """Pickles the violation as its code, path and message, so that the exceptions
        that hold violations cross a process boundary."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class LoadWarning:
    """Something the editor of a pack should know about a pack that still loaded."""

    @property
    def code(self) -> str:
        """What kind of warning this is: ``ignored-field``, ``default-labels``,
        ``no-urgent-help``, ``label-placeholders``, ``repeated-route``, ``unknown-direction`` or
        ``unreviewed-draft`` from loading, ``review-overdue`` from ``review_warning``, or
        ``stale-translation``, ``future-source-version``, ``differs-from-source`` or
        ``file-named-for-another-locale`` in a CatalogWarning."""
    @property
    def path(self) -> str:
        """Where: an RFC 6901 JSON Pointer."""
    @property
    def message(self) -> str:
        """A sentence for the person who edits the pack."""
    def to_dict(self) -> dict[str, str]:
        """The warning as a dict with code, path and message."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

__all__ += ["Change", "Diff", "diff", "diff_structure"]

def diff(old: PackContent, new: PackContent) -> Diff:
    """What changed from ``old`` to ``new``, two versions of a pack in one locale.

    Every change, with its kind, its path in each pack and the version bump it needs;
    the bump the whole diff needs; the texts a translator must translate again. Items
    are matched by id, never by position. Fields of a newer minor schema version, which
    loading ignores, are not compared: when either pack has an ``ignored-field`` warning,
    ``required_bump`` may be too small.
    """

def diff_structure(source: PackContent, translation: PackContent) -> Diff:
    """What differs between ``source`` and ``translation``, packs of different locales,
    by ids and structure only: never a text, the locale, the review or the
    ``translation`` section."""

@final
class Change:
    """One change between two packs: what kind, where in each pack, and the bump it needs."""

    @property
    def kind(self) -> ChangeKind:
        """What kind of change this is."""
    @property
    def old_path(self) -> str | None:
        """Where the changed value is in the old pack, a JSON Pointer; None where it has none."""
    @property
    def new_path(self) -> str | None:
        """Where the changed value is in the new pack, a JSON Pointer; None where it has none."""
    @property
    def bump(self) -> Bump:
        """The version bump this change needs."""
    @property
    def old_value(self) -> str | None:
        """The old value as text, where it is one: an item's id, a text, a typed value."""
    @property
    def new_value(self) -> str | None:
        """The new value as text, where it is one."""
    def to_dict(self) -> dict[str, Any]:
        """The change as plain Python data, as the command line's JSON writes it."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...

@final
class Diff:
    """What changed between two packs, in the order of the pack, with the bump it needs."""

    @property
    def mode(self) -> DiffMode:
        """What was compared: everything, or ids and structure only."""
    @property
    def old_version(self) -> str:
        """The version of the old pack."""
    @property
    def new_version(self) -> str:
        """The version of the new pack."""
    @property
    def changes(self) -> list[Change]:
        """Every change, in the order of the pack."""
    @property
    def required_bump(self) -> Bump:
        """The version bump the changes need: the greatest bump of any change."""
    @property
    def changed_texts(self) -> list[str]:
        """Where the new pack has a text that is new or reworded: JSON Pointers, in order."""
    def changelog_entry(self) -> str:
        """A changelog entry for the new version, in Markdown."""
    def check(self) -> None:
        """Checks that the new pack's version is the bump its changes need, or a greater
        one (the same version when no change needs one): raises ``VersionError``, whose
        ``code`` is ``version-decreased`` or ``version-bump-too-small``, when it is not."""
    def check_version(self, old: str, new: str) -> None:
        """Checks that going from version ``old`` to version ``new`` (such as ``"1.1.0"``
        and ``"1.2.0"``) is the bump the changes need, or a greater one, whatever versions
        the packs say: for a version proposed before it is written into the new pack.
        Raises ``VersionError`` as ``check()`` does, and ``ValueError`` when a version is
        not written ``MAJOR.MINOR.PATCH`` (semver)."""
    def to_dict(self) -> dict[str, Any]:
        """The diff as plain Python data, as the command line's JSON writes it."""
    def __len__(self) -> int:
        """The number of changes: a diff is false when nothing changed."""
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: Any, /) -> Self: ...
