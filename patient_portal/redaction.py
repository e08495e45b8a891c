"""What doctors will see: the anonymiser's spans, minus what the patient restored, plus what they hid.

Pure Python (no Django): the preview page, the confirm step and the API all call `redact`, so the
text a patient confirmed is byte for byte the text that opens the case.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bridge.text import phrase_spans
from guidelines.deid import date_scales, find_spans, placeholder, possible_identifiers

HIDDEN = "HIDDEN"
MAX_PHRASES = 50
MAX_PHRASE_CHARS = 120
# Same rule as the anonymiser: one identifier written two ways keeps one placeholder.
_NORMALISE = re.compile(r"[\s.\-()'’]+")
_SPLIT = re.compile(r"[\n,;]+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the preview: plain text, a placeholder (with the words it replaced), or an unsure word."""

    kind: str  # "text" | "redacted" | "possible"
    text: str  # what doctors will see for this piece
    original: str = ""  # the patient's own words behind a placeholder or an unsure word
    label: str = ""


@dataclass(frozen=True, slots=True)
class Redaction:
    """The text doctors will see, how it was cut, and a fingerprint the confirm step checks."""

    text: str
    segments: tuple[Segment, ...]
    fingerprint: str

    @property
    def possible(self) -> tuple[Segment, ...]:
        """The words the anonymiser is unsure about and left visible."""
        return tuple(s for s in self.segments if s.kind == "possible")

    @property
    def redacted(self) -> tuple[Segment, ...]:
        """Every replaced piece, in order."""
        return tuple(s for s in self.segments if s.kind == "redacted")


def parse_phrases(raw: str | Iterable[str]) -> list[str]:
    """Words or phrases from a field (one per line or comma-separated) or a list; cleaned, unique, bounded."""
    items = _SPLIT.split(raw) if isinstance(raw, str) else [str(x) for x in raw]
    seen: dict[str, str] = {}
    for item in items:
        phrase = " ".join(item.split())[:MAX_PHRASE_CHARS]
        if len(phrase) >= 2 and phrase.casefold() not in seen:
            seen[phrase.casefold()] = phrase
    return list(seen.values())[:MAX_PHRASES]


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Union of overlapping spans; a union keeps the anonymiser's label when it holds one."""
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            keep = last[2] if last[2] != HIDDEN else label
            merged[-1] = (last[0], max(last[1], end), keep)
        else:
            merged.append((start, end, label))
    return merged


def _key(text: str) -> str:
    return _NORMALISE.sub("", text.casefold())


def redact(
    text: str, lang: str, hidden: Sequence[str] = (), restored: Sequence[str] = ()
) -> Redaction:
    """Apply the anonymiser, then the patient's choices: restored words show, hidden words never do."""
    restored_keys = {_key(p) for p in restored}
    spans = [
        (s.start, s.end, s.label)
        for s in find_spans(text, lang)
        if _key(text[s.start : s.end]) not in restored_keys
    ]
    for phrase in hidden:
        spans.extend((a, b, HIDDEN) for a, b in phrase_spans(text, phrase))
    merged = _merge(spans)
    # Unsure words stay visible but marked; any the patient restored are not flagged again.
    unsure = [
        (p.start, p.end, p.label)
        for p in possible_identifiers(text, lang)
        if _key(text[p.start : p.end]) not in restored_keys
        and not any(a < p.end and p.start < b for a, b, _l in merged)
    ]
    # A time phrase (or a plain weekday) shows its scale, as in `deidentify`: "[DATE_1 · days ago]".
    dates = [(a, b) for a, b, lab in merged if lab == "DATE"]
    scales = date_scales(text, dates) if dates else {}
    counters: dict[str, int] = {}
    seen: dict[tuple[str, str], str] = {}
    segments: list[Segment] = []
    pos = 0
    pieces = sorted(
        [(a, b, lab, "redacted") for a, b, lab in merged]
        + [(a, b, lab, "possible") for a, b, lab in unsure]
    )
    for start, end, label, kind in pieces:
        if start > pos:
            segments.append(Segment("text", text[pos:start]))
        original = text[start:end]
        if kind == "possible":
            segments.append(Segment("possible", original, original, label))
        else:
            key = (label, _key(original))
            shown = seen.get(key)
            if shown is None:
                counters[label] = counters.get(label, 0) + 1
                scale = scales.get((start, end)) if label == "DATE" else None
                shown = placeholder(label, counters[label], scale)
                seen[key] = shown
            segments.append(Segment("redacted", shown, original, label))
        pos = end
    if pos < len(text):
        segments.append(Segment("text", text[pos:]))
    redacted_text = "".join(s.text for s in segments)
    return Redaction(redacted_text, tuple(segments), fingerprint(redacted_text))


def fingerprint(redacted_text: str) -> str:
    """Short hash of the previewed text: confirming a stale preview is refused."""
    return hashlib.sha256(redacted_text.encode()).hexdigest()[:16]
