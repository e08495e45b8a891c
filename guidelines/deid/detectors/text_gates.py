"""Cheap literal gates shared by the detectors (deidperf7): a grammar runs only when its text can hold a match.

Two readings of a text, each computed once per text (a one-entry cache: the detectors of one text ask in turn):

- `lowered(text)`: `text.lower()`, for substring gates: a string every match holds, in lowercase;
- `runs(text)`: the set of its runs of word characters (`\\w+`), each in lowercase, for word gates: a word that
  every match holds as a whole run (the grammar puts a non-word character, or the text's edge, on both sides).

Both are None when the text holds a character that IGNORECASE matches to a letter whose `lower()` it does not
share (dotless ı, İ, long ſ: checked over every code point by tests/deid/test_perf7_exact.py), or whose
`lower()` changes the text's length; then no gate closes (`holds_any` and `has_word` answer True).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from guidelines.deid._data import _read
from textkit.folding import fold

_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=2)
def lowered(text: str) -> str | None:
    """text in lowercase, or None when a substring gate cannot be trusted on it."""
    if _ODD_CASE.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


@lru_cache(maxsize=2)
def runs(text: str) -> frozenset[str] | None:
    """The lowercase runs of word characters of text, or None when a word gate cannot be trusted on it."""
    if lowered(text) is None:
        return None
    return frozenset(map(str.lower, raw_runs(text)))


@lru_cache(maxsize=2)
def has_digit(text: str) -> bool:
    """Whether text holds a decimal digit (`\\d`): asked by several detectors of one text, scanned once."""
    return _DIGIT.search(text) is not None


@lru_cache(maxsize=2)
def raw_runs(text: str) -> frozenset[str]:
    """The runs of word characters of text as written, for the gates of case-sensitive grammars."""
    return frozenset(_RUN.findall(text))


def has_raw_word(text: str, words: frozenset[str]) -> bool:
    """False only when no run of word characters of text, as written, is one of words."""
    return not raw_runs(text).isdisjoint(words)


def spellings(*alternatives: str) -> frozenset[str]:
    """Every string a grammar's literal alternatives spell, each `[xy]` class read as one of its characters:
    spellings("mus[ée]e") is {"musée", "musee"}."""
    out: set[str] = set()
    for alt in alternatives:
        parts = re.split(r"(\[[^\]]+\])", alt)
        found = [""]
        for part in parts:
            options = list(part[1:-1]) if part.startswith("[") else [part]
            found = [f + o for f in found for o in options]
        out.update(found)
    return frozenset(out)


def holds_any(text: str, pieces: Iterable[str]) -> bool:
    """False only when text, lowercased, holds none of pieces (each in lowercase)."""
    low = lowered(text)
    return low is None or any(map(low.__contains__, pieces))


def has_word(text: str, words: frozenset[str]) -> bool:
    """False only when no run of word characters of text is, in lowercase, one of words."""
    found = runs(text)
    return found is None or not found.isdisjoint(words)


@cache
def _zipf() -> dict[str, float]:
    """The Zipf of the folded frequent words, the highest of EN and FR (data/frequent_words_<lang>.txt)."""
    out: dict[str, float] = {}
    for lang in ("en", "fr"):
        for line in _read(f"frequent_words_{lang}.txt"):
            word, zipf = line.split()
            out[word] = max(out.get(word, 0.0), float(zipf))
    return out


def gate_words(phrases: Iterable[str], lower: bool = True) -> frozenset[str] | None:
    """One gate word for each phrase: its rarest run of word characters (the lowest Zipf of the frequent-word
    lists, then the longest), in lowercase unless `lower` is False; None when a phrase holds no run (no gate).

    Sound for a grammar that matches one of `phrases` literally (spaces as any blank run) with no word
    character on either side of it (deidperf8): every run of a phrase is then a whole run of the text."""
    zipf = _zipf()
    out: set[str] = set()
    for phrase in phrases:
        found = _RUN.findall(phrase.lower() if lower else phrase)
        if not found:
            return None
        out.add(min(found, key=lambda w: (zipf.get(fold(w), 0.0), -len(w))))
    return frozenset(out)
