"""Persons a label or a roster announces (deid33): the value of a role's field (`Staff: Rob Dent`,
« Conjoint : Patrice Gagnon »), every item of a roster whatever its case (`Divers: Sanjay Patel, tom
okafor`, « Locataires : Anne Roy, julien gagnon »), a lowercase role before two capitalised words
(`Run director Abi Quayle said`), and the club or firm after the person's comma (`Coach: Jo Marsh, Tri
Sussex`).

Why: the field's noun is the evidence, not the name, which may be ordinary words (`Rob Dent`) or
lowercase in a roster. Never: a medical word (a surname may be one after a first name: `Rob Dent`), a
title, a day or month, a non-answer (`none`, « aucun »), a function word opening an item; a roster
needs two items that look like names (a first name, a surname, or a word no lexicon knows) and half
of its items; a field is read on one line and opens it (or its sentence) within five words.
"""

from __future__ import annotations

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import TITLES, word_set
from guidelines.deid.doc import Doc
from guidelines.deid.names.org_fields import NON_ANSWERS

# a field naming one person (the label stays outside the span, as titles do)
PERSON_LABELS = word_set(
    "staff coach conjoint conjointe partner spouse tenant locataire responsable entraineur entraineuse "
    "referee arbitre instructor moniteur monitrice guide skipper captain capitaine contact leader "
    "secretary secretaire treasurer tresorier tresoriere chair chairman president presidente driver "
    "chauffeur witness temoin marshal steward medic secouriste aidant aidante owner proprietaire "
    "referent referente tuteur tutrice organiser organizer organisateur organisatrice director "
    "directeur directrice supervisor superviseur superviseure cox"
)
# a field listing people: every item is a person
ROSTER_LABELS = word_set(
    "staff divers participants marshals players joueurs joueuses members membres volunteers benevoles "
    "locataires tenants inscrits inscrites guests invites crew equipage runners coureurs riders "
    "cavaliers climbers grimpeurs plongeurs attendees presents absents squad passengers passagers "
    "occupants campers stewards coaches entraineurs moniteurs instructors leaders organisers "
    "organisateurs signatories signataires witnesses temoins residents colocataires flatmates "
    "housemates roommates helpers secouristes medics names noms roster team equipe sheet feuille"
)
# a field whose value is an organisation (names/org_fields.py has employers, schools, insurers…)
_SEPARATORS = frozenset({",", ";", "/", "&", "and", "et"})
PARTICLES = word_set("de du des d' la le les van von da di del della el al bin ben mac")
JOINERS = word_set("de du des d' la le les of the et and &")
CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche january february march april june july august september october november "
    "december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
)
# weekdays abbreviated in a rota ("Aisha Tue/Thu, Marek Wed only"): no name's word in a roster
DAYS_SHORT = word_set("mon tue tues wed thu thur thurs fri sat sun lun mar mer jeu ven sam dim")
MAX_ITEM = 4  # words of one roster item


def same_line(doc: Doc, a: int, b: int) -> bool:
    """No line break between tokens a and b (a < b)."""
    return "\n" not in doc.text[doc.spans[a][1] : doc.spans[b][0]]


def _namey(doc: Doc, k: int, g: Gazetteers) -> bool:
    """Token k may be a word of a person's name: a first name, a surname, or a word no lexicon knows."""
    f = doc.folded[k]
    return f in g.first_names or f in g.surnames or (f not in g.known and f not in g.common)


def medical_word(doc: Doc, k: int, g: Gazetteers) -> bool:
    """A medical word (an acronym-only entry only in capitals: `Abi` is a name, `ABI` an index)."""
    f = doc.folded[k]
    return f in g.medical and not (f in g.medical_acronyms and not doc.words[k].isupper())


def _bad_word(doc: Doc, k: int, g: Gazetteers) -> bool:
    f = doc.folded[k]
    return (
        f in TITLES
        or f in CALENDAR
        or f in DAYS_SHORT
        or f in NON_ANSWERS
        or (medical_word(doc, k, g) and f not in g.first_names)
    )


def _items(doc: Doc, k: int) -> list[tuple[int, int]]:
    """The items of a list starting at token k: runs of words split by separators, ended by the
    sentence's or the line's end, a bracket, a colon or a number."""
    items: list[tuple[int, int]] = []
    start = k
    n = len(doc.words)
    while k < n:
        f = doc.folded[k]
        if k > start and not same_line(doc, k - 1, k):
            break
        if f in _SEPARATORS:
            if k > start:
                items.append((start, k))
            start = k + 1
        elif not doc.is_word[k] or (doc.sent_start[k] and k > start):
            break
        k += 1
    if k > start:
        items.append((start, k))
    return items


def _person_item(doc: Doc, s: int, e: int, g: Gazetteers, lowercase: bool) -> bool:
    """A run that reads as a person's name: capitalised (or lowercase in a roster), no medical,
    calendar or title word, no function word opening it, one word a name or unknown to the lexicons.
    After a first name, a surname may be an ordinary or a medical word (`Rob Dent`, « martin côté »)."""
    if not 0 < e - s <= MAX_ITEM or doc.folded[s] in g.stopwords:
        return False
    first = any(p in g.first_names for p in doc.folded[s].split("-"))
    last = e - 1
    if (
        e - s >= 2
        and doc.cap[last]
        and doc.folded[last] not in g.common
        and not medical_word(doc, last, g)
    ):
        first = True  # "Abi Quayle": a medical acronym's letters before a surname no lexicon knows
    if _bad_word(doc, s, g) and not first:
        return False
    for k in range(s, e):
        f = doc.folded[k]
        if not (doc.cap[k] or lowercase) or (_bad_word(doc, k, g) and not medical_word(doc, k, g)):
            return False
        if k > s and not doc.cap[k] and doc.cap[s] and f not in PARTICLES:
            return False  # "Marek Wed only": a capitalised name runs on in capitals
        stop = f in g.stopwords and f not in PARTICLES and not doc.cap[k]
        if k > s and not first and (stop or medical_word(doc, k, g)):
            return False
        if k == s and medical_word(doc, k, g) and not first:
            return False
    return first or any(_namey(doc, k, g) for k in range(s, e))


def label_value(doc: Doc, i: int, gap: int = 6) -> int | None:
    """The token after the colon when token i is a label of a line's field (the label opens its
    line or sentence, or stands within four words of its start: "Team sheet Ashdown Vale:")."""
    n = len(doc.words)
    j = i + 1
    while (
        j < n and j <= i + gap and doc.words[j] != ":" and doc.is_word[j] and same_line(doc, i, j)
    ):
        j += 1
    if j + 1 >= n or doc.words[j] != ":" or not same_line(doc, j, j + 1):
        return None
    back = i
    while back > 0 and not doc.sent_start[back] and i - back < 5:
        back -= 1
    return j + 1 if doc.sent_start[back] else None


def _persons(doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    for i, f in enumerate(doc.folded):
        if f not in PERSON_LABELS and f not in ROSTER_LABELS:
            continue
        k = label_value(doc, i)
        if k is None:
            if f in PERSON_LABELS and doc.words[i].islower() and i + 2 < len(doc.words):
                _role_before_name(doc, i, g, out)  # "Run director Abi Quayle"
            continue
        items = _items(doc, k)
        if f in ROSTER_LABELS and len(items) >= 2:
            ok = [it for it in items if _person_item(doc, *it, g, lowercase=True)]
            if len(ok) >= 2 and 2 * len(ok) >= len(items):
                for s, e in ok:
                    out.append(
                        Candidate(doc.spans[s][0], doc.spans[e - 1][1], "PERSON", PRI_PERSON_CUE)
                    )
                continue
        if f in PERSON_LABELS and items and _person_item(doc, *items[0], g, lowercase=False):
            s, e = items[0]
            out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "PERSON", PRI_PERSON_CUE))
            if len(items) > 1 and doc.words[items[0][1]] == ",":
                _org_after_person(doc, *items[1], g, out)  # "Coach: Jo Marsh, Tri Sussex"


def _role_before_name(doc: Doc, i: int, g: Gazetteers, out: list[Candidate]) -> None:
    """A lowercase role straight before two capitalised words: "Run director Abi Quayle said"."""
    s = i + 1
    e = s
    while (
        e < len(doc.words) and e - s < 3 and doc.is_word[e] and doc.cap[e] and same_line(doc, s, e)
    ):
        e += 1
    if (
        e - s >= 2
        and _person_item(doc, s, e, g, lowercase=False)
        and doc.folded[s] not in g.organizations
        and not any(doc.folded[k] in g.cities for k in range(s, e))
    ):
        out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "PERSON", PRI_PERSON_CUE))


def _org_after_person(doc: Doc, s: int, e: int, g: Gazetteers, out: list[Candidate]) -> None:
    """The capitalised item after a person's comma in a role's field is their club or firm, unless
    it is one known town."""
    if e - s < 2 or not all(doc.cap[k] or doc.folded[k] in JOINERS for k in range(s, e)):
        return
    if any(doc.folded[k] in g.medical or doc.folded[k] in g.first_names for k in range(s, e)):
        return
    out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "ORGANIZATION", PRI_PERSON_CUE))


def detect_persons(doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append the persons that labels and rosters announce (module docstring)."""
    words = frozenset(doc.folded)
    if not words.isdisjoint(PERSON_LABELS) or not words.isdisjoint(ROSTER_LABELS):
        _persons(doc, g, out)
