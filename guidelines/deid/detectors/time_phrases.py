"""Time phrases that place a patient's event relative to the post: `DATE` spans rendered with a coarse scale.

Decision of 2026-12-06 (deid24, docs/deid.md "Date policy"): with the post date, "yesterday", "three weeks ago"
or « la semaine dernière » name a calendar day, and every writer who is not us annotates them as dates. They are
now `DATE` spans, and `deidentify` renders each with the scale a doctor needs instead of the day:
"since yesterday" -> "since [DATE_1 · days ago]", "il y a trois semaines" -> "[DATE_2 · il y a des semaines]".

Not time phrases (they stay visible): durations ("for three days", "depuis 3 jours", "for the last two weeks",
"over the past year"), habits ("every Monday", "in the winter" with no past verb before it), bare years
("in 2019": Safe Harbor keeps years) and clock times. Each phrase has one scale (`SCALES`); the rendering is
in the phrase's own language. Pure regular expressions, nothing downloaded; no medical word can match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .time_phrase_gates import GATES, has_head, present_words

_I = re.IGNORECASE
# How each scale reads inside the placeholder, (English, French).
SCALES: dict[str, tuple[str, str]] = {
    "hours_ago": ("hours ago", "il y a quelques heures"),
    "today": ("today", "aujourd'hui"),
    "days_ago": ("days ago", "il y a quelques jours"),
    "days_ahead": ("in days", "dans quelques jours"),
    "this_week": ("this week", "cette semaine"),
    "weeks_ago": ("weeks ago", "il y a des semaines"),
    "weeks_ahead": ("in weeks", "dans quelques semaines"),
    "this_month": ("this month", "ce mois-ci"),
    "months_ago": ("months ago", "il y a des mois"),
    "this_season": ("this season", "cette saison"),
    "months_ahead": ("in months", "dans quelques mois"),
    "this_year": ("this year", "cette année"),
    "year_ago": ("a year ago", "il y a un an"),
    "years_ago": ("years ago", "il y a des années"),
    "years_ahead": ("in a year or more", "dans un an ou plus"),
}

_N_EN = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a\s+few|few|"
    r"a\s+couple(?:\s+of)?|couple\s+of|several)"
)
_N_FR = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|\d{1,2}|quelques|"
    r"plusieurs)"
)
_SEASON_EN = r"(?:spring|summer|autumn|fall|winter)"
_SEASON_FR = r"(?:été|hiver|automne|printemps)"
_WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART_EN = r"(?:morning|afternoon|evening|night|lunchtime|lunch\s*time)"
_PART_FR = r"(?:soir|matin|midi|apr[eè]s[-\s]midi)"
# "the last week", "over the past month": a duration, not a date.
_NOT_AFTER_THE = r"(?<!the\s)(?<!the\s\s)"
# A past verb shortly before "in the spring" / « au printemps » makes it an event, not a habit ("worse in the winter").
_PAST_BEFORE_EN = re.compile(
    r"\b(?:had|was|were|did|got|came|went|moved|started|began|caught|left|[a-z]{3,}ed)\b[^.!?\n]{0,40}$",
    _I,
)
# French: a past participle or an imperfect (the auxiliaries alone, "a", "est", also read as English words)
_PAST_BEFORE_FR = re.compile(
    r"\b(?:eu|fait|été|était|étais|arrivée?s?|tombée?s?|partie?s?|venue?s?|[a-zàâçéèêëîïôûù]{2,}(?:é|ée|és|ées))"
    r"\b[^.!?\n]{0,40}$",
    _I,
)

# (scale, language, pattern); a pattern's group "t", when present, is the span (the word before stays text).
_PATTERNS: tuple[tuple[str, str, str], ...] = (
    # English: the days around the post
    ("days_ago", "en", r"the\s+day\s+before\s+yesterday|(?:the\s+)?night\s+before\s+last"),
    ("days_ahead", "en", r"the\s+day\s+after\s+tomorrow"),
    ("days_ago", "en", rf"yesterday(?:\s+{_PART_EN})?|the\s+other\s+day"),
    ("days_ahead", "en", rf"tomorrow(?:\s+{_PART_EN})?"),
    (
        "hours_ago",
        "en",
        r"this\s+morning(?!\s+sickness)|last\s+night(?!\s+sweats?)|earlier\s+today",
    ),
    ("today", "en", r"today|tonight|this\s+(?:afternoon|evening)|later\s+today"),
    ("hours_ago", "en", rf"{_N_EN}\s+hours?\s+ago"),
    ("days_ago", "en", rf"{_N_EN}\s+days?\s+ago"),
    ("days_ahead", "en", rf"in\s+{_N_EN}\s+days?(?:['’]\s*time)?"),
    # weeks
    ("this_week", "en", r"this\s+(?:past\s+)?(?:week|weekend)"),
    (
        "weeks_ago",
        "en",
        rf"{_NOT_AFTER_THE}last\s+(?:week|weekend)|(?:the\s+)?(?:week|weekend)\s+before\s+last",
    ),
    ("weeks_ago", "en", rf"{_N_EN}\s+(?:weeks?|fortnights?|weekends?)\s+ago|a\s+fortnight\s+ago"),
    ("weeks_ahead", "en", r"next\s+(?:week|weekend)|(?:the\s+)?(?:week|weekend)\s+after\s+next"),
    (
        "weeks_ahead",
        "en",
        rf"in\s+{_N_EN}\s+(?:weeks?|fortnights?)(?:['’]\s*time)?|in\s+a\s+fortnight(?:['’]s\s*time)?|"
        rf"{_N_EN}\s+weeks?\s+(?:on|from)\s+(?:{_WEEKDAY_EN}|today|tomorrow)",
    ),
    # months and seasons
    (
        "this_month",
        "en",
        # "the end of the month" stays: often a habit ("I take it at the end of the month")
        r"this\s+month|earlier\s+this\s+month|(?:the\s+)?(?:end|start|middle)\s+of\s+this\s+month",
    ),
    (
        "months_ago",
        "en",
        rf"{_NOT_AFTER_THE}last\s+month|(?:the\s+)?month\s+before\s+last|{_N_EN}\s+months?\s+ago",
    ),
    (
        "months_ahead",
        "en",
        rf"next\s+month|(?:the\s+)?month\s+after\s+next|in\s+{_N_EN}\s+months?(?:['’]\s*time)?",
    ),
    ("months_ago", "en", rf"{_NOT_AFTER_THE}last\s+{_SEASON_EN}|(?:a|one)\s+{_SEASON_EN}\s+ago"),
    ("this_season", "en", rf"this\s+(?:past\s+)?{_SEASON_EN}"),
    ("months_ahead", "en", rf"next\s+{_SEASON_EN}"),
    (
        "months_ago",
        "en",
        rf"(?:since|from)\s+(?P<t>(?:the\s+)?(?:{_SEASON_EN}|half[-\s]term|the\s+start\s+of\s+term)(?!\s+term))",
    ),
    (
        "months_ago",
        "en",
        r"(?:since|over|during|after|before)\s+(?P<t>(?:last\s+)?half[-\s]term)|last\s+term",
    ),
    (
        "this_season",
        "en",
        r"this\s+term|the\s+(?:autumn|spring|summer|christmas|easter)\s+term|next\s+term",
    ),
    # years relative to now (a year itself is no identifier)
    ("year_ago", "en", rf"{_NOT_AFTER_THE}last\s+year|a\s+year\s+ago"),
    (
        "years_ago",
        "en",
        rf"(?:the\s+)?year\s+before\s+last|{_N_EN}\s+years?\s+ago|{_N_EN}\s+(?:springs|summers|autumns|winters)\s+ago",
    ),
    ("this_year", "en", r"this\s+year|earlier\s+this\s+year"),
    ("years_ahead", "en", rf"next\s+year|in\s+{_N_EN}\s+years?(?:['’]\s*time)?"),
    # French: the days around the post
    (
        "days_ago",
        "fr",
        rf"avant[-\s]hier(?:\s+{_PART_FR})?|hier(?:\s+{_PART_FR})?|l['’]autre\s+jour",
    ),
    ("days_ahead", "fr", rf"apr[eè]s[-\s]demain|demain(?:\s+{_PART_FR})?"),
    ("hours_ago", "fr", rf"ce\s+matin|cette\s+nuit|il\s+y\s+a\s+{_N_FR}\s+heures?"),
    ("today", "fr", r"aujourd['’]\s*hui|ce\s+(?:soir|midi)|cet\s+apr[eè]s[-\s]midi"),
    (
        "weeks_ago",
        "fr",
        r"il\s+y\s+a\s+(?:huit|quinze)\s+jours|il\s+y\s+a\s+une\s+quinzaine(?:\s+de\s+jours)?",
    ),
    ("days_ago", "fr", rf"il\s+y\s+a\s+{_N_FR}\s+jours?"),
    (
        "weeks_ahead",
        "fr",
        r"dans\s+(?:huit|quinze)\s+jours|dans\s+une\s+quinzaine(?:\s+de\s+jours)?",
    ),
    ("days_ahead", "fr", rf"dans\s+{_N_FR}\s+jours?"),
    # weeks
    ("this_week", "fr", r"cette\s+semaine|ce\s+week-?end"),
    (
        "weeks_ago",
        "fr",
        rf"la\s+semaine\s+(?:derni[eè]re|pass[ée]e)|le\s+week-?end\s+(?:dernier|pass[ée])|il\s+y\s+a\s+{_N_FR}\s+semaines?",
    ),
    (
        "weeks_ahead",
        "fr",
        rf"la\s+semaine\s+prochaine|le\s+week-?end\s+prochain|dans\s+{_N_FR}\s+semaines?",
    ),
    # months and seasons
    # « fin du mois », « début du mois »: this month's end (« fin de mois », a habit, stays)
    (
        "this_month",
        "fr",
        r"ce\s+mois[-\s]ci|(?:fin|d[ée]but|milieu)\s+(?:du|de\s+ce)\s+mois(?![-\w])",
    ),
    ("months_ago", "fr", rf"le\s+mois\s+(?:dernier|pass[ée])|il\s+y\s+a\s+{_N_FR}\s+mois"),
    ("months_ahead", "fr", rf"le\s+mois\s+prochain|dans\s+{_N_FR}\s+mois"),
    (
        "months_ago",
        "fr",
        rf"(?:l['’]\s*|(?:cet|ce|le)\s+){_SEASON_FR}\s+(?:dernier|pass[ée])|"
        rf"depuis\s+(?P<t>l['’]\s*(?:été|hiver|automne)|le\s+printemps|la\s+rentrée)",
    ),
    ("this_season", "fr", r"cet\s+(?:été|hiver|automne)|ce\s+printemps"),
    ("months_ahead", "fr", rf"(?:l['’]\s*|(?:cet|ce|le)\s+){_SEASON_FR}\s+prochain"),
    # years
    ("year_ago", "fr", r"l['’]\s*an(?:n[ée]e)?\s+(?:derni[eè]re?|pass[ée]e?)"),
    ("years_ago", "fr", rf"il\s+y\s+a\s+{_N_FR}\s+ans"),
    ("this_year", "fr", r"cette\s+ann[ée]e"),
    ("years_ahead", "fr", rf"l['’]\s*an(?:n[ée]e)?\s+prochaine?|dans\s+{_N_FR}\s+ans"),
)
# Seasons named with a bare preposition: an event only after a past verb ("I had shingles in the spring").
_SEASON_AFTER_PAST = re.compile(
    rf"\b(?:(?:in|during|over)\s+the\s+{_SEASON_EN}|(?:au|en)\s+(?:printemps|été|automne|hiver))(?![\w-])",
    _I,
)

# "in two weeks" is a duration after a change or a count: "lost 5 kg in two weeks", "3.1 to 5.8 in a year",
# "twice in a month".
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:lost|gained|put\s+on|dropped|rose|fell|gone\s+(?:up|down)|times|twice|thrice)\b|"
    r"\d\s*(?:kg|kgs|lbs?|pounds|stones?|kilos?|cm|mm|%)|\bto\s+\d+(?:[.,]\d+)?)[^.!?\n]{0,30}$",
    _I,
)

# each pattern with its literal gate (time_phrase_gates.py): tried only where the gate finds a word
_COMPILED = tuple(
    (
        scale,
        lang,
        re.compile(rf"\b(?:{p})(?![\w-])", _I),
        frozenset(gate),
    )
    for (scale, lang, p), gate in zip(_PATTERNS, GATES, strict=True)
)
# Every phrase holds one of these words: the patterns run only in small windows around them (a long text of
# doses or numbers has none, and the number-word prefixes are costly to try at every word).
# grouped by first letter, in-group order kept: the flat list's matches, one branch per letter (deidperf3)
_HEAD = re.compile(
    r"\b(?:a(?:go|fternoon|utumns?|ujourd|ns|nn[ée]es?|utre\s+jour|utomne)|y(?:esterday|ears?)|"
    r"t(?:omorrow|oday|onight|erm)|m(?:orning|onths?|atin|idi|ois)|n(?:ight|uit)|evening|"
    r"w(?:eeks?|eekends?|inters?|eek-?end)|f(?:ortnights?|all)|s(?:prings?|ummers?|oir|emaines?)|"
    r"d(?:ays|ay\s+(?:before|after)|emain)|h(?:ours?|ier|eures?|iver)|other\s+day|l['’]\s*an|jours|été|"
    r"printemps|rentrée|quinzaine)(?![\w])",
    _I,
)


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _HEAD.finditer(text) if has_head(text) else ():
        a, b = max(0, m.start() - 50), min(len(text), m.end() + 40)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _found(text: str, a: int, b: int) -> Iterator[tuple[int, int, str, str]]:
    """The phrases within text[a:b] (a window around head words; lookbehinds see before a)."""
    present = present_words(text, a, b)
    for scale, lang, rx, gate in _COMPILED:
        if present.isdisjoint(gate):
            continue  # none of the words every match holds is in the window (time_phrase_gates.py)
        for m in rx.finditer(text, a, b):
            if m.end() == b < len(text) and text[b].isalnum():
                continue  # cut by the window's end
            s, e = m.span("t") if "t" in rx.groupindex and m.group("t") else m.span()
            if m.group().lower().startswith("in") and _CHANGE_BEFORE.search(
                text, max(0, s - 45), s
            ):
                continue
            yield s, e, scale, lang
    for m in _SEASON_AFTER_PAST.finditer(text, a, b):
        fr = m.group().lower()[:2] in ("au", "en")
        if (_PAST_BEFORE_FR if fr else _PAST_BEFORE_EN).search(
            text, max(0, m.start() - 60), m.start()
        ):
            yield (
                m.start(),
                m.end(),
                "months_ago",
                "fr" if fr else "en",
            )


@lru_cache(maxsize=1)
def time_phrases(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, scale, lang) of every time phrase, longest first where two overlap; sorted, disjoint.

    Kept for the last text only: the anonymiser's date detector, then `deidentify`'s rendering or the
    answer check's `find_identifiers` ask for the same text in a row (~0.9 ms of a 300-word answer each);
    one entry holds no more than the text being processed."""
    found = [f for a, b in _windows(text) for f in _found(text, a, b)]
    out: list[tuple[int, int, str, str]] = []
    # dict.fromkeys, not set: two scales of one span keep the patterns' order (a set's order changed with the
    # process's hash seed, so « dans quinze jours » read as days in one worker and weeks in another)
    for s, e, scale, lang in sorted(dict.fromkeys(found), key=lambda f: (f[0], -(f[1] - f[0]))):
        if out and s < out[-1][1]:
            if e - s > out[-1][1] - out[-1][0]:
                out[-1] = (s, e, scale, lang)
            continue
        out.append((s, e, scale, lang))
    return tuple(out)


def time_scale(phrase: str) -> str | None:
    """The scale a whole span reads as ("yesterday" -> "days ago", « il y a trois semaines » -> « il y a des
    semaines »), or None when the span is not one time phrase (a calendar date keeps its bare placeholder)."""
    phrase = phrase.strip()
    if not phrase or len(phrase) > 60:
        return None
    for s, e, scale, lang in time_phrases(phrase):
        if s == 0 and e == len(phrase):
            en, fr = SCALES[scale]
            return fr if lang == "fr" else en
    return None


# A named weekday already redacted as a calendar date gets a scale too when its direction is plain:
# "last Tuesday", "since Monday", « mardi dernier », « depuis lundi » -> days ago; "next Friday", « vendredi
# prochain » -> in days; "Saturday week", « lundi en huit » -> in weeks. Anything else keeps a bare [DATE_n].
_WD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)"
)
_WD_PART = rf"(?:\s+(?:{_PART_EN}|{_PART_FR}))?"
_WEEKDAY_SCALES = (
    (
        "days_ago",
        re.compile(
            rf"(?:last|this\s+past)\s+{_WD}{_WD_PART}|{_WD}{_WD_PART}\s+(?:gone|derni[eè]r)", _I
        ),
    ),
    (
        "days_ahead",
        re.compile(rf"(?:next|this\s+coming)\s+{_WD}{_WD_PART}|{_WD}{_WD_PART}\s+prochain", _I),
    ),
    ("weeks_ahead", re.compile(rf"{_WD}\s+(?:week|fortnight)|{_WD}\s+en\s+(?:huit|quinze)", _I)),
)
_BARE_WD = re.compile(rf"{_WD}{_WD_PART}", _I)
_SINCE_BEFORE = re.compile(r"\b(?:since|depuis)\s+$", _I)
_FR_WD = re.compile(r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", _I)


def weekday_scale(text: str, start: int, end: int) -> str | None:
    """The scale of a weekday date at text[start:end] ("last Tuesday" -> "days ago"), or None."""
    phrase = text[start:end]
    if len(phrase) > 40:
        return None
    scale = next((sc for sc, rx in _WEEKDAY_SCALES if rx.fullmatch(phrase)), None)
    if (
        scale is None
        and _BARE_WD.fullmatch(phrase)
        and _SINCE_BEFORE.search(text, max(0, start - 10), start)
    ):
        scale = "days_ago"
    if scale is None:
        return None
    en, fr = SCALES[scale]
    return fr if _FR_WD.search(phrase) else en
