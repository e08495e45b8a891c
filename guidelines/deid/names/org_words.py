"""Organisations by their own shape, where no relation cue or field introduces them (deid26):

- a lowercase kind noun in apposition before a capitalised name (`le restaurant Le Petit Zinc`, `le
  traiteur Saveurs d'Antan`, `l'association ASBL Les Amis`, `my rugby club, Old Elthamians RFC`,
  `the caterer Spice Village`): the name that follows is the organisation, the noun stays;
- a sports club by its initials (`FC Rouen`, `US Créteil Handball`, `Old Elthamians RFC`, `Hove
  Rovers`, `the Rovers`) and a firm or association by a legal form that opens it (`ASBL Les Amis`,
  `SARL Dupuis`);
- initials after an article and before a workplace noun or a town (`the DHL contract`, `the RNLI
  shop`, `the YMCA in Halifax`), never initials that medicine or ordinary text uses (`the GP
  surgery`, `the HR office`: known words), unless the organisation list knows them (`UPS`);
- French initials after a preposition and an article (`je travaille à la SNCB`, `étudiante à l'ULB`,
  `le kiné de l'ASM`, `recours auprès de l'AVIQ`), never medicine's, a benefit's or a generic
  service's (`à l'IRM`, `de l'AAH`, `au CMP`, `l'EHPAD`);
- a French venue or practice named by its kind, its qualifiers and a connector (`camping des Sables
  Blancs`, `salle des fêtes de Sion`, `parc de la Tête d'Or`, `cabinet médical des Tilleuls`,
  `parc des Bastions`): the whole phrase, the kind included, as the held-out writers mark it; not
  one word after a bare `de` or a known town (`centre de radiologie de Villefranche`: a town, as the
  development corpus marks it);
- a charity's `Friends of` (`Friends of Hadley Park`), and the addressee that opens a letter or an
  application (`À l'attention de SHLMR`, `Au bailleur Habitat 29`, `Application to Norbridge
  Council:`, `Candidature chez Dupré Logistique`).

`extend_org_tails` then gives a chosen organisation its family tail (`Garage Dupont [et Fils]`,
`Hobbs [& Sons]`).

The name is read as `org_cues.name_run` reads it (capitalised words joined by particles, a
capitalised article opening it). Never: a medical word, a first name or a town alone, a day or a
month, a word in capitals that medicine uses. Weaker than the heads and cues (PRI_ORG_CUE - 1).
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, PRI_ORG_HEAD, Candidate
from guidelines.deid.cues import ORG_HEADS_BEFORE, TITLES, word_set
from guidelines.deid.detectors.text_gates import has_raw_word, holds_any, spellings
from guidelines.deid.doc import Doc
from guidelines.deid.names.complete import KIND_HEADS
from guidelines.deid.names.org_acts import detect_org_acts
from guidelines.deid.names.org_cues import name_run

PRI_ORG_WORD = PRI_ORG_CUE - 1

# Kind nouns that a name follows in apposition ("le restaurant Le Petit Zinc"); lowercase only.
KIND_NOUNS = word_set(
    "restaurant restaurants traiteur caterer caterers catering cafe bar pub brasserie bistrot bistro "
    "hotel auberge boulangerie patisserie boucherie epicerie superette magasin boutique shop store "
    "supermarche supermarket salon garage agence agency firm company societe entreprise "
    "association asso charity club team equipe troupe chorale choir band gym studio academy academie "
    "conservatoire nursery creche school ecole college lycee camping campsite "
    "cinema theatre museum musee stade stadium venue ong fondation foundation landlord bailleur "
    "employer employeur insurer assureur boite"
)
# Initials of sports clubs before the name ("FC Rouen", "US Créteil", "AS Monaco", "RC Lens").
CLUB_BEFORE = frozenset(
    [
        "FC",
        "AFC",
        "AS",
        "US",
        "RC",
        "SC",
        "CS",
        "OGC",
        "ASC",
        "ESC",
        "JS",
        "CA",
        "SCO",
        "USM",
        "ASM",
        "ESTAC",
    ]
)
# ... and after it ("Old Elthamians RFC", "Hove Rovers"); the word alone after "the" too ("the Rovers").
CLUB_AFTER = frozenset(
    [
        "FC",
        "AFC",
        "RFC",
        "RUFC",
        "CFC",
        "ARLFC",
        "RLFC",
        "Rovers",
        "Wanderers",
        "Rangers",
        "Harriers",
        "Athletic",
        "Albion",
        "Scouts",
        "Guides",
        "Brownies",
        "Cubs",
    ]
)
LEGAL_BEFORE = frozenset(["ASBL", "SARL", "SAS", "SASU", "EURL", "SCI", "SCOP", "GIE", "VZW"])
_MONTHS_DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december lundi mardi mercredi jeudi vendredi samedi "
    "dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "christmas easter noel paques"
)
# words before a club's name that are no part of it ("My Rovers", "The Wanderers" opening a sentence)
_OPENERS = word_set("the a an my our his her their your i le la les l' mon ma notre nos")
# nouns after initials that make them an employer or a body ("the DHL contract", "the RNLI shop")
_WORKPLACE = word_set(
    "depot contract shop store office offices warehouse branch site factory plant centre center team "
    "van vans hub counter desk job shift shifts staff sorting yard agence magasin entrepot bureau "
    "bureaux usine chantier equipe"
)
_ARTICLES = word_set("the le la les l'")
_PLACE_PREPS = word_set("in a de at")
_FR_INITIALS = re.compile(
    r"\b(?:[àa]|de|chez|pour|aupr[èe]s[ \t]+de|avec|par|vers|contre)[ \t]+(?:la[ \t]+|le[ \t]+|les[ \t]+|l['’])"
    r"(?P<name>[A-Z]{3,6})(?![\w-])"
)
# benefits, schemes and generic services named by initials: no organisation of their own
_NOT_BODIES = word_set(
    "aah cmu css apa rsa pch ame pai pps pap acs als apl aspa ass are ald esat cmp cmpp ccas ssiad samu "
    "smur sau cse chsct drh ppc ths trod cdi cdd rqth mdph bts iut dut"
)
# _VENUE's kind words, each a whole run of word characters in every match (deidperf7, `text_gates`)
_VENUE_WORDS = spellings(
    "camping",
    "salle",
    "parc",
    "jardin",
    "square",
    "march[ée]",
    "gare",
    "cour",
    "palais",
    "stade",
    "piscine",
    "gymnase",
    "th[ée][âa]tre",
    "mus[ée]e",
    "cimeti[èe]re",
    "a[ée]roport",
    "cabinet",
    "maison",
    "centre",
    "foyer",
    "r[ée]sidence",
    "campus",
    "h[ôo]tel",
    "auberge",
    "domaine",
    "ch[âa]teau",
)
_VENUE = re.compile(
    r"\b(?:camping|salle|parc|jardin|square|march[ée]|gare|cour|palais|stade|piscine|gymnase|"
    r"th[ée][âa]tre|mus[ée]e|cimeti[èe]re|a[ée]roport|cabinet|maison|centre|foyer|r[ée]sidence|"
    r"campus|h[ôo]tel|auberge|domaine|ch[âa]teau)"
    r"(?:[ \t]+[a-zà-ÿ][\w'’-]*){0,3}?"
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])"
    r"(?=[A-ZÀ-Þ])"
)
# a letter's or an application's addressee at the start of a line
_ADDRESSEE = re.compile(
    r"(?im)^[ \t]*(?:[àa][ \t]+l['’]attention[ \t]+(?:de[ \t]+(?:la[ \t]+|l['’])?|du[ \t]+|des[ \t]+)"
    r"|au[ \t]+bailleur[ \t]+|application[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"|candidature[ \t]+(?:au|à[ \t]+la|à[ \t]+l['’]|a[ \t]+la|chez|aux)[ \t]*"
    r"|recours[ \t]+(?:au|à[ \t]+la|à[ \t]+l['’]|a[ \t]+la|auprès[ \t]+de[ \t]+la)[ \t]*)"
)
_FRIENDS = re.compile(
    r"\b(?:Friends|Amis)[ \t]+(?:of|de|du|des)[ \t]+(?:the[ \t]+|la[ \t]+|l['’])?(?=[A-ZÀ-Þ])"
)
# Gates (deidperf7, `text_gates`): a piece of each alternative of _ADDRESSEE in lowercase; _FRIENDS's first
# word, a whole run of word characters as written
_ADDRESSEE_PIECES = ("attention", "bailleur", "application", "candidature", "recours")
_FRIENDS_WORDS = frozenset({"Friends", "Amis"})
_SEP = re.compile(r"[ \t]*[,(][ \t]*|[ \t]+")


def _alone_bad(doc: Doc, start: int, end: int, g: Gazetteers) -> bool:
    """A one-word name that is a first name, a town, a day or an ordinary word: no organisation."""
    if end - start != 1:
        return False
    f = doc.folded[start]
    if f in g.organizations:
        return False
    return (
        f in g.first_names
        or f in g.cities
        or f in g.common
        or f in _MONTHS_DAYS
        or f in TITLES
        or doc.words[start].isupper()
    )


_MODEL = re.compile(r"\d{1,3}")


def _initials_ok(f: str, g: Gazetteers) -> bool:
    """Initials that may name an organisation: listed ones, or ones no lexicon gives a meaning."""
    if f in g.medical or f in g.medical_acronyms:
        return False
    return f in g.organizations or f not in g.common


def _emit(doc: Doc, start: int, end: int, out: list[Candidate]) -> None:
    out.append(Candidate(doc.spans[start][0], doc.spans[end - 1][1], "ORGANIZATION", PRI_ORG_WORD))


def detect_org_words(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each name of the shapes of the module docstring."""
    detect_org_acts(text, doc, g, out)
    n = len(doc.words)
    starts = {s: k for k, (s, _) in enumerate(doc.spans)}
    if "l'" in text or "la " in text or "le " in text or "l’" in text:
        for m in _FR_INITIALS.finditer(text):
            f = m.group("name").casefold()
            if not (
                f in g.medical
                or f in g.medical_acronyms
                or f in _NOT_BODIES
                or f in ORG_HEADS_BEFORE
                or f in KIND_HEADS
            ):
                out.append(Candidate(m.start("name"), m.end("name"), "ORGANIZATION", PRI_ORG_WORD))
    for m in _VENUE.finditer(text) if has_raw_word(text, _VENUE_WORDS) else ():
        k = starts.get(m.end())
        run = name_run(doc, k, g) if k is not None else None
        if run is None or doc.folded[run[0]] in _MONTHS_DAYS:
            continue  # "marché de Noël" is a season
        if run[1] - run[0] == 1 and (
            doc.folded[run[0]] in g.cities or re.search(r"\b(?:de|d['’])\s*$", m.group())
        ):
            continue  # "centre de radiologie de Villefranche": a town after "de", the town rules'

        if any(doc.folded[j] in g.medical for j in range(run[0], run[1])):
            continue
        # above a town cue: "salle des fêtes de Sion" is one place
        out.append(Candidate(m.start(), doc.spans[run[1] - 1][1], "ORGANIZATION", PRI_ORG_CUE + 2))
    gates = (holds_any(text, _ADDRESSEE_PIECES), has_raw_word(text, _FRIENDS_WORDS))
    for rx, gate in zip((_ADDRESSEE, _FRIENDS), gates, strict=True):
        for m in rx.finditer(text) if gate else ():
            k = starts.get(m.end())
            if k is None and m.end() < len(text) and text[m.end()] in " \t":
                k = starts.get(m.end() + 1)
            run = name_run(doc, k, g) if k is not None else None
            if run is None:
                continue
            end = run[1]
            numbered = end < n and _MODEL.fullmatch(doc.words[end]) is not None
            if numbered:
                end += 1  # "Habitat 29"
            elif _alone_bad(doc, run[0], run[1], g) and not doc.words[run[0]].isupper():
                continue
            s0 = m.start() if rx is _FRIENDS else doc.spans[run[0]][0]
            # "Friends of Hadley Park" outranks the park's name read as an address
            pri = PRI_ORG_HEAD if rx is _FRIENDS else PRI_ORG_WORD
            out.append(Candidate(s0, doc.spans[end - 1][1], "ORGANIZATION", pri))
    for i in range(n):
        f, w = doc.folded[i], doc.words[i]
        # a kind noun in lowercase, then (after a comma or a bracket) the name
        if f in KIND_NOUNS and not doc.cap[i] and i + 1 < n:
            k = i + 1
            if doc.words[k] in {",", "("}:
                k += 1
            if k < n and _SEP.fullmatch(text[doc.spans[i][1] : doc.spans[k][0]] or " "):
                run = name_run(doc, k, g, cued=True)
                if run is not None and doc.cap[run[0]]:
                    s, e, _ = run
                    if not _alone_bad(doc, s, e, g) and not (
                        doc.folded[s] in g.first_names and doc.folded[s] not in g.organizations
                    ):
                        _emit(doc, s, e, out)
        # legal form or club initials opening the name
        elif (w in LEGAL_BEFORE or w in CLUB_BEFORE) and i + 1 < n and doc.cap[i + 1]:
            run = name_run(doc, i + 1, g)
            if run is None:
                continue
            s, e, _ = run
            first = doc.folded[s]
            if (
                w in CLUB_BEFORE
                and w not in LEGAL_BEFORE
                and first in g.common
                and first not in g.cities
            ):
                continue  # "AS Level", "US Army" is read by the lists
            _emit(doc, i, e, out)
        # club words closing the name ("Old Elthamians RFC", "Bristol Rovers", "the Rovers")
        elif w in CLUB_AFTER and i >= 1:
            s = i
            while s >= 1 and doc.cap[s - 1] and doc.is_word[s - 1] and not doc.sent_start[s]:
                if doc.folded[s - 1] in _OPENERS or doc.folded[s - 1] in g.medical:
                    break
                s -= 1
            if s < i:
                _emit(doc, s, i + 1, out)
            elif doc.folded[i - 1] == "the" and not doc.cap[i - 1] and w[0].isupper():
                _emit(doc, i, i + 1, out)
        # initials after an article: "the DHL contract", "the RNLI shop", "the YMCA in Halifax"
        elif (
            f in _ARTICLES
            and i + 2 < n
            and doc.words[i + 1].isupper()
            and doc.words[i + 1].isalpha()
            and 2 <= len(doc.words[i + 1]) <= 6
            and _initials_ok(doc.folded[i + 1], g)
            and (
                doc.folded[i + 2] in _WORKPLACE
                or (
                    doc.folded[i + 2] in _PLACE_PREPS
                    and i + 3 < n
                    and doc.folded[i + 3] in g.cities
                    and doc.cap[i + 3]
                )
            )
        ):
            _emit(doc, i + 1, i + 2, out)


_TAIL = re.compile(
    r"[ \t]+(?:et|&|and)[ \t]+(?:Fils|Cie|Associ[ée]s|Sons|Son|Daughters|Partners|Co\b\.?|Compagnie)"
    r"(?:[ \t]+(?:Ltd|SARL|SAS|SA|LLP)\b\.?)?"
)


def extend_org_tails(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """An organisation keeps its family tail (`Boulangerie Martin [et Fils]`, `Hobbs [& Sons]`)."""
    out = []
    for i, c in enumerate(chosen):
        m = _TAIL.match(text, c.end) if c.label == "ORGANIZATION" else None
        if m is not None and (i + 1 == len(chosen) or chosen[i + 1].start >= m.end()):
            c = Candidate(c.start, m.end(), c.label, c.priority)
        out.append(c)
    return out
