"""Fast lexicon matching: one regex per entry on the lower-cased text, guarded by cheap literal tests.

The per-regex pre-filter (`FastRx`, `needles_of`) lives in `textkit.fastmatch`, shared by every core;
this module adds what needs the checked answer (`Doc`): memoised presence tests and merged spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import cast

from guidelines.engine.textdoc import _WORD_LOW, Doc, lower_same_length
from textkit.fastmatch import FastRx, needles_of

__all__ = ["FastRx", "Lexicon", "needles_of", "phrase_source"]

# Checking must take a few milliseconds for 200 rules, and Python's re tries every branch of
# a big alternation at every position.  So every lexicon entry is compiled on its own
# (`textkit.fastmatch.FastRx`), against the lower-cased text, and is only run when one of its
# required literal words occurs in the text; the word-keyed entries are found by one set
# intersection with the answer's words.


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
            found.extend(m.span() for m in entry.scan(low, pos, endpos))
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
