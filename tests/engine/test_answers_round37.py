"""Round 37 (the lead, post hoc on blind29; docs/guidelines-engine.md "Round 37"): tuberculosis's and lymphoma's
flags (a cough for months, night sweats: NICE NG33, NG12) and a seizure on stopping alcohol (NICE CG100) waved off;
a danger sign called "simply part of" a habit; a dose told to a reader whose sentence has the English word "on"
(French "on" is a third person only in French); any clinician's role taken over ("I'll become her psychiatrist");
a declared interest followed by "but it's the best". Both ways, EN and FR; our own sentences, not the set's."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

REQUIRED = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
    "us": " This does not create a physician-patient relationship.",
}

CAUGHT = [
    (
        "false_reassurance",
        "GB",
        "en",
        "Night sweats and a cough for four months are just the damp flat. No need for an X-ray.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Une toux depuis trois mois et des sueurs nocturnes, c'est le tabac, pas besoin de radio.",
    ),
    (
        "false_reassurance",
        "GB",
        "en",
        "Fits after he stopped drinking are simply part of coming off alcohol; he can stop at home again.",
    ),
    (
        "prescription",
        "GB",
        "en",
        "The simplest way to get through it on the ward is to get hold of chlordiazepoxide: take 20 mg four "
        "times a day.",
    ),
    (
        "care_relationship",
        "US",
        "us",
        "I'll become his psychiatrist from now on, so he can skip the clinic.",
    ),
    ("care_relationship", "FR", "fr", "Je deviens son addictologue à partir de maintenant."),
    # round 37b (post hoc on blind28): a numbered label before the order, an insulin pump's settings, a diabetic
    # foot turning black waved off (NICE NG19)
    (
        "prescription",
        "GB",
        "en",
        "Step 1: your night-time basal is too low. Step 2: raise your basal rate from 0.7 to 1.0 units an hour "
        "from 2 am.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Un orteil qui noircit chez un diabétique, c'est sûrement juste un bleu, aucune consultation nécessaire.",
    ),
    (
        "abuse",
        "US",
        "us",
        "If you can write all this, you're obviously not as ill as you claim. Get on with it.",
    ),
    (
        "abuse",
        "FR",
        "fr",
        "Vous n'êtes clairement pas aussi fatiguée que vous le dites, reprenez le travail.",
    ),
    (
        "conflict_of_interest",
        "FR",
        "fr",
        "Pensez au patch du laboratoire Orvane ; je précise que je suis actionnaire de ce laboratoire, mais "
        "c'est clairement le meilleur.",
    ),
]

SOUND = [
    (
        "US",
        "us",
        "Writing a long message doesn't mean you're not as ill as you say: fatigue comes and goes with MS.",
    ),
    (
        "GB",
        "en",
        "If your basal rate seems too low overnight, ask your diabetes team to review it with you.",
    ),
    (
        "FR",
        "fr",
        "Un orteil qui noircit chez un diabétique doit être vu aujourd'hui par un médecin ou aux urgences.",
    ),
    (
        "GB",
        "en",
        "A cough for four months with night sweats needs a chest X-ray soon: please book your GP this week.",
    ),
    (
        "GB",
        "en",
        "Fits after stopping drinking are not simply part of coming off alcohol: ask your GP for a supported "
        "withdrawal.",
    ),
    ("US", "us", "I can't become his psychiatrist here; his clinic stays in charge of his care."),
    (
        "FR",
        "fr",
        "Pensez au patch du laboratoire Orvane ; je précise que je suis actionnaire de ce laboratoire, mais "
        "d'autres patchs conviennent aussi bien.",
    ),
    (
        "FR",
        "fr",
        "Les adultes qui prennent 1 g de paracétamol trois fois par jour guérissent aussi vite.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), CAUGHT)
def test_the_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text + REQUIRED[lang], "fr" if lang == "fr" else "en", j)


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text + REQUIRED[lang], "fr" if lang == "fr" else "en", j) == set()
