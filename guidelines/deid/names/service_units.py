"""Units of the armed forces and the uniformed services, and ships, named by a grammar (the lead, round 38, post hoc
on blind30): a number or an ordinal and a unit kind, the regiment's name going on after it ("1st Battalion The Royal
Irish Regiment", "2nd Battalion, The Royal Canadian Regiment", "16 Air Assault Brigade", « 2e régiment d'infanterie
de marine », « 13e DBLE »); a ship by its prefix ("HMS Dragon", « BPC Tonnerre »); a service by its number (« SDIS 13 »,
« base aérienne 118 »). Words in `data/service_units.txt`. A unit places its member in a small group, so the whole
name is one ORGANIZATION (issue 9)."""

from __future__ import annotations

import functools
import re

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from textkit.lists import read_lines, sections


@functools.cache
def _sections() -> dict[str, tuple[str, ...]]:
    s = sections(read_lines(DATA_DIR / "service_units.txt"))
    return {**s, "stop": tuple(w for line in s["stop"] for w in line.split())}


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CAP = r"[A-ZÀ-Þ][\w'’]*(?:-[A-Za-zÀ-ÿ][\w'’]*)*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    s = _sections()
    number = r"(?:\d{1,3}(?:st|nd|rd|th)?|[IVX]{1,4})"
    name_en = rf"(?:,?\s+(?:The|the)\s+{_CAP}|\s+{_CAP})(?:\s+(?:{_CAP}|of|and|the|&))*(?<!\sof)(?<!\sand)(?<!\sthe)(?<!\s&)"
    en = re.compile(
        rf"\b{number}\s+(?:{_CAP}\s+){{0,3}}?(?:{_alt(s['kind_en'])})\b"
        rf"(?:(?:,\s+{number}\s+{_CAP}(?:\s+{_CAP}){{0,3}})|{name_en})?"
    )
    stop = _alt(s["stop"])
    fr_word = rf"(?!(?:{stop})\b)(?:[a-zà-ÿ][\w’'-]*|d['’][a-zà-ÿ][\w-]*|de|du|des)"
    fr = re.compile(
        rf"\b\d{{1,3}}(?:e|er|re|ème)\s+(?:(?:{_alt(s['kind_fr'])})(?:\s+{fr_word}){{0,5}}(?<!\sde)(?<!\sdu)(?<!\sdes)"
        rf"|(?:{_alt(s['abbr_fr'])})\b)"
    )
    ship = re.compile(rf"\b(?:{_alt(s['ship'])})\s+{_CAP}(?:\s+{_CAP})?")
    numbered = re.compile(rf"\b(?:{_alt(s['numbered'])})\s+\d{{2,3}}\b")
    return en, fr, ship, numbered


def detect_service_units(text: str, cands: list[Candidate]) -> None:
    """Add an ORGANIZATION candidate for each unit, ship or numbered service of text."""
    if not any(c.isdigit() for c in text) and not any(p in text for p in _sections()["ship"]):
        return  # every unit and numbered service has a digit; a ship, its prefix
    for pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.span()
            while end > start and text[end - 1] in " ,":
                end -= 1
            cands.append(Candidate(start, end, "ORGANIZATION", PRI_ORG_HEAD))
