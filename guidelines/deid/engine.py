"""Detection engine: regex detectors for pattern identifiers, one token pass for names and places."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs

from . import patterns as P  # noqa: N812
from ._data import TOKEN_RE, Gazetteers, fold, gazetteers


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible identifier; overlaps are resolved by priority, then length."""

    start: int
    end: int
    label: str
    priority: int


# Priorities: validated shapes first, then context, then gazetteers alone.
PRI_EMAIL = 100
PRI_ID_CONTEXT = 95
PRI_IP = 94
PRI_DATE = 90
PRI_ID_CHECKSUM = 86
PRI_PHONE = 85
PRI_ORG_HEAD = 75
PRI_ADDRESS = 72
PRI_POSTCODE = 70
PRI_PERSON_CUE = 62
PRI_CITY_CUE = 58
PRI_ORG_CUE = 57
PRI_PERSON_GAZ = 50
PRI_CITY_GAZ = 45
PRI_ORG_GAZ = 44
PRI_AGE = 35
PRI_ID_WEAK = 20

_PHONE_REGIONS = ("FR", "GB", "US")


# ---------------------------------------------------------------- word classes used by the token pass
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


TITLES = _words(
    "dr doctor docteur doc pr prof professor professeur mr mrs ms miss mx mme mlle mmes monsieur madame "
    "mademoiselle nurse midwife sage-femme infirmiere infirmier dre sir dame lady lord rev father pere soeur "
    "sister maitre me"
)
# Titles that may also be ordinary words: only a capitalised name may follow them.
WORK_WORDS = _words(
    "work job boulot travail taf employer employeur company entreprise boite office bureau shift shifts "
    "travaille bosse worked working works colleague colleagues collegue collegues boss patron"
)
STRICT_TITLES = _words(
    "dr doctor docteur pr prof professor professeur mr mrs ms mme mlle monsieur madame"
)
WEAK_TITLES = _words("father pere soeur sister doc me miss lady lord dame")
RELATIVES = _words(
    "son daughter husband wife partner boyfriend girlfriend fiance fiancee mother mum mom mam mommy mummy "
    "father dad daddy brother sister grandson granddaughter grandmother grandma granny gran nan nana nanny "
    "grandfather grandpa grandad granddad aunt auntie aunty uncle cousin niece nephew friend baby child kid "
    "toddler newborn neighbour neighbor colleague boss flatmate roommate housemate carer caregiver stepson "
    "stepdaughter stepmother stepfather stepmum stepdad stepmom twin bf gf hubby ex fils fille mari femme epoux "
    "epouse compagnon compagne copain copine conjoint conjointe mere maman pere papa frere soeur grand-mere "
    "grand-pere mamie mamy papi papy tante tata tonton oncle cousine neveu ami amie voisin voisine bebe enfant "
    "petit-fils petite-fille belle-mere beau-pere belle-fille beau-fils collegue patron patronne gamin gamine "
    "fiston nourrisson jumeau jumelle aine ainee cadet cadette petit petite gp physio therapist psychiatrist "
    "dentist surgeon consultant cardiologist dermatologist neurologist oncologist gynaecologist gynecologist "
    "paediatrician pediatrician midwife pharmacist medecin cardiologue dermatologue neurologue gynecologue "
    "pediatre chirurgien kine kinesitherapeute psychiatre psychologue dentiste pharmacien generaliste "
    "rhumatologue endocrinologue pneumologue gastro-enterologue orl ophtalmo ophtalmologue urologue "
    "oncologue radiologue anesthesiste sage-femme osteopathe nounou baby-sitter chum blonde"
)
POSSESSIVES = _words(
    "my our his her their your mon ma mes notre nos son sa ses ton ta tes leur leurs"
)
STRONG_CUES = (
    ("my", "name", "is"),
    ("my", "name's"),
    ("name", "is"),
    ("names",),
    ("name's",),
    ("i", "am", "called"),
    ("im", "called"),
    ("call", "me"),
    ("m'", "appelle"),
    ("m'", "appelais"),
    ("me", "nomme"),
    ("me", "prenomme"),
    ("s'", "appelle"),
    ("s'", "appelait"),
    ("s'", "appellent"),
    ("named",),
    ("called",),
    ("nomme",),
    ("nommee",),
    ("prenomme",),
    ("prenommee",),
    ("surnamed",),
    ("nee",),
    ("maiden", "name"),
    ("nom", "de", "jeune", "fille"),
    ("mon", "nom", "est"),
    ("mon", "prenom", "est"),
    ("signed",),
    ("me", "and"),
    ("moi", "et"),
    ("with", "my", "friend"),
    ("signe",),
)
WEAK_CUES = (
    ("i'm",),
    ("im",),
    ("i", "am"),
    ("this", "is"),
    ("it's",),
    ("its",),
    ("je", "suis"),
    ("c'est",),
    ("moi", "c'est"),
    ("ici",),
    ("with",),
    ("avec",),
    ("and",),
    ("et",),
    ("for",),
    ("pour",),
    ("chez",),
    ("by",),
    ("par",),
    ("saw",),
    ("see",),
    ("seeing",),
    ("vu",),
    ("voir",),
)
SIGNOFFS = _words(
    "thanks thank thx ty cheers regards best wishes love sincerely yours warmly merci cordialement bisous "
    "amicalement salutations signed signe xx xxx x xoxo bises biz bisou luv"
)
SIGNOFF_FILLERS = _words(
    "you in advance so much a lot kind many all the best d'avance beaucoup bien à a vous"
)
PARTICLES = _words(
    "ni nic mc ap ab ua bint "
    "de du des la le van von der den da di dos das del della bin ben ibn al el abu ter ten mac st saint "
    "sainte d' l' y e"
)
LOCATION_CUES = _words(
    "in near from to around outside into towards toward nearby at a au aux en vers pres sur depuis "
    "of de d' in-between via"
)
STRONG_LOCATION_CUES = _words(
    "in near from to around outside into towards toward a vers pres sur au"
)
LIVE_VERBS = _words(
    "went go going goes travel travelling traveling trip visit visiting visited holiday holidays "
    "alle allee alles allees parti partie partis vais va voyage vacances "
    "live lives living lived based moved moving born raised grew habite habitons habitent vis vit vivons "
    "demenage demenager originaire nee ne"
)
# "we're in navan", "im from kilkenny": lowercase towns after being somewhere.
_BE_HERE = _words("we're were i'm im am are is currently staying stuck based")
_PLACE_PREFIXES = _words(
    "east west north south upper lower great little new old st saint port fort"
)
_HABITE = _words("habite habites habitons habitez habitent habitais habitait")
EMPLOY_CUES = _words(
    "carer nurse teacher cashier cleaner driver manager assistant receptionist chef cook waiter waitress "
    "student pupil volunteer engineer developer accountant porter apprentice intern trainee lecturer "
    "infirmiere infirmier aide-soignante aide-soignant caissiere caissier vendeuse vendeur professeur prof "
    "etudiant etudiante eleve stagiaire serveur serveuse chauffeur secretaire agent ouvrier ouvriere "
    "work works worked working employed employer employeur job travaille travaillons bosse bossait salarie salariee employe employee embauche"
)
EMPLOY_PREPS = _words("at for in with by chez pour a au dans de")
DISEASE_AFTER = _words(
    "disease diseases syndrome palsy sign test scale score smear maneuver manoeuvre procedure thyroiditis "
    "lymphoma sarcoma tumour tumor reflex esophagus oesophagus phenomenon contracture ulcer disorder "
    "dystrophy anomaly neuroma cyst fracture node nodes hernia monitor tube tubes cells bodies body criteria "
    "classification equation triad law ataxia chorea encephalopathy dementia arthritis neuralgia neuropathy "
    "deformity nodule nodules sclerosis tremor mass rule point block kit"
)
DISEASE_BEFORE = _words(
    "nerf nerfs canal canaux trompe trompes tendon tendinite nevralgie ligament artere veine glande glandes "
    "cellule cellules ilots polygone cercle sphincter membrane corps "
    "maladie syndrome signe test kyste fracture manoeuvre score echelle classification triade loi "
    "thyroidite lymphome sarcome choree maladies tumeur reflexe diverticule ulcere critere criteres "
    "contracture phenomene nevrome hernie angine paralysie"
)
MONTH_NAMES = _words("may june april august march january july")
SCREEN_CONTEXT = re.compile(
    r"\b(?:tv|telly|t[ée]l[ée]|s[ée]rie|series|show|film|movie|netflix|episode|[ée]pisode|watch|watching|regarde|cartoon|book|livre|novel|roman)\b",
    re.I,
)
GENERIC_ORG_WORDS = _words(
    "medical health dental eye family care walk-in group sports leisure "
    "general royal county district memorial community university teaching children's childrens women's "
    "womens regional central city national infirmary st saint the of and & for universitaire hospitalier "
    "primary secondary high junior infant middle grammar catholic c of e church"
)
ORG_HEADS_BEFORE = _words(
    "usine agence banque mairie magasin boulangerie supermarche restaurant hotel "
    "hopital hopitaux clinique chu chru chr ch institut polyclinique lycee college ecole universite fac "
    "faculte ehpad maternite pharmacie fondation centre groupe laboratoire labo "
    "residence creche entreprise societe cabinet "
    "cmp cmpp cms pmi camsp csapa cegidd ssr usld ime esat ehpa foyer"
)
ORG_HEAD_NEEDS_NAME = _words(
    "centre groupe residence cabinet entreprise societe laboratoire labo creche fac foyer"
)
ORG_HEADS_AFTER = _words(
    "hospital hospitals infirmary clinic clinics hospice school academy college university surgery practice "
    "trust foundation institute ltd limited inc plc llc corp corporation group bank council pharmacy "
    "nursery centre center sa sas sarl gmbh"
)
# "Kettering General", "Wycombe High", "Brookfield Primary": capitalised heads after a proper name.
_ACRONYM_PLACE_PREPS = _words("au aux a in to from du des de at")
_PRONOUNS = _words("i i'm i've i'd i'll im ive je j' moi we you he she they")
_TITLE_FILLERS = _words(
    "practitioner specialist consultant registrar associate assistant advanced clinical lead senior junior "
    "staff charge specialiste referent referente"
)
_CAP_ORG_HEADS_AFTER = _words(
    "general high primary grammar junior infants comprehensive children's women's childrens womens"
)
# "école élémentaire Anatole France", "centre de santé Les Lilas": words between a head and its name.
_ORG_QUALIFIERS = _words(
    "elementaire maternelle primaire publique public privee municipal municipale sante dentaire social "
    "medico-social hospitaliere catholique international internationale departemental departementale "
    "communal communale superieur professionnel technique agricole mutualiste specialise specialisee "
    "hospitalo-universitaire medico-psychologique polyvalent polyvalente"
)
ORG_CONNECTORS = _words("de du des la le l' d' saint sainte st ste et sur en of the and & les aux")


def _by_last(cues: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        out.setdefault(cue[-1], []).append(cue)
    return {k: tuple(v) for k, v in out.items()}


_STRONG_BY_LAST = _by_last(STRONG_CUES)
_WEAK_BY_LAST = _by_last(WEAK_CUES)
_RELATIVE_SKIP = frozenset(
    {",", "(", "-", ":", "called", "named", "nomme", "nommee", "prenomme", "prenommee"}
)
# "ma fille de 5 ans, Léa", "my son (4 years old), Tom"
_RELATIVE_AGE = re.compile(
    r"^\s*(?:,|\()?\s*(?:de|of|aged|agée?|âgée?)?\s*\d{1,2}\s*(?:ans?|years?|yrs?|y/?o|mois|months?)?(?:\s+old)?\s*[,)]*\s*$",
    re.I,
)


_NAME_CAPS = re.compile(r"(?:Ma?c|D[eiau]|L[ea]|Van|Von|Fitz|St)[A-Z][a-z]+")


def _acronym(word: str) -> bool:
    """'UTIs', 'HbA', 'eGFR', 'NHS': inner capitals mark codes and acronyms ('MacLeod' is a name)."""
    return any(
        any(c.isupper() for c in part[1:]) and not _NAME_CAPS.fullmatch(part)
        for part in re.split(r"[-'’]", word)
    )


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


class _Doc:
    """Tokenised view of one text for the name/place pass."""

    __slots__ = ("_sent", "cap", "folded", "is_word", "spans", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        ms = list(TOKEN_RE.finditer(text))
        self.words = [m.group() for m in ms]
        self.spans = [m.span() for m in ms]
        self.folded = [fold(w) for w in self.words]
        self.is_word = [w[0].isalpha() for w in self.words]
        self.cap = [w[0].isupper() for w in self.words]
        self._sent: list[bool] | None = None

    @property
    def sent_start(self) -> list[bool]:
        """Whether each token opens a sentence (computed on first use)."""
        if self._sent is None:
            text = self.text
            words = self.words
            spans = self.spans
            starts = [prev in _SENT_END for prev in words[:-1]]
            if "\n" in text:  # a line break between two tokens also opens a sentence
                for i, nl in enumerate(starts):
                    if not nl and "\n" in text[spans[i][1] : spans[i + 1][0]]:
                        starts[i] = True
            self._sent = [True, *starts] if words else []
        return self._sent


# Suffixes of drug names (INN stems) and a few brand endings: an unknown capitalised word ending
# like this is more likely a medicine than a person.
_DRUG_SUFFIX = re.compile(
    r"(?:mab|nib|pril|sartan|statin|azole|cillin|mycin|cycline|oxacin|vir|olol|dipine|prazole|tidine|"
    r"xetine|pramine|triptan|gliptin|glutide|parin|xaban|semide|thiazide|lukast|asone|olone|azepam|azolam|"
    r"profen|fenac|codone|morphone|setron|pine|done|zine|amine|oxine|idine|afil|tropin|dronate|lazine|"
    r"oxetine|triptyline|phylline|terol|sonide|tasone|metasone|cort|caine|barbital|barb|trel|dil|pam)$"
)
# Specialties, conditions and procedures by their Greek/Latin endings ("Dermatology", "Rhumatologie",
# "Tendinitis", "Colonoscopy"): capitalised in doctors' answers, never names.
_MEDICAL_SHAPE = re.compile(
    r"(?:olog(?:y|ie|ist|iste|ue|ues|ists)|iatr(?:y|ie|ics|ique|ist|iste)|itis|pathy|pathie|ectom(?:y|ie)|"
    r"otom(?:y|ie)|plast(?:y|ie)|scop(?:y|ie)|graph(?:y|ie)|algia|algie|aemia|ectasis)$"
)
_MED_PREFIX = re.compile(r"^(?:pre|post|non|anti|hyper|hypo|peri|para|pseudo|neo)-?")


def _medical_compound(f: str, g: Gazetteers) -> bool:
    """'prediabetes', 'post-covid', 'hypothyroid': a medical prefix on a medical word."""
    m = _MED_PREFIX.match(f)
    return m is not None and m.end() < len(f) and f[m.end() :] in g.medical


_DRUG_CONTEXT = _words(
    "take takes taking took taken on prescribed prescribing started starting stopped stop stopping "
    "using use dose doses tablet tablets cream gel spray inhaler injection prends prend pris prenais "
    "prescrit sous arrete arreter commence comprimes comprime dose mg switched switch swapped changed "
    "increased reduced upped lowered weaned passer passe remplace augmente diminue"
)
_SWITCH_CONTEXT = _words(
    "switched switch swapped changed increased reduced upped lowered weaned prescribed started stopped "
    "prescrit passer passe remplace augmente diminue arrete commence"
)
# Words after a capitalised unknown word that make it a product: "the Zoladex implant", "Keytruda infusion".
_PRODUCT_AFTER = _words(
    "infusion infusions implant injection injections jab jabs vaccine vaccin vaccination pill pills tablet "
    "tablets comprime comprimes patch spray cream creme gel inhaler pen stylo shot shots dose doses treatment "
    "traitement therapy therapie coil sterilet tabs caps capsules gelules drops gouttes syrup sirop"
)
# Verbs that follow a person far more often than a medicine: "Xiomara has a cough", "Léa tousse".
_NAME_VERBS = _words(
    "has had keeps kept said says told went goes gets got cries cried woke wakes wants thinks "
    "can't cannot doesn't didn't won't isn't wasn't tousse pleure dort mange vomit refuse dit pense "
    "veut avait etait fait a est"
)
# Brand-like endings (Xarelto, Ozempic, Januvia, Zyrtec): keep such words out of the rule above.
_BRANDISH = re.compile(r"(?:ic|ix|ex|ax|ox|yl|al|ol|to|io|vy|ia|en|an|on|ra|ro|in|ine|one|il|ide)$")
_ARTICLES = _words("de du le la l' d' des some the of")
_DOSE_AFTER = _words(
    "mg mcg µg g ml ui iu units unites cp comprime comprimes gelule tablet tablets puffs bouffees"
)
# Heads that are also ordinary words ("GP surgery", "private practice"): need a real proper name.
_WEAK_ORG_HEADS = _words("surgery practice group trust bank council")
_INTRO_LAST = _words("i'm im am is suis c'est its it's")
_AGE_UNITS = _words("ans an years year old yo mois months yrs")
_CAP_PARTICLES = _words("ni nic mc ap van von de da di le la del bin ben al el mac st saint")
_SENT_END = frozenset({".", "!", "?", "…", ":", ";", '"', "«", "-", "–", "—", "*"})


def _base_end(doc: _Doc, i: int) -> int:
    """End offset of token i without a possessive 's."""
    e = doc.spans[i][1]
    w = doc.words[i]
    if len(w) > 3 and w[-2] in "'’" and w[-1] in "sS":
        return e - 2
    if len(w) > 2 and w[-1] in "'’":
        return e - 1
    return e


def _base_fold(doc: _Doc, i: int) -> str:
    f = doc.folded[i]
    if len(f) > 3 and f.endswith("'s"):
        return f[:-2]
    if len(f) <= 3:
        return f  # elisions: "d'", "l'", "qu'"
    return f.rstrip("'")


def _seq_before(doc: _Doc, i: int, seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if i - n < 0:
        return False
    return tuple(doc.folded[i - n : i]) == seq


def _prev_word_index(
    doc: _Doc, i: int, skip: frozenset[str] = frozenset({",", "(", "-", ":"})
) -> int:
    j = i - 1
    while j >= 0 and doc.folded[j] in skip:
        j -= 1
    return j


_PLAIN_CACHE: dict[int, frozenset[str]] = {}


def _plain_words(g: Gazetteers) -> frozenset[str]:
    """Ordinary words that are in no name, place or cue list: the token pass can skip them."""
    cached = _PLAIN_CACHE.get(id(g))
    if cached is not None:
        return cached
    special = (
        g.first_names
        | g.surnames
        | g.cities.single
        | frozenset(g.cities.multi)
        | g.organizations.single
        | frozenset(g.organizations.multi)
        | TITLES
        | EMPLOY_PREPS
        | g.eponyms
        | RELATIVES
    )
    plain = (g.common | g.stopwords) - special
    _PLAIN_CACHE[id(g)] = plain
    return plain


class _NamePass:
    """One left-to-right pass over tokens producing PERSON, CITY and ORGANIZATION candidates."""

    def __init__(self, doc: _Doc, g: Gazetteers, out: list[Candidate]) -> None:
        self.doc = doc
        self.g = g
        self.out = out
        self._screen: bool | None = None  # TV/book context, looked up only when needed
        # Pattern detectors ran first: a word after "<address>, " or "<postcode> " is a town.
        self.addr_ends = frozenset(c.end for c in out if c.label == "ADDRESS")

    @property
    def screen(self) -> bool:
        """Whether the text talks about a show, film or book (computed on first use)."""
        if self._screen is None:
            self._screen = bool(SCREEN_CONTEXT.search(self.doc.text))
        return self._screen

    # ------------------------------------------------------------ helpers
    def is_first(self, f: str) -> bool:
        g = self.g
        if f in g.first_names:
            return True
        if "-" in f:
            parts = f.split("-")
            return all(p in g.first_names for p in parts)
        return False

    def eponym_here(self, i: int) -> bool:
        """True when token i is an eponym used as a disease or sign name."""
        doc = self.doc
        base = _base_fold(doc, i)
        if base not in self.g.eponyms and not (
            "-" in base and all(p in self.g.eponyms for p in base.split("-"))
        ):
            return False
        w = doc.words[i]
        if (len(w) > 2 and w[-2:] in ("'s", "’s")) or w.endswith(("'", "’")):
            return True
        n = len(doc.words)
        j = i + 1
        while j < n and (doc.folded[j] in {"-", "'s", "’s"} or (doc.folded[j] in self.g.eponyms)):
            j += 1
        if j < n and doc.folded[j] in DISEASE_AFTER:
            return True
        k = i - 1
        while k >= 0 and (
            doc.folded[k] in {"de", "d'", "du", "-", "et"} or doc.folded[k] in self.g.eponyms
        ):
            k -= 1
        if k >= 0 and doc.folded[k] in DISEASE_BEFORE:
            return True
        # "has Parkinson", "un Parkinson": famous eponyms alone are diseases unless a title precedes them.
        return base in {
            "parkinson",
            "alzheimer",
            "crohn",
            "hashimoto",
            "raynaud",
            "basedow",
            "charcot",
            "horton",
            "kawasaki",
            "lyme",
            "tourette",
            "asperger",
            "hodgkin",
            "huntington",
            "cushing",
            "addison",
        } and not (i > 0 and doc.folded[_prev_word_index(doc, i)] in STRICT_TITLES)

    def name_like(self, i: int, mode: str) -> bool:
        """Whether token i can be part of a personal name in the given context mode."""
        doc = self.doc
        if i >= len(doc.words) or not doc.is_word[i]:
            return False
        f = _base_fold(doc, i)
        g = self.g
        cap = doc.cap[i]
        if self._medical_here(i, f) or len(f) < 2:
            return False
        e0 = doc.spans[i][1]
        if (e0 < len(doc.text) and doc.text[e0].isdigit()) or _acronym(doc.words[i]):
            return False  # "HbA1c", "UTIs", acronyms
        if f in g.stopwords and not (
            cap and mode != "gazetteer" and self.is_first(f) and not doc.sent_start[i]
        ):
            return False  # "my son Will" yes, "my son will" no
        if self.eponym_here(i):
            return False
        known = self.is_first(f) or f in g.surnames
        unknown = self.unknown_word(f, drug_check=False)  # the cue already says "a person"
        if mode == "strong":
            return cap or (known and f not in g.common) or unknown
        if mode == "title":
            return cap or known or unknown
        if mode == "relative":
            return (
                (cap and not (doc.words[i].isupper() and len(f) > 3)) or self.is_first(f) or unknown
            )
        return cap and known

    def _medical_here(self, i: int, f: str) -> bool:
        """'ANA' is a blood test, 'Ana' a name: acronym-only medical entries need capitals."""
        g = self.g
        if f not in g.medical:
            return False
        return f not in g.medical_acronyms or self.doc.words[i].isupper()

    def unknown_word(self, f: str, drug_check: bool = True) -> bool:
        """Not an ordinary word, not medicine, not in any list: probably a proper name."""
        g = self.g
        if f in TITLES:
            return False
        if "-" in f or "'" in f:
            # "Écrivez-moi", "I've", "C-section" are ordinary; "Plougastel-Daoulas" is not, and
            # "Bourg-la-Reine", "Saint-Denis" have the shape of place names.
            if f.count("-") >= 2 or f.startswith(("saint-", "sainte-", "st-", "san-", "santa-")):
                return f.replace("-", "").replace("'", "").isalpha()
            parts = [p for p in re.split(r"[-']", f) if len(p) > 2]
            if not parts or all(p in g.common or p in g.stopwords or p in g.medical for p in parts):
                return False
        return (
            len(f) > 2
            and f not in g.common
            and f not in g.stopwords
            and f not in g.medical
            and f not in g.eponyms
            and not _MEDICAL_SHAPE.search(f)
            and not _medical_compound(f, g)
            and not (drug_check and _DRUG_SUFFIX.search(f))
            and f.replace("-", "").replace("'", "").isalpha()
        )

    def extend(self, j: int, lowercase_ok: bool) -> int:
        """Extend a name starting at token j over surnames/particles; return index after the name."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        k = j + 1
        taken = 0
        while k < n and taken < 3:
            if doc.spans[k][0] - doc.spans[k - 1][1] > 1 or not doc.is_word[k]:
                break
            if _base_end(doc, k - 1) != doc.spans[k - 1][1]:
                break  # possessive ends the name: "Tom's mum"
            f = _base_fold(doc, k)
            if (
                f in PARTICLES
                and k + 1 < n
                and doc.cap[k + 1]
                and doc.is_word[k + 1]
                and not doc.words[k + 1].isupper()
                and doc.folded[k + 1] not in ORG_HEADS_BEFORE
                and not (f in {"de", "d'", "du"} and doc.folded[k + 1] in g.cities.single)
                and (doc.cap[k] is False or f in _CAP_PARTICLES)
                and _base_fold(doc, k + 1) not in g.stopwords
            ):
                k += 1
                continue
            if f in g.stopwords or f in g.medical or self.eponym_here(k):
                break
            if f in ORG_HEADS_BEFORE or f in ORG_HEADS_AFTER or f in TITLES or f in RELATIVES:
                break  # "Dr Ogbonna du CHU de Nantes": the name stops before the hospital
            if doc.cap[k] and not doc.sent_start[k]:
                if doc.words[k].isupper() and len(f) > 4 and f not in g.surnames:
                    break
                taken += 1
                k += 1
                continue
            if lowercase_ok and (
                ((f in g.surnames or self.is_first(f)) and f not in g.ambiguous)
                or self.unknown_word(f)
            ):
                taken += 1
                k += 1
                continue
            break
        # Drop a trailing particle.
        while k - 1 > j and doc.folded[k - 1] in PARTICLES:
            k -= 1
        return k

    def emit_person(self, j: int, k: int, pri: int) -> None:
        doc = self.doc
        if doc.folded[j] in self.g.fictional_doctors and self.screen:
            prev = _prev_word_index(doc, j, frozenset({".", ","}))
            if prev >= 0 and doc.folded[prev] in TITLES:
                return
        start = doc.spans[j][0]
        end = _base_end(doc, k - 1)
        if end > start:
            self.out.append(Candidate(start, end, "PERSON", pri))

    # ------------------------------------------------------------ the pass
    def run(self) -> None:
        doc = self.doc
        g = self.g
        n = len(doc.words)
        folded = doc.folded
        skip = _plain_words(g)
        cap = doc.cap
        for i in range(n):
            if not doc.is_word[i]:
                continue
            f = folded[i]
            # Fast path: an ordinary word in lowercase (or opening a sentence) is never a name itself.
            if f in skip and (not cap[i] or doc.sent_start[i]):
                continue
            # --- titles: Dr Martin, Mme Dupont, M. Durand
            if f in TITLES or (doc.words[i] == "M" and i + 1 < n and doc.words[i + 1] == "."):
                j = i + 1
                while j < n and (folded[j] in {".", ","} or folded[j] in _TITLE_FILLERS):
                    j += 1  # "Nurse Practitioner Adaeze", "Clinical Nurse Specialist Jo"
                if f == "m" and not (j < n and doc.cap[j]):
                    continue
                if f in WEAK_TITLES and not (j < n and doc.cap[j] and not doc.words[j].isupper()):
                    continue
                # "Dr Sarah Jones", also "Dr. J. Smith"
                if (
                    j + 1 < n
                    and len(doc.words[j]) == 1
                    and doc.words[j].isupper()
                    and folded[j + 1] == "."
                ):
                    if self.name_like(j + 2, "title"):
                        self.emit_person(j, self.extend(j + 2, True), PRI_PERSON_CUE)
                    continue
                if self.name_like(j, "title") and (
                    f not in {"doc", "me", "pere", "father"} or doc.cap[j]
                ):
                    self.emit_person(j, self.extend(j, True), PRI_PERSON_CUE)
                continue
            prev = folded[i - 1] if i else ""
            # --- strong introductions: my name is X, je m'appelle X
            strong = _STRONG_BY_LAST.get(prev)
            if strong and any(_seq_before(doc, i, cue) for cue in strong):
                if self.name_like(i, "strong"):
                    self.emit_person(i, self.extend(i, True), PRI_PERSON_CUE)
            else:
                # --- relatives: my son Tom, ma fille, Léa, ma fille de 5 ans, Léa
                j = _prev_word_index(doc, i, _RELATIVE_SKIP)
                if j >= 1 and folded[j] in _AGE_UNITS:
                    k = j
                    while k > 0 and k > j - 5 and folded[k] not in RELATIVES:
                        k -= 1
                    gap = doc.text[doc.spans[k][1] : doc.spans[i][0]]
                    if folded[k] in RELATIVES and _RELATIVE_AGE.match(gap):
                        j = k
                # "my son Will" is a name; "my son will" is a verb.
                if (
                    j >= 0
                    and folded[j] in RELATIVES
                    and (
                        self._possessed(j)
                        or (doc.cap[i] and doc.cap[j] and doc.sent_start[j])
                        or (doc.sent_start[j] and self.unknown_word(f, drug_check=False))
                    )
                    and self.name_like(i, "relative")
                    and not (folded[i] in g.stopwords and not doc.cap[i])
                ):
                    self.emit_person(i, self.extend(i, doc.cap[i] is False), PRI_PERSON_CUE)
                    continue
                # --- weak introductions: I'm Sarah, with Sarah
                weak = _WEAK_BY_LAST.get(prev)
                if (
                    weak
                    and not doc.cap[i]
                    and prev in _INTRO_LAST
                    and any(_seq_before(doc, i, cue) for cue in weak)
                    and (
                        self.unknown_word(f, drug_check=False)
                        or (self.is_first(f) and f not in g.common)
                    )
                ):
                    # "hiya im chantelle", "bjr c'est kevin": lowercase after a self-introduction
                    self.emit_person(i, self.extend(i, True), PRI_PERSON_GAZ)
                elif (
                    weak
                    and doc.cap[i]
                    and any(_seq_before(doc, i, cue) for cue in weak)
                    and (self.is_first(f) or self.unknown_word(f))
                    and self.name_like(i, "title")
                    and f not in MONTH_NAMES
                    and not self._work_context(i)
                ):
                    self.emit_person(i, self.extend(i, False), PRI_PERSON_GAZ)
            # --- employer cue: I work at X, je travaille chez X
            if f in EMPLOY_PREPS:
                self._org_employer(i)
            # --- gazetteers (set lookups first: most tokens are in none of them)
            base = _base_fold(doc, i)
            if base in g.cities.single or f in g.cities.multi:
                self._city(i)
            if (
                base in g.organizations.single
                or f in g.organizations.single
                or f in g.organizations.multi
            ):
                self._org_gazetteer(i)
            if base in g.first_names or ("-" in base and self.is_first(base)):
                self._person_gazetteer(i)
            elif doc.cap[i] and self._location_cued(i, True):
                self._unknown_city(i)
            elif doc.cap[i] and self.unknown_word(base) and not _acronym(doc.words[i]):
                self._unknown_name(i)
            elif not doc.cap[i] and i >= 1:
                # "i live in knaresborough", "we're in navan", "in east kilbride", "on habite lens"
                k = i - 1 if folded[i - 1] in _PLACE_PREFIXES else i
                if (
                    k >= 1
                    and (
                        folded[k - 1] in _HABITE
                        or (
                            k >= 2
                            and folded[k - 2] in LIVE_VERBS
                            and folded[k - 1] in STRONG_LOCATION_CUES
                        )
                        or (
                            k >= 2
                            and folded[k - 2] in _BE_HERE
                            and folded[k - 1] in {"in", "from", "near", "outside", "around"}
                        )
                    )
                    and self.unknown_word(base)
                ):
                    self.out.append(
                        Candidate(doc.spans[k][0], _base_end(doc, i), "CITY", PRI_CITY_CUE - 1)
                    )
        self._signoff()
        self._org_heads()

    def _unknown_city(self, i: int) -> None:
        """'in Hebden Bridge', 'près de Pornic': a capitalised run after a place cue with an unknown word."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        k = i
        has_unknown = False
        s0, e0 = doc.spans[i]
        if (e0 < len(doc.text) and doc.text[e0].isdigit()) or (
            s0 > 0 and doc.text[s0 - 1].isdigit()
        ):
            return  # "in HbA1c"
        if any(doc.folded[k] in _SWITCH_CONTEXT for k in range(max(0, i - 6), i)) or (
            i + 1 < n and doc.folded[i + 1] in _PRODUCT_AFTER
        ):
            return  # "switched from Xyz to Abc": medicines, not places
        while k < n and k - i < 3 and doc.is_word[k] and doc.cap[k] and not doc.words[k].isupper():
            f = _base_fold(doc, k)
            if f in g.stopwords or f in g.medical or (f in g.first_names and k == i):
                break
            if (
                f in g.cities.single
                or f in g.organizations.single
                or (f in ORG_HEADS_AFTER and k > i)
            ):
                return  # a known place or an organisation's name: other detectors own it
            has_unknown = has_unknown or self.unknown_word(f)
            k += 1
            if _base_end(doc, k - 1) != doc.spans[k - 1][1] or (
                k < n and doc.spans[k][0] - doc.spans[k - 1][1] > 1
            ):
                break
        if k > i and has_unknown:
            self.out.append(
                Candidate(doc.spans[i][0], _base_end(doc, k - 1), "CITY", PRI_CITY_CUE - 1)
            )

    def _unknown_name(self, i: int) -> None:
        """A capitalised word that is no ordinary word, mid-sentence: a name unless medicine follows."""
        doc = self.doc
        n = len(doc.words)
        if doc.sent_start[i]:
            # Sentence-initial capitals are normal; a name needs a following name-like capital or
            # "X and I" / "X et moi".
            nxt = doc.folded[i + 1] if i + 1 < n else ""
            nxt2 = doc.folded[i + 2] if i + 2 < n else ""
            if not (
                (i + 1 < n and doc.cap[i + 1] and self.unknown_word(_base_fold(doc, i + 1)))
                or (
                    nxt in {"and", "et", "&"}
                    and nxt2 in {"i", "me", "moi", "my", "mon", "ma", "je"}
                )
                or nxt in {",", "here", "ici"}
                or (i + 1 < n and _base_fold(doc, i + 1) in self.g.surnames and doc.cap[i + 1])
                or (nxt in _NAME_VERBS and not _BRANDISH.search(doc.folded[i]))
            ):
                return
        prev = doc.folded[i - 1] if i else ""
        if prev in _DRUG_CONTEXT or (
            prev in _ARTICLES and i >= 2 and doc.folded[i - 2] in _DRUG_CONTEXT
        ):
            return  # "I take Xarelto", "je prends du Kestin"
        s0 = doc.spans[i][0]
        e0 = doc.spans[i][1]
        text = doc.text
        if (e0 < len(text) and text[e0].isdigit()) or (s0 > 0 and text[s0 - 1].isdigit()):
            return  # "HbA1c", "B12", "COVID19": codes, not names
        if self._work_context(i):
            k = self.extend(i, False)
            start = i
            while (
                start > 0
                and doc.cap[start - 1]
                and doc.is_word[start - 1]
                and doc.folded[start - 1] not in self.g.stopwords
            ):
                start -= 1  # "(Boulangerie Kerjean)"
            self.out.append(
                Candidate(
                    doc.spans[start][0], _base_end(doc, k - 1), "ORGANIZATION", PRI_ORG_CUE - 1
                )
            )
            return
        if i + 1 < n and (
            doc.words[i + 1][0].isdigit()
            or doc.folded[i + 1] in _DOSE_AFTER
            or doc.folded[i + 1] in _PRODUCT_AFTER
        ):
            return  # "Xarelto 20 mg", "the Zoladex implant"
        if (
            i > 0
            and doc.cap[i - 1]
            and doc.is_word[i - 1]
            and not doc.sent_start[i - 1]
            and self.unknown_word(doc.folded[i - 1])
        ):
            return  # already covered as the continuation of the previous name
        if prev in {"de", "d'"} and i >= 2 and doc.folded[i - 2] not in DISEASE_BEFORE:
            # "le centre de radiologie de Villefranche": an unknown name after "de" is a place
            k = self.extend(i, False)
            self.out.append(Candidate(s0, _base_end(doc, k - 1), "CITY", PRI_PERSON_GAZ - 8))
            return
        self.emit_person(i, self.extend(i, False), PRI_PERSON_GAZ - 8)

    def _possessed(self, j: int) -> bool:
        doc = self.doc
        for k in range(j - 1, max(-1, j - 5), -1):
            if doc.folded[k] in POSSESSIVES:
                return True
            if doc.folded[k] in {".", "!", "?"}:
                return False
        return False

    def _person_gazetteer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        f = _base_fold(doc, i)
        cap = doc.cap[i]
        acts = cap and doc.sent_start[i] and self._acts_like_person(i)
        if (
            not self.is_first(f)
            or (f in g.stopwords and not acts)
            or self._medical_here(i, f)
            or len(f) < 2
            or f in RELATIVES
        ):
            return
        if self.eponym_here(i):
            return
        nxt = i + 1 if i + 1 < len(doc.words) else -1
        followed_by_surname = (
            nxt > 0
            and doc.is_word[nxt]
            and doc.spans[nxt][0] - doc.spans[i][1] == 1
            and _base_end(doc, i) == doc.spans[i][1]
            and (doc.cap[nxt] or not cap)
            and _base_fold(doc, nxt) in g.surnames
            and _base_fold(doc, nxt) not in g.stopwords
        )
        if f in g.ambiguous or f in MONTH_NAMES:
            if not cap and not followed_by_surname:
                return
            if cap and f in MONTH_NAMES and not (followed_by_surname or acts):
                return
            if cap and doc.sent_start[i] and not (followed_by_surname or acts):
                return
        elif not cap and (len(f) < 3 or doc.words[i].isupper()):
            return
        if doc.words[i].isupper() and len(f) > 3 and not followed_by_surname:
            return  # shouting ("ANNA" rarely, "ALICE" maybe) is handled; acronyms are not names
        start = i
        j = i - 1
        if (
            j >= 0
            and doc.is_word[j]
            and doc.cap[j] == cap
            and doc.spans[i][0] - doc.spans[j][1] == 1
            and self.unknown_word(doc.folded[j])
            and not (cap and doc.sent_start[j] and False)
        ):
            start = j  # "nuwan ahmed", "Thilini Perera"
        self.emit_person(start, self.extend(i, not cap), PRI_PERSON_GAZ)

    def _acts_like_person(self, i: int) -> bool:
        """'Grace's teacher', 'Will and I', 'Pierre m'a dit', 'Rose has': a name opening a sentence."""
        doc = self.doc
        n = len(doc.words)
        w = doc.words[i]
        if len(w) > 2 and w[-2:] in ("'s", "’s"):
            return True
        nxt = doc.folded[i + 1] if i + 1 < n else ""
        nxt2 = doc.folded[i + 2] if i + 2 < n else ""
        if nxt in {"and", "et", "&"} and nxt2 in {"i", "me", "moi", "je", "my", "mon", "ma"}:
            return True
        if nxt in {"m'", "me", "nous", "lui", "t'", "te"} and i + 2 < n and doc.is_word[i + 2]:
            return True  # "Pierre m'a dit"
        return nxt in _NAME_VERBS and nxt not in {"a", "est", "is", "was", "has", "had"}

    def _location_cued(self, i: int, strong: bool) -> bool:
        doc = self.doc
        j = i - 1
        if j < 0:
            return False
        f = doc.folded[j]
        if f.isdigit() and len(f) == 5:
            return True  # "75002 Paris"
        if (
            f == ","
            and j >= 1
            and (
                doc.folded[j - 1] in _EN_STREET_WORDS
                or doc.folded[j - 1] in _FR_STREET_WORDS
                or doc.folded[j - 1].isdigit()
            )
        ):
            return True  # "12 Kings Rd, Chipping Norton"
        if f == "," and doc.spans[j][0] in self.addr_ends:
            return True  # "16B Rua das Flores, Porto"
        cues = STRONG_LOCATION_CUES if strong else LOCATION_CUES
        if f in cues:
            return True
        # "près de Tours", "live in", "habite à"
        if (
            f in {"de", "d'"}
            and j >= 1
            and doc.folded[j - 1]
            in {"pres", "proche", "originaire", "region", "cote", "banlieue", "coin"}
        ):
            return True
        return f in LIVE_VERBS

    def _city(self, i: int) -> None:
        doc = self.doc
        g = self.g
        n_multi = g.cities.match_at(doc.folded, i)
        if n_multi:
            end = doc.spans[i + n_multi - 1][1]
            if doc.cap[i] or self._location_cued(i, True):
                pri = PRI_CITY_CUE if self._location_cued(i, False) else PRI_CITY_GAZ
                self.out.append(Candidate(doc.spans[i][0], end, "CITY", pri))
            return
        base = _base_fold(doc, i)
        if base not in g.cities.single:
            return
        if base in g.stopwords or base in g.medical or self.eponym_here(i):
            return
        cap = doc.cap[i]
        cued = self._location_cued(i, False)
        start = doc.spans[i][0]
        end = _base_end(doc, i)
        if base in g.ambiguous:
            strong = self._location_cued(i, True)
            if (
                (cap and strong)
                or (not cap and strong and i >= 2 and doc.folded[i - 2] in LIVE_VERBS)
                or (i >= 1 and doc.folded[i - 1] in _HABITE)  # "on habite Lens": no preposition
            ):
                self.out.append(Candidate(start, end, "CITY", PRI_CITY_CUE))
            return
        if doc.words[i].isupper() and len(base) > 3 and not cued:
            return
        if cap or cued or len(base) > 3:
            self.out.append(Candidate(start, end, "CITY", PRI_CITY_CUE if cued else PRI_CITY_GAZ))

    def _org_gazetteer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        n_multi = g.organizations.match_at(doc.folded, i)
        if n_multi:
            self.out.append(
                Candidate(
                    doc.spans[i][0],
                    doc.spans[i + n_multi - 1][1],
                    "ORGANIZATION",
                    PRI_ORG_CUE + 1,
                )
            )
            return
        base = _base_fold(doc, i)
        end = _base_end(doc, i)
        pri = PRI_ORG_GAZ
        if base not in g.organizations.single and doc.folded[i] in g.organizations.single:
            base = doc.folded[i]  # "Sainsbury's", "Addenbrooke's": the 's is part of the name
            end = doc.spans[i][1]
            pri = PRI_ORG_CUE + 1  # "Guy's" the hospital beats "Guy" the first name
        if base not in g.organizations.single or base in g.stopwords:
            return
        if base in g.ambiguous:
            # "Orange", "Apple", "Boots": a company only after "at/chez/for" or near "work".
            j = i - 1
            if not (
                doc.cap[i]
                and (
                    (j >= 0 and doc.folded[j] in {"at", "chez", "for", "from", "de", "pour"})
                    or self._work_context(i)
                    or (doc.words[i].isupper() and j >= 0 and doc.folded[j] in _ACRONYM_PLACE_PREPS)
                )
            ):
                return
        elif len(base) < 4 or (len(base) < 6 and not doc.cap[i]):
            # Short names (BP, EE, O2, MSA) double as medical abbreviations: need "at/chez/for".
            j = i - 1
            if not (
                (j >= 0 and doc.folded[j] in {"at", "chez", "for", "pour"})
                or (j >= 1 and doc.folded[j - 1] in EMPLOY_CUES)
                # "aux HUG", "in UCLH": an all-capitals acronym after a place preposition
                or (doc.words[i].isupper() and j >= 0 and doc.folded[j] in _ACRONYM_PLACE_PREPS)
            ):
                return
        self.out.append(Candidate(doc.spans[i][0], end, "ORGANIZATION", pri))

    def _work_context(self, i: int) -> bool:
        """A work word shortly before token i: 'at work (Carrefour)', 'mon boulot chez'."""
        return any(self.doc.folded[k] in WORK_WORDS for k in range(max(0, i - 4), i))

    def _org_employer(self, i: int) -> None:
        doc = self.doc
        g = self.g
        if doc.folded[i] not in EMPLOY_PREPS or i == 0:
            return
        j = i - 1
        employed = doc.folded[j] in EMPLOY_CUES or (
            j >= 1 and doc.folded[j - 1] in EMPLOY_CUES and doc.folded[j] in {"as", "comme"}
        )
        named_employer = doc.folded[j] in {
            "employer",
            "employeur",
            "company",
            "entreprise",
            "boite",
            "firm",
        } and doc.folded[i] in {"is", "est"}
        if not (employed or named_employer):
            return
        k = i + 1
        n = len(doc.words)
        if k < n and doc.folded[k] in {"the", "la", "le", "l'"}:
            k += 1
        start_k = k
        while k < n and k - start_k < 4:
            w = doc.words[k]
            f = _base_fold(doc, k)
            if (
                doc.is_word[k]
                and (doc.cap[k] or f in g.organizations.single or self.unknown_word(f))
                and f not in g.stopwords
                and f not in g.medical
            ):
                k += 1
                if _base_end(doc, k - 1) != doc.spans[k - 1][1]:
                    break
                continue
            if w in {"&", "-"} and k + 1 < n and doc.cap[k + 1]:
                k += 1
                continue
            break
        if k > start_k:
            first = _base_fold(doc, start_k)
            if (
                k - start_k == 1
                and (first in g.cities.single or self.is_first(first))
                and first not in g.organizations.single
            ):
                return  # "work in London" is a city, "work for Sarah" a person
            self.out.append(
                Candidate(
                    doc.spans[start_k][0],
                    doc.spans[k - 1][1]
                    if doc.folded[k - 1] in self.g.organizations.single
                    else _base_end(doc, k - 1),
                    "ORGANIZATION",
                    PRI_ORG_CUE,
                )
            )

    def _org_heads(self) -> None:
        doc = self.doc
        n = len(doc.words)
        folded = doc.folded
        for i in range(n):
            f = folded[i]
            if not doc.is_word[i]:
                continue
            before_end = self._org_head_before(i) if f in ORG_HEADS_BEFORE else -1
            after_start = -1
            if i > 0 and (
                f in ORG_HEADS_AFTER
                or (f in _CAP_ORG_HEADS_AFTER and doc.cap[i] and not doc.sent_start[i])
            ):
                after_start = self._org_head_after(i)
            if before_end >= 0 and after_start >= 0:
                # "King's College London": a name before the head and a place after it
                self.out.append(
                    Candidate(after_start, before_end, "ORGANIZATION", PRI_ORG_HEAD + 1)
                )

    def _org_head_before(self, i: int) -> int:
        """'hôpital Necker', 'CHU de Nantes', 'lycée Victor Hugo'; the end offset when found, else -1."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        f = doc.folded[i]
        if True:
            # "hôpital Necker", "CHU de Nantes", "lycée Victor Hugo", "Institut Curie"
            if f == "ch" and not doc.cap[i]:
                return -1
            if (
                f == "cabinet"
                and not doc.cap[i]
                and not (i + 1 < n and doc.cap[i + 1] and doc.folded[i + 1] not in TITLES)
            ):
                return (
                    -1
                )  # "le cabinet du Dr Roux" is the doctor; "cabinet Santé Femmes" a practice
            k = i + 1
            names = 0
            last = i
            while k < n and k - i <= 7:
                fk = _base_fold(doc, k)
                if (
                    fk in ORG_CONNECTORS
                    or fk
                    in {
                        "universitaire",
                        "hospitalier",
                        "regional",
                        "intercommunal",
                        "general",
                        "prive",
                        "privee",
                        "medical",
                        "medicale",
                        "pediatrique",
                        "psychiatrique",
                        "-",
                    }
                    or fk in _ORG_QUALIFIERS
                ):
                    k += 1
                    continue
                if (
                    doc.is_word[k]
                    and fk not in g.stopwords
                    and fk not in g.medical
                    and fk not in _PRONOUNS
                    and (
                        doc.cap[k]
                        or fk in g.cities.single
                        or self.is_first(fk)
                        or fk in g.surnames
                        or fk in g.organizations.single
                    )
                ):
                    names += 1
                    last = k
                    k += 1
                    if _base_end(doc, k - 1) != doc.spans[k - 1][1]:
                        break
                    continue
                break
            if names and (f not in ORG_HEAD_NEEDS_NAME or doc.cap[last]):
                end = _base_end(doc, last)
                self.out.append(Candidate(doc.spans[i][0], end, "ORGANIZATION", PRI_ORG_HEAD))
                return end
        return -1

    def _org_head_after(self, i: int) -> int:
        """'St Mary's Hospital', 'Leeds General Infirmary', 'Oakwood Primary School'."""
        doc = self.doc
        g = self.g
        n = len(doc.words)
        folded = doc.folded
        f = folded[i]
        if True:
            # "St Mary's Hospital", "Leeds General Infirmary", "Oakwood Primary School"
            k = i - 1
            first = i
            real = 0
            proper = 0
            saw_cap = False
            while k >= 0 and i - k <= 6:
                fk = folded[k]
                wk = doc.words[k]
                if wk in {"'", "’"}:
                    k -= 1  # "St Thomas' Hospital"
                    continue
                if not doc.is_word[k] and wk not in {"&", "-"}:
                    break
                if fk in {
                    "the",
                    "a",
                    "an",
                    "my",
                    "our",
                    "his",
                    "her",
                    "their",
                    "at",
                    "in",
                    "to",
                    "from",
                    "le",
                    "la",
                }:
                    break
                if (
                    fk in ORG_HEADS_AFTER
                    and fk not in _WEAK_ORG_HEADS
                    and fk not in GENERIC_ORG_WORDS
                ):
                    break  # "Leeds General Infirmary and Brookfield Primary": two organisations
                if fk in GENERIC_ORG_WORDS or wk in {"&", "-"}:
                    first = k
                    k -= 1
                    continue
                possessive_word = (
                    not doc.cap[k]
                    and fk.endswith("'s")
                    and (fk[:-2] in g.common or fk[:-2] in RELATIVES or fk[:-2] in g.stopwords)
                )  # "my daughter's school nurse"
                if (
                    doc.is_word[k]
                    and (fk not in g.stopwords or (doc.cap[k] and not doc.sent_start[k]))
                    and fk not in g.medical
                    and not possessive_word
                    and not (doc.words[k].isupper() and fk in g.common)
                    and (
                        doc.cap[k]
                        or fk.endswith("'s")
                        # lowercase text ("leeds general infirmary"), not "rugby for Saracens academy"
                        or (
                            not doc.cap[i]
                            and not saw_cap
                            and (fk in g.cities.single or fk in g.surnames)
                        )
                    )
                    and (
                        (f not in _WEAK_ORG_HEADS and f not in _CAP_ORG_HEADS_AFTER)
                        or fk not in g.common
                        or (doc.cap[k] and doc.cap[i] and not doc.sent_start[k])
                    )
                ):
                    real += 1
                    saw_cap = saw_cap or doc.cap[k]
                    if fk not in g.common:
                        proper += 1
                    first = k
                    k -= 1
                    continue
                break
            # trim leading connectors
            while first < i and folded[first] in {"of", "and", "&", "the", "-", "for"}:
                first += 1
            if (f in _WEAK_ORG_HEADS and not proper and real < 2) or (
                f in _CAP_ORG_HEADS_AFTER and not proper
            ):
                real = 0  # "Lime Tree Surgery" yes; "Support Group", "Very High" no
            end = doc.spans[i][1]
            # "University of Leeds", "Hospital of St John"
            if (
                f in {"university", "college", "institute", "school", "hospital"}
                and i + 2 < n
                and folded[i + 1] == "of"
                and doc.cap[i + 2]
            ):
                end = _base_end(doc, i + 2)
            if real and first < i:
                self.out.append(Candidate(doc.spans[first][0], end, "ORGANIZATION", PRI_ORG_HEAD))
                return doc.spans[first][0]
            if (
                f in {"university", "college", "institute", "hospital"}
                and i + 2 < n
                and folded[i + 1] == "of"
                and doc.cap[i + 2]
                and doc.cap[i]
            ):
                self.out.append(
                    Candidate(doc.spans[i][0], _base_end(doc, i + 2), "ORGANIZATION", PRI_ORG_HEAD)
                )
                return doc.spans[i][0]
        return -1

    def _signoff(self) -> None:
        """Names after 'Thanks,' 'Cordialement' or a dash at the very end of the text."""
        doc = self.doc
        n = len(doc.words)
        # last word tokens (ignore trailing punctuation)
        end = n
        while end > 0 and not doc.is_word[end - 1]:
            end -= 1
        if end == 0:
            return
        for size in (3, 2, 1):
            start = end - size
            if start <= 0:
                continue
            prev = start - 1
            while prev >= 0 and doc.words[prev] in {",", ".", "!", "-", "–", "—", ":", "~"}:
                prev -= 1
            if prev < 0:
                continue
            pf = doc.folded[prev]
            gap_text = doc.text[doc.spans[prev][1] : doc.spans[start][0]]
            is_signoff = pf in SIGNOFFS or (
                pf in SIGNOFF_FILLERS
                and prev >= 1
                and doc.folded[prev - 1] in SIGNOFFS | SIGNOFF_FILLERS
            )
            is_signoff = is_signoff or "\n" in gap_text or any(c in gap_text for c in "-–—")
            if not is_signoff:
                continue
            # "salutations distinguées": straight after the sign-off word, a lowercase word must be
            # a known name; after a comma, dash or line break ("thanks,\nnuwan") any name-like word.
            separated = any(c in gap_text for c in ",\n-–—")
            if all(
                (
                    doc.cap[k]
                    or separated
                    or self.is_first(doc.folded[k])
                    or doc.folded[k] in self.g.surnames
                )
                and (
                    self.name_like(k, "title")
                    or (self.name_like(k, "strong") and doc.folded[k] not in self.g.ambiguous)
                )
                for k in range(start, end)
            ):
                self.emit_person(start, end, PRI_PERSON_CUE)
                return


# ---------------------------------------------------------------------------- regex detectors
_FR_PHONE = re.compile(r"0[1-9](?:[ .-]?\d{2}){4}")


def _phone_regions(digits: str) -> tuple[str, ...]:
    """Most likely regions first, from the national number's shape, to keep parsing cheap."""
    if digits.startswith("0"):
        return ("FR", "GB") if len(digits) == 10 else ("GB", "FR")
    if digits.startswith("1") and len(digits) == 11:
        return ("US",)
    return ("US", "GB", "FR")


def _phone_ok(candidate: str, cued: bool) -> bool:
    digits_only = "".join(c for c in candidate if c.isdigit())
    n = len(digits_only)
    if n < 8 or n > 15:
        return False
    text = candidate.replace("(0)", "")
    stripped = text.lstrip()
    intl = stripped.startswith(("+", "00"))
    if not intl and _FR_PHONE.fullmatch(stripped):
        return True  # French national format: always a phone number
    if stripped.startswith("00"):
        text = "+" + stripped[2:]
    regions: tuple[str | None, ...] = (None,) if intl else _phone_regions(digits_only)
    possible = False
    for region in regions:
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        # Validating against one region is far cheaper than is_valid_number's region search.
        check = region or phonenumbers.region_code_for_country_code(num.country_code or 0)
        if phonenumbers.is_valid_number_for_region(num, check) or (
            region is None and phonenumbers.is_valid_number(num)
        ):
            return True
        possible = possible or phonenumbers.is_possible_number(num)
    return possible and (cued or n >= 10)


_HAS_DIGIT = re.compile(r"\d")
_IPV4_QUICK = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")
_DIGIT_RUN = re.compile(r"\d[\d \t.()/-]{6,}\d")
_LETTER_DIGIT = re.compile(r"[A-Za-z]\d")
_FIVE_DIGITS = re.compile(r"\d{5}")
_AGE_NUMBER = re.compile(r"\b(?:9\d|1[0-2]\d)\b")
_DATE_SEP = re.compile(r"\d[/.-]\d")
TLD_WORDS = _words(
    "com fr org net uk io de be ch ca eu info me gov edu us es it nl pt ie lu ma dz tn sn ci biz ly tv app "
    "health care blog online co"
)
_TLD_TRIGGER = _words("com fr org net uk io de be ch ca eu edu gov biz")
_PROVIDERS = _words(
    "gmail googlemail hotmail yahoo outlook icloud orange free wanadoo laposte sfr protonmail proton live msn aol "
    "btinternet sky gmx"
)
OBFUSCATED_AT = _words("at arobase @ chez")
_PLATFORM_WORDS = _words(
    "instagram insta ig twitter tiktok snapchat snap facebook fb linkedin youtube telegram threads bluesky "
    "discord reddit pseudo username handle"
)
SOCIAL_WORDS = _words(
    "instagram insta ig twitter tiktok snapchat snap facebook fb linkedin youtube telegram threads bluesky "
    "discord reddit pseudo username handle user utilisateur utilisatrice posted post message poste ecrit reply "
    "reponse snap add dm find"
)
ID_CUE_WORDS = _words(
    "mrn ipp nda nip nir rpps adeli npi ssn nino chi nhs iban rib hospital patient record medical n dossier numero "
    "secu securite carte passport passeport insurance policy member membership social national ni mutuelle "
    "adherent ref reference case claim id identifiant matricule licence license permis badge employee "
    "student health medicare medicaid ramq ohip avs niss nas assurance assurance-maladie carte registre"
)
MONTH_WORDS = _words(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sept sep oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre "
    "novembre decembre janv fevr fev avr juil"
)
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche"
)
_BRACKET_ORG_WORDS = _words(
    "home school nursery hospital practice surgery clinic pharmacy hospice uni university college academy gym "
    "club church mosque temple work job employer company agency charity retraite ehpad clinique hopital ecole "
    "lycee college creche boulot travail entreprise pharmacie fac universite foyer residence association"
)
_ORDINAL_QUICK = re.compile(r"\d(?:st|nd|rd|th)\b", re.I)
_CAP_WEEKDAY_ABBR = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
_YEAR_QUICK = re.compile(r"\b(?:19|20)\d\d\b")
_HOLIDAY_WORDS = _words(
    "christmas boxing new hogmanay noel sylvestre saint-sylvestre an reveillon toussaint halloween "
    "valentine valentine's saint-valentin easter paques thanksgiving"
)
_AGE_WORD_QUICK = re.compile(r"ninety-|nonante-|quatre-vingt", re.I)
_AGE_WORD_TRIGGERS = _words("ninety nonante hundred cent quatre-vingt quatre-vingts quatre")
_MONTH_ABBR = _words("jan feb mar apr jun jul aug sep sept oct nov dec janv fevr fev avr juil")
_FR_WEEKDAY_ABBR = _words("lun mer jeu ven sam dim")
_WEEKDAY_ABBR = _words("mon tue tues wed thu thur thurs fri sat sun")
POSTCODE_CUE_WORDS = _words("code cp postcode post zip zipcode")


_CITATION_WORDS = _words("pmid pmcid pubmed doi isbn issn eudract arxiv")
_CITATION_QUICK = re.compile(r"10\.\d{4,9}/|PMC\d|NCT\d|ISRCTN\d|CD\d{6}")
SKIP = "_SKIP"  # a vetoing span (a literature reference): wins overlaps, never reported


def _detect_patterns(text: str, doc: _Doc, out: list[Candidate]) -> None:
    add = out.append
    folded = doc.folded
    fset = set(folded)
    has_digit = _HAS_DIGIT.search(text) is not None
    if has_digit and (fset & _CITATION_WORDS or _CITATION_QUICK.search(text)):
        for m in P.CITATION.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:)":
                end -= 1
            add(Candidate(m.start(), end, SKIP, PRI_EMAIL + 10))
    if "@" in text:
        for m in P.EMAIL.finditer(text):
            add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL))
        for m in P.HANDLE.finditer(text):
            add(Candidate(m.start(), m.end(), "URL", PRI_EMAIL - 1))
    has_tld = bool(fset & TLD_WORDS) and any(
        doc.words[i] == "." and folded[i + 1] in TLD_WORDS for i in range(len(folded) - 1)
    )
    spoken_tld = bool(fset & _TLD_TRIGGER) and bool(fset & {"dot", "point", "pt", "."})
    if (
        (fset & OBFUSCATED_AT or "(" in text or "[" in text)
        and (has_tld or spoken_tld)
        and P.EMAIL_OBFUSCATED_TAIL.search(text)
    ):
        for m in P.EMAIL_OBFUSCATED.finditer(text):
            add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL))
    if fset & _PROVIDERS and fset & OBFUSCATED_AT:
        for m in P.EMAIL_PROVIDER.finditer(text):
            chunk = m.group().lower()
            local = re.split(r"\s|\(|\[|\{|<|@", chunk, maxsplit=1)[0]
            # "janedoe85 at gmail" yes; "travaille chez Orange", "me at gmail" no.
            if " chez " not in chunk and any(c.isdigit() or c in "._" for c in local):
                add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL - 1))
    if "://" in text or "www" in text.lower():
        for m in P.URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL))
    if has_tld:
        for m in P.BARE_DOMAIN.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL - 1))
    if "_" in text:
        g = gazetteers()
        for m in P.UNDERSCORE_HANDLE.finditer(text):
            parts = re.split(r"[._]", m.group().lower())
            if not any(c.isdigit() for c in m.group()) and all(
                len(p) < 2 or p in g.medical for p in parts
            ):
                continue  # "vitamin_d": a medical word, not a username
            end = m.end()
            while end > m.start() and text[end - 1] == ".":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL - 2))
    if fset & SOCIAL_WORDS:
        for i, f in enumerate(folded):
            if f in SOCIAL_WORDS:
                sm = P.SOCIAL_CUE.match(text, doc.spans[i][0])
                if sm is None:
                    continue
                handle = sm.group(1)
                # A bare word after "instagram" is only a handle if it looks like one.
                if (
                    any(c.isdigit() or c in "_." for c in handle)
                    or text[sm.start(1) - 1 : sm.start(1)] == "@"
                    or (":" in text[sm.start() : sm.start(1)] and f in _PLATFORM_WORDS)
                ):
                    add(Candidate(sm.start(1), sm.end(1), "URL", PRI_EMAIL - 2))
    if fset & ID_CUE_WORDS:
        _detect_context_ids(text, doc, out)
    if fset & MONTH_WORDS:
        _detect_text_dates(text, doc, out)
    if "arrondissement" in fset and has_digit:
        for m in P.ARRONDISSEMENT.finditer(text):
            add(Candidate(m.start(), m.end(), "CITY", PRI_CITY_CUE))
    if fset & _WEEKDAYS and has_digit:
        _emit_dates(text, [m.span() for m in P.DATE_WEEKDAY_DAY.finditer(text)], out)
    if fset & _HOLIDAY_WORDS and has_digit and _YEAR_QUICK.search(text):
        _emit_dates(text, [m.span() for m in P.HOLIDAY_DATE.finditer(text)], out)
    if "(" in text and fset & _BRACKET_ORG_WORDS:
        g = gazetteers()
        for m in P.ORG_IN_BRACKETS.finditer(text):
            first = fold(m.group(1).split()[0])
            name = m.group(1)
            if (
                first in TITLES
                or first in g.medical
                or (first in g.common and " " not in name)
                or (name.isupper() and len(name) <= 4)
            ):
                continue  # "(Dr Okoro)" is a person, "(A&E)", "(Monday)" are not names
            add(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
    if "ward" in fset and has_digit:
        for m in P.WARD.finditer(text):
            add(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    if "the" in fset and has_digit and _ORDINAL_QUICK.search(text):
        _emit_dates(text, [m.span(1) for m in P.DATE_BARE_ORDINAL.finditer(text)], out)
    if (
        fset & _WEEKDAY_ABBR
        and has_digit
        and (_ORDINAL_QUICK.search(text) or _CAP_WEEKDAY_ABBR.search(text))
    ):
        _emit_dates(text, [m.span() for m in P.DATE_WEEKDAY_ABBR.finditer(text)], out)
    if fset & _FR_STREET_WORDS:
        _detect_fr_addresses(text, doc, out)
    if fset & POSTCODE_CUE_WORDS:
        for m in P.POSTCODE_CUE.finditer(text):
            val = m.group(1).strip()
            if any(c.isdigit() for c in val):
                add(Candidate(m.start(1), m.start(1) + len(val), "POSTCODE", PRI_POSTCODE - 1))
    if fset & _EN_STREET_WORDS:
        _detect_en_addresses(text, doc, out)
    if fset & _AGE_WORD_TRIGGERS or (
        "-" in text and _AGE_WORD_QUICK.search(text)
    ):  # "ninety-four", "nonante-deux", "quatre-vingt-douze" are single tokens
        _detect_age_words(text, out)
    if not has_digit:
        return
    if "." in text and _IPV4_QUICK.search(text):
        for m in P.IPV4.finditer(text):
            add(Candidate(m.start(), m.end(), "IP_ADDRESS", PRI_IP))
    if "::" in text or text.count(":") >= 7:
        for m in P.IPV6.finditer(text):
            add(Candidate(m.start(), m.end(), "IP_ADDRESS", PRI_IP))
    for run in _DIGIT_RUN.finditer(text):
        # Number-shaped identifiers only live around long digit runs: scan those windows only.
        s0, e0 = run.span()
        _detect_ids(text, out, max(0, s0 - 8), min(len(text), e0 + 4))
        _detect_phones(text, out, max(0, s0 - 6), min(len(text), e0 + 1))
    if _LETTER_DIGIT.search(text):
        for m in P.ALNUM_ID.finditer(text):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_WEAK))
        _detect_uk_postcodes(text, out)
    if _DATE_SEP.search(text):
        _detect_numeric_dates(text, out)
    if fset & {"born", "ne", "nee", "dob", "birth", "naissance"}:
        for m in P.YEAR_OF_BIRTH.finditer(text):
            add(Candidate(m.start(1), m.end(1), "DATE_OF_BIRTH", PRI_DATE))
    if _AGE_NUMBER.search(text):
        _detect_ages(text, out)
    if _FIVE_DIGITS.search(text):
        _detect_fr_us_postcodes(text, out)
    if _FOUR_DIGIT_TOWN.search(text):
        _detect_four_digit_postcodes(text, out)


# Swiss, Belgian, Luxembourg, Austrian, Danish… postcodes: four digits before a known town
# ("1003 Lausanne", "4000 Liège") or after "<street>, ".
# The digit comes before the look-behind so the regex engine can skip straight to digits.
_FOUR_DIGIT_TOWN = re.compile(r"[1-9](?<![\w.,/-][1-9])\d{3}\s+[A-ZÉÈ]")


def _detect_four_digit_postcodes(text: str, out: list[Candidate]) -> None:
    g = gazetteers()
    for m in _FOUR_DIGIT_TOWN.finditer(text):
        s = m.start()
        e = s + 4
        town = re.match(r"\s+([\w'’-]+)", text[e : e + 40])
        if town is None:
            continue
        word = fold(town.group(1))
        after_street = re.search(
            r"\d+\s*\w?,?\s+(?:rue|avenue|av|bd|boulevard|chemin|ch|all[ée]e|place|route|rte|impasse|quai|"
            r"chauss[ée]e|straat|strasse|stra[ßs]e|steenweg|laan)\b[^,\n]{0,40},\s*$",
            text[max(0, s - 70) : s],
            re.I,
        )
        year = 1900 <= int(text[s:e]) <= 2099
        if (word in g.cities.single or word in g.cities.multi or after_street) and not (
            year and not after_street
        ):  # "en 2019 Paris était…": a year
            out.append(Candidate(s, e, "POSTCODE", PRI_POSTCODE))


def _detect_context_ids(text: str, doc: _Doc, out: list[Candidate]) -> None:
    seen: set[int] = set()
    for i, f in enumerate(doc.folded):
        if f not in ID_CUE_WORDS:
            continue
        m = P.ID_CUE.match(text, doc.spans[i][0])
        if not m:
            continue
        v = P.ID_VALUE.match(text, m.end())
        if not v or v.start(1) in seen:
            continue
        value = v.group(1).rstrip(" -./")
        digits = sum(c.isdigit() for c in value)
        if digits >= 4 or (digits >= 2 and len(value.replace(" ", "")) >= 6):
            cue = m.group().lower()
            if cue in {"ref", "id"} and digits < 5:
                continue
            seen.add(v.start(1))
            out.append(Candidate(v.start(1), v.start(1) + len(value), "ID_NUMBER", PRI_ID_CONTEXT))


def _detect_ids(text: str, out: list[Candidate], lo: int, hi: int) -> None:
    add = out.append
    for m in P.NIR.finditer(text, lo, hi):
        raw = re.sub(r"[\s.]", "", m.group())
        if len(raw) == 15 and std_nir.is_valid(raw):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 5))
        elif len(raw) == 13 or len(raw) == 15:
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM - 10))
    for m in P.IBAN.finditer(text, lo, hi):
        if std_iban.is_valid(m.group().upper()):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 5))
    for m in P.SSN.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 2))
    for m in P.NHS.finditer(text, lo, hi):
        raw = re.sub(r"[\s-]", "", m.group())
        if std_nhs.is_valid(raw):
            before = text[max(0, m.start() - 60) : m.start()].lower()
            pri = (
                PRI_ID_CHECKSUM + 2
                if "nhs" in before or "number" in before
                else PRI_ID_CHECKSUM - 10
            )
            add(Candidate(m.start(), m.end(), "ID_NUMBER", pri))
    for m in P.DIGITS10_11.finditer(text, lo, hi):
        raw = m.group()
        if (len(raw) == 11 and raw.startswith("10") and luhn.is_valid(raw)) or (
            len(raw) == 10 and raw[0] in "12" and luhn.is_valid("80840" + raw)
        ):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM - 10))
    for m in P.NINO.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    for m in P.LONG_DIGITS.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_WEAK))


def _valid_date(d: int, mth: int) -> bool:
    return 1 <= d <= 31 and 1 <= mth <= 12


def _emit_dates(text: str, found: list[tuple[int, int]], out: list[Candidate]) -> None:
    for s, e in found:
        before = text[max(0, s - 40) : s]
        cut = max(before.rfind("."), before.rfind("\n"), before.rfind("?"))
        if cut >= 0 and cut < len(before) - 1:
            before = before[cut + 1 :]
        label = "DATE_OF_BIRTH" if P.DOB_CUE.search(before) else "DATE"
        out.append(Candidate(s, e, label, PRI_DATE))


def _detect_text_dates(text: str, doc: _Doc, out: list[Candidate]) -> None:
    found: list[tuple[int, int]] = []
    last_end = -1
    for i, f in enumerate(doc.folded):
        if f not in MONTH_WORDS:
            continue
        s0, e0 = doc.spans[i]
        if s0 < last_end:
            continue
        # Dates span a few tokens around the month: scan a small window only.
        for m in P.DATE_TEXT.finditer(text, max(0, s0 - 30, last_end), min(len(text), e0 + 25)):
            if not (m.start() <= s0 < m.end()):
                continue
            s, e = m.start(), m.end()
            chunk = m.group()
            low = chunk.lower()
            # "I may 2", "mar 3": abbreviations and "may" need a capital or a clear day/year.
            if (
                low.startswith(("may ", "mar ", "sat ", "sun ", "wed "))
                and not chunk[0].isupper()
                and not re.search(r"\d{4}|\d(?:st|nd|rd|th)", low)
            ):
                continue
            if (
                re.fullmatch(
                    r"(?:mar|may|sat|sun|dec|jan|jun|jul|aug|oct|nov|sept?)\s*\d{1,2}", low
                )
                and not chunk[0].isupper()
            ):
                continue
            # "sept" is also French "seven".
            if re.match(r"\d+\s+sept\b", low) and not re.search(r"\d{4}", low):
                continue
            if chunk.endswith(".") and fold(chunk[:-1].split()[-1]) not in _MONTH_ABBR:
                e -= 1  # "in June." ends the sentence; "oct." is an abbreviation
            found.append((s, e))
            last_end = e
            break
    _emit_dates(text, found, out)


_SCORE_BEFORE = re.compile(
    r"(?:pain|douleur|score|scored|rated|rate|note|eva|scale|[ée]chelle)", re.I
)


def _detect_numeric_dates(text: str, out: list[Candidate]) -> None:
    found: list[tuple[int, int]] = []
    for m in P.DATE_NUMERIC.finditer(text):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(3))
            if not (_valid_date(a, b) or _valid_date(b, a)):
                continue
            if (
                m.group(2) == "."
                and len(m.group(4)) == 2
                and not text[max(0, m.start() - 3) : m.start()]
                .strip()
                .lower()
                .endswith(("le", "on"))
            ):
                continue  # "1.5.10" versions/doses
        elif not _valid_date(int(m.group(8)), int(m.group(7))):
            continue
        found.append((m.start(), m.end()))
    for m in P.DATE_PADDED.finditer(text):
        if not re.search(
            r"(?:tension|ta|bp|blood pressure|pression)\s*(?:[àa:=]|of|was|is)?\s*$",
            text[max(0, m.start() - 25) : m.start()],
            re.I,
        ):
            found.append((m.start(), m.end()))
    for m in P.DATE_SHORT_VALUE.finditer(text):
        cue = P.DATE_SHORT_CUE.search(text, max(0, m.start() - 14), m.start())
        if cue is None:
            continue
        a, b = (int(x) for x in re.split(r"[/.]", m.group(1)))
        if b == 10 and _SCORE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "pain on 7/10": a score
        if _valid_date(a, b) or _valid_date(b, a):
            # "Wed 5/3": the weekday belongs to the date; "le 12/03": the article does not
            weekday = fold(cue.group(1)) in _WEEKDAYS | _WEEKDAY_ABBR | _FR_WEEKDAY_ABBR
            found.append((cue.start() if weekday else m.start(1), m.end(1)))
    _emit_dates(text, found, out)


def _detect_phones(text: str, out: list[Candidate], lo: int, hi: int) -> None:
    for m in P.PHONE_CANDIDATE.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        while s < e and text[s] in " .-":
            s += 1
        chunk = text[s:e]
        if P.QUANTITY_AFTER.match(text, e):
            continue
        cued = bool(P.PHONE_CUE.search(text, max(0, s - 40), s))
        if _phone_ok(chunk, cued):
            out.append(Candidate(s, e, "PHONE", PRI_PHONE))


# Every AGE_CUE match has its number after a space, a colon or a letter (never "/", as in "180/120"):
# this cheap scan (digits first) rules the cue regex out on most texts.
_AGE_CUE_QUICK = re.compile(
    r"(?:9\d(?<=(?:[\s:]|[^\W\d_])..)|1[0-2]\d(?<=(?:[\s:]|[^\W\d_])...))\b"
    r"(?!\s*(?:%|mg|kg|ml|bpm|/|\.\d|,\d|mmhg|lbs|cm|minutes|min|days|jours))",
    re.I,
)


def _detect_ages(text: str, out: list[Candidate]) -> None:
    for m in P.AGE.finditer(text):
        if P.NOT_AGE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
    if _AGE_CUE_QUICK.search(text):
        for m in P.AGE_CUE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    for m in P.AGE_BARE.finditer(text):
        if P.AGE_BARE_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))


# "my pulse is ninety": a vital sign, not an age
_VITAL_BEFORE = re.compile(
    r"(?:pulse|heart\s*rate|\bhr\b|\bbp\b|pressure|sugar|glucose|oxygen|\bsats?\b|saturation|temperature|"
    r"weight|weigh|tension|pouls|glyc[ée]mie|poids|fr[ée]quence|score|level|taux)",
    re.I,
)


def _detect_age_words(text: str, out: list[Candidate]) -> None:
    for m in P.AGE_WORDS.finditer(text):
        word = m.group().split()[0].lower()
        if m.group("unit"):
            if P.NOT_AGE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                continue  # "for ninety years"
            out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
        elif (
            (
                not word.startswith(("cent", "a", "one"))
                or re.search(
                    r"(?:turned|turning|aged)\s*$", text[max(0, m.start() - 10) : m.start()], re.I
                )
            )
            and P.AGE_WORDS_CUE.search(text, max(0, m.start() - 12), m.start())
            and not P.AGE_WORDS_NOT_AFTER.match(text, m.end())
            and not _VITAL_BEFORE.search(
                re.split(r"[.!?;,\n]", text[max(0, m.start() - 30) : m.start()])[-1]
            )
        ):
            out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))


_FR_CITY_AFTER = re.compile(r"\s+(?:c[ée]dex\b|[A-ZÉÈ][\w'’-]+)")
_UNIT_WORDS = re.compile(
    r"\s*(?:mg|ml|ui|iu|g|kg|€|euros?|pas|steps|fois|times|cellules|cells|/|%|ng|pg|µ)", re.I
)


def _detect_uk_postcodes(text: str, out: list[Candidate]) -> None:
    for m in P.UK_POSTCODE.finditer(text):
        chunk = m.group()
        if not chunk.isupper() and " " not in chunk:
            continue
        if chunk.islower() and not re.search(
            r"\b(?:postcode|post code|live|address|in|at)\b",
            text[max(0, m.start() - 40) : m.start()],
            re.I,
        ):
            continue
        out.append(Candidate(m.start(), m.end(), "POSTCODE", PRI_POSTCODE))


def _detect_fr_us_postcodes(text: str, out: list[Candidate]) -> None:
    g = gazetteers()
    for m in P.FR_POSTCODE.finditer(text):
        e = m.end()
        if _UNIT_WORDS.match(text, e):
            continue
        after = _FR_CITY_AFTER.match(text, e)
        ok = False
        if after:
            word = fold(after.group().strip())
            ok = word not in g.stopwords and word not in g.medical
        if not ok:
            nxt = re.match(r"\s+([\w'’-]+)", text[e : e + 40])
            if nxt and fold(nxt.group(1)) in g.cities.single:
                ok = True
        if not ok:
            before = text[max(0, m.start() - 40) : m.start()].lower()
            ok = bool(
                re.search(
                    r"(?:code postal|\bcp\b|postcode|zip|\d+,?\s+(?:rue|avenue|bd|boulevard|chemin|all[ée]e|place|impasse|route)\b.*,\s*$)",
                    before,
                )
            )
        if ok:
            out.append(Candidate(m.start(), e, "POSTCODE", PRI_POSTCODE))
    for m in P.US_ZIP.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "POSTCODE", PRI_POSTCODE))


_ADDR_STOP = _words(
    "a à au aux et and je j' i my the in near since for pour depuis avec with mais but ou or on il elle "
    "qui que je suis est is was has have ai a j'ai de des du"
)
_ADDR_CONNECT = _words(
    "de du des la le l' d' saint sainte st ste aux au les sur sous en et das dos da do del della di los las"
)
_WORD = re.compile(r"[^\W\d_]{1,2}['’]|[^\W\d_][\w'’-]*|\S")


_EN_STREET_WORDS = frozenset(P.EN_STREET_TYPES.split("|"))
_FR_STREET_WORDS = frozenset(fold(w) for w in P.FR_STREET_WORDS.split())


def _detect_en_addresses(text: str, doc: _Doc, out: list[Candidate]) -> None:
    g = gazetteers()
    folded = doc.folded
    for i, f in enumerate(folded):
        if f not in _EN_STREET_WORDS or i < 2:
            continue
        # Walk back over 1-4 name words to a house number: "12 baker street", "221B Baker St."
        j = i - 1
        words = 0
        while j >= 0 and words < 4:
            fj = folded[j]
            if not doc.is_word[j]:
                # "350 West 57th Street": an ordinal is part of the street name
                if (
                    fj.isdigit()
                    and j + 1 < i
                    and folded[j + 1] in {"st", "nd", "rd", "th"}
                    and j > 0
                    and doc.is_word[j - 1]
                ):
                    j -= 1
                    continue
                break
            if (
                len(fj) == 1
                and j > 0
                and doc.words[j - 1].isdigit()
                and doc.spans[j][0] == doc.spans[j - 1][1]
            ):
                j -= 1  # "44a Victoria Street": the letter belongs to the house number
                break
            ordinal = fj in {"st", "nd", "rd", "th"} and j > 0 and folded[j - 1].isdigit()
            if (fj in _ADDR_STOP or fj in g.stopwords or fj in g.medical) and not ordinal:
                break
            words += 1
            j -= 1
        if words == 0:
            continue
        end = doc.spans[i][1]
        if f in {"dr", "st"}:
            nxt = i + 1
            while nxt < len(folded) and folded[nxt] == ".":
                nxt += 1
            if nxt < len(folded) and doc.cap[nxt] and doc.is_word[nxt]:
                continue  # "12 units Dr. Smith": a title, not a street
        if (
            end < len(text)
            and text[end] == "."
            and f in {"st", "rd", "ave", "dr", "ln", "blvd", "ct", "pl"}
        ):
            end += 1
        if (j >= 0 and doc.words[j].isdigit() and len(doc.words[j]) <= 5 and words < 4) or (
            j >= 1 and doc.words[j] == "," and doc.words[j - 1].isdigit()
        ):
            k = j if doc.words[j].isdigit() else j - 1
            start = doc.spans[k][0]
            # "221B": the letter is its own token
            out.append(Candidate(_address_prefix(text, start), end, "ADDRESS", PRI_ADDRESS))
            continue
        if (
            j + 1 < i
            and doc.is_word[j + 1]
            and len(doc.words[j + 1]) == 1
            and j >= 0
            and doc.words[j].isdigit()
        ):
            out.append(Candidate(doc.spans[j][0], end, "ADDRESS", PRI_ADDRESS))
            continue
        # Unnumbered: "Baker Street" only when every name word is capitalised and the type too.
        if (
            doc.cap[i]
            and len(f) > 2
            and all(doc.cap[k] for k in range(j + 1, i))
            and not doc.sent_start[j + 1]
        ):
            start = _address_prefix(text, doc.spans[j + 1][0])
            out.append(Candidate(start, end, "ADDRESS", PRI_ADDRESS - 2))


_NUMBER_AFTER_STREET = re.compile(
    r",?\s*(\d{1,4}(?:\s?(?:bis|ter|[a-z]))?)\b(?=\s*(?:,|\n|$|\.\s))", re.I
)


def _address_prefix(text: str, start: int) -> int:
    """Move an address start back over 'appt 4B, ', 'bât. C, ' and 'résidence Les Lilas, '."""
    unit = P.UNIT_BEFORE.search(text, max(0, start - 40), start)
    if unit:
        start = unit.start()
    building = P.BUILDING_BEFORE.search(text, max(0, start - 50), start)
    if building:
        start = building.start()
    return start


def _detect_fr_addresses(text: str, doc: _Doc, out: list[Candidate]) -> None:
    g = gazetteers()
    for i, f in enumerate(doc.folded):
        if f not in _FR_STREET_WORDS:
            continue
        head_start, pos = doc.spans[i]
        if pos < len(text) and text[pos] == ".":
            pos += 1
        num = P.FR_ADDRESS_NUMBER.search(text, max(0, head_start - 14), head_start)
        has_number = num is not None
        start = num.start() if num else head_start
        names = 0
        end = pos
        taken = 0
        cap_seen = False
        for w in _WORD.finditer(text, pos):
            if taken >= 7:
                break
            gap = text[pos : w.start()]
            if gap.strip() or "\n" in gap:
                break
            word = w.group()
            fw = fold(word)
            if fw in _ADDR_CONNECT:
                pos = w.end()
                taken += 1
                continue
            if not word[0].isalpha():
                break
            if fw in _ADDR_STOP or fw in g.stopwords:
                break
            if word[0].isupper() or has_number or fw in g.first_names or fw in g.surnames:
                names += 1
                cap_seen = cap_seen or word[0].isupper()
                end = w.end()
                pos = w.end()
                taken += 1
                if not word[0].isupper() and names >= 3:
                    break
                continue
            break
        if names and (has_number or cap_seen):
            if not has_number:
                # "rue Haute 12, 1000 Bruxelles", "Bahnhofstrasse 5": the number after the street
                after = _NUMBER_AFTER_STREET.match(text, end)
                if after:
                    end = after.end(1)
            out.append(Candidate(_address_prefix(text, start), end, "ADDRESS", PRI_ADDRESS))


# ---------------------------------------------------------------------------- resolution
_TRAILING_PARTICLES = re.compile(
    r"(?:\s+(?:de|du|des|la|le|les|van|von|da|di|d'|l'|of|the|and|et))+$", re.I
)
_TRIMMABLE = frozenset({"PERSON", "CITY", "ORGANIZATION", "ADDRESS"})
_EDGE = " \t\n,.;:()'’-"


def _resolve(cands: list[Candidate], text: str) -> list[Candidate]:
    """Greedy by priority then length; a word-based span that overruns a stronger one is trimmed."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        start, end = c.start, c.end
        for t in chosen:
            if start < t.end and t.start < end:
                if c.label not in _TRIMMABLE or (t.start > start and t.end < end):
                    start = end  # overlap in the middle (or a pattern span): drop it
                    break
                if t.start <= start:
                    start = t.end
                else:
                    end = t.start
        if (start, end) != (c.start, c.end):
            while start < end and text[start] in _EDGE:
                start += 1
            while end > start and text[end - 1] in _EDGE:
                end -= 1
            cut_in_word = (start > 0 and text[start - 1].isalnum()) or (
                end < len(text) and text[end].isalnum()
            )
            tail = _TRAILING_PARTICLES.search(text, start, end)
            if tail and tail.start() > start:
                end = tail.start()  # "Kevin Da Costa de" -> "Kevin Da Costa"
            if end - start < 2 or cut_in_word or fold(text[start:end]) in TITLES:
                continue  # nothing left, a bare title, or the cut falls inside a word
        chosen.append(Candidate(start, end, c.label, c.priority))
    chosen.sort(key=lambda c: c.start)
    return chosen


_CAPS_WORDS = re.compile(r"[A-ZÀ-Þ]{2,}[^a-zà-ÿ]{1,4}[A-ZÀ-Þ]{2,}[^a-zà-ÿ]{1,4}[A-ZÀ-Þ]{2,}")


def _shouting(text: str) -> bool:
    """Mostly capital letters: a message typed with caps lock."""
    if not _CAPS_WORDS.search(text):
        return False  # ordinary text: no three capitalised words in a row
    upper = sum(1 for c in text if c.isupper())
    if upper < 20:
        return False
    lower = sum(1 for c in text if c.islower())
    return upper >= 4 * lower


def detect(text: str, lang: str = "en") -> list[Candidate]:
    """All non-overlapping identifier spans in text, sorted by start."""
    del lang  # both languages' cues are always on: patients mix them
    cands: list[Candidate] = []
    doc = _Doc(text)
    _detect_patterns(text, doc, cands)
    _NamePass(doc, gazetteers(), cands).run()
    if _shouting(text):
        # "MY SON DANIEL HAS A FEVER": capitals carry no signal; also read it as lowercase text.
        lowered = text.lower()
        if len(lowered) == len(text):
            _NamePass(_Doc(lowered), gazetteers(), cands).run()
    chosen = [c for c in _resolve(cands, text) if c.label != SKIP]
    return _propagate(text, chosen, gazetteers())


_PROPAGATE = frozenset({"PERSON", "CITY", "ORGANIZATION"})


_EPONYM_DISEASE_AFTER = re.compile(
    r"(?:['’]s?)?[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r")\b", re.I
)
_EPONYM_DISEASE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(DISEASE_BEFORE)) + r")\s+(?:de\s+|d['’]\s*|du\s+)?$", re.I
)


def _propagate(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """A name found once is a name everywhere in the same text ('Marcus ... Marcus is my flatmate')."""
    seen: dict[str, str] = {}
    for c in chosen:
        value = text[c.start : c.end]
        if c.label in _PROPAGATE and len(value) > 2:
            seen.setdefault(value, c.label)
    if not seen:
        return chosen
    extra: list[Candidate] = []
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    for value, label in seen.items():
        if fold(value) in g.common or fold(value) in g.stopwords:
            continue  # "my daughter May ... in May": ordinary words are not propagated
        haystack, needle = (text, value) if not same_length else (lowered, value.lower())
        pos = haystack.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            occurrence = text[pos:end]
            if (
                not (before.isalnum() or before in "'’-_")
                and not (after.isalnum() or after in "-_")
                # "Tia ... a TIA": a name does not spread to a medical acronym in capitals
                and not (occurrence.isupper() and not value.isupper() and fold(value) in g.medical)
                # "Dr Wilson ... Wilson's disease": nor to the eponym of a disease
                and not (
                    fold(value) in g.eponyms
                    and (
                        _EPONYM_DISEASE_AFTER.match(text, end)
                        or _EPONYM_DISEASE_BEFORE.search(text, max(0, pos - 25), pos)
                    )
                )
                and not any(pos < c.end and c.start < end for c in chosen)
                and not any(pos < x.end and x.start < end for x in extra)
            ):
                extra.append(Candidate(pos, end, label, PRI_PERSON_GAZ))
            pos = haystack.find(needle, end)
    if not extra:
        return chosen
    return sorted(chosen + extra, key=lambda c: c.start)
