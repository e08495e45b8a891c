"""Time words the date policy keeps, shown to the patient as "possible date?" in the preview.

Since 2026-12-06 most of them are `DATE` spans rendered with a scale (`detectors/time_phrases.py`), and
`possible_identifiers` never offers what `find_spans` covers, so this marks what the grammar leaves.
The text below is the reasoning of 2026-12-06 morning.

The policy (docs/deid.md) redacts calendar days (`last Tuesday`, `the 3rd`, `Boxing Day`) and keeps
deictic words (`yesterday`, `three weeks ago`, `la semaine dernière`) and seasons (`last spring`):
they say how long ago, which a doctor needs, and name no calendar day once the
text is read without its date. Writers who are not us often count them as identifiers, and with
the post date they can narrow a day. So the patient decides: the preview marks them as possible
dates, the patient may hide them, and nothing is hidden without that choice. No medical word can
match these phrases.
"""

from __future__ import annotations

import re

from .detectors.relative_dates import DEICTIC_PHRASE

_I = re.IGNORECASE
_SEASON_EN = r"(?:spring|summer|autumn|fall|winter|half[-\s]term|term)"
_SEASON_FR = r"(?:été|hiver|automne|printemps)"
_NUMBER_EN = r"(?:a|one|two|three|four|five|six|\d+)"
_NUMBER_FR = r"(?:un|une|deux|trois|quatre|cinq|six|huit|quinze|\d+)"

OTHER_TIME_PHRASE = re.compile(
    r"\b(?:"
    # seasons and school terms named as a time: "last spring", "in the autumn", "since half-term"
    rf"(?:last|this|next|early|late|since|in\s+the|during\s+the|over\s+the)\s+{_SEASON_EN}"
    rf"|(?:cet|l['’]|en|au)\s*{_SEASON_FR}(?:\s+(?:dernier|prochain))?"
    rf"|ce\s+printemps|le\s+printemps\s+(?:dernier|prochain)"
    # a year relative to now ("last year"); a year itself is not (Safe Harbor keeps years)
    r"|(?:last|next|this)\s+year|l['’]ann[ée]e\s+(?:derni[eè]re|prochaine|pass[ée]e)|l['’]an\s+(?:dernier|prochain)"
    # offsets into the future: "in two weeks", "dans quinze jours", "next month" is in DEICTIC_PHRASE
    rf"|in\s+{_NUMBER_EN}\s+(?:days?|weeks?|months?)(?:['’]\s*time)?"
    rf"|dans\s+{_NUMBER_FR}\s+(?:jours?|semaines?|mois)"
    rf"|{_NUMBER_EN}\s+weeks?\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r")(?![\w-])",
    _I,
)


# The days around the post ("yesterday", "tonight", "hier soir", "ce matin") are not marked: they date
# the symptoms a doctor must read ("since yesterday" is "for one day"), and a patient asked about
# every one would hide the timing of acute illness; weeks, months and seasons date events.
_AROUND_NOW = re.compile(
    r"(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday|today|tonight|this|last\s+night|"
    r"tomorrow|avant|apr[eè]s|hier|aujourd|ce\s|cet\s|cette\s|demain)",
    _I,
)

# ... but a week or a month before ("last week", "the week before last", "la semaine dernière") dates an event.
_PAST_WEEKS = re.compile(
    r"(?:the\s+|last\s+|next\s+|la\s+|le\s+)(?:week|month|weekend|semaine|mois|week-end)", _I
)


# The clock time after a day ("Sunday 2pm", "yesterday at 6", « hier vers 15h »): the day is a DATE span; the
# clock was a DATE span too in deid31 and was withdrawn for a blind precision floor (docs/deid.md, deid31), so
# the patient decides. Only the clock part is offered ("at 6", « vers 15h »); never a clock alone.
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:h]\d{2}|\d{1,2}\s?h(?![\w])|noon|midnight|midi|minuit)"
CLOCK_AFTER_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|yesterday|hier|avant-hier|last\s+night|cette\s+nuit)"
    r"(?:\s+(?:morning|afternoon|evening|night|soir|matin|midi|apr[eè]s-midi))?"
    r"(?P<clock>\s*,?\s+(?:(?:(?:at|around|about|vers|à)\s+)?"
    rf"{_CLOCK}|(?:at|around|about|vers)\s+\d{{1,2}}(?=\s*(?:$|[.,;:!?)]))))(?![\w])",
    _I,
)


def possible_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "DATE") for every time phrase the policy keeps but for the days around the post,
    in order; overlaps allowed."""
    found = [
        (m.start(), m.end(), "DATE")
        for m in DEICTIC_PHRASE.finditer(text)
        if not _AROUND_NOW.match(m.group()) or _PAST_WEEKS.match(m.group())
    ]
    found += [(m.start(), m.end(), "DATE") for m in OTHER_TIME_PHRASE.finditer(text)]
    found += [
        (
            m.start("clock") + len(m.group("clock")) - len(m.group("clock").lstrip(" ,")),
            m.end(),
            "DATE",
        )
        for m in CLOCK_AFTER_DAY.finditer(text)
    ]
    return sorted(found)
