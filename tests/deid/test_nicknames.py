"""Nicknames beside a name (guidelines/deid/names/nicknames.py): hidden as a person; speech, roles and the
names of diseases in quotes stay visible. Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _hidden(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("lang", "text", "nickname"),
    [
        ("en", "Referral: Declan Moriarty (goes by 'wee dec'), sleeping in the park.", "wee dec"),
        ("en", "Resident Priya Okonjo ('pree') missed her methadone.", "pree"),
        ("en", "Next of kin: none, lists friend 'gaz' from the day centre.", "gaz"),
        ("en", "Client Joseph Haddad, known as 'Jojo', was released on Monday.", "Jojo"),
        ("fr", "Personne : Michel Dujardin (« mimi »), à la rue depuis l'hiver.", "mimi"),
        ("fr", "Hébergé avec son pote « grand-lou » au foyer.", "grand-lou"),
    ],
)
def test_a_nickname_beside_a_name_or_a_friend_word_is_hidden(
    lang: str, text: str, nickname: str
) -> None:
    assert any(nickname in hidden for hidden in _hidden(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr Ahmed ('the landlord') called about the rent."),
        ("en", "Dr Okafor (“we'll see”) was vague about the scan."),
        ("fr", "Le médecin m'a dit « ça va passer » hier."),
        ("en", "The rash, known as 'slapped cheek', faded after a week."),
    ],
)
def test_speech_roles_and_diseases_in_quotes_are_no_nickname(lang: str, text: str) -> None:
    assert not any(
        w in " ".join(_hidden(text, lang)) for w in ("landlord", "see", "passer", "cheek")
    )
