"""Accent and case folding for dictionary lookups ("Élodie" and "elodie" are one key)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase, strip accents and unify apostrophes so lookups ignore case and diacritics."""
    lowered = word.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    return strip_accents(lowered)


def strip_accents(text: str) -> str:
    """Remove combining marks after NFKD decomposition ("é" -> "e", "ﬁ" -> "fi"); case is kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ascii_fold(text: str) -> str:
    """Plain ASCII for matching by meaning: NFKD, then every non-ASCII character dropped ("é" -> "e",
    "ﬁ" -> "fi", "ß" and emoji -> nothing); case is kept. Lengths change: no offsets survive it."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
