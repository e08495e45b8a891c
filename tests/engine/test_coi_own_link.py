"""COI-01: the author's own financial link to a maker beside a product recommendation (issue 16, answers11).

Built from the guidance (GMC Good medical practice 2024 ¶90-93, AMA Code 8.12, Ordre R.4127-26): the link and the
recommendation in one sentence, undeclared, is a conflict of interest; look-alikes must pass.
"""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations

BREAKING = [
    ("en", "I consult for Pfizer and I'd recommend their statin over the others."),
    (
        "en",
        "I'm a paid speaker for the company, and honestly their inhaler is the best on the market.",
    ),
    ("en", "I own shares in the firm that makes this monitor, so go for that one."),
    ("en", "I also work for Acme Pharma; take their new tablet, it is better than the generic."),
    (
        "fr",
        "Je suis consultant pour le laboratoire qui fabrique le Xarelto, c'est le meilleur anticoagulant.",
    ),
    ("fr", "Je travaille pour Sanofi et je vous recommande leur vaccin."),
    (
        "fr",
        "J'ai des actions chez ce fabricant : prenez leur tensiomètre, il est plus fiable que les autres.",
    ),
    (
        "fr",
        "Je conseille plusieurs laboratoires et je vous conseille cette crème, la plus efficace.",
    ),
]

SOUND = [
    ("en", "I work for the NHS and I'd recommend paracetamol first."),
    ("en", "I don't consult for any company; take whichever generic is cheapest."),
    (
        "en",
        "Conflict of interest: I consult for Pfizer. I'd recommend you discuss statins with your GP.",
    ),
    ("en", "Do you work for a drug company? I'd recommend asking your pharmacist."),
    ("en", "A doctor who writes 'I consult for X, take their pill' is hiding an interest."),
    ("en", "I advise you to try the generic; it is as good."),
    ("en", "I consult for a company that makes glucose meters."),
    ("fr", "Je travaille pour l'hôpital et je vous recommande de consulter votre médecin."),
    ("fr", "Je conseille de prendre du paracétamol en premier."),
    (
        "fr",
        "Lien d'intérêt : je suis consultant pour ce laboratoire. Je vous recommande d'en parler à votre médecin.",
    ),
    ("fr", "Je ne travaille pour aucun laboratoire ; prenez le générique le moins cher."),
]


@pytest.mark.parametrize(("lang", "text"), BREAKING)
def test_own_link_beside_a_recommendation_is_reported(lang: str, text: str) -> None:
    found = violations("conflict_of_interest", text, lang=lang)
    assert found, text
    assert all(v.start < v.end for v in found)


@pytest.mark.parametrize(("lang", "text"), SOUND)
def test_look_alikes_pass(lang: str, text: str) -> None:
    assert not violations("conflict_of_interest", text, lang=lang), text


def test_message_in_the_answer_language() -> None:
    (v,) = violations(
        "conflict_of_interest", "Je travaille pour Sanofi et je vous recommande leur vaccin.", "fr"
    )
    assert "lien" in v.message.lower()
