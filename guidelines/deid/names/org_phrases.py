"""A charity or a service named by a phrase after a referral cue (deid47, issue 9).

French voluntary bodies are often named by a sentence-case phrase: « Relais vers Dans la rue »,
« Orientation vers Première ligne », « Logement attribué par 13 Habitat », « Association Du côté des
femmes ». After a cue of `data/org_units.txt` (`[phrase]`), a capitalised word (a number of a
département may come first) opens the name, which goes on over lowercase words up to a punctuation
mark, a line's end or a word of `[stop]` (« pour », « avec »…). The capital after the cue is the
evidence: a lowercase word after it is prose (« orientée vers le médecin traitant »). Never a title,
relative, day, month, non-answer or medical word in the name; a lone first name stays a person.
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import RELATIVES, TITLES
from guidelines.deid.detectors.text_gates import gate_words, has_word
from guidelines.deid.names.org_fields import _CALENDAR, NON_ANSWERS
from guidelines.deid.names.org_units import _alt, _generic, _sections
from textkit.folding import fold

_WORD = r"[\w'’]+(?:-[\w'’]+)*"
_FIRST = r"(?:\d{1,3}[ \t]+)?[A-ZÀ-ÖØ-Ý][\w'’]*(?:-[\w'’]+)*"
_FUNCTION_END = frozenset(
    {"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "and", "et"}
)


@cache
def _stops() -> frozenset[str]:
    return frozenset(fold(w) for e in _sections()["stop"] for w in e.split())


@cache
def _pattern() -> re.Pattern[str]:
    cues = [e.rstrip(":").strip() for e in _sections()["phrase"]]
    colon = _alt(
        tuple(c for c, e in zip(cues, _sections()["phrase"], strict=True) if e.endswith(":"))
    )
    bare = _alt(
        tuple(c for c, e in zip(cues, _sections()["phrase"], strict=True) if not e.endswith(":"))
    )
    return re.compile(
        rf"(?:(?<![\w'’-])(?i:{colon})[ \t]*:[ \t]*|(?<![\w'’-])(?i:{bare})[ \t]+)"
        r"(?P<art>(?:la|le|les|l['’])[ \t]*)?"
        rf"(?P<name>{_FIRST}(?:[ \t]+{_WORD}|[ \t]*['’]{_WORD}){{0,5}})"
    )


@cache
def _gate() -> frozenset[str] | None:
    """A word of every cue (deidperf8, `text_gates.gate_words`): `_pattern` matches a whole cue, with neither
    a word character, an apostrophe nor a hyphen before it and a colon or a blank after it."""
    return gate_words([e.rstrip(":").strip() for e in _sections()["phrase"]])


def _cut(words: list[tuple[int, int, str]]) -> int:
    """How many words the name keeps: up to a stop word, never ending on a function word."""
    n = len(words)
    for k, (_, _, w) in enumerate(words):
        if k and fold(w) in _stops():
            n = k
            break
    while n > 1 and fold(words[n - 1][2]) in _FUNCTION_END:
        n -= 1
    return n


def detect_org_phrases(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """Append each phrase name after a referral cue (module docstring)."""
    gate = _gate()
    for m in _pattern().finditer(text) if gate is None or has_word(text, gate) else ():
        s = m.start("name")
        words = [
            (s + w.start(), s + w.end(), w.group()) for w in re.finditer(r"[\w'’-]+", m["name"])
        ]
        words = words[: _cut(words)]
        if not words:
            continue
        folded = [fold(w) for _, _, w in words]
        first = folded[0]
        if first in TITLES or first in RELATIVES or first in _CALENDAR or first in NON_ANSWERS:
            continue
        if any(f in g.medical and f not in g.organizations for f in folded):
            continue
        if len(folded) == 1 and (first in g.first_names or first in g.stopwords or m["art"]):
            continue  # « suivie par Marie »: a person; « orienté vers le CMP »: a kind of service
        if first in _generic():
            continue  # « orientée vers SAMU »
        out.append(Candidate(s, words[-1][1], "ORGANIZATION", PRI_ORG_CUE + 2))
