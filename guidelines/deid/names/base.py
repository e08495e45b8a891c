"""Shared state and word tests of the name/place/organisation token pass."""

from __future__ import annotations

import re

from guidelines.deid._data import Gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.cues import (
    DISEASE_AFTER,
    DISEASE_BEFORE,
    LIVE_VERBS,
    LOCATION_CUES,
    ORG_HEADS_AFTER,
    ORG_HEADS_BEFORE,
    PARTICLES,
    POSSESSIVES,
    RELATIVES,
    SCREEN_CONTEXT,
    STRICT_TITLES,
    STRONG_LOCATION_CUES,
    TITLES,
    WORK_WORDS,
    word_set,
)
from guidelines.deid.detectors.places import EN_STREET_WORDS, FR_STREET_WORD_SET
from guidelines.deid.doc import (
    CAP_PARTICLES,
    DRUG_SUFFIX,
    MEDICAL_SHAPE,
    NAME_VERBS,
    Doc,
    acronym,
    base_end,
    base_fold,
    medical_compound,
    prev_word_index,
)

# Particles that open a surname and are no ordinary French or English word ("de", "la" are).
# Particles read only with their capital: Māori "Te" (Aroha Te Rangi, Hine Te Whata), never French "te".
_CAP_ONLY_PARTICLES = word_set("te")
# « gare d'Orange », « la commune de Spa », « la ville de Nice »: a town after the noun of a place
_PLACE_NOUNS = word_set("gare commune ville village canton arrondissement agglomeration")
_LOWER_PARTICLES = word_set(
    "ni nic mc mac ap van von da di dos das del della bin ben ibn al el abu ter ten ould bint"
)


class NameBase:
    """State and word tests shared by the person, place and organisation rules."""

    def __init__(self, doc: Doc, g: Gazetteers, out: list[Candidate]) -> None:
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
        base = base_fold(doc, i)
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
        } and not (i > 0 and doc.folded[prev_word_index(doc, i)] in STRICT_TITLES)

    def name_like(self, i: int, mode: str) -> bool:
        """Whether token i can be part of a personal name in the given context mode."""
        doc = self.doc
        if i >= len(doc.words) or not doc.is_word[i]:
            return False
        f = base_fold(doc, i)
        g = self.g
        cap = doc.cap[i]
        if self._medical_here(i, f) or len(f) < 2:
            return False
        e0 = doc.spans[i][1]
        if (e0 < len(doc.text) and doc.text[e0].isdigit()) or acronym(doc.words[i]):
            return False  # "HbA1c", "UTIs", acronyms
        if f in g.stopwords and not (
            cap
            and not doc.sent_start[i]
            and (
                (mode != "gazetteer" and self.is_first(f))
                # a listed surname that is also an ordinary word, after a title: « le Dr Petit »
                or (mode == "title" and f in g.surnames and f not in TITLES)
            )
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
            and not MEDICAL_SHAPE.search(f)
            and not medical_compound(f, g)
            and not (drug_check and DRUG_SUFFIX.search(f))
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
            gap = doc.spans[k][0] - doc.spans[k - 1][1]
            if gap > 1 or not doc.is_word[k] or (gap and doc.text[doc.spans[k - 1][1]] in "\n\r"):
                break  # a name never runs onto the next line ("Mme Sylvie Valette⏎Dysphorie de genre")
            if base_end(doc, k - 1) != doc.spans[k - 1][1]:
                break  # possessive ends the name: "Tom's mum"
            f = base_fold(doc, k)
            if (
                (f in PARTICLES or (f in _CAP_ONLY_PARTICLES and doc.cap[k]))
                and k + 1 < n
                and doc.cap[k + 1]
                and doc.is_word[k + 1]
                and not doc.words[k + 1].isupper()
                and doc.folded[k + 1] not in ORG_HEADS_BEFORE
                and not (f in {"de", "d'", "du"} and doc.folded[k + 1] in g.cities.single)
                and (doc.cap[k] is False or f in CAP_PARTICLES)
                and base_fold(doc, k + 1) not in g.stopwords
            ):
                k += 1
                continue
            if (
                lowercase_ok
                and f in _LOWER_PARTICLES
                and not doc.cap[k]
                and k + 1 < n
                and doc.is_word[k + 1]
                and not doc.cap[k + 1]
                and doc.spans[k + 1][0] - doc.spans[k][1] == 1
                and (
                    base_fold(doc, k + 1) in g.surnames or self.unknown_word(base_fold(doc, k + 1))
                )
                and base_fold(doc, k + 1) not in g.cities.single
            ):
                k += 1  # "siobhán ní bhriain", "maria da silva" typed in lowercase
                continue
            if lowercase_ok and f in ("le", "la") and not doc.cap[k] and self._article_surname(k):
                k += 1  # "yannick le goff", "marie le bihan": a listed surname, no ordinary word
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

    def _article_surname(self, k: int) -> bool:
        """Token k is « le »/« la » typed in lowercase and the next word a listed surname that is no ordinary
        word, medicine or town: "yannick le goff", "marie le bihan" (never "marie le soir")."""
        doc = self.doc
        g = self.g
        if k + 1 >= len(doc.words) or not doc.is_word[k + 1] or doc.cap[k + 1]:
            return False
        f = base_fold(doc, k + 1)
        return (
            doc.spans[k + 1][0] - doc.spans[k][1] == 1
            and f in g.surnames
            and f not in g.common
            and f not in g.medical
            and f not in g.stopwords
            and f not in g.cities.single
        )

    def emit_person(self, j: int, k: int, pri: int) -> None:
        doc = self.doc
        if doc.folded[j] in self.g.fictional_doctors and self.screen:
            prev = prev_word_index(doc, j, frozenset({".", ","}))
            if prev >= 0 and doc.folded[prev] in TITLES:
                return
        start = doc.spans[j][0]
        end = base_end(doc, k - 1)
        if end > start:
            self.out.append(Candidate(start, end, "PERSON", pri))

    # ------------------------------------------------------------ the pass
    def _possessed(self, j: int) -> bool:
        doc = self.doc
        for k in range(j - 1, max(-1, j - 5), -1):
            if doc.folded[k] in POSSESSIVES:
                return True
            if doc.folded[k] in {".", "!", "?"}:
                return False
        return False

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
        return nxt in NAME_VERBS and nxt not in {"a", "est", "is", "was", "has", "had"}

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
                doc.folded[j - 1] in EN_STREET_WORDS
                or doc.folded[j - 1] in FR_STREET_WORD_SET
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
            in {"pres", "proche", "originaire", "region", "cote", "banlieue", "coin"} | _PLACE_NOUNS
        ):
            return True
        return f in LIVE_VERBS

    def _work_context(self, i: int) -> bool:
        """A work word shortly before token i: 'at work (Carrefour)', 'mon boulot chez'."""
        return any(self.doc.folded[k] in WORK_WORDS for k in range(max(0, i - 4), i))
