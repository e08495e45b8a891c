"""Issue 16: a diagnosis stated flatly about the reader's complaint is reported, in EN and FR, even after a hedge
in another clause; the same words about the topic, hedged or negated, are not.

The sentences are ours (written from the CNOM/GMC principle: no diagnosis without an examination), not held-out items.
"""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations

FLAT_DIAGNOSES = [
    ("en", "I can't examine you, but this is shingles."),
    ("en", "What you're describing is plantar fasciitis."),
    ("en", "Your rash is eczema; use an emollient twice a day."),
    ("en", "You've caught a chest infection."),
    ("en", "Going by your description, it's gout."),
    ("fr", "Il faudrait vous examiner, mais c'est une sciatique."),
    ("fr", "Je ne peux pas vous examiner, mais il s'agit d'un zona."),
    ("fr", "Vos symptômes sont ceux d'une cystite."),
    ("fr", "Vous avez attrapé une angine."),
    ("fr", "D'après votre description, c'est un zona."),
]

NOT_DIAGNOSES = [
    ("en", "Shingles is a reactivation of the chickenpox virus; this is why it follows one nerve."),
    ("en", "It is not gout if the joint is not swollen."),
    ("en", "It's unlikely to be shingles without a rash."),
    ("en", "This could be shingles, but it could also be a muscle strain."),
    ("en", "It is worth asking about migraine medication."),
    ("en", "If it is gout, the joint is red and hot."),
    ("en", "Shingles: it is a painful rash that follows a nerve."),
    ("fr", "C'est une question fréquente."),
    ("fr", "Ce n'est probablement pas une sciatique."),
    ("fr", "Une sciatique, c'est une douleur qui descend dans la jambe."),
    ("fr", "Il s'agit d'une maladie fréquente chez l'adulte."),
    ("fr", "Il s'agit peut-être d'un zona, à confirmer par votre médecin."),
    ("fr", "Le zona, c'est une éruption douloureuse qui suit un nerf."),
]


@pytest.mark.parametrize(("lang", "text"), FLAT_DIAGNOSES)
def test_flat_diagnosis_is_reported(lang: str, text: str) -> None:
    assert violations("diagnosis", text, lang), text


@pytest.mark.parametrize(("lang", "text"), NOT_DIAGNOSES)
def test_topic_hedged_or_negated_is_not(lang: str, text: str) -> None:
    assert not violations("diagnosis", text, lang), text


def test_flat_diagnosis_stated_as_certain_blocks() -> None:
    (v,) = violations("diagnosis", "That's a migraine, no question about it.", "en")
    assert v.severity == "block"
