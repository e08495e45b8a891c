"""Bridge anonymiser: English and French de-identification of patients' free text (pure Python)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from textkit.labels import IDENTIFIER_LABELS

from ._data import Gazetteers, gazetteers
from .pipeline import detect

__all__ = [
    "LABELS",
    "PLACEHOLDER",
    "DeidResult",
    "Span",
    "date_scales",
    "deidentify",
    "find_spans",
    "placeholder",
    "possible_identifiers",
    "time_scales",
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
# Every placeholder the product writes: "[PERSON_1]", and a time phrase with its scale "[DATE_2 · days ago]",
# « [DATE_1 · il y a des semaines] » (label and number first, then " · " and the scale). Group 1 the label,
# 2 the number, 3 the scale or None. The one parser of placeholders: the templates, the leak reports and
# the tests use it.
PLACEHOLDER = re.compile(r"\[([A-Z_]+)_(\d+)(?: · ([^\[\]\n]{1,40}))?\]")


def placeholder(label: str, number: int, scale: str | None = None) -> str:
    """The placeholder text: "[DATE_1]", or "[DATE_1 · days ago]" with a time phrase's scale."""
    return f"[{label}_{number} · {scale}]" if scale else f"[{label}_{number}]"


def time_scales(text: str) -> dict[tuple[int, int], str]:
    """(start, end) of each time phrase of text relative to the post -> the scale its placeholder shows
    ("yesterday" -> "days ago", « il y a trois semaines » -> « il y a des semaines »), in the phrase's language.
    A DATE span with exactly these offsets is a time phrase; any other DATE is a calendar date."""
    from .detectors.time_phrases import SCALES, time_phrases

    return {
        (s, e): SCALES[scale][1 if lang == "fr" else 0] for s, e, scale, lang in time_phrases(text)
    }


def date_scales(text: str, dates: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The scale each DATE span (start, end) of text shows: a time phrase's (`time_scales`), or a weekday
    date's whose direction is plain ("last Tuesday", « depuis lundi » -> days ago); spans with no scale
    are left out. For rendering only: the answer check reads `time_scales`, so a weekday still counts."""
    from .detectors.time_phrases import weekday_scale
    from .detectors.weekday_habits import habit_scale

    out = time_scales(text)
    for start, end in dates:
        if (start, end) not in out and (
            scale := weekday_scale(text, start, end) or habit_scale(text, start, end)
        ):
            out[(start, end)] = scale
    return out


def find_spans(text: str, lang: str = "en") -> tuple[Span, ...]:
    """Detect identifiers in text; sorted, non-overlapping spans."""
    if not text:
        return ()
    return tuple(Span(c.start, c.end, c.label) for c in detect(text, lang))


def deidentify(text: str, lang: str = "en") -> DeidResult:
    """Replace every identifier with a numbered placeholder, the same value keeping the same one; a time
    phrase relative to the post keeps its scale: "since yesterday" -> "since [DATE_1 · days ago]"."""
    spans = find_spans(text, lang)
    if not spans:
        return DeidResult(text, ())
    dates = [(s.start, s.end) for s in spans if s.label == "DATE"]
    scales = date_scales(text, dates) if dates else {}
    counters: dict[str, int] = {}
    seen: dict[tuple[str, str], str] = {}
    parts: list[str] = []
    pos = 0
    for span in spans:
        key = (span.label, _NORMALISE.sub("", text[span.start : span.end].casefold()))
        shown = seen.get(key)
        if shown is None:
            counters[span.label] = counters.get(span.label, 0) + 1
            scale = scales.get((span.start, span.end)) if span.label == "DATE" else None
            shown = placeholder(span.label, counters[span.label], scale)
            seen[key] = shown
        parts.append(text[pos : span.start])
        parts.append(shown)
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
    return tuple(Span(s, e, label) for s, e, label in possible(text, taken, extra, lang))


def word_lists() -> Gazetteers:
    """The anonymiser's word lists (ordinary words, first names, surnames, medicine…), loaded once.

    Public for the answer check, which reads a list label's words against the same lists
    (guidelines.identifier_shapes) rather than keeping copies of its own.
    """
    return gazetteers()
