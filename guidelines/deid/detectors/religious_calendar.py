"""Religious calendar periods (`Ramadan`, `Yom Kippur`, `Grand Carême`) and school holidays of a month:
`DATE`, like the feasts of `date_grammar.py`, because each names a few days or weeks of a year.

The names are a reviewable list (`data/religious_calendar.txt`), matched with their capital (a
proper noun: `Lent`, never `lent`). Around them:

- a part of the period joins it: `the first week of Dhul Hijjah`, `first night of Pesach`,
  `la fin du Ramadan`, `le premier jour de l'Aïd` (the article stays outside, as for every date);
- `last`/`next`/`this` join it: `since last Easter` (also for the word-like feasts of
  `date_grammar.py`, which need such a time word anyway);
- a name used as a modifier of an event or an object is no time: `Passover seder`, `the Lent fast`,
  `Diwali sweets`, `Ramadan fasting`;
- `vacances de février`, `vacances d'avril`: the school holidays of a month.

`calendar_terms` calls `religious_calendar`; `relative_dates` joins offsets and ranges to these
(`the week before Diwali`, `trois semaines après le Ramadan`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR
from textkit.lists import read_lines

# Nouns a period name modifies ("Passover seder"): the phrase names an event or a thing, not a time.
_EVENT_NOUN = (
    r"seders?|fast|fasting|meals?|dinners?|lunch(?:es)?|breakfasts?|food|sweets|treats|party|"
    r"parties|celebrations?|lights?|lamps?|trees?|cards?|gifts?|presents?|prayers?|services?|"
    r"shopping|market|decorations?|recipes?|dishes|calendar|rules|customs?|traditions?|greetings"
)
_PART_EN = (
    r"(?:(?:first|second|third|fourth|last|final|early|late|middle|opening|closing)\s+)?"
    r"(?:(?:\d{1,2}|two|three|four|five|ten)\s+)?(?:days?|nights?|weeks?|weekend|evening)\s+of\s+"
    r"(?:the\s+)?"
)
_PART_FR = (
    r"(?:(?:premi[eè]re?s?|derni[eè]re?s?|deuxi[eè]me|\d{1,2}|deux|trois|dix)\s+)?"
    r"(?:semaines?|nuits?|jours?|soir[ée]?e?|fin|d[ée]but|milieu)\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’])"
)
_WORD_FEASTS = r"Easter|Christmas|Xmas|Passover|Hanukkah|Diwali|Ramadan|New\s+Year"
_MODIFIED_FEAST = re.compile(
    rf"\b(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?|[Tt]his\s+coming)\s+(?={_WORD_FEASTS}\b)"
)
_MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
SCHOOL_MONTH = re.compile(rf"\bvacances\s+(?:de\s+|d['’])(?:{_MONTHS_FR})(?![\w-])", re.IGNORECASE)


def _entry(term: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term)]
    body = r"[\s-]+".join(parts)
    if term[0].islower():
        body = f"[{term[0]}{term[0].upper()}]" + body[1:]
    return body


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str]]:
    terms = sorted(read_lines(DATA_DIR / "religious_calendar.txt"), key=len, reverse=True)
    names = "|".join(_entry(t) for t in terms)
    rx = re.compile(
        rf"(?<![\w-])(?P<part>(?i:{_PART_EN}|{_PART_FR}))?(?P<name>{names})(?![\w-])"
        rf"(?P<noun>\s+(?:{_EVENT_NOUN})\b)?"
    )
    # cheap gate: the first word of every name as the grammar matches it (case-sensitive, the first
    # letter also in capitals for a lowercase entry); a match always holds one of them
    heads = {re.split(r"[\s-]+", t)[0] for t in terms}
    quick = tuple(sorted(heads | {h[0].upper() + h[1:] for h in heads if h[:1].islower()}))
    # the gate as one regex of the escaped literals: it finds a match exactly when one of them is a
    # substring of the text (what `any(q in text for q in quick)` asked, one scan instead of one per head)
    return rx, re.compile("|".join(re.escape(q) for q in quick))


def religious_calendar(text: str, out: list[tuple[int, int]]) -> None:
    """Append the (start, end) of every religious calendar period (or month's holidays) in text."""
    rx, quick = _grammar()
    low = text.lower()
    if quick.search(text) is not None:
        for m in rx.finditer(text):
            if m.group("noun") and not m.group("part"):
                continue  # "Passover seder", "the Lent fast": an event, not a time
            out.append((m.start(), m.end("name")))
    if "ast" in low or "ext" in low or "this" in low:
        for m in _MODIFIED_FEAST.finditer(text):
            feast = re.match(rf"(?:{_WORD_FEASTS})\b", text[m.end() :])
            if feast is not None:
                out.append((m.start(), m.end() + feast.end()))
    if "vacances" in low:
        out.extend(m.span() for m in SCHOOL_MONTH.finditer(text))
