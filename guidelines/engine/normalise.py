"""Text normalisation that defeats look-alike evasions while keeping offsets into the original."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters used to split words ("g\u200bmail") and bidi controls.
_ZERO_WIDTH = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

# Look-alikes that NFKC keeps apart: Cyrillic and Greek letters, curly quotes, dashes.
# A hand-picked subset of Unicode's confusables.txt, limited to what matters for EN/FR answers.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic lower case
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ɡ": "g",
    "ъ": "b",
    # Cyrillic upper case
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
    "Ԁ": "D",
    # Greek
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ν": "v",
    "ι": "i",
    "κ": "k",
    "υ": "u",
    "χ": "x",
    "ε": "e",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Χ": "X",
    "Υ": "Y",
    # punctuation
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\uff20": "@",
    "\u2024": ".",
    "\u3002": ".",
    "\uff0e": ".",
}

_SPECIAL = re.compile("[" + re.escape(_ZERO_WIDTH + "".join(_CONFUSABLES)) + "]")


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus, per normalised character, the original span it came from."""

    original: str
    text: str
    # None means the identity map (the common, fast case).
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        n = len(self.text)
        if start >= n:
            return len(self.original), len(self.original)
        if end <= start:
            pos = self.starts[start]
            return pos, pos
        return self.starts[start], self.ends[min(end, n) - 1]


def _fold_char(ch: str) -> str:
    if ch in _ZERO_WIDTH:
        return ""
    return _CONFUSABLES.get(ch, ch)


def normalise(text: str) -> Normalised:
    """NFKC-normalise, map confusables and strip zero-width characters, keeping an offset map."""
    if text.isascii() and "`" not in text:
        return Normalised(text, text)
    if unicodedata.is_normalized("NFKC", text):
        if _SPECIAL.search(text) is None:
            return Normalised(text, text)
        return _fold_simple(text)
    return _fold_full(text)


def _fold_simple(text: str) -> Normalised:
    """Fold only the special characters; text is already NFKC."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        rep = _fold_char(text[i])
        out.append(rep)
        starts.extend([i] * len(rep))
        ends.extend([i + 1] * len(rep))
        pos = i + 1
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))


def _fold_full(text: str) -> Normalised:
    """Per grapheme-like cluster (base + combining marks): NFKC, then confusables."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        if text[i] not in _ZERO_WIDTH:
            while j < n and unicodedata.combining(text[j]):
                j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        for ch in piece:
            for rep in _fold_char(ch):
                out.append(rep)
                starts.append(i)
                ends.append(j)
        i = j
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))
