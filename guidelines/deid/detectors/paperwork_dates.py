"""Dates of paperwork and messages (issue 9, deid31; docs/deid.md "deid31"): weekday abbreviations in a rota
("Priya – Mon, Wed", "Mon/Thu", « lun./jeu. »), events used as dates ("during the county final", "Saturday lessons", « la compétition de
dimanche », « la semaine du Carnaval », "the week of Thanksgiving"), and a few relative dates ("two Thursdays
ago", « cet aprem »).

A pass over the candidates the other detectors found: it adds new DATE candidates and stretches found dates over
the words that belong to them (the event noun, its prefix). Conventions of the training sets
(docs/deid.md, deid30): « le » / "on" / "since" / « depuis » stay outside; an event's own article is inside, as
a feast's (« la Saint-Jean »)."""

from __future__ import annotations

import re

from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.detectors.text_gates import has_raw_word, spellings

I = re.IGNORECASE  # noqa: E741

_WD = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# --- weekday abbreviations -------------------------------------------------------------------------------
# English ones need their capital ("sat", "sun", "wed" are words); French ones their full stop (« mer »,
# « mar » are words, « la mer. » ends a sentence: an article before it rules it out).
_ABBR = re.compile(
    r"(?<![\w'’.-])(?:(?P<en>(?:Mon|Tues?|Weds?|Thu|Thur|Thurs|Fri|Sat|Sun))\.?"
    r"|(?P<fr>(?:[Ll]un|[Mm]ar|[Mm]er|[Jj]eu|[Vv]en|[Ss]am|[Dd]im))\.)(?![\w'’-])"
)
# every match of _ABBR holds its abbreviation as a whole run of word characters, as written (deidperf7)
_ABBR_WORDS = spellings(
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Weds",
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
_PART = r"(?:am|pm|a\.m\.|p\.m\.|AM|PM|night|day|morning|evening|afternoon|matin|soir|midi|aprem)"
# what may follow an abbreviation that is a day: not a lowercase word ("Mon père", "Sat down", "Sun cream")
_ABBR_NEXT_BAD = re.compile(rf"\s+(?!{_PART}\b)[a-zà-ÿ]")
_ABBR_STRONG_NEXT = re.compile(rf"\s*(?:\d|{_PART}\b)")
_ABBR_ARTICLE = re.compile(r"(?:\b(?:the|a|la|le|une|un|en|de|du|des|ma|sa|ta|my|his|her)\s+)$", I)
_ABBR_CUE_BEFORE = re.compile(
    r"(?:(?:[–—:]|\s-)\s*|\b(?:on|for|is|until|till|by|from|next|this|last|every|pour|le|du|au|jusqu['’]au)\s+)$"
)


def _abbreviations(text: str) -> list[tuple[int, int]]:
    """Weekday abbreviations that are days: two or more in the text (a rota, a timesheet), or one with a cue
    (a day number or clock time or part of the day after it, a dash or a time word before it)."""
    found: list[tuple[int, int, bool]] = []
    weak: list[tuple[int, int]] = []
    for m in _ABBR.finditer(text) if has_raw_word(text, _ABBR_WORDS) else ():
        s, e = m.span("en") if m.group("en") else m.span("fr")  # the full stop stays out
        if _ABBR_ARTICLE.search(text, max(0, s - 8), s):
            continue
        if m.group("en") and not m.group().endswith(".") and _ABBR_NEXT_BAD.match(text, e):
            if m.group("en") not in ("Mon", "Sat", "Sun"):
                weak.append((s, e))  # "Fri me" in a rota; never "Mon père", "Sat down", "Sun cream"
            continue
        strong = bool(
            _ABBR_STRONG_NEXT.match(text, e)
            or _ABBR_CUE_BEFORE.search(text, max(0, s - 12), s)
            or re.match(r"\s*[/&]\s*", text[e:])
        )
        found.append((s, e, strong))
    if len(found) >= 3:
        return sorted([(s, e) for s, e, _ in found] + weak)
    if len(found) == 2:
        return [(s, e) for s, e, _ in found]
    return [(s, e) for s, e, strong in found if strong]


# A day with its clock time ("Sunday 2pm", "yesterday at 6", « hier vers 15h ») was built and withdrawn: a blind
# set's precision floor fell with it (docs/deid.md, deid31). The clock time stays visible.

# --- events used as dates --------------------------------------------------------------------------------
_EVENT_NOUN_EN = (
    r"(?:semi-)?finals?|match|game|tournament|gala|parkrun|race|marathon|party|parade|lessons?|practice|"
    r"training|holidays?|break|fair|fete|f[êe]te|festival|concert|disco|show|trip|camp|derby|"
    r"championships?|meet|fixture|week|weekend|service"
)
# a weekday or feast found as a date, then its event ("Saturday lessons", "the Boxing Day match", "Easter week")
_EVENT_AFTER = re.compile(rf"\s+(?:{_EVENT_NOUN_EN})(?![\w-])", I)
_EN_EVENT = re.compile(
    r"\b(?:during|at|after|before|since|until|till|around|over|from|by|in|on)\s+(?:the\s+)?"
    r"(?P<ev>(?:(?:county|regional|national|cup|league|club|inter-?county|district|area|state)\s+)"
    r"(?:(?:semi-)?finals?|match|game|tournament|gala|race|championships?|derby|fixture)"
    r"|(?:(?:end|start|beginning|middle|last\s+(?:day|week))\s+of\s+(?:the\s+)?"
    r"(?:(?:first|second|third|autumn|spring|summer|winter|last|next|this)\s+)?(?:school\s+)?term"
    r")"
    r"|(?:christmas|xmas|easter|october|february|may)\s+(?:holidays|hols|break|half[-\s]term)"
    r"|bank\s+holiday(?:\s+(?:weekend|monday))?)(?![\w-])",
    I,
)
_EVENT_NOUN_FR = (
    r"semaine|fin\s+de\s+semaine|nuit|veille|soir[ée]e|vacances|comp[ée]tition|entra[îi]nement|kermesse|"
    r"match|tournoi|course|f[êe]te|sortie|r[ée]p[ée]tition|spectacle|r[ée]veillon|"
    r"fin|d[ée]but|milieu|lendemain|surlendemain"
)
# « la compétition de [dimanche] », « la semaine du [Carnaval] », « la fin de [semaine de la fête du Travail] »
_EVENT_BEFORE_FR = re.compile(
    rf"\b(?:la|le|les|l['’])\s*(?P<ev>(?:{_EVENT_NOUN_FR})\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))$"
    r"|(?P<ev2>\b(?:the\s+)?(?:week|weekend|night|eve|morning)\s+of\s+)$",
    I,
)
# feasts and festivals not in the shared grammar, with a capital, after a time word or an event noun
_FESTIVAL_NAME = (
    r"(?-i:Carnaval|Carnival|Magal|F[êe]te-Dieu|Je[ûu]ne\s+f[ée]d[ée]ral|Mardi\s+Gras|"
    r"Thanksgiving|Hogmanay|Mawlid|Maouloud|Gamou|Vesak|Songkran|Nowruz|Tet|Onam|Pongal|Kwanzaa)(?![\w-])"
)
_FESTIVAL = re.compile(rf"(?:(?:le|la|l['’])\s*)?{_FESTIVAL_NAME}")
_FESTIVAL_GATE = re.compile(
    _FESTIVAL_NAME
)  # in every match; without the optional article, a fast scan
_FESTIVAL_CONTEXT = re.compile(
    r"\b(?:since|during|over|before|after|until|till|around|depuis|pendant|durant|avant|apr[eè]s|"
    r"jusqu['’](?:à|au)|lors\s+d[eu']|à|au|du|de)\s*$",
    I,
)
_FR_PHRASE = re.compile(
    r"\b(?:depuis|pendant|durant|avant|apr[eè]s|pour|dès|des|à)\s+(?P<ph>les\s+f[êe]tes(?:\s+de\s+fin\s+d['’]"
    r"ann[ée]e)?|l['’]ouverture\s+(?:du\s+homard|de\s+la\s+(?:p[êe]che|chasse)(?:\s+au\s+\w+)?))(?![\w-])"
    r"|\b(?P<aprem>cet?\s+apr[eè]m)(?![\w-])",
    I,
)
# "two Thursdays ago": a count of weekdays back
_WEEKDAYS_AGO = re.compile(
    rf"\b(?:a|one|two|three|four|five|\d)\s+(?:{_WD})s?\s+ago\b|\bil\s+y\s+a\s+(?:deux|trois|\d)\s+(?:{_WD})s\b",
    I,
)
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", I)
_MONTH_RANGE = re.compile(
    r"\s+(?:and|to|till|until|through|-|–|et|à|au)\s+(?:january|february|march|april|june|july|august|september|"
    r"october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre)(?![\w-])",
    I,
)
_MONTH_END = re.compile(_MONTH_RANGE.pattern[_MONTH_RANGE.pattern.index("(?:january") :] + "$", I)
# « la fête nationale de l'Acadie », « la fête nationale du Québec »
_NATIONAL_OF = re.compile(r"\s+(?:de\s+l['’]|du\s+|de\s+la\s+|des\s+|de\s+)(?-i:[A-ZÀ-Þ])[\w'’-]+")


def _stretch(text: str, s: int, e: int) -> tuple[int, int]:
    """A found date stretched over its event noun, event prefix and article."""
    for _ in range(3):
        before = text[max(0, s - 60) : s]
        m = _EVENT_BEFORE_FR.search(before)
        if m is not None and not text[s : s + 1].isdigit():  # « la semaine du [18 au 22 janvier] »
            s -= len(
                m.group("ev") or m.group("ev2")
            )  # the article before the event stays out (« la [semaine du 10 mars] »)
            continue
        break
    seg = text[s:e]
    if re.search(r"(?i)f[êe]te\s+nationale$", seg) and (n := _NATIONAL_OF.match(text, e)):
        e = n.end()
    if _MONTH_END.search(seg) and (r := _MONTH_RANGE.match(text, e)):
        e = r.end()  # "between october and february"
    ev = _EVENT_AFTER.match(text, e)
    if ev is not None and re.search(
        rf"(?i)(?:{_WD}|day|christmas|easter|night|new\s+year['’]?s?)$", seg
    ):
        e = ev.end()  # "the [Boxing Day match]": "the" stays out, as in "the [Easter holidays]"
    return s, e


# Literal gates (deidperf3): every match of the grammar holds one of these strings in text.lower(). Under
# re.IGNORECASE an ASCII letter other than i, k and s matches only itself and its capital, both of which
# lower() turns into it; the gates hold none of those three letters (tests/deid/test_perf3_exact.py).
_EN_EVENT_GATE: tuple[str, ...] = ("nal", "match", "game", "tournament", "gala", "race", "champ")
_EN_EVENT_GATE += ("derby", "xture", "term", "hol", "brea")
_FR_PHRASE_GATE = ("fête", "fete", "ouverture", "apr")
_Y_A = re.compile(r"\sy\s+a\s")  # « il y a »: whitespace, y, a keep their form in lower()


def _any_in(low: str, gate: tuple[str, ...]) -> bool:
    return any(w in low for w in gate)


def detect_paperwork_dates(text: str, cands: list[Candidate]) -> None:
    """Add the dates above to cands and stretch the found DATE candidates in place."""
    new: list[tuple[int, int]] = _abbreviations(text)
    low = text.lower()
    if _any_in(low, _EN_EVENT_GATE):
        new += [m.span("ev") for m in _EN_EVENT.finditer(text)]
    if _any_in(low, _FR_PHRASE_GATE):
        new += [
            m.span("ph") if m.group("ph") else m.span("aprem") for m in _FR_PHRASE.finditer(text)
        ]
    if "ago" in low or _Y_A.search(low):
        new += [m.span() for m in _WEEKDAYS_AGO.finditer(text)]
    for m in _FESTIVAL.finditer(text) if _FESTIVAL_GATE.search(text) else ():
        window = text[max(0, m.start() - 60) : m.start()]
        if _FESTIVAL_CONTEXT.search(window) or _EVENT_BEFORE_FR.search(window):
            new.append(m.span())
    for k, c in enumerate(cands):
        if c.label == "DATE":
            s, e = _stretch(text, c.start, c.end)
            if (s, e) != (c.start, c.end):
                cands[k] = Candidate(s, e, c.label, c.priority)
    for s0, e0 in new:
        s, e = _stretch(text, s0, e0)
        cands.append(Candidate(s, e, "DATE", PRI_DATE - 1))
