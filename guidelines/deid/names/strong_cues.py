"""Names after the strongest cues, even when the name is also a medicine or an eponym.

A first name after a relative with a possessive (`my sister Yasmin`, `ma fille Jasmine`), a surname
after a civil title (`M. Raynaud m'a dit`, `Mrs Addison`) or after `née` is a person even when a drug
lexicon or the eponym list knows the word: the cue says who it is. The word is still no name when a
disease follows it (`Raynaud's`, `Parkinson disease`, `syndrome de Cushing`) or a dose does, and a
relative's word alone must be a known first name (`mon père Alzheimer, ma mère Parkinson` speak of
diseases). A second capitalised word right after the first joins it (`my daughter Addison Parkinson`)
under the same guards. Names found this way are never propagated into the text's other mentions of
a medicine (`My sister Yasmin is on Yasmin`): see `pipeline._propagate`.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_PERSON_CUE, Candidate
from guidelines.deid.cues import DISEASE_AFTER, DISEASE_BEFORE, RELATIVES
from guidelines.deid.detectors.text_gates import has_raw_word, has_word
from textkit.folding import fold

_NAME = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
_RELATIVE_WORDS = "|".join(sorted((re.escape(r) for r in RELATIVES if " " not in r), key=len)[::-1])
RELATIVE_NAME = re.compile(
    rf"\b(?i:my|our|his|her|their|mon|ma|notre|son|sa|leur)\s+(?i:{_RELATIVE_WORDS})\s*,?\s+"
    rf"(?P<first>{_NAME})(?:\s+(?P<second>{_NAME}))?"
)
# the first run of word characters of each relative word: every match of RELATIVE_NAME holds one whole (after
# a space; the relative ends before a space or a comma, a hyphen or an apostrophe inside it) (deidperf7)
_RELATIVE_FIRST_RUNS = frozenset(
    re.findall(r"\w+", r)[0].lower() for r in RELATIVES if " " not in r
)
# TITLE_NAME's title, a whole run of word characters in every match, as written (deidperf7)
_TITLE_WORDS = frozenset(
    {"M", "Mme", "Mlle", "Mr", "Mrs", "Ms", "Monsieur", "Madame", "Mister", "née", "nee"}
)
TITLE_NAME = re.compile(
    rf"\b(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|Mister|n[ée]e)\s+(?P<first>{_NAME})"
    rf"(?:\s+(?P<second>{_NAME}))?"
)
_DISEASE_NEXT = re.compile(
    r"(?:['’]s?\b|[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r")\b|\s*\d)", re.I
)
_DISEASE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(DISEASE_BEFORE)) + r")\s+(?:de\s+|d['’]\s*|du\s+)?$", re.I
)
_QUICK = re.compile(r"\b(?:M\.|Mme|Mlle|Mrs?\.?|Ms|Monsieur|Madame|Mister|n[ée]e)\s|[A-Z]")
_MONTHS = frozenset(
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ]
)


def _word_ok(text: str, m: re.Match[str], group: str, g: Gazetteers) -> bool:
    f = fold(m.group(group))
    return (
        f not in g.stopwords
        and f not in g.fictional_doctors
        and f not in _MONTHS
        and not _DISEASE_NEXT.match(text, m.end(group))
    )


def detect_strong_cue_names(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """PERSON candidates after a possessive relative or a civil title (see the module docstring)."""
    if not _QUICK.search(text):
        return
    relatives = has_word(text, _RELATIVE_FIRST_RUNS)
    for rx, needs_first_name in ((RELATIVE_NAME, True), (TITLE_NAME, False)):
        if not (relatives if rx is RELATIVE_NAME else has_raw_word(text, _TITLE_WORDS)):
            continue
        for m in rx.finditer(text):
            first = fold(m.group("first"))
            if needs_first_name and first not in g.first_names:
                continue
            if not _word_ok(text, m, "first", g):
                continue
            second = m.group("second")
            lexicon = (g.medical, g.eponyms)
            if not any(fold(w) in lx for w in (m.group("first"), second or "") for lx in lexicon):
                continue  # an ordinary name: the name pass takes it
            if _DISEASE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                continue
            end = m.end("first")
            if second and _word_ok(text, m, "second", g) and fold(second) not in g.common:
                end = m.end("second")
            out.append(Candidate(m.start("first"), end, "PERSON", PRI_PERSON_CUE))


# A name typed in capitals on a form or a card: "WHITFIELD, HAROLD J", "TRAN THI MAI", "LIAM J O'CONNELL"
_CAPS_RUN = re.compile(
    r"(?<![\w'’-])(?P<run>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:,?[ \t](?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+|[A-Z]\b\.?)){1,3})(?![\w'’-])"
)


def detect_caps_names(text: str, g: Gazetteers, out: list[Candidate]) -> None:
    """PERSON for a run of two to four words in capitals (initials allowed) in ordinary text, when one
    word is a known first name and none is a stopword, a medical word or acronym, or an ordinary word
    that no name list knows (`NHS GP`, `NE PAS`, `TRÈS MAL` stay)."""
    # the same counts as generators of ch.isupper()/ch.islower(), without a Python frame per character
    upper = sum(map(str.isupper, text))
    if upper < 6 or upper >= 4 * sum(map(str.islower, text)):
        return  # no run possible, or a text typed in capitals (the lowercase pass reads it)
    for m in _CAPS_RUN.finditer(text):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", m.group("run")) if len(w) > 1]
        folded = [fold(w) for w in words]
        if len(words) < 2 or not any(f in g.first_names for f in folded):
            continue
        if any(
            (f in g.stopwords and f not in g.first_names)
            or f in g.medical
            or f in g.medical_acronyms
            or f in g.not_names
            or (f in g.common and f not in g.first_names and f not in g.surnames)
            for f in folded
        ):
            continue
        run = m.group("run").rstrip(".")
        out.append(Candidate(m.start("run"), m.start("run") + len(run), "PERSON", PRI_PERSON_CUE))
