"""Bridge anonymiser: English and French de-identification of patients' free text (pure Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textkit.labels import IDENTIFIER_LABELS

from ._data import Gazetteers, gazetteers
from .pipeline import detect

__all__ = [
    "LABELS",
    "DeidResult",
    "Span",
    "deidentify",
    "find_spans",
    "possible_identifiers",
    "word_lists",
]

LABELS: tuple[str, ...] = IDENTIFIER_LABELS


@dataclass(frozen=True, slots=True)
class Span:
    """An identifier found in the input: offsets into the input text, end exclusive."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class DeidResult:
    """Redacted text with [LABEL_n] placeholders and the spans they replaced."""

    text: str
    spans: tuple[Span, ...]


_NORMALISE = re.compile(r"[\s.\-()'’]+")


def find_spans(text: str, lang: str = "en") -> tuple[Span, ...]:
    """Detect identifiers in text; sorted, non-overlapping spans."""
    if not text:
        return ()
    return tuple(Span(c.start, c.end, c.label) for c in detect(text, lang))


def deidentify(text: str, lang: str = "en") -> DeidResult:
    """Replace every identifier with a numbered placeholder, the same value keeping the same one."""
    spans = find_spans(text, lang)
    if not spans:
        return DeidResult(text, ())
    counters: dict[str, int] = {}
    seen: dict[tuple[str, str], str] = {}
    parts: list[str] = []
    pos = 0
    for span in spans:
        key = (span.label, _NORMALISE.sub("", text[span.start : span.end].casefold()))
        placeholder = seen.get(key)
        if placeholder is None:
            counters[span.label] = counters.get(span.label, 0) + 1
            placeholder = f"[{span.label}_{counters[span.label]}]"
            seen[key] = placeholder
        parts.append(text[pos : span.start])
        parts.append(placeholder)
        pos = span.end
    parts.append(text[pos:])
    return DeidResult("".join(parts), spans)


def possible_identifiers(text: str, lang: str = "en") -> tuple[Span, ...]:
    """Words the anonymiser left but is unsure of ("possible name?"): sorted, non-overlapping,
    disjoint from find_spans(text, lang), label = the most likely label; never certain medicine."""
    if not text:
        return ()
    from ._data import gazetteers
    from .doc import Doc
    from .possible import possible
    from .tagger import tagged_spans

    taken = [(s.start, s.end) for s in find_spans(text, lang)]
    doc = Doc(text)
    sure, unsure, _outside = tagged_spans(doc.words, doc.spans, doc.sent_start, gazetteers())
    # a confident span the rules trimmed away or overruled is still worth a glance
    extra = [*sure, *unsure]
    return tuple(Span(s, e, label) for s, e, label in possible(text, taken, extra))


def word_lists() -> Gazetteers:
    """The anonymiser's word lists (ordinary words, first names, surnames, medicine…), loaded once.

    Public for the answer check, which reads a list label's words against the same lists
    (guidelines.identifier_shapes) rather than keeping copies of its own.
    """
    return gazetteers()
