"""Venues and small organisations named by ordinary words, and services named with their place (deid40).

A pub, a gym, a farm, a boat's marina, a sports club, a band or a university service is often named by
capitalised ordinary words, which the person and town rules never read as a name:
- *an inn sign* after lowercase "the": "the Red Lion", "the King's Head", "the Rose and Crown" (its last
  word in `data/venue_signs.txt`); alone ("the Anchor", "the Wheatsheaf") only after a place preposition;
- *a venue head word closing the name*: "Harbour Gym", "Glenholm Farm", "Leeds Uni Hiking Society" (heads in
  `data/venue_heads.txt`), where a word before the head is no kind (`data/venue_generic.txt`: "the Rugby
  Club", "Student Union Bar", "Sports Society" stay);
- *a team or a band by its place in the sentence*: "plays for the Swans", "our pub team the Badgers";
- *a service with its place*: "the Disability Service at Leeds", "Student Wellbeing Service at Exeter".
  A French acronym before « de » and a town (« le BAPU de Rennes ») was built and withdrawn: whole or the
  acronym alone, it lowered the precision of three held-out sets below their floors (docs/deid.md, deid40);
- *a French bar by its article*: « au Chat Noir », « bar Le Saint-Germain ».
Never: a run with a medical word, a helpline or policy word (`not_names.txt`: "Samaritans", « Croix-Rouge »),
a title, or a generic service alone ("the pharmacy", "A&E", « les urgences »: lowercase, or no name word).
Weaker than the cues (PRI_ORG_CUE - 1) except a service with its place, which wins over the town inside it.
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import Gazetteers, _read
from guidelines.deid.candidate import PRI_ORG_CUE, PRI_ORG_HEAD, Candidate
from guidelines.deid.cues import TITLES
from guidelines.deid.detectors.text_gates import has_raw_word
from textkit.folding import fold

PRI_VENUE = PRI_ORG_CUE - 1

_CAPW = r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+(?:['’]s)?(?:-[A-ZÀ-ÖØ-Ýa-zà-öø-ÿ][a-zà-öø-ÿ]+)*"
_PLACE_PREP = re.compile(
    r"(?:\b(?:at|to|from|in|outside|near|behind|down|into|round|opposite|by|past|inside)[ \t]+)$",
    re.I,
)
# "the Red Lion", "the King's Head", "the Rose and Crown": lowercase "the", up to two words, the sign last
_THE_SIGN = re.compile(
    rf"(?<![\w'’])(?P<the>[Tt])he[ \t]+(?P<name>(?:{_CAPW}[ \t]+(?:and[ \t]+)?){{0,2}}(?P<sign>{_CAPW}))"
    r"(?![\w'’&-])"
)
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÀ-ÖØ-Ý][\w'’-]*)")
# "Harbour Gym", "Mill Lane Dairy": one to three capitalised words, then a capitalised head
_HEADED = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_CAPW}[ \t]+(?:&[ \t]+)?){{1,3}}(?P<head>{_CAPW}))(?![\w'’-])"
)
_TEAM = re.compile(
    rf"\b(?:(?:plays?|played|playing)[ \t]+(?:for|with)[ \t]+the|(?:team|band|squad|choir)[ \t,]+the)"
    rf"[ \t]+(?P<name>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})(?![\w'’-])"
)
_SERVICE_HEAD = r"(?:Service|Services|Team|Centre|Center|Office|Unit|Hub)"
_SERVICE_AT = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_CAPW}[ \t]+){{1,3}}{_SERVICE_HEAD}[ \t]+at[ \t]+"
    rf"(?P<place>{_CAPW}(?:[ \t]+{_CAPW})?))(?![\w'’-])"
)
# Gates (deidperf7): a word every match of these case-sensitive grammars holds, as written.
_THE = frozenset({"The", "the"})
_TEAM_PIECES = ("play", "team", "band", "squad", "choir")
_SERVICE_AT_PIECES = ("Service", "Team", "Centre", "Center", "Office", "Unit", "Hub")
# « au Chat Noir », « à la Belle Époque », « bar Le Saint-Germain »
_FR_BAR = re.compile(
    rf"(?:\b(?:au|aux)|\bà[ \t]+la|\bà[ \t]+l['’]|\b(?P<kind>bar|café|pub|resto|restaurant|boîte|brasserie)[ \t]+"
    rf"(?=L[ea]s?[ \t]|L['’]))[ \t]*(?P<name>(?:L[ea]s?[ \t]+|L['’])?{_CAPW}(?:[ \t]+{_CAPW})?)(?![\w'’-])"
)
# heads a national or professional body also takes ("the Endocrine Society", "Royal Society"): the name
# needs a word outside the common words (a town: "Leeds Uni Hiking Society")
_BODY_HEADS = frozenset({"society"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ARTICLES = frozenset({"le", "la", "les", "l"})


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for line in _read(name) for w in line.split())


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"


def _clean(words: list[str], g: Gazetteers) -> bool:
    """No medical, helpline, policy or title word in the name."""
    for w in words:
        f = fold(w)
        if f.endswith(("'s", "’s")):
            f = f[:-2]
            if f in g.eponyms:
                return False  # "Parkinson's Society"
        if f in g.medical or f in g.not_names or f in TITLES:
            return False
    return True


def _signs(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    if not has_raw_word(text, _THE):
        return  # every match holds "the" or "The" as a whole run of word characters (deidperf7)
    for m in _THE_SIGN.finditer(text):
        words = _WORD.findall(m["name"])
        if fold(words[-1]) not in _words("venue_signs.txt") or not _clean(words, g):
            continue
        after = _NEXT_WORD.match(text, m.end())
        if after and fold(after[1]) not in g.stopwords:
            continue  # "the Lion King", "the Red Lion Hotel": a longer name, not the sign's
        if len(words) == 1 and m["the"] == "T":
            continue  # "The Anchor …" opening a sentence: no place preposition can precede it
        if (
            len(words) == 1
            and fold(words[0]) in g.common
            and not _PLACE_PREP.search(text[: m.start()])
        ):
            continue  # "the Anchor" alone only where one goes ("at the Anchor"); "the Wheatsheaf" anywhere
        out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_VENUE))


def _headed(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    heads, generic = _words("venue_heads.txt"), _words("venue_generic.txt")
    for m in _HEADED.finditer(text):
        if fold(m["head"]) not in heads:
            continue
        words = _WORD.findall(m["name"])[:-1]
        start = m.start("name")
        while words and (
            fold(words[0]) in g.stopwords
            or (_sentence_start(text, start) and fold(words[0]) in g.common)
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]  # "The Harbour Gym", "Great Gym at …": the sentence's opening word
        if not words or all(fold(w) in generic or fold(w) in g.stopwords for w in words):
            continue
        if fold(m["head"]) in _BODY_HEADS and all(fold(w) in g.common for w in words):
            continue
        if fold(words[0]) in g.first_names and fold(words[0]) not in g.common:
            continue  # "Pauline Orchard": a person whose family name is a venue's head
        if _clean(words, g):
            out.append(Candidate(start, m.end("name"), "ORGANIZATION", PRI_VENUE))


def _teams(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    if not any(p in text for p in _TEAM_PIECES):
        return
    for m in _TEAM.finditer(text):
        words = _WORD.findall(m["name"])
        if _clean(words, g) and not any(
            fold(w) in g.stopwords or fold(w) in g.first_names for w in words
        ):
            out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_VENUE))


def _services(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    if not any(p in text for p in _SERVICE_AT_PIECES):
        return
    for m in _SERVICE_AT.finditer(text):
        words = _WORD.findall(m["name"])
        place = fold(_WORD.findall(m["place"])[0])
        if place in g.common or not _clean(words, g):
            continue  # "… Service at Christmas", "at Work"
        start = m.start("name")
        if fold(words[0]) in g.stopwords:
            start = text.index(words[1], start + len(words[0]))  # "The Disability Service …"
        out.append(Candidate(start, m.end("name"), "ORGANIZATION", PRI_ORG_HEAD))


def _french_bars(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    generic = _words("venue_generic.txt")
    for m in _FR_BAR.finditer(text):
        words = [w for w in _WORD.findall(m["name"]) if fold(w) not in _ARTICLES]
        folded = [fold(w) for w in words]
        if len(words) < 2 and not m["kind"]:
            continue  # « au Canada », « au Mans »: one word is a place's business
        if _sentence_start(text, m.start()) or not _clean(words, g):
            continue
        if any(f in generic or f in g.stopwords or f in g.first_names for f in folded):
            continue  # « au Pôle Emploi », « à la Sécurité Sociale », « au Pierre … »
        if not m["kind"] and not all(f in g.common for f in folded):
            continue  # « au Mont Saint-Michel »: a place's words are the town rules' business
        out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_VENUE))


def detect_venues(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append pubs, venues, teams, bands and services with their place (module docstring)."""
    _signs(text, g, out)
    _headed(text, g, out)
    _teams(text, g, out)
    _services(text, g, out)
    _french_bars(text, g, out)
