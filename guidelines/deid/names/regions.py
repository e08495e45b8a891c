"""Words a name rule took for a person that the sentence shows to be something else.

- a region or a country after a town and a comma (`Lafayette, Louisiana`, `Curepipe, Mauritius`),
  by the list of countries, states and provinces derived from `phonenumbers`
  (`textkit/data/regions.txt`, shared with the rule engine; `bench/deid/derive_regions.py`);
- a capitalised word after French `en` (`en Acadie`, `en Louisiane`): `en` before a proper noun
  is a feminine country or region, or a language, never a person (`chez`, `avec`, `à` are);
- a whole country or state that is no first name, read as a place (`tips for Mexico:`, `flying to Peru`),
  never beside a title or a relative (`my daughter India`, `Mrs Montana` stay people);
- an ordinary lowercase word after `je suis` / `I'm` (`je suis cariste`, `je suis affiliée`): a
  job, a state or a people, unless it is also a first name (`I'm grace`, `je suis jojo` stay).

Neither is an identifier by the labels' conventions (a region or a country is coarser than a town).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.cues import RELATIVES, TITLES
from textkit.folding import fold
from textkit.lists import shared_list

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EN_BEFORE = re.compile(r"(?:^|[\s(])en\s+$")
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:to|in|from|visit|visiting|across|around|au|aux|en|vers|depuis|du)\s+(?:the\s+|le\s+|la\s+|l['’])?$"
)
_SELF_BEFORE = re.compile(r"(?i)\b(?:je\s+suis|i['’]m|i\s+am)\s+$")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Countries, states and provinces, folded (textkit/data/regions.txt)."""
    return frozenset(fold(r) for r in shared_list("regions"))


def _ordinary(words: list[str], g: Gazetteers) -> bool:
    return bool(words) and all((f := fold(w)) in g.known and f not in g.first_names for w in words)


def _place_not_person(text: str, c: Candidate, words: list[str], g: Gazetteers) -> bool:
    """A whole country or state, no first name, read as a place: a heading ("Mexico:") or after a place
    preposition ("to", "in", « au »), and no title or relative within a few words (countries are first
    names too: "my daughter India", "Kenya, my niece", "Mrs Montana" stay people)."""
    if not words or fold(" ".join(words)) not in region_names():
        return False
    if any(fold(w) in g.first_names for w in words):
        return False
    around = [fold(w) for w in _WORD.findall(text[max(0, c.start - 30) : c.start])[-3:]]
    around += [fold(w) for w in _WORD.findall(text[c.end : c.end + 30])[:3]]
    if any(w in TITLES or w in RELATIVES for w in around):
        return False
    heading = text[c.end : c.end + 2].lstrip(" ").startswith(":")
    return heading or _PLACE_BEFORE.search(text[max(0, c.start - 14) : c.start]) is not None


def drop_region_words(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """chosen without the PERSON spans that are regions, countries or ordinary self-descriptions."""
    out: list[Candidate] = []
    for c in chosen:
        if c.label == "PERSON":
            words = _WORD.findall(text[c.start : c.end])
            before = text[max(0, c.start - 14) : c.start]
            prev = out[-1] if out else None
            after_town = (
                prev is not None
                and prev.label == "CITY"
                and re.fullmatch(r",\s*", text[prev.end : c.start]) is not None
            )
            if after_town and fold(" ".join(words)) in region_names():
                continue  # "Lafayette, Louisiana"
            if _place_not_person(text, c, words, g):
                continue  # "tips for Mexico:", "flying to Peru": a country is no person here
            if _EN_BEFORE.search(before) and len(words) == 1 and words[0][0].isupper():
                continue  # "en Acadie"
            if (
                _SELF_BEFORE.search(before)
                and len(words) == 1
                and words[0].islower()
                and _ordinary(words, g)
            ):
                continue  # "je suis cariste"
        out.append(c)
    return out
