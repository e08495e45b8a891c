"""`me` is the English pronoun far more often than the French title `Me` (Maître): a comma or the
pronoun `I` after it is no name ("he coughed on me, I'm on methotrexate"); `Me Dupont` still is."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


@pytest.mark.parametrize(
    "text",
    [
        "a client coughed on me, I'm on methotrexate, should I worry?",
        "Me, I've had the cough for a week",
        "he gave me I think too much ibuprofen",
    ],
)
def test_the_pronoun_after_me_is_no_name(text: str) -> None:
    assert [s for s in find_spans(text, "en") if s.label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("j'ai vu Me Dupont, mon avocat, il tousse", "Dupont"),
        ("Me Lefèvre m'a dit de consulter pour mon asthme", "Lefèvre"),
    ],
)
def test_the_title_me_still_names(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in find_spans(text, "fr") if s.label == "PERSON"] == [name]
