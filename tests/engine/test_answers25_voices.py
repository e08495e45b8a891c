"""Round 25 (answers25): insulin doses and copied regimens, money off with a code, the reader's language scorned;
roles, feast blessings, countries and disease names taken for identifiers. Both ways, EN and FR, under the GB, US
and FR seed sets. Our own sentences, not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.identifier_words import not_identifier_word
from guidelines.engine.kinds.named_dose import copied_regimens, insulin_orders
from guidelines.engine.normalise import normalise
from tests.engine.seeded import blocks

REFUSED = [
    (
        "prescription",
        "US",
        "en",
        "Take 40 units of glargine at iftar instead of bedtime and drop your lispro to 4 units with each meal.",
    ),
    ("prescription", "GB", "en", "While you fast, move your 20 units of Tresiba to sunset."),
    (
        "prescription",
        "FR",
        "fr",
        "Pendant le ramadan, passez la Lantus à 30 unités au moment du ftour.",
    ),
    (
        "prescription",
        "FR",
        "fr",
        "Décalez la Toujeo à 24 unités le soir et baissez la Novorapid à 4 unités.",
    ),
    (
        "prescription",
        "GB",
        "en",
        "Your sister's amoxicillin is right for this: pick up where she left off and take the rest the same way.",
    ),
    (
        "prescription",
        "US",
        "en",
        "Your husband still has some doxycycline from last month: pick it up and do the same.",
    ),
    (
        "prescription",
        "FR",
        "fr",
        "Il reste de l'amoxicilline de votre mari ? Prenez-la de la même façon que lui.",
    ),
    (
        "promotion",
        "US",
        "en",
        "Get your pre-pilgrimage vaccine bundle at TravelShield Clinics – mention BRIDGE10 for $50 off.",
    ),
    (
        "promotion",
        "GB",
        "en",
        "Pop into WanderWell Pharmacy and quote NURSEJO at the till for £15 off.",
    ),
    (
        "promotion",
        "FR",
        "fr",
        "Faites vos vaccins chez VoyageSanté, donnez le code OUMRA15 pour 15 € de réduction.",
    ),
    ("abuse", "US", "en", "Honestly, your English is so bad I can't follow what you are asking."),
    (
        "abuse",
        "GB",
        "en",
        "With that accent and that spelling it's no wonder nobody understood you.",
    ),
    (
        "abuse",
        "FR",
        "fr",
        "Franchement, avec votre accent et vos fautes, on ne comprend rien. Faites un effort d'écrire en "
        "français correct.",
    ),
    ("abuse", "FR", "fr", "Apprenez à écrire avant de poser des questions."),
    (
        "conflict_of_interest",
        "US",
        "en",
        "For altitude pills go to Summit Travel Clinic, they're the best; I do consulting work for them.",
    ),
    (
        "conflict_of_interest",
        "FR",
        "fr",
        "Allez à la clinique du Voyage pour vos vaccins, je fais du conseil pour eux.",
    ),
]
PASSING = [
    (
        "US",
        "en",
        "Many people on insulin change their timing during Ramadan; do not change your 30 units on your own.",
    ),
    ("US", "en", "Your diabetes team may move your 40 units of glargine to iftar."),
    (
        "FR",
        "fr",
        "Ne modifiez pas vos 20 unités de Lantus seul : voyez votre diabétologue avant le ramadan.",
    ),
    ("GB", "en", "Keep your insulin in the fridge; each pen holds 300 units."),
    (
        "GB",
        "en",
        "Never take your sister's antibiotics the same way she did, even if the symptoms look alike.",
    ),
    ("FR", "fr", "Ne prenez jamais les médicaments de votre mari de la même façon que lui."),
    (
        "GB",
        "en",
        "Your husband had the same infection last month; ask your GP, and do the same: rest.",
    ),
    (
        "US",
        "en",
        "Be wary of posts offering discount codes for travel vaccines; your doctor can tell you where to go.",
    ),
    (
        "FR",
        "fr",
        "Méfiez-vous des sites qui proposent des vaccins « en promo » avec un code promo.",
    ),
    (
        "US",
        "en",
        "If a receptionist told you your English was too bad to be seen, that was wrong; ask for an interpreter.",
    ),
    ("GB", "en", "Your English is not bad at all, and your question is clear."),
    ("FR", "fr", "On s'est moqué de votre accent à l'accueil : c'est inacceptable, signalez-le."),
    ("FR", "fr", "Votre français n'est pas mauvais du tout, votre question est claire."),
    ("GB", "en", "Locum here – a quick one. Pityriasis rosea usually fades within eight weeks."),
    ("GB", "en", "Locum pharmacist here. Rest the ankle for a week."),
    ("GB", "en", "The NHS fit for travel site lists what you need for Saudi Arabia."),
    ("US", "en", "Ramadan Mubarak! Keep drinking water at suhoor."),
    ("FR", "fr", "Le PRG (pityriasis rosé de Gibert) passe seul en quelques semaines."),
    ("FR", "fr", "Aïd Moubarak ! Buvez bien au shour."),
    ("GB", "en", "I used to do consulting work for the NHS, and I'd recommend you see your GP."),
    ("US", "en", "I don't do any consulting work for them, so go wherever is nearest."),
    ("FR", "fr", "Je ne fais aucun conseil pour eux ; allez au centre le plus proche."),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_breach_is_refused_with_its_span(kind: str, j: str, lang: str, text: str) -> None:
    spans = {span for k, span in blocks(text, lang, j) if k == kind}
    assert spans and all(s in text for s in spans)


@pytest.mark.parametrize(("j", "lang", "text"), PASSING)
def test_the_sound_answer_passes(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Your neighbour Karim Benali saw you at the mosque and says you are unwell.",
        "Dr Sam Lee, locum, saw your daughter Emma Jones yesterday.",
    ],
)
def test_real_names_beside_roles_and_feasts_still_block(text: str) -> None:
    assert "identifiers" in {k for k, _ in blocks(text, "en", "GB")}


def test_real_address_still_blocks_in_french() -> None:
    assert "identifiers" in {
        k for k, _ in blocks("Il habite 12 rue de la Paix à Rodez.", "fr", "FR")
    }


def test_readers_are_pure() -> None:
    text = "Pendant le jeûne, passez la Lantus à 30 unités au ftour. Finissez la boîte de comprimés de votre mari."
    doc, again = (
        Doc(normalise(text), "fr", CheckContext()),
        Doc(normalise(text), "fr", CheckContext()),
    )
    assert insulin_orders(doc) == insulin_orders(again) == {0}
    assert copied_regimens(doc) == copied_regimens(again) == {1}
    t = "Locum here. Eid Mubarak."
    assert not_identifier_word(t, 0, 5, "PERSON")
    assert not_identifier_word(t, 16, 23, "PERSON")
    assert not not_identifier_word("Karim Benali", 0, 12, "PERSON")
    assert not not_identifier_word("12 rue Rosé", 0, 11, "ADDRESS")


@pytest.mark.parametrize(
    ("j", "lang", "text"),
    [
        (
            "US",
            "en",
            "We see this all the time at urgent care. Sudden pain in one testicle is most likely a pulled muscle.",
        ),
        (
            "FR",
            "fr",
            "On voit ça tous les jours aux urgences. C'est sûrement un claquage, reposez-vous.",
        ),
    ],
)
def test_the_service_as_the_writers_workplace_is_no_direction(j: str, lang: str, text: str) -> None:
    assert "emergency_block" in {k for k, _ in blocks(text, lang, j, emergency=True)}


@pytest.mark.parametrize(
    ("j", "lang", "text"),
    [
        ("GB", "en", "We see a lot of this and you need to go to A&E now."),
        ("US", "en", "We see this all the time at urgent care: go to the ER now."),
        ("FR", "fr", "Je vois ce que vous décrivez : appelez le 15 maintenant."),
    ],
)
def test_a_direction_beside_the_workplace_still_counts(j: str, lang: str, text: str) -> None:
    assert "emergency_block" not in {k for k, _ in blocks(text, lang, j, emergency=True)}


def test_a_regimen_copied_from_ones_patient_is_refused_but_not_a_visit() -> None:
    bad = "One of my patients did great on valacyclovir 2 grams twice in one day. Pick it up and do the same."
    assert "prescription" in {k for k, _ in blocks(bad, "en", "US")}
    fine = "One of my patients had the same rash; she saw her GP and you should do the same."
    assert "prescription" not in {k for k, _ in blocks(fine, "en", "GB")}
    fr = "Une de mes patientes a bien réagi à l'aciclovir 5 fois par jour. Faites de même."
    assert "prescription" in {k for k, _ in blocks(fr, "fr", "FR")}
