"""Dates without a full day-month-year: a small EN/FR grammar of calendar-anchored expressions.

Policy (HIPAA Safe Harbor's reading, `docs/deid.md`): every element of a date more precise than the
year that relates to the person is an identifier, so these are `DATE`:

- named weekdays used as a day: `last Tuesday`, `Tuesday gone`, `Saturday week`, `Monday fortnight`,
  `a fortnight ago Friday`, `since Monday`, `mardi dernier`, `lundi en huit`, `depuis jeudi`, and
  their habits (`every Monday`, `on Mondays`, `tous les lundis`: `weekday_habits.py`, since 2026-12-07);
- day-only numbers: `the 3rd`, `the 14th`, `the 2nd of next month`, `le 3`, `le 1er`,
  `le 15 du mois dernier`, `la semaine du 8` (never a dose, a floor, a rank: `the 3rd dose`,
  `le 15` after "appeler" is the SAMU);
- ranges of those: `from the 5th to the 12th`, `du 12 au 19`, `between Christmas and New Year`;
- feast days without a year: `Boxing Day`, `St Patrick's Day`, `Good Friday`, `la Saint-Jean`,
  `le lendemain de Noël`, `since Christmas`, `the first day of Ramadan` (word-like feasts need a time
  word before them: `Christmas tree` and the name `Noël` stay);
- a named month used as a time: `last August`, `since March`, `in May`, `début mars`,
  `en août dernier` (never the modal `may`, `sept` = seven, `Mars` bars).

Time phrases (`yesterday`, `la semaine dernière`): `time_phrases.py` (DATE with a scale, 2026-12-06).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from guidelines.deid._data import gazetteers
from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.cues import word_set

from .birthdays import _ORDINAL_QUICK, BIRTHDAY_TRIGGERS, _birthdays
from .calendar_terms import calendar_terms
from .date_grammar import (
    _CALL_BEFORE,
    _CAP_ABBR,
    _EMERGENCY_NUMBER,
    _FOLLOW_OK,
    _FOLLOW_WORD,
    _HABIT_BEFORE,
    _TIME_PREP,
    _WD_FULL,
    _WEEKDAY_NOUN_AFTER,
    DAY_EN,
    DAY_FR,
    MONTH_TIME,
    WEEKDAY_PHRASE,
    Anchors,
    I,
    _matches,
)
from .feasts import _feasts
from .text_gates import has_word, spellings
from .time_phrases import time_phrases
from .weekday_habits import weekday_habits

DEICTIC, TIME_PHRASES = False, True  # TIME_PHRASES off = the policy of 2026-12-03 (time words kept)
# A month after a bare preposition ("in May", "since March"): Safe Harbor counts the month as an
# element of a date; the switch exists for the measurement in `bench/deid/date_policy.py`.
BARE_MONTHS = True
DEICTIC_PHRASE = re.compile(
    r"\b(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|yesterday(?:\s+(?:morning|afternoon|"
    r"evening|night))?|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow|"
    r"(?:the\s+)?(?:week|month|weekend)\s+before\s+last|(?:last|this|next)\s+(?:week|month|weekend)|"
    r"avant[-\s]hier|apr[eè]s[-\s]demain|hier(?:\s+(?:soir|matin|midi|apr[eè]s[-\s]midi))?|"
    r"aujourd['’]\s*hui|ce\s+(?:matin|soir|midi)|cet\s+apr[eè]s[-\s]midi|cette\s+nuit|demain|"
    r"la\s+semaine\s+(?:derni[eè]re|prochaine|pass[ée]e)|le\s+mois\s+(?:dernier|prochain)|"
    r"le\s+week-end\s+dernier|ce\s+week-end|cette\s+semaine|"
    r"(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|fortnights?)\s+ago|"
    r"il\s+y\s+a\s+(?:un|une|deux|trois|quatre|cinq|six|\d+)\s+(?:jours?|semaines?|mois))(?![\w-])",
    I,
)

WEEKDAY_TRIGGERS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi "
    "dimanche mon tue tues wed weds thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays lundis mardis mercredis jeudis vendredis samedis dimanches"
)
FEAST_TRIGGERS = word_set(
    "christmas xmas boxing hogmanay easter friday tuesday wednesday sunday monday thursday saturday "
    "fawkes bonfire halloween hallowe'en diwali hanukkah chanukah kippur hashanah eid thanksgiving nouvel "
    "saint sainte st ste noel paques toussaint pentecote ascension aid tabaski korite chandeleur epiphanie "
    "reveillon fete gras whitsun whit bastille anzac australia waitangi canada independence labour labor "
    "memorial remembrance armistice mothering mother's father's mothers fathers heritage freedom victoria "
    "pancake shrove valentine valentine's valentines patrick patrick's paddy paddy's david's andrew's "
    "george's stephen's swithin's lunar fourth mardi lundi ramadan ramadhan careme lent passover pesach "
    "purim navratri vaisakhi holi jour rentree"
)
# Feasts whose words are all frequent: both words must be present.
_FEAST_PAIRS = (frozenset({"new", "year"}), frozenset({"new", "year's"}), frozenset({"jour", "an"}))
_PAIR_WORDS = frozenset({"new", "year", "year's", "jour", "an"})
MONTH_TRIGGERS = word_set(
    "january february march april may june july august september october november december janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
)
# A day number can only be there after "the"/"le"/"du"… with a digit, or an ordinal suffix.
_DAY_QUICK = re.compile(r"\d(?:st|nd|rd|th)\b|\b(?:le|du|au|the)\s+\d", re.I)
DAY_TRIGGERS = word_set("the le du la entre cette week-end weekend jusqu'au")
DEICTIC_TRIGGERS = word_set(
    "yesterday today tonight tomorrow night morning afternoon evening week month weekend ago hier "
    "avant-hier apres-demain aujourd'hui aujourd matin soir midi nuit demain semaine mois week-end"
)
_HYPHEN_TRIGGER = ("saint-", "sainte-", "st-", "ste-", "mi-", "mid-")


def _next_word_ok(text: str, end: int) -> bool:
    """The day number is followed by punctuation, the end or a function word, not by a noun."""
    rest = text[end : end + 30]
    if not rest.strip() or rest.lstrip()[0] in ".,;:!?)]-–—\n":
        return True
    m = _FOLLOW_WORD.match(rest)
    if m is None:
        return False
    word = re.split(r"['’]", m.group(1).lower())[0]
    if word in ("and", "or", "et", "ou"):
        # "the 2nd and still…" is a date; "the 2nd and 3rd toes", "le 2 ou 3 comprimés" are not
        return re.match(r"\s*(?:the\s+|le\s+)?\d", rest[m.end() :]) is None
    return word in _FOLLOW_OK


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([^\W\d_]+(?:['’][^\W\d_]+)?)\W*$", text[max(0, start - 25) : start])
    return m.group(1).lower().replace("’", "'") if m else ""


def _weekdays(text: str, out: list[tuple[int, int]], anchors: Anchors = None) -> None:
    for m in _matches(WEEKDAY_PHRASE, text, anchors):
        wd = m.group("wd")
        pre, post = m.group("pre"), m.group("post")
        s = m.start()
        abbreviation = not re.fullmatch(_WD_FULL, wd, I)
        if (
            abbreviation
            and not (pre or post)
            and not (_CAP_ABBR.fullmatch(wd) and _prev_word(text, s) in _TIME_PREP)
        ):
            continue  # an abbreviation needs a modifier, or a capital after a time word
        if not pre and not post:
            if _HABIT_BEFORE.search(text, max(0, s - 14), s):
                continue  # "every Monday", "le lundi", "tous les lundis": a habit, not a day
            if _WEEKDAY_NOUN_AFTER.match(text, m.end()):
                continue  # "Sunday school", "Saturday job"
        if _HABIT_BEFORE.search(text, max(0, s - 14), s) and re.match(
            r"(?i)\s*(?:matin|soir|midi)", post or ""
        ):
            continue  # "le lundi matin": a habit
        end = m.end()
        the = re.search(r"(?i)\bthe\s+$", text[max(0, s - 6) : s])
        if the and re.search(r"(?i)\b(?:before\s+last|after\s+next)$", post or ""):
            s -= len(the.group())  # "the Sunday before last", as "the week before last"
        out.append((s, end))


def _days(text: str, out: list[tuple[int, int]]) -> None:
    for m in DAY_EN.finditer(text):
        if _next_word_ok(text, m.end()):
            out.append(m.span())
    for m in DAY_FR.finditer(text):
        if not _next_word_ok(text, m.end()):
            continue
        number = re.search(r"\d+", m.group())
        if (
            number is not None
            and number.group() in _EMERGENCY_NUMBER
            and m.group().lower().startswith("le")
            and (
                _CALL_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or re.match(
                    r"(?i)\s*(?:ou\b|\(|samu|pompiers|police|en\s+urgence)", text[m.end() :]
                )
            )
        ):
            continue  # "appeler le 15": the SAMU, not a date
        out.append(m.span())


def _months(text: str, out: list[tuple[int, int]], anchors: Anchors = None) -> None:
    for m in _matches(MONTH_TIME, text, anchors):
        if not (m.group("prep") or m.group("mod") or m.group("post")):
            continue  # a bare month name with no time word: "Mars", "march on"
        if not BARE_MONTHS and not (m.group("mod") or m.group("post")):
            continue
        start = m.start("mod") if m.group("mod") else m.start("month")
        out.append((start, m.end()))


# What moves a date by a day or more before or after it: "the Tuesday after Easter", "a fortnight after
# Burns Night", « quinze jours avant Noël », « le surlendemain du 14 Juillet »; joined to the date it
# moves (the article stays outside, as for every date).
_OFFSET = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|fortnights?|months?)|fortnight|"
    r"day|week|weekend|month|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|(?:un|une|deux|trois|quatre|cinq|six|huit|quinze|\d+)\s+(?:jours?|semaines?|mois)|"
    r"lendemain|surlendemain|veille|avant-veille|semaine|week-end|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)\s+(?:before|after|following|avant|apr[eè]s|de|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$",
    I,
)


_OFFSET_QUICK = re.compile(
    r"\b(?:before|after|following|avant|apr[eè]s|lendemain|surlendemain|veille|avant-veille)\b", I
)
# every match is a whole run of word characters, one of these (deidperf8, `text_gates.has_word`)
_OFFSET_WORDS = spellings(
    "before", "after", "following", "avant", "apr[eè]s", "lendemain", "surlendemain", "veille"
)


def _with_offsets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        m = _OFFSET.search(text, max(0, s - 32), s)
        out.append((m.start(), e) if m else (s, e))
    return out


def _merge_ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'between Christmas and New Year', 'from Monday to Friday': two dates and their connectors."""
    spans = sorted(spans)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            gap = text[pe:s]
            if s <= pe:
                merged[-1] = (ps, max(pe, e))
                continue
            if re.fullmatch(
                r"\s*(?:and|to|till|until|through|-|–|au|à|et|jusqu['’](?:à|au))\s*", gap, I
            ):
                opener = re.search(
                    r"(?i)\b(?:between|from|entre|du|de)\s+$", text[max(0, ps - 10) : ps]
                )
                merged[-1] = (ps - len(opener.group()) if opener else ps, e)
                continue
        merged.append((s, e))
    return merged


def detect_relative_dates(
    text: str,
    words: frozenset[str],
    out: list[Candidate],
    tokens: Sequence[tuple[str, tuple[int, int]]] | None = None,
) -> None:
    """Calendar-anchored dates without a full date (see the module docstring).

    `words` are the folded tokens, `tokens` (folded word, span) pairs when the caller has them
    (the regexes then run only around their trigger words); a found date that overlaps a date
    already in `out` is joined to it ("Sunday 14th" stays one span, "on the 28th" becomes
    "the 28th")."""
    found: list[tuple[int, int]] = []
    hyphenated = any(w.startswith(_HYPHEN_TRIGGER) for w in words if "-" in w)

    def anchors(trigger: frozenset[str], extra: frozenset[str] = frozenset()) -> Anchors:
        if tokens is None:
            return None
        return [
            span
            for f, span in tokens
            if f in trigger or f in extra or ("-" in f and f.startswith(_HYPHEN_TRIGGER))
        ]

    habits: list[tuple[int, int]] = []
    if not words.isdisjoint(WEEKDAY_TRIGGERS):
        _weekdays(text, found, anchors(WEEKDAY_TRIGGERS))
        habits = [(s, e) for s, e, _scale, _lang in weekday_habits(text)]
        found += habits
    if not words.isdisjoint(DAY_TRIGGERS) and _DAY_QUICK.search(text):
        _days(text, found)
    pairs = any(pair <= words for pair in _FEAST_PAIRS)
    if hyphenated or pairs or not words.isdisjoint(FEAST_TRIGGERS):
        _feasts(
            text,
            found,
            anchors(FEAST_TRIGGERS, _PAIR_WORDS if pairs else frozenset()),
            gazetteers(),
        )
    if hyphenated or not words.isdisjoint(MONTH_TRIGGERS):
        _months(text, found, anchors(MONTH_TRIGGERS))
    if not words.isdisjoint(BIRTHDAY_TRIGGERS) or _ORDINAL_QUICK.search(text):
        _birthdays(text, found)
    g = gazetteers()
    named: list[tuple[int, int]] = []  # moved by offsets, but kept out of ranges' connectors
    calendar_terms(text, g.first_names, g.stopwords, named)
    if DEICTIC and not words.isdisjoint(DEICTIC_TRIGGERS):
        found += [m.span() for m in DEICTIC_PHRASE.finditer(text)]
    times = {(s, e) for s, e, _scale, _lang in time_phrases(text)} if TIME_PHRASES else set()
    found += sorted(times)
    if (
        not found
        and not named
        and not (has_word(text, _OFFSET_WORDS) and _OFFSET_QUICK.search(text))
    ):
        return
    from guidelines.deid.detectors.dates import emit_dates

    mine: list[Candidate] = []
    emit_dates(
        text, _merge_ranges(text, _with_offsets(text, found)) + _with_offsets(text, named), mine
    )  # a time phrase stays a DATE with its scale, even after "born" ("né cette nuit")
    # a habit recurs: never a birth date ("birth mum has contact every second Tuesday")
    always_dates = times | set(habits)
    mine = [replace(c, label="DATE") if (c.start, c.end) in always_dates else c for c in mine]
    dates = [c for c in out if c.label in ("DATE", "DATE_OF_BIRTH")]
    # a date found by the other detectors is moved by an offset too ("le surlendemain du 14 Juillet")
    for d in dates:
        m = _OFFSET.search(text, max(0, d.start - 32), d.start)
        if m is not None and _OFFSET_QUICK.search(m.group()):  # a move, not "la semaine du"
            mine.append(Candidate(m.start(), d.end, d.label, d.priority))
    for c in mine:
        start, end, label, priority = c.start, c.end, c.label, PRI_DATE - 1
        for d in dates:
            if d.start < end and start < d.end:
                start, end = min(start, d.start), max(end, d.end)
                priority = max(priority, d.priority)
                if d.label == "DATE_OF_BIRTH":
                    label = d.label
        out.append(Candidate(start, end, label, priority))
