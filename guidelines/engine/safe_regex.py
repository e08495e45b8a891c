"""Validation of committee-supplied regular expressions so that none can hang the engine.

Python's ``re`` backtracks and has no timeout, so the engine bounds the work statically:
the pattern is parsed with the stdlib parser and, for every start position, the number of
ways the pattern can try to match (its backtracking paths) is estimated.  Nested
quantifiers such as ``(a+)+`` or ``(a|aa)*`` have an exponential count and are refused;
backreferences and conditionals are refused outright.  Unbounded repeats are counted as
the length of the segment they run on: pattern rules are applied sentence by sentence, on
segments of at most ``SEGMENT_CHARS`` characters, so the work per check is at most
``segments * SEGMENT_CHARS * MAX_WORK`` regex steps whatever the text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

# The stdlib regex parser (private since Python 3.11, which Bridge requires; no stubs).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

MAX_PATTERN_CHARS = 300
SEGMENT_CHARS = 200
MAX_WORK = 2_000
MAX_CHECKED_CHARS = 20_000

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ALLOWED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE


class UnsafePattern(ValueError):
    """The pattern is invalid or could backtrack catastrophically."""


# A sample alphabet to compare the characters two pattern items can match.
_SAMPLE = [chr(c) for c in range(32, 127)] + list("\n\téèêàâçôûùîïœÉÈÀÇ€£°µ’«»–—…")
_WORD_SAMPLE = frozenset(c for c in _SAMPLE if re.match(r"\w", c))
_ALL = frozenset(_SAMPLE)


def _single_char_set(op: Any, av: Any, ignore_case: bool) -> frozenset[str] | None:
    """The sample characters a one-character item matches, or None if it is not one."""
    if op is _c.LITERAL:
        ch = chr(av)
        return frozenset({ch, ch.lower(), ch.upper()} if ignore_case else {ch})
    if op is _c.NOT_LITERAL:
        ch = chr(av)
        bad = {ch, ch.lower(), ch.upper()} if ignore_case else {ch}
        return _ALL - bad
    if op is _c.ANY:
        return _ALL - {"\n"}
    if op in (_c.IN, _c.CATEGORY):
        src = _c.IN if op is _c.IN else None
        items = av if src else [(_c.CATEGORY, av)]
        try:
            rx = re.compile(_unparse_class(items), re.IGNORECASE if ignore_case else 0)
        except (re.error, ValueError):
            return _ALL
        return frozenset(c for c in _SAMPLE if rx.match(c))
    return None


def _unparse_class(items: Any) -> str:
    cats = {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
    }
    out = []
    neg = ""
    for op, av in items:
        if op is _c.NEGATE:
            neg = "^"
        elif op is _c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY:
            out.append(cats.get(av, r"\w"))
        else:
            raise ValueError(op)
    return "[" + neg + "".join(out) + "]"


def _first_set(items: Any, i: int, ignore_case: bool, top: bool) -> frozenset[str]:
    """Sample characters that can start the rest of a sequence from item i."""
    out: set[str] = set()
    while i < len(items):
        op, av = items[i]
        if op is _c.AT:
            i += 1
            continue
        one = _single_char_set(op, av, ignore_case)
        if one is not None:
            return frozenset(out | one)
        if op in _REPEATS and av[0] == 0:
            out |= _first_set(av[2], 0, ignore_case, False)
            i += 1
            continue
        if op in _REPEATS:
            return frozenset(out | _first_set(av[2], 0, ignore_case, False))
        if op is _c.SUBPATTERN:
            return frozenset(out | _first_set(av[3], 0, ignore_case, False))
        if op is _c.BRANCH:
            for b in av[1]:
                out |= _first_set(b, 0, ignore_case, False)
            return frozenset(out)
        return _ALL
    # End of the pattern: the match succeeds at once, no backtracking into the repeat.
    return frozenset(out) if top else _ALL


def _cost(
    items: Any, depth: int = 0, ignore_case: bool = True, top: bool = False
) -> tuple[int, int]:
    """(paths, work) for a parsed sequence, per start position.

    ``paths`` bounds the ways the sequence can end (each one a continuation for what follows);
    ``work`` bounds the regex steps spent inside it.  A greedy one-character repeat whose
    next item cannot start with one of its characters ("[a-z]+ ", "\\w+\\b") gives a single
    continuation but costs its width in steps.
    """
    paths, work = 1, 0
    cap = MAX_WORK * 1000
    for i, (op, av) in enumerate(items):
        p, w = _node_cost(op, av, depth, ignore_case)
        if p > 1 and op in _REPEATS and len(av[2]) == 1:
            body_op, body_av = av[2][0]
            body = _single_char_set(body_op, body_av, ignore_case)
            if body is not None:
                nxt = items[i + 1] if i + 1 < len(items) else None
                if (
                    nxt is not None
                    and nxt[0] is _c.AT
                    and nxt[1] in (_c.AT_BOUNDARY, _c.AT_END, _c.AT_END_STRING)
                    and body <= _WORD_SAMPLE
                ) or not (body & _first_set(items, i + 1, ignore_case, top)):
                    p = 1
        if top and i == len(items) - 1 and op in _REPEATS:
            # A final repeat ends the match as soon as one path reaches it: no multiplication.
            work = min(work + paths + w, cap)
        else:
            work = min(work + paths * w, cap)
        paths = min(paths * p, cap)
    return paths, work


def _node_cost(op: Any, av: Any, depth: int, ignore_case: bool = True) -> tuple[int, int]:
    if depth > 50:
        raise UnsafePattern("The pattern is nested too deeply.")
    if op in _REPEATS:
        lo, hi, body = av
        inner, inner_work = _cost(body, depth + 1, ignore_case)
        width = SEGMENT_CHARS if hi == _c.MAXREPEAT else max(1, min(hi, SEGMENT_CHARS) - lo + 1)
        top = SEGMENT_CHARS if hi == _c.MAXREPEAT else min(hi, SEGMENT_CHARS)
        if inner > 1 and top > 1:
            # Each iteration can split its input in `inner` ways: exponential in the count.
            if inner ** min(top, 64) > MAX_WORK:
                raise UnsafePattern(
                    "Nested or ambiguous quantifiers such as (a+)+ or (a|aa)* are not allowed: "
                    "they can take exponential time."
                )
            paths = int(inner**top) * width
            return paths, paths * max(1, inner_work)
        return inner * width, top * max(1, inner_work) * inner
    if op is _c.SUBPATTERN:
        return _cost(av[3], depth + 1, ignore_case)
    if op is _c.BRANCH:
        costs = [_cost(b, depth + 1, ignore_case) for b in av[1]]
        return sum(c[0] for c in costs), sum(c[1] for c in costs)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        p, w = _cost(av[1], depth + 1, ignore_case)
        return 1, p * w
    if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
        raise UnsafePattern("Backreferences and conditional groups are not allowed.")
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return 1, _cost(av, depth + 1, ignore_case)[1]
    return 1, 1


def _walk(items: Any) -> Iterator[tuple[Any, Any]]:
    for op, av in items:
        yield op, av
        if op in _REPEATS:
            yield from _walk(av[2])
        elif op is _c.SUBPATTERN:
            yield from _walk(av[3])
        elif op is _c.BRANCH:
            for b in av[1]:
                yield from _walk(b)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            yield from _walk(av[1])


def compile_safe(pattern: object, *, ignore_case: bool = True) -> re.Pattern[str]:
    """Validate a committee pattern and compile it; raise UnsafePattern with a plain message."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise UnsafePattern("The pattern is empty.")
    if len(pattern) > MAX_PATTERN_CHARS:
        raise UnsafePattern(f"The pattern is longer than {MAX_PATTERN_CHARS} characters.")
    flags = re.IGNORECASE if ignore_case else 0
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error as exc:
        raise UnsafePattern(f"The pattern is not a valid regular expression: {exc}.") from exc
    state = getattr(parsed, "state", None)
    if state is not None and getattr(state, "flags", 0) & ~_ALLOWED_FLAGS & ~re.ASCII:
        raise UnsafePattern("Only the i, m and s inline flags are allowed.")
    if state is not None and getattr(state, "flags", 0) & re.VERBOSE:
        raise UnsafePattern("Verbose mode is not allowed.")
    for op, _av in _walk(parsed):
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            raise UnsafePattern("Backreferences and conditional groups are not allowed.")
    paths, work = _cost(list(parsed), 0, ignore_case, True)
    if max(paths, work) > MAX_WORK:
        raise UnsafePattern(
            "The pattern has too many ways to match (several unbounded repeats such as "
            "'.*a.*b'); bound the repeats, e.g. '.{0,40}'."
        )
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:  # pragma: no cover - parse succeeded above
        raise UnsafePattern(f"The pattern is not a valid regular expression: {exc}.") from exc
    if compiled.search("") is not None:
        raise UnsafePattern("The pattern matches empty text, so it would match everywhere.")
    return compiled


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


def segments(text: str) -> Iterator[tuple[int, int]]:
    """Split text (capped) into sentence-like segments of at most SEGMENT_CHARS characters."""
    limit = min(len(text), MAX_CHECKED_CHARS)
    pos = 0
    while pos < limit:
        m = _SENTENCE_END.search(text, pos, limit)
        end, nxt = (m.start(), m.end()) if m else (limit, limit)
        while end - pos > SEGMENT_CHARS:
            cut = text.rfind(" ", pos + SEGMENT_CHARS // 2, pos + SEGMENT_CHARS)
            if cut <= pos:
                cut = pos + SEGMENT_CHARS
            yield pos, cut
            pos = cut
        if end > pos:
            yield pos, end
        pos = max(nxt, pos + 1)
