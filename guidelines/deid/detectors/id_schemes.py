"""Identity numbers of the countries listed in data/id_schemes.txt, validated by python-stdnum.

Each line of the table names a stdnum module and says whether a valid number stands alone (a strong
check: a date of birth inside the number and a check digit, or a check letter over 16-18 characters) or
needs an identity cue in the 40 characters before it (a one-in-ten check over nine digits). A number is
looked for in runs of capitals and digits joined by single separators (`RSSMRA85T10A562S`,
`103.362.636-86`, `8785 3262 4571`, `850312-6818`); every stretch of whole groups of the run is tried,
longest first, as the raw text and without its separators.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_PHONE, Candidate
from textkit.folding import fold
from textkit.lists import read_lines

_RUN = re.compile(r"(?<![\w@/.-])[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){6,40}(?![\w@])")
_SEP = re.compile(r"[ .\-/]")
_GENERIC_CUE = [
    *("number", "no", "n°", "nº", "num", "numéro", "numero", "id", "identity", "identité"),
    *("identite", "card", "carte", "insurance", "assurance", "national", "nationale"),
    *("registration", "passport", "passeport"),
]
_CUE_WINDOW = 40
_MAX_GROUPS = 8
# Below the phone detector: where it reads a phone (its own shapes and cues), the phone wins; many
# of these schemes' numbers are also valid phone numbers somewhere (a Swedish personnummer is a Florida
# number), and either label redacts the same characters.
_PRIORITY = PRI_PHONE - 1


@dataclass(frozen=True, slots=True)
class Scheme:
    name: str
    module: ModuleType
    alone: bool
    cue: re.Pattern[str]  # the generic identity cues and the scheme's own words, as whole words


def _words_rx(words: set[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=1)
def _alone() -> tuple[Scheme, ...]:
    return tuple(s for s in schemes() if s.alone)


@lru_cache(maxsize=1)
def _any_cue_rx() -> re.Pattern[str]:
    return _words_rx({*_GENERIC_CUE, *(c for s in _scheme_cues() for c in s)})


@lru_cache(maxsize=1)
def _scheme_cues() -> tuple[tuple[str, ...], ...]:
    out = []
    for line in read_lines(DATA_DIR / "id_schemes.txt"):
        rest = line.split(None, 2)[2:]
        out.append(
            tuple(fold(c.strip()) for c in (rest[0] if rest else "").split(",") if c.strip())
        )
    return tuple(out)


@lru_cache(maxsize=1)
def schemes() -> tuple[Scheme, ...]:
    """The table, each module imported once (a missing module is an error: the table is reviewed data)."""
    out = []
    lines = read_lines(DATA_DIR / "id_schemes.txt")
    for line, cues in zip(lines, _scheme_cues(), strict=True):
        name, when = line.split(None, 2)[:2]
        if when not in ("alone", "cue"):
            raise ValueError(f"id_schemes.txt: {name}: 'alone' or 'cue', not {when!r}")
        module = importlib.import_module(f"stdnum.{name}")
        out.append(Scheme(name, module, when == "alone", _words_rx({*_GENERIC_CUE, *cues})))
    return tuple(out)


def passes(module: ModuleType, value: str) -> bool:
    """The stdnum validator's verdict; one that chokes on odd input says "not this scheme"."""
    with contextlib.suppress(Exception):
        return bool(module.is_valid(value))
    return False


def _valid(value: str, schemes_: tuple[Scheme, ...]) -> tuple[Scheme, ...]:
    compact = _SEP.sub("", value)
    return tuple(
        scheme
        for scheme in schemes_
        if passes(scheme.module, value) or (compact != value and passes(scheme.module, compact))
    )


def _before(text: str, start: int) -> str:
    return fold(text[max(0, start - _CUE_WINDOW) : start])


def detect_id_schemes(text: str, out: list[Candidate]) -> None:
    """ID_NUMBER candidates for the table's schemes (the text must hold a digit)."""
    # what a stronger detector already holds (phones, dates, checksummed or cued IDs) would win anyway
    strong = [(c.start, c.end) for c in out if c.priority > _PRIORITY]
    for run in _RUN.finditer(text):
        value = run.group()
        if sum(c.isdigit() for c in value) < 6:
            continue
        # the run's space-separated groups (dots, dashes and slashes stay inside a group: a stretch
        # never cuts "QC-2291-5540" or "103.362.636-86")
        groups = [(m.start(), m.end()) for m in re.finditer(r"\S+", value)]
        if len(groups) > _MAX_GROUPS:
            continue
        digits_only = [
            value[a:b].replace(".", "").replace("-", "").replace("/", "").isdigit()
            for a, b in groups
        ]
        stretches = sorted(
            ((i, j) for i in range(len(groups)) for j in range(i, len(groups))),
            key=lambda ij: ij[0] - ij[1],
        )
        taken: list[tuple[int, int]] = []
        for i, j in stretches:
            # never a part of a number written in groups ("4521 8890 1234" is one number or none)
            if (i > 0 and digits_only[i - 1]) or (j < len(groups) - 1 and digits_only[j + 1]):
                continue
            a, b = groups[i][0], groups[j][1]
            piece = value[a:b]
            if len(_SEP.sub("", piece)) < 8 or sum(c.isdigit() for c in piece) < 6:
                continue
            if any(a < tb and ta < b for ta, tb in taken):
                continue
            start = run.start() + a
            if any(start < e and s < run.start() + b for s, e in strong):
                continue
            # without any identity cue before it, only the schemes that stand alone can match
            before = _before(text, start)
            pool = schemes() if _any_cue_rx().search(before) else _alone()
            if any(s.alone or s.cue.search(before) for s in _valid(piece, pool)):
                taken.append((a, b))
                out.append(Candidate(start, run.start() + b, "ID_NUMBER", _PRIORITY))
