"""Identifiers recognised by the structure of the phrase around them, not by a list.

- dates: ranges (`3 to 10 March`, `June 12-19`, `du 20 juillet au 4 août`), a weekday with a day
  ordinal (`Thursday the 9th`, `jeudi prochain le 12`), a day after a scheduling word
  (`prévue le 15`, `vacciné le 1er`);
- IDs: dash-grouped numbers of nine digits or more (`046-454-286`, `2024-118-5567`), NIRs of the
  Corsican departments (2A/2B) validated with their key;
- people: `SURNAME, Given` lists, a word followed by a relative in brackets (`Kiki (my niece)`),
  a quoted nickname in brackets after a name, a lowercase name after a title (`mme kouassi`);
- organisations: an acronym after a place or work cue (`at the MUHC`, `à l'IGR`, `study at EPFL`),
  a saint's name in the possessive (`St. Mike's`), insurers and mutual funds by their head word.
"""

from __future__ import annotations

import re

from stdnum.fr import nir as std_nir

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import (
    PRI_CITY_CUE,
    PRI_DATE,
    PRI_ID_CHECKSUM,
    PRI_ID_WEAK,
    PRI_ORG_CUE,
    PRI_PERSON_CUE,
    Candidate,
)
from guidelines.deid.cues import ORG_HEADS_BEFORE, RELATIVES, word_set
from guidelines.deid.detectors.text_gates import has_digit as text_has_digit
from textkit.folding import fold

_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil)"
)
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e|ème)?"
_DAY = (
    rf"(?:(?:{_WD}\.?\s+(?:(?:next|last|prochain|dernier)\s+)?(?:(?:the|le)\s+)?)?{_ORD}"
    rf"(?:\s+(?:of\s+)?{_MON}\.?)?|{_MON}\.?\s+{_ORD})(?:,?\s+(?:19|20)\d\d)?"
)
_RANGE_SEP = (
    r"\s*(?:-|–|—|to|until|till|through|thru|and(?:\s+the)?|au|et(?:\s+le)?|à|jusqu['’]au)\s*"
)
_NOT_QUANTITY = r"(?!\s*(?:h\b|heures?|hours?|mg|ml|%|ans|years?|mois|months?|jours?|days?|weeks?|semaines?|fois|times|[/.,]\d))"
_RANGE = re.compile(rf"\b{_DAY}{_RANGE_SEP}(?:the\s+|le\s+)?{_DAY}\b{_NOT_QUANTITY}", re.I)
_WEEKDAY_ORD = re.compile(
    rf"\b{_WD}\s+(?:(?:next|last|prochain|dernier)\s+)?(?:the|le)\s+{_ORD}\b{_NOT_QUANTITY}", re.I
)
_SCHEDULED = re.compile(
    r"\b(?:pr[ée]vue?s?|programm[ée]e?s?|fix[ée]e?s?|op[ée]r[ée]e?s?|vaccin[ée]e?s?|hospitalis[ée]e?s?|"
    r"convoqu[ée]e?s?|rdv|rendez-vous|n[ée]e?)\s+(?:pour\s+)?le\s+((?:[12]\d|3[01]|0?[1-9])(?:er)?)\b"
    rf"{_NOT_QUANTITY}(?!\s*{_MON})",
    re.I,
)
# "the 2nd of next month", "le 3 du mois prochain": a day pinned to a month named relatively.
_RELATIVE_MONTH_DAY = re.compile(
    rf"\b{_ORD}\s+(?:of\s+(?:next|this|last|the\s+following)\s+month|du\s+mois\s+(?:prochain|dernier))\b",
    re.I,
)
# "à La Pocatière", "near Le Lamentin": an article and a capitalised word after a place cue.
_ARTICLE_TOWN = re.compile(
    r"\b(?:à|a|près\s+de|vers|in|near|from)\s+((?:La|Le|Les|L['’])\s*[A-ZÀ-Þ][\w'’-]+(?:-[A-ZÀ-Þ][\w'’-]+)*)"
)
# "we ate at Nando's", "from Sainsbury's": a capitalised possessive after at/from is a place.
_POSSESSIVE_PLACE = re.compile(
    r"\b(?:at|from)\s+([A-Z][a-z]+['’]s)\b(?!\s+(?:disease|syndrome|palsy))"
)
_DASH_ID = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,4}-)?\d{2,5}(?:-\d{2,5}){1,4}(?:-[A-Z]{1,3})?(?![\w/-])"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NIR_CORSICA = re.compile(
    r"(?<![\w])[12][\s.]?\d{2}[\s.]?\d{2}[\s.]?2[ABab][\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}(?![\w])"
)
_SURNAME_GIVEN = re.compile(
    r"\b([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?),\s+([A-ZÀ-Þ][a-zà-ÿ]+(?:[- ][A-ZÀ-Þ][a-zà-ÿ]+)?)\b"
)
_POSSESSIVES = r"(?:my|our|his|her|their|mon|ma|mes|notre|son|sa)"
_APPOSITION = re.compile(rf"\b([^\W\d_][\w'’-]+)\s*\(\s*{_POSSESSIVES}\s+([\w'’-]+)", re.I)
_QUOTED_NICK = re.compile(
    r"\b([A-ZÀ-Þ][\w'’-]+)\s*\(\s*[\"“«‘']\s*([A-ZÀ-Þ][\w'’-]+)\s*[\"”»’']\s*\)"
)
_LOWER_TITLE = re.compile(
    r"\b(?:mme|mrs|mr|ms|dr|mlle|madame|monsieur)\.?\s+([a-zà-ÿ][a-zà-ÿ'’-]{2,})\b"
)
_ACRONYM_CUE = re.compile(
    r"\b(?:(?:at|chez|au|aux|from|with|in|à\s+la|du)\s+(?:the\s+)?|(?:à|de)\s+l['’]\s*|"
    # "sent me to KVH", "transferred to the RBH": a care or moving verb before "to"
    r"(?i:admitted|transferred|referred|sent|taken|rushed|moved|blue-lighted|brought|driven)"
    r"\s+(?:(?i:me|him|her|us|them|mum|dad)\s+)?(?i:to|over\s+to)\s+(?:the\s+)?)"
    r"([A-Z][A-Z&]{1,5})\b(?![-'’]\w)"
)
# Kinds of NHS and French hospital services and units written as acronyms (NHS Data Dictionary
# service and ward types, NHS Talking Therapies/IAPT, French hospital unit names): a department,
# never a named organisation, after "sent to", "admitted to", "transféré à l'…".
_SERVICE_ACRONYMS = word_set(
    "hdu mau amu aau sau sdec ccu cdu itu icu nicu picu scbu snu epu epau eau msk utc miu wic ooh pals "
    "gum dn hv acu asu atc cau dsu pau ssu ecu iapt cmht crht camhs eip ent ot salt slt ae ed opd "
    "uhcd usic usc hdj cattp umj ssr usld ucsa ehpad smur samu cmp cmpp csapa pmi"
)
_LESION_BEFORE = re.compile(
    r"\b(?:rupture|l[ée]sion|entorse|d[ée]chirure|atteinte|reconstruction|ligamentoplastie|greffe|"
    r"tear|tears|torn|rupture|injury|injured|reconstruction|repair|sprain)\s$",
    re.I,
)
_SAINT_POSSESSIVE = re.compile(
    r"\bSt\.?\s+[A-Z][a-z]+['’]s?(?=[\s,.;:!?)]|$)(?!\s+(?:wort|disease|dance))"
)
# "the daycare Little Sprouts", "mon assureur Blue Cross": capitalised words after a kind of place.
_KIND_THEN_NAME = re.compile(
    r"\b(?i:the|my|our|his|her|their|la|le|l['’]|ma|mon|notre|son|sa)\s*"
    r"(?i:daycare|nursery|school|insurer|insurance|employer|company|firm|charity|gym|creche|crèche|"
    r"garderie|école|ecole|assureur|mutuelle|employeur|entreprise|boîte|boite|association)\s+"
    r"([A-ZÀ-Þ][\w'’&-]+(?:\s+[A-ZÀ-Þ][\w'’&-]+){0,3})"
)
_ARTICLES = word_set("la le les l'")
_KIND_WORDS = word_set(
    "daycare nursery school insurer insurance employer company firm charity gym creche garderie ecole "
    "assureur mutuelle employeur entreprise boite association"
)
_INSURER = re.compile(
    r"\b(?:Mutualit[ée]|Mutuelle|Caisse|Groupe|Assurances?)\s+(?:(?:de|du|des|la|le|d['’])\s*)*"
    r"[A-Za-zÀ-ÿ][\w'’-]+"
)


_CAPS_RUN = re.compile(r"[A-ZÀ-Þ]{2}")
_INSURER_HINTS = ("mutu", "caisse", "groupe", "assuran")


def _is_date_range(text: str) -> bool:
    """A range counts when a month or weekday names it: '3 to 10 March', not '3 to 10 mg'."""
    return re.search(rf"\b(?:{_MON}|{_WD})\b", text, re.I) is not None


def _name_like(word: str, g: Gazetteers) -> bool:
    """Not a frequent word, function word or medicine (case ignored); the cue around it does the rest."""
    f = fold(word)
    return not (f in g.common or f in g.stopwords or f in g.medical or f in RELATIVES)


_DATE_WORDS = frozenset(
    fold(w) for w in re.findall(r"[^\W\d_]+", _MON + " " + _WD) if w not in {"e", "s", "r", "t"}
)
_WEEKDAY_WORDS = frozenset(fold(w) for w in re.findall(r"[^\W\d_]+", _WD) if len(w) > 1)
_RANGE_HINT = re.compile(
    r"\d(?:st|nd|rd|th|er|e)?\.?\s*(?:(?:of\s+)?" + _MON + r"\.?\s*)?"
    r"(?:-|–|—|to|until|till|through|thru|and|au|et|à|jusqu)\b",
    re.I,
)
_TITLE_WORDS = word_set("mme mrs mr ms dr mlle madame monsieur")
_SCHEDULE_WORDS = word_set(
    "prevu prevue prevus prevues programme programmee programmes programmees fixe fixee fixes fixees "
    "opere operee operes operees vaccine vaccinee vaccines vaccinees hospitalise hospitalisee "
    "hospitalises hospitalisees convoque convoquee convoques convoquees rdv rendez-vous ne nee"
)


def detect_structure(text: str, words: frozenset[str], g: Gazetteers, out: list[Candidate]) -> None:
    """Candidates from phrase structure (see the module docstring); `words`: folded tokens."""
    add = out.append
    has_digit = text_has_digit(text)
    if has_digit and not words.isdisjoint(_DATE_WORDS):
        # The range regex is costly: run it only near a digit followed by a range word.
        for hint in _RANGE_HINT.finditer(text):
            lo, hi = max(0, hint.start() - 30), min(len(text), hint.end() + 30)
            for m in _RANGE.finditer(text, lo, hi):
                if _is_date_range(m.group()):
                    add(Candidate(m.start(), m.end(), "DATE", PRI_DATE + 1))
        if not words.isdisjoint(_WEEKDAY_WORDS):
            for m in _WEEKDAY_ORD.finditer(text):
                add(Candidate(m.start(), m.end(), "DATE", PRI_DATE))
    if has_digit and ("month" in words or "mois" in words):
        for m in _RELATIVE_MONTH_DAY.finditer(text):
            add(Candidate(m.start(), m.end(), "DATE", PRI_DATE))
    if has_digit and "le" in words and not words.isdisjoint(_SCHEDULE_WORDS):
        for m in _SCHEDULED.finditer(text):
            add(Candidate(m.start(1), m.end(1), "DATE", PRI_DATE))
    if has_digit:
        for m in _DASH_ID.finditer(text):
            digits = sum(c.isdigit() for c in m.group())
            groups = m.group().count("-") + 1
            # Nine digits in three groups or more, or a letter prefix and seven ("SJ-0042-7781").
            enough = (digits >= 9 and groups >= 3) or (m.group()[0].isalpha() and digits >= 7)
            if enough and not _ISO_DATE.fullmatch(m.group()):
                add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_WEAK + 5))
        for m in _NIR_CORSICA.finditer(text):
            if std_nir.is_valid(re.sub(r"[\s.]", "", m.group()).upper()):
                add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    caps = _CAPS_RUN.search(text) is not None
    for m in _SURNAME_GIVEN.finditer(text) if caps and "," in text else ():
        surname, given = m.group(1), m.group(2)
        f = fold(surname)
        if f in g.medical_acronyms or f in g.medical or len(surname) < 2:
            continue
        if f in g.surnames or fold(given.split()[0]) in g.first_names or _name_like(surname, g):
            add(Candidate(m.start(), m.end(), "PERSON", PRI_PERSON_CUE + 1))
    for m in _APPOSITION.finditer(text) if "(" in text else ():
        word = m.group(1)
        # Capitalised before "(my niece)" is a name even when it is also a word ("Doudou").
        capital_name = word[0].isupper() and not (
            fold(word) in g.stopwords or fold(word) in g.medical
        )
        if fold(m.group(2)) in RELATIVES and (capital_name or _name_like(word, g)):
            add(Candidate(m.start(1), m.end(1), "PERSON", PRI_PERSON_CUE))
    for m in _QUOTED_NICK.finditer(text) if "(" in text else ():
        if _name_like(m.group(1), g) or fold(m.group(1)) in g.first_names:
            add(Candidate(m.start(2), m.end(2), "PERSON", PRI_PERSON_CUE))
    for m in _LOWER_TITLE.finditer(text) if not words.isdisjoint(_TITLE_WORDS) else ():
        if _name_like(m.group(1), g) and fold(m.group(1)) not in g.fictional_doctors:
            add(Candidate(m.start(1), m.end(1), "PERSON", PRI_PERSON_CUE))
    for m in _ACRONYM_CUE.finditer(text) if caps else ():
        f = fold(m.group(1))
        # In capitals after a place cue, an acronym that is also a word is still a name
        # ("at the HUG"); medicine, services ("au SAMU") and kinds of place ("l'EHPAD") are not.
        generic = (
            f in g.medical
            or f in g.medical_acronyms
            or f in g.stopwords
            or f in g.not_names
            or f in ORG_HEADS_BEFORE
            or f in _SERVICE_ACRONYMS
        )
        # "rupture du LCA", "a tear in the ACL": a lesion's noun before the cue names a body part
        lesion = _LESION_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if (
            len(f) >= 3 and m.group(1).isalpha() and not generic and lesion is None
        ):  # "A&E" is a department
            add(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
    for m in _KIND_THEN_NAME.finditer(text) if not words.isdisjoint(_KIND_WORDS) else ():
        name = m.group(1)
        first = name.split()[0]
        if (
            fold(first) not in g.medical
            and not any(c.isdigit() for c in name)
            and not first.isupper()
        ):
            add(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
    for m in _ARTICLE_TOWN.finditer(text) if not words.isdisjoint(_ARTICLES) else ():
        name = m.group(1)
        last = fold(re.split(r"[\s'’]", name)[-1])
        if last not in g.medical and last not in g.common and fold(name) not in g.not_names:
            add(Candidate(m.start(1), m.end(1), "CITY", PRI_CITY_CUE))
    for m in _POSSESSIVE_PLACE.finditer(text) if "'" in text or "’" in text else ():
        base = fold(m.group(1))[:-2]
        if base not in RELATIVES and base not in g.eponyms and base not in g.medical:
            add(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
    low = text.lower()
    # _SAINT_POSSESSIVE is case-sensitive and every match holds "St": that literal in the text is
    # the exact gate (the old one, "st" in the lowercased text, let nearly every text through)
    for rx, hit in (
        (_SAINT_POSSESSIVE, "St" in text),
        (_INSURER, any(h in low for h in _INSURER_HINTS)),
    ):
        for m in rx.finditer(text) if hit else ():
            if rx is _INSURER and _closes_a_name(text, m.start(), m.group()):
                continue  # « La Boréale Assurances refuse »: the kind closes a name, no verb joins it
            add(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_CUE))


_NAME_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*)\s+$")


def _closes_a_name(text: str, start: int, match: str) -> bool:
    """The insurer's kind ends a capitalised name and a lowercase word follows (deid34); an article
    opening the sentence is no name (« La Mutualité chrétienne rembourse »)."""
    m = _NAME_BEFORE.search(text[max(0, start - 40) : start])
    return bool(m and fold(m.group(1)) not in _ARTICLES) and match.split()[-1][0].islower()
