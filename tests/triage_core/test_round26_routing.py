"""Round 26 (helper route26): who the patient is decides a child's emergency (docs/triage.md, round 26).

routing.json "child_patient": a child of 12 or under, by the age the text gives, goes to paediatrics from
the specialties it takes (an asthma attack, anaphylaxis, a fever, a fit), never from a pathway of its own
(a torsion, an eye, a pregnancy); a teenager, an adult son or daughter, a parent who gives their own adult
age, and a past "since he was a baby" follow the adult pathway. Every text is invented; each convention is
tried beside a look-alike in the same words that must not move.
"""

from __future__ import annotations

import pytest

from triage.core import assess

ASTHMA = "{who} has asthma, the blue inhaler isn't helping at all, can only say a word at a time, lips going blue"
ANAPHYLAXIS = "{who} ate a biscuit with peanuts and now lips swelling, wheezing, throat tight, hives everywhere"

CASES: list[tuple[str, str, str]] = [
    # (text, language, specialty)
    (ASTHMA.format(who="My son is 6 and"), "en", "paediatrics"),
    (ASTHMA.format(who="My daughter (9)"), "en", "paediatrics"),
    (ASTHMA.format(who="Kai (7)"), "en", "paediatrics"),
    (ASTHMA.format(who="My husband is 44 and"), "en", "pulmonology"),
    (ASTHMA.format(who="My son is 16 and"), "en", "pulmonology"),
    (ASTHMA.format(who="My son (22)"), "en", "pulmonology"),
    (ANAPHYLAXIS.format(who="I'm minding my granddaughter, she is 4, she"), "en", "paediatrics"),
    (ANAPHYLAXIS.format(who="A Year 4 boy at our school"), "en", "paediatrics"),
    (ANAPHYLAXIS.format(who="I'm 38 and I"), "en", "general_practice"),
    (ANAPHYLAXIS.format(who="My son (23)"), "en", "general_practice"),
    (
        "ma fille de cinq ans est asthmatique, la ventoline ne fait rien, elle n'arrive plus à parler, "
        "ses lèvres bleuissent",
        "fr",
        "paediatrics",
    ),
    (
        "mon fils de 15 ans est asthmatique, la ventoline ne fait rien, il n'arrive plus à parler, "
        "ses lèvres bleuissent",
        "fr",
        "pulmonology",
    ),
    # a pathway of its own keeps the child
    (
        "My son is 11 and woke with terrible pain in one testicle, it's swollen and he's been sick",
        "en",
        "urology",
    ),
    (
        "Mon fils de 9 ans a une douleur brutale d'un testicule depuis une heure, il a vomi",
        "fr",
        "urology",
    ),
    # a pregnancy is no child
    (
        "I'm 34 weeks pregnant, my baby is kicking but I'm bleeding heavily with severe constant tummy pain",
        "en",
        "gynaecology_obstetrics",
    ),
]


@pytest.mark.parametrize(("text", "lang", "specialty"), CASES)
def test_the_patient_decides_a_childs_emergency(text: str, lang: str, specialty: str) -> None:
    got = assess(text, lang)
    assert got.emergency, text
    assert got.specialty == specialty, (text, got.red_flags)


def test_a_teenager_with_a_shunt_since_babyhood_is_no_child() -> None:
    """'depuis bébé' dates the shunt, not the patient's age (14)."""
    got = assess(
        "Mon gars de 14 ans a une valve au cerveau depuis bébé. Depuis hier mal de tête qui empire, il "
        "vomit et il est très endormi, on n'arrive presque plus à le réveiller.",
        "fr",
    )
    assert got.specialty != "paediatrics", got


def test_a_child_mentioned_beside_an_adults_own_emergency_is_not_the_patient() -> None:
    got = assess(
        "I'm 41, my 7 year old is at school. Crushing pain in my chest for 30 minutes going down my left "
        "arm, sweaty and sick.",
        "en",
    )
    assert got.emergency
    assert got.specialty == "cardiology", got


@pytest.mark.parametrize(
    "text",
    [
        "My son is 4 and has a runny nose and a cough, no fever, eating well. Anything to give him?",
        "I had a seizure in March last year, nothing since. When can I drive again?",
        "Going to Kenya in March, which vaccines do I need and do I need malaria tablets?",
    ],
)
def test_questions_without_a_flag_are_routed_as_before(text: str) -> None:
    """The convention reads emergencies only ('non_emergency_takes' is empty): the keyword rules and
    the learned router keep routing the other questions."""
    got = assess(text, "en")
    assert not got.emergency
    assert got.specialty in {"paediatrics", "neurology", "infectious_disease"}, got
