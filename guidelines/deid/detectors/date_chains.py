"""Dates as chains of date components, whatever their order or spelling (EN/FR).

A grammar lists the orders it knows ("3 March", "March 3rd", "the 3rd of March"); writers invent
others ("Tues. the 4th", "4th Aprl", "end of Jan", "Febuary 3rd", "le 3 févier", "12.10.24"). This
detector needs no order: it classifies words as date components —

- a month (full or abbreviated, EN/FR, or a misspelling of a full name: one edit from a month of five
  letters or more, two from one of eight or more, the same first letter, and never a frequent word or
  a first name: `Febuary`, `Septmber`, `Aprl`, `févier`),
- a weekday (the same, `Wensday`, `Thurday`),
- a day (1–31, with or without an ordinal suffix `3rd`/`1er`/`3e`/`3ème`, or as an ordinal word
  `third`, `twenty-first`, `premier`, or a French cardinal `vingt-trois`),
- a year (1900–2099, `'24`),
- a modifier (`mid`, `early`, `late`, `end of`, `start of`, `début`, `fin`, `mi-`, `last`, `next`),

joined by connectors (`of`, `the`, `de`, `du`, `le`, `au`, `to`, `and`, `et`, `-`, `/`, `,`, `.`),
and calls a chain a DATE when it holds a month with a day, a year or a modifier, or a weekday with a
day number (`Tues 4th`, `mardi 4`). A day number never stands alone here and a chain never ends on
a number followed by a unit (`March 3 tablets`, `mardi 4 comprimés`). Plus numeric day-month-year
dates whose day and month are both written with two digits, whatever the separator (`12.10.24`;
`03 04 2021` is not taken: spaces are phone-like). It only adds to the grammar (`PRI_DATE_CHAIN`).
"""

from __future__ import annotations

import re

from guidelines.deid.candidate import PRI_DATE, PRI_POSTCODE, Candidate
from guidelines.deid.triggers import MONTH_ABBR, MONTH_WORDS, WEEKDAY_ABBR, WEEKDAYS
from textkit.folding import fold

from .calendar_anchors import detect_calendar_anchors
from .date_chain_words import (
    AMBIGUOUS_MONTH,
    AMBIGUOUS_WEEKDAY,
    CONNECTORS,
    EN_ORD,
    FR_DAY,
    FR_WEEKDAY_ABBR,
    MODIFIERS,
    MONTH_FULL,
    NEEDS_OF,
    WEAK_DAY_WORDS,
    WEEKDAY_FULL,
)
from .date_edges import detect_date_edges
from .date_wholes import detect_date_wholes
from .dates import emit_dates
from .event_anchors import detect_event_anchors
from .paperwork_dates import detect_paperwork_dates
from .rite_days import detect_rite_days

# Evidence that only adds: below the grammar's dates (which it never lengthens or merges) and below
# streets, postcodes, phones and organisations ("avenue du 8 Mai 1945", "Hôpital du 11 novembre"),
# above names and places found by lists or the tagger ("Septmber" is no surname).
PRI_DATE_CHAIN = PRI_POSTCODE - 1
_DATES = frozenset({"DATE", "DATE_OF_BIRTH"})
# Measured and left out (bench/deid/all_sets.py, 2026-12-05; docs/deid.md): letting every chain lengthen
# a grammar date took in list punctuation and weekdays after it (heldout-2026-12-03c leaking 0.19 -> 0.20),
# so only a chain holding a misspelt month or weekday lengthens one; day-month pairs in figures without a
# cue ("17/4") touched blood pressures ("14/9") on the development corpus and found no held-out date.

_TOKEN = re.compile(
    r"\d{1,4}(?:st|nd|rd|th|er|re|eme|ème|e|è)?(?![\w])|['’]\d\d(?!\w)|[^\W\d_]+(?:[-'’][^\W\d_]+)*"
)
_GAP = re.compile(r"[ \t,/.\-–]{0,4}")
_UNIT_AFTER = re.compile(
    r"\s*(?:h\b|h\d|:\d|mg|ml|mcg|µg|kg|g\b|%|x\b|fois|times|tablets?|tabs?|comprim|pills?|g[ée]lules?|"
    r"doses?|jours?|days?|weeks?|semaines?|mois|months?|ans\b|years?|yrs?|hours?|heures?|min|puffs?|"
    r"drops?|gouttes?|units?|unit[ée]s?|sachets?|cp\b|am\b|pm\b|a\.m|p\.m|o['’]?clock)",
    re.I,
)
_DMY_TWO_DIGITS = re.compile(r"(?<![\d.,/:-])(\d{2})([./-])(\d{2})\2(\d{2}|\d{4})(?![\d.,/:-]?\d)")


def _dl1(a: str, b: str) -> int:
    """Optimal-string-alignment distance (edits and adjacent swaps), capped at 3."""
    if abs(len(a) - len(b)) > 2:
        return 3
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _misspelt(word: str, targets: list[str]) -> bool:
    if len(word) < 4 or not word.isalpha():
        return False
    for t in targets:
        if t[0] != word[0] or len(t) < 5:
            continue
        d = _dl1(word, t)
        if d == 1 or (d == 2 and len(t) >= 8 and len(word) >= 7):
            return True
    return False


# (fold(tok), _kind(tok, fold(tok), frequent)) is a pure function of (tok, frequent): memoised per token
# and word list (one frozenset, whose hash Python keeps), like the tagger's per-word feature cache, and
# bounded the same way so a stream of new words cannot grow it without end.
_FOLD_KIND: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}


def _fold_kind(tok: str, frequent: frozenset[str]) -> tuple[str, str]:
    key = (tok, frequent)
    hit = _FOLD_KIND.get(key)
    if hit is None:
        if len(_FOLD_KIND) >= 20000:
            _FOLD_KIND.clear()
        f = fold(tok)
        hit = _FOLD_KIND[key] = (f, _kind(tok, f, frequent))
    return hit


def _kind(tok: str, f: str, frequent: frozenset[str]) -> str:
    """M month, W weekday, D day number, d day word, Y year, O modifier, C connector, '' none."""
    lead = re.match(r"[0-9]+", tok)
    if tok[0].isdigit():
        if lead is None:
            return ""  # "²", other scripts' digits
        digits = lead.group()
        n = int(digits)
        if len(digits) == 4 and 1900 <= n <= 2099 and digits == tok:
            return "Y"
        if 1 <= n <= 31 and len(digits) <= 2:
            return "D"
        return ""
    if tok[0] in "'’":
        return "Y"
    f = f.rstrip(".")
    if f in MONTH_WORDS:
        return "M"
    if f in WEEKDAYS or f in WEEKDAY_ABBR or f in FR_WEEKDAY_ABBR:
        return "W"
    if f in EN_ORD or f in FR_DAY:
        return "d"
    if f in MODIFIERS:
        return "O"
    if f in CONNECTORS:
        return "C"
    if f not in frequent and len(f) >= 4:
        if _misspelt(f, MONTH_FULL):
            return "M~"
        if _misspelt(f, WEEKDAY_FULL):
            return "W~"
    return ""


def _accept(text: str, toks: list[tuple[int, int, str, str]]) -> tuple[int, int] | None:
    kinds = [k for _, _, k, _ in toks]
    # trim connectors (and a trailing modifier) at the edges
    while kinds and kinds[0] == "C":
        toks, kinds = toks[1:], kinds[1:]
    while kinds and kinds[-1] in ("C", "O"):
        toks, kinds = toks[:-1], kinds[:-1]
    if not toks:
        return None
    has = set(kinds)
    days = [t for t in toks if t[2] in ("D", "d")]
    month_ok = False
    for s, e, k, f in toks:
        if k == "M~":
            month_ok = True
        elif k == "M":
            raw = text[s:e]
            if (
                f.rstrip(".") not in AMBIGUOUS_MONTH
                or raw[0].isupper()
                or any(
                    re.search(r"\d(?:st|nd|rd|th|er)$", text[a:b])
                    for a, b, kk, _ in toks
                    if kk == "D"
                )
                or "Y" in has
            ):
                month_ok = True
    weekday_ok = any(
        k == "W~" or (k == "W" and (f.rstrip(".") not in AMBIGUOUS_WEEKDAY or text[s].isupper()))
        for s, e, k, f in toks
    )
    day_number = any(t[2] == "D" or t[3] not in WEAK_DAY_WORDS for t in days)
    ok = False
    if (month_ok and (days or "Y" in has or "O" in has)) or (weekday_ok and day_number):
        ok = True
    if not ok:
        return None
    # a modifier word counts only right before a month or after "of" ("end of Jan", "mid-July")
    s, e = toks[0][0], toks[-1][1]
    if toks[-1][2] in ("D", "d", "Y") and _UNIT_AFTER.match(text, e):
        return None
    if (
        toks[0][2] == "O"
        and toks[0][3] in NEEDS_OF
        and not re.match(r"\s*of\b", text[toks[0][1] :])
    ):
        s = toks[1][0]
    return s, e


def _chains(
    text: str, frequent: frozenset[str], misspelt_spans: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, str, str]] = []
    last_end = -1

    def close() -> None:
        if any(k in ("M", "M~", "W", "W~") for _, _, k, _ in run):
            # "3rd May and May 3rd", "Mon 3rd Feb, Tues 4th Feb": dates listed are dates apart;
            # "the 1st and the 3rd of March" is one (its first part is no date alone)
            parts: list[list[tuple[int, int, str, str]]] = [[]]
            for k, t in enumerate(run):
                joint = t[3] in ("and", "et") or (k and "," in text[run[k - 1][1] : t[0]])
                if joint and parts[-1]:
                    parts.append([])
                if t[3] not in ("and", "et"):
                    parts[-1].append(t)
            spans = [_accept(text, p) for p in parts if p]
            fuzzy = {t[:2] for t in run if t[2] in ("M~", "W~")}
            misspelt_spans.update(
                sp
                for sp in [*spans, _accept(text, run)]
                if sp and any(sp[0] <= a < sp[1] for a, _ in fuzzy)
            )
            if len(spans) > 1 and all(spans):
                found.extend(sp for sp in spans if sp)
            else:
                span = _accept(text, run)
                if span:
                    found.append(span)
        run.clear()

    for m in _TOKEN.finditer(text):
        tok = m.group()
        f, k = _fold_kind(tok, frequent)
        if not k:
            if run:  # close() on an empty run does nothing: skip the call for most words
                close()
            continue
        end = m.end()
        abbr = f in MONTH_ABBR or f in WEEKDAY_ABBR or f in FR_WEEKDAY_ABBR
        if abbr and text[end : end + 1] == "." and k in ("M", "W"):
            end += 1  # "Oct.", "Thurs."
        if run and not _GAP.fullmatch(text[last_end : m.start()]):
            close()
        run.append((m.start(), end, k, f))
        last_end = end
    close()
    return found


_QUICK_WORDS = (
    MONTH_WORDS | WEEKDAYS | WEEKDAY_ABBR | FR_WEEKDAY_ABBR | frozenset(EN_ORD) | frozenset(FR_DAY)
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _worth(text: str) -> bool:
    """A digit, or a word that can be a day, a month or a weekday: else no chain can be a date."""
    # the same test as a generator of c.isdigit(), without a Python frame per character
    if any(map(str.isdigit, text)):
        return True
    # the same test as any(fold(w) in _QUICK_WORDS for w in ...): isdisjoint stops at the first word found
    return not _QUICK_WORDS.isdisjoint(map(fold, _WORD.findall(text)))


def detect_date_chains(text: str, frequent: frozenset[str], out: list[Candidate]) -> None:
    misspelt_spans: set[tuple[int, int]] = set()  # chains holding a misspelt month or weekday
    found = _chains(text, frequent, misspelt_spans) if _worth(text) else []
    for m in _DMY_TWO_DIGITS.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if (1 <= a <= 31 and 1 <= b <= 12) or (1 <= b <= 31 and 1 <= a <= 12):
            found.append((m.start(), m.end()))
    dated: list[Candidate] = []
    emit_dates(text, found, dated)
    grammar = [c for c in out if c.priority == PRI_DATE and c.label in _DATES]
    others = [c for c in out if c.priority > PRI_DATE_CHAIN and c.label not in _DATES]
    for c in dated:
        # a chain holding a misspelt month or weekday (what the grammar could not read: "le 3 févier")
        # that holds a date of the grammar and crosses nothing stronger lengthens it; else it only adds
        # where nothing was found
        longer = any(
            c.start <= g.start and g.end <= c.end and (g.start, g.end) != (c.start, c.end)
            for g in grammar
        )
        free = not any(o.start < c.end and c.start < o.end for o in others)
        lengthen = (c.start, c.end) in misspelt_spans and longer and free
        out.append(Candidate(c.start, c.end, c.label, PRI_DATE if lengthen else PRI_DATE_CHAIN))
    detect_paperwork_dates(text, out)  # last: it stretches what every date detector found (deid31)
    detect_calendar_anchors(text, out)  # an anchor and what modifies it (deid32)
    detect_rite_days(text, out)  # days counted from a rite, rota ordinals (deid36)
    detect_event_anchors(text, out)  # a unit anchored on an event, chat stamps (deid39)
    detect_date_edges(text, out)  # the whole expression: its edges, its second end (deid42)
    detect_date_wholes(text, out)  # years, months, counted days, a weekday's clock (deid48)
