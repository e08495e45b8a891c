"""The last veto of a medical word read as a name, a town or an organisation (deid51,
guidelines/deid/medical_veto.py): a condition or a medicine by its published ending, a brand before its dose
or in brackets after its generic, a treatment's acronym, an aid's phrase; EN and FR. Names with a cue or in
the name lists stay hidden."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _hidden(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a condition by its ending, opening a sentence
        ("en", "Meningioma, seizures on levetiracetam. Seen in clinic.", "Meningioma"),
        # an INN stem ("-cilline") beside an allergy
        ("fr", "Amoxicilline 500 mg, allergie à la Pénicilline exclue.", "Pénicilline"),
        # invented brands before a frequency, a dose or in brackets after the generic
        ("en", "Zoltrana twice daily since June.", "Zoltrana"),
        ("fr", "Lexomirane quotidienne depuis mai.", "Lexomirane"),
        ("fr", "Vyxeltra 96 mg mensuel par injection.", "Vyxeltra"),
        ("en", "buprenorphine (Buvidal) weekly", "Buvidal"),
        # a brand's ending in a list with a medicine, its dose between
        ("fr", "Polyarthrite sous Méthotrexate hebdomadaire et Spéciafoldine.", "Spéciafoldine"),
        # a treatment's acronym in capitals, an aid after a title-like "MS", an aid read as a town
        ("en", "On NIV at night since the COPD got worse.", "NIV"),
        ("en", "He uses a rollator indoors (MS, rollator) and a stick outside.", "rollator"),
        ("fr", "Il marche avec des cannes anglaises depuis l'accident.", "cannes"),
    ],
)
def test_medical_word_is_not_hidden(lang: str, text: str, word: str) -> None:
    assert not any(word in h for h in _hidden(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Ma fille Justine, 12 ans, est sous Ritaline quotidienne.", "Justine"),
        ("en", "Dr Caroline said to take it twice daily.", "Caroline"),
        ("fr", "Mme Justine Hématome est venue.", "Justine Hématome"),
        ("en", "Niv came with me to the clinic.", "Niv"),
        ("en", "New address 41 Albert Road, Southsea PO5 2SE. I use Victoza.", "Southsea"),
        ("en", "Mr Ravindran takes Zyprexol and Kalmine.", "Ravindran"),
    ],
)
def test_name_stays_hidden(lang: str, text: str, name: str) -> None:
    assert name in _hidden(text, lang)
