"""Medical devices, products and procedures named by a capitalised word (deid37): `a Pavlik harness`,
`Zimmer frame`, `Foley catheter`, `Boston brace`, `his Dexcom keeps alarming`, `Guthrie test`,
`C-section`, « cadre Zimmer », « sonde de Foley », « harnais de Pavlik », « lait Modilac ».

The evidence is the word's place, which no list of brands can give:

- a head noun after it (`frame`, `harness`, `boot`, `brace`, `splint`, `catheter`, `formula`,
  `bottles`, `hearing aid`…; `HEADS_AFTER`);
- a French device noun before it, directly or through « de » (`attelle Donjoy`, `sonde de Foley`);
- a device's verb after it with a determiner or possessive before (`his Dexcom keeps alarming`,
  `my Libre reads 14`);
- a single capital letter joined by a hyphen (`C-section`, `X-ray`, `D-dimer`, `T-scan`);
- last, a short file of device and formula brands and eponymous devices (`data/device_brands.txt`).

Both ways: a span a title or a person cue made is never touched (the caller's priority), a
possessive `'s` is a person's (`Sarah's pump`, `Mr Zimmer's frame`), and a known first name needs
a determiner before it in English (`give Jack milk`, `Oscar bottles`) and never follows « de »
(« le biberon de Léo », « le test de Léa »).
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import DATA_DIR, Gazetteers
from guidelines.deid.cues import word_set
from guidelines.deid.doc import Doc
from textkit.folding import fold
from textkit.lists import read_lines

HEADS_AFTER = word_set(
    "frame frames harness harnesses boot boots brace braces splint splints stick sticks crutch crutches "
    "implant implants formula formulas formulae milk bottle bottles teat teats steriliser sterilizer "
    "cream creams catheter catheters line lines stent stents shunt shunts valve valves collar collars "
    "jacket bar walker walkers rollator wheelchair wheelchairs commode hoist hoists stedy sling slings "
    "mattress cushion stockings stocking bandage bandages dressing dressings pads nappies dummy dummies "
    "soother shield shields pillow tube tubes bag bags mask masks nebuliser nebulizer spacer meter "
    "monitor monitors pump pumps sensor sensors inhaler pen patch test tests manoeuvre maneuver "
    "procedure technique method casting casts cast scale score sign glucometer lancet lancets"
)
# two-word heads after the word ("his Oticon hearing aid")
HEADS_AFTER_2 = frozenset({("hearing", "aid"), ("hearing", "aids"), ("breast", "pump")})
# French device nouns before the word (« attelle Donjoy », « sonde de Foley »)
NOUNS_BEFORE = word_set(
    "cadre cadres attelle attelles deambulateur deambulateurs lait laits biberon biberons tetine tetines "
    "sonde sondes harnais botte bottes corset corsets collier minerve appareil appareils appareillage "
    "prothese protheses pompe capteur lecteur stylo inhalateur tire-lait sterilisateur fauteuil "
    "leve-personne matelas coussin creme pommade gouttes"
)
# nouns that take their eponym only through « de » (« test de Guthrie », « manœuvre de Heimlich »)
NOUNS_DE = word_set("manoeuvre manœuvre test signe score echelle chambre catheter")
# words between a French noun and its brand: « prothèses auditives Oticon », « chambre d'inhalation X »
_FR_LINK = word_set("auditif auditive auditifs auditives d' de inhalation roulant medicale medical")
DEVICE_VERBS = word_set(
    "alarm alarms alarmed alarming beeps beeping beeped buzzes buzzing vibrates vibrating failed keeps kept "
    "sonne sonnait bipe bipait decolle"
)
# verbs of a reading, only before a number or a reading word ("my Libre reads 14", « affiche 2,1 »)
READ_VERBS = word_set("reads read showed shows says said affiche affichait indique indiquait")
_READING = word_set("hi lo low high error erreur")
_KEEPS = word_set("keeps kept")
# heads a town also takes ("Devon cream", "the Manchester line"): never kept after a CITY span
_PLACE_HEADS = word_set("cream creams milk line lines stick sticks bag bags")
DETERMINERS = word_set(
    "a an the his her my our their your this that un une le la l' les son sa ses mon ma mes notre leur du"
)
_LETTER_HYPHEN = re.compile(r"[A-Z]-[a-z]{3,}")


@cache
def _lexicon() -> dict[bool, frozenset[tuple[str, ...]]]:
    """data/device_brands.txt: brands (False) and eponymous devices marked `~` (True)."""
    lines = read_lines(DATA_DIR / "device_brands.txt")
    return {
        eponym: frozenset(
            tuple(fold(w.lstrip("~")).split()) for w in lines if w.startswith("~") == eponym
        )
        for eponym in (False, True)
    }


def device_brands() -> frozenset[tuple[str, ...]]:
    """Device, formula and baby-care brands, kept wherever a weak rule found them."""
    return _lexicon()[False]


def _possessive(word: str) -> bool:
    return (len(word) > 2 and word[-2:] in ("'s", "’s")) or word[-1:] in ("'", "’")


def _first_name(doc: Doc, k: int, g: Gazetteers) -> bool:
    return doc.folded[k] in g.first_names


def device_span(doc: Doc, i0: int, i1: int, g: Gazetteers, label: str = "PERSON") -> bool:
    """Tokens i0..i1 (a weak name, place or organisation span) name a device, product or procedure.
    The brand list never undoes an organisation: makers are employers too (`I work at Invacare`)."""
    words, folded, n = doc.words, doc.folded, len(doc.words)
    if _possessive(words[i1]):
        return False  # "Sarah's pump", "Mr Zimmer's frame": the owner of the device
    text = doc.text
    if _LETTER_HYPHEN.fullmatch(text[doc.spans[i0][0] : doc.spans[i1][1]]) or any(
        _LETTER_HYPHEN.fullmatch(words[k]) for k in range(i0, i1 + 1)
    ):
        return True  # "C-section", "X-ray", "D-dimer"
    prev = folded[i0 - 1] if i0 else ""
    key = tuple(folded[i0 : i1 + 1])
    # a first name needs a determiner (English) and never follows « de », unless it is a device eponym
    eponym = key in _lexicon()[True]
    first = i0 == i1 and _first_name(doc, i0, g) and not eponym
    k = i1 + 1
    while k < n and (words[k].lower() in ("x1", "x2", "x3") or words[k] == "®"):
        k += 1
    nxt = folded[k] if k < n else ""
    determined = prev in DETERMINERS
    town_head = label == "CITY" and nxt in _PLACE_HEADS and not eponym  # "Devon cream"
    head = (nxt in HEADS_AFTER and not town_head) or (
        k + 1 < n and (nxt, folded[k + 1]) in HEADS_AFTER_2
    )
    if head and (not first or determined):
        return True  # "a Pavlik harness", "Zimmer frame", "his Oticon hearing aid"
    if _french_noun_before(doc, i0, first):
        return True
    after = folded[k + 1] if k + 1 < n else ""
    if determined and not first:
        if nxt in DEVICE_VERBS and (nxt not in _KEEPS or after.endswith("ing")):
            return True  # "his Dexcom keeps alarming", "the Omnipod failed"
        if nxt in READ_VERBS and (after[:1].isdigit() or after in _READING):
            return True  # "my Libre reads 14", « le FreeStyle affiche 2,1 »
    if prev == "(" and i0 >= 2 and folded[i0 - 2] in HEADS_AFTER | {"aid", "aids"} and nxt == ")":
        return True  # "hearing aids (Phonak)"
    if label == "ORGANIZATION":
        return False
    listed = key in device_brands() or all((w,) in device_brands() for w in key)
    return listed and not (first and not determined)


def _french_noun_before(doc: Doc, i0: int, first: bool) -> bool:
    """« attelle Donjoy », « prothèses auditives Oticon », « sonde de Foley », « test de Guthrie »."""
    j = i0 - 1
    via_de = False
    while j >= 0 and doc.folded[j] in _FR_LINK and i0 - j <= 3:
        via_de = via_de or doc.folded[j] in ("de", "d'")
        j -= 1
    if first or j < 0:
        return False  # « le biberon de Léo », "after the test Sarah said"
    return doc.folded[j] in NOUNS_BEFORE or (via_de and doc.folded[j] in NOUNS_DE)
