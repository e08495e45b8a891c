"""A town of several words one of which is a body word (round 35 of the lead, post hoc on blind27): "Moose Jaw",
« Cœur d'Alène » are towns, matched whole; a body word alone or a town wholly of body words stays visible."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


@pytest.mark.parametrize(
    "text",
    [
        "Walter, 93, lives at 418 Athabasca St W, Moose Jaw S6H 2C6, and his left side is weak.",
        "My aunt moved to 12 Lakeview Dr, Coeur d'Alene ID 83814 and her jaw clicks when she eats.",
    ],
)
def test_the_town_is_hidden_and_the_body_word_is_not(text: str) -> None:
    shown = deidentify(text, "en").text
    assert "Moose Jaw" not in shown and "Coeur d'Alene" not in shown
    assert ("left side is weak" in shown) or ("jaw clicks" in shown)


def test_a_body_word_alone_stays_visible() -> None:
    shown = deidentify(
        "My jaw and my back hurt since the fall, Back pain is worse at night.", "en"
    ).text
    assert "jaw" in shown and "Back pain" in shown
