"""Address grammar for French- and English-speaking countries beyond the UK and France.

An address is read as a chain of parts separated by commas or dashes: unit and building designators
(`Suite 300`, `appt 24`, `bâtiment C`, `boîte 3`, `4e étage`), named complexes (`Résidence Les
Flamboyants`, `Cedar Grove Estates`, `lotissement Les Palmistes`), post-office boxes and rural
routes (`PO Box 231`, `R.R. 2`), streets in North American form (`1010 Sherbrooke St W`,
`12-3456 Boul. Saint-Laurent`) and in Belgian/Swiss form with the number after the name
(`Rue de la Loi 155`, `Grand-Rue 8`). A chain becomes one ADDRESS when it holds a street, a box or
a rural route: a designator alone (`room 4` on a ward) is not an address. Postcodes with a fixed
shape are found anywhere (Canadian `H3A 2R7`, Luxembourg `L-1219`, `CH-1204`), four- and
five-digit codes right after an address.
"""

from __future__ import annotations

import re

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_CITY_CUE, PRI_ORG_HEAD, PRI_POSTCODE, Candidate
from guidelines.deid.cues import word_set
from guidelines.deid.detectors.text_gates import has_digit as text_has_digit
from textkit.folding import fold
from textkit.lists import read_lines

I = re.IGNORECASE  # noqa: E741
_CAP = r"(?:[A-ZÀ-Þ][\w'’.-]*|[A-ZÀ-Þ]\b)"  # a capitalised word or a single capital (Hall B)
_LINK = r"(?:de|du|des|del|dels|da|do|das|dos|la|le|les|d['’]|l['’]|of|the|aux?|sur)"
_NAME = rf"{_CAP}(?:[ -](?:{_LINK}\s*)*{_CAP}){{0,4}}"  # "Saint-Laurent", "de la Source"
_NUM = r"\d{1,5}[A-Za-z]?(?:\s*(?:bis|ter|quater)\b)?"

_DESIGNATOR = re.compile(
    r"\b(?i:apt|appt|app|apartment|appartement|suite|ste|unit|unité|bureau|office|room|rm|chambre|"
    r"flat|bldg|building|bâtiment|batiment|bât|bat|bloc|block|porte|door|villa|lot|boîte|boite|bte|"
    r"bus|box|comp|site|escalier|esc|floor|tour|tower|blk|"
    # USPS Publication 28, appendix C2 (secondary unit designators): FL, DEPT, OFC, SPC, TRLR, BSMT
    r"fl|dept|ofc|spc|space|trlr|bsmt)\b\.?\s*(?:n[°o]\.?\s*|#\s*)?(?:\d{1,5}[A-Za-z]?|[A-Z])\b"
    # USPS "#" as the designator ("455 Oak St #12"): joins an address only, like any designator
    r"|(?<![\w#])#\s?\d{1,5}[A-Za-z]?\b(?!-)"
    r"|\b\d{1,2}\s*(?i:e|ème|eme|er|re|st|nd|rd|th)\s+(?i:étage|etage|floor)\b"
    # Spanish and Portuguese floor and door ("5º B", "3.º izq.", "2ª dcha", "piso 4", "andar 2"; round 33)
    r"|(?<![\w.])\d{1,2}\s*\.?\s*[ºª°]\s*(?:(?i:izq(?:uierda)?|dcha|der(?:echa)?|dto|esq)\b\.?|[A-Z]\b)?"
    r"|\b(?i:piso|planta|puerta|portal|escalera|andar|bloque)\s+\d{1,3}[A-Za-z]?\b"
)
# deid43: a caravan's, a pitch's or a dormitory's designator (`data/lodging_designators.txt`), the
# campsite before it (« camping municipal, emplacement 12 ») and the park or farm named after it
# ("Static 22, Mains of Craigie"): a designator joined to a complex.
_LODGING_LINES = [
    ln.split() for ln in read_lines(DATA_DIR / "lodging_designators.txt") if ln.strip()
]
_LODGING_WORDS = frozenset(fold(p[0]) for p in _LODGING_LINES)
_LODGING_NAMED = frozenset(fold(p[0]) for p in _LODGING_LINES if p[1:] == ["+"])
_LODGING = re.compile(
    r"\b(?i:"
    + "|".join(sorted(_LODGING_WORDS, key=len, reverse=True))
    + r")\s+(?:n[°o]\.?\s*|#\s*)?"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z])\b(?!\s*(?:/|%|mg|h\b|ans|years))"
)
_CAMPSITE = re.compile(
    r"\b(?i:camping|campsite|caravan\s+park|aire\s+naturelle)(?:\s+(?i:municipal|communal|à\s+la\s+ferme))?"
    r"(?=\s*,\s*(?i:" + "|".join(sorted(_LODGING_WORDS)) + r")\b)"
)
_BOX = re.compile(
    r"\b(?:P\.?\s?O\.?\s+Box|case\s+postale|bo[iî]te\s+postale|C\.?P\.|B\.?P\.)\s*\d{1,6}\b"
    r"|\bR\.?\s?R\.?\s*#?\s*\d{1,3}\b"
    # South African and Australian bags, rural routes in words
    r"|\b(?:Private|Locked)\s+Bag\s+X?\d{1,6}\b|\b(?:Rural\s+Route|Route\s+rurale)\s+\d{1,3}\b"
    # French business boxes (TSA, CS: five digits), New Zealand rural delivery before its town
    r"|\b(?-i:TSA|CS)\s+\d{5}\b|\b(?-i:RD)\s+\d{1,2}(?=\s*,\s*[A-Z])",
    I,
)
# "BP 57": a French post-office box without dots; "BP" is also blood pressure, so only when no
# possessive or article comes before it and no reading follows ("my BP 140/90", "BP 150 over 95").
_BARE_BP = re.compile(
    r"\b(?-i:BP)\s+(\d{1,5})\b(?!\s*(?:/|over\b|sur\b|mm|%|\.\d|,\d|et\s+\d|and\s+\d))"
)
_BP_NOT_AFTER = re.compile(
    r"\b(?:my|his|her|your|their|our|the|a|low|high|blood|is|was|of|systolic|diastolic|ma|sa|ta|la|mon|son|"
    r"ton|sa|une?|basse|haute)\s*$",
    I,
)
_BP_TOWN_AFTER = re.compile(r"\s*,?\s*(?:[A-ZÀ-Þ]|\d{4,5}\b)")
_BP_MEDICAL = re.compile(r"mm\s*hg|systoli|diastoli|pressure|tension|pulse|pouls|\d\s*/\s*\d", I)
# "Street 9", "Road 12": numbered streets of planned towns (capitalised, the number after).
_NUMBERED_STREET = re.compile(r"\b(?-i:Street|Road|Lane|Avenue)\s+\d{1,3}\b(?!\s*(?:mg|%|/))")
# Singapore-style unit numbers "#09-114" after a block or street
_HOUSE = re.compile(r"\b(?-i:House)\s+\d{1,4}\b(?=\s*,)")
_HASH_UNIT = re.compile(r"(?<![\w#])#\d{1,3}-\d{1,5}\b")
_COMPLEX_BEFORE = re.compile(
    rf"\b(?:{_NUM}\s+)?(?i:r[ée]sidence|domaine|cit[ée]|immeuble|lotissement|quartier|hameau|lieu-dit|"
    r"villa|r[ée]sidence\s+hall|hall)\s+(?:(?i:" + _LINK + r")\s*)*" + _NAME
)
# French business zones: "ZA des Grands Champs", "ZI de la Plaine", "Parc d'activités du Bois"
_ZONE = re.compile(
    r"\b(?:Z\.?A\.?C?\.?|Z\.?I\.?|ZAE|(?i:parc\s+d['’]activit[ée]s|zone\s+(?:artisanale|industrielle))"
    r")\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*" + _NAME
)
# "3 Ballybrack Cottages", "12 Mill Row": a numbered row of houses
_NUMBERED_ROW = re.compile(
    r"\b\d{1,4}[A-Za-z]?\s+" + _CAP + r"(?:\s+" + _CAP + r")?\s+"
    r"(?:Cottages|Terrace|Mews|Buildings|Villas|Houses|Row|Flats|Crescent)\b"
)
# a neighbourhood named after "quartier" ("quartier Bè", "quartier Mvog-Ada"): a place
QUARTER = re.compile(r"\b(?i:quartier|secteur)\s+([A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*)?)")
_COMPLEX_AFTER = re.compile(
    rf"\b{_NAME}\s+(?:Estates?|Gardens|Court|Towers?|Manor|Village|Park|Heights|Terrace|Residences?|"
    r"Hall|Apartments|Condos?|Mobile\s+Home\s+Park|House|Lodge|Mansions|Cottages?|Farm)"
    r"(?:\s+[A-Z0-9]\b)?"
)
_NA_TYPES = (
    r"st|street|ave|avenue|av|blvd|boul|boulevard|bd|dr|drive|rd|road|cres|crescent|crt|ct|court|"
    r"pl|place|cir|circle|hwy|highway|pkwy|parkway|terr|terrace|way|lane|ln|trail|line|sideroad|"
    r"concession\s+road|conc|rue|chemin|ch|rang|route|rte|côte|cote|montée|montee"
)
_DIRECTION = r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|Nord|Sud|Est|Ouest|North|South|East|West)\b\.?)?"
# "1010 Sherbrooke St W", "12-3456 Boul. Saint-Laurent", "4471 Concession Road 6", "1280 rue Saint-Denis"
_NA_STREET = re.compile(
    rf"\b(?:\d{{1,5}}\s*-\s*)?{_NUM},?\s+(?:(?:{_NAME})\s+(?i:{_NA_TYPES})\b\.?(?:\s+\d{{1,3}}\b)?"
    rf"|(?i:{_NA_TYPES})\b\.?\s+(?:{_LINK}\s*)*{_NAME}){_DIRECTION}"
)
# "14th Street NW", "5th Ave": a numbered street of a grid city, type capitalised (USPS Pub 28 form)
_ORDINAL_STREET = re.compile(
    # a house number and a direction may lead ("400 NE 3rd Ave", Florida's grid; round 33)
    r"\b(?:\d{1,5}\s+(?-i:N|S|E|W|NE|NW|SE|SW)\.?\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?-i:Street|St|Avenue|Ave|Av|Road|Boulevard|Blvd)\b\.?"
    + _DIRECTION
)
# USPS Publication 28, appendix C1 (street suffixes), the words the short lists above lack, written
# capitalised after a number and a capitalised name ("12 Oak Hollow", "300 Cedar Bluff Trace");
# words that are often something else (Center, Club, Station, Spring, Mall, Key…) are left out.
_USPS_SUFFIXES = read_lines(DATA_DIR / "usps_street_suffixes.txt")
_USPS_WORDS = frozenset(w.casefold() for w in _USPS_SUFFIXES)
_USPS_STREET = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:(?:N|S|E|W|North|South|East|West)\.?\s+)?"
    # a count's unit is no street name ("5 Miles Trail", "2 Hours Drive")
    r"(?!(?:Hours?|Miles?|Days?|Weeks?|Months?|Years?|Times|Daily|Weekly|Minutes?|Big|Small|Extra)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:" + "|".join(_USPS_SUFFIXES) + r")\b" + _DIRECTION
)
# Belgian, Swiss, Luxembourg and Quebec rural forms: the number after the street name.
_STREET_THEN_NUMBER = re.compile(
    r"\b(?i:rue|avenue|av|boulevard|bd|chauss[ée]e|place|route|rte|chemin|ch|quai|all[ée]e|impasse|"
    r"rang|grand-rue|grand[’']rue|rue\s+haute|steenweg|straat|strasse|gasse|weg|platz|"
    # Spanish, Catalan and Portuguese streets, the number after the name too (round 33)
    r"calle|c/|avenida|avda|avinguda|carrer|passeig|paseo|plaza|pla[cç]a|camino|carretera|rua|travessa|"
    r"estrada|largo|praça|praca)\b\.?"
    # The number has at most four digits and no town after it: "rue Oberkampf 75011 Paris" is a code.
    r"(?:\s+(?:(?i:" + _LINK + r")\s*)*" + _CAP + r"(?:[ -]" + _CAP + r"){0,3})?"
    r"\s+(?:n[°o]\.?\s*)?\d{1,4}[A-Za-z]?(?:\s*(?:bis|ter)\b)?(?:/\d{1,3}\b)?\b(?!\s*[A-ZÀ-Þ][a-zà-ÿ])"
)
# "Bahnhofstrasse 12", "Kerkstraat 4", "Rue 3e Avenue": compound street names carry their type.
_COMPOUND_STREET = re.compile(
    r"\b[A-ZÀ-Þ][a-zà-ÿß]+(?:strasse|straße|str\.|gasse|weg|platz|allee|ring|graben|straat|laan|plein|"
    r"dreef|steenweg|kade|gracht)\s+\d{1,4}[a-zA-Z]?\b"
    r"|\b\d{1,5}[A-Za-z]?,?\s+\d{1,2}(?:e|re|er|ème|st|nd|rd|th)\s+(?i:avenue|av|rue|street|st|rang)\b\.?"
    r"(?:\s+(?:Est|Ouest|Nord|Sud|E|W|N|S)\b)?"
)
_POSTCODE_SHAPES = re.compile(
    r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b"  # Canada
    r"|\b(?:L|CH|B|F)-\d{4,5}\b"  # Luxembourg, Swiss, Belgian, French codes with a country prefix
)
_COMPLEX_AFTER_HINTS = (
    "estate",
    "garden",
    "court",
    "tower",
    "manor",
    "village",
    "park",
    "heights",
    "terrace",
    "residence",
    "hall",
    "apartments",
    "condo",
    "house",
    "lodge",
    "mansions",
    "cottage",
    "farm",
)
_SEP = re.compile(r"\s*(?:,|\s-\s|–)?\s*")
_NAME_AFTER = re.compile(rf"\s*,\s*({_NAME})(?=\s*,\s*[A-ZÀ-Þ])")
_AFTER_ADDRESS_CODE = re.compile(
    r"\s*,?\s*(\d{4,5})\s+((?:L[ea]s?\s+|L['’])?[A-ZÀ-Þ][\w'’-]+(?:[ -](?!(?i:cedex)\b)[A-ZÀ-Þ][\w'’-]+)?)"
)

# A four-digit code alone after a Belgian, Luxembourg, Swiss or Tunisian address, the town left out or
# said before it ("rue Royale 41, 4900, dimanche", "boulevard Dolez 17, 7000."): the comma, then the code,
# then punctuation, the end or a lowercase word; never a range, a unit or a time ("2019-2021", "1500 mg").
_AFTER_ADDRESS_BARE_CODE = re.compile(
    r"\s*,\s*([1-9]\d{3})(?=\s*(?:[.,;:!?)]|$)|\s+(?!(?:mg|ml|ans|years|yo|fois|times|euros?|€|à|au|to|et|and)\b)"
    r"[a-zà-ÿ])(?!\s*(?:[-–/]\s*\d|[.,]\d))"
)

# The town then its code after an address (New Zealand, Singapore, Nordic and Dutch order).
_AFTER_ADDRESS_TOWN_CODE = re.compile(
    r"\s*,?\s*([A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)\s*,?\s+(\d{4,6})\b"
    r"(?!\s*(?:mg|%|/|\.\d|,\d|ans|years|yo))"
)


# Kinds of address parts: a street, box or rural route makes an address alone; a named complex
# needs a designator or its own number ("Domaine de la Source, villa 9"); a designator alone
# ("room 14" on a ward, "4e étage") is not an address.
FOUND, STREET, COMPLEX, DESIGNATOR = 3, 2, 1, 0


# Words one of which must be in the text for each part to be looked for (folded tokens).
_HINTS: dict[str, frozenset[str]] = {
    "designator": word_set(
        "apt appt app apartment appartement suite ste unit unite bureau office room rm chambre flat bldg "
        "building batiment bat bloc block porte door villa lot boite bte bus box comp site escalier esc "
        "floor etage tour tower blk fl dept ofc spc space trlr bsmt piso planta puerta portal escalera andar bloque"
    ),
    "box": word_set("po p box postale boite cp c bp b rr r private locked route tsa cs rd"),
    "complex": word_set(
        "residence domaine cite immeuble lotissement quartier hameau lieu-dit villa hall"
    ),
    "street_then_number": word_set(
        "rue avenue av boulevard bd chaussee place route rte chemin ch quai allee impasse rang grand-rue "
        "grand'rue haute steenweg straat strasse gasse weg platz calle c avenida avda avinguda carrer passeig "
        "paseo plaza placa camino carretera rua travessa estrada largo praca"
    ),
}


def _atoms(text: str, cands: list[Candidate], words: frozenset[str]) -> list[tuple[int, int, int]]:
    """Address parts as (start, end, kind); the addresses found before count as streets (kind 3)."""
    atoms = list({(c.start, c.end, FOUND) for c in cands if c.label == "ADDRESS"})
    low = text.lower()
    for rx, kind, hint in (
        (_NA_STREET, STREET, None),
        (_COMPOUND_STREET, STREET, None),
        (_STREET_THEN_NUMBER, STREET, "street_then_number"),
        (_BOX, STREET, "box"),
        (_COMPLEX_BEFORE, COMPLEX, "complex"),
        (_COMPLEX_AFTER, COMPLEX, None),
        (_DESIGNATOR, DESIGNATOR, "designator"),
    ):
        if (
            hint is not None
            and words.isdisjoint(_HINTS[hint])
            and not (hint == "designator" and ("#" in text or "º" in text or "ª" in text))
        ):
            continue
        if rx is _COMPLEX_AFTER and not any(h in low for h in _COMPLEX_AFTER_HINTS):
            continue  # it starts at every capital: only when a complex word is there
        for m in rx.finditer(text):
            numbered = kind == COMPLEX and m.group()[0].isdigit()
            atoms.append((m.start(), m.end(), STREET if numbered else kind))
    if "BP" in text:
        for m in _BARE_BP.finditer(text):
            sentence = re.split(r"[.!?\n]", text[max(0, m.start() - 60) : m.end() + 40])
            if _BP_NOT_AFTER.search(text, max(0, m.start() - 12), m.start()) or any(
                _BP_MEDICAL.search(part) for part in sentence if "BP" in part
            ):
                continue
            # a town or a code after it, or a number no pressure reading takes
            if not _BP_TOWN_AFTER.match(text, m.end()) and 60 <= int(m.group(1)) <= 300:
                continue
            atoms.append((m.start(), m.end(), STREET))
    if "Z" in text or "parc" in words or "zone" in words:
        atoms += [(m.start(), m.end(), COMPLEX) for m in _ZONE.finditer(text)]
    atoms += [(m.start(), m.end(), STREET) for m in _NUMBERED_ROW.finditer(text)]
    if not words.isdisjoint(_LODGING_WORDS):
        for m in _LODGING.finditer(text):
            atoms.append((m.start(), m.end(), DESIGNATOR))
            after = _NAME_AFTER.match(text, m.end())
            # "Static 22, Mains of Craigie": the park or farm it is in
            if after is not None and fold(m.group().split()[0]) in _LODGING_NAMED:
                atoms.append((after.start(1), after.end(1), COMPLEX))
        atoms += [(m.start(), m.end(), COMPLEX) for m in _CAMPSITE.finditer(text)]
    if "#" in text:
        atoms += [(m.start(), m.end(), DESIGNATOR) for m in _HASH_UNIT.finditer(text)]
    if not words.isdisjoint(_USPS_WORDS):
        atoms += [(m.start(), m.end(), STREET) for m in _USPS_STREET.finditer(text)]
    if "St" in text or "Av" in text or "Road" in text or "Bl" in text:
        atoms += [(m.start(), m.end(), STREET) for m in _ORDINAL_STREET.finditer(text)]
    if "Street" in text or "Road" in text or "Lane" in text or "Avenue" in text:
        atoms += [(m.start(), m.end(), STREET) for m in _NUMBERED_STREET.finditer(text)]
        atoms += [(m.start(), m.end(), DESIGNATOR) for m in _HOUSE.finditer(text)]
    atoms.sort()
    return atoms


def _chains(text: str, atoms: list[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Join parts that touch or are separated only by a comma or a dash."""
    chains: list[tuple[int, int, list[int]]] = []
    for s, e, kind in atoms:
        if chains:
            cs, ce, kinds = chains[-1]
            if s < ce or _SEP.fullmatch(text[ce:s]):
                kinds.append(kind)
                chains[-1] = (cs, max(ce, e), kinds)
                continue
        chains.append((s, e, [kind]))
    return chains


def detect_address_grammar(text: str, words: frozenset[str], out: list[Candidate]) -> None:
    """ADDRESS chains, fixed-shape postcodes, and the code and town after an address.

    `words` are the text's folded tokens, used to skip parts that cannot occur.
    """
    if "quartier" in words or "secteur" in words:
        for m in QUARTER.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "CITY", PRI_CITY_CUE))
    has_digit = text_has_digit(text)
    if not has_digit and (
        words.isdisjoint(_HINTS["complex"]) or words.isdisjoint(_HINTS["designator"])
    ):
        return
    for m in _POSTCODE_SHAPES.finditer(text):
        out.append(Candidate(m.start(), m.end(), "POSTCODE", PRI_POSTCODE + 1))
    strong_ends: list[int] = []
    found = {(c.start, c.end) for c in out if c.label == "ADDRESS"}
    for s, e, kinds in _chains(text, _atoms(text, out, words)):
        new = set(kinds) - {FOUND}
        # A street of our own, or a designator joined to an address found before or to a named
        # complex ("Domaine de la Source, villa 9"); an address found before stays as it was.
        if (
            STREET in new
            or (DESIGNATOR in new and (FOUND in kinds or COMPLEX in kinds))
            # "ZA des Grands Champs, 12 allée des Artisans": a complex beside an address found before
            or (COMPLEX in new and FOUND in kinds and (s, e) not in found)
        ):
            # Above organisation heads: "Residence Hall B" inside an address is part of it.
            out.append(Candidate(s, e, "ADDRESS", PRI_ORG_HEAD + 1))
            strong_ends.append(e)
    for end in sorted(set(strong_ends) | {e for _s, e in found}):
        after = _AFTER_ADDRESS_CODE.match(text, end)
        if after is not None:
            out.append(Candidate(after.start(1), after.end(1), "POSTCODE", PRI_POSTCODE + 1))
            out.append(Candidate(after.start(2), after.end(2), "CITY", PRI_CITY_CUE))
            continue
        after = _AFTER_ADDRESS_TOWN_CODE.match(text, end)
        if after is not None:  # "RD 2, Waipukurau 4282", "…, Singapore 650218"
            out.append(Candidate(after.start(1), after.end(1), "CITY", PRI_CITY_CUE))
            out.append(Candidate(after.start(2), after.end(2), "POSTCODE", PRI_POSTCODE + 1))
            continue
        after = _AFTER_ADDRESS_BARE_CODE.match(text, end)
        # only the street-then-number form of those countries ("rue Royale 41"), and a year-like code
        # only before punctuation ("12 rue de la Paix, 2020 était…" is a year)
        if (
            after is not None
            and text[end - 1].isdigit()
            and not (
                1900 <= int(after.group(1)) <= 2099 and text[after.end() :].strip()[:1].isalpha()
            )
        ):
            out.append(Candidate(after.start(1), after.end(1), "POSTCODE", PRI_POSTCODE + 1))
