"""Spoken punctuation of a dictated answer read as punctuation, deterministically, keeping the offset map.

Voice-to-text answers arrive with their punctuation spelt out ("… now comma then call 999 new line lie them flat full
stop", « … tout de suite point allongez-la à la ligne … »). Read as words, the whole answer is one sentence: a number
to call and a later "if no better" fall in the same sentence (emergency_block), and words run across the spoken line
breaks (identifiers). Only a dictated text is rewritten: at least two unambiguous spoken marks (full stop, comma, new
line, new paragraph; virgule, à la ligne, point virgule, point final, nouvelle ligne) and no more written marks than
spoken ones. Ambiguous words are read as marks only there, and only outside their ordinary senses (no mark named as a noun, "a comma"); "period" not after
an article or possessive nor before "of / pain / cramps…" (the menstrual or time sense), « point » not after an
article or a number nor before « de / du / des / sur… » (« un point de côté », « au point »). "colon" and « deux
points » are never read (an organ, stitches).
"""

from __future__ import annotations

import re

from guidelines.engine.normalise import Normalised

_SURE = re.compile(
    r"(?<![\w'])(?:full stop|comma|new line|new paragraph|virgule|point[ -]virgule|point final|à la ligne|"
    r"nouvelle ligne|nouveau paragraphe)(?![\w'])",
    re.IGNORECASE,
)
_MARK = re.compile(
    r"[ \t]*(?<![\w'-])(full stop|period|comma|new line|new paragraph|question mark|exclamation mark|semicolon|"
    r"point[ -]virgule|point d'interrogation|point d'exclamation|point final|point|virgule|à la ligne|"
    r"nouvelle ligne|nouveau paragraphe)(?![\w'-])",
    re.IGNORECASE,
)
_PUNCT = {
    "full stop": ".",
    "period": ".",
    "comma": ",",
    "new line": "\n",
    "new paragraph": "\n\n",
    "question mark": "?",
    "exclamation mark": "!",
    "semicolon": ";",
    "point virgule": ";",
    "point-virgule": ";",
    "point d'interrogation": "?",
    "point d'exclamation": "!",
    "point final": ".",
    "point": ".",
    "virgule": ",",
    "à la ligne": "\n",
    "nouvelle ligne": "\n",
    "nouveau paragraphe": "\n\n",
}
_WRITTEN = re.compile(r"[.,;!?\n]")
# The ordinary senses: "your period", "a period of rest", "period pain"; « un point de côté », « au point », « 3 points ».
_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:a|the|your|my|her|their|this|that|each|every|first|last|next|heavy|painful|light|late|missed|"
    r"menstrual|short|long|waiting|trial|grace|incubation|any|no)|\d)\s+$"
)
_PERIOD_AFTER = re.compile(
    r"\s+(?:of|pain|pains|cramps?|came|comes|is|was|has|started|starts|stopped|tracker|blood|products?)\b"
)
_POINT_BEFORE = re.compile(
    r"(?:\b(?:un|le|ce|au|du|en|à|mon|ma|votre|vos|quel|tel|même|bon|mauvais|dernier|premier|seul|ce|chaque|"
    r"deux|trois|quatre|cinq|dix)|\d)\s+$"
)
_POINT_AFTER = re.compile(r"\s+(?:de|d'|du|des|sur|à|au|aux|par|commun|faible|fort|noir|rouge)\b")


# the mark named as a noun: "put a comma here", "to a full stop", « une virgule »
_NAMED = re.compile(r"\b(?:a|an|the|une?|la|le|this|that|cette|ce)\s+$", re.IGNORECASE)


def _ordinary(text: str, word: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start + 1]
    if _NAMED.search(text[max(0, start - 8) : start]):
        return True
    if word == "period":
        return bool(_PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(text, end))
    if word == "point":
        return bool(_POINT_BEFORE.search(before) or _POINT_AFTER.match(text, end))
    return False


def is_dictated(text: str) -> bool:
    """At least two unambiguous spoken marks, not named as nouns, and fewer written marks than spoken ones."""
    sure = sum(
        not _NAMED.search(text[max(0, m.start() - 8) : m.start()]) for m in _SURE.finditer(text)
    )
    return sure >= 2 and len(_WRITTEN.findall(text)) < sure


def read_spoken_punctuation(norm: Normalised) -> Normalised:
    """The dictated text with its spoken marks as punctuation; any other text unchanged (the same object)."""
    text = norm.text
    if not is_dictated(text):
        return norm
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0

    def keep(a: int, b: int) -> None:
        out.append(text[a:b])
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))

    for m in _MARK.finditer(text):
        word = re.sub(r"\s+", " ", m.group(1).lower())
        if _ordinary(text, word, m.start(1), m.end()):
            continue
        keep(pos, m.start())
        rep = _PUNCT[word]
        out.append(rep)
        starts.extend([m.start(1)] * len(rep))
        ends.extend([m.end()] * len(rep))
        pos = m.end()
        # "comma then" -> ", then": the space after a mark is kept; a space after a line break is dropped
        if rep.endswith("\n"):
            while pos < len(text) and text[pos] in " \t":
                pos += 1
    keep(pos, len(text))
    new = "".join(out)
    if norm.starts is not None and norm.ends is not None:
        o_starts, o_ends = norm.starts, norm.ends
        n = len(o_starts)
        starts = [o_starts[min(s, n - 1)] for s in starts]
        ends = [o_ends[min(e, n) - 1] for e in ends]
    return Normalised(norm.original, new, tuple(starts), tuple(ends))
