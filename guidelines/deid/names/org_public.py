"""Organisations of the public and social sectors named by a grammar rather than a list:

- Welsh, Scottish Gaelic and Irish names, where the kind opens the name (`Ysbyty Gwynedd`,
  `Canolfan Iechyd Bangor`, `Ysgol Gymraeg Aberystwyth`, `Sgoil Lionacleit`, `Scoil Mhuire`,
  `Gaelscoil Bhríde`, `Ospidéal na hOllscoile`): the kind word (hospital, health centre, surgery,
  school, college, university, pharmacy, home, club, church, council) and one to three capitalised
  words or lowercase Celtic particles after it;
- councils named by their area (`Highland Council`, `Fife Council`, `Conwy County Borough
  Council`), Scottish and Welsh health boards (`NHS Highland`, `NHS Lothian`, `NHS Western Isles`;
  never the NHS's services: `NHS App`, `NHS Direct`, `NHS Choices`);
- housing providers by their tail (`Clarion Housing`, `Riverside Housing Association`, `Orbit
  Homes`, `Habitat Housing Trust`).

A name whose every word is an ordinary English/French word, a stopword or medicine is no name
(`Community Housing`, `General Council`); the words the kind is made of are never a person.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from guidelines.deid.detectors.text_gates import has_raw_word
from textkit.folding import fold

_CAP = r"[A-ZÀ-Þ][\w'’]*(?:-[A-Za-zÀ-ÿ][\w'’]*)*"
# Celtic particles and mutated articles inside a name: "na hOllscoile", "y Bont", "an Iúir"
_PART = r"(?:na|nan|nam|an|a|y|yr|'r|de|da|ar)"
_MUTATED = r"(?:h|t|n|bh|mb|gc|nd|bhf|ng|bp|dt)[A-ZÁÉÍÓÚ]\w*"
CELTIC_KIND_FIRST = re.compile(
    r"\b(?:Ysbyty|Canolfan(?:\s+Iechyd)?|Meddygfa|Ysgol(?:\s+Gynradd|\s+Uwchradd|\s+Gymraeg)?|"
    r"Prifysgol|Coleg|Fferyllfa|Cartref|Clwb|Eglwys|Capel|Cyngor|"
    r"Sgoil|Ospadal|Comhairle|Oilthigh|Colaiste|"
    r"Scoil|Gaelscoil|Gaelcholáiste|Naíscoil|Coláiste|Ollscoil|Ospidéal|Clochar|Cumann)"
    rf"(?:\s+(?:{_PART}\s+)?(?:{_CAP}|{_MUTATED})){{1,3}}"
)
# the first word of every kind of CELTIC_KIND_FIRST, a whole run of word characters in every match (deidperf7)
_CELTIC_KINDS = frozenset(
    [
        "Ysbyty",
        "Canolfan",
        "Meddygfa",
        "Ysgol",
        "Prifysgol",
        "Coleg",
        "Fferyllfa",
        "Cartref",
        "Clwb",
        "Eglwys",
        "Capel",
        "Cyngor",
        "Sgoil",
        "Ospadal",
        "Comhairle",
        "Oilthigh",
        "Colaiste",
        "Scoil",
        "Gaelscoil",
        "Gaelcholáiste",
        "Naíscoil",
        "Coláiste",
        "Ollscoil",
        "Ospidéal",
        "Clochar",
        "Cumann",
    ]
)
COUNCIL = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP}){{0,2}})\s+"
    r"(?:(?:County\s+Borough|County|City|Borough|District|Town|Parish|Metropolitan\s+Borough|"
    r"Regional|Islands?)\s+)?Council\b"
)
HEALTH_BOARD = re.compile(rf"\bNHS\s+(?P<name>{_CAP}(?:\s+{_CAP})?)")
_NHS_SERVICES = frozenset(
    [
        "app",
        "direct",
        "choices",
        "digital",
        "online",
        "login",
        "number",
        "website",
        "jobs",
        "login",
        "111",
        "111online",
        "24",
        "england",
        "scotland",
        "wales",
        "ni",
        "trust",
        "trusts",
        "foundation",
        "hospital",
        "hospitals",
        "dentist",
        "dentists",
        "number",
        "pension",
        "pensions",
        "careers",
        "covid",
        "test",
        "lateral",
        "prescription",
        "prescriptions",
        "account",
        "login",
        "letter",
        "letters",
        "card",
        "card",
        "website",
        "guidance",
        "guidelines",
        "staff",
        "nurse",
        "doctor",
        "gp",
        "gps",
    ]
)
HOUSING = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})\s+"
    r"(?:Housing(?:\s+(?:Association|Trust|Group|Co-operative|Society))?|Homes)\b"
)
_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "your",
        "their",
        "his",
        "her",
        "its",
        "social",
        "community",
        "housing",
        "council",
        "city",
        "county",
        "borough",
        "district",
        "town",
        "parish",
        "metropolitan",
        "regional",
        "island",
        "islands",
        "local",
        "national",
        "new",
        "old",
        "care",
    ]
)


def _named(words: list[str], g: Gazetteers) -> bool:
    """Some word of the name is no ordinary word, stopword or medicine."""
    return any(
        (f := fold(w)) not in _GENERIC
        and f not in g.stopwords
        and f not in g.medical
        and (f not in g.common or f in g.cities)
        for w in words
    )


def detect_public_orgs(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for every name of the module docstring."""
    for m in CELTIC_KIND_FIRST.finditer(text) if has_raw_word(text, _CELTIC_KINDS) else ():
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    if "Council" in text:
        for m in COUNCIL.finditer(text):
            words = m.group("name").split()
            while words and fold(words[0]) in g.stopwords:
                words.pop(0)
            if any(fold(w) not in _GENERIC and fold(w) not in g.medical for w in words):
                start = text.rfind(words[0], m.start(), m.end("name"))
                out.append(Candidate(start, m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    if "NHS " in text:
        for m in HEALTH_BOARD.finditer(text):
            first = fold(m.group("name").split()[0])
            if first in _NHS_SERVICES or first in g.stopwords or first in g.medical:
                continue
            out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    if "Hous" in text or "Homes" in text:
        for m in HOUSING.finditer(text):
            words = m.group("name").split()
            while words and fold(words[0]) in g.stopwords:
                words.pop(0)
            if words and _named(words, g):
                start = text.rfind(words[0], m.start(), m.end("name"))
                out.append(Candidate(start, m.end(), "ORGANIZATION", PRI_ORG_HEAD))
