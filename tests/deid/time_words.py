"""Test helper: the spans of a text less its time phrases relative to the post (DATE with a scale since
2026-12-06), for the tests that say medicine, brands or look-alikes are left alone."""

from __future__ import annotations

from collections.abc import Iterable

from guidelines.deid import Span, time_scales


def without_time(text: str, spans: Iterable[Span]) -> tuple[Span, ...]:
    times = time_scales(text)
    return tuple(s for s in spans if not (s.label == "DATE" and (s.start, s.end) in times))
