"""Dates of rites and rotas (deid36; docs/deid.md "deid36"): what the calendar anchors do not hold.

- *A day counted from a rite*: "the [7th day]", "on the [40th day] after birth", "the [27th night]" (Laylat
  al-Qadr), « le [7e jour] », « au [3e jour] des funérailles ». A day count is also clinical ("the 3rd day of
  fever", « au 3e jour des antibiotiques »), so it is a date only when the text speaks of a rite (a funeral, a
  naming, a birth, a fast, prayers …) and what follows "of"/« de » is a rite, not an illness or a drug.
- *An ordinal weekday in a rota* and the bare ordinals that continue its list: "[1st Sunday] Isobel, [2nd] Morag,
  [3rd] Ailsa", « [1er samedi] Kavitha, [2e samedi] Rajan, [3e] Priya ».
- *A sabbath named by a feast*: "[Shabbat after Pesach]"; *a month of the Muslim or Christian year*: « le [mois de
  ramadan] », "the [month of Ramadan]".

Articles and prepositions stay outside (deid32's convention). Called last by `date_chains.detect_date_chains`.
"""

from __future__ import annotations

import re

from guidelines.deid.candidate import PRI_DATE, Candidate

I = re.IGNORECASE  # noqa: E741

_ORDINAL_WORD_EN = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fortieth|thirtieth"
_ORDINAL_WORD_FR = (
    r"premier|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|"
    r"dixi[eè]me|onzi[eè]me|quaranti[eè]me|trenti[eè]me"
)
_RITE_NOUN = (
    r"funeral|burial|mourning|wake|shiva|ceremony|naming|christening|baptism|wedding|fast|feast|festival|"
    r"celebrations?|rites?|ramadan|lent|pilgrimage|hajj|puja|fun[ée]railles|obs[eè]ques|enterrement|deuil|"
    r"c[ée]r[ée]monie|bapt[eê]me|mariage|je[uû]ne|f[eê]te|f[eê]tes|p[eè]lerinage|car[eê]me|noces"
)
# "the [7th day]", « le [40e jour] »; not "the 3rd day of fever": after "of"/« de » only a rite
_DAY_COUNT = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD_EN}|\d{{1,2}}(?:e|er|[eè]me|re)|{_ORDINAL_WORD_FR})"
    r"\s+(?:day|night|jour|nuit)\b"
    rf"(?!\s+(?:of|de|du|des|d['’])\s+(?!(?:the\s+|la\s+|l['’]|le\s+|les\s+|his\s+|her\s+|my\s+|ma\s+|mon\s+)?"
    rf"(?:{_RITE_NOUN})\b))",
    I,
)
# the text speaks of a rite: only then is a counted day a date
_RITE_CONTEXT = re.compile(
    rf"\b(?:{_RITE_NOUN}|funerals?|bury|buried|passed|died|death|birth|born|pray(?:ing|ers?)?|fasting|"
    r"imam|priest|pastor|rabbi|mosque|church|temple|gurdwara|synagogue|d[ée]c[eè]s|d[ée]c[ée]d[ée]e?|"
    r"naissance|accouchement|pri[eè]res?|prier|messe|mosqu[ée]e|[ée]glise|temple|naming)\b",
    I,
)
_WD = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# "[1st Sunday]", « [2e samedi] »: a numbered weekday of a rota (a month or feast after it is the anchors' pass;
# "first"/"last" Sunday are the weekday grammar's)
_ROTA = re.compile(
    r"(?<![\w-])(?:[1-5](?:st|nd|rd|th)|[1-5](?:e|er|re|[eè]me))"
    rf"\s+(?:{_WD})s?\b(?!\s+(?:in|of|de|du|des|d['’]|en)\b)",
    I,
)
# the bare ordinals that continue a rota's list, up to the sentence's end: ", [2nd] Morag"
_LIST_ORDINAL = re.compile(
    r"[,;/]\s*(?:and\s+|et\s+)?([1-5](?:st|nd|rd|th|e|er|re|[eè]me)(?:\s+(?:"
    + _WD
    + r")s?)?)(?![\w-])"
    r"(?!\s*(?:mg|ml|g\b|%|dose|fois|time))",
    I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SABBATH_OF = re.compile(
    r"\b(?:Shabbat|Shabbos|Sabbath|Chabbat)\s+(?:after|before|of|following|avant|apr[eè]s|de)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
)
_MONTH_OF = re.compile(
    r"\b(?:mois\s+(?:du\s+|de\s+|d['’])|month\s+of\s+)"
    r"(?:ramadan|ramadhan|ramazan|car[eê]me|muharram|sha['’]?ban|chaabane|dhul?[ -]hijjah?|rajab|shawwal)\b",
    I,
)

# Literal gates (deidperf5): every match of _DAY_COUNT holds "day", "night", "jour" or "nuit", every match of
# _ROTA a weekday, so a text whose lowercase holds none of these pieces of them is not scanned. The pieces
# hold no i, k or s: under IGNORECASE only those ASCII letters also match a character (ı, İ, K, ſ) that
# `lower()` does not turn into them (tests/deid/test_perf3_exact.py checks that premise over every code point).
_DAY_GATE = ("day", "ght", "jour", "nu")
_WEEKDAY_GATE = ("day", "lund", "mard", "mercred", "jeud", "vendred", "amed", "manche")


def _any_in(pieces: tuple[str, ...], low: str) -> bool:
    return any(map(low.__contains__, pieces))


def detect_rite_days(text: str, out: list[Candidate]) -> None:
    """Append the rite and rota dates of text to out (PRI_DATE: they win over a shape-only address)."""
    found: list[tuple[int, int]] = []
    dated = [c for c in out if c.label == "DATE"]
    low = text.lower()
    # the day counts first: the rite context (a long alternation) is read only when there is one
    days = [m.span() for m in _DAY_COUNT.finditer(text)] if _any_in(_DAY_GATE, low) else []
    if days and _RITE_CONTEXT.search(text):
        found += days
    for m in _ROTA.finditer(text) if _any_in(_WEEKDAY_GATE, low) else ():
        if any(
            c.start < m.end() and m.start() < c.end and c.end - c.start > m.end() - m.start()
            for c in dated
        ):
            continue  # a longer date already holds it ("the 1st Sunday of Advent")
        found.append(m.span())
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        found += [o.span(1) for o in _LIST_ORDINAL.finditer(text, m.end(), stop)]
    if "abb" in text:  # every sabbath word holds it (a case-sensitive pattern)
        found += [m.span() for m in _SABBATH_OF.finditer(text)]
    if "mo" in low:  # "mois", "month" (IGNORECASE: only m/M, o/O fold to m, o; tested)
        found += [m.span() for m in _MONTH_OF.finditer(text)]
    # a longer date already found holds it ("the [first day of Ramadan]"): never cut it shorter
    out.extend(
        Candidate(s, e, "DATE", PRI_DATE)
        for s, e in found
        if not any(c.start < e and s < c.end and c.end - c.start > e - s for c in dated)
    )
