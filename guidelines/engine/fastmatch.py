"""Fast lexicon matching: one regex per entry on the lower-cased text, guarded by cheap literal tests."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

from guidelines.engine.textdoc import _WORD_LOW, Doc, lower_same_length

# Checking must take a few milliseconds for 200 rules, and Python's re tries every branch of
# a big alternation at every position.  So every lexicon entry is compiled on its own,
# against the lower-cased text (no IGNORECASE, which disables re's literal search), and is
# only run when one of its required literal words occurs in the text ("needles", found by
# reading the parsed regex).  Word boundaries are checked in Python after a match, which
# keeps the literal prefix that makes re's search fast.

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


def _literal_runs(items: Any) -> list[tuple[str, ...]]:
    """Any-of sets of literal strings, one of which each match must contain."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            out.extend(_literal_runs(av[3]))
        elif op is _c.BRANCH:
            alts: list[str] = []
            for branch in av[1]:
                sets = [s for s in _literal_runs(branch) if min(len(x) for x in s) >= 2]
                if not sets:
                    alts = []
                    break
                alts.extend(max(sets, key=lambda s: min(len(x) for x in s)))
            if alts:
                out.append(tuple(alts))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            out.extend(_literal_runs(av[2]))
        elif op is _c.IN and len(av) == 1 and av[0][0] is _c.LITERAL:
            run.append(chr(av[0][1]))
    flush()
    return out


def needles_of(source: str) -> tuple[str, ...]:
    """The most selective any-of set of literals every match of a regex contains ('' = none)."""
    try:
        parsed = _parser.parse(source, 0)
    except re.error:
        return ()
    sets = [s for s in _literal_runs(list(parsed)) if min(len(x.strip()) for x in s) >= 2]
    if not sets:
        return ()
    return max(sets, key=lambda s: (min(len(x.strip()) for x in s), -len(s)))


def _is_word(ch: str) -> bool:
    return ch.isalnum()


class FastRx:
    """One lexicon entry: a regex on the lower-cased text, run only when its needles occur."""

    __slots__ = ("needle", "needles", "rx", "whole_word", "word")

    def __init__(self, source: str, *, whole_word: bool = True, word: str = "") -> None:
        self.rx = re.compile(source)
        self.needles = needles_of(source)
        self.needle = self.needles[0] if len(self.needles) == 1 else ""
        self.whole_word = whole_word
        # A whole word every match contains, looked up in the answer's word set (fastest filter).
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
        yield from self._scan(low, pos, endpos)

    def _scan(self, low: str, pos: int, endpos: int | None) -> Iterator[re.Match[str]]:
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


class Lexicon:
    """Many regex sources or literal phrases, matched fast; overlapping matches are merged."""

    def __init__(
        self, sources: Iterable[str], *, literal: bool = False, whole_word: bool = True
    ) -> None:
        entries: list[FastRx] = []
        for src in dict.fromkeys(s for s in sources if s and s.strip()):
            word = ""
            if literal:
                src, tokens = phrase_source(src), _phrase_tokens(src)
                if whole_word and tokens:
                    word = max(tokens, key=len)
            entries.append(FastRx(src, whole_word=whole_word, word=word))
        self.entries = tuple(entries)
        # Entries keyed by a whole word are found by one set intersection with the answer's words.
        by_word: dict[str, list[FastRx]] = {}
        for entry in entries:
            if entry.word:
                by_word.setdefault(entry.word, []).append(entry)
        self._by_word = {w: tuple(es) for w, es in by_word.items()}
        self._word_keys = frozenset(by_word)
        self._others = tuple(e for e in entries if not e.word)
        self._last: tuple[str, tuple[FastRx, ...]] | None = None

    def _present(self, target: Doc | str) -> tuple[str, tuple[FastRx, ...]]:
        """The lower-cased text and the entries that can match it (memoised per checked answer)."""
        if not isinstance(target, Doc):
            # Callers scan many windows of one text: keep the last text's answer (held, so `is` is safe).
            last = self._last
            if last is not None and last[0] is target:
                return last
            last = self._last = (target, tuple(e for e in self.entries if e.present(target)))
            return last
        key = (self, "present")
        cached = target.memo.get(key)
        if cached is None:
            low = target.low
            # Word first, then the needle test the entry's own finditer would make.
            hit = [
                e
                for w in self._word_keys & target.word_set
                for e in self._by_word[w]
                if e.present(low)
            ]
            hit.extend(e for e in self._others if e.present(low))
            cached = target.memo[key] = tuple(hit)
        return target.low, cached  # type: ignore[return-value]

    def __bool__(self) -> bool:
        return bool(self.entries)

    def spans(
        self, target: Doc | str, pos: int = 0, endpos: int | None = None
    ) -> list[tuple[int, int]]:
        """Non-overlapping match spans (longest first at each start), in order."""
        if not self.entries:
            return []
        memo_key = None
        if isinstance(target, Doc):
            # Several rules of a kind share a lexicon: compute its spans once per checked answer.
            memo_key = (self, pos, endpos)
            cached = target.memo.get(memo_key)
            if cached is not None:
                return list(cast("tuple[tuple[int, int], ...]", cached))
        low, entries = self._present(target)
        found: list[tuple[int, int]] = []
        for entry in entries:
            found.extend(m.span() for m in entry._scan(low, pos, endpos))
        if len(found) < 2:
            if memo_key is not None:
                target.memo[memo_key] = tuple(found)  # type: ignore[union-attr]
            return found
        found.sort(key=lambda se: (se[0], -se[1]))
        merged: list[tuple[int, int]] = []
        for s, e in found:
            if merged and s < merged[-1][1]:
                continue
            merged.append((s, e))
        if memo_key is not None:
            target.memo[memo_key] = tuple(merged)  # type: ignore[union-attr]
        return merged

    def search(
        self, target: Doc | str, pos: int = 0, endpos: int | None = None
    ) -> tuple[int, int] | None:
        """The first match span, or None."""
        spans = self.spans(target, pos, endpos)
        return spans[0] if spans else None


def _phrase_tokens(phrase: str) -> list[str]:
    from guidelines.engine.normalise import normalise

    return _WORD_LOW.findall(lower_same_length(normalise(phrase.strip()).text))


def phrase_source(phrase: str) -> str:
    """Regex source for a literal phrase on normalised, lower-cased text (flexible spaces)."""
    from guidelines.engine.normalise import normalise

    norm = lower_same_length(normalise(phrase.strip()).text)
    return r"\s+".join(re.escape(w) for w in norm.split())
