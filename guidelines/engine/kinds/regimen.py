"""A full regimen for this case: the prescription kind's reading of a sentence with a drug, a dose, a frequency and
a set course (issue 16, branch answers8). Kept apart so that `prescription.py` stays short.
"""

from __future__ import annotations

import re

from guidelines.engine.fastmatch import Lexicon
from guidelines.engine.kinds.base import Doc, negated
from guidelines.engine.kinds.stance import quoted_spans

# A full regimen for this case (issue 16, answers8): a drug, a dose, a frequency and a set course in one sentence,
# whoever is addressed or named ("he needs amoxicillin 500 mg three times a day for seven days", "your dad should
# be on…", « il lui faut… pendant 7 jours »). Information frames ("the usual course is…", "NICE recommends…",
# "adults…") and conditions ("if…", « si… ») are not an individual regimen.
GENERAL_FRAME = re.compile(
    r"\b(?:recommends?|recommended|guidelines?|nice|standard|first-line|generally|in general|typically|often|"
    r"commonly|usually|trials?|studies|study|recommande|recommandée?s?|en général|habituellement|généralement|"
    r"souvent|classiquement|études?|essais?)\b"
)
# A set course; also in the compact notation of a terse reply (answers19): "x7d", "for 5d", « pdt 6j », "x 2 wks".
SET_COURSE = re.compile(
    r"\b(?:for|pendant|durant|pdt)\s+(?:\d+|\w+)\s+(?:days?|weeks?|jours?|semaines?)\b"
    r"|(?:\b(?:for|pdt)|(?<![\w])x)\s*\d+\s*(?:d|j|days?|jours?|wks?|weeks?|sem)\b"
)
_CONDITION_OPEN = re.compile(r"\s*(?:if|when|unless|should|si|quand|lorsque|s'il|s'ils)\b")


def regimen_with_course(doc: Doc, s: int, e: int, single: frozenset[str], multi: Lexicon) -> bool:
    # the kind's own regexes (prescription imports this module)
    from guidelines.engine.kinds import prescription as rx

    low = doc.low
    course = SET_COURSE.search(low, s, e)
    if (
        course is None
        or rx._DOSE_LOW.search(low, s, e) is None
        or rx._FREQ.search(low, s, e) is None
        or rx._INFO.search(low, s, e)
        or GENERAL_FRAME.search(low, s, e)
        or _CONDITION_OPEN.match(low, s)
        or (rx._OTHERS_RX.search(low, s, e) and not rx._OWN_CHANGE.search(low, s, e))
        or negated(doc, course.start(), 60)
    ):
        return False
    return any(t in single for t in rx._WORD_TOKEN.findall(low, s, e)) or (
        bool(multi) and multi.search(low, s, e) is not None
    )


_SOURCE = re.compile(
    r"\b(?:leaflet|label|packet|insert|booklet|brochure|notice|fiche|guidelines?|recommandations?|nhs|nice|"
    r"ameli|vidal|assurance maladie)\b"
)


def quoted_source(doc: Doc, s: int, e: int) -> bool:
    """The instruction is a leaflet's or a guideline's words quoted ("The leaflet says: '…stop the tablets…'")."""
    for qs, qe in quoted_spans(doc):
        # most of the sentence, or all of it after the source's frame ("The leaflet for your X says: '…'")
        if (
            s <= qs < e
            and ((qe - qs) * 5 >= (e - s) * 3 or qe >= e - 2)
            and _SOURCE.search(doc.low, s, qs)
        ):
            return True
    return False
