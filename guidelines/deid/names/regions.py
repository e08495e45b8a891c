"""Words a name rule took for a person that the sentence shows to be something else.

- a region or a country after a town and a comma (`Lafayette, Louisiana`, `Curepipe, Mauritius`),
  by the list of countries, states and provinces derived from `phonenumbers`
  (`data/regions.txt`, `bench/deid/derive_regions.py`);
- a capitalised word after French `en` (`en Acadie`, `en Louisiane`): `en` before a proper noun
  is a feminine country or region, or a language, never a person (`chez`, `avec`, `à` are);
- a whole country, state or province name that is no first name (`tips for Mexico:`; `Georgia` stays);
- an ordinary lowercase word after `je suis` / `I'm` (`je suis cariste`, `je suis affiliée`): a
  job, a state or a people, unless it is also a first name (`I'm grace`, `je suis jojo` stay).

Neither is an identifier by the labels' conventions (a region or a country is coarser than a town).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR, Gazetteers
from guidelines.deid.candidate import Candidate
from textkit.folding import fold
from textkit.lists import read_lines

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_EN_BEFORE = re.compile(r"(?:^|[\s(])en\s+$")
_SELF_BEFORE = re.compile(r"(?i)\b(?:je\s+suis|i['’]m|i\s+am)\s+$")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Countries, states and provinces, folded (data/regions.txt)."""
    return frozenset(fold(r) for r in read_lines(DATA_DIR / "regions.txt"))


def _ordinary(words: list[str], g: Gazetteers) -> bool:
    return bool(words) and all((f := fold(w)) in g.known and f not in g.first_names for w in words)


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
            if (
                words
                and fold(" ".join(words)) in region_names()
                and not any(fold(w) in g.first_names for w in words)
            ):
                continue  # "tips for Mexico:": a country or a state is no person ("Georgia" may be)
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
