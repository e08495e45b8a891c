"""Round 27 (the lead, post hoc from blind18's two missed emergencies; docs/triage.md "Round 27").

NICE NG51's high-risk criteria for sepsis read as people write them (rigors as "shivery", a few ml in a
catheter bag over hours, a respiratory rate counted at 25 or more), and a
seizure that starts again before the person wakes (status epilepticus by definition). Each emergency beside
a look-alike in the same words: the emergency shows the country's number, the look-alike raises nothing.
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess

# (flag, language, emergency, look-alike with the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "rigors_and_new_confusion": (
        "sepsis",
        "en",
        "My grandad has a catheter, since this morning he's shivery and not himself at all.",
        "I felt shivery in the cold stadium and my teeth were chattering, fine after a hot drink.",
    ),
    "a_few_ml_in_the_catheter_bag": (
        "sepsis",
        "en",
        "Mum has a fever and only about 40 ml in her catheter bag since lunchtime.",
        "Mum has a catheter; the nurse empties about 400 ml from the bag each morning. Is that normal?",
    ),
    "respiratory_rate_counted": (
        "sepsis",
        "en",
        "He has a chest infection and I counted his breathing rate at 32 a minute.",
        "His respiratory rate was 28 during the cycling test at the gym, is that a good fitness score?",
    ),
    "rigors_confusion_and_mottled_knees": (
        "sepsis",
        "en",
        "Nana is shivery and suddenly confused tonight, and her knees look mottled.",
        "Nana's knees have always looked a bit blotchy in the cold, is that circulation?",
    ),
    "rigors_fr": (
        "sepsis",
        "fr",
        "Mon père a une sonde urinaire, il grelotte et la fréquence respiratoire est à 30 d'après l'infirmière.",
        "Mon père grelottait au match de rugby hier, il va bien ce matin ; faut-il un vaccin contre la grippe ?",
    ),
    "a_second_fit_before_waking": (
        "unconscious_or_seizure",
        "en",
        "She was shaking all over, it stopped after a minute and then started again before she woke up.",
        "The washing machine stopped after a minute and then started again before I woke up, my ears ring.",
    ),
    "a_second_fit_before_waking_fr": (
        "unconscious_or_seizure",
        "fr",
        "Il a convulsé, ça s'est arrêté puis ça a recommencé avant qu'il se réveille.",
        "Il a fait une crise en 2020, elle s'est arrêtée vite et il s'est réveillé normalement ; peut-il conduire ?",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_the_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    "text",
    [
        "My resting breathing rate on my watch is 14, is that ok?",
        "Mum is 28 and has a chest infection, should she rest?",
        "I was shivery after swimming in the sea but warmed up quickly. Normal?",
    ],
)
def test_ordinary_numbers_and_shivers_raise_nothing(text: str) -> None:
    assert not assess(text, "en").emergency
