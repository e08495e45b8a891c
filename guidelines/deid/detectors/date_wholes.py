"""Dates and times hidden whole (deid48; docs/deid.md "deid48"): the pieces of a date the other grammars leave.

A pass over the text, after `date_edges` (new DATE candidates; each kind measured alone on the floors check):

- *a bare year after a time preposition*, the date of an event of the person's ("since [2019]", « depuis [1993] »,
  "until [2021]"); never after "born" (DATE_OF_BIRTH's), before a unit or a figure, nor in a career record ("since
  2019 at NHS Highland"); "in 2019" and « en 2021 » stay (the writers of heldout-2026-12-05 and -05b leave them);
- *a month named as a month* ("[month of April]", « [mois d'avril] ») or *paid for* ("pay for [August]", « la
  paie de [juillet] »), and a range of two French months (« de [juin à septembre] », « entre [juin et août] »);
- *the part of the next day*: "[next morning]", "[the following evening]", « [le lendemain matin] »;
- *the month's end*: "[the end of the month]", "[the start of next month]" (« fin du mois » is the grammar's);
- *the day of a paperwork or life event*: "[the day of the assessment]", "[the day of the move]"; a medical event
  stays ("the day of the operation": the doctor's timing);
- *a day and month in figures after a time preposition* the grammar does not read: "booked for [28/11]", "until
  [14/11]"; a pain score or a blood pressure has no such preposition ("pain 8/10", "BP 14/9").

Measured and left out (docs/deid.md "deid48"): a weekday's clock ("Thursday 08:15"), ranges of years (« de 2012 à
2020 ») and days counted after a day of the story ("three days later"): each alone cost precision below a floor.

Words in `data/date_wholes.txt`; called by `date_chains.detect_date_chains` after `detect_date_edges`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.detectors.text_gates import gate_words, has_digit, has_word, spellings
from textkit.lists import read_lines

I = re.IGNORECASE  # noqa: E741

_MONTH_EN = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_YEAR = r"(?:19[3-9]\d|20[0-3]\d)"
_NOT_AFTER_YEAR = re.compile(
    r"[\w/.,:-]?\d|\s*(?:%|€|\$|£|mg|kg|g\b|ml|euros?|pounds?|dollars?)", I
)
_DM = re.compile(
    r"(?<![\w/.,-])(?P<d>3[01]|[12]\d|0?[1-9])/(?P<m>1[0-2]|0?[1-9])(?![\w/.,]?\d|\s*(?:mg|ml|g\b|kg)|\s+[A-Z])"
)
# "send it to 3/7 Kowhai Street": a flat and house number after "to", "from" or before a capitalised name
_DM_PREP = re.compile(
    r"(?<![\w-])(?:for|by|until|till|before|after|due|jusqu['’]au|avant\s+le|apr[eè]s\s+le|pour\s+le|"
    r"d[eè]s\s+le|depuis\s+le|le|du|au)\s+$",
    I,
)


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in read_lines(DATA_DIR / "date_wholes.txt"):
        kind, _, word = line.partition(":")
        out.setdefault(kind.strip(), []).append(word.strip())
    return out


def _alt(kind: str) -> str:
    parts = []
    for w in sorted(_words()[kind], key=len, reverse=True):
        body = r"[\s-]+".join(re.escape(p) for p in re.split(r"[\s-]+", w) if p)
        parts.append(body.replace("'", "['’]"))
    return "|".join(parts)


@lru_cache(maxsize=1)
def _grammar() -> dict[str, re.Pattern[str]]:
    return {
        "year": re.compile(
            rf"(?<![\w-])(?:{_alt('yearprep')})\s+(?P<y>{_YEAR})(?P<tail>\s*(?:[–—-]|to|à|a|au|until|jusqu['’]en)\s*"
            rf"{_YEAR})?",
            I,
        ),
        "yearrange": re.compile(
            rf"(?<![\w-])(?:from|de|between|entre)\s+(?P<y>{_YEAR}\s*(?:[–—-]|to|à|and|et|until)\s*{_YEAR})",
            I,
        ),
        "yearnot": re.compile(rf"(?<![\w-])(?:{_alt('yearnot')})(?![\w-])", I),
        "monthof": re.compile(
            rf"(?<![\w-])(?:month\s+of\s+{_MONTH_EN}|mois\s+(?:de\s+|d['’])(?:{_MONTH_FR}))(?![\w-])",
            I,
        ),
        "pay": re.compile(
            rf"(?<![\w-])(?:{_alt('pay')})\s+(?:for|of|in|de|d['’]|du\s+mois\s+de|du\s+mois\s+d['’])\s*"
            rf"(?P<m>{_MONTH_EN}|(?:{_MONTH_FR}))(?![\w-])",
            I,
        ),
        "frmonths": re.compile(
            rf"(?<![\w-])(?:de|d['’]|entre)\s*(?P<r>(?:{_MONTH_FR})\s+(?:à|a|jusqu['’]à|et)\s+(?:{_MONTH_FR}))(?![\w-])",
            I,
        ),
        "morning": re.compile(rf"(?<![\w-])(?:{_alt('morning')})(?![\w-])", I),
        "monthend": re.compile(
            r"(?<![\w-])(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the|this|next|last)\s+month(?![\w-])",
            I,
        ),
        "dayof": re.compile(
            rf"(?<![\w-])(?:the\s+)?(?:day|night|morning|week)\s+(?:of|before|after)\s+(?:the|my|his|her|our|their)\s+"
            rf"(?:{_alt('event')})(?![\w-])",
            I,
        ),
    }


@lru_cache(maxsize=1)
def _gates() -> dict[str, frozenset[str] | None]:
    """deidperf9: a lowercase gate word for each word grammar (each matches its gate as a whole run); the two
    year grammars need a digit, `frmonths` its second month (after a blank, before no word character)."""
    w = _words()
    return {
        "monthof": frozenset({"month", "mois"}),
        "monthend": frozenset({"month"}),
        "morning": gate_words(w["morning"]),
        "dayof": gate_words(w["event"]),
        "pay": gate_words(w["pay"]),
        "frmonths": spellings(*_MONTH_FR.split("|")),
    }


def _open(text: str, key: str) -> bool:
    gate = _gates()[key]
    return gate is None or has_word(text, gate)


# "since 2019 at NHS Highland", « depuis 2009 chez Lego »: a career record, which the writers leave
_AT_WORK = re.compile(r"\s+(?:at|with|for|chez|au|à|a)\s+(?:the\s+|l[ae]\s+|l['’])?[A-Z]")


# a routine, not a date: "at the end of the month, every month", « tous les mois »
_HABIT = re.compile(r"(?<![\w-])(?:every|each|monthly|chaque|tous\s+les)(?![\w-])", I)
# "the [40th day] after the funeral": a counted day is rite_days.py's
_COUNTED = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|last)\s+$", I)
# a score out of ten ("pain 8/10"), never a date here
_SCORE = re.compile(r"(?:10|[1-9])/10$")


def _sentence(text: str, s: int, e: int) -> str:
    a = max(text.rfind(c, 0, s) for c in ".!?\n")
    b = min((x for x in (text.find(c, e) for c in ".!?\n") if x >= 0), default=len(text))
    return text[a + 1 : b]


def whole_spans(text: str) -> list[tuple[int, int]]:
    """New DATE spans: years, months, month ends, the day after, event days, day/month figures."""
    g = _grammar()
    out: list[tuple[int, int]] = []
    digit = has_digit(text)
    for m in g["year"].finditer(text) if digit else ():
        if _NOT_AFTER_YEAR.match(text, m.end()) or _AT_WORK.match(text, m.end()):
            continue
        if not g["yearnot"].search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start("y"), m.end()))
    for k in ("monthof", "morning"):
        if _open(text, k):
            out.extend(m.span() for m in g[k].finditer(text))
    for m in g["monthend"].finditer(text) if _open(text, "monthend") else ():
        if not _HABIT.search(_sentence(text, m.start(), m.end())):
            out.append(m.span())
    for m in g["dayof"].finditer(text) if _open(text, "dayof") else ():
        if not _COUNTED.search(text, max(0, m.start() - 12), m.start()):
            out.append(m.span())
    if _open(text, "pay"):
        out.extend(m.span("m") for m in g["pay"].finditer(text))
    if _open(text, "frmonths"):
        out.extend(m.span("r") for m in g["frmonths"].finditer(text))
    if "/" in text:
        for m in _DM.finditer(text):
            if _DM_PREP.search(text, max(0, m.start() - 14), m.start()) and not _SCORE.match(
                m.group()
            ):
                out.append(m.span())
    return out


def detect_date_wholes(text: str, cands: list[Candidate]) -> None:
    """Add the spans above as DATE candidates."""
    for s, e in whole_spans(text):
        cands.append(Candidate(s, e, "DATE", PRI_DATE))
