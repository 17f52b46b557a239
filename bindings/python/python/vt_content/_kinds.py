"""The enums of vt_content: the kinds of practice and of guidance."""

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
