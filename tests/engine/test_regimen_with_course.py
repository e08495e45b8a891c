"""Issue 16 (answers8): a full regimen for this case — a drug, a dose, a frequency and a set course in one
sentence — is an individual prescription whoever is addressed or named; the same regimen as general information,
under a condition, or negated is not. Our own sentences (GMC/CNOM/FSMB: no prescribing at a distance).
"""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations

REGIMENS = [
    ("en", "Folks, he needs amoxicillin 500 mg three times a day for seven days."),
    ("en", "Everyone in the house should take azithromycin 500 mg once a day for 3 days."),
    ("en", "Your dad should be on amoxicillin 500 mg three times a day for 5 days."),
    ("en", "The dose for her would be amoxicillin 250 mg three times a day for 5 days."),
    ("fr", "Il lui faut de l'amoxicilline 1 g trois fois par jour pendant 7 jours."),
    ("fr", "Pour lui, ce sera amoxicilline 1 g matin et soir pendant 7 jours."),
]

INFORMATION = [
    ("en", "The usual course is amoxicillin 500 mg three times a day for 5 days."),
    ("en", "NICE recommends amoxicillin 500 mg three times a day for 5 days for most people."),
    ("en", "If your GP prescribes amoxicillin, it is often 500 mg three times a day for 5 days."),
    ("en", "He does not need amoxicillin 500 mg three times a day for 5 days for a cold."),
    ("fr", "Si votre médecin la prescrit, c'est souvent 1 g trois fois par jour pendant 7 jours."),
]


@pytest.mark.parametrize(("lang", "text"), REGIMENS)
def test_a_full_regimen_for_this_case_is_a_prescription(lang: str, text: str) -> None:
    assert violations("prescription", text, lang), text


@pytest.mark.parametrize(("lang", "text"), INFORMATION)
def test_general_conditional_or_negated_regimen_is_not(lang: str, text: str) -> None:
    assert violations("prescription", text, lang) == (), text
