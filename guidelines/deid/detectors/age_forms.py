"""Ages over 89 in the shorthand and approximate forms people write.

HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C)) makes every age over 89 an identifier; the
aggregated category itself ("90 or older", "over 90") is not, so `over`/`past` are no cues here.
Forms (the corpora's label is `AGE_OVER_89`, the span the number with what is glued to it):

- the clinical shorthand of age and sex: `93F`, `91 M`, `93yoF`, `F/93`, `93/M` (capital F or M),
  never a temperature (`95F outside`, `temp 99F`, `a fever of 101F`) nor money or counts (`$93M`);
- approximate ages after a person: `nearly 95`, `almost 98`, `pushing 95`, `going on 96`,
  `coming up to 100`, `she hit 100`, `reached 100`, `made it to 100`, `bientôt 95`, `presque 95`,
  never after a vital sign or a score (`her sugar hit 100`, `sats nearly 95`);
- a birthday counted: `her 95th birthday`, `son 100e anniversaire`;
- a decade: `in her 90s`, `in his 90's`.
"""

from __future__ import annotations

import re

from guidelines.deid.candidate import PRI_AGE, Candidate
from guidelines.deid.cues import RELATIVES, word_set
from textkit.folding import fold

_N = r"(9\d|1[0-2]\d)"
# a temperature, money or a count near the number: no age
_NOT_SHORTHAND = re.compile(
    r"°|\btemp|fever|fi[èe]vre|degree|degr[ée]|thermomet|outside|weather|\bheat|\bhot\b|oven|"
    r"[$£€]|million|\bbn\b",
    re.I,
)
# "93F", "91 M", "93yoF", "93 y/o F", "93/F", "F/93": capital sex letters only (case-sensitive);
# a letter set apart by a space must end the phrase or be followed by a clinical continuation
_SHORTHAND = re.compile(
    r"(?<![\w.,/°$£€+-])(?:"
    + _N
    + r"(?:y\.?/?o\.?\s?|yrs?\s?)?/?[FM]|"
    + _N
    + r"\s?(?:y\.?/?o\.?\s?|yrs?\s?)?/?\s[FM](?=\s*(?:[,.;:)]|$|\s(?:with|w/|presenting|who|c/o|hx|pmh|"
    r"admitted|has|had|and|avec|qui|admise?)\b))|[FM]\s?/\s?"
    + _N
    + r")(?![\w/°.,]\d|[\w°%])(?!\s+(?:people|users|views|dollars|euros|pounds|miles|feet))"
)
_MONEY_AFTER = re.compile(r"\s*(?:\$|£|€|dollars|euros|pounds)", re.I)

_APPROX = re.compile(  # case-insensitive but for the capital after it
    r"(?i:\b(?:nearly|almost|approaching|pushing|going\s+on|coming\s+up\s+to|nigh\s+on|close\s+to|"
    r"knocking\s+on|getting\s+on\s+for|hit|hits|hitting|reached|reaches|reaching|made\s+it\s+to|"
    r"make\s+it\s+to|turns|will\s+be|celebrat(?:es|ed|ing)|lived\s+to|died\s+at|at|of|presque|"
    r"bient[ôo]t|pr[èe]s\s+de|approche\s+des|frise\s+les|va\s+sur\s+ses|a|aura|[àa]|de)|['’]ll\s+be|"
    r"['’]s)\s+(?i:the\s+(?:grand\s+old\s+)?age\s+of\s+)?" + _N + r"\b"
    # nothing counted after it (a unit, a count, a duration, a street) and no decimal
    r"(?![.,]\d|\s*[%/°$€£]|\s*(?i:mg|mcg|µg|g|kg|ml|l|bpm|mmhg|lbs?|cm|mm|m|km|miles?|min|minutes?|"
    r"hours?|hrs?|h|days?|weeks?|months?|times|x|jours?|fois|heures?|semaines?|mois|pills?|tablets?|"
    r"units?|degrees?|beats|steps|people|patients|points?|percent|pour\s*cent|euros?|dollars?|"
    r"pounds?|ans?|years?|yrs?|yo|y/o|ml/h|mg/dl)\b|\s+[A-Z][a-z])"
)
# "my dad 92 has…": a relative directly before the number
_RELATIVE_N = re.compile(
    r"\b(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|grandad|grandmother|grandfather|"
    r"mamie|mamy|papi|papy|grand-m[èe]re|grand-p[èe]re)\s+"
    + _N
    + r"\b(?=\s*(?:[.,;:!?)]|$|(?:has|had|is|was|and|who|with|a|est|et|qui)\b))",
    re.I,
)
# "il a 100 de fièvre", "elle a 95 en glycémie": a measure, not an age
_COUNTED_AFTER = re.compile(r"\s+(?:de|d['’]|en|of)\b", re.I)
_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?:she|he|i|elle|il|my|mon|ma)\b", re.I)
# a person the age belongs to, before it in the same clause
_PERSON = re.compile(
    r"\b(?:she|he|i|i['’]m|im|who|mum|mom|mam|mummy|dad|nan|nana|nanna|gran|granny|grandma|grandmother|"
    r"grandpa|grandad|granddad|grandfather|mother|father|aunt|auntie|uncle|husband|wife|patient|"
    r"resident|neighbou?r|elle|il|j['’]ai|je|m[èe]re|p[èe]re|mamie|mamy|papi|papy|grand-m[èe]re|"
    r"grand-p[èe]re|tante|oncle|mari|femme|voisine?)\b",
    re.I,
)
_VITAL = re.compile(
    r"pulse|heart|\bhr\b|\bbp\b|pressure|sugar|glucose|oxygen|\bsats?\b|saturation|\bspo2|temp|"
    r"weight|weigh|tension|pouls|glyc[ée]mie|poids|fr[ée]quence|score|level|taux|reading|count|"
    r"\bmark|\bgrade|percent|speed|\bmph\b|km|fever|fi[èe]vre",
    re.I,
)
_BIRTHDAY = re.compile(
    r"\b" + _N + r"(?:st|nd|rd|th|e|[èe]me)\s+(?:birthday|bday|b-day|anniversaire)\b", re.I
)
_DECADE = re.compile(
    r"\bin\s+(?:his|her|their|my|your|our)\s+(?:(?:late|early|mid)[\s-]+)?(?:90|9o)['’]?s\b", re.I
)


# "ma marraine, 92, vit seule", "his godfather (97)": a bare 90-129 in apposition to a person noun
_NOUN_THEN_N = re.compile(r"\b([^\W\d_][\w'’-]*)\s*[,(]\s*" + _N + r"(?=\s*(?:[,)—–.;:!?]|$))")
_PERSON_NOUNS = RELATIVES | word_set(
    "lady gentleman man woman godmother godfather great-grandmother great-grandfather great-aunt "
    "great-uncle parrain marraine arriere-grand-mere arriere-grand-pere aieul aieule dame homme "
    "monsieur madame pensionnaire residente resident patiente"
)


def _clause_before(text: str, start: int, width: int = 40) -> str:
    return re.split(r"[.!?;\n]", text[max(0, start - width) : start])[-1]


def detect_age_forms(text: str, out: list[Candidate]) -> None:
    """AGE_OVER_89 candidates of the forms above (the caller checks a 90-129 number is there)."""
    for m in _SHORTHAND.finditer(text):
        around = text[max(0, m.start() - 30) : m.end() + 15]
        if _NOT_SHORTHAND.search(around) or _MONEY_AFTER.match(text, m.end()):
            continue
        out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
    for m in _APPROX.finditer(text):
        before = _clause_before(text, m.start())
        after = re.split(r"[.!?;,\n]", text[m.end() : m.end() + 30])[0]
        if _VITAL.search(before) or _VITAL.search(after) or _COUNTED_AFTER.match(after):
            continue
        if _PERSON.search(before) or _PRONOUN_AFTER.match(text, m.end()):
            out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    for m in _NOUN_THEN_N.finditer(text):
        if fold(m.group(1)) in _PERSON_NOUNS:
            out.append(Candidate(m.start(2), m.end(2), "AGE_OVER_89", PRI_AGE))
    for m in _RELATIVE_N.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    for m in _BIRTHDAY.finditer(text):
        out.append(
            Candidate(m.start(), m.end() - len(m.group().split()[-1]) - 1, "AGE_OVER_89", PRI_AGE)
        )
    for m in _DECADE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))


# "Rose, 94, lives alone", "Albert (96)", "Rose — 94.": a bare 90-129 in apposition to a name found
_AFTER_NAME = re.compile(r"\s*[,(—–-]\s*(9\d|1[0-2]\d)(?=\s*(?:[,)—–.;:!?]|-\s|$))")


def ages_after_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Add the age set in apposition right after a PERSON span (run once the names are resolved)."""
    extra: list[Candidate] = []
    for c in chosen:
        if c.label != "PERSON":
            continue
        m = _AFTER_NAME.match(text, c.end)
        if m and not any(m.start(1) < x.end and x.start < m.end(1) for x in chosen):
            extra.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    if not extra:
        return chosen
    return sorted(chosen + extra, key=lambda c: c.start)
