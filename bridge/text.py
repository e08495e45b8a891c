"""Cleaning user text: stored as plain text (never HTML), normalised, bounded."""

from __future__ import annotations

import re
import unicodedata

# Dropped: C0/C1 controls other than tab and newline, zero-width space, line/paragraph separators, word
# joiners and invisible operators, the BOM, and every bidi control (Unicode's Bidi_Control: ALM, LRM, RLM,
# embeddings and overrides U+202A-202E, isolates U+2066-2069), which can make a name or a rule read
# backwards. Kept: ZWNJ U+200C and ZWJ U+200D, which Persian, Indic scripts and emoji sequences need.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]"
)


def clean_user_text(value: str) -> str:
    """NFC-normalise, unify newlines, drop control and bidi characters (keeping ZWJ/ZWNJ), trim."""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value).strip()


def clean_line(value: str) -> str:
    """A one-line text (a name): cleaned as above, with every run of whitespace made one space."""
    return " ".join(clean_user_text(value).split())


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where a word or phrase occurs in text: whole words, any case, any run of spaces between words.

    Whole words only, so that hiding or reporting "Al" never cuts "alcohol".
    """
    words = phrase.split()
    if not words:
        return []
    body = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){body}(?!\w)", text, re.IGNORECASE)]
