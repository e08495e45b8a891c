"""The lead's round 38 (post hoc on blind28; docs/triage.md "Round 38b"): blood ketones of 3 mmol/L or more with
vomiting, fast breathing or type 1 diabetes (JBDS-IP, Diabetes UK), a full-thickness burn told in French (white and
leathery, « blanche et cartonnée », painless: British Burn Association, SFETB), pills gathered and "je prends tout" (C-SSRS:
preparatory behaviour with a stated plan), and a second seizure without waking between (NICE NG217: status
epilepticus). Each beside a look-alike. Our own sentences, not the set's."""

from __future__ import annotations

import pytest

from triage.core import assess

CASES = [
    (
        "fr",
        "severe_burn",
        "Paraplégique, il a dormi avec la bouillotte sur la cuisse : plaque blanche et cartonnée, il ne sent rien.",
        "Paraplégique, il a dormi avec la bouillotte sur la cuisse : petite rougeur qui pâlit déjà, pas de cloque.",
    ),
    (
        "fr",
        "diabetic_emergency",
        "Type 1, pompe bouchée cette nuit. Cétonémie à 3,6 mmol/l ce matin et je vomis depuis deux heures.",
        "Type 1, pompe changée cette nuit. Cétonémie à 0,2 mmol/l ce matin et je mange normalement.",
    ),
    (
        "en",
        "diabetic_emergency",
        "Type 1 on a pump, cannula kinked overnight. Blood ketones 4.2 mmol this morning and I keep being sick.",
        "Type 1 on a pump, cannula changed overnight. Blood ketones 0.3 mmol this morning and I feel fine.",
    ),
    (
        "fr",
        "suicide_risk",
        "J'ai rassemblé tous mes comprimés dans un bol, et si la commission dit encore non je prends tout.",
        "J'ai rassemblé tous mes comprimés dans un pilulier pour la semaine, je prends tout le matin à jeun.",
    ),
    (
        "fr",
        "unconscious_or_seizure",
        "Mon frère épileptique a fait une crise généralisée, puis une deuxième sans qu'il se réveille entre les "
        "deux.",
        "Mon frère épileptique a fait une crise généralisée la semaine dernière, il s'est réveillé et va bien.",
    ),
]


@pytest.mark.parametrize(("lang", "flag", "said", "look_alike"), CASES)
def test_the_emergency_alarms_and_its_look_alike_does_not(
    lang: str, flag: str, said: str, look_alike: str
) -> None:
    assert flag in assess(said, lang).red_flags
    assert not assess(look_alike, lang).emergency
