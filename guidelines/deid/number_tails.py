"""The tails of numbers found: an ID's check letters, a phone's extension (a pass after resolution)."""

from __future__ import annotations

import re

from .candidate import Candidate

_ID_SUFFIX = re.compile(r"-[A-Z0-9]{1,3}\b")


def id_suffixes(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """An ID keeps its check letters: '5584-486-674-YM' is one number, not '5584-486-674', and a
    phone-shaped number with such a suffix is an ID."""
    out = []
    for i, c in enumerate(chosen):
        m = _ID_SUFFIX.match(text, c.end) if c.label in ("ID_NUMBER", "PHONE") else None
        if m is not None and c.label == "PHONE" and not m.group()[1:].isalpha():
            m = None  # "…-2" after a phone may be an extension: only letters make it an ID
        free = m is not None and (i + 1 == len(chosen) or chosen[i + 1].start >= m.end())
        out.append(Candidate(c.start, m.end(), "ID_NUMBER", c.priority) if m and free else c)
    return out


# "… 0958 ext. 123", "x 45", "poste 12": an extension belongs to its phone number
_EXTENSION = re.compile(
    r"\s*,?\s*(?:ext(?:ension)?\.?|x|poste|p\.|extn\.?|#)\s*:?\s*\d{1,5}\b(?![.,]\d)", re.I
)


def phone_extensions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    out = []
    for i, c in enumerate(chosen):
        m = _EXTENSION.match(text, c.end) if c.label == "PHONE" else None
        free = m is not None and (i + 1 == len(chosen) or chosen[i + 1].start >= m.end())
        out.append(Candidate(c.start, m.end(), "PHONE", c.priority) if m and free else c)
    return out
