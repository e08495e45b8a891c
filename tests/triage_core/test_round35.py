"""Round 35 (the lead, post hoc on blind27; docs/triage.md "Round 35"): pills kept back in French with the
masculine « tous les comprimés » (C-SSRS preparatory behaviour), a chosen time to take the pills given with
exhaustion as its reason (HAS, crise suicidaire: intention, scénario, moment), and a second fit « sans s'être
réveillée entre les deux » (NICE NG217: repeated seizures without recovery). The rules must see each one in a
long message where the learned evidence is diluted. Our own sentences, not the held-out set's."""

from __future__ import annotations

import pytest

from triage.core import assess
from triage.core.assess import explain

LONG = {
    "suicide_risk": [
        "Bonjour docteur, je voulais vous remercier pour les visites à la maison, vous avez été si gentil avec "
        "ma femme jusqu'à la fin. Les papiers de la maison sont chez le notaire. J'ai gardé tous les comprimés "
        "de morphine de ma femme depuis l'enterrement et c'est pour ce soir. Bonne continuation à vous.",
        "Bonjour, c'est Léa, 15 ans, je tape pour mon grand-père. Il demande si son Kardegic se prend avant ou "
        "après le repas et si ses pieds froids sont normaux. Et pour moi : ses somnifères sont dans la cuisine, "
        "je vais tous les prendre ce soir quand il dormira parce que je n'en peux plus. Merci pour lui.",
    ],
    "unconscious_or_seizure": [
        "Bonjour, je passe par l'appli de la pharmacie pour la boîte de Lamictal de mon frère, elle est vide "
        "depuis hier. Son aide à domicile m'appelle : il a fait une crise au repas et il en refait une sans "
        "s'être réveillé entre les deux. Vous pouvez préparer la boîte pour ce soir ?",
    ],
}


@pytest.mark.parametrize(("flag", "text"), [(f, t) for f, ts in LONG.items() for t in ts])
def test_the_long_message_gets_the_emergency_guidance(flag: str, text: str) -> None:
    result = assess(text, "fr")
    assert result.emergency and flag in result.red_flags, result.red_flags


@pytest.mark.parametrize(
    ("concept", "said", "look_alike"),
    [
        (
            "suicide_stockpile",
            "J'ai gardé tous les comprimés de Lexomil de mon mari.",
            "J'ai rapporté tous les comprimés de Lexomil de mon mari.",
        ),
        (
            "suicide_take_when",
            "Je vais tous les prendre ce soir.",
            "Je vais tous les ranger ce soir.",
        ),
        (
            "suicide_exhausted",
            "Je vais les prendre ce soir parce que je n'en peux plus.",
            "Je m'occupe d'elle jour et nuit et je n'en peux plus de la voir seule.",
        ),
        (
            "seizure_cluster",
            "Il en refait une sans s'être réveillé entre les deux.",
            "Il a fait une crise de goutte et il s'est bien réveillé ce matin.",
        ),
    ],
)
def test_the_rules_read_the_sign_and_not_its_look_alike(
    concept: str, said: str, look_alike: str
) -> None:
    assert concept in explain(said)
    assert concept not in explain(look_alike)


def test_exhaustion_alone_is_no_emergency() -> None:
    # an exhausted carer says it every day: no time to take pills, no alarm
    text = "Je m'occupe de ma mère jour et nuit parce que je n'en peux plus de la voir seule, que faire ?"
    assert not assess(text, "fr").emergency
