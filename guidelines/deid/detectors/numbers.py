"""Number-shaped identifiers: phones (phonenumbers), checksummed and cued IDs, ages over 89."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs

from guidelines.deid import patterns as P  # noqa: N812
from guidelines.deid.candidate import (
    PRI_AGE,
    PRI_ID_CHECKSUM,
    PRI_ID_CONTEXT,
    PRI_ID_WEAK,
    PRI_PERSON_CUE,
    PRI_PHONE,
    Candidate,
)
from guidelines.deid.cues import word_set
from guidelines.deid.detectors.text_gates import has_word
from guidelines.deid.doc import Doc
from guidelines.deid.triggers import ID_CUE_WORDS

_FR_PHONE = re.compile(r"0[1-9](?:[ .-]?\d{2}){4}")
# "06/12/34/56/78": French pairs written with slashes (the general shape leaves "/" to dates)
_FR_PHONE_SLASH = re.compile(r"(?<![\w/])0[1-9](?:/\d{2}){4}(?![\w/])")


def _phone_regions(digits: str) -> tuple[str, ...]:
    """Most likely regions first, from the national number's shape, to keep parsing cheap."""
    if digits.startswith("0"):
        return ("FR", "GB") if len(digits) == 10 else ("GB", "FR")
    if digits.startswith("1") and len(digits) == 11:
        return ("US",)
    return ("US", "GB", "FR")


def _phone_ok(candidate: str, cued: bool) -> bool:
    digits_only = "".join(c for c in candidate if c.isdigit())
    n = len(digits_only)
    if n < 8 or n > 15:
        return False
    text = re.sub(r"^\(\s*(\+\s?\d{1,3})\s*\)", r"\1", candidate.replace("(0)", ""))  # "(+33) 6…"
    stripped = text.lstrip()
    intl = stripped.startswith(("+", "00"))
    if not intl and _FR_PHONE.fullmatch(stripped):
        return True  # French national format: always a phone number
    if stripped.startswith("00"):
        text = "+" + stripped[2:]
    regions: tuple[str | None, ...] = (None,) if intl else _phone_regions(digits_only)
    possible = False
    for region in regions:
        try:
            num = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        # Validating against one region is far cheaper than is_valid_number's region search.
        check = region or phonenumbers.region_code_for_country_code(num.country_code or 0)
        if phonenumbers.is_valid_number_for_region(num, check) or (
            region is None and phonenumbers.is_valid_number(num)
        ):
            return True
        possible = possible or phonenumbers.is_possible_number(num)
    return possible and (cued or n >= 10)


phone_ok = _phone_ok


def detect_context_ids(text: str, doc: Doc, out: list[Candidate]) -> None:
    seen: set[int] = set()
    for i, f in enumerate(doc.folded):
        if f not in ID_CUE_WORDS:
            continue
        m = P.ID_CUE.match(text, doc.spans[i][0])
        if not m:
            continue
        v = P.ID_VALUE.match(text, m.end())
        if not v or v.start(1) in seen:
            continue
        value = v.group(1).rstrip(" -./")
        digits = sum(c.isdigit() for c in value)
        if digits >= 4 or (digits >= 2 and len(value.replace(" ", "")) >= 6):
            cue = m.group().lower()
            if (
                cue in {"ref", "id"}
                and digits < 5
                and not (value[:1].isalpha() and len(value) >= 6)
            ):
                continue
            seen.add(v.start(1))
            out.append(Candidate(v.start(1), v.start(1) + len(value), "ID_NUMBER", PRI_ID_CONTEXT))


def detect_ibans(text: str, out: list[Candidate]) -> None:
    """Checksummed IBANs over the whole text: a bank code in letters ("GB95 BARC 2003 …") puts the
    first long digit run ten characters after the IBAN's start, outside the digit-run windows."""
    for m in P.IBAN.finditer(text):
        if std_iban.is_valid(m.group().upper()):
            out.append(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 5))


def detect_ids(text: str, out: list[Candidate], lo: int, hi: int) -> None:
    add = out.append
    for m in P.NIR.finditer(text, lo, hi):
        raw = re.sub(r"[\s.]", "", m.group())
        if len(raw) == 15 and std_nir.is_valid(raw):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 5))
        elif len(raw) == 13 or len(raw) == 15:
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM - 10))
    for m in P.SSN.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM + 2))
    for m in P.NHS.finditer(text, lo, hi):
        raw = re.sub(r"[\s-]", "", m.group())
        if std_nhs.is_valid(raw):
            before = text[max(0, m.start() - 60) : m.start()].lower()
            pri = (
                PRI_ID_CHECKSUM + 2
                if "nhs" in before or "number" in before
                else PRI_ID_CHECKSUM - 10
            )
            add(Candidate(m.start(), m.end(), "ID_NUMBER", pri))
    for m in P.DIGITS10_11.finditer(text, lo, hi):
        raw = m.group()
        if (len(raw) == 11 and raw.startswith("10") and luhn.is_valid(raw)) or (
            len(raw) == 10 and raw[0] in "12" and luhn.is_valid("80840" + raw)
        ):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM - 10))
    for m in P.NINO.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_CHECKSUM))
    for m in P.LONG_DIGITS.finditer(text, lo, hi):
        add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_WEAK))


def detect_phones(text: str, out: list[Candidate], lo: int, hi: int) -> None:
    for m in _FR_PHONE_SLASH.finditer(text, lo, hi):
        out.append(Candidate(m.start(), m.end(), "PHONE", PRI_PHONE))
    for m in P.PHONE_CANDIDATE.finditer(text, lo, hi):
        s, e = m.start(), m.end()
        while s < e and text[s] in " .-":
            s += 1
        chunk = text[s:e]
        if P.QUANTITY_AFTER.match(text, e):
            continue
        cued = bool(P.PHONE_CUE.search(text, max(0, s - 40), s))
        if _phone_ok(chunk, cued):
            out.append(Candidate(s, e, "PHONE", PRI_PHONE))


# Every AGE_CUE match has its number after a space, a colon or a letter (never "/", as in "180/120"):
# this cheap scan (digits first) rules the cue regex out on most texts.
_AGE_CUE_QUICK = re.compile(
    r"(?:9\d(?<=(?:[\s:]|[^\W\d_])..)|1[0-2]\d(?<=(?:[\s:]|[^\W\d_])...))\b"
    r"(?!\s*(?:%|mg|kg|ml|bpm|/|\.\d|,\d|mmhg|lbs|cm|minutes|min|days|jours))",
    re.I,
)


def detect_ages(text: str, out: list[Candidate]) -> None:
    for m in P.AGE.finditer(text):
        if P.NOT_AGE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
    if _AGE_CUE_QUICK.search(text):
        for m in P.AGE_CUE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    for m in P.AGE_BARE.finditer(text):
        if P.AGE_BARE_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))
    for m in AGE_BY_TIME.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))


# Nouns that place a person in a decade past 89 ("nonagénaire", "centenarian", "in her nineties"),
# and a bare 90-129 shared by several people ("both 92", "tous deux 91 ans").
AGE_NOUN = re.compile(
    r"\b(?:(?:super)?centenaires?|nonag[ée]naires?|(?:super)?centenarians?|nonagenarians?|"
    r"in\s+(?:his|her|their|my|your|our)\s+(?:(?:late|early|mid)[\s-]+)?(?:nineties|90s|['’]90s|hundreds)|"
    r"dans\s+(?:sa|la|leur)\s+(?:nonantaine|centaine)|la\s+nonantaine)\b",
    re.I,
)
AGE_NOUN_WORDS = word_set(
    "centenaire centenaires supercentenaire nonagenaire nonagenaires centenarian centenarians "
    "nonagenarian nonagenarians nineties 90s hundreds nonantaine centaine"
)
_SHARED_WORDS = frozenset({"both", "each", "deux"})
AGE_SHARED = re.compile(
    r"\b(?:both|each|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux|les\s+deux)\s*,?\s+"
    r"((?:9\d|1[0-2]\d)(?:\s*(?:ans|years?(?:\s+old)?|yo))?)\b"
    r"(?!\s*(?:%|mg|kg|ml|bpm|/|\.\d|,\d|mmhg|lbs|cm|min|days|jours|times|fois))",
    re.I,
)


def detect_age_nouns(text: str, words: frozenset[str], out: list[Candidate]) -> None:
    if not words.isdisjoint(AGE_NOUN_WORDS):
        for m in AGE_NOUN.finditer(text):
            # unambiguous words: they outrank a name cue ("mon grand-père, nonagénaire, …")
            out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_PERSON_CUE + 1))
    # every match holds "both", "each" or « deux » as a whole run of word characters (deidperf7)
    for m in AGE_SHARED.finditer(text) if has_word(text, _SHARED_WORDS) else ():
        out.append(Candidate(m.start(1), m.end(1), "AGE_OVER_89", PRI_AGE))


# "my pulse is ninety": a vital sign, not an age
_VITAL_BEFORE = re.compile(
    r"(?:pulse|heart\s*rate|\bhr\b|\bbp\b|pressure|sugar|glucose|oxygen|\bsats?\b|saturation|temperature|"
    r"weight|weigh|tension|pouls|glyc[ée]mie|poids|fr[ée]quence|score|level|taux)",
    re.I,
)


_PERSON_BE = re.compile(
    r"\b(?:she|he|i|who|nan|gran|mum|mom|dad|grandad|grandpa|grandma|granny)\s*(?:['’]s|['’]ll\s+be|is|was|"
    r"will\s+be|am|['’]m|turns|turned|becomes?|became)\s*$|\b(?:will|to)\s+be\s*$|\b(?:she|he)\s+is\s+now\s*$",
    re.I,
)
# after the number: the end of a clause, or a word that counts nothing
_AGE_END = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:and|but|on|in|this|next|last|today|tomorrow|soon|now|yesterday|at|so|with|"
    r"since|years?|yrs)\b)",
    re.I,
)
# ", 102 this spring": a bare 90-129 followed by the time of a birthday
AGE_BY_TIME = re.compile(
    r"(?:\(|,)\s*(9\d|1[0-2]\d)\s+(?:this|next|last|in|come)\s+(?:spring|summer|autumn|fall|winter|year|"
    r"month|week|birthday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.I,
)


def detect_age_words(text: str, out: list[Candidate]) -> None:
    for m in P.AGE_WORDS.finditer(text):
        word = m.group().split()[0].lower()
        if m.group("unit"):
            if P.NOT_AGE_BEFORE.search(text, max(0, m.start() - 15), m.start()):
                continue  # "for ninety years"
            out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
        elif (
            (
                not word.startswith(("cent", "a", "one"))
                or re.search(
                    r"(?:turned|turning|aged)\s*$", text[max(0, m.start() - 10) : m.start()], re.I
                )
                # "she is a hundred and one and…", "will be a hundred on Tuesday": a person's
                # verb before it and nothing counted after it
                or (
                    word != "cent"
                    and _PERSON_BE.search(text, max(0, m.start() - 24), m.start())
                    and _AGE_END.match(text, m.end())
                )
                # "a hundred and one" says an exact number: the ordinary age cues are enough
                or (" and " in m.group().lower() and _AGE_END.match(text, m.end()))
            )
            and P.AGE_WORDS_CUE.search(text, max(0, m.start() - 12), m.start())
            and not P.AGE_WORDS_NOT_AFTER.match(text, m.end())
            and not _VITAL_BEFORE.search(
                re.split(r"[.!?;,\n]", text[max(0, m.start() - 30) : m.start()])[-1]
            )
        ):
            out.append(Candidate(m.start(), m.end(), "AGE_OVER_89", PRI_AGE))
