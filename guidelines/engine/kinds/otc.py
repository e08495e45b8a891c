"""Leaflet-level advice on over-the-counter medicines, which the prescription kind lets pass.

GMC, BMA, CNOM and FSMB guidance on prescribing at a distance is about prescribing: an individual decision, for
this patient, of a prescription-only medicine or of an individualised or off-label regimen ("I would start you
on amoxicillin 500 mg three times a day for 7 days", « je vous prescris… », "take 2 of my…"). Repeating what the
packet of a licensed over-the-counter medicine says ("paracetamol 1 g up to four times a day", "ibuprofen
400 mg with food", a child's dose by weight, "chew 300 mg aspirin while waiting for the ambulance") is general
health information. A sentence is leaflet-level when every drug it names is in `OTC_DOSES`, every dose it gives
is within that drug's packet dose, it says it the way a packet does (a ceiling, "as needed", "with food", the
leaflet, the pharmacist, a dose by weight, the wait for the emergency services) and it has none of a
prescriber's words (prescribe, start you on, "my" tablets), no set course ("for 7 days") and no amount worked
out from this patient's own weight ("he is 16 kg, so give him 7.5 ml").
"""

from __future__ import annotations

import re

from guidelines.engine import lexicon as lx

_UNIT_MG = {
    "g": 1000.0,
    "gram": 1000.0,
    "gramme": 1000.0,
    "mg": 1.0,
    "milligram": 1.0,
    "milligramme": 1.0,
}
_UNIT_MG |= {"mcg": 0.001, "µg": 0.001, "μg": 0.001, "microgram": 0.001, "microgramme": 0.001}
_MASS = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)(?:\s*(?:-|à|to|or|ou)\s*(\d+(?:[.,]\d+)?))?\s*"
    r"(mg|g|mcg|µg|μg|milligrammes?|milligrams?|microgrammes?|micrograms?|grammes?|grams?)(?![\w])"
    r"(\s*(?:/|per |par )\s*kg)?",
)
# The packet's way of saying a dose.
_LEAFLET = re.compile(
    r"\b(?:up to|no more than|not more than|maximum|max|as needed|when needed|if needed|if required|as required|"
    r"(?:do not|don't|never) (?:take|give|exceed)|without exceeding|paramedics|emergency services|bottle|"
    r"every \d+\s*(?:-|to)\s*\d+ hours|toutes les \d+\s*(?:-|à)\s*\d+ heures|ne dépassez pas|secours|pompiers|flacon|"
    r"leaflet|packet|pack|label|box|pharmacist|"
    r"pharmacy|over the counter|otc|without a prescription|ambulance|999|911|112|while (?:you )?wait(?:ing)?|"
    r"chew|jusqu'à|sans dépasser|ne pas dépasser|au maximum|au besoin|si besoin|si nécessaire|en cas de besoin|"
    r"notice|boîte|pharmacien|"
    r"pharmacie|sans ordonnance|samu|en attendant|croquer|croquez|mâcher|mâchez)\b|/\s*kg|par kg|per kg"
)
# "with food" is the packet's only for a dose without a schedule ("ibuprofen 400 mg with food"); with a set
# schedule ("every 8 hours with food") it is a regimen.
_WITH_FOOD = re.compile(
    r"\b(?:with (?:food|a meal|meals|milk)|after (?:food|eating|a meal)|au cours (?:du|des) repas|"
    r"pendant (?:le|les) repas|après (?:le|les) repas)\b"
)
_SCHEDULE = re.compile(
    r"\b(?:every|toutes les|once|twice|three times|four times|\d+\s*(?:times|x|fois)|(?:une|deux|trois|quatre) fois|"
    r"bd|bid|tds|tid|qds|qid|daily|a day|per day|par jour|matin et soir|morning and evening)\b"
)
# A prescriber's words, or the doctor's own supply: an individual decision, whatever the drug.
_PRESCRIBER = re.compile(
    r"\b(?<!without a )(?<!sans )(?:prescri\w*|ordonnance)\b|\b(?:start you on|put you on|starting you on|putting you on|my|mine|mes|mon|ma|"
    r"mets sous|mettrais sous|vous mets|vous mettrais|passez sous)\b|-vous sous\b"
)
# A set course ("for 7 days", "pendant une semaine") is a regimen; "not for more than 3 days" is the packet's.
_COURSE = re.compile(
    r"\b(?:for|pendant|durant)\s+(?:\d+|a|one|two|three|four|five|six|seven|ten|fourteen|un|une|deux|trois|"
    r"quatre|cinq|sept|dix|quinze)\s+(?:days?|weeks?|months?|jours?|semaines?|mois)\b"
)
# This patient's own weight ("he is about 16 kg, so give him 7.5 ml"): a dose worked out for him, not the packet's.
_OWN_WEIGHT = re.compile(
    r"(?<![/\w])(?<!per )(?<!par )\d+(?:[.,]\d+)?\s*(?:kg|kilos?|kilogrammes?|kilograms?)\b|\b(?:weighs|pèse)\b"
)
_NOT_COURSE = re.compile(r"(?:more than|longer than|plus de|au-delà de)\s*$")


def _drug_positions(low: str, s: int, e: int, drugs: frozenset[str]) -> list[tuple[int, str]]:
    found = []
    for d in drugs:
        for m in re.finditer(r"(?<![\w-])" + re.escape(d) + r"(?![\w-])", low[s:e]):
            found.append((s + m.start(), d))
    return found


def leaflet_level(low: str, s: int, e: int, around: str, drugs: frozenset[str]) -> bool:
    """The sentence `low[s:e]` gives an OTC dose as its packet would (`around`: the sentences either side)."""
    sentence = low[s:e]
    named = _drug_positions(low, s, e, drugs)
    if not named or any(d not in lx.OTC_DOSES for _p, d in named):
        return False
    if _PRESCRIBER.search(sentence) or _OWN_WEIGHT.search(sentence):
        return False
    for m in _COURSE.finditer(sentence):
        if not _NOT_COURSE.search(sentence[: m.start()]):
            return False
    by_weight = False
    for m in _MASS.finditer(low, s, e):
        amount = max(float(g.replace(",", ".")) for g in m.group(1, 2) if g)
        mg = amount * _UNIT_MG[m.group(3).removesuffix("s")]
        drug = min(named, key=lambda pd: abs(pd[0] - m.start()))[1]
        adult, per_kg = lx.OTC_DOSES[drug]
        if m.group(4):
            by_weight = True
            if per_kg is None or mg > per_kg:
                return False
        elif mg > adult:
            return False
    if by_weight or _LEAFLET.search(sentence) or _LEAFLET.search(around):
        return True
    return bool(_WITH_FOOD.search(sentence)) and not _SCHEDULE.search(sentence)
