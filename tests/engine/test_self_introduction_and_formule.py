"""Sound answers no longer blocked (answers13), found by rule id on the held-out sets' false blocks, our own
sentences: the writer introducing themself by title and name (warns, as a sign-off name does: the profile shows
it anyway), and « ma formule » as a phrasing (a product only as « ma propre formule », like "my own formula").
A name tied to the reader's care and a stated product tie still block."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

WARN_ONLY = [
    (
        "fr",
        "fr",
        "Bonjour, je suis le Dr Blanc, médecin généraliste. Votre question est fréquente.",
    ),
    ("fr", "fr", "Le Dr Blanc vous répond : votre question est fréquente."),
    ("gb", "en", "Hello, I'm Dr White, a GP in Leeds. Your question is a common one."),
    ("gb", "en", "Dr White here. Your question is a common one."),
    ("us", "en", "This is Dr Brown answering. Your question comes up a lot."),
]

STILL_BLOCKED = [
    (
        "fr",
        "fr",
        "Votre fils est suivi par le Dr Blanc, qui vous répond toujours vite.",
        "identifiers",
    ),
    ("fr", "fr", "Le Dr Blanc, qui suit votre fils, a raison.", "identifiers"),
    ("gb", "en", "Thanks for writing. Dr White treats your son and knows him best.", "identifiers"),
    ("fr", "fr", "Je vous recommande ma propre formule de magnésium.", "conflict_of_interest"),
    (
        "fr",
        "fr",
        "Prenez les compléments de ma marque, ils sont excellents.",
        "conflict_of_interest",
    ),
]

SOUND = [
    (
        "fr",
        "fr",
        "Pour reprendre ma formule, mieux vaut prévenir que guérir : marchez chaque jour.",
    ),
    ("fr", "fr", "Notre formule sanguine de contrôle est normale, rien à ajouter."),
]


@pytest.mark.parametrize(("j", "lang", "text"), WARN_ONLY)
def test_own_name_in_an_introduction_warns(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set(), text
    assert "identifiers" in reported(text, lang, j), text


@pytest.mark.parametrize(("j", "lang", "text", "kind"), STILL_BLOCKED)
def test_tied_names_and_product_ties_still_block(j: str, lang: str, text: str, kind: str) -> None:
    assert any(k == kind for k, _span in blocks(text, lang, j)), text


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_formule_as_a_phrasing_passes(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set(), text
