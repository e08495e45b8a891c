"""An organisation named after the relation that introduces it, a few words before a preposition:
`I work nights at Harbourside Care`, `he drives for Swift Couriers`, `covered through BHSF`,
`je suis bénévole aux Restos du Cœur`, `en alternance chez Les Jardins de Provence`,
`mon assurance prévoyance chez AG2R`.

The cue words (work, study, insurance, volunteering; `data/org_cues.txt`) may stand up to three words
before the preposition (`at`, `for`, `with`, `through`, `via`, `chez`, `pour`, `à`, `au`, `aux`,
`avec`, `auprès de`); the name is a run of capitalised words or letter-and-digit codes in capitals,
joined by the particles of organisation names (`de`, `du`, `des`, `of`, `the`, `&`…), opened by a
capitalised article when a capitalised word follows (`La Main Tendue`). Never: a word of the medical
lexicons (`I work in ICU`, `covered for MRI`), a service or helpline of `not_names.txt` (`volunteer
with Mind`), a title, a single first name or town (`work with Sarah`, `travaille à Lyon`), or a name
after a lowercase word (`study for my MRCP`). Weaker than every other organisation rule (the
employer rule's priority), so only adds what they miss.
"""

from __future__ import annotations

import re
from functools import cache

from guidelines.deid._data import DATA_DIR, Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import ORG_HEADS_AFTER, TITLES, word_set
from guidelines.deid.doc import Doc
from textkit.lists import read_lines

PREPS = word_set("at for with through via chez pour a au aux avec aupres")
# prepositions of an agent (`employed by`, « embauché par », `contracted to`, `on the books of`):
# only right after a cue of data/org_agent_cues.txt, one particle between at most
AGENT_PARTICLES = word_set("on en")
# a booking's firm is never introduced by these ("booked for Easter Sunday", « réservé à Val Thorens »)
_NOT_BOOKING = word_set("for pour a au aux")
# inside a name, between two of its capitalised words
JOINERS = word_set("de du des d' la le les of the and et & - l'")
ARTICLES = word_set("the la le les l'")
# the cues after which "with"/"avec" introduces an employer, a school, an insurer or a charity
WITH_CUES = word_set(
    "work works worked working volunteer volunteers volunteered volunteering insured apprenticeship "
    "placement internship travaille travaillais travaillait bosse bossais bossait benevole assure assuree "
    "stage alternance"
)
# legal forms after a name that ORG_HEADS_AFTER lacks: part of the name, never a tag
LEGAL_FORMS = word_set("cic cio llp eurl snc asbl scop")
# abbreviations written with a point inside names ("St. Leo Catholic School", "Mt. Sinai")
_ABBREVIATED = word_set("st ste mt ft")
WINDOW = 3  # words between the cue and the preposition, at most ("work nights at", "assurance prévoyance chez")


@cache
def agent_cues() -> dict[str, frozenset[str]]:
    """Each agent preposition of data/org_agent_cues.txt with the cue words it follows."""
    out: dict[str, set[str]] = {}
    for line in read_lines(DATA_DIR / "org_agent_cues.txt"):
        preps, _, words = line.partition(":")
        for p in preps.split():
            out.setdefault(p, set()).update(words.split())
    return {p: frozenset(ws) for p, ws in out.items()}


@cache
def cue_classes() -> dict[str, str]:
    """Each cue word of data/org_cues.txt with its class (work, study, insurance, volunteer)."""
    out: dict[str, str] = {}
    for line in read_lines(DATA_DIR / "org_cues.txt"):
        cls, _, words = line.partition(":")
        for w in words.split():
            out.setdefault(w, cls.strip())
    return out


def _code(word: str) -> bool:
    """Initials or a letter-and-digit code in capitals: `BHSF`, `AG2R`."""
    return len(word) >= 2 and word.isalnum() and word.isupper() and any(c.isalpha() for c in word)


def _name_word(doc: Doc, k: int, g: Gazetteers, inside: bool = False, stops: bool = False) -> bool:
    """A capitalised word of a name, or a code in capitals. A medical word or an eponym only
    inside a name, after its first word (`Restos du Cœur`, `France Alzheimer`). With `stops` (a
    name a cue introduced), a capitalised function word too (`Start People`, `Nettoyage Plus`)."""
    w, f = doc.words[k], doc.folded[k]
    if f in g.not_names or f in TITLES or (not inside and (f in g.medical or f in g.eponyms)):
        return False
    if f.startswith(("i'", "i’")):
        return False  # "I'm", "I've": the writer, never a name's word ("at Royal Derby and I'm")
    if inside and w.isupper() and f in g.medical_acronyms:
        return False
    if stops and doc.is_word[k] and doc.cap[k] and len(w) > 1 and w.isalpha() and not w.isupper():
        return f not in ARTICLES and f not in JOINERS
    return (doc.is_word[k] and doc.cap[k] and f not in g.stopwords) or _code(w)


_CODE_RUN = re.compile(r"(?=[A-Z0-9]*[A-Z])(?=[A-Z]*[0-9])[A-Z0-9]{3,10}\b")


def _code_end(doc: Doc, k: int) -> int:
    """The token after a letter-and-digit code in capitals starting at token k (`AG2R`: three
    tokens), else k."""
    m = _CODE_RUN.match(doc.text, doc.spans[k][0])
    if m is None:
        return k
    while k < len(doc.words) and doc.spans[k][1] <= m.end():
        k += 1
    return k


def _tag_word(doc: Doc, k: int, g: Gazetteers) -> bool:
    """A word in capitals that the ordinary-word lexicons know (`IT`, `HR`, `HQ`, `UK`) closing a
        name of several words: a tag after the name, unless a list knows it as an organisation or it is a
    legal form."""
    w, f = doc.words[k], doc.folded[k]
    return (
        w.isupper()
        and len(w) > 1
        and (f in g.known or f in g.common)
        and f not in g.organizations
        and f not in ORG_HEADS_AFTER  # "Acme Ltd", "Dupont SARL": part of the name
        and f not in LEGAL_FORMS
    )


def _town_ends(doc: Doc, k: int, g: Gazetteers) -> bool:
    """A known town closing the name after its particle is the town, not the name ("au Carrefour
    Market de Vannes": the corpora's convention is an organisation, then a CITY)."""
    return doc.folded[k] in g.cities and (k + 1 >= len(doc.words) or not doc.cap[k + 1])


def name_run(doc: Doc, k: int, g: Gazetteers, cued: bool = False) -> tuple[int, int, bool] | None:
    """The name starting at token k (after a lowercase article): (first token, token after the last,
    whether a particle joined it), or None. A run of capitalised words or codes in capitals joined by
    particles, opened by a capitalised article, never closed by a particle and a known town nor by a
    tag in capitals. `cued` (a cue right before): capitalised function words belong to the name
    (`Start People`; `Grand Large Nautisme` when a name word follows the first)."""
    n = len(doc.words)
    if k < n and doc.folded[k] in ARTICLES and not doc.cap[k]:
        k += 1  # "à la CPAM", "at the Royal": the lowercase article is no part of the name
    start = k
    opened = (
        k + 1 < n and doc.folded[k] in ARTICLES and doc.cap[k] and _name_word(doc, k + 1, g, True)
    )
    if opened:
        k += 1  # "La Main Tendue", "Les Jardins de Provence"
    end = k
    joined = False
    while k < n:
        code = _code_end(doc, k)
        if code > k:
            k = end = code
        elif _name_word(doc, k, g, inside=end > start or opened):
            k += 1
            end = k
        elif (
            cued
            and _name_word(doc, k, g, inside=True, stops=True)
            and (end > start or (k + 1 < n and _name_word(doc, k + 1, g, inside=True)))
        ):
            k += 1  # "Start People", "Grand Large Nautisme": a function word inside a cued name
            end = k
        elif (
            doc.words[k] == "."
            and end == k > start
            and doc.folded[k - 1] in _ABBREVIATED
            and k + 1 < n
            and doc.spans[k][1] < doc.spans[k + 1][0]
            and _name_word(doc, k + 1, g, inside=True)
        ):
            k += 1  # "St. Leo Catholic School": the abbreviation's point is inside the name
        elif (
            doc.folded[k] in JOINERS
            and end == k > start
            and k + 1 < n
            and _name_word(doc, k + 1, g, inside=True)
            and not _town_ends(doc, k + 1, g)
        ):
            k += 1
            joined = True
        else:
            break
    while end - 1 > start and _tag_word(doc, end - 1, g):
        end -= 1  # "for Barclays IT", "at Acme HQ": a department or place tag, not the name
    if end <= start:
        return None
    return start, end, joined


def _cued(doc: Doc, i: int, cues: dict[str, str]) -> bool:
    """A cue word within WINDOW words before the preposition at i, no punctuation between; `with`
    and `avec` only right after a cue of WITH_CUES ("clean the wound with Savlon", "covered with
    Sudocrem" name products); `for` and `pour` never after an insurance cue ("my insurance policy
    for Invisalign" names what it pays for)."""
    prep = doc.folded[i]
    agents = agent_cues().get(prep)
    if agents is not None:
        j = i - 2 if i >= 2 and doc.folded[i - 1] in AGENT_PARTICLES else i - 1
        return doc.folded[j] in agents
    if prep in {"with", "avec"}:
        return doc.folded[i - 1] in WITH_CUES
    for j in range(i - 1, max(-1, i - 2 - WINDOW), -1):
        if not doc.is_word[j]:
            return False
        cls = cues.get(doc.folded[j])
        if cls is not None:
            if cls == "booking":
                return prep not in _NOT_BOOKING
            return not (cls == "insurance" and prep in {"for", "pour"})
    return False


def detect_orgs_after_cues(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each name a relation cue introduces (module docstring)."""
    cues = cue_classes()
    agents = agent_cues()
    agent_words = frozenset().union(*agents.values())
    if cues.keys().isdisjoint(doc.folded) and agent_words.isdisjoint(doc.folded):
        return
    n = len(doc.words)
    for i in range(1, n - 1):
        f = doc.folded[i]
        if (f not in PREPS and f not in agents) or not _cued(doc, i, cues):
            continue
        k = i + 1
        if f == "aupres" and k < n and doc.folded[k] in {"de", "du", "des", "d'"}:
            k += 1
        run = name_run(doc, k, g, cued=True)
        if run is None:
            continue
        start, end, joined = run
        first = doc.folded[start]
        if (
            end - start == 1
            and (first in g.first_names or first in g.cities or first in g.common)
            and first not in g.organizations
        ):
            continue  # "work with Sarah", "travaille à Lyon", "volunteer for Oxfam" is listed
        if first in g.first_names and first not in g.organizations and first not in g.common:
            continue  # "work with Sarah Jones": a person, the person rules' business
        # a name holding a particle outranks a town cue inside it ("chez Les Jardins de Provence")
        pri = PRI_ORG_CUE + 2 if joined else PRI_ORG_CUE
        out.append(Candidate(doc.spans[start][0], doc.spans[end - 1][1], "ORGANIZATION", pri))
