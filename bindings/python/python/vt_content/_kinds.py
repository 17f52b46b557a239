"""The enums of vt_content: kinds of practice and of guidance, review status, the opening
days, cost and origin of a contact, diffs, pseudo-locales and the direction of a text. Each
``value`` is the text written in a pack, or in the JSON of a guidance or a diff (for a
pseudo-locale, its tag; for a direction, HTML's ``dir``)."""

from __future__ import annotations

import enum
import functools


class PracticeKind(enum.Enum):
    """One of the three practices; ``value`` is the text written in a pack."""

    GROUND = "ground"
    """Staying steady in your body while you support someone."""
    RELEASE = "release"
    """Letting go of the stress you take on from others."""
    RECHARGE = "recharge"
    """Renewing your energy and your connection to life."""


class GuidanceKind(enum.Enum):
    """Which advice a Guidance gives; ``value`` is its stable text."""

    SEEK_SUPPORT = "seek-support"
    """One or more signs are recognised: speak to someone, and look after yourself."""
    PREVENTION = "prevention"
    """No sign is recognised: knowing the signs and regular self-care lower the risk."""


class ReviewStatus(enum.Enum):
    """Whether anyone has reviewed a pack."""

    DRAFT = "draft"
    """No one has reviewed the content yet: every rendering says so."""
    REVIEWED = "reviewed"
    """A qualified person has reviewed the content: see ``Review.reviewed_by``."""


class Days(enum.Enum):
    """The days of the week a service is open."""

    EVERY_DAY = "every-day"
    """Every day of the week."""
    WEEKDAYS = "weekdays"
    """Monday to Friday."""
    WEEKENDS = "weekends"
    """Saturday and Sunday."""


class Cost(enum.Enum):
    """What it costs to contact a service."""

    FREE = "free"
    """Free to call or text on the main phone networks."""
    STANDARD_RATE = "standard-rate"
    """The caller's usual rate for a call or a text."""


class ContactOrigin(enum.Enum):
    """Where a contact comes from."""

    SOURCE = "source"
    """The source of the content names it."""
    EDITORS = "editors"
    """The pack's editors added it; the source does not name it."""


@functools.total_ordering
class Bump(enum.Enum):
    """The version bump a change needs; ordered, from ``NONE`` to ``MAJOR``."""

    NONE = "none"
    """No new version is needed: nothing a reader sees changed."""
    PATCH = "patch"
    """A new patch version: the same content, said differently."""
    MINOR = "minor"
    """A new minor version: new or changed content; every id still resolves."""
    MAJOR = "major"
    """A new major version: an id, or the pack itself, is no longer found."""

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Bump):
            return NotImplemented
        order = list(Bump)
        return order.index(self) < order.index(other)


class ChangeKind(enum.Enum):
    """What kind of change a Change is."""

    ITEM_ADDED = "item-added"
    """An item with an id is in the new pack only (or a route was added to ``speak_to``)."""
    ITEM_REMOVED = "item-removed"
    """An item with an id is in the old pack only (or a route was removed from ``speak_to``)."""
    ITEM_MOVED = "item-moved"
    """An item is in both packs, in another order among the items of both."""
    TEXT_CHANGED = "text-changed"
    """A text was reworded, or a paragraph of it added (no ``old_path``) or removed (no ``new_path``)."""
    FIELD_ADDED = "field-added"
    """An optional field, or a section, is in the new pack only."""
    FIELD_REMOVED = "field-removed"
    """An optional field, or a section, is in the old pack only."""
    VALUE_CHANGED = "value-changed"
    """A typed value changed: a phone number, an address, a practice's kind, a review date, ..."""


class DiffMode(enum.Enum):
    """What a diff compares."""

    CONTENT = "content"
    """Two versions of one pack, in one locale: every change (``diff``)."""
    STRUCTURE = "structure"
    """Two packs of different locales: ids, structure and typed values only (``diff_structure``)."""


class PseudoLocale(enum.Enum):
    """A pseudo-locale, to test front ends (``ContentPack.pseudo``); ``value`` is its tag."""

    EN_XA = "en-XA"
    """Every letter accented, each text at least 35% longer, and bracketed so that cut-off
    text shows."""
    AR_XB = "ar-XB"
    """Right to left: each word between direction marks, so that it shows mirrored, and bracketed."""


class Direction(enum.Enum):
    """The direction a pack's text is written in (``ContentPack.direction``), from its
    locale; ``value`` is HTML's ``dir``."""

    LEFT_TO_RIGHT = "ltr"
    """Left to right, as Latin, Cyrillic, Greek or Devanagari."""
    RIGHT_TO_LEFT = "rtl"
    """Right to left, as Arabic, Hebrew or Thaana."""
