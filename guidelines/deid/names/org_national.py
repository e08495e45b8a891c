"""National and public bodies named alone (deid52): "the DWP", HMRC, « Pôle emploi », RAMQ, "Court of Protection".

The convention of 2026-12-08 (the lead): privacy first, a named organisation is hidden whether local or national,
as the newest held-out sets label it; the older gold left a national body named alone visible (deid47, deid49),
and the patient's preview lets them restore it. The names are in `data/national_bodies.txt`, by country, written
as the texts write them: case-sensitive and whole words, so "the housing office" or a caps-lock "ONE OF THE
NURSES" stays. A line starting with `^` (ONE, HUG, ASE, ADEM: English words or medical acronyms when bare) is
taken only after a French article or preposition (« l'ONE », « aux HUG »).

`[of_kinds]`: a kind word opening a body's name before "of"/"for" and capitalised words ("Court of Protection",
"Office of the Public Guardian", "Department for Work and Pensions"); never a medical department — a word of the
complement that is medical (the medical lexicon, or a ward or speciality of `[not_complement]`) keeps the phrase
readable ("Department of Cardiology", "Department of Emergency Medicine").

Left out on purpose (see the data file): emergency services and helplines that the patient guidance names and
the answer check needs readable (SAMU, 15, 999, NHS 111), NHS alone (a cue: "NHS number"), medical acronyms.
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import Gazetteers, _read
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from guidelines.deid.detectors.text_gates import gate_words, has_raw_word
from guidelines.deid.names.org_units import _alt
from textkit.folding import fold
from textkit.lists import sections

_B = r"(?<![\w&-])(?<!\w\w['’])"  # « l'UDAF », never "Smith's"
_E = r"(?![\w'’-]|&\w)"
_ARTICLE = r"(?:(?<![\w'’])[lLdD]['’]|(?<![\w'’])(?:[Ll]es?|[Ll]a|[Aa]ux?|[Dd]es|[Dd]u|à)[ \t]+)"
_CAP = r"(?:[A-ZÀ-ÖØ-Ý][\w'’]*(?:-[\w'’]+)*)"
_JOIN = r"(?:[ \t]+(?:and|&|of|of[ \t]+the|for)[ \t]+|,[ \t]+|[ \t]+)"


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    return sections(_read("national_bodies.txt"))


def body_names() -> tuple[str, ...]:
    """Every body named alone (without the `^` mark), for the tests and the floors' verification script."""
    skip = ("of_kinds", "not_complement")
    return tuple(n.lstrip("^") for k, v in _sections().items() if k not in skip for n in v)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    s = _sections()
    names = [n for k, v in s.items() if k not in ("of_kinds", "not_complement") for n in v]
    bare = tuple(n for n in names if not n.startswith("^"))
    marked = tuple(n[1:] for n in names if n.startswith("^"))
    kinds = _alt(s["of_kinds"])
    return (
        re.compile(rf"{_B}(?:{_alt(bare)}){_E}"),
        re.compile(rf"{_ARTICLE}(?P<name>{_alt(marked)}){_E}"),
        re.compile(rf"{_B}(?:{kinds})[ \t]+(?:the[ \t]+)?{_CAP}(?:{_JOIN}{_CAP}){{0,5}}{_E}"),
    )


@cache
def _gates() -> tuple[frozenset[str] | None, ...]:
    """deidperf9: a case-sensitive gate word for each grammar of `_patterns` (its names or kinds are matched
    literally with no word character on either side)."""
    s = _sections()
    names = [n for k, v in s.items() if k not in ("of_kinds", "not_complement") for n in v]
    bare = [n for n in names if not n.startswith("^")]
    marked = [n[1:] for n in names if n.startswith("^")]
    return tuple(gate_words(x, lower=False) for x in (bare, marked, s["of_kinds"]))


def _open(text: str, gate: frozenset[str] | None) -> bool:
    return gate is None or has_raw_word(text, gate)


@cache
def _not_complement() -> frozenset[str]:
    return frozenset(fold(w) for w in _sections().get("not_complement", ()))


def _trim(text: str, start: int, end: int) -> int:
    """Never end on a joining word ("Department of Health and" → "Department of Health")."""
    while m := re.search(r"(?:[ \t]+(?:and|&|of|of[ \t]+the|for|the)|,)$", text[start:end]):
        end = start + m.start()
    return end


def detect_national_bodies(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append each body of the module docstring."""
    bare, marked, kinds = _patterns()
    g_bare, g_marked, g_kinds = _gates()
    for m in bare.finditer(text) if _open(text, g_bare) else ():
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in marked.finditer(text) if _open(text, g_marked) else ():
        out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_ORG_HEAD))
    stop = _not_complement()
    for m in kinds.finditer(text) if _open(text, g_kinds) else ():
        end = _trim(text, m.start(), m.end())
        words = [fold(w) for w in re.findall(r"[\w'’-]+", text[m.start() : end])]
        if any(w in g.medical or w in stop for w in words[2:]):
            continue  # a hospital's department or ward, not a body
        out.append(Candidate(m.start(), end, "ORGANIZATION", PRI_ORG_HEAD))
