"""Nicknames given beside a name: "Kezia Ortega ('kez')", "Ciarán Toner (goes by 'wee ciarán')",
« Sébastien Vandamme (« bébert ») », "lists friend 'taff'", "known as "Jojo"".

Referral forms, hostel and custody logs give the name people answer to right after the legal one, in quotes or
in brackets; it names the person as surely as the full name does (the round of 2026-12-07 21:30, post hoc on
blind29: seven of its questions leaked only such a nickname). A nickname is read only where its shape says so:
quoted, or bracketed straight after a name the pipeline already hides, or quoted after a cue ("goes by",
"known as", « dit », « surnommé ») or a word for a friend or partner. At most three short words, no digit.
"""

from __future__ import annotations

import re

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from textkit.lists import read_lines

_OPEN = r"['‘\"“«]\s?"
_CLOSE = r"\s?['’\"”»]"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_NICK = rf"(?P<nick>{_WORD}(?:[ -]{_WORD}){{0,2}})"
_CUE = (
    r"(?:goes\s+by|going\s+by|known\s+as|aka|a\.k\.a\.?|nicknamed|nickname|called|alias|dit|dite|"
    r"surnomm[ée]e?|qu['’]on\s+appelle|appel[ée]e?)"
)
# Straight after a name: "Name ('kez')", "Name (« bébert »)", "Name (goes by 'wee ciarán')", "Name, known as 'Jojo'".
_AFTER_NAME = re.compile(rf"\s*(?:\(\s*(?:{_CUE}\s+)?|,\s*{_CUE}\s+){_OPEN}{_NICK}{_CLOSE}", re.I)
# Anywhere, quoted after a cue only people have or a friend's word: "lists friend 'taff'", "goes by “Jojo”"
# ("known as", "called", « dit » also name diseases and quote speech: only straight after a name).
_CUED = re.compile(
    rf"\b(?:goes\s+by|going\s+by|nicknamed|surnomm[ée]e?|friend|mate|pal|partner|boyfriend|girlfriend|brother|sister|cousin|ami|amie|copain|"
    rf"copine|pote|compagnon|compagne|fr[èe]re|s[œo]eur)\s+{_OPEN}{_NICK}{_CLOSE}",
    re.I,
)
_MAX_CHARS = 25
# A quoted phrase of grammar words is speech or a role, not a nickname ("('the landlord')", "(“we'll see”)").
_GRAMMAR = frozenset(read_lines(DATA_DIR / "nickname_speech_words.txt"))


def _speech(text: str, start: int, end: int) -> bool:
    return any(w.lower() in _GRAMMAR for w in re.split(r"[\s'’-]+", text[start:end]) if w)


def nicknames(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans with the nicknames beside a name, or quoted after a cue, added as PERSON."""
    if not any(q in text for q in "'‘\"“«"):
        return chosen
    found = []
    for c in chosen:
        if c.label == "PERSON":
            m = _AFTER_NAME.match(text, c.end)
            if m:
                found.append(m.span("nick"))
    found += [m.span("nick") for m in _CUED.finditer(text)]
    kept = list(chosen)
    for s, e in found:
        over = [c for c in kept if c.start < e and s < c.end]
        # a part already hidden as a person (a first name propagated into "wee ciarán") joins the whole
        if e - s > _MAX_CHARS or _speech(text, s, e) or any(c.label != "PERSON" for c in over):
            continue
        kept = [c for c in kept if c not in over]
        s, e = min([s, *(c.start for c in over)]), max([e, *(c.end for c in over)])
        kept.append(Candidate(s, e, "PERSON", PRI_PERSON_CUE))
    return sorted(kept, key=lambda c: c.start)
