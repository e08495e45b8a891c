"""deid37: medical devices, products and procedures named by a capitalised word stay visible, by the
word's place (a head noun after it, a French device noun before it, a device's verb, a letter-hyphen
shape) and, last, a short brand file; a person named like a device stays hidden (both ways)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def _hidden(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Our daughter has been in a Pavlik harness for her hips.", "en", "Pavlik"),
        ("He has a Foley catheter and a Hickman line for the chemo.", "en", "Foley"),
        ("He has a Foley catheter and a Hickman line for the chemo.", "en", "Hickman"),
        ("Teen with scoliosis in a Boston brace 20 hours a day.", "en", "Boston"),
        ("Our baby wears Denis Browne boots after the casting.", "en", "Denis Browne"),
        ("My son's Dexcom keeps alarming at night.", "en", "Dexcom"),
        ("Care home inventory: hearing aids (Phonak), glasses.", "en", "Phonak"),
        ("Equipment: Rollator x1, perching stool.", "en", "Rollator"),
        ("She asked for Sudocrem and Infacol for her baby.", "en", "Sudocrem"),
        ("We use Tommee Tippee bottles.", "en", "Tommee Tippee"),
        ("After my C-section in May I was sore.", "en", "C-section"),
        ("Bébé a eu un harnais de Pavlik pour sa luxation de hanche.", "fr", "Pavlik"),
        ("L'infirmière a posé la sonde de Foley hier.", "fr", "Foley"),
        ("Prêt : déambulateur Rollator, attelle Donjoy pour le genou.", "fr", "Donjoy"),
        ("Inventaire : appareil auditif Phonak, lunettes, dentier.", "fr", "Phonak"),
        ("Mon père utilise un cadre Zimmer tous les jours.", "fr", "Zimmer"),
        ("Carnet : 120 ml de Gallia Calisma puis lait Modilac.", "fr", "Modilac"),
        ("Le test de Guthrie a été fait au 3e jour.", "fr", "Guthrie"),
    ],
)
def test_device_words_stay_visible(text: str, lang: str, kept: str) -> None:
    out = deidentify(text, lang).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        ("Mr Zimmer's frame was left in the lounge.", "en", "Zimmer"),
        ("Sarah's pump alarmed twice.", "en", "Sarah"),
        ("Nurse Foley changed the catheter.", "en", "Foley"),
        ("Can you give Jack milk at night?", "en", "Jack"),
        ("Care home room 12 (Albert Zimmer): walking frame, glasses.", "en", "Albert Zimmer"),
        ("After the test Sarah said it was fine.", "en", "Sarah"),
        ("Mme Guthrie, infirmière, a posé la sonde.", "fr", "Guthrie"),
        ("Le biberon de Léo est tombé par terre.", "fr", "Léo"),
        ("M. Raymond Zimmer utilise un déambulateur.", "fr", "Raymond Zimmer"),
        ("Le test de Léa est positif, que faire ?", "fr", "Léa"),
        ("We had a Devon cream tea, then my eczema flared.", "en", "Devon"),
        ("I take the Manchester line to my asthma clinic.", "en", "Manchester"),
    ],
)
def test_people_named_like_devices_stay_hidden(text: str, lang: str, hidden: str) -> None:
    assert any(hidden in h for h in _hidden(text, lang)), (text, _hidden(text, lang))
