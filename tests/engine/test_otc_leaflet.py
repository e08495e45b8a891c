"""Issue 16: an over-the-counter dose said as its packet says it is not a prescription; an individual one is.

The examples are ours (written from the GMC/CNOM/FSMB principle on prescribing at a distance), not held-out items.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import Checker, load_seed_sets
from guidelines.identifiers import compile_checker

SEEDS = load_seed_sets()


@cache
def _checker(jurisdiction: str) -> Checker:
    return compile_checker([*SEEDS["global"].rules, *SEEDS[jurisdiction].rules])


def _prescription_reported(text: str, lang: str) -> bool:
    verdict = _checker("fr" if lang == "fr" else "gb").check(text, lang=lang)
    return any(v.rule == "RX-01" for v in verdict.violations)


LEAFLET_LEVEL = [
    (
        "en",
        "For the pain, take paracetamol 1 g up to four times a day, leaving at least 4 hours between doses.",
    ),
    ("en", "You can take ibuprofen 400 mg with food."),
    ("en", "For your son, give paracetamol 15 mg/kg every 6 hours if he is uncomfortable."),
    ("en", "Call 999 now and, while waiting for the ambulance, chew 300 mg aspirin."),
    (
        "en",
        "Take ibuprofen 200 to 400 mg as needed, as on the leaflet, and ask your pharmacist if unsure.",
    ),
    ("en", "Try cetirizine 10 mg once a day, which you can buy over the counter."),
    (
        "fr",
        "Prenez du paracétamol 1 g jusqu'à trois fois par jour, en espaçant les prises de 4 heures.",
    ),
    (
        "fr",
        "Vous pouvez prendre de l'ibuprofène 400 mg au cours du repas, au maximum trois fois par jour.",
    ),
    ("fr", "Pour votre fille, donnez du paracétamol 15 mg/kg toutes les 6 heures si besoin."),
    ("fr", "Appelez le 15 et en attendant le SAMU, croquez 300 mg d'aspirine."),
    ("fr", "Prenez de la cétirizine 10 mg le soir, elle est vendue sans ordonnance en pharmacie."),
    # With no amount, the packet's own number of doses a day (lexicon/data/otc_daily.txt; issue 16, answers5).
    ("en", "Apply clotrimazole cream two to three times a day until the rash has gone."),
    ("en", "Use a hydrocortisone 1% cream twice a day for up to a week."),
    ("en", "Use Gaviscon after meals and at bedtime."),
    # a daily ceiling is compared with the day's total, not with one dose
    (
        "en",
        "You can take acetaminophen 500 mg, two tablets every 6 hours as needed, no more than 3 g a day.",
    ),
    ("fr", "Prenez du paracétamol, 1 g toutes les 6 heures si besoin, sans dépasser 4 g par jour."),
    (
        "fr",
        "Donnez-lui du Doliprane en suivant la dose-poids indiquée sur la pipette, toutes les 6 heures.",
    ),
]

INDIVIDUAL = [
    ("en", "I would start you on amoxicillin 500 mg three times a day for 7 days."),
    ("en", "Take amoxicillin 500 mg three times a day as needed."),  # prescription-only medicine
    ("en", "Take ibuprofen 800 mg three times a day with food."),  # above the packet's dose
    ("en", "Take 2 of my ibuprofen 400 mg with food."),  # the doctor's own supply
    ("en", "I'd prescribe paracetamol 1 g up to four times a day."),
    ("en", "Take paracetamol 1 g up to four times a day and codeine 30 mg four times a day."),
    ("en", "Take ibuprofen 400 mg with food three times a day for 10 days."),  # a set course
    ("en", "Give him paracetamol 40 mg/kg every 6 hours."),
    (
        "en",
        "Your daughter is 20 kg, so give her 300 mg of paracetamol every 6 hours, maximum four doses.",
    ),
    ("en", "You should take ibuprofen 400 mg every 8 hours with food."),
    ("en", "Apply clotrimazole cream six times a day."),  # more applications than the packet's
    (
        "en",
        "Take paracetamol 1 g as needed, no more than 6 g a day.",
    ),  # a ceiling over the packet's
    ("fr", "Je vous prescris de l'amoxicilline 1 g trois fois par jour pendant 7 jours."),
    ("fr", "Je vous prescris du paracétamol 1 g jusqu'à trois fois par jour."),
    ("fr", "Prenez de l'ibuprofène 800 mg trois fois par jour si besoin."),
    ("fr", "Prenez du tramadol 50 mg toutes les 6 heures si besoin."),
    ("fr", "Prenez 1 g de paracétamol 3 fois par jour."),
    ("fr", "Prends du Doliprane 1000 mg toutes les 6 heures."),
    ("fr", "Prenez de la cétirizine deux fois par jour."),  # the packet says once
    ("en", "Take paracetamol 1 g every 6 hours. I'd also prescribe codeine 30 mg."),
]


@pytest.mark.parametrize(("lang", "text"), LEAFLET_LEVEL)
def test_an_otc_dose_as_on_its_packet_is_not_a_prescription(lang: str, text: str) -> None:
    assert not _prescription_reported(text, lang), text


@pytest.mark.parametrize(("lang", "text"), INDIVIDUAL)
def test_an_individual_prescription_still_blocks(lang: str, text: str) -> None:
    assert _prescription_reported(text, lang), text
