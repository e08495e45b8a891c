"""Leak reports read the time placeholders of 2026-12-06 ("[DATE_1 · days ago]") like any other: never cut
into, and numbered after them."""

from __future__ import annotations

from doctor_space.leaks import _PLACEHOLDER, _next_placeholder, _replace

TEXT = "pain since [DATE_1 · days ago], seen on [DATE_2]; days ago my neighbour Jo came"


def test_a_new_date_is_numbered_after_the_scaled_ones() -> None:
    assert _next_placeholder(TEXT, "DATE") == "[DATE_3]"
    assert _next_placeholder("[DATE_4 · il y a des semaines]", "DATE") == "[DATE_5]"


def test_a_reported_phrase_never_cuts_into_a_scaled_placeholder() -> None:
    text, count = _replace(TEXT, "days ago", "[HIDDEN_1]")
    assert count == 1 and "[DATE_1 · days ago]" in text and "; [HIDDEN_1] my neighbour" in text


def test_a_scaled_placeholder_is_not_a_phrase_to_report() -> None:
    assert _PLACEHOLDER.fullmatch("[DATE_1 · days ago]")
