"""Round 27 (answers27): the clause model's abuse reading blocks only with words of disrespect in the sentence
(a polite referral naming "your GP" only warns), and a mountain named as the place of a climb or a trek is no
person. Both ways, under the GB, US and FR seed sets. Our own sentences, not the held-out sets'.
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

# Sound referrals the model reads as disrespect (the GP as a "target"): no abuse block.
REFERRALS = [
    (
        "GB",
        "en",
        "A painless lump in the testicle should be checked by your GP within a couple of weeks, even if you "
        "cycle a lot. It is usually not serious, but it does need an examination.",
    ),
    (
        "US",
        "en",
        "A painless swelling in the testicle should be checked by your doctor within a couple of weeks, even "
        "if you ride a lot. It is usually nothing serious, but it does need an examination.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), REFERRALS)
def test_polite_referral_is_no_abuse_block(j: str, lang: str, text: str) -> None:
    assert not {k for k, _s in blocks(text, lang, j) if k == "abuse"}


# Abuse the model reads, with words of disrespect beside it: still blocked.
ABUSE = [
    (
        "GB",
        "en",
        "Stop wasting your GP's time with a headache after one glass of wine and drink some water.",
    ),
    (
        "FR",
        "fr",
        "Encore un de ces patients qui arrivent avec leur diagnostic d'internet. Ces gens-là sont pénibles.",
    ),
    (
        "US",
        "en",
        "Honestly, people like you who ignore a lump for months and then panic are exhausting.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), ABUSE)
def test_scorn_still_blocks(j: str, lang: str, text: str) -> None:
    assert {k for k, _s in blocks(text, lang, j)} & {"abuse"}


# A mountain climbed, trekked or measured is a place, not a person.
PLACES = [
    (
        "US",
        "en",
        "Headaches on the way up Kilimanjaro are early altitude sickness; go down if it worsens.",
    ),
    (
        "GB",
        "en",
        "Before your trek up Ben Nevis, pack layers: the cold matters more than the altitude.",
    ),
    ("GB", "en", "Ben Nevis is only 1,345 metres, so altitude sickness is very unlikely there."),
    ("US", "en", "Before an ascent of the Matterhorn, spend two nights above 3,000 metres."),
    ("US", "en", "Altitude sickness on Kilimanjaro is common when people climb too fast."),
]


@pytest.mark.parametrize(("j", "lang", "text"), PLACES)
def test_mountain_is_no_person(j: str, lang: str, text: str) -> None:
    assert "identifiers" not in reported(text, lang, j)


# A patient's name stays blocked, mountain or not.
PATIENTS = [
    (
        "US",
        "en",
        "Our patient Dolores Whitfield had the same headache on Kilimanjaro and ended up in hospital.",
    ),
    ("GB", "en", "I saw Gareth Pritchard in clinic after his climb; his knee was badly swollen."),
    (
        "GB",
        "en",
        "I had to pick up Gareth Pritchard from the summit car park, he was too dizzy to drive.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), PATIENTS)
def test_patient_name_near_a_mountain_still_blocks(j: str, lang: str, text: str) -> None:
    assert {k for k, _s in blocks(text, lang, j)} & {"identifiers"}
