"""Organisations in running text, named by what they do (deid28).

A company, insurer, landlord, supplier, operator or public body is often named with no form field and
no kind word, only as the subject or the object of an act that an organisation does:

- the subject of an institutional verb (`Harbour Insurance wants receipts`, `Kestrel Homes never
  fixed the boiler`, `Octopus Energy cut our power`, `The DVLA wants a form`, « La STIB ne répond
  pas », « Axelia m'a remboursé », « depuis que Medtronic a changé ma pompe »): the capitalised name
  opens a sentence or a clause (after `and`, `but`, « que », « et », a comma), a capitalised article
  may open it, and the verb follows past a few auxiliaries, clitics and adverbs;
- the addressee of a letter, a claim or a complaint (`I wrote to Orwell Living`, `complained to
  Aviva`, `Incident story for Harbour Insurance:`, « j'ai écrit à Logirep »);
- a name before a lowercase service noun (`my Better leisure membership`, `my Bupa policy`);
- a town's administration (« Ville de Longueuil »), a venue kind directly before its name
  (« piscine Château-Landon »).

Never: a one-word name that is a first name or a town (the person and town rules own them), an
ordinary word alone, a medical word or a known medicine anywhere in the name, a day or a month,
initials that medicine, a benefit or a generic service uses (`the ECG`, « l'IRM », « le CHU »: a
kind of hospital, not one; `the GP`). Weaker than the cues (PRI_ORG_CUE - 1), so a person cue or a
device veto (`names/products.py`) still wins.
"""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import PRI_ORG_CUE, Candidate
from guidelines.deid.cues import RELATIVES, TITLES, word_set
from guidelines.deid.detectors.text_gates import has_raw_word, holds_any, spellings
from guidelines.deid.doc import Doc
from guidelines.deid.names.org_cues import name_run

PRI_ORG_ACT = PRI_ORG_CUE - 1

# verbs (folded) that an institution does to a patient: decide, pay, refuse, send, fix, cut, answer
_ACTS = word_set(
    "want wants wanted ask asks asked require requires required insist insists insisted demand "
    "demands demanded refuse refuses refused decline declines declined reject rejects rejected deny "
    "denies denied pays paid reimburse reimburses reimbursed covers covered charges charged billed "
    "fined evict evicts evicted send sends sent swap swaps swapped replace replaces replaced fixed "
    "repaired install installs installed deliver delivers delivered cut cuts suspend suspends "
    "suspended cancel cancels cancelled canceled closed dug offered approve approves approved replied "
    "respond responds responded answered contacted emailed wrote phoned rang called told moved raised "
    "increased terminate terminates terminated sacked dismissed fired fires "
    "repond repondent repondu rembourse remboursent rembourser remboursee refusent refuser demande "
    "demandent demander exige exigent exiger coupe coupent couper supprime suppriment supprimer "
    "envoye envoie envoient envoyer installe installent installer change changent resilie resilient "
    "resilier mis met mettent fait font ferme ferment augmente augmentent facture facturent paye "
    "payent paie paient payer prend prennent pris accepte acceptent accorde accordent impose imposent "
    "oblige obligent convoque convoquent licencie licencient mute propose proposent ecrit ecrivent "
    "appele appelle appellent contacte contactent relance relancent bloque bloquent suspendu suspend "
    "annule annulent retire retirent verse versent repare reparent"
    " reclame reclament say says said verbalise"
    " stopped stops sanctioned reduced"  # deid45: "The DWP stopped my PIP" (initials only)
)
# the acts a person rarely does to a patient (pay, refuse a claim, cut a supply, evict, fine): the only ones
# taken after a name in words; initials (`The DVLA wants`, « La STIB ne répond pas ») take any of _ACTS
_STRICT_ACTS = word_set(
    "require requires required refuse refuses refused decline declines declined reject rejects "
    "rejected deny denies denied pays paid reimburse reimburses reimbursed covers covered charges "
    "charged billed fined evict evicts evicted swap swaps swapped replace replaces replaced fixed "
    "repaired install installs installed deliver delivers delivered cut cuts suspend suspends "
    "suspended cancel cancels cancelled canceled dug approve approves approved terminate terminates "
    "terminated sacked dismissed fired fires rembourse remboursent refusent refuse exige exigent coupe coupent "
    "supprime suppriment resilie resilient facture facturent verbalise licencie licencient suspendu "
    "suspend installe installent remplace remplacent repare reparent preleve prelevent verse versent "
    "accorde accordent"
)
# words that may stand between the name and its verb (auxiliaries, negation, clitics, adverbs)
_FILLERS = word_set(
    "has have had will would won't wouldn't didn't doesn't don't did does still never just now "
    "finally always also then only can't cannot keeps kept is are was were not already again "
    "ne n' m' me nous vous lui leur l' y en a ont avait avaient va vont veut veulent toujours jamais "
    "pas plus rien encore enfin deja aussi m'a n'a nous a m'ont"
    " hasn't haven't hadn't isn't both all apparently"
)
# what may stand right before the subject: the start of a clause
_CLAUSE = word_set("and but et mais que qu' because since when as then puis car so , ; : ( ou or")
_CAP_ARTICLES = word_set("the la le les l'")
# a letter's, a claim's or a complaint's addressee: "wrote to X", "story for X:", « écrit à X »
_TO_ORG = re.compile(
    r"\b(?:(?:wrote|written|write|writing|complained|complaining|complain|complaint|appealed|appeal|"
    r"[CA](?:omplaint|ppeal)|reported\s+(?:it|this|them)|sent\s+(?:it|them|the\s+\w+)|(?:[Ll]etter|[Cc]omplaint)\s+sent)"
    r"\s+to"
    r"|(?:emailed|contacted|phoned|rang)"
    r"|(?:letter|story|statement|report|complaint|email)\s+(?:for|to|against)"
    r"|insured\s+(?:with|by)|claim\s+with|(?:[ée]crit|envoy[ée]|signal[ée]|r[ée]clam[ée])\s+(?:à|a|au)"
    r"|(?:contact[ée]|appel[ée]|relanc[ée]|saisi)"
    r"|(?:plainte|r[ée]clamation|courrier|lettre|recours)\s+(?:contre|auprès\s+de|aupr[eè]s\s+du|à|au|pour))"
    r"[ \t]+(?=[A-ZÀ-Þ]|the\s|la\s|le\s|l['’])"
)
# a piece of every alternative of `_TO_ORG`'s verb or noun, in lowercase (deidperf7, `text_gates`)
_TO_ORG_PIECES = (
    "wr",
    "omplain",
    "ppeal",
    "report",
    "sent",
    "email",
    "contact",
    "phoned",
    "rang",
    "letter",
    "story",
    "statement",
    "insured",
    "claim",
    "crit",
    "envoy",
    "signal",
    "clam",
    "appel",
    "relanc",
    "saisi",
    "plainte",
    "courrier",
    "lettre",
    "recours",
)
# lowercase service nouns after a name: "my Bupa policy", "my Better leisure membership"
_SERVICE = word_set(
    "policy membership premium subscription leisure gym helpline hotline contract adhesion "
    "contrat abonnement cotisation"
)
# a town's administration, capitalised: « la Ville de Longueuil », « Mairie de Sion »
_TOWN_BODY = re.compile(
    r"\b(?:Ville|Mairie|Municipalit[ée]|Commune|Pr[ée]fecture|Conseil[ \t]+d[ée]partemental|"
    r"Conseil[ \t]+r[ée]gional)"
    r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|d['’]|du[ \t]+|des[ \t]+)"
    r"[A-ZÀ-Þ][\w'’-]*(?:[ \t-]+[A-ZÀ-Þ][\w'’-]*)*"
)
# the first word of each body of `_TOWN_BODY` and kind of `_VENUE_DIRECT`: a whole run of word characters in
# every match, as written (deidperf7, `text_gates`)
_TOWN_BODY_WORDS = spellings(
    "Ville", "Mairie", "Municipalit[ée]", "Commune", "Pr[ée]fecture", "Conseil"
)
_VENUE_DIRECT_WORDS = spellings(
    "piscine",
    "patinoire",
    "gymnase",
    "m[ée]diath[èe]que",
    "biblioth[èe]que",
    "stade",
    "complexe",
    "centre",
)
# a venue kind right before its capitalised name: « piscine Château-Landon », « stade Bollaert »
_VENUE_DIRECT = re.compile(
    r"\b(?:piscine|patinoire|gymnase|m[ée]diath[èe]que|biblioth[èe]que|stade|complexe[ \t]+sportif|"
    r"centre[ \t]+aquatique|centre[ \t]+sportif)[ \t]+(?=[A-ZÀ-Þ])"
)
_MONTHS_DAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december lundi mardi mercredi jeudi vendredi samedi "
    "dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "today yesterday tomorrow hier demain aujourd'hui"
)
_DETERMINERS = word_set(
    "my mon ma mes our notre nos your votre the la le les l' his her their son sa leur a an un une i "
    "i'm we you he she they je j' il elle on nous vous ils elles"
)
# people named by their role, a name after them or not: "Coach Ritter wants", "Mammy says"
_ROLES = RELATIVES | word_set(
    "coach manager owner parent parents mammy mummy mum mom dad daddy boss teacher nurse doctor "
    "uncle aunt auntie nan nana nanna granny grandma grandad grandpa sister brother son daughter "
    "wife husband partner friend neighbour neighbor landlady landlord carer tutor captain chef "
    "patron patronne maman papa mamie papi papy tata tonton voisin voisine prof maitresse"
)
_NOT_BODIES = word_set(
    "aah cmu css apa rsa pch ame pai pps pap acs als apl aspa ass are ald esat cmp cmpp ccas ssiad samu "
    "smur sau cse chsct drh ppc ths trod cdi cdd rqth mdph bts iut dut chu chru chr ehpad gp nhs ae "
    "icu itu hdu ed er ok tv uk us usa eu ue nz ght cpts msp pmi ase"
)


# capitals, or capitals with one lowercase letter inside (`TfL`, `DfI`: bodies that write themselves so)
_INITIALS = re.compile(r"[A-Z]+|[A-Z][a-z][A-Z]+|[A-Z]{2,}[a-z][A-Z]")


def _initials(doc: Doc, i: int, g: Gazetteers) -> bool:
    w = doc.words[i]
    if not (w.isalpha() and 2 <= len(w) <= 6 and _INITIALS.fullmatch(w)):
        return False
    f = doc.folded[i]
    if f in g.medical or f in g.medical_acronyms or f in _NOT_BODIES:
        return False
    return f in g.organizations or f not in g.common


def _name_ok(doc: Doc, s: int, e: int, g: Gazetteers, lone_common: bool = False) -> bool:
    """Whether tokens s..e may name an organisation (module docstring's 'never')."""
    if any(doc.folded[j] in g.medical for j in range(s, e)):
        return False
    if doc.folded[s] in _MONTHS_DAYS or doc.folded[s] in TITLES:
        return False
    if any(
        doc.folded[j] in g.first_names and doc.folded[j] not in g.organizations for j in range(s, e)
    ):
        return False  # "Camila Moraes said", "form for Edna Whitlock": a person, the person rules'
    if doc.folded[s] in _DETERMINERS or doc.folded[s] in _ROLES or "'" in doc.folded[s]:
        return False  # "I'm covered", "Coach Ritter wants", "Manager Steve Cole"
    if e - s > 1:
        # "The Mental Health Trust refused": a kind of body, every word an ordinary one, after "the"
        return not (
            s > 0
            and doc.folded[s - 1] in _CAP_ARTICLES
            and all(doc.folded[j] in g.common for j in range(s, e))
        )
    f, w = doc.folded[s], doc.words[s]
    if w.isupper():
        return _initials(doc, s, g)
    if f in g.organizations:
        return True
    if f in g.first_names or f in g.cities or f in _DETERMINERS:
        return False
    return lone_common or (f not in g.common and f not in g.stopwords)


def _verb_after(doc: Doc, e: int, acts: frozenset[str] = _ACTS) -> bool:
    """An institutional verb follows token e past at most three fillers."""
    n = len(doc.words)
    k = e
    for _ in range(4):
        if k >= n:
            return False
        f = doc.folded[k].replace("’", "'")
        if f in acts and not doc.cap[k]:
            return True
        if f not in _FILLERS:
            return False
        k += 1
    return False


def _coordinated(doc: Doc, e: int, g: Gazetteers) -> tuple[int, int] | None:
    """The name coordinated after token e (`and X`, `et la X`), as (start, end) tokens."""
    n = len(doc.words)
    if e + 1 >= n or doc.folded[e] not in _AND:
        return None
    k = e + 1
    if doc.folded[k] in _CAP_ARTICLES and k + 1 < n:
        k += 1
    run = name_run(doc, k, g)
    return (run[0], run[1]) if run is not None and run[0] == k else None


_AND = word_set("and et &")


def _emit(doc: Doc, s: int, e: int, out: list[Candidate], pri: int = PRI_ORG_ACT) -> None:
    out.append(Candidate(doc.spans[s][0], doc.spans[e - 1][1], "ORGANIZATION", pri))


def detect_org_acts(text: str, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
    """Append an ORGANIZATION for each name of the shapes of the module docstring."""
    n = len(doc.words)
    starts = {s: k for k, (s, _) in enumerate(doc.spans)}
    for i in range(n):
        if not doc.cap[i] or not doc.is_word[i]:
            continue
        if i > 0 and not doc.sent_start[i] and doc.folded[i - 1] not in _CLAUSE:
            continue
        k = i
        if doc.folded[k] in _CAP_ARTICLES and k + 1 < n and doc.cap[k + 1]:
            k += 1  # "The DVLA wants", « La STIB ne répond pas »
        run = name_run(doc, k, g)
        if run is None or run[0] != k:
            continue
        s, e, _ = run
        if _INITIALS.fullmatch(doc.words[s]) and e - s >= 2 and doc.folded[s + 1] in _AND:
            e = s + 1  # "HMRC and Jobcentre…": the reader joins them, two bodies
        initials = e - s == 1 and _INITIALS.fullmatch(doc.words[s]) is not None
        acts = _ACTS | _STRICT_ACTS if initials else _STRICT_ACTS
        if _verb_after(doc, e, acts) and _name_ok(doc, s, e, g):
            _emit(doc, s, e, out)
        elif initials and _name_ok(doc, s, e, g):
            # "HMRC and Jobcentre Plus both want", « L'URSSAF et la CAF me réclament »: two subjects
            nxt = _coordinated(doc, e, g)
            if nxt is not None and _verb_after(doc, nxt[1], acts) and _name_ok(doc, *nxt, g):
                _emit(doc, s, e, out)
                _emit(doc, nxt[0], nxt[1], out)
    for m in _TO_ORG.finditer(text) if holds_any(text, _TO_ORG_PIECES) else ():
        at = starts.get(m.end())
        run = name_run(doc, at, g) if at is not None else None
        if run is not None and _name_ok(doc, run[0], run[1], g):
            _emit(doc, run[0], run[1], out, PRI_ORG_CUE)  # above a town read after « à »
    for i in range(1, n - 1):
        if (
            doc.folded[i + 1] in _SERVICE
            and not doc.cap[i + 1]
            and doc.cap[i]
            and not doc.sent_start[i]
        ):
            s = i
            while s - 1 >= 0 and doc.cap[s - 1] and not doc.sent_start[s] and doc.is_word[s - 1]:
                s -= 1
            if doc.sent_start[s] and s < i:
                s += 1  # "My Bupa policy": the sentence's first word is no part of it
            if doc.folded[s] in _DETERMINERS:
                s += 1
            if s <= i and _name_ok(doc, s, i + 1, g, lone_common=True):
                _emit(doc, s, i + 1, out)
    for m in _TOWN_BODY.finditer(text) if has_raw_word(text, _TOWN_BODY_WORDS) else ():
        out.append(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_CUE + 2))
    for m in _VENUE_DIRECT.finditer(text) if has_raw_word(text, _VENUE_DIRECT_WORDS) else ():
        at = starts.get(m.end())
        run = name_run(doc, at, g) if at is not None else None
        if run is None or run[0] != at or doc.folded[run[0]] in _MONTHS_DAYS:
            continue
        if any(doc.folded[j] in g.medical for j in range(run[0], run[1])):
            continue
        out.append(Candidate(m.start(), doc.spans[run[1] - 1][1], "ORGANIZATION", PRI_ORG_CUE + 2))
