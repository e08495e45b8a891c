"""Public bodies hidden whole (deid49, issue 9): named by a kind word and an area, or with the "for"/"of"
tail of their name.

On fresh text a fifth of the gold organisations left a word visible: bodies named by a kind word and an area
("Housing NSW", "Social Security Scotland", "Alberta Supports", « Retraite Québec », « Cap emploi 59 ») leaked
whole, and names whose head was hidden kept their tail visible ("[Harrowgate Centre] for Eating Disorders").
Words in `data/public_bodies.txt` (sections there); the areas are pycountry's countries and subdivisions in
English and French (`data/body_areas.txt`, derived at build time by `bench/deid/derive_body_areas.py`).

Everything is case-sensitive as written ("the housing in Scotland" stays). A département's number after a kind
is never a quantity (« MDPH 20 jours »). A tail after a closing kind needs the name before it to hold a word
that is a person's name or no ordinary word (`org_units._unknown_word`: "the Royal Centre for …" is not enough,
"Children's Hospital" alone opens nothing). A national body named alone: `names/org_national.py` (deid52, the
convention of 2026-12-08), called from here.
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import Gazetteers, _read
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from guidelines.deid.detectors.text_gates import gate_words, has_raw_word
from guidelines.deid.names.org_national import detect_national_bodies
from guidelines.deid.names.org_units import _alt, _unknown_word
from textkit.folding import fold
from textkit.lists import sections

_CAP = r"(?:[A-ZÀ-ÖØ-Ý][\w'’]*(?:-[\w'’]+)*)"
_RUN = rf"{_CAP}(?:(?:[ \t]+(?:and|&|of|of[ \t]+the|for)[ \t]+|[ \t]+){_CAP}){{0,4}}"
# a number of a département after a kind, never a quantity (« CAF 13 », not « MDPH 20 jours »)
_DEPT = (
    r"(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])(?![\w,.]\d)"
    r"(?![ \t]*(?:%|€|ans?\b|h\b|jours?\b|mois\b|euros?\b|mg\b|min\b|fois\b))"
)
_B = r"(?<![\w'’-])"
_E = r"(?![\w'’-])"


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    return sections(_read("public_bodies.txt"))


@cache
def _areas() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every area, and the subdivisions alone (marked `*` in the data file)."""
    rows = [ln.split("\t") for ln in _read("body_areas.txt")]
    return tuple(r[0] for r in rows), tuple(r[0] for r in rows if r[1:] == ["*"])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    s = _sections()
    areas = _alt(_areas()[0])
    return {
        "after": re.compile(rf"{_B}(?:{_alt(s['area_after'])})[ \t]+(?:{areas}){_E}"),
        "before": re.compile(rf"{_B}(?:{areas})[ \t]+(?:{_alt(s['area_before'])}){_E}"),
        # a region's court or department by its subdivision ("Court of Appeal of Alberta", "Supreme Court of
        # Victoria", "Department of Communities of Tasmania"); never a country's ("Supreme Court of Canada")
        "region": re.compile(
            rf"{_B}(?:{_alt(s['of_region'])})(?:[ \t]+of[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?"
            rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:{_alt(_areas()[1])}){_E}"
        ),
        "number": re.compile(rf"{_B}(?:{_alt(s['number'])})[ \t]+{_DEPT}{_E}"),
        "tail": re.compile(
            rf"{_B}(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+(?:{_alt(s['of_after'])})"
            rf"[ \t]+(?:for|of)(?:[ \t]+the)?[ \t]+{_RUN}{_E}"
        ),
    }


@cache
def _gates() -> dict[str, frozenset[str] | None]:
    """deidperf9: a case-sensitive gate word for each grammar, from its kind words (each matched literally, with
    no word character on either side): "before" scanned every text for its ~5,000 areas (~53 ms a pass)."""
    s = _sections()
    keys = {
        "after": "area_after",
        "before": "area_before",
        "region": "of_region",
        "number": "number",
    }
    out = {k: gate_words(s[v], lower=False) for k, v in keys.items()}
    out["tail"] = gate_words(s["of_after"], lower=False)
    return out


def _open(text: str, gate: frozenset[str] | None) -> bool:
    return gate is None or has_raw_word(text, gate)


def _trim(text: str, start: int, end: int) -> int:
    """Never end on a joining word ("… Centre for Carers and" → "… Centre for Carers")."""
    while m := re.search(r"[ \t]+(?:and|&|of|of[ \t]+the|for|the)$", text[start:end]):
        end = start + m.start()
    return end


def detect_public_bodies(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append each public body of the module docstring."""
    detect_national_bodies(text, g, out)  # deid52: a national body named alone
    p, gates = _patterns(), _gates()
    for key in ("after", "before", "region", "number"):
        if not _open(text, gates[key]):
            continue
        for m in p[key].finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in p["tail"].finditer(text) if _open(text, gates["tail"]) else ():
        words = list(re.finditer(r"\S+", m["name"]))
        while words and (fold(words[0].group()) in g.stopwords or words[0].group() in ("The", "A")):
            words.pop(0)  # a sentence's first word or an article opens no name
        if not words or not _unknown_word(m["name"][words[0].start() :], g):
            continue
        start = m.start("name") + words[0].start()
        out.append(Candidate(start, _trim(text, start, m.end()), "ORGANIZATION", PRI_ORG_HEAD))
