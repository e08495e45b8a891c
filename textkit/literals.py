"""Required literals of a regular expression, used to skip regexes that cannot match a text.

Python's re engine tries every alternative at every position, so scanning ~100 large alternations
over each text is slow. For each compiled pattern we compute a set S of plain strings such that
every match contains at least one string of S; when no string of S occurs in the text (a fast C
substring test), the regex is not run at all. The analysis only ever answers "no requirement"
(None) when unsure, so skipping never changes a result.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

Literals = frozenset[str] | None

try:  # re's own parser; private, so any failure only disables the optimisation
    _sre: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - every CPython from 3.11 has it
    _sre = None
    _C = None


# Strings found in nearly every text: a literal set containing one filters nothing.
# fmt: off
_COMMON = frozenset((
    "the", "and", "for", "with", "has", "have", "had", "his", "her", "him", "she", "he", "my",
    "me", "in", "on", "at", "to", "of", "is", "are", "was", "were", "be", "been", "it", "its",
    "this", "that", "not", "no", "but", "or", "so", "up", "down", "out", "off", "over", "left",
    "right", "going", "get", "got", "can", "can't", "could", "would", "like", "just", "now",
    "very", "really", "all", "one", "two", "some", "when", "what", "how", "you", "your", "our",
    "they", "them", "from", "after", "about", "into", "than", "then", "also", "still", "will",
    "de", "la", "le", "les", "des", "du", "un", "une", "et", "au", "aux", "en", "dans", "sur",
    "pour", "par", "avec", "pas", "plus", "ne", "que", "qui", "il", "elle", "je", "j'ai", "mon",
    "ma", "mes", "son", "sa", "ses", "est", "c'est", "fait", "mal", "tres", "a", "y", "l'", "d'",
    "s'", "n'", "qu'", "m'",
))
# fmt: on


def _weak(literal: str) -> bool:
    core = literal.strip(" ,")
    return len(core) < 3 or core in _COMMON


def _score(literals: frozenset[str]) -> tuple[bool, int, int]:
    # Prefer sets without common words, then the longest shortest member, then fewer members.
    return (
        not any(_weak(s) for s in literals),
        min(len(s) for s in literals),
        -len(literals),
    )


def _better(a: Literals, b: Literals) -> Literals:
    if a is None:
        return b
    if b is None:
        return a
    return b if _score(b) > _score(a) else a


def _leading(items: Any) -> str:
    """The literal characters every match of items starts with."""
    out = []
    for op, av in items:
        if op is not _C.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _required(items: Any) -> Literals:
    best: Literals = None
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run and op is _C.BRANCH:
            # re factors a shared first letter out of alternatives ("a(?:vc|ccident ...)"):
            # glue it back on so the literals stay long and selective.
            leads = [_leading(branch) for branch in av[1]]
            if all(leads):
                prefix = "".join(run)
                best = _better(best, frozenset(prefix + lead for lead in leads))
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is _C.SUBPATTERN:
            best = _better(best, _required(av[-1]))
        elif op is _C.ATOMIC_GROUP:
            best = _better(best, _required(av))
        elif op is _C.BRANCH:
            subs = [_required(branch) for branch in av[1]]
            if subs and all(s is not None for s in subs):
                best = _better(best, frozenset().union(*(s for s in subs if s is not None)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _required(sub))
        # Anything else (classes, lookarounds, anchors) consumes no known literal.
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def required_literals(pattern: str) -> Literals:
    """Strings of which every match of pattern contains one, or None when unknown."""
    if _sre is None:
        return None
    try:
        found = _required(_sre.parse(pattern))
    except Exception:
        return None
    if found is None or "" in found:
        return None
    return found


def may_match(literals: Literals, present: frozenset[str]) -> bool:
    """False only when the text (whose literals are present) cannot contain a match."""
    return literals is None or not literals.isdisjoint(present)


def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of words, shaped as a trie so each position costs O(depth)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional: the longest literal at a position is the one reported.
        return f"(?:{body})?" if ends else body

    return build(trie)


class LiteralIndex:
    """Finds in one pass which of many literals occur in a text."""

    def __init__(self, sets: Iterable[Literals]) -> None:
        universe = sorted({s for lits in sets if lits is not None for s in lits})
        known = set(universe)
        # A position reports only its longest literal; the shorter ones that start there are its
        # prefixes, so each literal carries the literals that are its prefixes.
        self._prefixes = {
            word: frozenset(word[:k] for k in range(1, len(word) + 1) if word[:k] in known)
            for word in universe
        }
        self._regex = re.compile(f"(?=({_trie_regex(universe)}))") if universe else None

    def present(self, text: str) -> frozenset[str]:
        """The indexed literals that occur in text."""
        if self._regex is None:
            return frozenset()
        found = set(self._regex.findall(text))
        return frozenset().union(*(self._prefixes[f] for f in found))


def usable(literals: Literals, min_length: int = 3) -> Literals:
    """Drop literal sets too weak to filter anything (a short or very common member)."""
    if literals is None or min(len(s) for s in literals) < min_length:
        return None
    if min_length >= 3 and any(_weak(s) for s in literals):
        return None
    return literals
