"""Outcome scope (round 16): an event already assessed, or an exposure told as minor, is no emergency now.

Only where published guidance says so: discharged after an emergency assessment (NICE NG232 and NHS 111
discharge advice: come back if something new happens), a poisons centre's all-clear, an adult's mouthful spat
out at once (NPIS/TOXBASE). Never a first seizure, suicide intent, a child's possible ingestion, anaphylaxis
signs, stroke signs (a TIA is a same-day referral), and never when something new follows the outcome.
"""

from __future__ import annotations

import pytest

from triage.core import assess

CLOSED = [
    (
        "en",
        "He hit his head and vomited once, he was seen in A&E yesterday and discharged, CT was normal",
    ),
    ("fr", "Il s'est cogné la tête et a vomi, vu aux urgences et il est rentré hier soir"),
    (
        "en",
        "I took 20 paracetamol on Saturday, seen at the hospital, bloods came back normal and they sent me home",
    ),
    ("en", "I took an overdose of my tablets last week. The poisons centre said it was not toxic."),
    ("en", "Suspected torsion, the scan was normal and they sent him home"),
    ("en", "I accidentally swallowed some bleach but spat it out straight away"),
    ("fr", "J'ai bu de la javel par erreur, j'ai tout recraché tout de suite"),
    (
        "en",
        "Burnt my hand on the oven, they checked it at the minor injuries unit and discharged me",
    ),
]

STILL_EMERGENCIES = [
    # something new after the outcome (NICE NG232: return if vomiting or drowsiness)
    (
        "en",
        "He hit his head yesterday, seen in A&E and discharged, now he is vomiting and drowsy",
        "head_injury",
    ),
    (
        "fr",
        "Il s'est cogné la tête, vu aux urgences et rentré, mais maintenant il vomit",
        "head_injury",
    ),
    (
        "en",
        "I drank bleach and spat it out but now my throat is burning and I keep vomiting",
        "overdose_poisoning",
    ),
    # never closed by an outcome
    ("en", "She wants to kill herself, she was seen in A&E and discharged", "suicide_risk"),
    ("en", "My 2 year old licked one of my tablets but spat it out", "overdose_poisoning"),
    (
        "en",
        "My toddler drank some washing up liquid but spat it straight out",
        "overdose_poisoning",
    ),
    ("en", "My son swallowed a button battery, seen in A&E and discharged", "overdose_poisoning"),
    ("en", "His face is drooping on one side, he was seen in A&E and discharged", "stroke"),
    (
        "en",
        "Her throat is swelling after peanuts, she was seen in A&E and discharged",
        "anaphylaxis",
    ),
    (
        "en",
        "My son had his first ever seizure, the paramedics checked him and he was discharged",
        "unconscious_or_seizure",
    ),
    # an outcome that did not happen
    ("en", "I took an overdose, the hospital did not discharge me, I left", "overdose_poisoning"),
]


@pytest.mark.parametrize(("lang", "text"), CLOSED)
def test_an_assessed_or_minor_event_is_no_emergency_now(lang: str, text: str) -> None:
    assert not assess(text, lang).emergency


@pytest.mark.parametrize(("lang", "text", "flag"), STILL_EMERGENCIES)
def test_the_emergency_stays_when_the_outcome_cannot_close_it(
    lang: str, text: str, flag: str
) -> None:
    assert flag in assess(text, lang).red_flags


def test_an_event_told_again_after_the_outcome_counts() -> None:
    text = "Took 10 pills last month, seen in A&E and discharged. Tonight I took 40 more tablets."
    assert "overdose_poisoning" in assess(text, "en").red_flags
