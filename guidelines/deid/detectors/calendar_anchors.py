"""Dates built from a calendar anchor and what modifies it (issue 9, deid32; docs/deid.md "Round 32 (dates)").

A calendar anchor is a feast or holiday (`data/calendar_anchors.txt` and `data/religious_calendar.txt`, EN/FR,
several faiths, national days), a season, a month or a weekday. An anchor alone is rarely a date ("Easter egg",
"March" the verb, "May" the name, « la fête » a party); with what modifies it, it is one (Safe Harbor: every element
of a date more precise than the year):

- an ordinal of it: "the [first Saturday in September]", « le [3e dimanche d'octobre] », "[last week of the
  summer holidays]", « [dernier samedi de l'Avent] », "the [hottest day of July]" (no article before an
  ordinal, deid31's convention);
- a weekday or a day before or after a feast: the "[Friday before May Day]", « le [lundi après la Toussaint] »;
- a unit after a feast, with `last`/`this`/`next`: "[Christmas week]", "[last Christmas Eve]", "[Whit
  weekend]"; a unit before it: « [fin de semaine de l'Action de grâce] », « les [vacances de Pâques] »;
- a year after a season or a feast: "[summer 2023]", « l'[été 2024] », « le [Ramadan de 2025] » (a bare year
  stays visible: the project's Safe Harbor reading);
- a time preposition before a feast (« pendant le [carnaval] », "over [Passover]"; the article outside, as the training
  sets' `le [Ramadan]`, `l'[Aïd el-Kébir]`), never a feast that
  modifies a noun ("Easter egg", "New Year's resolution", « le comité du carnaval »);
- a French feast weekday: « le [dimanche gras] », « [jeudi saint] ».

A pass over the candidates after the other date detectors (`date_chains.detect_date_chains`): a found date that
overlaps one of these is joined to it. One scan for the anchors, then anchored look-behinds and look-aheads
around each (no scan per rule).
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidelines.deid._data import DATA_DIR
from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.detectors.text_gates import gate_words, has_word, spellings
from textkit.lists import read_lines

I = re.IGNORECASE  # noqa: E741

_WD_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WD_FR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_MONTH_EN = r"january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_SEASON_EN = r"summer|winter|spring|autumn|fall"
_SEASON_FR = r"[ée]t[ée]|hiver|automne|printemps"
_YEAR = r"(?:19|20)\d\d(?![\d,.]\d|\s*(?:mg|ml|kg|g\b|%|h\b))"

_ORD_EN = r"first|second|third|fourth|fifth|last|final|penultimate|1st|2nd|3rd|4th|5th"
_ORD_FR = (
    r"premi[eè]re?|1er|1re|1[eè]re|deuxi[eè]me|2e|2[eè]me|second|seconde|troisi[eè]me|3e|3[eè]me|"
    r"quatri[eè]me|4e|4[eè]me|cinqui[eè]me|5e|derni[eè]re?"
)
_UNIT_EN = rf"(?:{_WD_EN}|week|weekend|day|night|morning|evening)s?"
_UNIT_FR = rf"(?:{_WD_FR}|semaine|week-end|weekend|fin\s+de\s+semaine|jour|nuit|soir[ée]e?)"
# "[first Saturday in] September", "[last week of the] summer holidays", « le [3e dimanche d'] octobre »
_ORDINAL_BEFORE = re.compile(
    rf"(?:\b(?:{_ORD_EN})\s+{_UNIT_EN}\s+(?:in|of)\s+(?:the\s+)?"
    rf"|(?<![\w-])(?:{_ORD_FR})\s+{_UNIT_FR}\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|en\s+)"
    r"|\b(?:hottest|coldest|wettest|warmest|sunniest|longest|shortest|busiest|darkest)\s+"
    r"(?:day|night|weekend|week)\s+of\s+(?:the\s+)?)$",
    I,
)
# the "[Friday before] May Day", « le [lundi après la] Toussaint »: the article outside (training gold
# `Tuesday after Easter`)
_RELATIVE_BEFORE = re.compile(
    rf"(?:\b(?:{_WD_EN}|day|week|weekend|night|evening|morning)\s+(?:before|after)\s+(?:the\s+)?"
    rf"|\b(?:{_WD_FR}|semaine|week-end|lendemain|veille)\s+(?:avant|apr[eè]s|suivant|pr[ée]c[ée]dant)\s+"
    r"(?:la\s+|le\s+|les\s+|l['’])?)$",
    I,
)
_MODIFIER_BEFORE = re.compile(r"\b(?:last|this|next|this\s+past|this\s+coming)\s+$", I)
# « [fin de semaine de l'] Action de grâce », « les [vacances de] Pâques », « [semaine de] Noël »
_UNIT_BEFORE_FR = re.compile(
    r"(?<![\w-])(?:(?:fin\s+de\s+)?semaine|week-end|weekend|vacances|cong[ée]s|pont|r[ée]veillon)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$",
    I,
)
_HOLIDAYS_BEFORE_FR = re.compile(r"(?<![\w-])vacances\s+(?:de\s+|d['’])$", I)
_SEASON_PREP = re.compile(
    r"\b(?:over|during|in|since|before|after|until|till|throughout)\s+the\s+$", I
)
_UNIT_AFTER_EN = re.compile(
    r"(?:['’]s)?\s+(?:Eve|Day|week|(?:long\s+)?weekend|fortnight|bank\s+holiday|morning|night)(?![\w-])",
    I,
)
# a holiday names a period, but "the summer holidays" alone is no date: it needs another modifier
_HOLIDAYS_AFTER = re.compile(r"\s+(?:holidays?|hols|break|vacation|half[-\s]term|term)(?![\w-])", I)
_YEAR_AFTER = re.compile(rf"\s+(?:of\s+|de\s+|d['’])?{_YEAR}", I)
_TIME_PREP = re.compile(
    r"\b(?:over|during|at|since|before|after|until|till|around|throughout|"
    r"pendant|durant|depuis|avant|apr[eè]s|jusqu['’](?:à|au|aux)|d[eè]s|lors\s+d[eu']|à|au|aux|"
    r"retour\s+(?:du|des|de))\s+"  # « au retour du [Magal de Touba] »
    r"(?:the\s+)?$",
    I,
)
_ARTICLE_ONLY = re.compile(r"(?:le|la|les)\s+|l['’]\s*", I)
_FR_ARTICLE = re.compile(r"(?:\b(?:le|la|les)\s+|\bl['’]\s*)$", I)
# a feast that modifies a noun names a thing or an event, not a time
_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:eggs?|trees?|cards?|party|parties|dinners?|lunch|presents?|gifts?|markets?|jumpers?|"
    r"sales?|pudding|cakes?|bunny|hunt|resolutions?|movies?|films?|songs?|carols?|lights|decorations?|"
    r"fairs?|costumes?|bonus|shopping|menu|specials?|committee|comit[ée]|bal|d[ée]fil[ée]|char|chars)\b",
    I,
)
_FR_FEAST_WEEKDAY = re.compile(rf"\b(?:{_WD_FR})\s+(?:gras|saint)\b|\bmi-car[êe]me\b", I)
# every match holds « gras » or « saint » (after a space, before a word boundary) or « mi » (between a word
# boundary and its hyphen) as a whole run of word characters (deidperf7, `text_gates`)
_FR_FEAST_WEEKDAY_WORDS = frozenset({"gras", "saint", "mi"})


def _entry(term: str) -> str:
    exact = term.startswith("=")
    parts = [re.escape(p) for p in re.split(r"[\s-]+", term.lstrip("="))]
    body = r"[\s-]+".join(parts).replace("['’]", "['’]").replace("\\'", "['’]")
    return f"(?-i:{body})" if exact else body


@lru_cache(maxsize=1)
def _lowercase_feasts() -> frozenset[str]:
    """The anchors written in lowercase (« carnaval », « fêtes de fin d'année »): a proper noun otherwise needs
    its capital after a bare time preposition (« jeûner pendant le ramadan » is a practice, not a date)."""
    return frozenset(
        " ".join(t.split())
        for t in read_lines(DATA_DIR / "calendar_anchors.txt")
        if t[:1].islower()
    )


def _grouped(alternatives: list[str]) -> str:
    """The alternation of these regex alternatives in their order, grouped by first letter: `f(?:ête…|east…)`.

    Under IGNORECASE the flat alternation tried each of its ~190 feasts at every word start (the costliest
    regex of a pass, deidperf5). Each group keeps its entries' order, and no character matches two groups'
    first letters (tested over every code point), so at any position only one group can match and it
    tries its entries in the flat order: the same matches. An alternative that opens with a class
    (`[ée]t[ée]`) stays a group of its own."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if alt[0].isalpha():
            groups.setdefault(alt[0].lower(), []).append(alt[1:])
        else:
            groups.setdefault(alt, [])
    return "|".join(f"{k}(?:{'|'.join(rests)})" if rests else k for k, rests in groups.items())


def _feast(term: str) -> str:
    """`_entry(term)` as an alternative of `_grouped`: an exact entry (`=Lent`) keeps its case by a
    case-sensitive look-behind on the letter its group consumed."""
    word = term.lstrip("=")
    body = _entry(word)  # re.escape leaves letters alone: body[0] is the word's first letter
    return f"{body[0]}(?-i:(?<={word[0]}){body[1:]})" if term.startswith("=") else body


_Node = dict[str, "_Node"]


def _trie(terms: list[str]) -> str:
    """One regex for many names, as a trie of their characters (deid46: the ~800 holiday names as a flat
    alternation cost a quarter of find_spans' time). Spaces and hyphens are one `[\\s-]+` step, an apostrophe
    `['’]`; a longer name is tried before the name it extends (a greedy optional tail), so the match is the
    longest, as with the length-sorted alternation. Matched whatever the case (no `=` entry here)."""
    root: _Node = {}
    for term in terms:
        node = root
        for atom in re.findall(r"[\s-]+|['’]|.", term.lower()):
            key = r"[\s-]+" if atom[0] in " -\t" else "['’]" if atom in "'’" else re.escape(atom)
            node = node.setdefault(key, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        kids = [k + emit(v) for k, v in sorted(node.items()) if k]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 and "" not in node else f"(?:{'|'.join(kids)})"
        return f"{body}?" if "" in node else body

    return emit(root)


def _terms() -> set[str]:
    return set(read_lines(DATA_DIR / "calendar_anchors.txt")) | set(
        read_lines(DATA_DIR / "religious_calendar.txt")
    )


@lru_cache(maxsize=1)
def _anchor_gate() -> frozenset[str] | None:
    """A word of every anchor (deidperf8, `text_gates.gate_words`): each match of `_anchors` is one whole
    term, season or month, with neither a word character nor a hyphen on its sides."""
    names = [t.lstrip("=") for t in _terms() | set(read_lines(DATA_DIR / "holiday_names.txt"))]
    seasons_months = f"{_SEASON_EN}|{_SEASON_FR}|{_MONTH_EN}|{_MONTH_FR}".split("|")
    return gate_words([*names, *spellings(*seasons_months)])


@lru_cache(maxsize=1)
def _anchors() -> re.Pattern[str]:
    terms = _terms()
    # python-holidays' names (deid46); none opens with a curated anchor (derive_holidays.py), so trying the
    # curated anchors first gives the same matches as one alternation sorted by length
    holidays = sorted(set(read_lines(DATA_DIR / "holiday_names.txt")) - terms)
    feasts = _grouped(
        [_feast(t) for t in sorted(terms, key=lambda t: len(t.lstrip("=")), reverse=True)]
    )
    feasts = f"{feasts}|{_trie(holidays)}" if holidays else feasts
    seasons = _grouped(f"{_SEASON_EN}|{_SEASON_FR}".split("|"))
    months = _grouped(f"{_MONTH_EN}|{_MONTH_FR}".split("|"))
    return re.compile(
        rf"(?<![\w-])(?:(?P<feast>{feasts})|(?P<season>{seasons})|(?P<month>{months}))(?![\w-])", I
    )


def _span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The date the anchor m heads, or None when nothing modifies it."""
    s, e = m.span()
    kind = m.lastgroup
    modified = False
    weak = (kind == "month" and m.group() == "may") or (
        kind == "season" and m.group().lower() == "fall"
    )
    if weak and not _YEAR_AFTER.match(text, e):
        return None  # "may" the verb; "fall" only with a year ("fall 2021")
    if kind != "month":
        if kind == "feast" and (u := _UNIT_AFTER_EN.match(text, e)):
            e, modified = u.end(), True
        elif h := _HOLIDAYS_AFTER.match(text, e):
            e = h.end()  # "[last week of the summer holidays]", "during the [Easter holidays]"
        if y := _YEAR_AFTER.match(text, e):
            e, modified = y.end(), True
    before = text[max(0, s - 60) : s]
    base = s - len(before)
    if (o := _ORDINAL_BEFORE.search(before)) is not None:
        return base + o.start(), e
    if kind == "month":
        return None
    if kind == "season" and (v := _HOLIDAYS_BEFORE_FR.search(before)) is not None:
        return base + v.start(), e  # « les [vacances d'été] » (training gold `vacances d'hiver`)
    if kind == "season" and e > m.end() and not modified and _SEASON_PREP.search(before):
        return s, e  # "during the [summer holidays]", as "during the [Easter holidays]"
    if kind == "feast":
        if (r := _RELATIVE_BEFORE.search(before)) is not None:
            return base + r.start(), e
        if (u := _UNIT_BEFORE_FR.search(before)) is not None:
            return base + u.start(), e
        if (mod := _MODIFIER_BEFORE.search(before)) is not None and modified:
            return base + mod.start(), e
        if not modified and _NOUN_AFTER.match(text, e):
            return None  # "Easter egg", "New Year's resolution", « le carnaval char »
        if not modified:
            art = _FR_ARTICLE.search(before)
            capital = m.group()[0].isupper() or " ".join(m.group().split()) in _lowercase_feasts()
            if capital and _TIME_PREP.search(before[: art.start() if art else len(before)]):
                return s, e  # « pendant le [carnaval] », "over [Passover]": the article outside
    return (s, e) if modified else None


def calendar_anchor_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every anchored date in text (see the module docstring)."""
    out = (
        [m.span() for m in _FR_FEAST_WEEKDAY.finditer(text)]
        if has_word(text, _FR_FEAST_WEEKDAY_WORDS)
        else []
    )
    gate = _anchor_gate()
    for m in _anchors().finditer(text) if gate is None or has_word(text, gate) else ():
        span = _span(text, m)
        if span is not None:
            out.append(span)
    return out


def detect_calendar_anchors(text: str, cands: list[Candidate]) -> None:
    """Add the anchored dates to cands, joined to the DATE candidates they overlap."""
    for s, e in calendar_anchor_spans(text):
        dates = [c for c in cands if c.label in ("DATE", "DATE_OF_BIRTH")]
        if any(c.start <= s and e <= c.end and c.priority >= PRI_DATE - 1 for c in dates):
            continue  # found already: its edges were decided by its own detector
        for k, c in enumerate(cands):
            if c.label not in ("DATE", "DATE_OF_BIRTH") or not (c.start < e and s < c.end):
                continue
            if c.priority < PRI_DATE - 1 and not (s <= c.start and c.end <= e):
                continue  # a weaker chain over it ("lundi 8h 15/9, mercredi…") is not joined
            # « Le [dimanche gras] »: the article a habit (« le dimanche ») took stays outside
            lead = 0 if _ARTICLE_ONLY.fullmatch(text, c.start, s) is None else s - c.start
            s, e = min(s, c.start + lead), max(e, c.end)
            cands[k] = Candidate(s, e, c.label, c.priority)
        cands.append(Candidate(s, e, "DATE", PRI_DATE - 1))
