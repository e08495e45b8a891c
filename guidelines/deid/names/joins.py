"""Parts of one person's name left between or beside redacted parts ("Georges [Abi] Nader",
"[Addison] Parker" where Addison is also an eponym): a redacted PERSON span grows over them.

Why: a name is one identifier; a leftover middle name, particle or first name that is also an eponym
still points at the person once the rest is redacted. The rules only look at what sits between or right
next to PERSON spans already chosen, so they add no new name of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.cues import (
    DISEASE_AFTER,
    GENERIC_ORG_WORDS,
    ORG_HEADS_AFTER,
    ORG_HEADS_BEFORE,
    PARTICLES,
    RELATIVES,
    TITLE_FILLERS,
    TITLES,
    WORK_WORDS,
    word_set,
)
from textkit.folding import fold

# jobs that stand before a name in title case ("Manager Gaz", "Coach Smith"): never its first name
JOB_WORD = re.compile(
    r"(?i:manager|supervisor|foreman|skipper|coach|captain|chef|director|directeur|directrice|"
    r"officer|agent|driver|chauffeur|volunteer|bénévole|benevole|patient|member|client|resident|"
    r"résident|tenant|locataire|referee|leader|teacher|professeur|prof|instructor|pastor|"
    r"père|father|rabbi|imam|abbé|abbe|councillor|constable|sergeant|inspector|detective|judge|juge|"
    r"practitioner|specialist|consultant|registrar|assistant|worker|visitor|adviser|advisor|"
    r"counsellor|counselor|secretary|receptionist|administrator|technician|paramedic|pharmacist|"
    r"matron|therapist|physio|surgeon|doctor|docteur|auxiliaire|aide|infirmière|infirmier|"
    r"assistante|éducateur|éducatrice|educateur|educatrice|kiné|moniteur|monitrice|maire|mayor)"
)

_WORD = (
    r"(?:[A-ZÀ-Þ][\w'’-]{0,20}"
    # Irish initial mutations ("tSaoir", "bhFiann", "nGuidhir") and Arabic article prefixes
    # ("al-Khuri", "el-Amin", "ould-Salem") keep a lowercase start
    r"|(?:t|n|h|bh|b|d|dh|g|gc|m|mb|nd|ng|bp)[A-ZÁÉÍÓÚ][\w'’-]{1,20}"
    r"|(?:al|el|ul|ad|ed|as|ash|at|az|ould|ait|aït|bou|ben|bin|ibn|abu)-[A-ZÀ-Þ][\w'’-]{1,20})"
)
# one or two name words or particles between two PERSON spans, separated by single spaces or hyphens
_GAP = re.compile(rf"[ \t-](?:(?:{_WORD}|[a-zà-ÿ]{{1,4}})[ \t-]){{1,2}}")
_BEFORE = re.compile(rf"({_WORD})[ \t]$")
# an initial before a name ("K. Brennan"); "M." is the French title, never an initial
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-LN-Z]\.)[ \t]$")
# the next word of a name typed in lowercase ("fatima-zohra aït ouarab", "fatou n'diaye-sall")
_LOWER_AFTER = re.compile(r"[ \t](?P<word>(?:[nm]['’])?[a-zà-ÿ][a-zà-ÿ-]{1,20})(?![\w'’])")
# particles of names typed in lowercase, taken only before a word no lexicon knows
_LOWER_PARTICLES = frozenset(
    [
        "ait",
        "ould",
        "ben",
        "bin",
        "ibn",
        "bint",
        "abu",
        "al",
        "el",
        "nic",
        "ni",
        "mac",
        "mc",
        "van",
        "von",
        "da",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "ter",
        "ten",
    ]
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n:]\s*)$")
_PARTICLE_WORDS = "|".join(sorted(p.rstrip("'") for p in PARTICLES if p.isalpha()))
_AFTER = re.compile(
    rf"(?:(?<=\b[A-Z])\.)?[ \t](?P<particles>(?:(?i:{_PARTICLE_WORDS}|an|ní|nic|uí)[ \t]){{0,2}})(?P<word>{_WORD})(?![\w'’])"
)
# "Addison's disease", "Raynaud syndrome": the word before is the eponym of a disease, not a name part
DISEASE_NEXT = re.compile(
    r"(?:['’]s?\b|[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r")\b)", re.I
)


_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.I)
_FAMILY_CALLS = frozenset(
    {"mama", "mamma", "papa", "baba", "abuela", "abuelo", "nonna", "nonno", "oma", "opa"}
)


def _name_word(word: str, g: Gazetteers) -> bool:
    """A word that may be part of a name: no title, relative or family call, no function word
    (particles apart), no elided article (« L'abbé », « C'est »)."""
    f = fold(word)
    if _ELISION.match(word) or f in _FAMILY_CALLS:
        return False
    return not (f in TITLES or f in RELATIVES or (f in g.stopwords and f not in PARTICLES))


_PARTICLE_TAIL = re.compile(r"(?<=\w)\s+(?:de|du|des|d['’]?)\s*$")
_DISCOURSE = word_set("alors enfin ensuite selon cher chere donc puis voila so then well")
_HYPHENATED_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+-[A-ZÀ-Þ][a-zà-ÿ]+")


def _first_before_surname(word: str, f: str, name: str, g: Gazetteers) -> bool:
    """ "Mélodie Fortin-Ouellet", "Mélodie Tremblay": a title-case word that is also an ordinary word
    (« mélodie ») right before a redacted surname alone, listed or double-barrelled, is its first name."""
    return (
        len(word) > 2
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and f not in _NOT_FIRST
        and f not in g.medical
        and f not in _DISCOURSE
        and (fold(name) in g.surnames or _HYPHENATED_SURNAME.fullmatch(name) is not None)
    )


def join_person_parts(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """The chosen spans, with PERSON spans grown over the parts of the same name left out."""
    others = [(c.start, c.end) for c in chosen if c.label != "PERSON"]

    def free(
        start: int, end: int
    ) -> bool:  # no other label's span in the stretch a name grows over
        return not any(s < end and start < e for s, e in others)

    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PERSON" and c.label == "PERSON":
            gap = text[prev.end : c.start]
            words = re.findall(r"[\w'’]+", gap)
            adjacent = gap in (" ", "-") and all(
                _name_word(w, g) for w in re.findall(r"[\w'’]+", text[prev.start : c.end])
            )
            if adjacent or (
                _GAP.fullmatch(gap)
                and free(prev.end, c.start)
                and all(
                    _name_word(w, g) and (w[0].isupper() or fold(w) in PARTICLES) for w in words
                )
            ):
                out[-1] = Candidate(prev.start, c.end, "PERSON", max(prev.priority, c.priority))
                continue
        if c.label == "PERSON":
            m = _BEFORE.search(text, max(0, c.start - 24), c.start)
            if m and (prev is None or prev.end <= m.start(1)) and free(m.start(1), c.start):
                word = m.group(1)
                f = fold(word)
                # a capitalised word no lexicon knows as ordinary, straight before a redacted name
                # ("Addison Parker", "Raynaud Dupree"), never a title, a relative or the start of
                # "Addison's disease"
                # also a first name inside a sentence ("Son podologue, Blanche Lamy")
                if (
                    (
                        f in g.eponyms
                        or (f not in g.common and f not in g.known)
                        or (
                            f in g.first_names
                            and word[0].isupper()
                            and not _SENTENCE_BEFORE.search(
                                text, max(0, m.start(1) - 3), m.start(1)
                            )
                        )
                        or _titlecase_inside(text, m.start(1), word, f, g)
                        or _first_before_surname(word, f, text[c.start : c.end], g)
                    )
                    and _name_word(word, g)
                    and not DISEASE_NEXT.match(text, m.end(1))
                ):
                    c = Candidate(m.start(1), c.end, "PERSON", c.priority)
            initial = _INITIAL_BEFORE.search(text, max(0, c.start - 4), c.start)
            if initial and (prev is None or prev.end <= initial.start(1)):
                c = Candidate(initial.start(1), c.end, "PERSON", c.priority)
        for _ in range(2 if c.label == "PERSON" else 0):  # "Abd al-Karim al-Tikriti"
            m = _AFTER.match(text, c.end)
            if m and free(c.end, m.end()) and _name_word(text[c.start : c.end].split()[0], g):
                word, f = m.group("word"), fold(m.group("word"))
                # "Clement Cushing", « Marie de la Tour »: a name word right after a redacted name (after a
                # particle, any capitalised word; else one no lexicon knows as ordinary, or an eponym that
                # names no disease here)
                if (
                    _name_word(word, g)
                    and not DISEASE_NEXT.match(text, m.end())
                    and (
                        m.group("particles")
                        or f in g.eponyms
                        or (f not in g.common and f not in g.known)
                    )
                ):
                    c = Candidate(c.start, m.end(), "PERSON", c.priority)
                    continue
            break
        if c.label == "PERSON" and text[c.start].islower():
            c = _grow_lowercase(text, c, g, free)
        out.append(c)
    # "[Marie-Josée Tremblay] de [Chicoutimi]": a name never ends with a particle (the resolver may leave
    # « de » between a name and its town)
    return [_without_particle_tail(text, c) for c in _no_overlaps(out)]


def _without_particle_tail(text: str, c: Candidate) -> Candidate:
    tail = _PARTICLE_TAIL.search(text, c.start, c.end) if c.label == "PERSON" else None
    return Candidate(c.start, tail.start(), "PERSON", c.priority) if tail else c


# the start of a sentence or a line (a field's colon is not: "Patient: Olive Barnes")
_LINE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)$")
_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche january february march april may june july august september october november "
    "december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "christmas noel easter paques today tomorrow yesterday"
)


# fields and short titles that stand before a name ("Name Parveen Akhtar", "Famille Ramdhony",
# "Fr Michael", "Sr Halima")
_NOT_FIRST = word_set(
    "name names nom noms prenom prenoms surname forename famille family fr sr br st ste mt mgr "
    "cllr sgt cpl pte capt col lt maj gen rt hon president presidente minister ministre premier "
    "prime king queen prince princess roi reine princesse senator senateur governor gouverneur pope "
    "pape saint sainte former late ancien ancienne feu laboratoires laboratories"
)


def _title_case_line(text: str, at: int) -> bool:
    """The line is written In Title Case ("I Saw John Smith Today And He Is Better"): capitals say
    nothing there, so no ordinary word joins a name for its capital."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_]+", text[start : end if end >= 0 else len(text)])
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 5 and caps >= 0.7 * len(words)


def _titlecase_inside(text: str, start: int, word: str, f: str, g: Gazetteers) -> bool:
    """A capitalised ordinary word inside a sentence, straight before a redacted name, is its first
    name ("Manager Olive Barnes", "Son aide Précieuse Mukendi", "Member: Blessing Chukwuma"): a
    word in title case that no medical, calendar, work, job or service list knows (deid25)."""
    if "'" in word or "’" in word:
        # "I'm Hope", "It's Auntie Joy", "Dad's …": a contraction or a possessive; "O'Brien" keeps
        # its capital after the apostrophe
        apo = max(word.find("'"), word.find("’"))
        if not word[apo + 1 : apo + 2].isupper():
            return False
    return (
        len(word) > 1
        and f not in _NOT_FIRST
        and word[0].isupper()
        and word[1:].replace("-", "").replace("'", "").replace("’", "").islower()
        and not _LINE_BEFORE.search(text, max(0, start - 3), start)
        and f not in g.medical
        and f not in g.not_names
        and f not in _CALENDAR
        and f not in WORK_WORDS
        and f not in TITLE_FILLERS
        and f not in GENERIC_ORG_WORDS
        and f not in ORG_HEADS_BEFORE
        and f not in ORG_HEADS_AFTER
        and not _title_case_line(text, start)
        and not JOB_WORD.fullmatch(word)
    )


def _unknown(f: str, g: Gazetteers) -> bool:
    """No lexicon knows the word (each part of a hyphenated word for the long parts)."""
    if f in g.common or f in g.known or f in g.stopwords or f in g.medical:
        return False
    parts = [p for p in f.split("-") if len(p) > 3]
    return not parts or not all(p in g.known or p in g.common for p in parts)


def _grow_lowercase(
    text: str, c: Candidate, g: Gazetteers, free: Callable[[int, int], bool]
) -> Candidate:
    """A name typed in lowercase grows over the next lowercase words that are particles or that no
    lexicon knows ("fatima-zohra aït ouarab", "fatou n'diaye-sall"), at most two."""
    for _ in range(2):
        m = _LOWER_AFTER.match(text, c.end)
        if m is None or not free(c.end, m.end()):
            break
        word = m.group("word")
        f = fold(re.sub(r"^[nm]['’]", "", word))
        if f in _LOWER_PARTICLES:
            nxt = _LOWER_AFTER.match(text, m.end())
            if nxt is None or not _unknown(fold(nxt.group("word")), g):
                break  # a particle only before another word of the name
        elif word[1:2] in ("'", "’"):  # "n'doye-ba": only the whole word is looked up
            if f in g.common or f in g.known or f in g.stopwords:
                break
        elif not _unknown(f, g):
            break
        c = Candidate(c.start, m.end(), "PERSON", c.priority)
    return c


def _no_overlaps(spans: list[Candidate]) -> list[Candidate]:
    """A grown span swallows the spans it now covers (a PERSON grown over "de la Tour")."""
    out: list[Candidate] = []
    for c in sorted(spans, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            if out[-1].label == "PERSON" and c.label == "PERSON":
                last = out[-1]
                out[-1] = Candidate(last.start, max(last.end, c.end), "PERSON", last.priority)
            continue
        out.append(c)
    return out
