"""A ship's IMO number after "IMO" names a small boat's skipper and crew (docs/deid.md, round 33c): hidden when its
check digit holds (python-stdnum `imo`), kept otherwise."""

from __future__ import annotations

from guidelines.deid import find_spans


def _labels(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in find_spans(text, "en")}


def test_a_valid_imo_number_is_hidden() -> None:
    assert (
        _labels("Trawler Sea Holly, IMO 9074729, skipper on insulin.").get("9074729") == "ID_NUMBER"
    )


def test_a_wrong_check_digit_is_not_an_imo_number() -> None:
    assert "9074728" not in _labels("Trawler Sea Holly, IMO 9074728, skipper on insulin.")
