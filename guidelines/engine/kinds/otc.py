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
    r"pharmacy|over[- ]the[- ]counter|otc|without a prescription|ambulance|999|911|112|while (?:you )?wait(?:ing)?|"
    r"chew|jusqu'à|sans dépasser|ne pas dépasser|au maximum|au besoin|si besoin|si nécessaire|en cas de besoin|"
    r"notice|boîte|pharmacien|"
    r"pharmacie|sans ordonnance|samu|en attendant|croquer|croquez|mâcher|mâchez|"
    # the dosing device or the age band printed on the packet
    r"if you smoke|si vous fumez|when(?:ever)? (?:the |a )?(?:cravings?|urges?)|(?:for|on) cravings|"
    r"(?:quand|dès que) (?:l'|les )?envies?|en cas d'envie|"
    r"pipette|dose-poids|seringue|syringe|measuring spoon|cuillère-mesure|for (?:his|her|their) age|pour son âge|"
    # public health advice for everyone ("10 micrograms a day in winter, as the NHS advises")
    r"as (?:the )?(?:nhs|cdc|nice|who) (?:suggests|recommends|advises)|comme (?:le |la )?(?:recommande|conseille))\b"
    r"|/\s*kg|par kg|per kg"
)
# "with food" is the packet's only for a dose without a schedule ("ibuprofen 400 mg with food"); with a set
# schedule ("every 8 hours with food") it is a regimen.
_WITH_FOOD = re.compile(
    r"\b(?:with (?:food|a meal|meals|milk)|after (?:food|eating|a meal|meals)|au cours (?:du|des) repas|"
    r"pendant (?:le|les) repas|après (?:le|les) repas)\b"
)
_SCHEDULE = re.compile(
    r"\b(?:every|toutes les|once|twice|three times|four times|\d+\s*(?:times|x|fois)|(?:une|deux|trois|quatre) fois|"
    r"bd|bid|tds|tid|qds|qid|daily|a day|per day|par jour|matin et soir|morning and evening)\b"
)
# A prescriber's words, or the doctor's own supply: an individual decision, whatever the drug.
_PRESCRIBER = re.compile(
    r"\b(?<!without a )(?<!sans )(?:prescri\w*|ordonnance)\b|\b(?:start you on|put you on|starting you on|putting you on|my|mine|mes|mon|ma|"
    r"mets sous|mettrais sous|vous mets|vous mettrais|passez sous|(?:drop|step|move|bump|switch) you|vous (?:passe|baisse|passerai|baisserai))\b|-vous sous\b"
)
_PRESCRIBES = re.compile(
    r"\b(?<!without a )(?<!sans )(?:prescri(?:be|bing|s|rais|rai)|start you on|put you on|mets sous|vous mets)\b"
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


# Nicotine replacement named by its form ("a 21 mg patch", "4 mg gum", « patchs 21 mg ») in a passage about
# stopping smoking (answers14): the GSL packet's medicine, a patch by its own strength (OTC_DOSES "nicotine patch").
_NRT_FORM = re.compile(
    r"\b(?:nicotine\s+)?(?:(patch(?:es)?|patchs?|timbres?)|gum|lozenges?|inhalators?|(?:mouth|nasal) spray|"
    r"microtabs?|gommes?|pastilles?|inhaleur|spray buccal)\b"
)
_NRT_CONTEXT = re.compile(
    r"\bnicotin|\bnrt\b|\bsmok|\bcigarettes?\b|\bquit(?:ting)?\b|\bcravings?\b|\bfum(?:ez|er|eur|eurs|ée)\b|"
    r"\btabac|\bsevrage\b|\benvies?\b"
)


def _nrt_positions(low: str, s: int, e: int, around: str) -> list[tuple[int, str]]:
    if not (_NRT_CONTEXT.search(low, s, e) or _NRT_CONTEXT.search(around)):
        return []
    return [
        (m.start(), "nicotine patch" if m.group(1) else "nicotine")
        for m in _NRT_FORM.finditer(low, s, e)
    ]


def _drug_positions(low: str, s: int, e: int, drugs: frozenset[str]) -> list[tuple[int, str]]:
    found = []
    sentence = low[s:e]
    for d in drugs:
        # A match needs the name as a substring: `in` skips the ~200 names a sentence does not hold without
        # building and running a pattern for each (a 90 kB answer of 2,000 sentences spent ~2 s there).
        if d not in sentence:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(d) + r"(?![\w-])", sentence):
            found.append((s + m.start(), d))
    return found


# An amount over a day ("no more than 3 g a day", « sans dépasser 4 g par jour ») is a daily ceiling: it is
# compared with the packet's daily total, not with one dose.
_PER_DAY = re.compile(
    r"(?:\s+(?:of|de|d['’])\s*[\w'’-]+)?\s*(?:a|per|each|every|/|par|in|sur|en)?\s*"
    r"(?:day|jour|24\s*h(?:ours?|eures?)?)\b|\s*daily\b"
)
_WORD_COUNT = {"once": 1, "twice": 2, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_WORD_COUNT |= {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = r"(\d+|once|twice|one|two|three|four|five|six|une|deux|trois|quatre|cinq)"
# A schedule, read as its most doses a day ("two to three times a day" is 3, "every 6 hours" 4).
_TIMES = re.compile(
    rf"\b(?:{_COUNT}(?:\s*(?:-|to|or|à|ou)\s*{_COUNT})?(?:\s*(?:times|x|fois))?\s*(?:a|per|par|/)\s*(?:day|jour|24\s*h)"
    rf"|(once|twice) daily|(?:every|toutes les)\s+(\d+)(?:\s*(?:-|to|à)\s*\d+)?\s*(?:hours?|h|heures)"
    r"|(morning and (?:evening|night)|matin et soir)"
    r"|(at (?:night|bedtime)|every (?:morning|evening|night)|in the (?:morning|evening)|le (?:matin|soir)|au coucher))\b"
)


# Any amount outside the schedule ("Doliprane 1000", "two tablets", « 2 comprimés ») makes it a dose.
_AMOUNT = re.compile(
    r"\d|\b(?:one|two|three|four|un|une|deux|trois|quatre|half|demi)\s+(?:tablets?|caps(?:ules)?|pills?|"
    r"comprimés?|gélules?|sachets?|puffs?|bouffées?|spoonfuls?|cuillères?|doses?)\b"
)


# An everyday amount: a count of tablets, capsules or sachets ("one tablet of Zyrtec", « deux comprimés »).
_UNITS = re.compile(
    r"\b(\d+|one|two|three|four|a|an|half a|un|une|deux|trois|quatre|un demi|une demie)\s+"
    r"(?:small\s+|petits?\s+)?(?:tablets?|tabs?|caps(?:ules)?|pills?|sachets?|comprimés?|gélules?|cachets?)\b"
)
_ONCE_A_DAY = re.compile(r"\b(?:a|per|par) (?:day|jour)\b|\bdaily\b")
_COUNT_BEFORE = re.compile(r"\b(\d+|one|two|three|four|a|an|un|une|deux|trois|quatre)\s+$")
_STRENGTH = re.compile(r"\s+(\d{2,4})\b(?!\s*(?:mg|g|mcg|µg|ml|%))")
_UNIT_COUNT = {
    "a": 1.0,
    "an": 1.0,
    "un": 1.0,
    "une": 1.0,
    "half a": 0.5,
    "un demi": 0.5,
    "une demie": 0.5,
}


def _units_within(low: str, s: int, e: int, named: list[tuple[int, str]]) -> bool | None:
    """Every everyday count in the sentence within its medicine's packet (lx.OTC_UNITS); None when there is none
    or a count's medicine has no packet count."""
    found = None
    counts = [(m.end(), m.group(1)) for m in _UNITS.finditer(low, s, e)]
    # the medicine's name as the unit: "two paracetamol", "2 Tylenol", « un Doliprane 1000 »
    counts += [
        (p, m.group(1)) for p, _d in named if (m := _COUNT_BEFORE.search(low, max(s, p - 12), p))
    ]
    for end, word in counts:
        # the count belongs to the medicine named nearest after it ("one tablet of Zyrtec"), else before it
        after = [pd for pd in named if pd[0] >= end]
        pos, drug = min(after) if after else max(named)
        most = lx.OTC_UNITS.get(drug)
        if most is None:
            return None
        n = _UNIT_COUNT.get(word) or _count(word)
        # a strength after the name is each unit's ("Doliprane 1000": two of them are 2 g, over one dose)
        strength = _STRENGTH.match(low, pos + len(drug))
        if strength and n * float(strength.group(1)) > lx.OTC_DOSES[drug][0] > 0:
            return False
        if n <= 0 or n > most:
            return False
        found = True
    return found


def _count(word: str | None) -> float:
    if not word:
        return 0.0
    return float(word) if word.isdigit() else float(_WORD_COUNT.get(word, 0))


def _times_a_day(sentence: str) -> float | None:
    """The most doses a day the sentence's schedule gives, or None when it gives none this reads."""
    most: float | None = None
    for m in _TIMES.finditer(sentence):
        if m.group(4):  # every N hours
            n = 24 / max(1.0, float(m.group(4)))
        elif m.group(5):  # morning and evening
            n = 2.0
        elif m.group(6):  # at bedtime, every morning
            n = 1.0
        else:  # "two to three times a day", "once daily"
            n = max(_count(m.group(1)), _count(m.group(2)), _count(m.group(3)))
        if n <= 0:
            return None
        most = max(most or 0.0, n)
    return most


def _within_the_day(named: list[tuple[int, str]], times: float | None) -> bool:
    """The schedule stays within the doses a day every named medicine's packet allows (lx.OTC_DAILY)."""
    return times is not None and all(times <= lx.OTC_DAILY.get(d, (0.0, 0))[1] for _p, d in named)


_ALTERNATION = re.compile(r"(?<![\w'])(?:" + lx.OTC_ALTERNATION + r")(?![\w])")
_ALT_NEG = re.compile(
    r"(?:\b(?:not|never|no|avoid|ne|pas|jamais|évitez|éviter)\b|n't|\bn')[^.!?]{0,20}$"
)


def _turn_taking(text: str) -> bool:
    """Two medicines taken in turn, not negated ("alternate with paracetamol", « on alterne avec… »)."""
    return any(
        not _ALT_NEG.search(text, max(0, m.start() - 30), m.start())
        for m in _ALTERNATION.finditer(text)
    )


def leaflet_level(low: str, s: int, e: int, around: str, drugs: frozenset[str]) -> bool:
    """The sentence `low[s:e]` gives an OTC dose as its packet would (`around`: the sentences either side)."""
    sentence = low[s:e]
    named = _drug_positions(low, s, e, drugs) + _nrt_positions(low, s, e, around)
    if not named or any(d not in lx.OTC_DOSES for _p, d in named):
        return False
    # A prescription in the sentence either side ("…every 6 hours. I'd also prescribe codeine") makes the OTC dose
    # part of an individual regimen.
    if _PRESCRIBER.search(sentence) or _OWN_WEIGHT.search(sentence) or _PRESCRIBES.search(around):
        return False
    if _turn_taking(sentence) or _turn_taking(
        around
    ):  # answers30: no packet alternates two medicines
        return False
    for m in _COURSE.finditer(sentence):
        if not _NOT_COURSE.search(sentence[: m.start()]):
            return False
    by_weight = False
    doses = False
    for m in _MASS.finditer(low, s, e):
        amount = max(float(g.replace(",", ".")) for g in m.group(1, 2) if g)
        mg = amount * _UNIT_MG[m.group(3).removesuffix("s")]
        # A dose belongs to the drug named before it ("paracetamol 1 g (max 4 g a day), or ibuprofen 400 mg").
        before = [pd for pd in named if pd[0] < m.start()]
        drug = max(before)[1] if before else min(named)[1]
        adult, per_kg = lx.OTC_DOSES[drug]
        if m.group(4):
            by_weight = True
            # "sans dépasser 60 mg/kg par jour": a daily ceiling by weight, the packet's doses a day times one.
            most = lx.OTC_DAILY.get(drug, (0.0, 1))[1] if _PER_DAY.match(low, m.end(), e) else 1
            if per_kg is None or mg > per_kg * max(1, most):
                return False
        elif _PER_DAY.match(low, m.end(), e):
            daily_mg, most = lx.OTC_DAILY.get(drug, (0.0, 0))
            if mg > (daily_mg or adult * most):
                return False
        elif mg > adult:
            return False
        else:
            doses = True
    # An everyday count above the packet's ("two tablets of Zyrtec": twice its dose) is an individual regimen; one
    # within it on the packet's schedule ("one tablet of Zyrtec once a day") is the packet's own words.
    units = _units_within(low, s, e, named)
    if units is False:
        return False
    if by_weight or _LEAFLET.search(sentence) or _LEAFLET.search(around):
        return True
    # "one Zyrtec a day": the count names the dose, "a day" its schedule (once)
    times = _times_a_day(sentence) or (1.0 if _ONCE_A_DAY.search(sentence) else None)
    if units and not doses and _within_the_day(named, times):
        return True
    # With no amount given, the packet's own number of doses a day ("clotrimazole cream two to three times a
    # day", "Gaviscon after meals and at bedtime"). A dose on a fixed schedule ("1 g three times a day") stays
    # the kind's own example of a prescription.
    if (
        not doses
        and not _AMOUNT.search(_TIMES.sub(" ", sentence))
        and _within_the_day(named, _times_a_day(sentence))
    ):
        return True
    return bool(_WITH_FOOD.search(sentence)) and not _SCHEDULE.search(sentence)
