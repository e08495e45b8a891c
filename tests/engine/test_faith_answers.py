"""Sound answers naming faith practices pass the identifiers rule (deid36): Islam, Hajj, Umrah, Henna, Shabbat,
Pesach, Ramadan, « chemin de Compostelle » are no person or address; a real name beside them still blocks."""

from __future__ import annotations

import pytest

from tests.engine.identifiers_checker import identifiers_checker

_checker = identifiers_checker


def _found(text: str, lang: str) -> list[str]:
    return [text[v.start : v.end] for v in _checker().check(text, lang=lang).violations]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Many people with diabetes manage Hajj safely. Islam exempts those whose health is at risk.",
        ),
        ("en", "Natural Henna is reddish-brown; black henna often contains PPD."),
        ("en", "Keeping Shabbat does not stop emergency care; plan before Pesach."),
        ("en", "Umrah and Hajj pilgrims often get a cough; wash your hands."),
        ("fr", "L'islam dispense les malades du jeûne pendant le ramadan."),
        ("fr", "Marcher sur le chemin de Compostelle avec une tendinite n'est pas conseillé."),
    ],
)
def test_faith_words_pass(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Before Hajj, your father Nguyen Van An should see his GP.", "Nguyen Van An"),
        (
            "fr",
            "Avant le chemin de Compostelle, Mme Hoang Thi Mai doit consulter.",
            "Hoang Thi Mai",
        ),
    ],
)
def test_a_name_beside_faith_words_blocks(lang: str, text: str, name: str) -> None:
    found = _found(text, lang)
    assert any(name in f for f in found)
    assert not any(w in f for f in found for w in ("Hajj", "Compostelle"))
