"""Places and addresses read from the slot they fill (deid50; docs/deid.md "deid50"), a pass after `city_slots`.

- *A town between an address and its postcode*: "[Flat 2, 19 Marsh Lane], [Peel] IM5 1AB": one to three
  capitalised words after the address and a comma, straight before the postcode, whatever the lists say.
- *A town closing a heading*: "Riverside Food Bank, [Reading].", "Association Les Restos, [Liège]." : a line
  that opens with two or more capitalised words, a comma and a town of `data/cities.txt` or GeoNames
  (`data/towns_geonames.txt`), even one that is also a word, closing the line or the sentence.
- *A town of several words after a place preposition*: GeoNames' "[Moose Jaw]", « à [La Prairie] »; or a
  capitalised word, a particle and capitalised words, the way Romance place names join ("in [Cortina
  d'Ampezzo]", "in [Puerto de la Cruz]", « à [Cortina d'Ampezzo] »). No medical word, eponym or title inside.
- *The rest of an address*: a flat number before its house number ("[5/2 Easter Road]"), a Québec lot number
  before its rang ("[245, rang 4]"), the name of a French or African neighbourhood or hamlet, the name only as
  the sets mark it (« quartier [Bellevue] », « hameau [des Granges] », « quartier [Bè] »).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import Gazetteers, Phrases, _token_tuple
from guidelines.deid.candidate import PRI_CITY_CUE, Candidate
from guidelines.deid.cues import TITLES
from guidelines.deid.detectors.text_gates import has_word
from guidelines.deid.names.towns import towns
from textkit.folding import fold

_CAP = r"[A-ZÀ-Þ][\w’'-]*"
_BETWEEN = re.compile(rf"[ \t]*,[ \t]*(?P<town>{_CAP}(?:[ \t]+{_CAP}){{0,2}}),?[ \t]*$")
_HEADING = re.compile(
    rf"(?m)^[ \t]*{_CAP}(?:[ \t]+(?:{_CAP}|&|of|de|du|des|la|le|for|and|et)){{1,6}}[ \t]*,[ \t]*"
    rf"(?P<town>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*(?:[.;]|$)"
)
_PARTICLE = r"(?:d['’]|de[ \t]+la[ \t]+|de[ \t]+los[ \t]+|de[ \t]+las[ \t]+|del[ \t]+|de[ \t]+|di[ \t]+|da[ \t]+|du[ \t]+|des[ \t]+|do[ \t]+|dos[ \t]+|das[ \t]+|sur[ \t]+|upon[ \t]+|am[ \t]+|an[ \t]+der[ \t]+)"
_AFTER_PREP = re.compile(
    rf"(?<![\w’'-])(?:in|at|to|from|near|à|a|de|vers|pour|depuis)[ \t]+"
    rf"(?P<town>{_CAP}(?:(?:[ \t]+|[ \t]+{_PARTICLE}|(?<=['’])){_CAP}){{0,3}})"
)
_PARTICLE_JOIN = re.compile(
    rf"{_CAP}[ \t]+{_PARTICLE}{_CAP}|{_CAP}[ \t]+d['’]{_CAP}|{_CAP}d['’]{_CAP}"
)
_FLAT_BEFORE = re.compile(r"(?<![\w/])\d{1,4}[a-zA-Z]?/$")
_LOT_BEFORE = re.compile(r"(?<![\w,])\d{1,5}[ \t]*,[ \t]*$")
_QUARTER = re.compile(
    rf"(?i:\b(?:quartier|hameau|cité|cite|résidence|residence|lotissement))[ \t]+(?P<name>(?:(?:des|du|de[ \t]+la|de|les|le|la|d['’])[ \t]*)?"
    rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
)
# deidperf9: _QUARTER's kind words, each a whole run of the text it matches (\b before, a blank after)
_QUARTER_GATE = frozenset(
    {"quartier", "hameau", "cité", "cite", "résidence", "residence", "lotissement"}
)
_NUMBERED_STREET = re.compile(r"\d+[a-zA-Z]?[ \t]+[^\W\d_]{2,}")
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _town_lists() -> tuple[Phrases, ...]:
    return (towns(),)


def _listed(phrase: str, g: Gazetteers) -> bool:
    toks = _token_tuple(phrase)
    if not toks:
        return False
    for p in (g.cities, *_town_lists()):
        if len(toks) == 1 and toks[0] in p.single:
            return True
        if len(toks) > 1 and toks in p.multi.get(toks[0], ()):
            return True
    return False


_PARTICLES = frozenset(
    [
        "d",
        "de",
        "la",
        "del",
        "du",
        "des",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "los",
        "las",
        "le",
        "les",
        "sur",
        "upon",
        "am",
        "an",
        "der",
        "et",
    ]
)


def _clean(phrase: str, g: Gazetteers, listed: bool = False) -> bool:
    """No medical word, eponym, title or service name inside (a listed town of several words is trusted for its
    body words: "Moose Jaw")."""
    words = [fold(w) for w in _WORDS.findall(phrase) if fold(w) not in _PARTICLES]
    return bool(words) and not any(
        (w in g.medical and not listed) or w in g.eponyms or w in TITLES or w in g.not_names
        for w in words
    )


def _foreign_head(phrase: str, g: Gazetteers) -> bool:
    """The first word of a particle phrase is no word, name or street kind of ours ("Cortina", "Puerto"; not
    « Hôtel de Ville », « Jean de Brébeuf », "Rue de la Paix")."""
    f = fold(_WORDS.findall(phrase)[0])
    return not (f in g.common or f in g.first_names or f in g.surnames or f in g.street_types)


def _free(s: int, e: int, taken: list[tuple[int, int]]) -> bool:
    return not any(a < e and s < b for a, b in taken)


def place_slots(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """chosen with the places and address parts above (module docstring)."""
    added: list[Candidate] = []
    kept = list(chosen)
    for k, c in enumerate(chosen):
        if c.label == "POSTCODE" and k and chosen[k - 1].label == "ADDRESS":
            m = _BETWEEN.match(text, chosen[k - 1].end, c.start)
            if m and _clean(m.group("town"), g):
                added.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
        if c.label == "ADDRESS" and _NUMBERED_STREET.match(text, c.start):
            m = _FLAT_BEFORE.search(text, max(0, c.start - 6), c.start)
            if m:
                kept[k] = Candidate(m.start(), c.end, c.label, c.priority)
        if c.label == "ADDRESS" and text[c.start : c.end].lower().startswith("rang"):
            m = _LOT_BEFORE.search(text, max(0, c.start - 10), c.start)
            if m:
                kept[k] = Candidate(m.start(), c.end, c.label, c.priority)
    taken = [(c.start, c.end) for c in kept + added]
    for m in _HEADING.finditer(text):
        s, e = m.span("town")
        if _listed(m.group("town"), g) and _clean(m.group("town"), g) and _free(s, e, taken):
            added.append(Candidate(s, e, "CITY", PRI_CITY_CUE))
            taken.append((s, e))
    for m in _AFTER_PREP.finditer(text):
        s, e = m.span("town")
        phrase = m.group("town")
        if " " not in phrase and "'" not in phrase and "’" not in phrase:
            continue  # one word: city_slots and the town rules read it
        listed = _listed(phrase, g)
        if not _clean(phrase, g, listed and " " in phrase):
            continue
        if listed or (_PARTICLE_JOIN.fullmatch(phrase) and _foreign_head(phrase, g)):
            over = [c for c in kept if c.start < e and s < c.end]
            if all(
                c.label in ("CITY", "PERSON") and s <= c.start and c.end <= e for c in over
            ) and _free(s, e, [(a.start, a.end) for a in added]):
                kept = [c for c in kept if c not in over]
                added.append(Candidate(s, e, "CITY", PRI_CITY_CUE))
    for m in _QUARTER.finditer(text) if has_word(text, _QUARTER_GATE) else ():
        s, e = m.span(
            "name"
        )  # the name only, a CITY, as the sets mark it (« quartier [Mvog-Ada] »)
        over = [c for c in kept if c.start < e and s < c.end]
        if _clean(m.group(), g) and all(
            c.label in ("CITY", "PERSON") and s <= c.start and c.end <= e for c in over
        ):
            kept = [c for c in kept if c not in over]
            added.append(Candidate(s, e, "CITY", PRI_CITY_CUE))
    if not added and kept == chosen:
        return chosen
    return sorted(kept + added, key=lambda c: c.start)
