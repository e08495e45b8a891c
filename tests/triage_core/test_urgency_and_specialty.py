"""Urgency levels from weaker cues, and specialty routing."""

from __future__ import annotations

import pytest

from triage.core import SPECIALTIES, URGENCY_LEVELS, URGENCY_TARGET_MINUTES, assess


def test_levels_and_targets_are_ordered_most_urgent_first() -> None:
    assert URGENCY_LEVELS == ("emergency", "urgent", "soon", "routine")
    targets = [URGENCY_TARGET_MINUTES[level] for level in URGENCY_LEVELS]
    assert targets == sorted(targets)
    assert URGENCY_TARGET_MINUTES["emergency"] <= 15


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("I have had mild eczema on my elbows for years, which cream is best?", "routine"),
        ("j'ai de l'acné depuis l'adolescence, que faire ?", "routine"),
        ("I have a fever since yesterday", "soon"),
        ("j'ai de la fièvre depuis hier", "soon"),
        ("high fever of 40 for two days", "urgent"),
        ("fièvre à 40 depuis deux jours", "urgent"),
        ("I have chest pain", "urgent"),
        ("short of breath when I climb stairs", "urgent"),
        ("blood in my urine this morning", "urgent"),
        ("du sang dans les urines ce matin", "urgent"),
        ("a rash on my arm, getting worse", "urgent"),
        ("eczema that is getting worse", "soon"),
        ("mon eczéma s'aggrave", "soon"),
        ("my 8 month old has a fever of 38.5", "urgent"),
        ("the pain is 10/10 in my knee", "urgent"),
        ("crushing chest pain and sweating", "emergency"),
        ("I sometimes feel dizzy when I stand up quickly", "soon"),
        ("I'm 35 weeks pregnant and have some back pain", "soon"),
        ("I'm 35 weeks pregnant with a bad headache", "urgent"),
        # reduced fetal movements: call the maternity unit now (RCOG GTG 57; maternity_emergency since round 36b)
        ("my baby is moving less than usual, 34 weeks", "emergency"),
        ("Can stress cause chest tightness? I'm fine now, no pain", "routine"),
    ],
)
def test_urgency_levels(text: str, urgency: str) -> None:
    assert assess(text).urgency == urgency


def test_getting_worse_never_makes_an_emergency_alone() -> None:
    assert assess("chest pain, getting worse").urgency == "urgent"


def test_urgency_cues_ignore_negated_symptoms() -> None:
    assert assess("no fever, no pain, just a question about vitamin D").urgency == "routine"


@pytest.mark.parametrize(
    ("text", "specialty"),
    [
        ("I have an itchy rash and eczema on my hands", "dermatology"),
        ("des boutons et de l'eczéma sur les mains qui grattent", "dermatology"),
        ("my heart races with palpitations at night", "cardiology"),
        ("palpitations et tension artérielle élevée", "cardiology"),
        ("I feel depressed and anxious all the time", "psychiatry"),
        ("je suis très anxieux et déprimé", "psychiatry"),
        ("my toddler has a cough and a runny nose, he's 2 years old son", "paediatrics"),
        ("mon bébé a des coliques", "paediatrics"),
        ("my periods are irregular and painful", "gynaecology_obstetrics"),
        ("mes règles sont irrégulières", "gynaecology_obstetrics"),
        ("recurring migraines with numbness", "neurology"),
        ("migraines fréquentes et vertiges", "neurology"),
        ("bloating, reflux and diarrhoea after meals", "gastroenterology"),
        ("ballonnements et reflux après les repas", "gastroenterology"),
        ("asthma and wheezing, my inhaler doesn't help", "pulmonology"),
        ("asthme et toux la nuit", "pulmonology"),
        ("my thyroid levels are off, on levothyroxine", "endocrinology"),
        ("diabète de type 2, glycémie élevée le matin", "endocrinology"),
        ("knee pain after running, maybe a ligament", "orthopaedics"),
        ("douleur au genou et à la cheville après une entorse", "orthopaedics"),
        ("earache and ringing in my ears", "ent"),
        ("otite et acouphènes", "ent"),
        ("blurred vision and floaters in my eye", "ophthalmology"),
        ("conjonctivite, l'oeil est rouge", "ophthalmology"),
        ("burning when I urinate, maybe a bladder infection", "urology"),
        ("problème de prostate, j'urine souvent la nuit", "urology"),
        ("back from malaria area travel with chlamydia worry", "infectious_disease"),
        ("gout in my big toe and arthritis", "rheumatology"),
        ("polyarthrite et raideur matinale", "rheumatology"),
        ("toothache and bleeding gums", "dentistry"),
        ("rage de dents et gencives qui saignent", "dentistry"),
        ("I feel tired and want a check-up", "general_practice"),
        ("Je suis enceinte de 3 mois et j'ai des nausées", "gynaecology_obstetrics"),
        ("Je me sens un peu déprimé depuis l'hiver", "psychiatry"),
        ("Mon père a eu un infarctus il y a 10 ans, doit-il continuer l'aspirine ?", "cardiology"),
        ("quelle est la bonne dose de vitamine D ?", "general_practice"),
    ],
)
def test_specialty_from_text(text: str, specialty: str) -> None:
    assert assess(text).specialty == specialty


def test_valid_hint_wins_and_invalid_hint_is_ignored() -> None:
    text = "I have an itchy rash"
    assert assess(text, specialty_hint="paediatrics").specialty == "paediatrics"
    assert assess(text, specialty_hint="astrology").specialty == "dermatology"
    assert assess(text, specialty_hint="").specialty == "dermatology"


def test_negated_keywords_do_not_route() -> None:
    assert assess("no rash, no itching; my knee hurts when running").specialty == "orthopaedics"


def test_red_flag_routes_to_its_specialty() -> None:
    assert assess("his face is drooping and his speech is slurred").specialty == "neurology"
    assert assess("I want to kill myself").specialty == "psychiatry"


def test_specialty_codes_and_labels() -> None:
    expected = {
        "general_practice", "cardiology", "dermatology", "psychiatry", "paediatrics",
        "gynaecology_obstetrics", "neurology", "gastroenterology", "pulmonology", "endocrinology",
        "orthopaedics", "ent", "ophthalmology", "urology", "infectious_disease", "rheumatology",
        "dentistry",
    }  # fmt: skip
    assert set(SPECIALTIES) == expected
    for labels in SPECIALTIES.values():
        assert labels["en"]
        assert labels["fr"]


def test_result_dict_is_the_public_shape() -> None:
    result = assess("crushing chest pain and sweating")
    assert result.to_dict() == {
        "emergency": True,
        "red_flags": ["acute_coronary_syndrome"],
        "urgency": "emergency",
        "specialty": "cardiology",
    }
