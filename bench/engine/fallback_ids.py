"""A small identifier finder for `bench/engine/run.py --no-deid` (the engine measured without the anonymiser)."""

from __future__ import annotations

import re

from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.detect import find_emails, find_phones
from guidelines.engine.model import CheckContext
from guidelines.engine.normalise import Normalised

_NHS = re.compile(r"(?<!\d)\d{3}[ \-]?\d{3}[ \-]?\d{4}(?!\d)")
_NIR = re.compile(
    r"(?<!\d)[12][ ]?\d{2}[ ]?\d{2}[ ]?(?:\d{2}|2A|2B)[ ]?\d{3}[ ]?\d{3}(?:[ ]?\d{2})?(?!\d)"
)
_SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
_DOB = re.compile(
    r"(?:\b(?:born(?: on)?|d\.?o\.?b\.?|date of birth|née? le|date de naissance)\s*:?\s*)"
    r"(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th|er)?\s+\w+\s+\d{4})",
    re.IGNORECASE,
)
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Madame|Monsieur|M\.)\.?\s+([A-Z][a-zà-ÿ'\-]+(?:\s+[A-Z][a-zà-ÿ'\-]+)?)"
)


def _nhs_ok(digits: str) -> bool:
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def fallback_find(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Find e-mails, phones, NHS/NIR/SSN numbers, dates of birth and titled names."""
    doc = Doc(Normalised(text, text), lang, CheckContext())
    out: list[tuple[int, int, str]] = [(s, e, "EMAIL") for s, e, _k in find_emails(doc)]
    ids: list[tuple[int, int]] = []
    for m in _NHS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if _nhs_ok(digits):
            ids.append(m.span())
    for rx in (_NIR, _SSN):
        ids.extend(m.span() for m in rx.finditer(text))
    out.extend((s, e, "ID_NUMBER") for s, e in ids)
    for s, e in find_phones(doc):
        if not any(s < ie and is_ < e for is_, ie in ids):
            out.append((s, e, "PHONE"))
    out.extend((m.start(1), m.end(1), "DATE_OF_BIRTH") for m in _DOB.finditer(text))
    out.extend((m.start(1), m.end(1), "PERSON") for m in _TITLED.finditer(text))
    return sorted(out)
