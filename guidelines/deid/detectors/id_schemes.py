"""Identity numbers of every python-stdnum scheme: the table data/id_schemes.txt, then the package's catalogue.

Each line of the table names a stdnum module and says whether a valid number stands alone (a strong
check: a date of birth inside the number and a check digit, or a check letter over 16-18 characters) or
needs an identity cue in the 40 characters before it (a one-in-ten check over nine digits). A number is
looked for in runs of capitals and digits joined by single separators (`RSSMRA85T10A562S`,
`103.362.636-86`, `8785 3262 4571`, `850312-6818`); every stretch of whole groups of the run is tried,
longest first, as the raw text and without its separators.

The table's lines are reviewed overrides. Every other scheme of the package (detectors/id_catalogue.py)
is evidence too: after its own name (its docstring's acronym as written, or its local name folded) at any
strength; after a generic identity cue only when its check is real (at most GENERIC_LIMIT of random
strings pass); alone when bench/deid/id_catalogue_rates.py measured at most 2 % and its docstring names
a person's number (no company, business, VAT, bank account… of data/id_org_words.txt). A word of
data/id_not_cues.txt ("lot", "batch", "barcode"…) in the window silences the generic cues, for the table's
schemes too ("numéro de lot 22105489" is no Argentine DNI). A catalogue scheme is tried only at the compact
lengths measured there (the pre-filter that keeps ~180 validators cheap).
"""

from __future__ import annotations

import contextlib
import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_ID_CHECKSUM, PRI_PHONE, Candidate
from guidelines.deid.detectors.id_catalogue import catalogue, measured, shared_words
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
ALONE_LIMIT = 0.02  # a catalogue scheme stands alone when at most this share of random strings pass
GENERIC_LIMIT = 0.15  # ...and a generic identity cue vouches for it up to this share (a real check)
_MAX_GROUPS = 8
# Below the phone detector: where it reads a phone (its own shapes and cues), the phone wins; many
# of these schemes' numbers are also valid phone numbers somewhere (a Swedish personnummer is a Florida
# number), and either label redacts the same characters.
_PRIORITY = PRI_PHONE - 1
# a number the phone detector read only in part ("55.761.453.4" of an NPWP) is taken whole, above
# the phone, when the scheme's own name precedes it
_OVER_PHONE = PRI_ID_CHECKSUM


@lru_cache(maxsize=1)
def _generic_set() -> frozenset[str]:
    """The generic identity cues: the hand list, and the words the package's docstrings share."""
    return frozenset({*_GENERIC_CUE, *shared_words()})


@dataclass(frozen=True, slots=True)
class Scheme:
    name: str
    module: ModuleType
    alone: bool
    cue: re.Pattern[str]  # the scheme's own words (and the generic cues when they count), folded
    acronym: re.Pattern[str] | None = None  # the scheme's acronyms, as written (case-sensitive)
    lengths: frozenset[int] | None = None  # compact lengths to try (None: any)
    generic: bool = True  # whether a generic identity cue vouches for it
    table: bool = True  # a reviewed line of id_schemes.txt (its "alone"/"cue" is kept as written)


_NEVER = re.compile(r"(?!x)x")


def _words_rx(words: set[str]) -> re.Pattern[str]:
    if not words:
        return _NEVER
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=1)
def _alone() -> tuple[Scheme, ...]:
    return tuple(s for s in schemes() if s.alone)


@lru_cache(maxsize=1)
def _any_cue_rx() -> re.Pattern[str]:
    names = {n for e in catalogue() for n in e.names}
    return _words_rx({*_generic_set(), *(c for s in _scheme_cues() for c in s), *names})


@lru_cache(maxsize=1)
def _any_acronym_rx() -> re.Pattern[str]:
    return _words_rx({a for e in catalogue() for a in e.acronyms})


@lru_cache(maxsize=1)
def _not_cue_rx() -> re.Pattern[str]:
    return _words_rx({fold(w) for w in read_lines(DATA_DIR / "id_not_cues.txt")})


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
    return (*out, *_catalogue_schemes({s.name for s in out}))


def _catalogue_schemes(in_table: set[str]) -> list[Scheme]:
    rates = measured()
    out = []
    for entry in catalogue():
        if entry.name in in_table or entry.name not in rates:
            continue
        rate, lengths = rates[entry.name]
        # a generic cue vouches only for a real check over a person's number: a company's, a VAT or a
        # bank number needs its own name ("pharmacy code 34009 301 234 5 6" is no Moldovan IDNO)
        generic = rate <= GENERIC_LIMIT and entry.personal
        cue = _words_rx({*(_generic_set() if generic else ()), *entry.names})
        acronym = _words_rx(set(entry.acronyms)) if entry.acronyms else None
        out.append(
            Scheme(
                entry.name,
                entry.module,
                entry.personal and rate <= ALONE_LIMIT,
                cue,
                acronym,
                lengths,
                generic,
                False,
            )
        )
    return out


def passes(module: ModuleType, value: str) -> bool:
    """The stdnum validator's verdict; one that chokes on odd input says "not this scheme"."""
    with contextlib.suppress(Exception):
        return bool(module.is_valid(value))
    return False


def _valid(value: str, schemes_: tuple[Scheme, ...]) -> tuple[Scheme, ...]:
    compact = _SEP.sub("", value)
    n = len(compact)
    return tuple(
        scheme
        for scheme in schemes_
        if (scheme.lengths is None or n in scheme.lengths)
        and (passes(scheme.module, value) or (compact != value and passes(scheme.module, compact)))
    )


def _vouched(scheme: Scheme, before: str, raw_before: str, not_id: bool) -> bool:
    """Whether the scheme's number is an identifier here: it stands alone, or a cue for it precedes it."""
    if scheme.alone:
        return True
    if scheme.acronym is not None and scheme.acronym.search(raw_before):
        return True
    if not not_id:
        return bool(scheme.cue.search(before))
    # a "lot", "batch", "barcode" in the window: only the scheme's own words count
    return _own_name(scheme, before, raw_before)


def _own_name(scheme: Scheme, before: str, raw_before: str) -> bool:
    """Whether the scheme's own acronym or local name (not a generic cue) is in the window."""
    if scheme.acronym is not None and scheme.acronym.search(raw_before):
        return True
    generic = _generic_set()
    return any(m.group() not in generic for m in scheme.cue.finditer(before))


def _before(text: str, start: int) -> str:
    return fold(text[max(0, start - _CUE_WINDOW) : start])


def detect_id_schemes(text: str, out: list[Candidate]) -> None:
    """ID_NUMBER candidates for the table's schemes (the text must hold a digit)."""
    # what a stronger detector already holds (phones, dates, checksummed or cued IDs) would win anyway
    strong = [(c.start, c.end, c.priority) for c in out if c.priority > _PRIORITY]
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
            start, end = run.start() + a, run.start() + b
            held = [(s, e, p) for s, e, p in strong if start < e and s < end]
            # a phone read strictly inside the piece may be overruled by the scheme's own name
            if any(p != PRI_PHONE or (s, e) == (start, end) for s, e, p in held):
                continue
            # without any identity cue before it, only the schemes that stand alone can match
            before = _before(text, start)
            raw_before = text[max(0, start - _CUE_WINDOW) : start]
            cued = _any_cue_rx().search(before) or _any_acronym_rx().search(raw_before)
            pool = schemes() if cued else _alone()
            not_id = bool(cued) and bool(_not_cue_rx().search(before))
            valid = _valid(piece, pool)
            if held:
                if any(_own_name(s, before, raw_before) for s in valid):
                    taken.append((a, b))
                    out.append(Candidate(start, end, "ID_NUMBER", _OVER_PHONE))
            elif any(_vouched(s, before, raw_before, not_id) for s in valid):
                taken.append((a, b))
                out.append(Candidate(start, end, "ID_NUMBER", _PRIORITY))
