"""Round 28 (helper route28): general practice first for practical and self-care questions
(docs/triage.md, "Routing, round 28"; routing.json "general_practice_first").

A supply question (a forgotten or lost medicine, medicines on a trip, an open pharmacy), a sport's medical
paperwork, a product question, a question asked when nobody is ill, and the self-care of a minor complaint
(blisters, chafing, a cramp, bites and stings, a tick removed, mild travellers' diarrhoea) go to general
practice whatever organ word they carry; a named specialist, a specialist condition or a red flag keeps the
specialty. Every text is invented; each rule is tried beside a look-alike that must not move.
"""

from __future__ import annotations

import pytest

from triage.core import assess
from triage.core.patterns import TriageDataError, load_json
from triage.core.routing import general_practice_rules

GP = "general_practice"

CASES: list[tuple[str, str, str]] = [
    # (text, language, specialty)
    # supply: the medicine's condition does not decide who answers
    (
        "Staying at a cottage in Wales and I left my blood pressure tablets at home, "
        "amlodipine. Can a chemist give me a few days' worth?",
        "en",
        GP,
    ),
    (
        "En vacances a Biarritz, j'ai oublie mes comprimes pour la tension a la maison. "
        "Le pharmacien peut-il me depanner ?",
        "fr",
        GP,
    ),
    (
        "We fly to Lisbon next week and I'm travelling with my insulin pens. "
        "Hand luggage or hold, and do I need anything for security?",
        "en",
        GP,
    ),
    (
        "j'ai perdu ma valise avec mes cachets pour la thyroide dedans, comment en ravoir "
        "pendant mon sejour en Espagne",
        "fr",
        GP,
    ),
    # a specialist named keeps the specialty
    (
        "My cardiologist changed my blood pressure tablets last week and I feel dizzy when I stand up. "
        "Should I go back to the old dose?",
        "en",
        "cardiology",
    ),
    # sport paperwork
    (
        "Our sailing club secretary says I need a medical certificate for the regatta licence. "
        "I'm 40 and well, who can sign it?",
        "en",
        GP,
    ),
    (
        "My daughter's netball league needs a medical form signed, she is 15 and fit. Who signs it?",
        "en",
        GP,
    ),
    (
        "Mon club de judo demande un certificat medical de non contre-indication pour la "
        "competition. Mon medecin traitant peut le faire ?",
        "fr",
        GP,
    ),
    # a child word when nobody is ill
    (
        "Making a first aid kit for the kids' summer camp, nothing has happened yet. "
        "What should go in it for cuts and stings?",
        "en",
        GP,
    ),
    (
        "Je prepare une fiche pour les animateurs du centre aere, il ne s'est rien passe : que faire "
        "si un enfant se cogne la tete ?",
        "fr",
        GP,
    ),
    # a product question about a baby is not a child's illness
    ("Which sun cream is best for a 1 year old, factor 50?", "en", GP),
    ("Quelle creme solaire pour mon bebe de 7 mois, on part a la plage ?", "fr", GP),
    # minor self-care
    (
        "Au camping, piquee par une guepe au genou, c'est rouge et gonfle autour, je respire "
        "normalement. Glace ?",
        "fr",
        GP,
    ),
    (
        "Took a tick off my ankle after the walk with tweezers, all of it came out. "
        "Anything else to do?",
        "en",
        GP,
    ),
    (
        "Apres le trail j'ai eu des crampes dans les mollets, ca tire encore un peu ce matin. "
        "Il faut du magnesium ?",
        "fr",
        GP,
    ),
    # a specialist condition keeps the specialty
    (
        "I have Crohn's disease and it's flaring on holiday, blood in the stool for three days "
        "and cramps, should I stop my azathioprine?",
        "en",
        "gastroenterology",
    ),
    (
        "Tombe au ski, le genou a gonfle et depuis deux semaines il se derobe dans les escaliers, "
        "j'ai peur pour les ligaments croises.",
        "fr",
        "orthopaedics",
    ),
]


@pytest.mark.parametrize(("text", "lang", "specialty"), CASES)
def test_general_practice_first(text: str, lang: str, specialty: str) -> None:
    assert assess(text, lang).specialty == specialty


def test_an_emergency_keeps_its_routing() -> None:
    text = "stung by a wasp on the hand, now my face and tongue are swelling and I can't breathe"
    result = assess(text, "en")
    assert result.emergency
    assert result.specialty == GP  # anaphylaxis: general practice handles it, by its flag
    text = "Forgot my inhaler on the hike, my asthma is so bad I can only say one word at a time"
    result = assess(text, "en")
    assert result.emergency and result.specialty == "pulmonology"


def test_the_table_is_checked() -> None:
    raw = load_json("routing.json")["general_practice_first"]
    concepts = [*raw["rules"][0]["concepts"][0], "specialist_follows", "pregnant"]
    assert general_practice_rules(raw | {"rules": raw["rules"][:1]}, concepts=concepts, specialties=[
        "cardiology", "dentistry", "dermatology", "endocrinology", "ent", "gastroenterology",
        "gynaecology_obstetrics", "infectious_disease", "neurology", "ophthalmology", "orthopaedics",
        "paediatrics", "psychiatry", "pulmonology", "rheumatology", "urology",
    ])  # fmt: skip
    with pytest.raises(TriageDataError):
        general_practice_rules(raw, concepts=["medicine_supply"], specialties=["cardiology"])
    bad = {"rules": [{"code": "x", "concepts": [["no_such_concept"]], "takes": []}]}
    with pytest.raises(TriageDataError):
        general_practice_rules(bad, concepts=["medicine_supply"], specialties=["cardiology"])
