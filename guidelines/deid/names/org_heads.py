"""Organisations named by a multi-word kind that the one-word heads miss.

- NHS bodies as NHS England, NHS Wales and NHS Scotland name them (the NHS organisation data
  service, ODS): `<Place> NHS Trust`, `<Place> NHS Foundation Trust`, `<Place> University
  Hospitals NHS Foundation Trust`, `<Place> University Health Board`, `<Place> Health Board`,
  `<Place> Integrated Care Board`, `<Place> Health and Social Care Trust`; and mutual insurers and
  lenders by their legal kind (`<Name> Mutual`, `<Name> Building Society`, `<Name> Credit Union`);
- French hospital groupings named by law (loi du 26 janvier 2016, art. 107: groupements hospitaliers
  de territoire; the GHU of Paris): `GHT Cœur de Loire`, `GHT de la Haute-Vienne`, `GHU Paris
  psychiatrie et neurosciences`.

The name before an English kind is one to four capitalised words, not all generic (`the local NHS
Trust` stays); it replaces a weaker reading of the same words (a town, a person).
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_HEAD, Candidate
from guidelines.deid.names.org_shapes import _GENERIC
from textkit.folding import fold

_NAME_WORD = r"(?:St\.?|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)"
_EN_KIND = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:\s+(?:and\s+|&\s+)?{_NAME_WORD}){{0,3}})\s+"
    r"(?P<kind>(?:University\s+Hospitals?\s+)?NHS\s+(?:Foundation\s+)?Trust|"
    r"(?:University\s+)?Health\s+Board|Integrated\s+Care\s+(?:Board|System)|"
    r"Health\s+and\s+Social\s+Care\s+Trust|Mutual|Building\s+Society|Credit\s+Union)\b"
)
_FR_NAME = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_FR_LINK = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|et\s+|&\s+|en\s+)?"
_GHT = re.compile(
    rf"\bGH[TU]\s+{_FR_LINK}{_FR_NAME}(?:\s+{_FR_LINK}(?:{_FR_NAME}|psychiatrie|neurosciences)){{0,4}}"
)
_QUICK = ("Trust", "Board", "Mutual", "Society", "Union", "GHT", "GHU", "Integrated")


def detect_org_heads(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each multi-word kind with its name (module docstring)."""
    if not any(k in text for k in _QUICK):
        return
    for m in _EN_KIND.finditer(text):
        words = [(w.group(), w.start()) for w in re.finditer(r"\S+", m.group("name"))]
        while words and fold(words[0][0]) in g.stopwords:
            words.pop(0)  # "The Kinross NHS Trust": the article is no part of the name
        if not any(
            (f := fold(w)) not in _GENERIC and f not in g.stopwords and f not in g.medical
            for w, _ in words
        ):
            continue
        out.append(Candidate(m.start("name") + words[0][1], m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    for m in _GHT.finditer(text):
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
