"""Dates that only the layout of a list shows to be dates, and weeks named by their first day.

- a month heading a list item (`- Février : eczéma`, `March: started the pill`): a capitalised
  month at the start of a line, after a bullet or after a sentence's end, before a colon;
- a day/month with no year heading a list item (`5/11 bonfire. 7/11 blister popped.`): at least
  two in the text, each at the start of a line, after a bullet or a sentence's end; a proper
  fraction with a small denominator (`1/2 tablet`, `3/4 of a dose`) is never one, nor anything in
  a text about blood pressure (`12/8 le matin. 14/9 le soir.`);
- `la semaine du 10 mars`, `the week of 3 March`: the week joins the date after it (the article
  stays outside, as for every date).

`calendar_terms` calls `date_lists`; `relative_dates` joins these to the dates found elsewhere.
"""

from __future__ import annotations

import re

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Janvier|F[ée]vrier|Mars|Avril|Mai|Juin|Juillet|Ao[uû]t|Septembre|Octobre|Novembre|D[ée]cembre"
)
# the start of a list item: a line, a bullet, a numbered item, or the end of a sentence before it
_ITEM_START = r"(?:^|(?<=\n)|(?<=[.;:!?]\s)|(?<=\s[-•*–—]\s)|(?<=^[-•*–—]\s)|(?<=\d[.)]\s))"
MONTH_HEAD = re.compile(rf"(?m){_ITEM_START}[ \t]*(?P<month>{_MONTHS})(?=[ \t]*:(?!\d))")
DAY_MONTH_HEAD = re.compile(
    rf"(?m){_ITEM_START}[ \t]*(?P<day>3[01]|[12]\d|0?[1-9])/(?P<month>1[0-2]|0?[1-9])"
    r"(?![\d/.,]\d|[\d/])(?=[ \t:–-]+[^\W\d_])"
)
# blood pressures are written d/d too ("12/8 le matin, 14/9 le soir"): a diary of them is no list of dates
_PRESSURE = re.compile(r"(?i)\b(?:bp|blood\s+pressure|pressure|tension|mm\s*hg|cm\s*hg|ta|pa)\b")
WEEK_OF = re.compile(
    r"\b(?:semaine|nuit|week-end|weekend)\s+du\s+(?=(?:1er|[0-3]?\d)\s+(?i:janvier|f[ée]vrier|mars|"
    r"avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)(?:1er|[0-3]?\d)"
    r"|\bweek\s+of\s+(?:the\s+)?(?=[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[0-3]?\d",
    re.IGNORECASE,
)


# A literal every MONTH_HEAD match holds (its month names are case-sensitive): the regex, with its
# look-behinds at every position, cost ~0.3 ms a check on texts with a colon and no month.
_MONTH_NEEDLES = (
    *[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    *[
        "Janvier",
        "vrier",
        "Mars",
        "Avril",
        "Mai",
        "Juin",
        "Juillet",
        "Ao",
        "Septembre",
        "Octobre",
        "Novembre",
        "cembre",
    ],
)


def date_lists(text: str, low: str, out: list[tuple[int, int]]) -> None:
    """Append the (start, end) of list-headed months and day/months and of named weeks."""
    if ":" in text and any(m in text for m in _MONTH_NEEDLES):
        out.extend(m.span("month") for m in MONTH_HEAD.finditer(text))
    if "/" in text and not _PRESSURE.search(text):
        heads = []
        for m in DAY_MONTH_HEAD.finditer(text):
            day, month = int(m.group("day")), int(m.group("month"))
            if month <= 4 and day < month:
                continue  # "1/2 tablet", "3/4 of a dose": a fraction
            heads.append((m.start("day"), m.end("month")))
        if len(heads) >= 2:
            out.extend(heads)
    if "semaine" in low or "week" in low or "nuit" in low:
        out.extend(m.span() for m in WEEK_OF.finditer(text))
