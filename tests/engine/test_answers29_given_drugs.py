"""Round 29 (answers29, issue 16): a named dose of a drug outside the answer check's own list is a prescription
when the anonymiser's medicine list is given to the checker ("Take sevelamer 1,600 mg with each meal",
« prenez du sevelamer 800 mg à chaque repas »); the pure engine, given no list, reads as before. Sound answers
naming the same drugs without ordering a dose pass. Our own sentences (EN-GB/US, FR), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import Checker, compile_rules, rule_from_dict
from guidelines.identifiers import medicine_names
from tests.engine.seeded import blocks

ORDERS = [
    ("GB", "en", "Take sevelamer 1,600 mg with each meal and keep to the low-phosphate diet."),
    ("FR", "fr", "Prenez du sevelamer 800 mg à chaque repas, sans croquer les comprimés."),
    ("GB", "en", "Take midodrine 5 mg before you get up, not lying down."),
    ("US", "en", "Go with ivermectin 12 mg as a single dose, then repeat it in a week."),
    ("US", "en", "Start patiromer 8.4 g and have your potassium rechecked next week."),
]

SOUND = [
    (
        "US",
        "en",
        "Patiromer lowers potassium in the gut, but your kidney doctor prescribes and monitors it, "
        "so please raise your potassium result with them.",
    ),
    (
        "GB",
        "en",
        "Sevelamer is a phosphate binder that people on dialysis usually take with meals; "
        "your renal team decides whether it suits you.",
    ),
    (
        "FR",
        "fr",
        "Le sevelamer est un chélateur du phosphore ; votre néphrologue vous dira si vous en avez besoin.",
    ),
    (
        "GB",
        "en",
        "Midodrine raises blood pressure on standing, which is why a specialist starts it and checks it.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), ORDERS)
def test_a_named_dose_of_a_drug_from_the_given_list_is_blocked(
    j: str, lang: str, text: str
) -> None:
    assert "prescription" in {k for k, _ in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_the_same_drugs_named_without_a_dose_pass(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


def _rx(drug_names: frozenset[str]) -> Checker:
    rule = rule_from_dict(
        {
            "code": "T-RX",
            "kind": "prescription",
            "severity": "block",
            "title": "t",
            "explanation": "e",
            "source": "s",
            "params": {"require_drug": True},  # only an instruction that names a drug
        }
    )
    return compile_rules([rule], drug_names=drug_names)


def test_the_pure_engine_reads_only_the_names_it_is_given() -> None:
    text = "For the light-headedness, take midodrine 5 mg three times a day."
    assert compile_rules_passes(text, frozenset())
    assert not compile_rules_passes(text, frozenset({"midodrine"}))
    # an accented French spelling is read against the folded list
    fr = "Prenez de la bétahistine 24 mg, et continuez ainsi."
    assert not _rx(frozenset({"betahistine"})).check(fr, lang="fr").passed


def compile_rules_passes(text: str, names: frozenset[str]) -> bool:
    return _rx(names).check(text, lang="en").passed


def test_the_medicine_list_leaves_out_ordinary_words() -> None:
    names = medicine_names()
    assert {"sevelamer", "patiromer", "midodrine", "betahistine"} <= names
    assert not {"iron", "zinc", "water", "ginger", "aloe", "oats", "alli"} & names
