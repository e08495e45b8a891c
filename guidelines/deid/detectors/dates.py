"""Dates in English and French forms: written months, ordinals, numeric dates."""

from __future__ import annotations

import re

from guidelines.deid import patterns as P  # noqa: N812
from guidelines.deid.candidate import PRI_DATE, Candidate
from guidelines.deid.doc import Doc
from guidelines.deid.triggers import (
    FR_WEEKDAY_ABBR,
    MONTH_ABBR,
    MONTH_WORDS,
    WEEKDAY_ABBR,
    WEEKDAYS,
)
from textkit.folding import fold


def _valid_date(d: int, mth: int) -> bool:
    return 1 <= d <= 31 and 1 <= mth <= 12


# A sentence ends at a line break or at ".", "?", "!" before a capital ("D.O.B. 14 June" goes on).
SENTENCE_END = re.compile(r"\n|[.?!]+\s+(?=[A-ZÀ-Þ])|[?!]")
# A two-digit year after a date of birth said without one: "née le 03 avril 50", "born 3rd May, '52".
_DOB_SHORT_YEAR = re.compile(
    r",?\s+['’]?\d{2}\b(?![.,:/h]\d|\s*(?:ans|years?|yrs?|yo|mg|kg|ml|%|h\b|heures?|hours?))", re.I
)


def dob_before(text: str, start: int) -> bool:
    """A birth cue just before, in the same sentence ("D.O.B. 14 June", "born in Leeds on 3 May 1950").
    Not further: a wider window (80 characters) relabelled as births dates that only followed a
    mention of birth ("born early, and on the 3rd she had surgery")."""
    before = text[max(0, start - 40) : start]
    cuts = list(SENTENCE_END.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    return P.DOB_CUE.search(before) is not None


def emit_dates(text: str, found: list[tuple[int, int]], out: list[Candidate]) -> None:
    for s, e in found:
        if dob_before(text, s):
            year = (
                None if re.search(r"\d{4}|['’]\d\d", text[s:e]) else _DOB_SHORT_YEAR.match(text, e)
            )
            out.append(Candidate(s, year.end() if year else e, "DATE_OF_BIRTH", PRI_DATE))
        else:
            out.append(Candidate(s, e, "DATE", PRI_DATE))


def detect_text_dates(text: str, doc: Doc, out: list[Candidate]) -> None:
    found: list[tuple[int, int]] = []
    last_end = -1
    for i, f in enumerate(doc.folded):
        if f not in MONTH_WORDS:
            continue
        s0, e0 = doc.spans[i]
        if s0 < last_end:
            continue
        # Dates span a few tokens around the month: scan a small window only.
        for m in P.DATE_TEXT.finditer(text, max(0, s0 - 30, last_end), min(len(text), e0 + 25)):
            if not (m.start() <= s0 < m.end()):
                continue
            s, e = m.start(), m.end()
            chunk = m.group()
            low = chunk.lower()
            # "I may 2", "mar 3": abbreviations and "may" need a capital or a clear day/year.
            if (
                low.startswith(("may ", "mar ", "sat ", "sun ", "wed "))
                and not chunk[0].isupper()
                and not re.search(r"\d{4}|\d(?:st|nd|rd|th)", low)
            ):
                continue
            if (
                re.fullmatch(
                    r"(?:mar|may|sat|sun|dec|jan|jun|jul|aug|oct|nov|sept?)\s*\d{1,2}", low
                )
                and not chunk[0].isupper()
            ):
                continue
            # "sept" is also French "seven".
            if re.match(r"\d+\s+sept\b", low) and not re.search(r"\d{4}", low):
                continue
            if chunk.endswith(".") and fold(chunk[:-1].split()[-1]) not in MONTH_ABBR:
                e -= 1  # "in June." ends the sentence; "oct." is an abbreviation
            found.append((s, e))
            last_end = e
            break
    emit_dates(text, found, out)


_SCORE_BEFORE = re.compile(
    r"(?:pain|douleur|score|scored|rated|rate|note|eva|scale|[ée]chelle)", re.I
)


def detect_numeric_dates(text: str, out: list[Candidate]) -> None:
    found: list[tuple[int, int]] = []
    for m in P.DATE_NUMERIC.finditer(text):
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(3))
            if not (_valid_date(a, b) or _valid_date(b, a)):
                continue
            if (
                m.group(2) == "."
                and len(m.group(4)) == 2
                and not text[max(0, m.start() - 3) : m.start()]
                .strip()
                .lower()
                .endswith(("le", "on"))
                and not dob_before(text, m.start())
            ):
                continue  # "1.5.10" versions/doses
        elif not _valid_date(int(m.group(8)), int(m.group(7))):
            continue
        found.append((m.start(), m.end()))
    for m in P.DATE_PADDED.finditer(text):
        if not re.search(
            r"(?:tension|ta|bp|blood pressure|pression)\s*(?:[àa:=]|of|was|is)?\s*$",
            text[max(0, m.start() - 25) : m.start()],
            re.I,
        ):
            found.append((m.start(), m.end()))
    for m in P.DATE_SHORT_VALUE.finditer(text):
        cue = P.DATE_SHORT_CUE.search(text, max(0, m.start() - 14), m.start())
        if cue is None:
            continue
        a, b = (int(x) for x in re.split(r"[/.]", m.group(1)))
        if b == 10 and _SCORE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "pain on 7/10": a score
        if _valid_date(a, b) or _valid_date(b, a):
            # "Wed 5/3": the weekday belongs to the date; "le 12/03": the article does not
            weekday = fold(cue.group(1)) in WEEKDAYS | WEEKDAY_ABBR | FR_WEEKDAY_ABBR
            found.append((cue.start() if weekday else m.start(1), m.end(1)))
    emit_dates(text, found, out)
