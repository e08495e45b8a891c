"""A town named by its region after it: `in Red Deer, Alberta`, `from Moose Jaw, SK`, `à Rivière-du-Loup,
Québec`. One to three capitalised words after a place preposition, then a comma and a country, state
or province of `data/regions.txt` (derived from `phonenumbers`) or a Canada Post / USPS two-letter
province or state symbol in capitals, are a CITY whatever the towns list knows; the region stays
(coarser than a town, as the labels have it).
"""

from __future__ import annotations

import re

from guidelines.deid.candidate import PRI_CITY_CUE, Candidate
from guidelines.deid.names.regions import _regions
from textkit.folding import fold

# Canada Post province and territory symbols; USPS state abbreviations (Publication 28, appendix B)
_SYMBOLS = frozenset(
    [
        "AB",
        "BC",
        "MB",
        "NB",
        "NL",
        "NS",
        "NT",
        "NU",
        "ON",
        "PE",
        "QC",
        "SK",
        "YT",
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
    ]
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
    regions = _regions()
    for m in _TOWN_COMMA.finditer(text):
        words = [w.rstrip(".") for w in m.group("region").split()]
        if not any(
            (n == 1 and words[0] in _SYMBOLS) or fold(" ".join(words[:n])) in regions
            for n in range(1, len(words) + 1)
        ):
            continue
        if fold(m.group("town")) in regions:
            continue  # "in Canada, Ontario": a region, not a town
        out.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
