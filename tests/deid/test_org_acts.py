"""What a doctor reads after the anonymiser (deid28): an organisation named in running text only by what
it does (the subject of an institutional verb, the addressee of a letter or a complaint, a name before a
service noun, a town's administration, a venue before its name) is
hidden; medicines, devices, medical initials, people, towns and ordinary sentence openers are kept.
Sentences invented here, none from a held-out or development set."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        (
            "Larkspur Assurance refused my claim after the fall. Should I get a scan?",
            "en",
            "Larkspur",
        ),
        ("Brackwater Homes never repaired the leak and my cough is worse.", "en", "Brackwater"),
        ("The ZTQA suspended my taxi badge after the stroke.", "en", "ZTQA"),
        (
            "I complained to Pellham Estates about the damp; my son wheezes at night.",
            "en",
            "Pellham",
        ),
        ("Accident report for Corvane Mutual: I tripped on the stairs.", "en", "Corvane"),
        (
            "My Quillfit gym membership includes a sauna; fine with high blood pressure?",
            "en",
            "Quillfit",
        ),
        ("La TRVB ne répond pas depuis ma chute dans le bus, j'ai mal au dos.", "fr", "TRVB"),
        ("Mutalis m'a remboursé la moitié des séances, puis-je continuer ?", "fr", "Mutalis"),
        ("La Ville de Terrebonne a coupé le chauffage de l'immeuble.", "fr", "Terrebonne"),
        (
            "Mon fils nage à la piscine Belleville-Ourcq et tousse beaucoup.",
            "fr",
            "Belleville-Ourcq",
        ),
        ("J'ai écrit à Domilogis pour les moisissures, sans réponse.", "fr", "Domilogis"),
    ],
)
def test_organisation_in_running_text_hidden(text: str, lang: str, hidden: str) -> None:
    out = shown(text, lang)
    assert hidden not in out, out
    assert "[ORGANIZATION_1" in out, out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Ventolin never helped my cough at night. Should I try something else?", "en", "Ventolin"),
        ("The ECG showed a fast rhythm, is that dangerous?", "en", "ECG"),
        ("Le CHU m'a donné un rendez-vous en neurologie, est-ce urgent ?", "fr", "CHU"),
        ("L'IRM a montré une hernie ; le kiné refuse de me masser.", "fr", "IRM"),
        ("Nobody answered the phone at the surgery, so I waited.", "en", "Nobody"),
        ("Everything changed after the fall; my hip hurts.", "en", "Everything"),
        ("Coach Ritter wants him back on the pitch after the concussion.", "en", "Coach"),
        ("My UK contact says the dose is different here.", "en", "UK"),
    ],
)
def test_look_alikes_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


def test_a_person_saying_something_stays_a_person() -> None:
    out = shown("Imogen Carraway said to rest the knee for a week.")
    assert "Carraway" not in out
    assert "[PERSON_1" in out and "ORGANIZATION" not in out, out
