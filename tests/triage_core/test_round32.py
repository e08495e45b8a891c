"""Round 32 (the lead, post hoc on blind23; docs/triage.md "Round 32"): three published discriminators told in
words the rules did not read, EN and FR, each tried both ways (the emergency shows call-now guidance, the
look-alike in the same words stays quiet).

- Sepsis: « genoux marbrés » (mottled skin in the plural) with a fever (NICE NG51, NHS sepsis signs).
- Cauda equina: pain down both legs with saddle numbness or bladder change, without the word "back" (GIRFT
  National Suspected Cauda Equina Syndrome pathway: back pain and/or sciatica).
- A spiked drink with drowsiness, confusion or collapse (NHS: Drink spiking), and « je tiens plus debout »
  (the SMS drop of « ne ») read as drowsiness.
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess

PAIRS: dict[str, tuple[str, str, str, str]] = {
    "sepsis_mottled_plural_fr": (
        "sepsis",
        "fr",
        "Depuis cette nuit 39,9 de fièvre, genoux marbrés, vertiges, ma coloc dit que c'est la grippe.",
        "Depuis cette nuit 39,9 de fièvre et mal à la gorge, ma coloc dit que c'est la grippe.",
    ),
    "sepsis_mottled_plural_en": (
        "sepsis",
        "en",
        "Temperature 39.8 since last night and his knees look mottled, he's shivering.",
        "Temperature 39.8 since last night and a sore throat, he's shivering but drinking well.",
    ),
    "cauda_both_legs_fr": (
        "cauda_equina",
        "fr",
        "Depuis hier soir, douleur dans les deux jambes, je ne sens plus le périnée et j'ai eu une petite "
        "fuite d'urine sans m'en rendre compte.",
        "Depuis hier soir, douleur dans les deux jambes après la course, je sens tout normalement et "
        "j'urine normalement.",
    ),
    "cauda_both_legs_en": (
        "cauda_equina",
        "en",
        "Since the deadlift yesterday I've got shooting pain down both legs and numbness between my legs, "
        "and I wet myself without noticing.",
        "Since the deadlift yesterday I've got shooting pain down both legs, feeling is normal and my "
        "bladder is fine.",
    ),
    "spiked_drink_fr": (
        "overdose_poisoning",
        "fr",
        "je crois que mon date m'a droguée au bar, une heure après je tiens plus debout et j'ai des trous.",
        "je crois que mon date m'a droguée au bar il y a un mois, j'ai fait une plainte, ça va bien.",
    ),
    "spiked_drink_en": (
        "overdose_poisoning",
        "en",
        "I think someone spiked my drink at the club, now I'm really drowsy and confused and can't walk "
        "straight.",
        "How do I test whether someone spiked my drink last month? I felt fine afterwards.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_its_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    "text",
    [
        "Je ne sens plus le périnée, c'est normal après l'anesthésie péridurale d'hier ?",
        "Sciatique dans les deux jambes depuis des années, que faire pour le sommeil ?",
        "Is drink spiking a crime in Scotland? Asking for a leaflet.",
    ],
)
def test_one_half_alone_is_no_alarm(text: str) -> None:
    assert not assess(text, "fr" if "Je" in text or "Sciatique" in text else "en").emergency
