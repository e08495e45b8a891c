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
