"""Birthdays as dates: "on my birthday", "the day after my 50th", « la veille de ses 40 ans » (moved out of
`relative_dates.py` on 2026-12-07, unchanged)."""

from __future__ import annotations

import re

from guidelines.deid.cues import word_set

from .date_grammar import I

# A birthday names a day of the person's date of birth (Safe Harbor: an element of a date), so it is a
# DATE wherever it anchors a time: "on my birthday", "the day after my 50th", "her 18th birthday party",
# « le lendemain de mon anniversaire », « la veille de ses 40 ans ».
_ORDINAL_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"sixteenth|eighteenth|twenty-first|twenty-fifth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|"
    r"eightieth|ninetieth|hundredth"
)
BIRTHDAY = re.compile(
    rf"\b(?:my|his|her|their|our|your|[A-Z][a-z]+['’]s)\s+(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})\s+)?"
    r"(?:birthday|bday|b-day)\b"
    r"|\b(?:before|after|on|since|for|from|until|till)\s+(?:my|his|her|their|our|your)\s+\d{1,3}(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)]|$|and\b|but\b|when\b|party\b|celebrations?\b|(?-i:I)\b|(?-i:I)['’]|we\b|she\b|he\b))"
    r"|\b(?:mon|son|ton|leur|notre|votre)\s+anniversaire\b"
    r"|\b(?:lendemain|surlendemain|veille|avant-veille|jour|soir|semaine|week-end)\s+(?:de|d['’]avant|d['’]apr[eè]s)\s+"
    r"(?:mes|ses|tes|leurs|nos|vos)\s+\d{1,3}\s+ans\b",
    I,
)
_ORDINAL_QUICK = re.compile(r"\d(?:st|nd|rd|th)\b", I)
BIRTHDAY_TRIGGERS = word_set("birthday bday b-day anniversaire ans")


def _birthdays(text: str, out: list[tuple[int, int]]) -> None:
    for m in BIRTHDAY.finditer(text):
        start = m.start()
        lead = re.match(r"(?:before|after|on|since|for|from|until|till)\s+", m.group(), I)
        out.append((start + (lead.end() if lead else 0), m.end()))
