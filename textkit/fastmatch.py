"""A literal pre-filter per regex: the needles every match contains, and a regex run only when they occur.

Checking many small regexes against one text is fast when each is skipped unless a literal it needs is
in the text (a C-level `in` test). `needles_of` reads the parsed regex (through `literals`, the one place
that touches Python's private `re._parser`); `FastRx` is one regex on lower-cased text, guarded by its
needles or by a whole word the caller looks up in the text's word set, with word boundaries checked in
Python after a match so that `re` keeps its fast literal-prefix search (IGNORECASE would disable it).
Used by the rule engine's lexicons; any core may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from textkit.literals import _C, _sre


def _literal_runs(items: Any) -> list[tuple[str, ...]]:
    """Any-of sets of literal strings, one of which each match must contain."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _C.SUBPATTERN:
            out.extend(_literal_runs(av[3]))
        elif op is _C.BRANCH:
            alts: list[str] = []
            for branch in av[1]:
                sets = [s for s in _literal_runs(branch) if min(len(x) for x in s) >= 2]
                if not sets:
                    alts = []
                    break
                alts.extend(max(sets, key=lambda s: min(len(x) for x in s)))
            if alts:
                out.append(tuple(alts))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            out.extend(_literal_runs(av[2]))
        elif op is _C.IN and len(av) == 1 and av[0][0] is _C.LITERAL:
            run.append(chr(av[0][1]))
    flush()
    return out


def needles_of(source: str) -> tuple[str, ...]:
    """The most selective any-of set of literals every match of a regex contains (() = none known)."""
    if _sre is None:  # pragma: no cover - every CPython from 3.11 has re._parser
        return ()
    try:
        parsed = _sre.parse(source, 0)
    except re.error:
        return ()
    sets = [s for s in _literal_runs(list(parsed)) if min(len(x.strip()) for x in s) >= 2]
    if not sets:
        return ()
    return max(sets, key=lambda s: (min(len(x.strip()) for x in s), -len(s)))


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class FastRx:
    """One regex on lower-cased text, run only when its needles (or its key word) occur."""

    __slots__ = ("needle", "needles", "rx", "whole_word", "word")

    def __init__(self, source: str, *, whole_word: bool = True, word: str = "") -> None:
        self.rx = re.compile(source)
        self.needles = needles_of(source)
        self.needle = self.needles[0] if len(self.needles) == 1 else ""
        self.whole_word = whole_word
        # A whole word every match contains, looked up in the text's word set (fastest filter).
        self.word = word

    def present(self, low: str, words: frozenset[str] | None = None) -> bool:
        """Cheap test: can this entry match at all?"""
        if self.word and words is not None:
            return self.word in words
        if self.needle:
            return self.needle in low
        return not self.needles or any(n in low for n in self.needles)

    def finditer(
        self, low: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches in the lower-cased text, with word boundaries checked."""
        if not self.present(low):
            return
        yield from self.scan(low, pos, endpos)

    def scan(self, low: str, pos: int, endpos: int | None) -> Iterator[re.Match[str]]:
        """Matches with word boundaries checked, without the presence test (the caller did it)."""
        end = len(low) if endpos is None else endpos
        for m in self.rx.finditer(low, pos, end):
            s, e = m.span()
            if self.whole_word and e > s:
                if _is_word(low[s]) and s > 0 and _is_word(low[s - 1]):
                    continue
                if _is_word(low[e - 1]) and e < len(low) and _is_word(low[e]):
                    continue
            yield m

    def search(self, low: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """First match, or None."""
        return next(self.finditer(low, pos, endpos), None)
