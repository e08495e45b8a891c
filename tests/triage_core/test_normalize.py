"""Normalisation: accents, case, SMS spellings and the typo corrector."""

from __future__ import annotations

import time

import pytest

from triage.core import assess, normalized
from triage.core.normalize import TypoCorrector, fold


def test_fold_removes_case_accents_and_typographic_quotes() -> None:
    assert fold("Mon BÉBÉ a de la FIÈVRE, l’œil rouge") == "mon bebe a de la fievre, l'oeil rouge"
    assert fold("self-harm\n\nnext   line") == "self harm . next line"
    assert fold("soooo painfulll") == "so painful"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chets pain", "chest pain"),
        ("cant breathe", "can't breathe"),
        ("i cant breth", "i can't breath"),
        ("pregnent", "pregnant"),
        ("unconcious", "unconscious"),
        ("jai mal a la poitrinne", "j'ai mal a la poitrine"),
        ("douleur toracique", "douleur thoracique"),
        ("g envie de mourrir", "j'ai envie de mourir"),
        ("chest pian", "chest pain"),
    ],
)
def test_typos_and_sms_spellings_are_corrected(text: str, expected: str) -> None:
    assert normalized(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we went to the beach",
        "a game of chess",
        "my signe",
        "breeding dogs",
        "a strike",
        "worse and worse",
    ],
)
def test_real_words_close_to_a_symptom_are_left_alone(text: str) -> None:
    assert normalized(text) == text


def test_corrector_skips_ambiguous_and_first_letter_changes() -> None:
    corrector = TypoCorrector(["fever", "lever"], [])
    assert corrector.correct("feverr") == "fever"
    assert corrector.correct("never") == "never"  # first letter differs from "fever"
    ambiguous = TypoCorrector(["abcde", "abcdf"], [])
    assert ambiguous.correct("abcdx") == "abcdx"  # equally close to both: no guess


def test_html_entities_from_a_sanitiser_are_decoded() -> None:
    assert normalized("I can&#39;t breathe &amp; my lips are blue") == (
        "i can't breathe & my lips are blue"
    )


@pytest.mark.parametrize(
    "text",
    [
        "chest" + " " * 20000 + "pain",
        "\n" * 20000,
        " \t\n" * 7000,
        "her face is " + "is " * 5000,
        "pain " + "a , " * 5000 + "chest",
        "sugar " + "1" * 20000,
        "38" + "." * 20000 + "5",
        "e\u0301" * 10000,
        "can't " * 4000,
        # Many short matches of one concept in one sentence (each used to cost a clause-wide
        # scope check: 30 s for the first before the cap on matches examined).
        "(2) " * 5000,
        "Age: 3 " * 3000,
        "oximeter 84 % " * 1500,
        "my son " * 4000,
    ],
)
def test_hostile_input_is_handled_in_linear_time(text: str) -> None:
    started = time.process_time()
    assess(text)
    assert time.process_time() - started < 1.0
