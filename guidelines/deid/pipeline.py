"""The detection pipeline: pattern detectors, the token pass, overlap resolution, propagation."""

from __future__ import annotations

import functools
import re

from textkit.folding import fold

from ._data import Gazetteers, gazetteers
from .candidate import PRI_ORG_HEAD, PRI_PERSON_CUE, PRI_PERSON_GAZ, SKIP, Candidate
from .cues import DISEASE_AFTER, DISEASE_BEFORE, TITLES
from .detectors.address_grammar import detect_address_grammar
from .detectors.age_forms import ages_after_names
from .detectors.chat_handles import chat_handles
from .detectors.date_chains import detect_date_chains
from .detectors.name_forms import name_forms
from .detectors.name_phrases import detect_name_phrases
from .detectors.numbers import detect_age_nouns
from .detectors.relative_dates import detect_relative_dates
from .detectors.spoken_numbers import SPOKEN_TRIGGERS, detect_spelt_postcodes, detect_spoken_numbers
from .detectors.structure import detect_structure
from .dispatch import detect_patterns
from .doc import PRODUCT_DETERMINERS, Doc, product_context
from .medical_veto import drop_final_medical, drop_medical_words
from .names.city_slots import city_slots
from .names.complete import complete_addresses, complete_organizations
from .names.coref import one_person_one_name
from .names.full_names import full_names
from .names.job_cues import detect_job_names
from .names.joins import join_person_parts
from .names.labelled import FIELD_ONLY, detect_fields
from .names.nicknames import nicknames
from .names.openers import tagger_opener
from .names.org_cues import detect_orgs_after_cues
from .names.org_heads import detect_org_heads
from .names.org_public import detect_public_orgs
from .names.org_services import completed_kinds, completed_stations, detect_org_services
from .names.org_shapes import detect_orgs_by_kind
from .names.org_words import detect_org_words, extend_org_tails
from .names.products import drop_products
from .names.regions import drop_region_words
from .names.service_units import detect_service_units
from .names.strong_cues import detect_caps_names, detect_strong_cue_names
from .names.tokenpass import NamePass
from .names.town_region import detect_town_before_region
from .number_tails import id_suffixes, phone_extensions
from .tagger import confident_spans
from .triggers import AGE_NUMBER, MONTH_WORDS, POSTCODE_CUE_WORDS, shouting

_BIRTH_WORDS = frozenset({"born", "ne", "nee", "dob", "birth", "naissance", "birthday"})


def _spoken_worth(doc: Doc, words: frozenset[str]) -> bool:
    """Two number words (or one after a birth cue): numbers may be said in words."""
    n = 0
    for f in doc.folded:
        if f in SPOKEN_TRIGGERS or ("-" in f and f.split("-", 1)[0] in SPOKEN_TRIGGERS):
            n += 1
            if n >= 2:
                return True
    return n >= 1 and not words.isdisjoint(_BIRTH_WORDS)


# The statistical tagger's confident spans: below every rule and gazetteer, so they only add
# what the rules missed (and are trimmed where they overlap a rule's span).
PRI_TAGGER = 40
# ...except a phrase of several words it is near-certain of, which outranks a list match alone
# inside it ("St Patrick's Day" is a date, not the name Patrick), never a cue or a pattern.
PRI_TAGGER_PHRASE = PRI_PERSON_GAZ + 1
# A capitalised unknown word with no cue (the weakest rule, PRI_PERSON_GAZ - 8) is dropped when the
# tagger is this sure that it is no identifier: "can Dermol be used", "le Visanne me donne".
PRI_SHAPE_ONLY = PRI_PERSON_GAZ - 8
VETO_OUTSIDE = 0.9


def _shape_only_tokens(cands: list[Candidate], doc: Doc) -> dict[Candidate, list[int]]:
    """The tokens of each capitalised unknown word with no cue (the veto's candidates)."""
    return {
        c: [k for k, (s, e) in enumerate(doc.spans) if c.start <= s and e <= c.end]
        for c in cands
        if c.priority == PRI_SHAPE_ONLY and c.label in ("PERSON", "CITY")
    }


def _veto_shape_only(
    cands: list[Candidate], shape_only: dict[Candidate, list[int]], outside: dict[int, float]
) -> list[Candidate]:
    out = []
    for c in cands:
        probs = [outside[k] for k in shape_only.get(c, ())]
        if probs and min(probs) >= VETO_OUTSIDE:
            continue
        out.append(c)
    return out


_TRAILING_PARTICLES = re.compile(
    r"(?:\s+(?:de|du|des|la|le|les|van|von|da|di|d'|l'|of|the|and|et))+$", re.I
)
_TRIMMABLE = frozenset({"PERSON", "CITY", "ORGANIZATION", "ADDRESS"})
_EDGE = " \t\n,.;:()'’-"


def _product_word(doc: Doc, start: int, end: int, label: str = "PERSON") -> bool:
    """A name the tagger is sure of whose capitalised words all sit in a product's context
    ("Is Hedrin safe", "can I take Zolbrina"; an organisation only by the verb, the safety
    question or a medicine beside it; a place too: "j'applique du Vexoline sur la plaie")."""
    idx = [
        k
        for k, (s, e) in enumerate(doc.spans)
        if start <= s
        and e <= end
        and doc.cap[k]
        # "Le Morphidal est dangereux ?": the article opening the sentence is no part of the name
        and not (doc.sent_start[k] and doc.folded[k] in PRODUCT_DETERMINERS)
    ]
    medical = gazetteers().medical
    return len(idx) == 1 and product_context(doc, idx[0], medical, label == "PERSON")


def _resolve(cands: list[Candidate], text: str) -> list[Candidate]:
    """Greedy by priority then length; a word-based span that overruns a stronger one is trimmed."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        start, end = c.start, c.end
        head_cut = False
        for t in chosen:
            if start < t.end and t.start < end:
                if c.label not in _TRIMMABLE or (t.start > start and t.end < end):
                    start = end  # overlap in the middle (or a pattern span): drop it
                    break
                if t.start <= start:
                    start = t.end
                    head_cut = head_cut or (
                        t.label == "ORGANIZATION" and t.priority >= PRI_ORG_HEAD
                    )
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
            if head_cut and c.priority == PRI_TAGGER and _function_opens(text, start):
                continue  # the tagger's tail of a name an organisation took ("… Suite] when Grandad's")
            if c.label == "ORGANIZATION" and end < c.end and fold(text[start:end]) in FIELD_ONLY:
                continue  # "Employer" left of "Employer Tesco" once the field's name is taken
        chosen.append(Candidate(start, end, c.label, c.priority))
    chosen.sort(key=lambda c: c.start)
    return chosen


def _function_opens(text: str, start: int) -> bool:
    """The text at `start` opens with a lowercase function word ("when", « s'occupent »)."""
    m = re.match(r"[a-zà-ÿ]+", text[start:])
    return m is not None and fold(m.group()) in gazetteers().stopwords


@functools.cache
def _frequent() -> frozenset[str]:
    """Words a misspelt month or weekday never is: frequent words and first names."""
    g = gazetteers()
    return g.common | g.first_names


def detect(text: str, lang: str = "en") -> list[Candidate]:
    """All non-overlapping identifier spans in text, sorted by start."""
    del lang  # both languages' cues are always on: patients mix them
    cands: list[Candidate] = []
    doc = Doc(text)
    detect_patterns(text, doc, cands)
    words = frozenset(doc.folded)
    if _spoken_worth(doc, words):
        detect_spoken_numbers(text, not words.isdisjoint(MONTH_WORDS), cands)
    if not words.isdisjoint(POSTCODE_CUE_WORDS):
        detect_spelt_postcodes(text, cands)
    detect_address_grammar(text, words, cands)
    detect_structure(text, words, gazetteers(), cands)
    detect_relative_dates(text, words, cands, list(zip(doc.folded, doc.spans, strict=True)))
    detect_name_phrases(text, words, gazetteers(), cands)
    detect_orgs_by_kind(text, gazetteers(), cands)
    detect_public_orgs(text, gazetteers(), cands)
    detect_service_units(text, cands)
    detect_org_heads(text, gazetteers(), cands)
    detect_orgs_after_cues(text, doc, gazetteers(), cands)
    detect_fields(text, doc, gazetteers(), cands)
    detect_org_words(text, doc, gazetteers(), cands)
    detect_org_services(text, doc, gazetteers(), cands)
    detect_town_before_region(text, cands)
    detect_job_names(text, gazetteers(), cands)
    detect_age_nouns(text, words, cands)
    detect_strong_cue_names(text, gazetteers(), cands)
    detect_caps_names(text, gazetteers(), cands)
    NamePass(doc, gazetteers(), cands).run()
    detect_date_chains(text, _frequent(), cands)  # after the names: it must see what it crosses
    multi: list[bool] = []
    shape_only = _shape_only_tokens(cands, doc)
    at = {k for ks in shape_only.values() for k in ks}
    sure, outside = confident_spans(doc.words, doc.spans, doc.sent_start, multi, at)
    cands = _veto_shape_only(cands, shape_only, outside)
    cands += [
        Candidate(s, e, label, PRI_TAGGER_PHRASE if m else PRI_TAGGER)
        for (s, e, label), m in zip(sure, multi, strict=True)
        if not (label in _TRIMMABLE and _product_word(doc, s, e, label))
        and not (label == "PERSON" and tagger_opener(doc, s, e, gazetteers()))
    ]
    if shouting(text):
        # "MY SON DANIEL HAS A FEVER": capitals carry no signal; also read it as lowercase text.
        lowered = text.lower()
        if len(lowered) == len(text):
            NamePass(Doc(lowered), gazetteers(), cands).run()
    chosen = id_suffixes(text, [c for c in _resolve(cands, text) if c.label != SKIP])
    chosen = _not_medical_phrases(text, chosen, gazetteers())
    chosen = drop_medical_words(
        text, doc, drop_products(text, doc, chosen, gazetteers()), gazetteers()
    )
    chosen = full_names(doc, chosen, gazetteers())
    chosen = phone_extensions(text, chosen)
    joined = join_person_parts(text, _propagate(text, chosen, gazetteers()), gazetteers())
    joined = complete_organizations(text, drop_region_words(text, joined, gazetteers()))
    joined = completed_stations(text, extend_org_tails(text, joined))
    joined = complete_addresses(text, city_slots(text, joined, gazetteers()))
    joined = name_forms(text, completed_kinds(text, joined, gazetteers()), gazetteers())
    joined = nicknames(text, chat_handles(text, joined, gazetteers()))
    joined = one_person_one_name(text, joined, gazetteers())
    joined = drop_final_medical(text, joined, gazetteers())
    return ages_after_names(text, joined) if AGE_NUMBER.search(text) else joined


# A name straight before one of these is the name of a disease, a virus or a plant ("Ross River
# virus", "St John's wort", "Lyme disease"), unless a cue named the person.
_DISEASE_NOUN_AFTER = re.compile(r"[ \t]+(?:virus|disease|syndrome|fever|wort|palsy)\b", re.I)
# conditions by their endings ("hypotension", "anaemia", "arthrosis", "neuralgia")
_MEDICAL_ENDING = re.compile(
    r"(?:[^\W\d_]{3}tension|[ae]emia|itis|osis|algia|algie|pathy|pathie|plegia|trophy|megaly)$"
)
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _not_medical_phrases(text: str, chosen: list[Candidate], g: Gazetteers) -> list[Candidate]:
    """Drop name-like spans that are medicine: a name before a disease noun (weaker than a cue), a
    name typed in lowercase that holds a medical word ("it's postural hypotension")."""
    out = []
    for c in chosen:
        if c.label in ("PERSON", "CITY", "ORGANIZATION"):
            if c.priority < PRI_PERSON_CUE and _DISEASE_NOUN_AFTER.match(text, c.end):
                continue
            value = text[c.start : c.end]
            if (
                c.label == "PERSON"
                and value.islower()
                and " " in value
                and any(
                    fold(w) in g.medical or _MEDICAL_ENDING.search(w) for w in _WORDS.findall(value)
                )
            ):
                continue
        out.append(c)
    return out


_PROPAGATE = frozenset({"PERSON", "CITY", "ORGANIZATION"})


_EPONYM_DISEASE_AFTER = re.compile(
    r"(?:['’]s?)?[\s-]+(?:" + "|".join(sorted(DISEASE_AFTER)) + r")\b", re.I
)
_EPONYM_DISEASE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(DISEASE_BEFORE)) + r")\s+(?:de\s+|d['’]\s*|du\s+)?$", re.I
)


_TAKEN_BEFORE = re.compile(
    r"\b(?:on|takes?|taking|took|prend|prends|prenait|sous|with|avec|du|le|la|of|de)\s+$", re.I
)


def _word_town(f: str, g: Gazetteers) -> bool:
    """A value that is also an ordinary word and no person's name ("Spa", "Orange", "Nice")."""
    return f in g.ambiguous or (f in g.known and f not in g.first_names and f not in g.surnames)


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
                # "my sister Yasmin is on Yasmin": a name that is also a medicine does not spread
                # to the medicine taken
                and not (
                    fold(value) in g.medical and _TAKEN_BEFORE.search(text, max(0, pos - 12), pos)
                )
                # "la commune de Spa … au spa thermal": a word-town spreads to its capital form only
                and not (
                    occurrence[:1].islower() and value[:1].isupper() and _word_town(fold(value), g)
                )
                and not any(pos < c.end and c.start < end for c in chosen)
                and not any(pos < x.end and x.start < end for x in extra)
            ):
                extra.append(Candidate(pos, end, label, PRI_PERSON_GAZ))
            pos = haystack.find(needle, end)
    if not extra:
        return chosen
    return sorted(chosen + extra, key=lambda c: c.start)
