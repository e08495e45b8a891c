"""The last veto of a name, a town or an organisation that is a medical word (deid51).

A weak rule (a capitalised unknown word, a list match, the tagger) may hide a condition, a medicine, a
treatment or an aid: "Meningioma, seizures on levetiracetam", « Drépanocytose, crises… », "buprenorphine
(Subutex) 12 mg", "<Brand> twice daily", « des cannes anglaises », "(MS, rollator)", "On NIV at night".
The evidence generalises beyond any list of brands:

- the word's shape: the classical endings of conditions and the WHO's INN stems of medicines
  (`data/medical_word_endings.txt`); a condition's or a drug's ending suffices, a brand's ending
  (the "-ine", "-ol", "-ex" of French brands, which names share) needs a verb of taking before it or a
  medicine beside it in a list;
- its place: straight before a frequency, a route or a number and a unit
  (`data/dose_context_words.txt`: "twice daily", « matin et soir », "96 mg"), or alone in brackets
  right after a medicine ("buprenorphine (Subutex)");
- a treatment's acronym in capitals or an aid's phrase (`data/treatment_words.txt`: NIV, PEG, « cannes
  anglaises », rollator).

Names stay hidden: a span a title or a person cue made (`PRI_PERSON_CUE` and above) is never touched
unless it is a lowercase medical word ("(MS, rollator)"), and the shape and place rules pass over a word of
the first-name, surname or town lists ("Justine, 12 ans", "Dr Caroline", "Jérôme").
"""

from __future__ import annotations

import re
from functools import cache

from textkit.folding import fold
from textkit.lists import read_lines, sections

from ._data import DATA_DIR, Gazetteers
from .candidate import PRI_PERSON_CUE, Candidate
from .doc import DRUG_CONTEXT, Doc

_WEAK = frozenset({"PERSON", "CITY", "ORGANIZATION"})
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?")
_LIST = frozenset({",", "and", "et", "or", "ou", "+", "/", "&"})


@cache
def _endings() -> tuple[tuple[str, int, str], ...]:
    """(ending, shortest word, kind) from medical_word_endings.txt, longest ending first."""
    out = []
    for line in read_lines(DATA_DIR / "medical_word_endings.txt"):
        ending, length, kind = line.split()
        out.append((ending, int(length), kind))
    return tuple(sorted(out, key=lambda e: -len(e[0])))


@cache
def _treatments() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Acronyms of treatment (as written, capitals) and one pattern of the aids' phrases."""
    entries = read_lines(DATA_DIR / "treatment_words.txt")
    acronyms = frozenset(e for e in entries if e.upper() == e or e[1:].isupper())
    phrases = sorted((fold(e) for e in entries if e not in acronyms), key=len, reverse=True)
    if not phrases:
        return acronyms, None
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return acronyms, re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


@cache
def _dose_phrases() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """(folded words, after a number only) of each frequency, route and unit, longest first."""
    out = set()
    for line in read_lines(DATA_DIR / "dose_context_words.txt"):
        words = tuple(fold(line).split())
        out.add((words[1:], True) if words[0] == "n" else (words, False))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@cache
def _dose_index() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """deidperf9: the phrases of `_dose_phrases` by their first word (only those can start at a token)."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase, unit in _dose_phrases():
        out.setdefault(phrase[0], []).append((phrase, unit))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _dose_words() -> frozenset[str]:
    """The one-word frequencies, routes and units (a dose's tokens skipped in a list)."""
    return frozenset(p[0] for p, _ in _dose_phrases() if len(p) == 1)


def _shape(f: str) -> str:
    """'condition', 'drug', 'brand', 'none' or '' for a folded word by its medical ending (a word of
    letters alone: "Saint-Thomas" ends in no tumour)."""
    for ending, length, kind in _endings():
        if len(f) >= length and f.endswith(ending):
            return kind if f.isalpha() else ""
    return ""


def _named(f: str, g: Gazetteers) -> bool:
    """A word of the name or place lists: left to the name rules."""
    return g.listed(f)


def _dose_at(doc: Doc, k: int) -> bool:
    """A frequency or a route, or a number and a unit, starts at token k (whole words: not the "PO" of
    a postcode "PO5 2SE")."""
    n, text = len(doc.words), doc.text
    number = k < n and _NUMBER.fullmatch(doc.words[k]) is not None
    if number:
        k += 1
        if (
            k < n
            and doc.words[k] in ("/", "-")
            and k + 1 < n
            and _NUMBER.fullmatch(doc.words[k + 1])
        ):
            k += 2  # "49/51 mg", "1-2 puffs"
    if k >= n or (k and text[doc.spans[k][0] - 1].isalnum() and not number):
        return False
    for phrase, unit in _dose_index().get(doc.folded[k], ()):
        end = k + len(phrase) - 1
        if (
            tuple(doc.folded[k : end + 1]) == phrase
            and (number or not unit)
            and not text[doc.spans[end][1] : doc.spans[end][1] + 1].isalnum()
        ):
            return True
    return False


def _drug(doc: Doc, i: int, g: Gazetteers) -> bool:
    """A listed drug, a word with an INN stem, or a brand's shape outside the name lists."""
    if not 0 <= i < len(doc.words):
        return False
    f = doc.folded[i]
    return f in g.drugs or _shape(f) == "drug" or (_shape(f) == "brand" and not _named(f, g))


def _skip_dose(doc: Doc, i: int, step: int) -> int:
    """From token i, past the numbers, units and frequencies of a dose (at most four tokens)."""
    for _ in range(4):
        if not 0 <= i < len(doc.words):
            break
        if not (_NUMBER.fullmatch(doc.words[i]) or doc.folded[i] in _dose_words()):
            break
        i += step
    return i


def _medicine_beside(doc: Doc, k: int, g: Gazetteers) -> bool:
    """After a verb of taking ("sous Spéciafoldine"), or in a list with a medicine, its dose between
    ("Méthotrexate hebdomadaire et Spéciafoldine", "Zapain and naproxen")."""
    if k and doc.folded[k - 1] in DRUG_CONTEXT:
        return True
    if k and doc.folded[k - 1] in _LIST and _drug(doc, _skip_dose(doc, k - 2, -1), g):
        return True
    after = _skip_dose(doc, k + 1, 1)
    return after + 1 < len(doc.words) and doc.folded[after] in _LIST and _drug(doc, after + 1, g)


@cache
def _fields() -> tuple[frozenset[str], frozenset[str]]:
    """The medication fields' labels and the forms a medicine sits behind (`data/medication_fields.txt`)."""
    lines = read_lines(DATA_DIR / "medication_fields.txt")
    forms = frozenset(fold(x[1:]) for x in lines if x.startswith("~"))
    return frozenset(fold(x) for x in lines if not x.startswith("~")), forms


def _after_medicine(doc: Doc, k: int, g: Gazetteers) -> bool:
    """Token k alone in brackets right after a medicine, its form between: "buprenorphine (Subutex)",
    "testosterone gel (Tostran)" (round 38: a medical word of the lists counts as the medicine)."""
    if k < 2 or k + 1 >= len(doc.words) or doc.words[k - 1] != "(" or doc.words[k + 1] != ")":
        return False
    i = k - 2
    if doc.folded[i] in _fields()[1] and i:
        i -= 1
    return _drug(doc, i, g) or doc.folded[i] in g.medical


def _in_medication_field(doc: Doc, k: int) -> bool:
    """Token k is an item of a medication field's list on its line: "Medications: Menopur, Cetrotide"."""
    labels = _fields()[0]
    i, text = k - 1, doc.text
    while i >= 0 and k - i <= 14 and "\n" not in text[doc.spans[i][1] : doc.spans[i + 1][0]]:
        w = doc.words[i]
        if w == ":":
            label = " ".join(doc.folded[max(0, i - 3) : i])
            return any(label.endswith(x) for x in labels)
        if not (doc.is_word[i] or w in _LIST or _NUMBER.fullmatch(w)) or w in ".;!?":
            return False
        i -= 1
    return False


def _medical_word(doc: Doc, k: int, g: Gazetteers) -> bool:
    """Token k is a medicine or a condition by its shape or its place (module docstring)."""
    f = doc.folded[k]
    if _after_medicine(doc, k, g) or (_dose_at(doc, k + 1) and not _named(f, g)):
        return True
    if _in_medication_field(doc, k) and not _named(f, g):
        return True
    if _named(f, g):
        return False
    shape = _shape(f)
    return shape in ("condition", "drug") or (shape == "brand" and _medicine_beside(doc, k, g))


def _in_aid(text: str, c: Candidate) -> bool:
    """The span lies inside an aid's phrase ("des cannes anglaises", "(MS, rollator)")."""
    pattern = _treatments()[1]
    if pattern is None:
        return False
    lo = max(0, c.start - 40)
    window = text[lo : c.end + 40]
    folded = fold(window)
    if len(folded) != len(window):
        return False  # folding changed the length: offsets would not line up
    return any(
        m.start() <= c.start - lo and c.end - lo <= m.end() for m in pattern.finditer(folded)
    )


@cache
def _scales() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after, before): the words of a clinical tool named after a place or a person (`eponym_scales.txt`)."""
    s = sections(read_lines(DATA_DIR / "eponym_scales.txt"))

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )

    after = re.compile(rf"[ \t]+(?:{alt(s['after'])})(?![\w-])", re.I)
    before = re.compile(rf"(?<![\w-])(?:{alt(s['before'])})['’]?[ \t]*$", re.I)
    return after, before


def _eponym_tool(text: str, c: Candidate) -> bool:
    """The span names a clinical score or scale ("Glasgow Coma Scale", « score de Glasgow »), no cue before it."""
    after, before = _scales()
    return bool(
        after.match(text, c.end) or before.search(fold(text[max(0, c.start - 20) : c.start]))
    )


def drop_medical_words(
    text: str, doc: Doc, chosen: list[Candidate], g: Gazetteers
) -> list[Candidate]:
    """The chosen spans less the names, towns and organisations that are medical words or clinical tools."""
    acronyms = _treatments()[0]
    out = []
    for c in chosen:
        if c.label in _WEAK and _medical_span(text, doc, c, g, acronyms):
            continue
        if c.label in ("PERSON", "CITY") and c.priority < PRI_PERSON_CUE and _eponym_tool(text, c):
            continue
        out.append(c)
    return out


def _medical_span(
    text: str, doc: Doc, c: Candidate, g: Gazetteers, acronyms: frozenset[str]
) -> bool:
    value = text[c.start : c.end]
    words = [
        k for k, (s, e) in enumerate(doc.spans) if c.start <= s and e <= c.end and doc.is_word[k]
    ]
    caps = [k for k in words if doc.cap[k]]
    if caps and not value.islower():
        words = caps  # the tagger's "takes Zyprexol": the capitalised words are the name
    if not words:
        return False
    cue = c.priority >= PRI_PERSON_CUE
    # "(MS, rollator)": a lowercase aid or medical word even after a title
    if value.islower() and (
        _in_aid(text, c)
        or all(doc.folded[k] in g.medical and not _named(doc.folded[k], g) for k in words)
    ):
        return True
    if cue:
        return False
    if value in acronyms:
        return True  # "On NIV at night", "fed through a PEG"
    if _in_aid(text, c):
        return True
    return all(_medical_word(doc, k, g) for k in words)


# French abstract nouns by their ending; no name ends so (« Infertilité », « Hyperstimulation », « Vaginisme »,
# « Dysphorie »): a condition or a state opening a line of a letter, which a weak rule or the tagger took as the
# end of the name on the line before (round 38, post hoc on blind31's damage).
_NOUN_ENDINGS = ("ité", "tion", "sion", "isme", "phorie")
_WORD = re.compile(r"[^\W\d_]+")


def drop_final_medical(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The final spans less the weak names and towns (no person cue) that name a clinical tool or open a line
    with a French abstract noun. Run last: later steps may have added them again (« score de Glasgow » is no
    town after « de »)."""
    out = []
    for c in chosen:
        weak = c.label in ("PERSON", "CITY") and c.priority < PRI_PERSON_CUE
        if weak and (_eponym_tool(text, c) or _line_noun(text, c, g)):
            continue
        out.append(c)
    return out


def _line_noun(text: str, c: Candidate, g: Gazetteers) -> bool:
    """The span opens a line with a French abstract noun that no list holds."""
    line_start = text.rfind("\n", 0, c.start) + 1
    first = _WORD.match(text, c.start)
    if not first or text[line_start : c.start].strip():
        return False
    word = first.group().casefold()
    return len(word) > 6 and word.endswith(_NOUN_ENDINGS) and not _named(fold(word), g)
