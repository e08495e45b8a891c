"""Organisations named by the kind that ends them: places of worship (`East London Mosque`, `Stanmore
United Synagogue`, `St Anne's Church`, `Sri Murugan Temple`) and a hospital's named units and wards
(`Nightingale Breast Unit`, `Rosewood Ward`); in French, the kind opens the name (`ORG_KIND_FIRST`).

The name is one to four capitalised words before the kind. A name made only of generic words is no
organisation: a denomination (`the Catholic Church`, `Orthodox Church`) or a department
(`Intensive Care Unit`, `Endoscopy Unit`, `Maternity Ward`: medical words or the department words
below), nor a person: it vetoes the name rules over it. A kind followed by a number is an address or a bed (`Unit 4, 88 Harbour Way`, `Ward 22`),
which other rules read.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, PRI_ORG_HEAD, SKIP, Candidate
from guidelines.deid.cues import word_set
from textkit.folding import fold

_NAME_WORD = r"(?:St\.?|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)"
ORG_BY_KIND = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+"
    r"(?P<kind>Mosque|Masjid|Church|Cathedral|Chapel|Synagogue|Temple|Gurdwara|Mandir|Abbey|"
    r"Unit|Ward)\b(?!\s*\d)"
)
# "fitted at Brook in Bristol", "un tatouage chez Encre Noire à Lille": a capitalised name between
# "at"/"chez" and a town of the list is the place where it happened, an organisation.
AT_NAME_IN_TOWN = re.compile(
    r"\b(?:at|chez)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3})"
    r"\s+(?:in|à)\s+(?P<town>[A-ZÀ-Þ][\w'’-]*)"
)
# Cheap gate before the two grammars: their case-sensitive kinds in the text, or the case-insensitive
# French kinds in the case-folded text (a literal test; an IGNORECASE alternation cost ~0.5 ms a check).
_KIND_CASED = (
    "Mosque",
    "Masjid",
    "Church",
    "Cathedral",
    "Chapel",
    "Synagogue",
    "Temple",
    "Gurdwara",
    "Mandir",
    "Abbey",
    "Unit",
    "Ward",
    "Transports",
    "Ambulances",
    "tablissements",
    "Ets",
    "Éts",
    "Taxis",
    "nagements",
)
_KIND_FOLDED = ("paroisse", "glise", "chapelle", "cath", "basilique", "mutuelle")


def _kind_quick(text: str) -> bool:
    """True whenever ORG_BY_KIND or ORG_KIND_FIRST can match (a superset: the literal words each needs)."""
    if any(k in text for k in _KIND_CASED):
        return True
    low = text.casefold().replace("ı", "i")  # the letters IGNORECASE takes for these words
    return any(k in low for k in _KIND_FOLDED)


_FR_NAME = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
# French kinds before the name: a parish or a church (`paroisse Notre-Dame-de-Grâce`), a mutual
# insurer (`mutuelle Harmonie Santé Ouest`), a firm named by its trade (`Transports Ducros`,
# `Ambulances Martin & Fils`); the kind is part of the name, as in `complete.py`.
ORG_KIND_FIRST = re.compile(
    rf"\b(?:(?i:paroisse|[ée]glise|chapelle|cath[ée]drale|basilique)\s+(?:{_FR_NAME})"
    rf"|(?i:mutuelle)\s+{_FR_NAME}(?:\s+{_FR_NAME}){{0,3}}"
    rf"|(?:Transports|Ambulances|[ÉE]tablissements|[ÉE]ts|Taxis|D[ée]m[ée]nagements)\s+{_FR_NAME}"
    r"(?:\s+(?:&|et)\s+(?:Fils|Cie|Associ[ée]s|[A-Z][\w-]+))?(?:\s+(?:SARL|SAS|SA|EURL|SNC))?)"
    r"(?![\w-])(?!\s*\d)"
)
# words that make no name on their own: denominations, departments, places in a building
_GENERIC = word_set(
    "the a an my our his her their this that at in of and for st saint catholic anglican orthodox "
    "baptist methodist protestant evangelical pentecostal lutheran reformed presbyterian united free "
    "roman greek russian coptic sikh hindu jewish muslim local parish village town city new old "
    "intensive critical care high dependency coronary acute medical surgical assessment day emergency "
    "minor injuries injury admissions discharge clinical decisions observation short stay special baby "
    "neonatal paediatric pediatric children's childrens women's womens maternity labour delivery "
    "postnatal antenatal breast stroke renal dialysis cancer oncology haematology endoscopy cardiac "
    "cardiology respiratory burns spinal eye fertility mental health psychiatric rehabilitation rehab "
    "elderly geriatric older people's frailty orthopaedic orthopedic trauma theatre recovery isolation "
    "infectious diseases liver kidney heart lung transplant sexual pain sleep diabetes memory general "
    "main north south east west upper lower ground first second third floor block wing"
)


def detect_orgs_by_kind(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for every place of worship or named unit (module docstring)."""
    for m in AT_NAME_IN_TOWN.finditer(text) if (" at " in text or "chez " in text) else ():
        words = m.group("name").split()
        if len(words) == 1 and fold(words[0]) in g.first_names:
            continue  # "we met at Paul in Paris": a person, the name rules' business
        if fold(m.group("town")) in g.cities and not any(
            fold(w) in g.stopwords or fold(w) in g.medical or fold(w) in g.cities for w in words
        ):
            out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_ORG_CUE))
    if not _kind_quick(text):
        return
    for m in ORG_KIND_FIRST.finditer(text):
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in ORG_BY_KIND.finditer(text):
        parts: list[tuple[str, int]] = [
            (w.group(), w.start()) for w in re.finditer(r"\S+", m.group("name"))
        ]
        # the name starts after the function words that open the phrase ("Our", "The")
        while parts and fold(parts[0][0]) in g.stopwords:
            parts.pop(0)
        if not any(
            (f := fold(w)) not in _GENERIC and f not in g.stopwords and f not in g.medical
            for w, _ in parts
        ):
            if parts:  # "the Catholic Church", "Intensive Care Unit": a kind, never a person
                out.append(Candidate(m.start("name") + parts[0][1], m.end(), SKIP, PRI_ORG_HEAD))
            continue
        out.append(Candidate(m.start("name") + parts[0][1], m.end(), "ORGANIZATION", PRI_ORG_HEAD))
