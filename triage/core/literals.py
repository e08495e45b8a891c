"""Required literals of a regular expression, used to skip regexes that cannot match a text.

Python's re engine tries every alternative at every position, so scanning ~100 large alternations
over each text is slow. For each compiled pattern we compute a set S of plain strings such that
every match contains at least one string of S; when no string of S occurs in the text (a fast C
substring test), the regex is not run at all. The analysis only ever answers "no requirement"
(None) when unsure, so skipping never changes a result.
"""

from __future__ import annotations

import importlib
from typing import Any

Literals = frozenset[str] | None

try:  # re's own parser; private, so any failure only disables the optimisation
    _sre: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - every CPython from 3.11 has it
    _sre = None
    _C = None


def _score(literals: frozenset[str]) -> tuple[int, int]:
    # The shortest member bounds how selective the set is; fewer members is cheaper to test.
    return (min(len(s) for s in literals), -len(literals))


def _better(a: Literals, b: Literals) -> Literals:
    if a is None:
        return b
    if b is None:
        return a
    return b if _score(b) > _score(a) else a


def _required(items: Any) -> Literals:
    best: Literals = None
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
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
    except Exception:  # noqa: BLE001 - an unexpected parse shape only disables the shortcut
        return None
    if found is None or "" in found:
        return None
    return found


def may_match(literals: Literals, text: str) -> bool:
    """False only when the text cannot contain a match."""
    return literals is None or any(s in text for s in literals)
