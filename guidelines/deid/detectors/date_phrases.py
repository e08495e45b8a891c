"""Dates said as phrases the other date grammars do not build (EN/FR, the date policy of docs/deid.md):

- a part of a month: `the last week of June`, `the first fortnight of August`, `the middle of May`,
  `la première semaine d'août`, `la dernière quinzaine de juin`, `fin de juin`, `milieu de mai`;
- a day said as an ordinal word after a time preposition: `on the twenty-third`, `since the
  fourteenth`, `until the thirty-first of the month`; never before a noun (`the third dose`,
  `the fourth toe`) nor `first`/`second` (`on the first try`, `the second time`);
- a second day coordinated with a day ordinal: `the 2nd or 3rd`, `the 5th and 6th`, `le 2 ou le 3`
  (never before a noun: `the 2nd and 3rd toes`, `le 2 ou le 3 mg`);
- a weekday abbreviated before or after a clock time, as chat exports and phone notes stamp them:
  `Mon 08:15`, `08:15 Thu`, `ven. 14h32`;
- a named school holiday: `the Easter holidays`, `the October half term`, `Whitsun`, `les vacances
  d'hiver`/`de printemps` (zoned school holidays; the summer holidays, a season, stay);
- the date of a chat export's stamp: `[3/4, 09:05] Mum:`, `12.03., 14:32 - Léa:` (a day/month, a
  clock time and a sender before a colon at the start of a line: no fraction reads like that);
- ISO weeks: `2024-W12`, `semaine 12 de 2024`, `week 12 of 2024` (the year is said: never a pregnancy week);
- `la semaine prochaine du 4`: a week named by its first day with `prochaine`/`dernière` between.

`calendar_terms` calls `date_phrases`; `relative_dates` joins these to the dates found elsewhere.
"""

from __future__ import annotations

import re

from guidelines.deid.detectors.text_gates import has_digit as text_has_digit
from guidelines.deid.detectors.text_gates import has_raw_word, spellings

_MONTHS_EN = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_ORD_EN = r"first|second|third|fourth|last|final|1st|2nd|3rd|4th"
PART_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(?:(?:{_ORD_EN})\s+(?:week|fortnight|weekend|few\s+days)|middle|mid)\s+of\s+"
    rf"(?:{_MONTHS_EN})\b"
    rf"|\b(?:(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|derni[eè]re|seconde)\s+(?:semaine|quinzaine)"
    rf"|fin|milieu|d[ée]but)\s+(?:de\s+|d['’])(?i:{_MONTHS_FR})\b"
)
_UNITS = r"(?:week|day|month|year|time|minute|hour)s?"
_ORD_WORD = (
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
ORDINAL_DAY = re.compile(
    rf"(?i:\b(?:on|since|until|till|by|from|before|after)\s+)(?P<d>the\s+(?i:{_ORD_WORD}))"
    rf"(?=\s*(?:[.,;:!?)\n]|$|of\s+(?:the|this|next|last)\s+month\b"
    rf"|(?:he|she|i|we|they|it|my|his|her|our|and|when|at|in\s+the|morning|evening|night)\b))"
)
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|et|ou|in|at|to|au|à|he|she|i|we)\b)[a-zà-ÿ]{2,}")
PAIRED_DAYS = re.compile(
    r"\b(?:the\s+)?(?P<a>(?:[12]?\d|3[01])(?:st|nd|rd|th))\s*(?:or|and|&|-|/)\s*(?:the\s+)?"
    r"(?P<b>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"|\b(?P<c>le\s+(?:1er|[12]?\d|3[01]))\s+(?:ou|et)\s+(?P<e>le\s+(?:[12]?\d|3[01]))\b(?!\s*(?:h\b|%|[,.]\d))"
)
_FR_UNITS = re.compile(r"\s*(?:mg|ml|g|kg|cm|mm|ans?|mois|jours?|fois|heures?|h)\b", re.I)
CLOCK_WEEKDAY = re.compile(
    r"\b(?P<w>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[Ll]un|[Mm]ar|[Mm]er|[Jj]eu|[Vv]en|[Ss]am|"
    r"[Dd]im)\.?,?\s+(?:[01]?\d|2[0-3])[:h][0-5]\d\b"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d\s+(?P<v>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b"
)
# CLOCK_WEEKDAY's day, a whole run of word characters in every match, as written (deidperf7)
_CLOCK_DAYS = spellings(
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
    "[Ll]un",
    "[Mm]ar",
    "[Mm]er",
    "[Jj]eu",
    "[Vv]en",
    "[Ss]am",
    "[Dd]im",
)
SCHOOL_HOLIDAY = re.compile(
    r"\b(?:Easter|Christmas|Xmas|Whitsun|May|October|February|Feb|Oct)\s+"
    r"(?:half[- ]term|holidays|hols|break|vacation)\b|\bWhitsun(?:tide)?\b"
    r"|\bvacances\s+(?:scolaires\s+)?(?:d['’]hiver|de\s+printemps)\b"
)
CHAT_STAMP = re.compile(
    r"(?m)^[ \t]*\[?(?P<d>(?:3[01]|[12]\d|0?[1-9])[/.](?:1[0-2]|0?[1-9])(?:[/.](?:\d{4}|\d\d))?\.?)"
    r"(?:,|\s+à)?\s+(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp][Mm])?\]?"
    r"[ \t]*[-–]?[ \t]*[^\W\d][^:\n]{0,40}:"
)
ISO_WEEK = re.compile(
    r"\b(?:19|20)\d\d-?W(?:0[1-9]|[1-4]\d|5[0-3])\b"
    r"|\b(?:week|semaine|sem\.?)\s+(?:[1-4]?\d|5[0-3])\s+(?:of|de|en)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
NEXT_WEEK_OF = re.compile(
    r"\b(?:la\s+)?semaine\s+(?:prochaine|derni[eè]re|suivante|pr[ée]c[ée]dente)\s+du\s+(?:1er|[12]?\d|3[01])\b"
    r"(?!\s*(?:%|[,.]\d))"
)


def date_phrases(text: str, low: str, out: list[tuple[int, int]]) -> None:
    """Append the (start, end) of the dates of the module docstring."""
    if " of " in low or any(w in low for w in ("fin", "milieu", "but", "semaine", "quinzaine")):
        out.extend(m.span() for m in PART_OF_MONTH.finditer(text))
    if "th" in low or "eenth" in low:
        out.extend(m.span("d") for m in ORDINAL_DAY.finditer(text))
    # PAIRED_DAYS, CLOCK_WEEKDAY, CHAT_STAMP and ISO_WEEK: every alternative of each holds a character
    # \d matches ("3rd", "le 1er", "08:15", "2024-W12"): in a text without one, none can match
    digit = text_has_digit(text)
    for m in PAIRED_DAYS.finditer(text) if digit else ():
        if m.group("a"):
            if not _NOUN_AFTER.match(text, m.end()):
                out.extend((m.span("a"), m.span("b")))
        elif not _FR_UNITS.match(text, m.end()):
            out.extend((m.span("c"), m.span("e")))
    if digit and (":" in text or "h" in low) and has_raw_word(text, _CLOCK_DAYS):
        for m in CLOCK_WEEKDAY.finditer(text):
            out.append(m.span("w") if m.group("w") else m.span("v"))
    if digit and ":" in text:
        out.extend(m.span("d") for m in CHAT_STAMP.finditer(text))
    if (
        "hol" in low
        or "term" in low
        or "vacances" in low
        or "whitsun" in low
        or "break" in low
        or "vacation" in low
    ):
        out.extend(m.span() for m in SCHOOL_HOLIDAY.finditer(text))
    if digit and ("w" in low or "sem" in low or "week" in low):
        out.extend(m.span() for m in ISO_WEEK.finditer(text))
    if "semaine" in low:
        out.extend(m.span() for m in NEXT_WEEK_OF.finditer(text))
