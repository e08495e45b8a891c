"""Disrespect read by the clause model: a study's method and an anonymous anecdote are not contempt.

"Trials where neither patients nor doctors knew who took what" describes blinding, not doctors' ignorance; a
colleague's mistake told anonymously to teach blames nobody (the model's reading only warns there, unless a
judgement word is in the sentence). Contempt written as such still blocks.
"""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations


def _severities(text: str, lang: str) -> list[str]:
    return [v.severity for v in violations("abuse", text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "You may have heard that the flu jab gives you flu. In trials where neither the volunteers nor the "
            "doctors knew who had the real vaccine, flu-like illness was just as common after the dummy jab.",
        ),
        (
            "fr",
            "On lit parfois que le paracétamol abîme toujours le foie. Dans les études en double aveugle, ni les "
            "malades ni les médecins ne savaient qui prenait quoi, et aux doses usuelles le foie allait bien.",
        ),
    ],
)
def test_a_study_method_is_no_contempt(lang: str, text: str) -> None:
    assert _severities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "You may have heard that doctors 'push pills on everyone'; most of us prescribe far less than that.",
        ),
        (
            "fr",
            "On entend souvent que les médecins « ne savent rien sur la nutrition » ; c'est une idée reçue.",
        ),
    ],
)
def test_a_myth_quoted_to_examine_it_is_no_contempt(lang: str, text: str) -> None:
    assert _severities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Years ago a colleague of mine, I won't say who, put these headaches down to stress and the "
            "patient turned out to need a scan, which is why I would ask your GP to take another look.",
        ),
        (
            "fr",
            "Il y a des années, un confrère, je ne dirai pas qui, a mis ces maux de tête sur le compte du stress "
            "et il fallait en réalité un scanner : c'est pourquoi je vous conseille de reconsulter.",
        ),
    ],
)
def test_an_anonymous_anecdote_never_blocks(lang: str, text: str) -> None:
    assert "block" not in _severities(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Years ago a colleague of mine, I won't say who, was too lazy to examine a patient like you.",
        ),
        ("en", "Your GP is incompetent: in studies, doctors like yours miss this all the time."),
        ("en", "Doctors who hand out antibiotics for every cold are lazy."),
        ("en", "You may have heard the advice elsewhere, but your GP is an idiot."),
        ("fr", "Votre généraliste est nul, il aurait dû vous adresser depuis longtemps."),
    ],
)
def test_contempt_still_blocks(lang: str, text: str) -> None:
    assert "block" in _severities(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Votre généraliste est un incapable, il fallait vous adresser plus tôt.",
        "Les urgentistes de garde sont des incompétents.",
    ],
)
def test_a_judgement_as_a_noun_blocks(text: str) -> None:
    assert "block" in _severities(text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "Je suis incapable de vous examiner à distance : consultez votre médecin.",
        "Votre médecin est incapable de conclure sans examen, c'est normal : allez le voir.",
    ],
)
def test_incapable_de_is_everyday_french(text: str) -> None:
    assert _severities(text, "fr") == []


def test_urging_care_past_the_gp_is_no_disrespect() -> None:
    """Issue 16 (answers8): "you shouldn't wait for your GP" sends the patient on; it does not belittle the GP."""
    from tests.engine.helpers import violations as _v

    found = _v("abuse", "Call 999. You shouldn't wait for your GP with this.", "en")
    assert all(v.severity == "warn" for v in found)
    insult = _v("abuse", "Don't wait for your useless GP, he is an idiot.", "en")
    assert any(v.severity == "block" for v in insult)
