"""An organisation named in a form's field: a kind-of-organisation noun, a colon, the name
(`Employer: Kestrel Haulage`, `Club : AS Bellevue`, `Crèche : Les Petits Malins`, `GP: Harbour Lane
Practice`, `Insurer: Norwood Mutual`), or, opening a sentence, the noun straight before the name
(`Employer Vantor. Phone …`, `Employeur Fromagerie Baud.`).

Why: patients fill in forms and write like them; the field's noun is the relation cue, and what
follows it is the organisation whatever its words are, so a single ordinary word counts there
(`Employer: Cactus`), unlike after a preposition (`names/org_cues.py`). The name is read as there
(`org_cues.name_run`: capitalised words or codes in capitals joined by particles); never a title or a
first name opening it (`GP: Dr Okafor`, `School: Emma`: persons), a word of the medical lexicons or a
service or helpline of `not_names.txt`, a non-answer (`Employer: none`, `Mutuelle : aucune`,
`School: N/A`), a day or month, or a known town alone (the town rules' business).
"""

from __future__ import annotations

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import TITLES, word_set
from guidelines.deid.doc import Doc
from guidelines.deid.names.org_cues import name_run

# nouns of a field whose value is an organisation (folded)
FIELD_NOUNS = word_set(
    "employer employeur workplace company entreprise societe firm school ecole college lycee "
    "creche nursery garderie club team equipe insurer assureur mutuelle insurance assurance "
    "bailleur landlord agency agence university universite uni charity association practice "
    "cabinet gp ehpad hospital hopital clinic clinique"
)
# field nouns that are never the first word of an organisation's own name ("University Hospital",
# "School of Nursing" are): left alone by a trimmed span, they are dropped (pipeline._resolve)
FIELD_ONLY = word_set("employer employeur insurer assureur mutuelle bailleur landlord workplace")
# answers that name nothing (a field left empty in words)
NON_ANSWERS = word_set(
    "none no yes nil n/a na unknown retired unemployed self-employed student private public "
    "aucun aucune non oui neant sans retraite retraitee chomage inconnu inconnue prive privee"
)
# days and months: `Clinic: Tuesday`
_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche january february march april may june july august september october november "
    "december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "today tomorrow yesterday"
)


def _field_at(doc: Doc, i: int) -> int | None:
    """The token where the name starts when token i is a field noun, else None."""
    n = len(doc.words)
    if doc.folded[i] not in FIELD_NOUNS or i + 1 >= n:
        return None
    if doc.words[i + 1] == ":":
        if i + 2 < n and "\n" in doc.text[doc.spans[i + 1][1] : doc.spans[i + 2][0]]:
            return None  # the value is on the next line: a heading, not a field
        return i + 2
    # "Employer Vantor.": the noun opens a sentence (a form's line) with a capital
    if (
        doc.sent_start[i]
        and doc.cap[i]
        and doc.cap[i + 1]
        and doc.is_word[i + 1]
        and doc.text[doc.spans[i][1] : doc.spans[i + 1][0]] == " "
    ):
        return i + 1
    return None


def detect_orgs_in_fields(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each name a form field introduces (module docstring)."""
    if FIELD_NOUNS.isdisjoint(doc.folded):
        return
    for i in range(len(doc.words) - 1):
        k = _field_at(doc, i)
        if k is None or k >= len(doc.words) or not doc.cap[k]:
            continue  # a lowercase value is no name here ("school: yes, year 9")
        run = name_run(doc, k, g)
        if run is None:
            continue
        start, end, joined = run
        first = doc.folded[start]
        if first in TITLES or first in NON_ANSWERS or first in _CALENDAR:
            continue
        if first in g.first_names and first not in g.organizations and first not in g.common:
            continue  # "School: Emma", "GP: Sarah Jones": a person
        if end - start == 1 and (first in g.cities or first in g.not_names or first in g.medical):
            continue
        while end > start + 1 and "\n" in text[doc.spans[start][1] : doc.spans[end - 1][0]]:
            end -= 1  # a form's field ends with its line ("Employer: Manila Bay Seafoods\nCity: …")
        s, e = doc.spans[start][0], doc.spans[end - 1][1]
        if any(c.label == "ORGANIZATION" and c.start <= s and e <= c.end for c in out):
            continue  # another rule has the name already ("Employer Tesco" as an employer's phrase)
        pri = PRI_ORG_CUE + 2 if joined else PRI_ORG_CUE
        out.append(Candidate(s, e, "ORGANIZATION", pri))
