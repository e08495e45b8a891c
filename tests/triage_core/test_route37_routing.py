"""Route 37 (helper triage37): who the patient is routes a question without a red flag, where the training sets'
labels say so (docs/triage.md, "Route 37"; routing.json "child_patient": "pregnancy", "non_emergency_takes",
"non_emergency_not").

A pregnancy said ("24 weeks pregnant", « enceinte de 6 mois », « 32 SA ») sends an ordinary question to obstetrics
from paediatrics (the baby of a pregnancy is in the womb): the only cell the training sets' labels and the
fresh sets' floors both support. Look-alikes keep their route: a pregnancy's cystitis (urology in the
labels), a school child's eye or skin (labelled by the organ), a product question with nobody ill (general
practice, round 28), and every emergency (the emergency routing is untouched). Every text is invented.
"""

from __future__ import annotations

import pytest

from triage.core import assess
from triage.core.assess import model
from triage.core.document import Document
from triage.core.patterns import load_json

OB = "gynaecology_obstetrics"

PREGNANCY: list[tuple[str, str]] = [
    # (text, language): a pregnancy's ordinary question with a baby word
    ("32 weeks pregnant, baby has hiccups in my tummy every evening and kicks all night, is that normal?", "en"),
    ("Enceinte de 28 semaines, mon bébé a le hoquet dans mon ventre plusieurs fois par jour, c'est normal ?", "fr"),
]  # fmt: skip

KEPT: list[tuple[str, str, str]] = [
    # (text, language, specialty): look-alikes that keep their route
    ("Our 3 year old's left eye turns in when she is tired, nursery noticed it too. Who should we see about a squint?", "en", "ophthalmology"),
    ("What factor sun cream should I buy for my 8 month old for our holiday? Nothing is wrong, just want the right one.", "en", "general_practice"),
    ("34 weeks pregnant, really bad headache that paracetamol hasnt touched, flashing lights and my face and hands have swollen up today", "en", OB),
    ("Mon fils de 6 ans a une dent de lait qui bouge et la gencive est un peu rouge autour. Faut-il aller chez le dentiste ?", "fr", "dentistry"),
    ("I'm 15 and my acne is getting worse on my forehead and back, tried the stuff from the chemist for 3 months, can I get something stronger", "en", "dermatology"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), PREGNANCY)
def test_a_pregnancy_takes_an_ordinary_question_from_paediatrics(text: str, lang: str) -> None:
    """Whatever sent it to paediatrics (the baby word, the router), a pregnancy's question without a red flag
    goes to obstetrics; an emergency keeps the emergency routing."""
    child = model().child_patient
    doc = Document(text, model())
    assert child.specialty(doc, "paediatrics", emergency=False) == OB
    assert child.specialty(doc, "gastroenterology", emergency=False) == "gastroenterology"
    assert child.specialty(doc, "paediatrics", emergency=True) == "paediatrics"
    assert assess(text, lang).specialty == OB


def test_a_child_without_a_pregnancy_keeps_paediatrics() -> None:
    doc = Document(
        "My son is 3 and has had a runny nose for four days, eating fine. Anything to give?",
        model(),
    )
    assert model().child_patient.specialty(doc, "paediatrics", emergency=False) == "paediatrics"
    assert (
        model().child_patient.specialty(doc, "general_practice", emergency=False)
        == "general_practice"
    )


@pytest.mark.parametrize(("text", "lang", "specialty"), KEPT)
def test_look_alikes_keep_their_route(text: str, lang: str, specialty: str) -> None:
    assert assess(text, lang).specialty == specialty


def test_the_data_keep_what_the_labels_keep() -> None:
    """A pregnancy's urology, neurology and psychiatry, and a school child's questions, are labelled by the organ
    in the training sets: the data must not take them (route37's LOSO counts)."""
    child = load_json("routing.json")["child_patient"]
    assert not {"urology", "neurology", "psychiatry"} & set(child["pregnancy"]["takes"])
    school = next(g for g in child["groups"] if g["age"] == "5-12")
    assert school["non_emergency_takes"] == []
