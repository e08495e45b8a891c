"""The recall-first "possible identifier" tier: words the anonymiser did not redact but is unsure of.

These spans are shown to the patient as "possible name?" before a question is sent, so this tier
errs towards asking: a capitalised word that is no ordinary word, a lowercase word that is a known
name, a long number or a letter-and-digit code, a time phrase the date policy keeps (`possible_dates`).
Words that are certainly medical never appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from textkit.folding import fold

from ._data import TOKEN_RE, Gazetteers, gazetteers
from .cues import EMPLOY_CUES, LOCATION_CUES, RELATIVES, TITLES
from .doc import DRUG_SUFFIX, MEDICAL_SHAPE, acronym, medical_compound
from .names.org_services import kinds_before_towns
from .possible_dates import possible_dates
from .possible_more import more_candidates

# (start, end, label), offsets into the input
Triple = tuple[int, int, str]

_SENT_END = frozenset('.!?…:;\n"«*-–—')
# A number is a quantity, not an identifier, when a unit follows it.
_UNIT_AFTER = re.compile(
    r"\s*(?:mg|mcg|µg|g|kg|ml|l|ui|iu|units?|unités?|mmol|%|€|\$|£|euros?|x|h|min|mins|hours?|heures?|"
    r"days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|yo|bpm|cm|mm|km|m|kcal|cal|steps|pas)\b",
    re.I,
)
_CODE = re.compile(
    r"(?<![\w/.,-])(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
)
_LONG_NUMBER = re.compile(r"(?<![\w/.,:-])\d(?:[ -]?\d){3,}(?![\w/:]|[.,]\d)")
_CUE_WORDS = frozenset({"tel", "tél", "fax", "mob", "ref", "réf"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# Literature references in doctors' answers are not patients' identifiers.
_CITATION_CODE = re.compile(r"(?:PMC|NCT|CD|ISRCTN)\d+|\d{1,2}h\d{0,2}", re.I)  # and times: 14h30
_CITATION_BEFORE = re.compile(
    r"(?:pmid|pmcid|pubmed|doi|isbn|issn|eudract|arxiv)\s*[:#]?\s*$", re.I
)
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_ORG_WORDS = frozenset(fold(w) for w in EMPLOY_CUES)
_PLACE_WORDS = frozenset(fold(w) for w in LOCATION_CUES) - {"of", "de", "d'", "at"}


# Greek and Latin roots and endings of medical words that no list holds ("glucomètre",
# "biothérapie", "hypertendue", "brûlements" aside): never shown as a possible name.
_MEDICAL_ROOT = re.compile(
    r"(?:gluc|glyc|thyr|hyper|hypo|cardi|gastr|neur|derm|hepat|hépat|nephr|néphr|pneum|pulmo|"
    r"arthr|oste|ostéo|myo|hemat|hémat|haem|hem|onco|bio|therap|thérap|path|psych|ophtalm|"
    r"gyn[ée]c|uro|endo|immun|allerg|vascul|cephal|céphal)"
    r"|(?:itis|ite|ose|osis|emia|émie|aemia|algie|algia|ectomie|ectomy|scopie|scopy|mètre|meter|"
    r"thérapie|therapy|pathie|pathy|logue|logist|ique|ic|al)s?$"
)


def _medical(word: str, f: str, g: Gazetteers) -> bool:
    base = f[:-2] if f.endswith("'s") else f
    if word.isupper() and len(word) > 1 and base in g.medical_acronyms:
        return True
    return (
        base in g.medical
        or base in g.eponyms
        or bool(DRUG_SUFFIX.search(base))
        or bool(MEDICAL_SHAPE.search(base))
        or medical_compound(base, g)
        or (word.islower() and bool(_MEDICAL_ROOT.search(f)))
    )


# _medical(word, fold(word), g) memoised per word and word-list object (the tagger's guard asks it of every
# word of a tagged span): keyed by id(g), and every g keyed is kept alive in _MEMO_LISTS so that no id is
# reused while its entries exist; bounded like the tagger's word cache (deidperf3).
_MEDICAL_MEMO: dict[tuple[str, int], bool] = {}
_MEMO_LISTS: dict[int, Gazetteers] = {}


def medical_word(word: str, g: Gazetteers) -> bool:
    """Whether the word is medicine by the lists, drug stems and medical shapes (`_medical`)."""
    key = (word, id(g))
    hit = _MEDICAL_MEMO.get(key)
    if hit is None:
        if len(_MEDICAL_MEMO) >= 20000 or (id(g) not in _MEMO_LISTS and len(_MEMO_LISTS) >= 8):
            _MEDICAL_MEMO.clear()
            _MEMO_LISTS.clear()
        _MEMO_LISTS[id(g)] = g
        hit = _MEDICAL_MEMO[key] = _medical(word, fold(word), g)
    return hit


def _ordinary(word: str, base: str, g: Gazetteers) -> bool:
    """A function word, title, relative, code-like token, or a compound of ordinary words."""
    if (
        base in _CUE_WORDS
        or base in g.stopwords
        or base in TITLES
        or base in RELATIVES
        or base in g.fictional_doctors
    ):
        return True
    if acronym(word):
        return True
    parts = [p for p in re.split(r"[-'’]", base) if p]
    if len(parts) > 1 and all(p in g.common or p in g.stopwords or len(p) <= 2 for p in parts):
        return True
    return base.endswith("s") and base[:-1] in g.common and base[:-1] not in g.ambiguous


def _label_from_context(prev: str) -> str:
    if prev in _PLACE_WORDS:
        return "CITY"
    if prev in _ORG_WORDS:
        return "ORGANIZATION"
    return "PERSON"


def _word_candidates(text: str, g: Gazetteers) -> Iterable[Triple]:
    prev_fold = ""
    sent_start = True
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        between_start = sent_start
        if not word[0].isalpha():
            sent_start = word in _SENT_END
            prev_fold = fold(word) if word not in ",()" else prev_fold
            continue
        f = fold(word)
        base = f[:-2] if f.endswith("'s") else f
        unsure = len(base) >= 2 and not _ordinary(word, base, g) and not _medical(word, f, g)
        if unsure and word[0].isupper() and not word.isupper():
            # Capitalised: mid-sentence, any word that is not ordinary (names that are also words
            # included); at a sentence start, only a word that no list knows as a word.
            unsure = base not in g.common and (not between_start or base not in g.ambiguous)
        elif unsure and word.islower():
            # Lowercase: a known first name that is not also an ordinary word ("aisha"), or a word
            # that no list knows, English or French, frequent or rare ("tevita"): a name typed in
            # lowercase more often than not; a typo costs the patient one glance.
            first = base in g.first_names and base not in g.ambiguous
            unknown = len(base) >= 4 and base not in g.known and base.isalpha()
            unsure = (first or unknown) and base not in g.common
        elif unsure:
            unsure = word.isupper() and len(word) >= 3 and base in g.first_names
        if unsure:
            yield (m.start(), m.end(), _label_from_context(prev_fold))
        sent_start = False
        prev_fold = f


def _after_medicine(text: str, start: int, g: Gazetteers) -> bool:
    """'Doliprane 1000', 'Kardégic 75': a number right after a drug name is its dose."""
    m = _LAST_WORD.search(text, 0, start)
    return m is not None and _medical(m.group(1), fold(m.group(1)), g)


def _number_candidates(text: str, g: Gazetteers) -> Iterable[Triple]:
    for m in _LONG_NUMBER.finditer(text):
        if _YEAR.fullmatch(m.group()) or _CITATION_BEFORE.search(text, 0, m.start()):
            continue
        if _after_medicine(text, m.start(), g):
            continue
        if not _UNIT_AFTER.match(text, m.end()):
            yield (m.start(), m.end(), "ID_NUMBER")
    for m in _CODE.finditer(text):
        token = m.group()
        if _CITATION_CODE.fullmatch(token) or _CITATION_BEFORE.search(text, 0, m.start()):
            continue
        if sum(c.isdigit() for c in token) >= 3 and not _UNIT_AFTER.fullmatch(
            token.lstrip("0123456789")
        ):
            yield (m.start(), m.end(), "ID_NUMBER")


def _merge(cands: list[Triple], text: str) -> list[Triple]:
    """Sort, drop overlaps (first and longest wins) and join neighbouring words of one label."""
    cands.sort(key=lambda c: (c[0], -c[1]))
    out: list[Triple] = []
    for s, e, label in cands:
        if out and s < out[-1][1]:
            continue
        if (
            out
            and out[-1][2] == label
            and label != "ID_NUMBER"
            and text[out[-1][1] : s] in (" ", "-")
        ):
            out[-1] = (out[-1][0], e, label)
            continue
        out.append((s, e, label))
    return out


def possible(
    text: str, taken: Iterable[tuple[int, int]], extra: Iterable[Triple] = (), lang: str = "en"
) -> list[Triple]:
    """Possible identifiers in text that overlap none of the `taken` (start, end) spans; `extra`
    are the statistical tagger's unsure spans (they win overlaps with single-word candidates)."""
    g = gazetteers()
    taken_list = sorted(taken)
    cands = [
        *extra,
        *_word_candidates(text, g),
        *_number_candidates(text, g),
        *possible_dates(text),
        *kinds_before_towns(text, taken_list),
        *more_candidates(text, lang, g, _medical),
    ]
    free = [c for c in cands if not any(c[0] < e and s < c[1] for s, e in taken_list)]
    return _merge(free, text)
