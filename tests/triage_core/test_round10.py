"""Round 10 (helper triage16): new flags and scopes (groups_round10.py, docs/triage.md). Its groups' phrasings and
look-alikes run in test_discriminators.py with every earlier round's."""

from __future__ import annotations

from tests.triage_core.groups_round10 import GROUPS, NEW_FLAGS
from triage.core import MENTAL_HEALTH_FLAGS, RED_FLAGS, assess, emergency_guidance
from triage.core.assess import RAISE, learned_model


def test_new_flags_are_phrased_five_ways_with_two_look_alikes() -> None:
    for name, (flag, positives, negatives) in GROUPS.items():
        if flag not in NEW_FLAGS:
            continue
        for lang in ("en", "fr"):
            assert sum(ln == lang for ln, _ in positives) >= 5, (name, lang)
            assert sum(ln == lang for ln, _ in negatives) >= 2, (name, lang)
    assert {flag for flag, _, _ in GROUPS.values()} >= set(NEW_FLAGS)
    assert set(NEW_FLAGS) <= set(RED_FLAGS)


def test_acute_psychosis_sends_to_the_emergency_number_not_only_a_crisis_line() -> None:
    # A relative writes about someone without insight who may harm others: 999/15 comes first.
    flags = assess("my brother hears voices telling him to stab our mum", "en").red_flags
    assert "acute_psychosis" in flags
    assert "acute_psychosis" not in MENTAL_HEALTH_FLAGS
    guidance = emergency_guidance("GB", "en", flags)
    assert guidance.message.startswith("Call 999 now")


def test_cord_prolapse_routes_to_obstetrics() -> None:
    result = assess("waters broke and I can see the cord hanging out", "en")
    assert result.specialty == "gynaecology_obstetrics"


def test_a_found_or_passed_ingestion_is_not_raised_by_the_learned_evidence_alone() -> None:
    # The learned evidence alone is over its raise threshold here; the resolution vetoes it.
    text = (
        "My toddler swallowed a button battery. Update: we found it under the sofa, intact, "
        "both batteries accounted for. He is fine."
    )
    lm = learned_model()
    evidence = lm.evidence(lm.features(text))
    assert evidence.flag == "overdose_poisoning"
    assert evidence.emergency >= lm.raise_threshold(evidence.flag, RAISE)
    assert assess(text, "en").red_flags == ()
    # Without the resolution it is an emergency.
    assert "overdose_poisoning" in assess("My toddler swallowed a button battery.", "en").red_flags


def test_cord_prolapse_guidance_says_knee_chest_and_not_to_push_the_cord_back() -> None:
    flags = assess("j'ai perdu les eaux et je vois le cordon qui sort", "fr").red_flags
    message = emergency_guidance("FR", "fr", flags).message
    assert message.startswith("Appelez le 15")
    assert "genoux" in message and "Ne repoussez pas le cordon" in message


def test_a_resolved_ingestion_does_not_hide_a_second_one() -> None:
    # Round 12: the resolution ('came out in his nappy') is scoped to the ingestion it closes.
    resolved = "My son swallowed a button battery yesterday. It came out in his nappy this morning."
    assert "overdose_poisoning" not in assess(resolved, "en").red_flags
    for text, lang in (
        (
            "My son swallowed a button battery yesterday and it came out in his nappy this "
            "morning, but now he has swallowed some of grandma's tablets",
            "en",
        ),
        (
            "My 2 year old swallowed a magnet on Friday. The magnet came out in his nappy. "
            "Now he has swallowed some of grandma's blood pressure tablets.",
            "en",
        ),
        (
            "mon fils de 2 ans a avalé une pile, on l'a retrouvée dans sa couche, mais "
            "maintenant il a bu de l'eau de javel",
            "fr",
        ),
    ):
        assert "overdose_poisoning" in assess(text, lang).red_flags, text
