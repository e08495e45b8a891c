"""Word lists about clinical content: drugs, doses, conditions, care, emergencies, sources, eponyms."""

from __future__ import annotations

from guidelines.engine.lexicon._files import alternation, entries
from textkit.lists import shared_list

# Common drugs (generic and brand names, EN and FR).
DRUGS: tuple[str, ...] = entries("drugs")
# A drug by its INN stem (WHO 2018), when the list lacks it or its other spelling (answers24).
DRUG_STEMS: str = alternation("drug_stems")

# Dose units and dose forms (a number followed by one of these is a dose).
DOSE_UNITS: tuple[str, ...] = entries("dose_units")
# "a"/"un" are left out: "use a saline spray twice a day" is self-care, not a dose.
NUMBER_WORDS: tuple[str, ...] = entries("number_words")

# Individual diagnoses: condition words and the suffixes of condition names.
CONDITIONS: tuple[str, ...] = entries("conditions")
CONDITION_SUFFIXES_EN = r"[a-z]{3,}(?:itis|osis|oma|a?emia|pathy|algia|plasia|trophy|ectasis|iasis)"
CONDITION_SUFFIXES_FR = r"[a-zàâçéèêëîïôûùüÿœ]{3,}(?:ite|ose|ome|émie|pathie|algie|plasie|trophie)"
# French words with those endings that are not conditions.
NOT_CONDITIONS_FR: frozenset[str] = frozenset(entries("not_conditions_fr"))

# Care relationship (first person engagement beyond the platform).
CARE_EN: tuple[str, ...] = entries("care_en")
CARE_FR: tuple[str, ...] = entries("care_fr")
# A care relationship read as a sentence (kinds/care_offer.py, answers13): the writer as the carer, the reader
# reporting back, a recurrence or next time, and what would be reported.
CARE_OFFER_SELF: tuple[str, ...] = entries("care_offer_self")
CARE_OFFER_WEAK: tuple[str, ...] = entries("care_offer_weak")
CARE_OFFER_REPORT: tuple[str, ...] = entries("care_offer_report")
CARE_OFFER_TIME: tuple[str, ...] = entries("care_offer_time")
CARE_OFFER_DATA: tuple[str, ...] = entries("care_offer_data")

# Phrases that show emergency guidance in an answer.
EMERGENCY_PHRASES_EN: tuple[str, ...] = entries("emergency_phrases_en")
EMERGENCY_PHRASES_FR: tuple[str, ...] = entries("emergency_phrases_fr")
EMERGENCY_NUMBERS: tuple[str, ...] = entries("emergency_numbers")
# An emergency referral put off (kinds/referral.py, answers15): a condition of change to come or a later time,
# and a past time that makes the mention a recollection.
REFERRAL_LATER_IF: str = alternation("referral_later_if")
REFERRAL_PAST: str = alternation("referral_past")
REFERRAL_FALLBACK: str = alternation("referral_fallback")
# Diagnosis frames (kinds/diagnosis_frame.py, answers15): window fillers, bets, "consistent with" frames that need
# a certainty marker, further certainty markers, and the verbs of a diagnosis reported from someone else.
DX_FILLER: frozenset[str] = frozenset(entries("dx_filler"))
DX_WAGER: str = alternation("dx_wager")
DX_FIT: str = alternation("dx_fit")
DX_CERTAIN: str = alternation("dx_certain")
# the assessment that confirms a developmental or psychiatric diagnosis, when waived (answers30)
DX_ASSESSMENT: str = alternation("dx_assessment")
# a condition named by its lesion and the part it is in (answers21)
DX_LESIONS: str = alternation("dx_lesions")
# clinical nouns without a condition suffix, and the parts an injury verb names as damaged (answers24)
DX_CLINICAL_HEADS: str = alternation("dx_clinical_heads")
DX_INJURY_PARTS: str = alternation("dx_injury_parts")
DX_ATTRIBUTION: str = alternation("dx_attribution")
DX_NAMING: str = alternation("dx_naming")
DX_FLAT_STOPS: frozenset[str] = frozenset(entries("dx_flat_stops"))
DX_REPORTED_AFTER: str = alternation("dx_reported_after")
DX_RISK_WORDS: tuple[str, ...] = entries("dx_risk_words")
DX_RELATIVES_EN: str = "|".join(e for e in entries("dx_relatives") if not e.startswith("fr:"))
DX_RELATIVES_FR: str = "|".join(e[3:] for e in entries("dx_relatives") if e.startswith("fr:"))
DX_STATES: tuple[str, ...] = entries("dx_states")
DX_ORGANS: str = alternation("dx_organs")
DX_ORGAN_STATES: str = alternation("dx_organ_states")

# Names of citable sources (matched with their case when written in capitals).
CITATION_NAMES: tuple[str, ...] = entries("citation_names")

# Eponyms and other names that are not patients.
# One list for the three cores (textkit/data/eponyms.txt), lower-cased as the engine compares.
EPONYMS: tuple[str, ...] = tuple(dict.fromkeys(e.lower() for e in shared_list("eponyms")))

# Over-the-counter medicines and their leaflet's highest single dose: name -> (adult mg, child mg/kg or None).
# two fever or pain medicines taken in turn: no packet says it (kinds/otc.py, answers30)
OTC_ALTERNATION: str = alternation("otc_alternation")
OTC_DOSES: dict[str, tuple[float, float | None]] = {
    " ".join(parts[:-2]): (float(parts[-2]), None if parts[-1] == "-" else float(parts[-1]))
    for parts in (line.split() for line in entries("otc_doses"))
}
# The most everyday units (tablets, capsules, sachets) the packet gives for one adult dose: name -> count.
OTC_UNITS: dict[str, int] = {
    " ".join(parts[:-1]): int(parts[-1])
    for parts in (line.split() for line in entries("otc_units"))
}
# What the packet allows in a day: name -> (adult mg a day or 0, most doses a day).
OTC_DAILY: dict[str, tuple[float, int]] = {
    " ".join(parts[:-2]): (float(parts[-2]), int(parts[-1]))
    for parts in (line.split() for line in entries("otc_daily"))
}
# The writer watching over the problem, and the reader sending data on, in neighbouring sentences (answers14).
CARE_OFFER_AGENT: tuple[str, ...] = entries("care_offer_agent")
CARE_OFFER_SEND: tuple[str, ...] = entries("care_offer_send")
