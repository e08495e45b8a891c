"""Cleaning user text: stored as plain text (never HTML), normalised, bounded."""

from __future__ import annotations

import re
import unicodedata

# Control characters other than tab and newline carry nothing a person typed; drop them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]")


def clean_user_text(value: str) -> str:
    """NFC-normalise, unify newlines, drop control and bidi-override characters, trim."""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value).strip()
