"""Runs the pattern detectors a text can trigger (prefilters decide which ones run)."""

from __future__ import annotations

import re

from textkit import shapes
from textkit.folding import fold

from . import patterns as P  # noqa: N812
from ._data import gazetteers
from .candidate import (
    PRI_CITY_CUE,
    PRI_DATE,
    PRI_EMAIL,
    PRI_ID_WEAK,
    PRI_IP,
    PRI_ORG_CUE,
    PRI_ORG_HEAD,
    PRI_POSTCODE,
    SKIP,
    Candidate,
)
from .cues import TITLES
from .detectors.age_forms import detect_age_forms
from .detectors.dates import detect_numeric_dates, detect_text_dates, emit_dates
from .detectors.id_schemes import detect_id_schemes
from .detectors.numbers import (
    detect_age_words,
    detect_ages,
    detect_context_ids,
    detect_ibans,
    detect_ids,
    detect_phones,
)
from .detectors.places import (
    EN_STREET_WORDS,
    FOUR_DIGIT_TOWN,
    FR_STREET_WORD_SET,
    detect_en_addresses,
    detect_four_digit_postcodes,
    detect_fr_addresses,
    detect_fr_us_postcodes,
    detect_uk_postcodes,
)
from .detectors.text_gates import has_digit as text_has_digit
from .detectors.world import detect_world_ids, detect_world_postcodes
from .doc import Doc
from .triggers import (
    AGE_NUMBER,
    AGE_WORD_QUICK,
    AGE_WORD_TRIGGERS,
    BRACKET_ORG_WORDS,
    CAP_WEEKDAY_ABBR,
    CITATION_QUICK,
    CITATION_WORDS,
    DATE_SEP,
    DIGIT_RUN,
    FIVE_DIGITS,
    HOLIDAY_WORDS,
    ID_CUE_WORDS,
    IPV4_QUICK,
    LETTER_DIGIT,
    MONTH_WORDS,
    OBFUSCATED_AT,
    ORDINAL_QUICK,
    PLATFORM_WORDS,
    POSTCODE_CUE_WORDS,
    PROVIDERS,
    SOCIAL_WORDS,
    TLD_TRIGGER,
    TLD_WORDS,
    WEEKDAY_ABBR,
    WEEKDAYS,
    YEAR_QUICK,
)


def detect_patterns(text: str, doc: Doc, out: list[Candidate]) -> None:
    add = out.append
    folded = doc.folded
    fset = set(folded)
    has_digit = text_has_digit(text)
    if has_digit and (fset & CITATION_WORDS or CITATION_QUICK.search(text)):
        for m in P.CITATION.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:)":
                end -= 1
            add(Candidate(m.start(), end, SKIP, PRI_EMAIL + 10))
    if "@" in text:
        for m in shapes.EMAIL.finditer(text):
            add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL))
        for m in shapes.HANDLE.finditer(text):
            add(Candidate(m.start(), m.end(), "URL", PRI_EMAIL - 1))
    has_tld = bool(fset & TLD_WORDS) and any(
        doc.words[i] == "." and folded[i + 1] in TLD_WORDS for i in range(len(folded) - 1)
    )
    spoken_tld = bool(fset & TLD_TRIGGER) and bool(fset & {"dot", "point", "pt", "."})
    if (
        (fset & OBFUSCATED_AT or "(" in text or "[" in text)
        and (has_tld or spoken_tld)
        and shapes.EMAIL_OBFUSCATED_TAIL.search(text)
    ):
        for m in shapes.EMAIL_OBFUSCATED.finditer(text):
            add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL))
    if fset & PROVIDERS and fset & OBFUSCATED_AT:
        for m in shapes.EMAIL_PROVIDER.finditer(text):
            chunk = m.group().lower()
            local = re.split(r"\s|\(|\[|\{|<|@", chunk, maxsplit=1)[0]
            # "janedoe85 at gmail" yes; "travaille chez Orange", "me at gmail" no.
            if " chez " not in chunk and any(c.isdigit() or c in "._" for c in local):
                add(Candidate(m.start(), m.end(), "EMAIL", PRI_EMAIL - 1))
    if "://" in text or "www" in text.lower():
        for m in shapes.URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL))
    if has_tld:
        for m in shapes.BARE_DOMAIN.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL - 1))
    if "_" in text:
        g = gazetteers()
        for m in P.UNDERSCORE_HANDLE.finditer(text):
            parts = re.split(r"[._]", m.group().lower())
            if not any(c.isdigit() for c in m.group()) and all(
                len(p) < 2 or p in g.medical for p in parts
            ):
                continue  # "vitamin_d": a medical word, not a username
            end = m.end()
            while end > m.start() and text[end - 1] == ".":
                end -= 1
            add(Candidate(m.start(), end, "URL", PRI_EMAIL - 2))
    if fset & SOCIAL_WORDS:
        for i, f in enumerate(folded):
            if f in SOCIAL_WORDS:
                sm = P.SOCIAL_CUE.match(text, doc.spans[i][0])
                if sm is None:
                    continue
                handle = sm.group(1)
                # A bare word after "instagram" is only a handle if it looks like one.
                if (
                    any(c.isdigit() or c in "_." for c in handle)
                    or text[sm.start(1) - 1 : sm.start(1)] == "@"
                    or (":" in text[sm.start() : sm.start(1)] and f in PLATFORM_WORDS)
                ):
                    add(Candidate(sm.start(1), sm.end(1), "URL", PRI_EMAIL - 2))
    if fset & ID_CUE_WORDS:
        detect_context_ids(text, doc, out)
    if fset & MONTH_WORDS:
        detect_text_dates(text, doc, out)
    if "arrondissement" in fset and has_digit:
        for m in P.ARRONDISSEMENT.finditer(text):
            add(Candidate(m.start(), m.end(), "CITY", PRI_CITY_CUE))
    if fset & WEEKDAYS and has_digit:
        emit_dates(text, [m.span() for m in P.DATE_WEEKDAY_DAY.finditer(text)], out)
    if fset & HOLIDAY_WORDS and has_digit and YEAR_QUICK.search(text):
        emit_dates(text, [m.span() for m in P.HOLIDAY_DATE.finditer(text)], out)
    if "(" in text and fset & BRACKET_ORG_WORDS:
        g = gazetteers()
        for m in P.ORG_IN_BRACKETS.finditer(text):
            first = fold(m.group(1).split()[0])
            name = m.group(1)
            if (
                first in TITLES
                or first in g.medical
                or (first in g.common and " " not in name)
                or (name.isupper() and len(name) <= 4)
            ):
                continue  # "(Dr Okoro)" is a person, "(A&E)", "(Monday)" are not names
            add(Candidate(m.start(1), m.end(1), "ORGANIZATION", PRI_ORG_CUE))
    if "ward" in fset and has_digit:
        for m in P.WARD.finditer(text):
            add(Candidate(m.start(), m.end(), "ORGANIZATION", PRI_ORG_HEAD))
    if "the" in fset and has_digit and ORDINAL_QUICK.search(text):
        emit_dates(text, [m.span(1) for m in P.DATE_BARE_ORDINAL.finditer(text)], out)
    if (
        fset & WEEKDAY_ABBR
        and has_digit
        and (ORDINAL_QUICK.search(text) or CAP_WEEKDAY_ABBR.search(text))
    ):
        emit_dates(text, [m.span() for m in P.DATE_WEEKDAY_ABBR.finditer(text)], out)
    if fset & FR_STREET_WORD_SET:
        detect_fr_addresses(text, doc, out)
    if fset & POSTCODE_CUE_WORDS:
        for m in P.POSTCODE_CUE.finditer(text):
            val = m.group(1).strip()
            if any(c.isdigit() for c in val):
                add(Candidate(m.start(1), m.start(1) + len(val), "POSTCODE", PRI_POSTCODE - 1))
    if fset & EN_STREET_WORDS:
        detect_en_addresses(text, doc, out)
    if fset & AGE_WORD_TRIGGERS or (
        "-" in text and AGE_WORD_QUICK.search(text)
    ):  # "ninety-four", "nonante-deux", "quatre-vingt-douze" are single tokens
        detect_age_words(text, out)
    if not has_digit:
        return
    detect_world_postcodes(text, out)
    detect_world_ids(text, out)
    if "." in text and IPV4_QUICK.search(text):
        for m in P.IPV4.finditer(text):
            add(Candidate(m.start(), m.end(), "IP_ADDRESS", PRI_IP))
    if "::" in text or text.count(":") >= 7:
        for m in P.IPV6.finditer(text):
            add(Candidate(m.start(), m.end(), "IP_ADDRESS", PRI_IP))
    for run in DIGIT_RUN.finditer(text):
        # Number-shaped identifiers only live around long digit runs: scan those windows only.
        s0, e0 = run.span()
        detect_ids(text, out, max(0, s0 - 8), min(len(text), e0 + 4))
        detect_phones(text, out, max(0, s0 - 6), min(len(text), e0 + 1))
    if LETTER_DIGIT.search(text):
        detect_ibans(text, out)
        for m in P.ALNUM_ID.finditer(text):
            add(Candidate(m.start(), m.end(), "ID_NUMBER", PRI_ID_WEAK))
        detect_uk_postcodes(text, out)
    if DATE_SEP.search(text):
        detect_numeric_dates(text, out)
    if fset & {"born", "ne", "nee", "dob", "birth", "naissance"}:
        for m in P.YEAR_OF_BIRTH.finditer(text):
            add(Candidate(m.start(1), m.end(1), "DATE_OF_BIRTH", PRI_DATE))
    if AGE_NUMBER.search(text):
        detect_ages(text, out)
        detect_age_forms(text, out)
    if FIVE_DIGITS.search(text):
        detect_fr_us_postcodes(text, out)
    if FOUR_DIGIT_TOWN.search(text):
        detect_four_digit_postcodes(text, out)
    # last: it skips what a stronger detector (phones, dates, checksummed and cued IDs) already holds
    detect_id_schemes(text, out)


# Swiss, Belgian, Luxembourg, Austrian, Danish… postcodes: four digits before a known town
# ("1003 Lausanne", "4000 Liège") or after "<street>, ".
# The digit comes before the look-behind so the regex engine can skip straight to digits.
