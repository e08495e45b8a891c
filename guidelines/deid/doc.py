"""Tokenised view of one text and the word-shape tests (acronyms, drug and medical shapes)."""

from __future__ import annotations

import re
from functools import lru_cache

from textkit.folding import fold

from ._data import TOKEN_RE, Gazetteers
from .cues import EMPLOY_PREPS, NAME_CAPS, RELATIVES, TITLES, word_set


# a pure function of the word, asked thousands of times a text: cached per word
@lru_cache(maxsize=65536)
def acronym(word: str) -> bool:
    """'UTIs', 'HbA', 'eGFR', 'NHS': inner capitals mark codes and acronyms ('MacLeod' is a name)."""
    return any(
        any(c.isupper() for c in part[1:]) and not NAME_CAPS.fullmatch(part)
        for part in re.split(r"[-'’]", word)
    )


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


class Doc:
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
DRUG_SUFFIX = re.compile(
    r"(?:mab|nib|pril|sartan|statin|azole|cillin|mycin|cycline|oxacin|vir|olol|dipine|prazole|tidine|"
    r"xetine|pramine|triptan|gliptin|glutide|parin|xaban|semide|thiazide|lukast|asone|olone|azepam|azolam|"
    r"profen|fenac|codone|morphone|setron|pine|done|zine|amine|oxine|idine|afil|tropin|dronate|lazine|"
    r"oxetine|triptyline|phylline|terol|sonide|tasone|metasone|cort|caine|barbital|barb|trel|dil|pam)$"
)
# Specialties, conditions and procedures by their Greek/Latin endings ("Dermatology", "Rhumatologie",
# "Tendinitis", "Colonoscopy"): capitalised in doctors' answers, never names.
MEDICAL_SHAPE = re.compile(
    r"(?:olog(?:y|ie|ist|iste|ue|ues|ists)|iatr(?:y|ie|ics|ique|ist|iste)|itis|pathy|pathie|ectom(?:y|ie)|"
    r"otom(?:y|ie)|plast(?:y|ie)|scop(?:y|ie)|graph(?:y|ie)|algia|algie|aemia|ectasis)$"
)
_MED_PREFIX = re.compile(r"^(?:pre|post|non|anti|hyper|hypo|peri|para|pseudo|neo)-?")


def medical_compound(f: str, g: Gazetteers) -> bool:
    """'prediabetes', 'post-covid', 'hypothyroid': a medical prefix on a medical word."""
    m = _MED_PREFIX.match(f)
    return m is not None and m.end() < len(f) and f[m.end() :] in g.medical


DRUG_CONTEXT = word_set(
    "take takes taking took taken on prescribed prescribing start starts started starting stopped stop stopping "
    "using use uses dose doses tablet tablets cream gel spray inhaler injection prends prend pris prenais "
    "prescrit sous arrete arreter commence comprimes comprime dose mg switched switch swapped changed "
    "increased reduced upped lowered weaned passer passe remplace augmente diminue utilise utilises "
    "utilisez utiliser utilisait applique appliquer appliquez mets mettre met"
)
# "Is Hedrin safe", "le Robax est-il dangereux": a safety question is asked of a product.
SAFETY_AFTER = word_set(
    "safe ok okay dangerous harmful suitable compatible addictive effective sur sure dangereux dangereuse "
    "compatible efficace nocif nocive"
)
# Words that join two products: "his Coversyl with her Caltrate", "Doliprane ou Efferalgan".
COORDINATORS = word_set("and or with et ou avec plus + , /")
POSSESSIVES = word_set("his her my their our your son sa ses mon ma mes leur")
# Determiners that a first name does not take ("le Robax", "du Pyralvex", "the Dexcom").
PRODUCT_DETERMINERS = word_set("le la l' du the")
_ARTICLES = word_set("le la l' les du de des d' the a an some")
SWITCH_CONTEXT = word_set(
    "switched switch swapped changed increased reduced upped lowered weaned prescribed started stopped "
    "prescrit passer passe remplace augmente diminue arrete commence"
)
# Words after a capitalised unknown word that make it a product: "the Zoladex implant", "Keytruda infusion".
PRODUCT_AFTER = word_set(
    "infusion infusions implant injection injections jab jabs vaccine vaccin vaccination pill pills tablet "
    "tablets comprime comprimes patch spray cream creme gel inhaler pen stylo shot shots dose doses treatment "
    "traitement therapy therapie coil sterilet tabs caps capsules gelules drops gouttes syrup sirop "
    "readings reading sensor sensors monitor pump app lecteur capteur pompe"
)
# Verbs that follow a person far more often than a medicine: "Xiomara has a cough", "Léa tousse".
NAME_VERBS = word_set(
    "has had keeps kept said says told went goes gets got cries cried woke wakes wants thinks "
    "can't cannot doesn't didn't won't isn't wasn't tousse pleure dort mange vomit refuse dit pense "
    "veut avait etait fait a est"
)
# Brand-like endings (Xarelto, Ozempic, Januvia, Zyrtec): keep such words out of the rule above.
BRANDISH = re.compile(r"(?:ic|ix|ex|ax|ox|yl|al|ol|to|io|vy|ia|en|an|on|ra|ro|in|ine|one|il|ide)$")
ARTICLES = word_set("de du le la l' d' des some the of")
DOSE_AFTER = word_set(
    "mg mcg µg g ml ui iu units unites cp comprime comprimes gelule tablet tablets puffs bouffees"
)
# Heads that are also ordinary words ("GP surgery", "private practice"): need a real proper name.
WEAK_ORG_HEADS = word_set("surgery practice group trust bank council")
INTRO_LAST = word_set("i'm im am is suis c'est its it's")
AGE_UNITS = word_set("ans an years year old yo mois months yrs")
CAP_PARTICLES = word_set("ni nic mc ap van von de da di le la del bin ben al el mac st saint te")
_SENT_END = frozenset({".", "!", "?", "…", ":", ";", '"', "«", "-", "–", "—", "*"})


def base_end(doc: Doc, i: int) -> int:
    """End offset of token i without a possessive 's."""
    e = doc.spans[i][1]
    w = doc.words[i]
    if len(w) > 3 and w[-2] in "'’" and w[-1] in "sS":
        return e - 2
    if len(w) > 2 and w[-1] in "'’":
        return e - 1
    return e


def base_fold(doc: Doc, i: int) -> str:
    f = doc.folded[i]
    if len(f) > 3 and f.endswith("'s"):
        return f[:-2]
    if len(f) <= 3:
        return f  # elisions: "d'", "l'", "qu'"
    return f.rstrip("'")


def seq_before(doc: Doc, i: int, seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if i - n < 0:
        return False
    return tuple(doc.folded[i - n : i]) == seq


def prev_word_index(
    doc: Doc, i: int, skip: frozenset[str] = frozenset({",", "(", "-", ":"})
) -> int:
    j = i - 1
    while j >= 0 and doc.folded[j] in skip:
        j -= 1
    return j


_PLAIN_CACHE: dict[int, frozenset[str]] = {}


def plain_words(g: Gazetteers) -> frozenset[str]:
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


def product_context(doc: Doc, i: int, medical: frozenset[str], determiners: bool = True) -> bool:
    """Evidence that an unknown capitalised word names a product, not a person: a determiner a
    first name does not take ("le Robax", "the Dexcom"), a safety question ("Is Hedrin safe"),
    or coordination with a known medicine written with a capital ("his Coversyl with her Caltrate").
    `determiners=False` for organisations, which take them ("la RATP", "the Co-op")."""
    n = len(doc.words)
    prev = doc.folded[i - 1] if i else ""
    nxt = doc.folded[i + 1] if i + 1 < n else ""
    particle = (
        i >= 3 and doc.folded[i - 2] in {"de", "d'"} and doc.cap[i - 3]
    )  # "Maëlys de la Roncière"
    if (
        determiners
        and prev in PRODUCT_DETERMINERS
        and not particle
        and not (i + 1 < n and doc.cap[i + 1] and doc.is_word[i + 1])
    ):
        return True
    if prev in DRUG_CONTEXT and prev != "on":
        return True  # "can I take Zolbrina"
    if (
        prev in PRODUCT_DETERMINERS | {"de", "des", "my", "her", "his", "mon", "ma", "son", "sa"}
        and i >= 2
        and doc.folded[i - 2] in DRUG_CONTEXT
        and doc.folded[i - 2] != "on"
    ):
        return True  # "j'applique du Vexoline", "I use the Dexcom", "prends de la Quintessa"
    if (
        nxt in SAFETY_AFTER
        or nxt in PRODUCT_AFTER
        or nxt in DOSE_AFTER
        or (nxt in {"is", "est", "c'est", "c"} and i + 2 < n and doc.folded[i + 2] in SAFETY_AFTER)
    ):
        return True
    k = i - 1
    if k >= 0 and doc.folded[k] in POSSESSIVES:
        k -= 1
    while k >= 1 and doc.folded[k] in _ARTICLES:  # "du Doliprane ou de la Quintessa"
        k -= 1
    if k >= 1 and doc.folded[k] in COORDINATORS and doc.folded[k - 1] in medical and doc.cap[k - 1]:
        return True
    if nxt in COORDINATORS and i + 2 < n:
        j = i + 2
        if doc.folded[j] in POSSESSIVES and j + 1 < n:
            j += 1
        if doc.folded[j] in medical and doc.cap[j]:
            return True
    return False
