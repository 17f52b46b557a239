"""The enums of vt_content: kinds of practice and of guidance, review status, and the
opening days, cost and origin of a contact. Each ``value`` is the text written in a pack."""

from __future__ import annotations

import enum


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
    """Free to call or text, from any phone."""
    STANDARD_RATE = "standard-rate"
    """The caller's usual rate for a call or a text."""


class ContactOrigin(enum.Enum):
    """Where a contact comes from."""

    SOURCE = "source"
    """The source of the content names it."""
    EDITORS = "editors"
    """The pack's editors added it; the source does not name it."""
