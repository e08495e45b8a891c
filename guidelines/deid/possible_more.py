"""More evidence for the preview's "possible identifier" tier (deidpreview, docs/deid.md).

What the anonymiser and `possible.py` leave, measured on the training sets: proper names that are
rare words in the text's language ("Gaz" in English, « Die » in French), names before a person's verb
("Summer is on…"), lowercase names right after a relative or title ("my nan peg", « m. benali »),
organisation acronyms ("QMC", "ADMR"), flat and unit numbers, months alone and ages over 89. Years stay
unmarked (Safe Harbor keeps them; tests/deid/test_possible.py). Every rule keeps away from medicine
(`possible._medical` and `data/preview_words.txt`), from `not_names.txt` and from the frequent words
(`data/frequent_words_en.txt`, `_fr.txt` at wordfreq Zipf >= 4.5, chosen by leave-one-set-out)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from textkit.folding import fold
from textkit.lists import read_lines

from ._data import DATA_DIR, TOKEN_RE, Gazetteers
from ._data import frequent_words as _frequent_words
from .cues import RELATIVES, TITLES
from .doc import acronym

Triple = tuple[int, int, str]
Medical = Callable[[str, str, Gazetteers], bool]


@cache
def _lists() -> dict[str, frozenset[str]]:
    """data/preview_words.txt: "<list name>: word word ..." lines (a list may span several lines)."""
    out: dict[str, set[str]] = {}
    for line in read_lines(DATA_DIR / "preview_words.txt"):
        name, _, words = line.partition(":")
        out.setdefault(name.strip(), set()).update(words.split())
    return {k: frozenset(v) for k, v in out.items()}


_SENT_END = frozenset('.!?…:;\n"«»*-–—()[]|')
# A person's verb after a name: "Summer is on…", "Gaz called…", « Doudou c'est moi ».
_PERSON_VERBS = _lists()["person_verbs"]
# Words before a lowercase name: relatives, titles, and "name" ("my nan peg", « m. benali »); not the
# ones that are also French possessives or pronouns ("son", "me", "ma"), nor "doc" ("my doc said").
_NAME_CUES = (RELATIVES | TITLES | _lists()["name_cues"]) - _lists()["not_name_cues"]
# ... and weaker ones, before a word only when the lists know it as a name: "I'm li na", « pour claire ».
_WEAK_NAME_CUES = _lists()["weak_name_cues"]
# Acronyms that name nothing: common abbreviations of both languages (medicine has its own list).
_GENERIC_ACRONYMS = _lists()["generic_acronyms"]
# Medical acronyms the anonymiser's list lacks (general vocabulary, EN and FR).
_MEDICAL_ACRONYMS = _lists()["medical_acronyms"]
# Plain words of medicine the anonymiser's lists lack, never "possible names" even capitalised ("Toux").
_PLAIN_MEDICINE = _lists()["plain_medicine"]
_ELISION = re.compile(r"[^\W\d_]{1,2}['’][^\W\d_]{0,2}")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5}")
_UNIT_NUMBER = re.compile(
    r"\b(?:flat|unit|apt|apartment|suite|croft|house|block|room|lot|porte|escalier|b[aâ]timent|bloc|"
    r"appartement|appt|villa|chambre)\s+(?:n[o°º]\.?\s*)?[A-Z0-9]{1,4}\b"
    r"|\b\d{1,2}(?:e|er|ème|st|nd|rd|th)\s+(?:étage|floor)\b",
    re.I,
)
# An age over 89 standing alone ("Annie McCloskey, 104 on Thursday", "(92)"): a number 90-119 after a
# comma, a bracket or "age", with no unit, score or decimal after it.
_OLD_AGE = re.compile(
    r"(?:[(,]|\bage[ds]?\b(?:\s+[a-z]+){0,2}\s*:?|\bâgée?s?\s+de)\s*(?P<age>9\d|1[01]\d)"
    r"(?![\d/.,:%-]\d|\s*(?:%|/|mg|kg|ml|bpm|mmhg|cm|lbs?)\b)"
    r"(?=\s*(?:[),.;]|on\b|ans\b|years?\b|yo\b|$))",
    re.I,
)
_MONTH = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)


def frequent_words(lang: str) -> frozenset[str]:
    """The frequent words of the language: wordfreq Zipf >= 4.5, letters only (chosen by leave-one-set-out,
    bench/deid/preview35/loso.py, which replaces this function to try other thresholds)."""
    return _frequent_words(("fr",) if lang == "fr" else ("en",), 4.5, letters_only=True)


def _tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, at a sentence or line start) for the word tokens."""
    out: list[tuple[int, int, str, bool]] = []
    start = True
    last = 0
    for m in TOKEN_RE.finditer(text):
        w = m.group()
        start = start or "\n" in text[last : m.start()]
        last = m.end()
        if not w[0].isalpha():
            start = start or w in _SENT_END
            continue
        out.append((m.start(), m.end(), w, start))
        start = False
    return out


class _Words:
    """The word rules over one text."""

    def __init__(self, text: str, lang: str, g: Gazetteers, medical: Medical) -> None:
        self.text, self.g, self.medical = text, g, medical
        self.frequent = frequent_words(lang)
        self.toks = _tokens(text)

    def folded(self, i: int) -> str:
        return fold(self.toks[i][2]) if 0 <= i < len(self.toks) else ""

    def medicine(self, w: str, base: str) -> bool:
        return base in _PLAIN_MEDICINE or self.medical(w, fold(w), self.g)

    def quiet(self, w: str, base: str) -> bool:
        """Words no rule here marks: function words, titles, relatives, medicine, elisions."""
        g = self.g
        return (
            len(base) < 2
            or base in g.stopwords
            or base in TITLES
            or base in RELATIVES
            or base in g.not_names
            or bool(_ELISION.fullmatch(w))
            or self.medicine(w, base)
        )

    def compound(self, base: str) -> bool:
        """ "C-section", "Covid-like": a compound of ordinary words and single letters."""
        parts = [p for p in re.split(r"[-'’]", base) if p]
        return len(parts) > 1 and all(p in self.g.common or len(p) <= 2 for p in parts)

    def acronym(self, i: int, w: str, base: str) -> bool:
        """An organisation's acronym: not medicine, not a common abbreviation, not a number's label
        ("NIR 1 85…", "AMKA 0102…")."""
        e = self.toks[i][1]
        before_number = re.match(r"\s*[:#°n.]*\s*[\dA-Z]*\d", self.text[e : e + 12])
        return not (
            base in _GENERIC_ACRONYMS
            or base in _MEDICAL_ACRONYMS
            or base in self.g.medical_acronyms
            or base in self.frequent
            or before_number
        )

    def capitalised(self, i: int, base: str, start: bool) -> bool:
        """Mid-sentence, a word that is not frequent in the language; anywhere, a first name or a rare
        word before a person's verb ("Summer is on", "Gaz called")."""
        rare = base not in self.frequent
        if self.folded(i + 1) in _PERSON_VERBS and (base in self.g.first_names or rare):
            return True
        return rare and not start

    def lowercase(self, i: int, base: str) -> bool:
        """After a relative or a title, a word that is not frequent ("my nan peg"); after a weaker
        cue, a word the lists know as a name ("I'm li na", « pour claire »)."""
        prev = self.folded(i - 1)
        gap = self.text[self.toks[i - 1][1] : self.toks[i][0]] if i else ","
        if gap.strip() not in ("", ".") or (
            gap.strip() == "." and prev not in ("m", "mr", "mrs", "ms", "mme")
        ):
            return False  # the cue is the word just before: "my daughter, tension 14/9" has none
        named = base in self.g.first_names or base in self.g.surnames
        return (prev in _NAME_CUES and (named or base not in self.g.common)) or (
            prev in _WEAK_NAME_CUES and named
        )

    def family_name(self, i: int) -> Iterable[Triple]:
        """The lowercase words after a lowercase name that the lists know as names or do not know as
        common words: « m. benali », "li na", « claire le saux » (particles only inside)."""
        toks, g = self.toks, self.g
        j, pending = i + 1, []
        while j < len(toks) and toks[j][2].islower() and toks[j][0] - toks[j - 1][1] <= 1:
            w, nb = toks[j][2], self.folded(j)
            if nb in ("le", "de", "van", "da", "di", "du"):
                pending.append(j)
            elif (
                not self.medicine(w, nb)
                and (nb in g.first_names or nb in g.surnames or nb not in g.common)
                and nb not in g.stopwords
            ):
                for k in [*pending, j]:
                    yield (toks[k][0], toks[k][1], "PERSON")
                pending = []
            else:
                break
            j += 1

    def candidates(self) -> Iterable[Triple]:
        for i, (s, e, w, start) in enumerate(self.toks):
            f = fold(w)
            base = f[:-2] if f.endswith("'s") else f
            if self.quiet(w, base):
                continue
            if _ACRONYM.fullmatch(w) and sum(c.isupper() for c in w) >= 2:
                if self.acronym(i, w, base):
                    yield (s, e, "ORGANIZATION")
            elif w[0].isupper() and not w.isupper() and not acronym(w) and not self.compound(base):
                if self.capitalised(i, base, start):
                    yield (s, e, "PERSON")
            elif w.islower() and self.lowercase(i, base):
                yield (s, e, "PERSON")
                yield from self.family_name(i)


def more_candidates(text: str, lang: str, g: Gazetteers, medical: Medical) -> list[Triple]:
    """Extra (start, end, label) candidates; `medical(word, folded, g)` says a word is medicine."""
    out = list(_Words(text, lang, g, medical).candidates())
    out += [(m.start(), m.end(), "ADDRESS") for m in _UNIT_NUMBER.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _MONTH.finditer(text)]
    out += [(m.start("age"), m.end("age"), "AGE_OVER_89") for m in _OLD_AGE.finditer(text)]
    return out
