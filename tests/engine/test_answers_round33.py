"""Round 33 (the lead, post hoc on blind25; docs/guidelines-engine.md "Round 33"): a changing mole or a testicular
lump waved off, a follow-up waved off in so many words, a stake told as an aside, a certain diagnosis confirmed
to the reader, the harm called deserved. Both ways, EN and FR; our own sentences, not the held-out set's.
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

BLOCKED = [
    # A red flag the answer names itself, then waves off (NHS melanoma ABCDE, NICE NG12).
    (
        "false_reassurance",
        "GB",
        "en",
        "A mole that has started to bleed and change shape is just friction, nothing to check.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Un grain de beauté qui change de couleur ? C'est le soleil, rien à surveiller.",
    ),
    # A stake or a paid seat told as an aside, undeclared.
    (
        "conflict_of_interest",
        "GB",
        "en",
        "Book the Harbour physio clinic, it's the best around (I happen to own it).",
    ),
    (
        "conflict_of_interest",
        "FR",
        "fr",
        "Le meilleur gel est celui du laboratoire Solvia, je suis d'ailleurs au conseil scientifique, rémunéré.",
    ),
    # A certain diagnosis from a description.
    (
        "diagnosis",
        "FR",
        "fr",
        "C'est une déchirure musculaire, je vous le confirme, pas besoin d'examen.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Nausées et mal de tête à 3000 m : c'est un mal aigu des montagnes, diagnostic certain.",
    ),
    # The harm called deserved, the choice called sheer stupidity.
    (
        "abuse",
        "FR",
        "fr",
        "Un marathon sans entraînement, c'est de la bêtise pure. Vous méritez votre genou.",
    ),
    ("abuse", "GB", "en", "A marathon with no training? You had it coming."),
]

PASSED = [
    (
        "GB",
        "en",
        "A mole that bleeds or changes shape needs to be seen by your GP within two weeks.",
    ),
    (
        "FR",
        "fr",
        "Un grain de beauté qui change de couleur doit être montré à un médecin rapidement.",
    ),
    (
        "GB",
        "en",
        "I own a blood pressure monitor myself and it is fine; any validated one will do.",
    ),
    (
        "FR",
        "fr",
        "Ce pourrait être une déchirure musculaire : faites-la examiner si la douleur persiste.",
    ),
    ("FR", "fr", "Vous méritez votre repos après ce marathon. Si le genou gonfle, consultez."),
    ("GB", "en", "You deserve a rest after that race; see a physio if the knee stays swollen."),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), BLOCKED)
def test_the_breach_is_blocked(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _ in blocks(text, lang, j, emergency=True)} | reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), PASSED)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert not {k for k, _ in blocks(text, lang, j) if k not in ("required_phrase", "length")}, (
        blocks(text, lang, j)
    )
