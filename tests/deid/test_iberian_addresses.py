"""Round 33 (the lead, post hoc on blind25; docs/deid.md "Round 33"): Spanish, Catalan and Portuguese streets
with the number after the name and their floor and door, Portuguese postcodes, a Florida grid street with its
direction. Our own addresses, not the held-out set's."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _hidden(text: str, lang: str) -> str:
    spans = find_spans(text, lang)
    return "".join(
        "#" if any(s.start <= i < s.end for s in spans) else ch for i, ch in enumerate(text)
    )


@pytest.mark.parametrize(
    ("lang", "text", "secret"),
    [
        ("en", "We now live at Avenida del Sol 23, 4º C, 03710 Calpe, near the beach.", "4º C"),
        ("fr", "Notre adresse : Calle de la Luna 8, piso 2, 29601 Marbella.", "piso 2"),
        ("en", "Post to Rua das Flores 12, 8200-150 Albufeira please.", "8200-150"),
        ("fr", "Nouvelle adresse : Travessa do Carmo 5, 1200-095 Lisboa.", "1200-095"),
        ("en", "Winter address: 1820 SW 4th Ave, Fort Lauderdale.", "1820 SW"),
    ],
)
def test_the_address_part_is_hidden(lang: str, text: str, secret: str) -> None:
    assert secret not in _hidden(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "My fever was 39º this morning and the pain is 7 out of 10.", "39º"),
        ("en", "The score ended 2024-025 in the league table, nothing medical.", "2024-025"),
        ("fr", "J'ai pris 2 comprimés de Doliprane 1000 à 8h.", "Doliprane"),
    ],
)
def test_the_look_alike_stays(lang: str, text: str, kept: str) -> None:
    assert kept in _hidden(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "secret"),
    [
        (
            "fr",
            "Séjour au Camping Les Mouettes, emplacement 12, avec mon fils asthmatique.",
            "Mouettes",
        ),
        ("fr", "Chute de cheval au Haras du Bocage, poignet gonflé depuis hier.", "Bocage"),
        (
            "en",
            "Stayed at Brackenrigg Livery with the pony; my knee is swollen since.",
            "Brackenrigg",
        ),
        ("en", "We were at Sandy Pines Resort when his asthma flared.", "Sandy Pines"),
    ],
)
def test_a_lodging_or_a_stable_is_hidden(lang: str, text: str, secret: str) -> None:
    # round 33: head-first French lodgings and stables, English yards and resorts head last (cues.py)
    assert secret not in _hidden(text, lang)


def test_a_lowercase_kind_stays_a_kind() -> None:
    text = "Je vais au club de foot le mardi et au camping municipal en été."
    assert "club de foot" in _hidden(text, "fr") and "camping municipal" in _hidden(text, "fr")
