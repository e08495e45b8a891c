"""Towns that are also ordinary words (`Nice`, `Tours`, `Valence`), read from the slot they fill.

A capitalised word of the towns list, left by every other rule, is a CITY when the sentence puts it
where a town goes:

- after an organisation and `de`/`of`/`à`/`in` (`paroisse Saint-Martin de Tours`, `la chorale
  Sainte-Cécile à Bulle`);
- after a workplace's site word and `de` (`base de Valence`, `dépôt de Nice`, `agence de Tours`);
- after a person's name and a comma, closing the sentence or the line (`Tatiana Roux, Nice.`), the
  way a signature gives its town;
- right before a postcode (`27 Kingsway, Reading RG1 4PT`, `Tours 37000`), where an address puts its
  town (deid25);
- after a lowercase place preposition inside a sentence (`le club de foot de Tours`, `départ pour
  Porto`, `moving from Reading`), unless a first-name, organisation, service, medical or calendar
  list knows the word (deid25; `en` is left out: `née en Corse` names a region).
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_CITY_CUE, Candidate
from guidelines.deid.cues import word_set
from guidelines.deid.detectors.text_gates import has_word, spellings
from guidelines.deid.names.place_slots import place_slots
from textkit.folding import fold

_CAP_WORD = re.compile(r"[A-ZÀ-Þ][\w’'-]*")
_SITE_BEFORE = re.compile(
    r"(?i)\b(?:base|d[ée]p[ôo]t|entrep[ôo]t|agence|site|usine|plateforme|antenne|succursale)\s+"
    r"(?:de\s+|d['’])$"
)
_SITE_QUICK = re.compile(
    r"(?i)\b(?:base|d[ée]p[ôo]t|entrep[ôo]t|agence|site|usine|plateforme|antenne|succursale)\s+d"
)
# _SITE_QUICK's words, each a whole run of word characters in every match, in lowercase (deidperf7)
_SITE_WORDS = spellings(
    "base",
    "d[ée]p[ôo]t",
    "entrep[ôo]t",
    "agence",
    "site",
    "usine",
    "plateforme",
    "antenne",
    "succursale",
)
_NEXT_WORD = re.compile(r"(?P<joiner>\s+(?:de|of|à|in)\s+|,)[ \t]*(?P<town>[A-ZÀ-Þ][\w’'-]*)")
_CLOSES = re.compile(r"\s*(?:[.;!?\n]|$)")
_AFTER_PREP = re.compile(
    r"(?<![\w’'-])(?:de|d['’]|à|from|to|in|pour|vers|near|depuis)[ \t]+(?P<town>[A-ZÀ-Þ][\w’'-]*)"
)
_CALENDAR = word_set(
    "january february march april may june july august september october november december janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre monday tuesday "
    "wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche "
    "christmas noel easter paques"
)
# the capitalised word right before a postcode, after a comma, a number or the start of a line
_BEFORE_POSTCODE = re.compile(
    r"(?:^|(?<=[,\n])|(?<=\d))[ \t]*(?P<town>[A-ZÀ-Þ][\w’'-]*)[ \t]*,?[ \t]*$"
)


def city_slots(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """chosen plus the towns that the slot before them shows (module docstring)."""
    added: list[Candidate] = []
    for k, c in enumerate(chosen):
        if c.label not in ("ORGANIZATION", "PERSON"):
            continue
        gap_end = chosen[k + 1].start if k + 1 < len(chosen) else len(text)
        m = _NEXT_WORD.match(text, c.end, gap_end)
        if m is None or fold(m.group("town")) not in g.cities:
            continue
        joiner = m.group("joiner")
        if (c.label == "ORGANIZATION" and joiner != ",") or (
            c.label == "PERSON" and joiner == "," and _CLOSES.match(text, m.end())
        ):
            added.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
    for k, c in enumerate(chosen):
        if c.label != "POSTCODE":
            continue
        lo = chosen[k - 1].end if k else 0
        m = _BEFORE_POSTCODE.search(text, max(lo, c.start - 40), c.start)
        if m is not None and fold(m.group("town")) in g.cities:
            added.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
    taken = [(c.start, c.end) for c in chosen + added]
    for m in _AFTER_PREP.finditer(text):
        f = fold(m.group("town"))
        if (
            f in g.cities
            and f not in g.first_names
            and f not in g.organizations
            and f not in g.not_names
            and f not in g.medical
            and f not in _CALENDAR
            and not any(s < m.end() and m.start("town") < e for s, e in taken)
        ):
            added.append(Candidate(m.start("town"), m.end("town"), "CITY", PRI_CITY_CUE))
    if has_word(text, _SITE_WORDS) and _SITE_QUICK.search(text):
        taken = [(c.start, c.end) for c in chosen + added]
        for w in _CAP_WORD.finditer(text):
            if (
                fold(w.group()) in g.cities
                and _SITE_BEFORE.search(text[max(0, w.start() - 20) : w.start()])
                and not any(s < w.end() and w.start() < e for s, e in taken)
            ):
                added.append(Candidate(w.start(), w.end(), "CITY", PRI_CITY_CUE))
    # deid50: the towns and address parts read from their slot by names/place_slots.py
    return place_slots(text, sorted(chosen + added, key=lambda c: c.start) if added else chosen, g)
