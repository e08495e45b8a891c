"""Weekday habits: "every second Tuesday", "on Sundays", « chaque dimanche midi », « tous les samedis soir »,
« le mardi »: `DATE` spans that `deidentify` renders with their frequency (docs/deid.md "Weekday habits")."""

from __future__ import annotations

import re

from .date_grammar import _WEEKDAY_NOUN_AFTER, I

# Weekday habits (decided 2026-12-07, deid27; docs/deid.md "Weekday habits"): which day of the week a
# patient does something is a quasi-identifier (a dialysis slot, a shift, a court visit), while the
# doctor needs only how often. So "every second Tuesday", "on Sundays", « chaque dimanche midi »,
# « tous les samedis soir », « les mardis », "Saturdays" (any plural weekday) are DATE spans rendered with their frequency
# (`[DATE_1 · every other week]`, `[DATE_2 · chaque semaine]`); « le mardi » alone, a habit or one
# day, is a bare [DATE_n]. Never "Sunday school", "a Saturday night out" (no habit word).
_WD_S = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)"
)
_HABIT_PART = r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|soir|matin|midi|apr[eè]s[-\s]midi)s?(?![\w-]))?"
WEEKDAY_HABIT = re.compile(
    rf"\b(?:(?P<every>every|each|chaque|tous\s+les|toutes\s+les)\s+"
    r"(?:(?P<other>other|second|alternate|deux)\s+)?"
    rf"(?P<wd1>{_WD_S})s?|(?<![\w'’-])(?P<wd2>{_WD_S})s(?![\w'’-])"
    # "Sunday mornings": a weekday with a part of the day in the plural
    rf"|(?<![\w'’-])(?P<wd4>{_WD_S})(?=\s+(?:morning|afternoon|evening|night|lunchtime)s\b)"
    # « un samedi sur deux », "one Saturday in two" (deid46)
    rf"|(?<![\w'’-])(?:un|one)\s+(?P<wd5>{_WD_S})\s+(?:sur|in|out\s+of)\s+(?P<in2>deux|two|2)(?![\w'’-])"
    rf"|(?P<les>les|le)\s+(?P<wd3>{_WD_S})s?(?!\s*\d|\s+(?:de|d['’]|du|pass[ée]|derni[eè]r|prochain|en\s+(?:huit|quinze)|qui\s+vient|\d)))"
    rf"(?:\s*(?:,|&|and|or|et|ou)\s*{_WD_S}s?(?![\w'’-]))*{_HABIT_PART}(?![\w'’-])",
    I,
)
HABIT_SCALES: dict[str, tuple[str, str]] = {
    "weekly": ("weekly", "chaque semaine"),
    "fortnightly": ("every other week", "une semaine sur deux"),
}


def weekday_habits(text: str) -> list[tuple[int, int, str | None, str]]:
    """(start, end, scale key or None, lang) of each weekday habit of text (see WEEKDAY_HABIT)."""
    out: list[tuple[int, int, str | None, str]] = []
    for m in WEEKDAY_HABIT.finditer(text):
        if _WEEKDAY_NOUN_AFTER.match(text, m.end()):
            continue  # "every Sunday school", « le dimanche matin de bonne heure »
        wd = m.group("wd1") or m.group("wd2") or m.group("wd3") or m.group("wd4") or m.group("wd5")
        lang = "en" if wd.lower().endswith("day") else "fr"
        les = m.group("les")
        if les and les.lower() == "le":
            scale = None  # « le mardi »: a habit or one day, no frequency to show
        elif m.group("other") or m.group("in2") or (m.group("every") or "").lower() == "toutes les":
            scale = "fortnightly" if m.group("other") or m.group("in2") else "weekly"
        else:
            scale = "weekly"
        out.append((m.start(), m.end(), scale, lang))
    return out


def habit_scale(text: str, start: int, end: int) -> str | None:
    """The frequency a weekday habit spanning exactly text[start:end] shows ("weekly"), or None."""
    for s, e, scale, lang in weekday_habits(text[max(0, start - 30) : end + 30]):
        if (s, e) == (start - max(0, start - 30), end - max(0, start - 30)) and scale is not None:
            en, fr = HABIT_SCALES[scale]
            return fr if lang == "fr" else en
    return None
