"""Round 21 (answers21): a sound emergency answer written as a list of steps is not blocked as an identifier.

The anonymiser's tagger labelled list steps ADDRESS once an ellipsis (« conseiller… », folded to "...") or a
service's hours (« 24 h/24 », "24/7") stood before them: « Gardez la boîte », « - Notez », "24/7 - Keep the box",
"General" opening the not-a-consultation line. `guidelines.identifier_shapes` now leaves out an ADDRESS that is a
service's hours, a French imperative opening a step with no number in it, or ordinary words opening their line in a
piece of an address run across lines. Real addresses are still reported. Our own sentences.
"""

from __future__ import annotations

import itertools

import pytest

from guidelines.identifiers import find_identifiers
from tests.engine.seeded import blocks

_HEADS = ("Urgence :", "À faire tout de suite :", "**Urgence**")
_CALLS = ("appelez le 15 immédiatement", "Composez le 112 sans attendre")
_HELP = (
    "Le centre antipoison peut aussi conseiller…",
    "Un centre antipoison répond 24 h/24",
    "Le médecin régulateur vous guidera…",
)
_STEPS = (
    "Gardez la boîte",
    "Conservez l'emballage",
    "Notez l'heure",
    "Mettez la boîte dans un sac",
    "Préparez la carte Vitale",
)
_SEPS = ("\n- ", " - ", "\n• ", "\n1. ")


@pytest.mark.parametrize(
    ("head", "call", "help_", "step", "sep"),
    list(itertools.product(_HEADS, _CALLS, _HELP, _STEPS, _SEPS))[::7],
)
def test_a_french_list_of_emergency_steps_is_not_an_identifier(
    head: str, call: str, help_: str, step: str, sep: str
) -> None:
    text = head + sep + call + sep + help_ + sep + step + "\nCeci ne remplace pas les urgences."
    assert not {k for k, _s in blocks(text, "fr", "fr", emergency=True) if k == "identifiers"}


@pytest.mark.parametrize(
    "text",
    [
        "### What to do\n• Call 911 now\n• NHS 111 can also help, 24/7\n• Keep the box\n\nGeneral information only.",
        "Emergency: - Call 999 now - NHS 111 can also help, 24/7 - Keep the box",
    ],
)
def test_an_english_list_of_emergency_steps_is_not_an_identifier(text: str) -> None:
    assert not {k for k, _s in blocks(text, "en", "gb", emergency=True) if k == "identifiers"}


@pytest.mark.parametrize(
    ("lang", "text", "address"),
    [
        ("fr", "Votre voisine habite 3 allée des Tilleuls, 75011 Paris.", "3 allée des Tilleuls"),
        ("fr", "La pharmacie ouverte 24h/24 au 12 rue de Rivoli vous aidera.", "12 rue de Rivoli"),
        ("fr", "Urgence :\n- Gardez la boîte 3 rue des Lilas\n", "boîte 3 rue des Lilas"),
        ("en", "The clinic at 455 Oak St #12, open 24/7, sees walk-ins.", "455 Oak St #12"),
    ],
)
def test_a_real_address_is_still_reported(lang: str, text: str, address: str) -> None:
    assert ("ADDRESS", address) in {(lab, text[a:b]) for a, b, lab in find_identifiers(text, lang)}
