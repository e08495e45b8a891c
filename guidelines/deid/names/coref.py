"""One person, one name in a text: the parts of a name found once hidden everywhere (deid50; docs/deid.md "deid50").

A pass over the chosen spans, after the nicknames:

- *The parts of a name said again*: each word of a PERSON span of two to four words ("Callum Pryde", "D. Haskett",
  « Solène Vautrin ») and each one-word PERSON span (a nickname found beside the name, a first name) is hidden
  wherever the same word stands alone in the text, before or after ("Note: [Pryde] is diabetic", « [Vautrin]
  signale »), also in lowercase ("[gaston] ne veut pas") when the word is no ordinary word. A word that is an
  ordinary word too (`data/common_words.txt`, or Zipf >= 3.6 and no listed name: "Kit", "Ally", "Will") counts only
  written with its capital and either inside a sentence or before a person's verb ("[Ally] wanders").
  Never a stopword, title, medical word, eponym or town, nor before a disease noun ("Addison's disease").
- *Names listed together*: in a run of single words joined by commas, "&", "and", « et » ("Tent 1: Rowan, Isla,
  jonno", "the kids Wren & Otto"), once one item is a PERSON the other single words are people too: capitalised
  inside the sentence, or lowercase and no ordinary word ("jonno"). Never a medical, calendar or stop word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import Gazetteers, frequent_words
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import DISEASE_AFTER, TITLES, word_set
from textkit.folding import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DISEASE_NEXT = re.compile(
    r"(?:['’]s?)?[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r"|virus|fever|palsy|wort)\b", re.I
)
_DISEASE_BEFORE = re.compile(
    r"\b(?:maladie|syndrome|signe|disease|syndrom)\s+(?:de\s+|d['’]\s*)?$", re.I
)
_PERSON_NEXT = re.compile(
    r"(?:['’]s\b|\s+(?:[a-zà-ÿ]+(?:s|ed)|is|was|has|had|can|will|did|est|a|dit|va|veut|ne|n['’])\b|\s*:)"
)
_CALENDAR = word_set(
    "january february march april may june july august september october november december janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre monday tuesday wednesday thursday friday "
    "saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche mon tue tues wed weds thu thur thurs fri "
    "sat sun lun mer jeu ven sam dim jan feb apr jun jul aug sep sept oct nov dec janv fev avr juil"
)
_JOIN = re.compile(r"[ \t]*(?:,|&|\band\b|\bet\b|\+)[ \t]*", re.I)
_LIST_WORD = re.compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*")
_INITIAL = re.compile(r"(?<![\w.])[A-ZÀ-Þ]\.[ \t]")
_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Mlle|M\.|Madame|Monsieur|Docteur|Dre|Pr|Prof)\.?[ \t]+$"
)
_CAP_NEXT = re.compile(r"[ \t]+(?:&[ \t]+)?[A-ZÀ-Þ][\w’'-]")
_CAP_BEFORE = re.compile(r"[A-ZÀ-Þ][\w’'-]*[ \t]+$")
_OWNER = re.compile(r"['’]s\b")
_ROSTER = re.compile(
    r"[ \t]*(?:[^\W\d_]+(?:['’-][^\W\d_]+)*[ \t]*(?:,|&|\band\b|\bet\b|\+)[ \t]*)*", re.I
)


@lru_cache(maxsize=1)
def _frequent() -> frozenset[str]:
    return frequent_words(("en", "fr"), 3.6)


def _wordy(f: str, g: Gazetteers) -> bool:
    """An ordinary word as well as a name."""
    return f in g.common or (f in _frequent() and f not in g.first_names and f not in g.surnames)


def _never(f: str, g: Gazetteers) -> bool:
    return (
        len(f) < 3
        or f in g.stopwords
        or f in TITLES
        or f in g.medical
        or f in g.eponyms
        or f in _CALENDAR
        or f in g.cities.single
        or f in g.organizations.single
    )


def _sentence_start(text: str, s: int, ends: str = ".!?\n:;") -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t\"'“«(":
        k -= 1
    return k < 0 or text[k] in ends


def _parts(text: str, chosen: list[Candidate], g: Gazetteers) -> dict[str, tuple[str, bool, int]]:
    """The folded words of the PERSON spans worth spreading, with one spelling each."""
    out: dict[str, tuple[str, bool, int]] = {}
    for c in chosen:
        if c.label != "PERSON" or any(ch.isdigit() for ch in text[c.start : c.end]):
            continue
        words = [m.group() for m in _WORD.finditer(text, c.start, c.end)]
        if len(words) > 4 or (len(words) == 1 and c.priority < PRI_PERSON_CUE):
            continue  # one word alone spreads only when a cue found it (a nickname)
        folded = [fold(w) for w in words]
        # a span read as a person by a listed first name, an initial or a title: its other words are surely names
        anchored = (
            (len(words) == 1 and c.priority >= PRI_PERSON_CUE)
            or any(f in g.first_names and not _wordy(f, g) for f in folded)
            or _INITIAL.search(text, c.start, c.end) is not None
            or _TITLE_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        )
        for w, f in zip(words, folded, strict=True):
            listed = f in g.first_names or f in g.surnames
            if (
                (listed or anchored)
                and not _never(f, g)
                and not (w.isupper() and f in g.medical_acronyms)
            ):
                out.setdefault(f, (w, len(words) == 1, c.end))
    return out


def _spread(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    parts = _parts(text, chosen, g)
    if not parts:
        return []
    added: list[Candidate] = []
    taken = [(c.start, c.end) for c in chosen]
    for m in _WORD.finditer(text):
        f = fold(m.group())
        if f not in parts:
            continue
        s, e, w = m.start(), m.end(), m.group()
        if any(a < e and s < b for a, b in taken):
            continue
        if _wordy(f, g) and not parts[f][1]:
            continue  # an ordinary word of a full name ("Grace Hall"): only a one-word name found by a cue spreads
        if (
            _sentence_start(text, s)
            and not _OWNER.match(text, e)
            and (f in g.first_names or f in g.surnames)
        ):
            continue  # a listed name opening a sentence: the name pass reads it when it is one, and left it here
        if _CAP_NEXT.match(text, e) or _CAP_BEFORE.search(text, max(0, s - 30), s):
            continue  # a word of another capitalised phrase ("Pryde Street", "Haskett & Co")
        if w[:1].islower():
            if _wordy(f, g):
                continue
        elif _wordy(f, g) and _sentence_start(text, s) and not _PERSON_NEXT.match(text, e):
            continue
        if _DISEASE_NEXT.match(text, e) or _DISEASE_BEFORE.search(text, max(0, s - 20), s):
            continue
        added.append(Candidate(s, e, "PERSON", PRI_PERSON_CUE))
        taken.append((s, e))
    return added


def _list_items(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """Single words listed with a one-word PERSON span."""
    added: list[Candidate] = []
    taken = [(c.start, c.end) for c in chosen]
    for c in chosen:
        if c.label != "PERSON" or " " in text[c.start : c.end]:
            continue
        for step in (1, -1):
            pos = c.end if step == 1 else c.start
            for _ in range(6):
                if step == 1:
                    j = _JOIN.match(text, pos)
                    w = _LIST_WORD.match(text, j.end()) if j else None
                else:
                    w = _LIST_WORD.search(text, max(0, pos - 30), pos)
                    while w and w.end() != pos and _JOIN.fullmatch(text, w.end(), pos) is None:
                        w = _LIST_WORD.search(text, w.end(), pos)
                    if w and _JOIN.fullmatch(text, w.end(), pos) is None:
                        w = None
                if w is None:
                    break
                s, e = w.span()
                if any(a <= s and e <= b for a, b in taken):
                    pos = e if step == 1 else s
                    continue  # a name already found: the list goes on
                if any(a < e and s < b for a, b in taken) or not _item(text, s, e, g):
                    break
                nxt = text[e : e + 1]
                if step == 1 and nxt.isalpha():
                    break
                added.append(Candidate(s, e, "PERSON", PRI_PERSON_CUE))
                taken.append((s, e))
                pos = e if step == 1 else s
    return added


def _item(text: str, s: int, e: int, g: Gazetteers) -> bool:
    w = text[s:e]
    f = fold(w)
    if _never(f, g) and f not in g.first_names:
        return False
    if f in g.medical or f in _CALENDAR or f in g.stopwords or f in TITLES:
        return False
    after = text[e : e + 2]
    if after[:1] == " " and after[1:2].isalpha():
        # the word opens a phrase ("Tesco and Boots Pharmacy"): only a word closing the item
        rest = _WORD.match(text, e + 1)
        if rest is None or fold(rest.group()) not in (
            "and",
            "et",
            "has",
            "have",
            "is",
            "are",
            "ont",
            "sont",
        ):
            return False
    if w.isupper() and len(w) > 1:
        return False  # an acronym ("DOB", "NHS")
    if (
        w[:1].isupper()
    ):  # a listed first name only ("Wren", "Kit" stay: ordinary words with no name list behind)
        return f in g.first_names and (not _sentence_start(text, s) or not _wordy(f, g))
    # lowercase: only in a roster, a run of single words from the line's start or its colon ("Tent 1: Rowan, jonno")
    line = text.rfind("\n", 0, s) + 1
    head = text[max(line, text.rfind(":", line, s) + 1) : s]
    return w.isalpha() and w.islower() and not _wordy(f, g) and _ROSTER.fullmatch(head) is not None


def one_person_one_name(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """chosen with the parts of names said again and the names listed beside a name added (module docstring)."""
    if not any(c.label == "PERSON" for c in chosen):
        return chosen
    added = _list_items(text, chosen, g)
    added += _spread(text, chosen + added, g)
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.start)
