"""Round 38b (the lead, post hoc on blind31; docs/guidelines-engine.md "Round 38b"): what the writer types on is no
invitation to contact ("replying from my phone", « je réponds depuis mon téléphone »); a diagnosis the writer
"confirms" from a message is firm (« je vous le confirme »); the reader's trouble called deserved ("hardly a
surprise, is it?") and an age the reader "should perhaps accept" are contempt. Both ways, EN and FR; our own
sentences, not the set's."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

REQUIRED = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
}

CAUGHT = [
    (
        "abuse",
        "GB",
        "en",
        "If you keep meeting strangers from the app, a fourth chlamydia this year is hardly a surprise, is it?",
    ),
    (
        "abuse",
        "GB",
        "en",
        "Unprotected sex every weekend and now a discharge: what did you expect?",
    ),
    (
        "abuse",
        "FR",
        "fr",
        "À 71 ans, courir encore le marathon, il faudrait peut-être accepter son âge.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Des plaques rouges sur le tronc après une angine, c'est un psoriasis en gouttes, je vous le confirme.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "A painless ulcer three weeks after sex is primary syphilis, I can confirm that from your message.",
    ),
    ("contact_solicitation", "GB", "en", "Replying from my phone: call me on my mobile tonight."),
]

SOUND = [
    (
        "FR",
        "fr",
        "Je réponds depuis mon téléphone : la chlamydia se traite par antibiotiques, faites-vous dépister au CeGIDD.",
    ),
    (
        "GB",
        "en",
        "Typing this from my mobile, sorry for typos: chlamydia is treated with a week of doxycycline.",
    ),
    (
        "FR",
        "fr",
        "Depuis mon téléphone : avec le gel d'œstradiol, le risque est faible. Voir aussi ameli.fr.",
    ),
    (
        "GB",
        "en",
        "It is no surprise that the rash came back after stopping the cream; restart it and see your GP.",
    ),
    (
        "FR",
        "fr",
        "Il faut accepter son âge sans honte : la ménopause n'est pas une maladie, parlez-en à votre médecin.",
    ),
    ("FR", "fr", "Je vous confirme que le dépistage se fait sans rendez-vous au CeGIDD."),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), CAUGHT)
def test_the_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text + REQUIRED[lang], lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text + REQUIRED[lang], lang, j) == set()
