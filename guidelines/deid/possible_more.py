"""More evidence for the preview's "possible identifier" tier (deidpreview, docs/deid.md).

What the anonymiser and `possible.py` leave, measured on the training sets: proper names that are also
rare ordinary words ("Mold", "the Lister", "Cobalt Ridge"), names at a sentence start before a
person's verb ("Summer is on…"), lowercase names after a person cue ("my nan peg", « m. benali »),
organisation acronyms ("CNS", "ADMR"), flat and unit numbers, and bare years and months. Every rule
keeps away from medicine (`possible._medical`) and from the frequent words of either language
(`data/frequent_words.txt`, wordfreq Zipf >= 4.5, chosen by leave-one-set-out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from textkit.folding import fold
from textkit.lists import read_lines

from ._data import DATA_DIR, TOKEN_RE, Gazetteers
from .cues import RELATIVES, TITLES

Triple = tuple[int, int, str]

_SENT_END = frozenset('.!?…:;\n"«»*-–—()[]|')
# A person's verb after a sentence-initial word: "Summer is on…", "Gaz called…", « Doudou c'est moi ».
_PERSON_VERBS = frozenset(
    "is was has had says said told called rang asked texted wants thinks keeps gets feels needs "
    "takes went lives works est a dit avait etait veut pense prend vit travaille c".split()
)
# Words before a lowercase name: relatives, titles, and self-introductions.
_NAME_CUES = (RELATIVES | TITLES) | frozenset("name named called m mme mr mrs ms".split())
# ... and weaker ones, before a word only when the lists know it as a name: "I'm li na", « pour claire ».
_WEAK_NAME_CUES = frozenset("im i'm i’m suis moi pour avec chez".split())
# Acronyms that name nothing: common abbreviations of both languages (medicine has its own list).
_GENERIC_ACRONYMS = frozenset(
    """ok gp nhs uk us usa eu tv id ps nb fyi asap am pm er ed icu aandE a&e ae diy pdf sms cv hr it
    dm pm imo tbh btw lol omg uk's faq vat tva ttc sncf rer ratp caf cpam ssm sos rsvp pc cd dvd atm
    pin sim gps bbc itv dj mp mps rn md np pa phd bsc msc ma ba etc vs ie eg nb ii iii iv vi
    eme edt est pst gmt utc cet nz na irl rip ngo covid fr en ca qc on bc wc diy lgbt lgbtq
    cm ce cp cm1 cm2 ehpad hlm rsa apl cmu ame puma smic rtt ssr ald pmi smur samu ecg irm
    nsw qld wa nt sa vic tas act dob ip sc pe""".split()
)
# Medical acronyms the anonymiser's list lacks (general vocabulary, EN and FR).
_MEDICAL_ACRONYMS = frozenset(
    """ppc prep pots acl tens sla ths lca acr ogd mnd mmr me cte cgm cfs acwy trod hba hiv vih ist
    sti std uti ivf icsi pma fiv pcos sopk ibd ibs mici tca tdah adhd ocd toc ptsd tspt asd tsa
    cpap bipap ecg ekg eeg emg mri ct pet irm tdm dexa echo ugd ppi ipp nsaid ains ssri isrs snri
    dmard ocp hrt trt gnrh tsh ft4 ldl hdl crp vs inr psa ca bnp cbc nfs fbc lft ua ecbu ebv cmv
    hpv hsv rsv vrs tb bcg dtp ror mgus copd bpco ckd irc aki af fa dvt tvp pe ep mi idm chf ic
    tia ait cva avc sah ms sep als bmi imc bp ta bppv vppb icd cim npi""".split()
)
_ELISION = re.compile(r"[^\W\d_]{1,2}['’][^\W\d_]{0,2}")
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5}")
_UNIT_NUMBER = re.compile(
    r"\b(?:flat|unit|apt|apartment|suite|croft|house|block|room|lot|porte|escalier|b[aâ]timent|bloc|"
    r"appartement|appt|villa|chambre)\s+(?:n[o°º]\.?\s*)?[A-Z0-9]{1,4}\b"
    r"|\b\d{1,2}(?:e|er|ème|st|nd|rd|th)\s+(?:étage|floor)\b",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"\b(?:in|since|from|until|till|by|during|en|depuis|dès|des|jusqu['’]en|avant|après)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?![/.-]\d)",
    re.I,
)
_MONTH = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b"
)


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    return frozenset(read_lines(DATA_DIR / "frequent_words.txt"))


def _quiet(base: str, g: Gazetteers) -> bool:
    """Words no rule here marks: function words, titles, relatives, the frequent words."""
    return (
        base in g.stopwords
        or base in TITLES
        or base in RELATIVES
        or base in frequent_words()
        or len(base) < 2
    )


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


def _word_evidence(text: str, g: Gazetteers, medical) -> Iterable[Triple]:  # type: ignore[no-untyped-def]
    toks = _tokens(text)
    for i, (s, e, w, start) in enumerate(toks):
        f = fold(w)
        base = f[:-2] if f.endswith("'s") else f
        if medical(w, f, g):
            continue
        prev = fold(toks[i - 1][2]) if i else ""
        nxt = fold(toks[i + 1][2]) if i + 1 < len(toks) else ""
        if _ACRONYM.fullmatch(w) and sum(c.isupper() for c in w) >= 2:
            # an acronym before a number is the number's label ("NIR 1 85…", "AMKA 0102…")
            before_number = re.match(r"\s*[:#°n.]*\s*[\dA-Z]*\d", text[e : e + 12])
            if not (
                base in _GENERIC_ACRONYMS
                or base in _MEDICAL_ACRONYMS
                or base in g.medical_acronyms
                or base in frequent_words()
                or before_number
            ):
                yield (s, e, "ORGANIZATION")
            continue
        if _quiet(base, g) or _ELISION.fullmatch(w):
            continue
        if w[0].isupper() and not w.isupper():
            # a capitalised rare word mid-sentence, or a name at the start before a person's verb
            if not start or (nxt in _PERSON_VERBS and (base in g.first_names or base not in g.common)):
                yield (s, e, "PERSON")
        elif w.islower() and (
            (prev in _NAME_CUES and base not in g.known)
            or ((prev in _NAME_CUES or prev in _WEAK_NAME_CUES) and (base in g.first_names or base in g.surnames))
        ):
            yield (s, e, "PERSON")
            # the family name after it: « m. benali », "li na", "claire le saux"
            j = i + 1
            while j < len(toks) and toks[j][2].islower() and toks[j][0] - toks[j - 1][1] <= 1:
                nb = fold(toks[j][2])
                if medical(toks[j][2], nb, g) or (nb in g.stopwords and nb not in ("le", "de", "van")):
                    break
                if nb in frequent_words() and nb not in g.surnames and nb not in g.first_names:
                    break
                yield (toks[j][0], toks[j][1], "PERSON")
                j += 1


def more_candidates(text: str, g: Gazetteers, medical) -> list[Triple]:  # type: ignore[no-untyped-def]
    """Extra (start, end, label) candidates; `medical(word, folded, g)` says a word is medicine."""
    out = list(_word_evidence(text, g, medical))
    out += [(m.start(), m.end(), "ADDRESS") for m in _UNIT_NUMBER.finditer(text)]
    out += [(m.start("year"), m.end("year"), "DATE") for m in _YEAR_AFTER.finditer(text)]
    out += [(m.start(), m.end(), "DATE") for m in _MONTH.finditer(text)]
    return out
