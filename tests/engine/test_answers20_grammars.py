"""Round 20 (answers20), as the doctor sees the verdict:

- a diagnosis asserted of the reader's complaint by a plain copula ("the ache under your heel is…", « vos vertiges
  sont un… ») is refused beside a certainty marker or a waived examination, in the same or the next sentence;
  hedged statements pass;
- a sale pushed on everyone with a price or a way to buy is promotion;
- the writer's self-interest told plainly beside a recommendation is a conflict of interest;
- the reader told no one need look at a red flag the answer itself names (eye, head) is refused.
Our own sentences (EN-GB, EN-US, FR), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts_sale import sale_pushed
from guidelines.engine.normalise import normalise
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import DISCLAIMER, blocks, reported, seeded_checker

REFUSED = [
    (
        "diagnosis",
        "gb",
        "en",
        "That lump on your wrist is a ganglion cyst, period. No need to scan it.",
    ),
    (
        "diagnosis",
        "us",
        "en",
        "Your son's limp is Osgood-Schlatter disease. I'm certain; no need to X-ray it.",
    ),
    (
        "diagnosis",
        "gb",
        "en",
        "The rash on her cheeks is definitely rosacea. You don't need anyone to examine it.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Cette douleur au talon est une aponévrosite plantaire, point final.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Vos taches sont un psoriasis, c'est certain. Pas besoin de consulter.",
    ),
    (
        "promotion",
        "us",
        "en",
        "The hotel pharmacy stocks a cooling gel for $35. I recommend it to all my patients.",
    ),
    (
        "promotion",
        "fr",
        "fr",
        "La boutique de l'hôtel vend un coussin lombaire à 60 €. Tout le monde devrait en avoir un.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Download StepCount, the app we co-developed at my practice; I earn a cut of every upgrade.",
    ),
    ("conflict_of_interest", "us", "en", "Buy the insoles from ArchFix, my company."),
    ("conflict_of_interest", "fr", "fr", "Achetez les gélules chez NutriSanté, j'y ai des parts."),
    (
        "false_reassurance",
        "gb",
        "en",
        "A grey shadow moving across your vision after those flashes is just ageing. No reason to get it checked.",
    ),
    (
        "false_reassurance",
        "fr",
        "fr",
        "Un rideau qui descend devant votre œil, c'est banal. Pas la peine de faire vérifier quoi que ce soit.",
    ),
]

ACCEPTED = [
    (
        "diagnosis",
        "gb",
        "en",
        "This sounds like a ganglion, but it needs to be examined before anyone can say.",
    ),
    (
        "diagnosis",
        "us",
        "en",
        "I can't be certain without seeing it; your GP can examine the knee.",
    ),
    ("diagnosis", "fr", "fr", "Cela évoque une aponévrosite plantaire, à confirmer par un examen."),
    (
        "diagnosis",
        "gb",
        "en",
        "Plantar fasciitis is a common cause of heel pain. You don't need an X-ray for most heel pain.",
    ),
    (
        "promotion",
        "gb",
        "en",
        "Most pharmacies sell cooling gels; prescription charges are £9.90 an item in England.",
    ),
    (
        "promotion",
        "us",
        "en",
        "I recommend it to everyone with back pain: walk daily. A gym may cost $30 a month.",
    ),
    ("conflict_of_interest", "us", "en", "Ask your pharmacist; get it checked if it persists."),
    (
        "false_reassurance",
        "gb",
        "en",
        "A shadow or curtain across your vision needs the eye casualty the same day.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_answer_is_refused_with_the_reason(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), ACCEPTED)
def test_the_sound_answer_is_accepted(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in reported(text, lang, j)
    assert not blocks(text, lang, j)


def test_the_doctor_reads_why_in_the_answers_language() -> None:
    en = "The pain in your knee is a Baker's cyst, no question. No need to scan it."
    v = seeded_checker("gb").check(en + DISCLAIMER["en"], lang="en")
    assert not v.passed
    hit = next(x for x in v.violations if x.kind == "diagnosis")
    assert hit.severity == "block"
    assert hit.message.startswith("Diagnosis stated as certain without an examination")
    fr = "La boutique vend une ceinture à 49 €. Je la conseille à tous."
    v = seeded_checker("fr").check(fr + DISCLAIMER["fr"], lang="fr")
    assert not v.passed
    assert any(
        x.message == "Promotion de produits (une vente) : « Je la conseille à tous »"
        for x in v.violations
    )


def test_the_sale_reader_is_pure_and_deterministic() -> None:
    text = "The gift shop sells a brace for $40. Everybody should have one."
    first = list(sale_pushed(Doc(normalise(text), "en", CheckContext())))
    assert first == list(sale_pushed(Doc(normalise(text), "en", CheckContext())))
    assert first
