"""deid50: the parts of a name said again, names listed together (guidelines/deid/names/coref.py), and places
and address parts read from their slot (guidelines/deid/names/place_slots.py). Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _spans(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


def _covered(text: str, word: str, lang: str = "en") -> bool:
    i = text.rindex(word)
    return any(s.start <= i and i + len(word) <= s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "en",
            "The new tenant is Callum Pryde. Note: Pryde is diabetic and uses insulin.",
            "Pryde",
        ),
        (
            "en",
            "Seen by Eilidh Tormey on the ward; the notes say Tormey asked for a review.",
            "Tormey",
        ),
        ("fr", "Mme Solène Vautrin a appelé. Selon Vautrin, la plaie est infectée.", "Vautrin"),
        ("fr", "Mon père Gaston Lefeuvre refuse. Le soir gaston ne veut pas manger.", "gaston"),
        ("en", "Tent 1: Rowan, Isla, jonno\nLights out at ten.", "jonno"),
    ],
)
def test_a_part_of_a_name_said_again_or_a_listed_name_is_hidden(
    lang: str, text: str, word: str
) -> None:
    assert _covered(text, word, lang)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "My GP, Dr Hugh Addison, says my Addison's disease is stable.", "Addison"),
        ("fr", "Sa kiné, Solène, pense que c'est le médicament.", "kiné"),
        (
            "en",
            "The Lyme disease leaflet and NICE guidance are confusing; I keep reading them.",
            "reading",
        ),
    ],
)
def test_medicine_words_and_roles_stay(lang: str, text: str, word: str) -> None:
    assert not _covered(text, word, lang)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Parcel returned: Flat 2, 19 Marsh Lane, Peel IM5 1AB. Please resend.", "Peel"),
        ("en", "Riverside Food Bank, Reading.\nA volunteer fainted.", "Reading"),
        ("en", "I drove from Moose Jaw to Regina for dialysis.", "Moose Jaw"),
        ("en", "We were skiing in Cortina d'Ampezzo when he fell.", "Cortina d'Ampezzo"),
        ("fr", "Elle habite à La Prairie et fait de l'hypertension.", "La Prairie"),
        ("en", "My address is 5/2 Easter Road, Edinburgh.", "5/2 Easter Road"),
        ("fr", "Je demeure au 245, rang 4, Saint-Ubalde.", "245, rang 4"),
        ("fr", "Adresse : quartier Bellevue, Tulle.", "Bellevue"),
    ],
)
def test_a_place_or_an_address_part_read_from_its_slot(lang: str, text: str, value: str) -> None:
    assert any(v == value for v, _ in _spans(text, lang))
