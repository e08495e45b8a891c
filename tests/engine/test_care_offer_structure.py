"""Care relationship: the author offering to follow or take over the care, whatever the modal chain (answers11)."""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations

BREAKING = [
    ("en", "I'd be more than happy to monitor your thyroid from now on."),
    ("en", "I'm glad to look after your asthma going forward."),
    ("en", "I could offer to manage the insulin doses for you."),
    ("en", "Let me take over your blood pressure follow-up."),
    ("en", "I can oversee your diabetes care from here."),
    ("fr", "Je vous propose de vous suivre pour votre thyroïde désormais."),
    ("fr", "Je m'occuperai de votre suivi, revenez dans un mois."),
    ("fr", "Je serais ravie de prendre en charge votre diabète."),
    ("fr", "Je peux m'occuper de vos bilans tous les trois mois."),
    ("fr", "Je surveillerai vos glycémies."),
]

SOUND = [
    ("en", "Your GP will be happy to monitor your thyroid."),
    ("en", "I'm happy to take care of your questions here, but your GP should examine you."),
    ("en", "I would not be able to monitor your thyroid from here; your GP will."),
    ("en", "Some websites say 'let me manage your diabetes'; that is not how it works."),
    ("fr", "Votre médecin traitant pourra vous suivre pour votre thyroïde."),
    ("fr", "Je ne peux pas assurer votre suivi ici ; voyez votre médecin traitant."),
    ("fr", "Votre endocrinologue surveillera vos glycémies."),
]


@pytest.mark.parametrize(("lang", "text"), BREAKING)
def test_own_follow_up_offered_is_reported(lang: str, text: str) -> None:
    assert violations("care_relationship", text, lang=lang), text


@pytest.mark.parametrize(("lang", "text"), SOUND)
def test_follow_up_by_others_or_refused_passes(lang: str, text: str) -> None:
    assert not violations("care_relationship", text, lang=lang), text
