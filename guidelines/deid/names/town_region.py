"""A town named by its region after it: `in Red Deer, Alberta`, `from Moose Jaw, SK`, `à Rivière-du-Loup,
Québec`. One to three capitalised words after a place preposition, then a comma and a country, state
or province of `textkit/data/regions.txt` (derived from `phonenumbers`) or a Canada Post / USPS two-letter
province or state symbol in capitals, are a CITY whatever the towns list knows; the region stays
(coarser than a town, as the labels have it).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_CITY_CUE, Candidate
from guidelines.deid.names.regions import region_names
from textkit.folding import fold
from textkit.lists import read_lines


@lru_cache(maxsize=1)
def _symbols() -> frozenset[str]:
    """Canada Post province and territory symbols, USPS state abbreviations (data/region_symbols.txt)."""
    return frozenset(read_lines(DATA_DIR / "region_symbols.txt"))


_MONTHS = frozenset({"march", "may", "june", "april", "august", "january", "july"})
_LIVE_BEFORE = re.compile(
    r"\b(?i:moved|moving|move|live|lives|living|lived|based|born|raised|grew\s+up)\s*$"
)
_TOWN_COMMA = re.compile(
    r"\b(?i:in|from|near|to|at|outside|around|à|a|de|près\s+de|habite|live|lives|living)\s+"
    r"(?P<town>[A-ZÀ-Þ][\w'’]*(?:(?:-|\s|-(?:sur|en|de|du|la|le|les|lès)-)[A-ZÀ-Þ][\w'’]*){0,2})"
    r",\s*(?P<region>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})"
)


def detect_town_before_region(text: str, out: list[Candidate]) -> None:
    """Append a CITY for a capitalised name followed by a comma and a region (module docstring)."""
    if "," not in text:
        return
    regions = region_names()
    symbols = _symbols()
    for m in _TOWN_COMMA.finditer(text):
        words = [w.rstrip(".") for w in m.group("region").split()]
        if not any(
            (n == 1 and words[0] in symbols) or fold(" ".join(words[:n])) in regions
            for n in range(1, len(words) + 1)
        ) and not (len(words[0]) > 7 and words[0].endswith("shire")):  # English counties
            continue
        if fold(m.group("town")) in _MONTHS and not _LIVE_BEFORE.search(text, 0, m.start()):
            continue  # "In March, Yorkshire…"; "we moved to March, Cambridgeshire" is the town
        if fold(m.group("town")) in regions:
            continue  # "in Canada, Ontario": a region, not a town
        out.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
