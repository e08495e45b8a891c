"""Identifiers said in words: phones, ID numbers, postcodes and dates dictated or typed as words.

`spoken.number_runs` turns "oh seven seven double oh nine…" or "zéro six, douze, trente-quatre…" into
digits; the same checks as for written numbers judge them (phonenumbers, NHS/NIR check digits, ID
and birth cues), and the redaction covers the words. A run is only an identifier by its shape
(a valid phone, a valid check digit, eight digits or more) or with a cue before it ("my number is",
"NHS number", "né le", "code postal"); a dose or a count ("two tablets three times a day") is a few
separate one-digit runs and never reaches those shapes.
"""

from __future__ import annotations

import re

from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs

from guidelines.deid import patterns as P  # noqa: N812
from guidelines.deid.candidate import (
    PRI_DATE,
    PRI_POSTCODE,
    Candidate,
)
from guidelines.deid.cues import word_set
from guidelines.deid.detectors.dates import SENTENCE_END, dob_before, emit_dates
from guidelines.deid.detectors.numbers import phone_ok
from guidelines.deid.spoken import NUMBER_WORDS, WORD_VALUES, NumberRun, number_runs

# Folded number words: the detector runs only when a text holds a few of them.
SPOKEN_TRIGGERS = word_set(" ".join(NUMBER_WORDS) + " double triple treble")
# A number said in words outranks a date read inside its words ("… trois sept …" is no 3 September
# in the middle of a dictated NIR, "sept cinq zéro un un" no 5 September after "code postal").
PRI_SPOKEN_VALID = PRI_DATE + 1

_POSTCODE_CUE = re.compile(
    r"(?:code\s+postal|\bcp\b|postcode|post\s+code|\bzip(?:\s*code)?|zipcode)\s*:?\s*(?:is\s+|est\s+|c'est\s+)?$",
    re.I,
)
_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUMW = rf"(?:{_WORD})(?:(?:[\s-]+|\s+(?:and|et)\s+)(?:{_WORD}))*"
_ORD_EN = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_DAYW = rf"(?:the\s+)?(?P<day>{_ORD_EN}|premier|\d{{1,2}}(?:st|nd|rd|th|er)?|{_NUMW})"
_YEARW = rf"(?P<year>{_NUMW})"
# A date whose year (or day) is said in words: "the third of March nineteen fifty",
# "March third, nineteen forty-eight", "le douze mars mille neuf cent cinquante-deux".
# Months written out ("sept" is seven, "mar" and "dec" are too short to trust after a number word).
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
DATE_WORDS = re.compile(
    rf"\b(?:{_DAYW}\s+(?:of\s+)?(?:{_MONTHS})(?:\s*,?\s*{_YEARW})?"
    rf"|(?:{_MONTHS})\s+{_DAYW.replace('day>', 'day2>')}(?:\s*,?\s*{_YEARW.replace('year>', 'year2>')})?"
    rf"|(?:{_MONTHS})\s*,?\s+{_YEARW.replace('year>', 'year3>')})\b",
    re.I,
)


def _before(text: str, start: int, width: int = 50) -> str:
    """The cue window: up to `width` characters before, within the sentence."""
    before = text[max(0, start - width) : start]
    cuts = list(SENTENCE_END.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def _value(words: str | None) -> str:
    if not words:
        return ""
    runs = number_runs(words)
    return runs[0].digits if len(runs) == 1 else ""


_LETTERS_BEFORE = re.compile(r"(?:\b[A-Z][\s-]+){1,3}$")
_LETTERS_AFTER = re.compile(r"(?:[\s-]+[A-Z]\b(?!['’]\w)){1,3}")


def _with_letters(text: str, s: int, e: int) -> tuple[int, int]:
    """A spelt ID keeps the capital letters said around its digits ("Q Q one two … C")."""
    before = _LETTERS_BEFORE.search(text, max(0, s - 12), s)
    after = _LETTERS_AFTER.match(text, e)
    return (before.start() if before else s), (after.end() if after else e)


def _judge(text: str, run: NumberRun, out: list[Candidate]) -> None:
    digits = run.digits.lstrip("+")
    n = len(digits)
    s, e = run.start, run.end
    before = _before(text, s)
    if n == 4 and digits[:2] in ("19", "20") and run.words >= 2 and dob_before(text, s):
        out.append(Candidate(s, e, "DATE_OF_BIRTH", PRI_DATE))  # "born in nineteen fifty"
        return
    if n < 5:
        return
    id_end = max((m.end() for m in P.ID_CUE.finditer(before)), default=-1)
    phone_end = max((m.end() for m in P.PHONE_CUE.finditer(before)), default=-1)
    id_cue = id_end >= 0
    phone_cue = phone_end >= 0
    if dob_before(text, s) and n in (6, 8) and 1 <= int(digits[:2]) <= 31:
        out.append(Candidate(s, e, "DATE_OF_BIRTH", PRI_DATE))
        return
    postcode_cue = _POSTCODE_CUE.search(before) is not None
    if (
        n == 5
        and (
            postcode_cue
            # five digits said before a capitalised word: a French code before its town
            or (re.match(r",?\s+[A-ZÀ-Þ][a-zà-ÿ]", text[e:]) and not digits.startswith("0"))
        )
    ):
        out.append(Candidate(s, e, "POSTCODE", PRI_SPOKEN_VALID))
        return
    if (n == 10 and std_nhs.is_valid(digits)) or (n == 15 and std_nir.is_valid(digits)):
        out.append(Candidate(s, e, "ID_NUMBER", PRI_SPOKEN_VALID))
        return
    if id_cue and id_end >= phone_end:  # "NHS number is …": the nearest cue wins
        s, e = _with_letters(text, s, e)
        out.append(Candidate(s, e, "ID_NUMBER", PRI_SPOKEN_VALID))
        return
    plus = len(run.digits) - n
    longest = 15 if plus else 11  # national numbers have at most 11 digits, E.164 at most 15
    if n <= longest and phone_ok(run.digits, phone_cue):
        out.append(Candidate(s, e, "PHONE", PRI_SPOKEN_VALID))
        return
    # "… one two three, two tablets a day": the phone may end before the run does
    for k in range(min(n - 1, longest), 9, -1):
        if run.spans[k - 1] != run.spans[k] and phone_ok(run.digits[: plus + k], phone_cue):
            out.append(Candidate(s, run.spans[k - 1][1], "PHONE", PRI_SPOKEN_VALID))
            return
    if id_cue:
        s, e = _with_letters(text, s, e)
        out.append(Candidate(s, e, "ID_NUMBER", PRI_SPOKEN_VALID))
    elif phone_cue and 8 <= n <= 13:
        out.append(Candidate(s, e, "PHONE", PRI_SPOKEN_VALID))
    elif n >= 8 and run.words >= 3:
        # nobody dictates eight digits that are not a number of some kind
        out.append(Candidate(s, e, "ID_NUMBER", PRI_SPOKEN_VALID))


_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
_POSTCODE_START = re.compile(
    r"(?:code\s+postal|postcode|post\s+code|\bzip(?:\s*code)?|zipcode)\s*:?\s*(?:is\s+|est\s+|c'est\s+)?",
    re.I,
)
_SPELT = re.compile(r"[^\W_]+")
_UNITS = {w: str(v) for w, (v, k) in WORD_VALUES.items() if k == "u"}


def detect_spelt_postcodes(text: str, out: list[Candidate]) -> None:
    """A UK postcode spelt out after its cue: "postcode S W one A, one A A", "post code b two double
    four x y"."""
    for cue in _POSTCODE_START.finditer(text):
        pos = cue.end()
        code = ""
        found = -1
        repeat = 1
        for m in _SPELT.finditer(text, pos, min(len(text), pos + 80)):
            if text[pos : m.start()].strip(" ,-") or len(code) >= 7:
                break
            w = m.group().lower()
            if w in ("double", "triple"):
                repeat = 2 if w == "double" else 3
            elif w in _UNITS or w.isdigit() or (w.isalpha() and len(w) <= 2):
                code += (_UNITS.get(w) or w.upper()) * repeat
                repeat = 1
                if _UK_POSTCODE.fullmatch(code):
                    found = m.end()
            else:
                break
            pos = m.end()
        if found > 0:
            out.append(Candidate(cue.end(), found, "POSTCODE", PRI_POSTCODE))


def detect_spoken_numbers(text: str, has_month: bool, out: list[Candidate]) -> None:
    for run in number_runs(text):
        _judge(text, run, out)
    if has_month:
        found = []
        for m in DATE_WORDS.finditer(text):
            day = m.group("day") or m.group("day2")
            year = m.group("year") or m.group("year2") or m.group("year3")
            if year is None or not re.fullmatch(r"(?:18|19|20)\d\d", _value(year)):
                continue  # a day and month without a year in words: the written-date grammar's
            digits_day = re.match(r"\d+", day or "")
            if day is None or (
                int(digits_day.group()) <= 31
                if digits_day
                else (not re.fullmatch(_NUMW, day, re.I) or 1 <= int(_value(day) or 0) <= 31)
            ):
                found.append((m.start(), m.end()))
        emit_dates(text, found, out)
