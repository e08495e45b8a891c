"""A place of travel or a landmark taken for a person (answers27): "on the way up Kilimanjaro", "a trek up
Ben Nevis", "an ascent of the Matterhorn", "Ben Nevis is only 1,345 metres".

The anonymiser reads an unknown capitalised name as a PERSON; a mountain's name looks like any surname. What
tells them apart is the frame: one climbs, treks up or summits a place, never a patient, and a place has a height.
A verb or noun of climbing before the name is enough; a bare preposition of place ("on", "above", "walking
up") needs the sentence to be about altitude or a climb too ("pick up Sarah from the summit car park" is a
person). A possessive name ("heading to Sarah's") is a person's unless its summit or slopes follow. The
identifiers kind asks this only of a name not tied to the care (a relative, a patient: person_refs), so "our
patient Dolores Whitfield … on Kilimanjaro" still blocks. Pure, stdlib-only.
"""

from __future__ import annotations

import re

# One climbs, treks, summits or travels to a place: the name right after (an optional "the") is that place.
_CLIMB_BEFORE = re.compile(
    r"\b(?:climb(?:s|ed|ing)?(?: up)?|summit(?:s|ed|ing)?|trek(?:s|ked|king)?(?: up)?|hik(?:e|es|ed|ing)(?: up)?|"
    r"scal(?:e|es|ed|ing)|ascend(?:s|ed|ing)?|ascents? of|descents? (?:of|from)|summit of|top of|slopes? of|"
    r"foot of|flanks? of|way (?:up|down)|(?:trip|travel(?:l?ing)?|expedition|flight|flying|heading) to|"
    r"(?:training|trained) for|l'ascension d[ue]|ascension d[ue]|sommet d[ue]|gravir|"
    r"gravi|en haut d[ue])\s+(?:the\s+|le\s+|la\s+|l')?$",
    re.IGNORECASE,
)
# A bare preposition of place before the name: a place only when the sentence is about altitude or a climb.
_PLACE_PREP_BEFORE = re.compile(
    r"(?:\b(?:on|near|around|above|below|sur)|\b(?:go|goes|going|went|gone|walk\w*|run\w*|cycl\w*|rid\w*|"
    r"head\w*|slog\w*|scrambl\w*|trudg\w*|hike\w*|ski\w*|way) (?:up|down))\s+(?:the\s+|le\s+|la\s+|l')?$",
    re.IGNORECASE,
)
_ALTITUDE = re.compile(
    r"\b(?:altitudes?|summit|peaks?|mountains?|metres|meters|feet|acclimati[sz]\w*|trek\w*|climb\w*|hik\w*|"
    r"ascents?|base camp|elevation|expedition|montagnes?|sommet|acclimat\w*|ascension|refuge)\b|\d\s?m\b",
    re.IGNORECASE,
)
# A place has a height: "Ben Nevis is only 1,345 metres", "Kilimanjaro (5,895 m)", "Kilimanjaro's summit".
_HEIGHT_AFTER = re.compile(
    r"(?:\s+(?:is|stands at|rises to|culmine à|fait)\s+(?:only\s+|just\s+|about\s+|around\s+|over\s+|)|"
    r"\s*\(\s*|\s+at\s+)\d[\d,. ]*\s?(?:m|metres|meters|feet|ft|mètres)\b"
    r"|['’]s\s+(?:summit|slopes?|base camp|peak|top)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def travel_place(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a place climbed, trekked or travelled to, or has a height."""
    if _HEIGHT_AFTER.match(text, end):
        return True
    if text[end : end + 2] in ("'s", "’s"):
        return False
    if _CLIMB_BEFORE.search(text, max(0, start - 30), start):
        return True
    if not _PLACE_PREP_BEFORE.search(text, max(0, start - 12), start):
        return False
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0
    )
    right = _SENTENCE_END.search(text, end)
    return bool(_ALTITUDE.search(text, left, right.start() if right else len(text)))
