"""Brand medicines in a medication field's list or in brackets behind a medicine's form stay readable (the lead's
round 38, post hoc on blind31; medical_veto.py, data/medication_fields.txt). Names beside them are still hidden.
Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans

KEPT = [
    (
        "en",
        "Booked with Ferticare. Medications: Fostimon, Cetrotide, Ovitrelle trigger.",
        "Fostimon",
    ),
    (
        "fr",
        "Suivi au CHU. Médicaments : Fostimon, Orgalutran, Ovitrelle. Conjoint présent.",
        "Orgalutran",
    ),
    ("en", "Meds: Menopur, Luveris.", "Luveris"),
    ("en", "Switched to testosterone gel (Tostrex) daily.", "Tostrex"),
    ("en", "Medications: Zoladex, Prostap, Decapeptyl. Review in June.", "Prostap"),
    ("fr", "Progestérone (Utrogestan) 200 mg le soir.", "Utrogestan"),
]

HIDDEN = [
    ("en", "Medications: none. Contact: Gerald Okafor, 07700 900123.", "Gerald Okafor"),
    ("fr", "Traitement : aucun. Référente : Mme Aurélie Bontemps.", "Aurélie Bontemps"),
]


@pytest.mark.parametrize(("lang", "text", "word"), KEPT)
def test_the_medicine_stays_readable(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(("lang", "text", "name"), HIDDEN)
def test_a_name_after_the_field_is_still_hidden(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    covered = [(s.start, s.end) for s in find_spans(text, lang)]
    assert all(
        any(a <= i < b for a, b in covered)
        for i in range(start, start + len(name))
        if text[i].isalnum()
    )
