"""Parts of one person's name left between or beside redacted parts ("Georges [Abi] Nader",
"[Addison] Parker" where Addison is also an eponym): a redacted PERSON span grows over them.

Why: a name is one identifier; a leftover middle name, particle or first name that is also an eponym
still points at the person once the rest is redacted. The rules only look at what sits between or right
next to PERSON spans already chosen, so they add no new name of their own.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.cues import DISEASE_AFTER, PARTICLES, RELATIVES, TITLES
from textkit.folding import fold

_WORD = r"[A-ZÀ-Þ][\w'’-]{0,20}"
# one or two name words or particles between two PERSON spans, separated by single spaces or hyphens
_GAP = re.compile(rf"[ \t-](?:(?:{_WORD}|[a-zà-ÿ]{{1,4}})[ \t-]){{1,2}}")
_BEFORE = re.compile(rf"({_WORD})[ \t]$")
_PARTICLE_WORDS = "|".join(sorted(p.rstrip("'") for p in PARTICLES if p.isalpha()))
_AFTER = re.compile(
    rf"[ \t](?P<particles>(?:(?:{_PARTICLE_WORDS})[ \t]){{0,2}})(?P<word>{_WORD})(?![\w'’])"
)
# "Addison's disease", "Raynaud syndrome": the word before is the eponym of a disease, not a name part
DISEASE_NEXT = re.compile(
    r"(?:['’]s?\b|[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r")\b)", re.I
)


_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.I)
_FAMILY_CALLS = frozenset(
    {"mama", "mamma", "papa", "baba", "abuela", "abuelo", "nonna", "nonno", "oma", "opa"}
)


def _name_word(word: str, g: Gazetteers) -> bool:
    """A word that may be part of a name: no title, relative or family call, no function word
    (particles apart), no elided article (« L'abbé », « C'est »)."""
    f = fold(word)
    if _ELISION.match(word) or f in _FAMILY_CALLS:
        return False
    return not (f in TITLES or f in RELATIVES or (f in g.stopwords and f not in PARTICLES))


def join_person_parts(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans, with PERSON spans grown over the parts of the same name left out."""
    others = [(c.start, c.end) for c in chosen if c.label != "PERSON"]

    def free(
        start: int, end: int
    ) -> bool:  # no other label's span in the stretch a name grows over
        return not any(s < end and start < e for s, e in others)

    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PERSON" and c.label == "PERSON":
            gap = text[prev.end : c.start]
            words = re.findall(r"[\w'’]+", gap)
            if (
                _GAP.fullmatch(gap)
                and free(prev.end, c.start)
                and all(
                    _name_word(w, g) and (w[0].isupper() or fold(w) in PARTICLES) for w in words
                )
            ):
                out[-1] = Candidate(prev.start, c.end, "PERSON", max(prev.priority, c.priority))
                continue
        if c.label == "PERSON":
            m = _BEFORE.search(text, max(0, c.start - 24), c.start)
            if m and (prev is None or prev.end <= m.start(1)) and free(m.start(1), c.start):
                word = m.group(1)
                f = fold(word)
                # a capitalised word no lexicon knows as ordinary, straight before a redacted name
                # ("Addison Parker", "Raynaud Dupree"), never a title, a relative or the start of
                # "Addison's disease"
                if (
                    (f in g.eponyms or (f not in g.common and f not in g.known))
                    and _name_word(word, g)
                    and not DISEASE_NEXT.match(text, m.end(1))
                ):
                    c = Candidate(m.start(1), c.end, "PERSON", c.priority)
        if c.label == "PERSON":
            m = _AFTER.match(text, c.end)
            if m and free(c.end, m.end()) and _name_word(text[c.start : c.end].split()[0], g):
                word, f = m.group("word"), fold(m.group("word"))
                # "Clement Cushing", « Marie de la Tour »: a name word right after a redacted name (after a
                # particle, any capitalised word; else one no lexicon knows as ordinary, or an eponym that
                # names no disease here)
                if (
                    _name_word(word, g)
                    and not DISEASE_NEXT.match(text, m.end())
                    and (
                        m.group("particles")
                        or f in g.eponyms
                        or (f not in g.common and f not in g.known)
                    )
                ):
                    c = Candidate(c.start, m.end(), "PERSON", c.priority)
        out.append(c)
    return _no_overlaps(out)


def _no_overlaps(spans: list[Candidate]) -> list[Candidate]:
    """A grown span swallows the spans it now covers (a PERSON grown over "de la Tour")."""
    out: list[Candidate] = []
    for c in sorted(spans, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            if out[-1].label == "PERSON" and c.label == "PERSON":
                last = out[-1]
                out[-1] = Candidate(last.start, max(last.end, c.end), "PERSON", last.priority)
            continue
        out.append(c)
    return out
