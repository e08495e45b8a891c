"""Phone numbers written as words ('oh seven seven double-oh…', 'zéro six, douze, trente-quatre…')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.base import Doc

_NUM_EN = {
    "zero": 0,
    "oh": 0,
    "o": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUM_FR = {
    "zéro": 0,
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
}
_NUM_WORDS = frozenset(_NUM_EN) | frozenset(_NUM_FR) - {"o", "un", "une"}
_NUM_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_NUM_SEP = re.compile(r"[\s,.\-/]*")


def _spelled_value(token: str) -> str | None:
    """The digits a number word (or hyphenated compound) stands for, or None."""
    if token.isdigit():
        return token
    parts = [p for p in token.split("-") if p != "et"]
    if parts and parts[0] in ("double", "triple"):
        inner = _spelled_value("-".join(parts[1:])) if len(parts) > 1 else None
        return inner * (2 if parts[0] == "double" else 3) if inner else None
    total, i, seen = 0, 0, False
    while i < len(parts):
        p = parts[i]
        if p == "quatre" and i + 1 < len(parts) and parts[i + 1] in ("vingt", "vingts"):
            total, i, seen = total + 80, i + 2, True
            continue
        value = _NUM_EN.get(p, _NUM_FR.get(p))
        if value is None:
            return None
        total, i, seen = total + value, i + 1, True
    return str(total) if seen else None


_NUM_ALT = "|".join(sorted((*_NUM_EN, *_NUM_FR, "double", "triple", "et"), key=len, reverse=True))
_NUM_ONE = rf"(?:{_NUM_ALT})(?:-(?:{_NUM_ALT}))*"
# Three or more number words in a row: the only places worth parsing.
_NUM_RUN = re.compile(rf"(?<![\w-]){_NUM_ONE}(?:[\s,./-]+(?:{_NUM_ONE}|\d+)){{2,}}(?![\w-])")


def find_spelled_phones(doc: Doc) -> Iterator[tuple[int, int]]:
    """Phone numbers written as words: runs of number words worth 9 to 15 digits."""
    if len(doc.word_set & _NUM_WORDS) < 2:
        return
    for m in _NUM_RUN.finditer(doc.low):
        yield from _parse_spelled(doc.low, m.start(), m.end())


def _parse_spelled(low: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Digits spelled between lo and hi, cut where a word is not a number."""
    run: list[str] = []
    run_start = run_end = -1
    repeat = 1

    def flush() -> Iterator[tuple[int, int]]:
        digits = "".join(run)
        # Plain digit runs are find_phones' business (with its helpline checks); words must carry the number.
        spelled = sum(1 for t in _NUM_TOKEN.findall(low[run_start:run_end]) if not t.isdigit())
        if 9 <= len(digits) <= 15 and spelled >= 3 and digits not in lx.HELPLINE_NUMBERS:
            yield run_start, run_end

    pos = lo
    for m in _NUM_TOKEN.finditer(low, lo, hi):
        token = m.group()
        joined = run and _NUM_SEP.fullmatch(low, pos, m.start()) is not None
        if token in ("double", "triple"):
            if not (run and joined):
                yield from flush()
                run, run_start = [], m.start()
            repeat = 2 if m.group() == "double" else 3
            pos = m.end()
            continue
        value = (
            _spelled_value(token) if token not in ("o", "un", "une") or (run and joined) else None
        )
        if value is None:
            yield from flush()
            run, repeat = [], 1
            pos = m.end()
            continue
        if not (run and joined) and not (repeat > 1 and run_start >= 0 and not run):
            yield from flush()
            run, run_start = [], m.start()
        run.append(value * repeat)
        repeat, run_end, pos = 1, m.end(), m.end()
    yield from flush()
