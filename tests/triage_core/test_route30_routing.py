"""Route 30 (helper route30): general practice first for medicines advice, adults' seasonal vaccines and a
dementia carer's everyday question (docs/triage.md, "Route 30"; routing.json "general_practice_first").

How to take an over-the-counter medicine (with what, what dose, for how long, on an empty stomach), an adult's
flu / covid / shingles vaccine or the usual reaction after a jab, and a carer's tips for a person with dementia
go to general practice whatever organ word they carry. Each is tried beside a look-alike that keeps its
specialty: a child's dose or jab (paediatrics), travel vaccines (infectious disease), a drug of a specialist
condition (levothyroxine), a skin reaction, a specialist already following, a red flag. Every text is invented.
"""

from __future__ import annotations

import pytest

from triage.core import assess
from triage.core.patterns import load_json

GP = "general_practice"

MOVED: list[tuple[str, str]] = [
    # (text, language): main routed each to a specialty by its organ word; general practice answers it
    ("Is it safe to take ibuprofen with my blood pressure tablets? My knee aches after gardening.", "en"),
    ("Can I take paracetamol at the same time as my heart tablets, I have a bad toothache coming on?", "en"),
    ("What is the maximum daily dose of paracetamol for my dad's arthritis pain, he's 80?", "en"),
    ("Is melatonin safe to take every night? I work nights in a warehouse and sleep badly in the day.", "en"),
    ("Je peux prendre de l'ibuprofène avec mon traitement pour la tension ? J'ai mal au dos depuis lundi.", "fr"),
    ("Le Doliprane, il faut le prendre à jeun ou pendant le repas ? C'est pour des douleurs à l'estomac.", "fr"),
    ("La mélatonine, c'est sans danger tous les soirs ? Je travaille de nuit et je suis un peu anxieux.", "fr"),
    ("Can I have my flu jab and my covid booster on the same day? I'm 70 and my kidneys are a bit slow.", "en"),
    ("Sore arm and a bit shivery since my flu jab yesterday, temperature 37.8. Is that a normal reaction?", "en"),
    ("Est-ce qu'on peut faire le vaccin contre la grippe en même temps que le rappel covid ? J'ai 72 ans.", "fr"),
    ("Un peu courbaturé depuis le vaccin d'hier, pas de fièvre, urine normale. C'est normal ?", "fr"),
    ("My husband has dementia and wanders at night now. Any tips to get his routine back?", "en"),
    ("Ma mère a la maladie d'Alzheimer et ne mange presque plus le soir. Des astuces pour l'aider ?", "fr"),
]  # fmt: skip

KEPT: list[tuple[str, str, str]] = [
    # (text, language, specialty): the look-alikes in the same words keep their specialty
    ("My rheumatologist started me on methotrexate. Can I take ibuprofen with it for my sore hands?", "en", "rheumatology"),
    ("What dose of Calpol should I give my 3 year old? She has a temperature of 38.5 and an earache.", "en", "paediatrics"),
    ("Mon fils de 4 ans a 38,8 et tousse, quelle dose de Doliprane je peux lui donner ?", "fr", "paediatrics"),
    ("I take levothyroxine every morning. Should it be on an empty stomach, and how long before coffee?", "en", "endocrinology"),
    ("Je prends du Lévothyrox : faut-il le prendre à jeun et combien de temps avant le café ?", "fr", "endocrinology"),
    ("Which jabs and malaria tablets do I need for a trip to Ghana in March?", "en", "infectious_disease"),
    ("Je pars au Sénégal en février, quels vaccins et faut-il un traitement contre le paludisme ?", "fr", "infectious_disease"),
    ("Our baby is 8 weeks and had her jabs today, now she's 38.4 and won't feed. Is that normal?", "en", "paediatrics"),
    ("My wife has dementia and since an hour her face has dropped on one side and she can't lift her arm.", "en", "neurology"),
    ("Ma femme a Alzheimer, depuis une heure sa bouche est de travers et elle ne peut plus lever le bras.", "fr", "neurology"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), MOVED)
def test_medicines_vaccines_and_dementia_care_go_to_general_practice(text: str, lang: str) -> None:
    assert assess(text, lang).specialty == GP


@pytest.mark.parametrize(("text", "lang", "specialty"), KEPT)
def test_look_alikes_keep_their_specialty(text: str, lang: str, specialty: str) -> None:
    assert assess(text, lang).specialty == specialty


def test_red_flag_keeps_the_emergency_routing() -> None:
    """A question about a medicine beside a red flag is an emergency; the new rules are not read."""
    for text, lang in (
        ("Can I take aspirin with my other tablets? Crushing chest pain into my left arm for 30 minutes, sweating.", "en"),
        ("Je peux prendre du Doliprane avec mon traitement ? Douleur qui serre la poitrine depuis 30 minutes, je transpire.", "fr"),
    ):  # fmt: skip
        result = assess(text, lang)
        assert result.emergency
        assert result.specialty == "cardiology"


def test_rules_cite_published_sources() -> None:
    rules = {r["code"]: r for r in load_json("routing.json")["general_practice_first"]["rules"]}
    for code in ("otc_medicine_question", "seasonal_vaccine", "dementia_daily_care"):
        assert rules[code]["why"] and rules[code]["source"]
        assert "paediatrics" not in rules[code]["takes"]
