"""Named calendar periods that the feast list cannot enumerate: a grammar of their shapes.

Safe Harbor counts every element of a date more precise than the year, so these are `DATE` too:

- named days, nights, weeks and weekends: a capitalised word or two before `Day`, `Night`, `Eve`,
  `Week` or `Weekend` (`Burns Night`, `Reading Week`, `Freshers' Week`, `Labour Weekend`,
  `Open Day`), a capitalised word before a weekday (`Black Friday`, `Cyber Monday`), bank holidays
  (`the August bank holiday`, `Easter Monday bank holiday`), a weekday of a feast (`lundi de
  Pentecôte`), Welsh weekdays (`Dydd Llun`); never after a first name (`Doris Day`) nor a function
  word (`Every Monday`, `This Week`);
- academic terms: `Michaelmas term`, `Hilary term`, `autumn term`, `semester 2`, `spring semester`,
  `semestre d'hiver`, `second semestre`, a named rentrée (`la rentrée de septembre`, `la rentrée
  scolaire`, `la rentrée 2021`; a bare `depuis la rentrée` stays, as in the development corpus's
  convention, and the participle `elle est rentrée` has no article);
- a day of the current, last or next month in letter style: `the 21st inst.`, `le 15 courant`,
  `the 3rd ult.`;
- a weekday moved by `after`/`before` at the end of a clause (`moved to the Friday after.`).

The caller (`relative_dates.detect_relative_dates`) joins offsets (`a fortnight after Burns Night`)
and ranges to these as to every other date.
"""

from __future__ import annotations

import re

from guidelines.deid.cues import word_set
from textkit.folding import fold

from .date_lists import date_lists
from .date_phrases import date_phrases
from .religious_calendar import religious_calendar

I = re.IGNORECASE  # noqa: E741

_WEEKDAYS_EN = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAYS_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_MONTHS_EN = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_CAPWORD = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:['’]s|s['’]|['’])?"
# "Burns Night", "Freshers' Week", "Labour Weekend", "Black Friday": case-sensitive on purpose.
NAMED_PERIOD = re.compile(
    rf"\b(?P<words>{_CAPWORD}(?:\s+{_CAPWORD})?)\s+"
    rf"(?P<head>Day|Night|Eve|Week|Weekend|{_WEEKDAYS_EN})\b(?![-\s]+[A-Z][a-z])(?!\s*\d)"
)
BANK_HOLIDAY = re.compile(
    rf"\b(?:(?:{_MONTHS_EN}|Easter|Whitsun|spring|summer|early\s+May|late\s+May)\s+)?"
    rf"bank\s+holiday(?:\s+(?:{_WEEKDAYS_EN}|weekend))?\b",
    I,
)
FEAST_WEEKDAY = re.compile(
    rf"\b(?:{_WEEKDAYS_FR})\s+(?:de\s+(?:la\s+)?|d['’])(?:Pentec[ôo]te|P[âa]ques|l['’]Ascension|"
    r"Toussaint|No[ëe]l|la\s+Trinit[ée])\b(?:\s+\d{4}\b)?",
    I,
)
WELSH_WEEKDAY = re.compile(r"\bDydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)\b")
ACADEMIC = re.compile(
    r"\b(?:(?:Michaelmas|Hilary|Trinity|Lent|Easter|Summer|Autumn|Spring|Winter|Fall|Candlemas|"
    r"Whitsun|Martinmas|Epiphany)\s+(?:term|semester|half[-\s]term)"
    r"|(?:autumn|spring|summer|winter|fall)\s+(?:term|semester|half[-\s]term)"
    r"|(?:semester|term)\s+[1-4]\b(?!\s*(?:mg|%|/|\.\d|weeks?))"
    r"|semestre\s+(?:d['’](?:hiver|automne|[ée]t[ée])|de\s+printemps|[1-2]\b)"
    r"|(?:premier|1er|second|seconde|deuxi[eè]me|2e|2nd)\s+semestre"
    r")",
    I,
)
RENTREE = re.compile(
    r"(?<=\b[lL]a\s)rentr[ée]e\s+(?:scolaire|universitaire|des\s+classes|de\s+(?:septembre|janvier|"
    r"f[ée]vrier|la\s+Toussaint|printemps)|d['’](?:octobre|automne|hiver|ao[uû]t)|\d{4})\b"
)
LETTER_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:inst\.|instant\b|ult\.|ultimo\b|prox\.|proximo\b|courant\b)"
)
WEEKDAY_MOVED = re.compile(
    rf"\b(?:{_WEEKDAYS_EN})\s+(?:after|before)(?=\s*(?:[.,;:!?)]|$|and\b|but\b))", I
)

_NOT_BEFORE_PERIOD = word_set(
    "every each this that next last one any some the a an on in at by for per my his her our their your "
    "same other every same whole entire all sunday monday tuesday wednesday thursday friday saturday "
    "long bad hard busy big since until till from before after during over around good nice great happy "
    "lovely first second third post op sick rest"
)
_HEAD_QUICK = re.compile(
    r"(?:Day|Night|Eve|Week|Weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def calendar_terms(
    text: str, first_names: frozenset[str], stopwords: frozenset[str], out: list[tuple[int, int]]
) -> None:
    """Append the (start, end) of every named calendar period in text (see the module docstring)."""
    low = text.lower()
    religious_calendar(text, out)
    date_lists(text, low, out)
    date_phrases(text, low, out)
    named = _HEAD_QUICK.search(text) is not None
    for m in NAMED_PERIOD.finditer(text) if named else ():
        words = m.group("words").split()
        first = fold(re.sub(r"['’]s?$", "", words[0]))
        if first in _NOT_BEFORE_PERIOD or first in stopwords:
            if len(words) == 1:
                continue
            start = m.start() + m.group("words").index(words[1])  # "On Burns Night": the feast only
            if fold(words[1]) in _NOT_BEFORE_PERIOD or fold(words[1]) in stopwords:
                continue
        else:
            start = m.start()
        if fold(words[-1]) in first_names and m.group("head") in ("Day", "Night", "Week"):
            continue  # "Doris Day", "Sebastian Night": a surname
        out.append((start, m.end()))
    # each grammar only when its literal words are there (most texts have none)
    for rx, words in (
        (BANK_HOLIDAY, ("holiday",)),
        (
            FEAST_WEEKDAY,
            ("pentec", "paques", "pâques", "ascension", "toussaint", "noël", "noel", "trinit"),
        ),
        (WELSH_WEEKDAY, ("dydd",)),
        (ACADEMIC, ("term", "semest")),
        (RENTREE, ("rentr",)),
        (LETTER_DAY, ("inst", "ult", "prox", "courant")),
        (WEEKDAY_MOVED, ("after", "before")),
    ):
        if any(w in low for w in words):
            out.extend(m.span() for m in rx.finditer(text))
