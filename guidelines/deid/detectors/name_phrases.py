"""Names and organisations recognised by the phrase around them, whatever their case or whether
they are also words (evidence that holds on unseen names):

- nicknames: `we call her bean`, `known as Bubba`, `aka tiny`, `on l'appelle Pitchoun`,
  `surnommée la puce` (the word after the cue, even an ordinary word);
- a name said to be a name: `Chance is my son's name`, `Doudou c'est moi`, `c'est moi, Doudou`;
- a message that opens with its writer: `duc and I…`, `bintou ici`, `will here.` (a first name of
  the lists or a word no lexicon knows);
- an acronym after a kind of organisation or a "plays/works for" (`his school MBHS`,
  `mutuelle CNSS`, `hurling for UCC`, `je bosse pour la RATP`), unless it is medicine.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import RELATIVES, TITLES, word_set
from guidelines.deid.detectors.text_gates import has_raw_word
from guidelines.deid.triggers import ID_CUE_WORDS
from textkit.folding import fold

_WORD = r"([^\W\d_][\w'’-]{1,24})"
_NICKNAME = re.compile(
    r"\b(?:we\s+(?:all\s+)?call\s+(?:her|him|them|me)|(?:everyone|everybody)\s+calls\s+(?:her|him|me)|"
    r"(?:she|he)\s+goes\s+by|known\s+as|a\.?k\.?a\.?|"
    r"on\s+l['’]\s*appelle|on\s+(?:la|le|les|m['’])\s*surnomme|surnomm[ée]e?s?|alias)"
    rf"\s+[\"“«‘']?\s*(?:la\s+|le\s+)?{_WORD}(?![\w'’-])(?<!['’]s)(?!\s+(?:disease|syndrome|maladie|syndrome))",
    re.I,
)
_IS_MY_NAME = re.compile(
    rf"{_WORD}\s+(?:is|was)\s+(?:my|his|her|our|their)\s+(?:[\w'’]+['’]s\s+)?(?:nick)?name\b", re.I
)
_CEST_MOI = re.compile(rf"(?:{_WORD},?\s+c['’]est\s+moi\b|\bc['’]est\s+moi\s*,\s*{_WORD})", re.I)
_OPENS_WITH = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:hi|hello|hey|hiya|bonjour|bonsoir|salut|coucou)[\s,!]+)?"
    rf"{_WORD}(?:\s+(?:and|&)\s+(?:I|me|myself)\b|\s+et\s+moi\b|\s+(?:here|ici)\b(?=\s*[,.!:;\-–]|\s*$))",
    re.I,
)
_KIND = (
    r"school|college|uni|university|insurer|insurance|scheme|club|team|employer|company|firm|"
    r"mutuelle|caisse|assureur|[ée]cole|coll[èe]ge|lyc[ée]e|fac|universit[ée]|club|employeur|bo[iî]te|"
    r"entreprise|[ée]quipe"
)
_ACRONYM_AFTER_KIND = re.compile(
    rf"\b(?i:{_KIND})\s+(?:(?i:is|was|c['’]est|est)\s+)?([A-Z][A-Z&]{{1,5}})\b(?![-'’]\w)"
)
_ACRONYM_FOR = re.compile(
    r"\b(?i:play(?:s|ed|ing)?|work(?:s|ed|ing)?|volunteer(?:s|ed|ing)?|travaille|travaillait|bosse|"
    r"joue|jouait)(?:\s+[a-zà-ÿ]+){0,2}\s+(?i:for|pour)\s+(?:(?i:the|la|le|l['’])\s*)?([A-Z][A-Z&]{1,5})\b(?![-'’]\w)"
)
# "at the Mater", "seen at the Whittington": a proper name after "at the" names an institution.
_AT_THE_NAME = re.compile(
    r"\b(?i:at|in|into|to|from|outside)\s+the\s+([A-Z][a-zà-ÿ]{2,}(?:['’]s)?)(?![\w'’-])(?!\s+[A-Z])"
)
_THE = frozenset({"the"})
# "my health scheme is Southern Cross", "our insurance is with Bupa", "ma complémentaire c'est Harmonie"
_SCHEME_IS = re.compile(
    r"\b(?i:scheme|plan|fund|insurer|insurance|cover|complémentaire|complementaire|assurance)\s+"
    r"(?i:is|was|c['’]est|est)\s+(?:(?i:with|chez)\s+)?([A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,2})"
)
# "jo, mo and flo - my grandkids", "mes petits-enfants loulou, nono et titi": a list of names next to
# a plural relative, each a name whatever its case.
_PLURAL_RELATIVE = (
    r"(?:kids|children|grandkids|grandchildren|grandsons|granddaughters|sons|daughters|boys|girls|twins|"
    r"triplets|nephews|nieces|cousins|brothers|sisters|enfants|petits-enfants|petits\s+enfants|fils|filles|"
    r"jumeaux|jumelles|neveux|ni[èe]ces|fr[èe]res|s[œo]e?urs|gamins|gosses|petits)"
)
_ITEM = r"[^\W\d_][\w'’-]{1,15}"
_LIST = rf"(?:{_ITEM}\s*,\s*)+{_ITEM}\s+(?:and|et|&)\s+{_ITEM}"
_LIST_THEN_RELATIVE = re.compile(
    rf"(?<![\w'’-])({_LIST})\s*[-–(:,]?\s*(?:(?:are|sont|c['’]est)\s+)?(?:(?:all|tous|toutes)\s+)?"
    rf"(?:my|our|mes|nos)\s+(?:\w+\s+)?{_PLURAL_RELATIVE}\b",
    re.I,
)
_RELATIVE_THEN_LIST = re.compile(
    rf"\b(?:my|our|mes|nos)\s+(?:\w+\s+)?{_PLURAL_RELATIVE}\s*[,:(-]?\s*({_LIST})(?![\w'’-])", re.I
)
_NOT_A_NICKNAME = word_set("a an the un une le la les my mon ma me him her it lui elle")
_NICK_TRIGGERS = word_set(
    "call calls goes known aka a.k.a a.k.a. alias appelle surnomme surnommee surnommes surnommees"
)
_OPEN_TRIGGERS = word_set("i me myself moi here ici")
_RELATIVE_PLURAL_WORDS = word_set(
    "kids children grandkids grandchildren grandsons granddaughters sons daughters boys girls twins "
    "triplets nephews nieces cousins brothers sisters enfants petits-enfants petits fils filles jumeaux "
    "jumelles neveux nieces freres soeurs gamins gosses"
)
_KIND_TRIGGERS = word_set(
    "school college uni university insurer insurance scheme club team employer company firm mutuelle caisse "
    "assureur ecole lycee fac universite employeur boite entreprise equipe for pour plan fund cover "
    "complementaire assurance"
)


def _plausible(word: str, g: Gazetteers, strict: bool) -> bool:
    """A word that can be a name: never a function word, a relative, a title or medicine; when
    `strict`, also a first name of the lists or a word no lexicon knows."""
    f = fold(word)
    if f in g.stopwords or f in RELATIVES or f in TITLES or f in g.medical or f in _NOT_A_NICKNAME:
        return False
    if not strict:
        return True
    return f in g.first_names or f in g.ambiguous or (f not in g.common and f not in g.known)


def _list_names(m: re.Match[str], g: Gazetteers, out: list[Candidate]) -> None:
    """Next to the relative cue, a list with one first name or unknown word is a list of names, even
    its word-like nicknames ("zizou, lulu et nana"); never medicine, function words or towns."""
    items = list(re.finditer(_ITEM, m.group(1)))
    names = [w for w in items if fold(w.group()) not in {"and", "et"}]
    if all(
        fold(w.group()) not in g.stopwords
        and fold(w.group()) not in g.medical
        and (fold(w.group()) not in g.cities.single or fold(w.group()) in g.first_names)
        for w in names
    ) and any(_plausible(w.group(), g, strict=True) for w in names):
        for w in names:
            start = m.start(1) + w.start()
            out.append(Candidate(start, start + len(w.group()), "PERSON", PRI_PERSON_CUE))


def detect_name_phrases(
    text: str, words: frozenset[str], g: Gazetteers, out: list[Candidate]
) -> None:
    """PERSON and ORGANIZATION candidates from the phrases in the module docstring."""
    if not words.isdisjoint(_NICK_TRIGGERS):
        for m in _NICKNAME.finditer(text):
            if _plausible(m.group(1), g, strict=False) and not (
                m.group(1).isupper() or fold(m.group(1)) in g.eponyms
            ):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", PRI_PERSON_CUE))
    if "name" in words or "nickname" in words:
        for m in _IS_MY_NAME.finditer(text):
            if _plausible(m.group(1), g, strict=False):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", PRI_PERSON_CUE))
    if "moi" in words:
        for m in _CEST_MOI.finditer(text):
            k = 1 if m.group(1) else 2
            if _plausible(m.group(k), g, strict=True):
                out.append(Candidate(m.start(k), m.end(k), "PERSON", PRI_PERSON_CUE))
    if not words.isdisjoint(_RELATIVE_PLURAL_WORDS) and "," in text:
        for rx in (_LIST_THEN_RELATIVE, _RELATIVE_THEN_LIST):
            for m in rx.finditer(text):
                _list_names(m, g, out)
    if not words.isdisjoint(_OPEN_TRIGGERS):
        for m in _OPENS_WITH.finditer(text):
            if _plausible(m.group(1), g, strict=True):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", PRI_PERSON_CUE))
    # as any(c.isupper() for c in text), without a Python frame per character
    if any(map(str.isupper, text)):
        # every match of _AT_THE_NAME holds "the" as a whole run of word characters (deidperf7)
        for m in _AT_THE_NAME.finditer(text) if has_raw_word(text, _THE) else ():
            f = fold(m.group(1))
            f = f[:-2] if f.endswith(("'s", "’s")) else f
            if not (
                f in g.common
                or f in g.medical
                or f in g.eponyms
                or f in g.not_names
                or f in g.stopwords
            ):
                out.append(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE - 1))
        for m in _SCHEME_IS.finditer(text) if not words.isdisjoint(_KIND_TRIGGERS) else ():
            first = fold(m.group(1).split()[0])
            if first not in g.medical and first not in g.stopwords and first not in g.common:
                out.append(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
        for rx in (
            (_ACRONYM_AFTER_KIND, _ACRONYM_FOR) if not words.isdisjoint(_KIND_TRIGGERS) else ()
        ):
            for m in rx.finditer(text):
                f = fold(m.group(1))
                if (
                    len(f) >= 2
                    and m.group(1).isalpha()
                    and not (
                        f in g.medical
                        or f in g.medical_acronyms
                        or f in g.not_names
                        or f in ID_CUE_WORDS
                        or f in g.stopwords
                    )
                ):
                    out.append(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
