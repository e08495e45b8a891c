"""Round 23 (the lead, post hoc from blind16's three missed emergencies; docs/triage.md "Round 23").

Each emergency beside a look-alike in the same words: what the patient sees (the call-now guidance with the
country's number) and that the look-alike raises nothing. Found on the way: "month" was read as a typo of
"months", so "last month" was no history cue ("a seizure that lasted 6 minutes last month" raised an alarm).
Fixed in round 26 ("month" protected; the learned model reads the text through its own view, since round 28
the frozen learned_view.json, so its features and `train_learned.py --check` are unchanged: docs/triage.md).
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess
from triage.core.assess import model

# (flag, language, emergency, look-alike with the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "bleeding_through_a_cloth_under_pressure": (
        "severe_bleeding",
        "en",
        "cut my hand on a glass, been pressing a tea towel on it 15 mins n its soaked thru, blood still kinda "
        "pumping out when i lift it. do i need glue lol",
        "I soaked a towel through with sweat last night, is that a sign of the menopause?",
    ),
    "blood_pumping_out_not_in_the_ears": (
        "severe_bleeding",
        "en",
        "Blood is still sort of pumping out of the cut on his leg and he looks pale.",
        "I can feel my blood pumping in my ears at night, is that tinnitus?",
    ),
    "bleeding_after_pressure_fr": (
        "severe_bleeding",
        "fr",
        "J'appuie depuis 15 minutes avec un torchon et ça saigne toujours, le sang gicle encore quand je relâche.",
        "J'ai le cœur qui cogne dans mes oreilles la nuit, est-ce grave ?",
    ),
    "a_toddler_and_missing_tablets": (
        "overdose_poisoning",
        "en",
        "Ellie found my blister pack, I think she's had some of the paracetamol, there's 6 missing, she's 3. "
        "She seems fine, playing, shall I just give her milk?",
        "She's 3 months pregnant and took two paracetamol for a headache, is that ok?",
    ),
    "a_fit_with_a_hedged_length": (
        "unconscious_or_seizure",
        "en",
        "My cousin has been fitting for about 6 minutes and we don't know what to do.",
        "My husband's seizure lasted for about 6 minutes two years ago; the neurologist changed his drugs. Can he drive?",
    ),
    "fits_without_coming_round": (
        "unconscious_or_seizure",
        "en",
        "He was fitting, stopped for a moment without coming round and now started again.",
        "He had a fit in 2019, it stopped after a minute and he came round quickly; can he start driving again?",
    ),
    "fits_without_coming_round_fr": (
        "unconscious_or_seizure",
        "fr",
        "Ma sœur a convulsé, ça s'est arrêté sans qu'elle reprenne connaissance et ça a recommencé.",
        "Ma sœur a fait une crise l'an dernier, elle a vite repris connaissance ; peut-elle reprendre le sport ?",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_the_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    "text", ["last month", "a month ago", "once a month", "every month", "the month before"]
)
def test_month_is_no_typo_of_months(text: str) -> None:
    assert model().normalize(text) == text


def test_a_past_fit_dated_last_month_raises_nothing() -> None:
    got = assess("I had a seizure that lasted 6 minutes last month, now fine. Can I drive?", "en")
    assert not got.emergency, got.red_flags


def test_the_learned_model_still_reads_month_as_it_was_trained() -> None:
    """The corrector's fix is the rules' alone: the learned view gives the model the text it was
    trained on ("months"), so its features are those of the shipped weights."""
    from triage.core.learned import view

    normal = model().normalize("I had a seizure last month. Month-long, month2.")
    assert "last month." in normal
    assert view(normal) == normal.replace("month", "months")
