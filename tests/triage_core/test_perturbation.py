"""Typo tolerance by design: the common emergencies typed in a hurry, and real words left alone.

The probes (perturb.py) rewrite textbook phrasings of the common emergencies with no punctuation, no
accents, SMS contractions and one keyboard slip in every word of six letters or more. Before the tolerant
layer (round 16) 84% of them still raised their flag; the floor below is what the layer gives, minus a margin.
"""

from __future__ import annotations

import pytest

from tests.triage_core.perturb import COMMON, HARD_NEGATIVES, bury, perturb, variants
from triage.core import assess, normalized

SEEDS = 10


def test_canonical_phrases_raise_their_flag() -> None:
    missed = [
        (flag, phrase)
        for flag, lang, phrase in COMMON
        if flag not in assess(phrase, lang).red_flags
    ]
    assert not missed


def test_perturbed_common_emergencies_keep_their_flag() -> None:
    cases = variants(SEEDS)
    hits = sum(flag in assess(text, lang).red_flags for flag, lang, _, text in cases)
    assert hits / len(cases) >= 0.92


@pytest.mark.parametrize(("lang", "text"), HARD_NEGATIVES)
def test_perturbed_look_alikes_stay_quiet(lang: str, text: str) -> None:
    for seed in range(SEEDS):
        assert not assess(perturb(text, lang, seed), lang).emergency


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("convlsions", "convulsions"),  # a vocabulary word of a flag, one slip away
        ("testicel", "testicle"),
        ("unconscoius", "unconscious"),
        ("engourdisement", "engourdissement"),
        ("suiside", "suicide"),
    ],
)
def test_one_slip_from_a_flag_word_is_corrected(typed: str, expected: str) -> None:
    assert normalized(typed) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he is in prison",  # a real word (published frequency list) is no slip for "poison"
        "elle soigne sa mere",  # nor "soigne" for "saigne"
        "a dysphagia clinic",  # nor a rarer real word for a flag word ("dysphasia")
        "we went sanding the floor",
        "la vesicule biliaire",
        "pain behind my breastbone",  # "breast ?bone" in a pattern makes "breastbone" a word of it
    ],
)
def test_real_words_are_not_corrected_into_flag_words(text: str) -> None:
    assert normalized(text) == text


def test_a_frequent_misspelling_of_a_curated_word_is_still_corrected() -> None:
    # "mourrir" is common in web text (wordfreq), "mourir" over 30 times more: a noisy-channel choice.
    assert normalized("j'ai envie de mourrir") == "j'ai envie de mourir"


def test_an_emergency_buried_in_a_long_message_is_found() -> None:
    # Two sentences before it and two after, carrying negations ("no fever"), past events ("years ago")
    # and questions ("what should I do"): with sentence punctuation none of them reaches the emergency.
    cases = [(flag, lang, bury(p, lang, seed)) for flag, lang, p in COMMON for seed in range(5)]
    missed = [flag for flag, lang, text in cases if flag not in assess(text, lang).red_flags]
    assert not missed


def test_a_new_subject_ends_a_negation_in_a_message_without_punctuation() -> None:
    # Known gap (docs/triage.md, round 16): without any punctuation a negation may still reach over an
    # invisible sentence end ("... does not use the internet severe back pain ..."); a new clause's
    # subject ("I", "my son", "je", "mon mari") or a closed negation ("at all", ", rien") stops it.
    assert (
        "overdose_poisoning"
        in assess("no fever, nothing i took an overdose of paracetamol", "en").red_flags
    )
    assert (
        "diabetic_emergency"
        in assess(
            "pas de fievre, rien mon mari diabetique est confus et sa glycemie est tres basse", "fr"
        ).red_flags
    )
    assert not assess("no problems at all, no chest pain", "en").emergency
    assert not assess("I have no chest pain and no breathlessness", "en").emergency


def test_a_singular_unit_after_a_number_reads_as_the_plural() -> None:
    # Learners and hurried writers: "since 6 minute", "depuis 6 minute" (NHS: a seizure over 5 minutes).
    assert normalized("fitting since 6 minute") == "fitting since 6 minutes"
    assert "unconscious_or_seizure" in assess("il convulse depuis 6 minute", "fr").red_flags
    assert normalized("a 2 day old baby") == "a 2 day old baby"  # "2 day old" is already standard


RUN_ON = (
    "sorry for the long message i am writing for my elderly mother who does not use the internet she is 84 "
    "and lives alone {} i just want to know if i should book a gp appointment next week thank you"
)


@pytest.mark.parametrize(
    "denial",
    [
        "she does not have any kind of chest pain or breathlessness",
        "there is no sign of her face drooping or any weakness",
        "she has not got any sort of tight chest or sweating",
        "she does not feel any crushing pain in the chest",
        "no headache no stiff neck and no rash at all",
    ],
)
def test_a_denial_in_a_run_on_message_stays_a_denial(denial: str) -> None:
    # The run-on window is short (3 words) but skips the negation phrase's fillers ("any kind of").
    assert not assess(RUN_ON.format(denial), "en").emergency


def test_an_emergency_buried_in_a_run_on_message_is_mostly_found() -> None:
    cases = [
        (flag, lang, bury(p, lang, seed, punctuation=False))
        for flag, lang, p in COMMON
        for seed in range(5)
    ]
    hits = sum(flag in assess(text, lang).red_flags for flag, lang, text in cases)
    assert hits / len(cases) >= 0.75  # 10 seeds: 0.707 before round 16, 0.844 after
