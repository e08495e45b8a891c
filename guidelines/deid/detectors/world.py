"""Postcode and identity-number shapes of countries the other detectors did not cover.

Postcodes (no checksum exists, so each needs a shape that ordinary text does not produce):
- Australia: four digits after a state or territory (`Fremantle WA 6160`, `Mount Isa QLD 4825`);
  the capitalised words before the state are the town;
- Ireland: Eircodes (`D02 AF30`, `A65 F4E2`: a routing key of a letter and two digits or `D6W`, and
  four characters of the unique-identifier alphabet with at least one letter), or any such pair
  after "Eircode";
- US: ZIP+4 after a state or "zip" (`TX 78701-4312`), so it is not read as a phone;
- Monaco: `MC 98000`, `MC-98000`;
- Portugal: `8135-107 Almancil` (four digits, a hyphen, three digits, before a capitalised town);
- West Africa: post-office boxes with their district (`01 BP 1234`);
- four digits before a capitalised word no lexicon knows, after a place word (`à 3450 Oudenaarde`,
  `in 8810 Horgen`): Belgian, Swiss, Luxembourg, Austrian, Danish, Tunisian… codes.

Identity numbers, validated by their check digits with `python-stdnum` (or the published algorithm):
Belgian national numbers (`be.nn`), Swiss AVS numbers (`ch.ssn`), Irish PPS numbers (`ie.pps`),
New Zealand NHI numbers (mod 11 / mod 23, both formats), Australian Medicare numbers; and a ship's IMO number
after "IMO" (`stdnum.imo`): a small fishing boat's number names its skipper and crew (round 33; the catalogue
leaves `imo` out as no personal scheme, so only its own prefix admits it).
"""

from __future__ import annotations

import re

from stdnum import imo as std_imo
from stdnum.be import nn as std_be_nn
from stdnum.ch import ssn as std_ch_ssn
from stdnum.ie import pps as std_ie_pps

from guidelines.deid._data import gazetteers
from guidelines.deid.candidate import (
    PRI_ADDRESS,
    PRI_CITY_CUE,
    PRI_ID_CHECKSUM,
    PRI_PHONE,
    PRI_POSTCODE,
    SKIP,
    Candidate,
)
from guidelines.deid.cues import word_set
from textkit.folding import fold

_AU_STATE = re.compile(
    r"(?P<town>(?:[A-Z][\w'’ōāēīū-]+\s+){0,2}?)?(?P<state>NSW|VIC|QLD|WA|SA|TAS|NT|ACT|Vic|Qld|Tas)"
    r",?\s+(?P<code>[0-9]\d{3})\b(?![.,]\d|\s*(?:g|gr|grammes?|grams?|kg|mg|ml|cc|%)\b)"
)
_EIRCODE_KEY = r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)"
_EIRCODE_ID = r"[0-9ACDEFHKNPRTVWXY]{4}"
EIRCODE = re.compile(rf"\b({_EIRCODE_KEY})\s?({_EIRCODE_ID})\b")
_EIRCODE_CUE = re.compile(r"eircode\s*:?\s*$", re.I)
_ZIP4 = re.compile(r"\b(?:[A-Z]{2}|zip(?:\s*code)?|zip\s*\+\s*4)\s*:?\s+(\d{5}-\d{4})\b(?!-)", re.I)
# Portugal: four digits, a hyphen, three digits, then the town ("8135-107 Almancil"; round 33)
_PT_POSTCODE = re.compile(
    r"(?<![\d-])([1-9]\d{3}-\d{3})\s+([A-ZÀ-Þ][a-zà-ÿ'’]+(?:[\s-][A-ZÀ-Þ][a-zà-ÿ'’]+)?)"
)
_MONACO = re.compile(r"\bMC[\s-]?98\d{3}\b")
_BP_DISTRICT = re.compile(r"\b\d{2}\s+B\.?\s?P\.?\s+\d{1,5}\b")
_FOUR_DIGITS_UNKNOWN_TOWN = re.compile(
    r"\b(?:à|a|au|in|near|at|from|de|pr[eè]s\s+de|vers)\s+(?!19\d\d|20\d\d)([1-9]\d{3})\s+"
    r"([A-ZÀ-Þ][a-zà-ÿ'’]+(?:[\s-][A-ZÀ-Þ][a-zà-ÿ'’]+)?)"
)
_NOT_TOWN_AFTER_NUMBER = word_set(
    "euros euro dollars pounds livres mg ml km kilometres metres meters calories pas "
    "steps ans years patients personnes people fois times"
)

_IMO = re.compile(r"\bIMO[\s:#°n.-]{0,3}(\d{7})\b")
_BE_NN = re.compile(r"(?<![\d.])(\d{2})\.?(\d{2})\.?(\d{2})[\s.-]?(\d{3})[\s.]?(\d{2})(?![\d])")
_CH_AVS = re.compile(r"(?<![\d.])756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}(?![\d])")
_IE_PPS = re.compile(r"(?<![\w])(\d{7})\s?([A-W][AHW]?)(?![\w])")
_NZ_NHI = re.compile(r"(?<![\w])([A-HJ-NP-Z]{3})(\d{2})(\d{2}|[A-HJ-NP-Z]{2})(?![\w])")
_AU_MEDICARE = re.compile(r"(?<![\d])([2-6]\d{3})\s?(\d{5})\s?(\d)(?:[\s-]?(\d))?(?![\d])")
_ID_CUES = re.compile(
    r"(?:nhi|pps|ppsn|medicare|avs|ahv|niss|national|nationale?|registre|rijksregister|numéro|"
    r"number|no\.?|n°|id)\W{0,3}(?:\w+\W{1,3}){0,3}$",
    re.I,
)


def _nhi_valid(letters: str, digits: str, tail: str) -> bool:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
    values = [alphabet.index(c) + 1 for c in letters]
    if (
        tail.isdigit()
    ):  # old format AAANNNC: mod 11, a remainder of 0 is invalid, a check of 10 is 0
        nums = [*values, int(digits[0]), int(digits[1]), int(tail[0])]
        rest = sum(v * w for v, w in zip(nums, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        return rest != 0 and (11 - rest) % 10 == int(tail[1])
    # new format AAANNAX: mod 23, check letter
    nums = [*values, int(digits[0]), int(digits[1]), alphabet.index(tail[0]) + 1]
    total = sum(v * w for v, w in zip(nums, (7, 6, 5, 4, 3, 2), strict=True))
    rest = total % 23
    if rest == 0:
        return False
    return alphabet[23 - rest - 1] == tail[1]


def _medicare_valid(digits: str) -> bool:
    body = [int(c) for c in digits[:8]]
    return sum(v * w for v, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(
        digits[8]
    )


_AU_QUICK = re.compile(r"\b(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT|Vic|Qld|Tas),?\s+\d{4}\b")
_EIRCODE_QUICK = re.compile(r"[ACDEFHKNPRTVWXY](?:\d\d|6W)\s?[0-9A-Z]{4}\b")
_ZIP4_QUICK = re.compile(r"\d{5}-\d{4}")
_FOUR_TOWN_QUICK = re.compile(r"[1-9]\d{3}\s+[A-ZÀ-Þ]")
_MANY_DIGITS = re.compile(r"(?:\d\D{0,2}){7}")
_NHI_QUICK = re.compile(r"[A-Z]{3}\d\d")


def detect_world_postcodes(text: str, out: list[Candidate]) -> None:
    """Postcodes by shape (see the module docstring); needs a digit in the text."""
    for m in _AU_STATE.finditer(text) if _AU_QUICK.search(text) else ():
        if m.group("state") == "SA" and re.search(
            r"\d\s*$", text[max(0, m.start("state") - 4) : m.start("state")]
        ):
            continue  # "34 SA": weeks of amenorrhoea
        out.append(Candidate(m.start("code"), m.end("code"), "POSTCODE", PRI_POSTCODE + 1))
        # the state names no one (convention: state and province abbreviations stay)
        out.append(Candidate(m.start("state"), m.end("state"), SKIP, PRI_POSTCODE + 1))
        town = (m.group("town") or "").strip()
        common = gazetteers().common
        if town and not all(fold(w) in common for w in town.split()):
            start = m.start("town")
            out.append(Candidate(start, start + len(town), "CITY", PRI_CITY_CUE))
    for m in EIRCODE.finditer(text) if _EIRCODE_QUICK.search(text) else ():
        ident = m.group(2)
        cue = _EIRCODE_CUE.search(text, max(0, m.start() - 12), m.start())
        if cue or (any(c.isalpha() for c in ident) and any(c.isdigit() for c in ident)):
            out.append(Candidate(m.start(), m.end(), "POSTCODE", PRI_POSTCODE + 1))
            word = re.search(r"eircode", text[max(0, m.start() - 16) : m.start()], re.I)
            if word:
                at = max(0, m.start() - 16) + word.start()
                out.append(Candidate(at, at + 7, SKIP, PRI_POSTCODE + 1))  # the word "Eircode"
    for m in _ZIP4.finditer(text) if _ZIP4_QUICK.search(text) else ():
        out.append(Candidate(m.start(1), m.end(1), "POSTCODE", PRI_PHONE + 1))
    for m in _PT_POSTCODE.finditer(text) if "-" in text else ():
        if fold(m.group(2).split()[0]) not in gazetteers().common:
            out.append(Candidate(m.start(1), m.end(1), "POSTCODE", PRI_POSTCODE + 1))
            out.append(Candidate(m.start(2), m.end(2), "CITY", PRI_CITY_CUE))
    for m in _MONACO.finditer(text) if "MC" in text else ():
        out.append(Candidate(m.start(), m.end(), "POSTCODE", PRI_POSTCODE + 1))
    for m in _BP_DISTRICT.finditer(text) if "P" in text else ():
        out.append(Candidate(m.start(), m.end(), "ADDRESS", PRI_ADDRESS + 1))
    g = gazetteers()
    for m in _FOUR_DIGITS_UNKNOWN_TOWN.finditer(text) if _FOUR_TOWN_QUICK.search(text) else ():
        town = m.group(2)
        first = fold(town.split()[0])
        if first in _NOT_TOWN_AFTER_NUMBER or first in g.common or first in g.medical:
            continue
        out.append(Candidate(m.start(1), m.end(1), "POSTCODE", PRI_POSTCODE))
        out.append(Candidate(m.start(2), m.end(2), "CITY", PRI_CITY_CUE))


def detect_world_ids(text: str, out: list[Candidate]) -> None:
    """Identity numbers validated by their check digits (see the module docstring)."""
    if "IMO" in text:
        for m in _IMO.finditer(text):
            if std_imo.is_valid(m.group(1)):
                out.append(Candidate(m.start(1), m.end(1), "ID_NUMBER", PRI_ID_CHECKSUM))
    if _NHI_QUICK.search(text):
        for m in _NZ_NHI.finditer(text):
            if _nhi_valid(m.group(1), m.group(2), m.group(3)):
                out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    if not _MANY_DIGITS.search(text):
        return  # every other scheme has at least seven digits
    for m in _BE_NN.finditer(text):
        if std_be_nn.is_valid("".join(m.groups())):
            out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    for m in _CH_AVS.finditer(text):
        if std_ch_ssn.is_valid(re.sub(r"\D", "", m.group())):
            out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    for m in _IE_PPS.finditer(text):
        if std_ie_pps.is_valid(m.group(1) + m.group(2)):
            out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    for m in _AU_MEDICARE.finditer(text):
        digits = m.group(1) + m.group(2) + m.group(3)
        if _medicare_valid(digits) and _ID_CUES.search(text, max(0, m.start() - 30), m.start()):
            out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
