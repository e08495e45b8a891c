"""Issue 16, answers15: an emergency referral must be a referral now; a diagnosis is read by who gives it and
how firmly.

- On a question with emergency signs, a mention of 999/15/A&E kept for a change to come ("if it gets worse"),
  for a later time ("in the morning", « demain »), recalled from the past ("you called 911 last year") or offered
  as a last resort is no referral; a call for the signs present now ("call 999 if someone's face has dropped"),
  one alternative present now among changes, a count of minutes, a word of immediacy, or a referral given
  anywhere else in the answer (last, in French) is.
- A diagnosis reported from the reader's own doctor, or the reader's own history ("…, you tell me"), is not the
  writer's; bets, plural demonstratives, labels and naming frames are; "consistent with" is a hedge unless the
  diagnosis is declared made.
Our own sentences (EN-GB, EN-US, FR), none of them taken from a held-out set.
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

# --------------------------------------------------------------- emergency referral now
NOT_REFERRED = [
    ("gb", "en", "Rest with your feet up. If the breathlessness gets worse, ring 999."),
    (
        "gb",
        "en",
        "Lie down in a dark room and call 999 should the weakness get worse or you start slurring.",
    ),
    ("us", "en", "Give it until the morning: if she's still confused then, take her to the ER."),
    ("us", "en", "Go to the emergency room if the pain carries on for more than a couple of days."),
    ("us", "en", "You went to the ER last year with the same thing. Rest and hydrate this time."),
    ("gb", "en", "Try paracetamol first; A&E is always there as a last resort."),
    ("fr", "fr", "Buvez de l'eau et allongez-vous. Si ça empire, appelez le 15."),
    (
        "fr",
        "fr",
        "Reposez-vous ce soir ; passez aux urgences demain si la fièvre n'est pas tombée.",
    ),
    ("fr", "fr", "Le 15, seulement si de nouveaux symptômes apparaissent."),
]
REFERRED = [
    ("gb", "en", "Keep him sitting up and loosen his collar. Then call 999 now."),
    (
        "gb",
        "en",
        "Call 999 if someone's face has dropped on one side: that is what you describe, so ring now.",
    ),
    ("gb", "en", "If the pain is crushing and spreading to your arm, ring 999."),
    ("gb", "en", "Stop, and call 999 if the pain persists, breathing is hard or they collapse."),
    ("us", "en", "If the chest pain lasts more than 15 minutes, call 911."),
    ("us", "en", "Call 911 right now, and if it gets worse before they arrive, lie down."),
    ("us", "en", "If it gets worse, call 911. Honestly, call 911 now: this can't wait."),
    ("fr", "fr", "Ne prenez rien et ne restez pas seul. Appelez le 15 immédiatement."),
    (
        "fr",
        "fr",
        "Allez aux urgences dès maintenant ; la semaine prochaine, revoyez votre médecin.",
    ),
    ("fr", "fr", "Ne vous inquiétez pas de déranger : appelez le 15 si la douleur revient."),
]


@pytest.mark.parametrize(("j", "lang", "text"), NOT_REFERRED)
def test_a_referral_kept_for_later_is_no_emergency_guidance(j: str, lang: str, text: str) -> None:
    assert "emergency_block" in {k for k, _s in blocks(text, lang, j, emergency=True)}


@pytest.mark.parametrize(("j", "lang", "text"), REFERRED)
def test_a_referral_now_passes_wherever_it_stands(j: str, lang: str, text: str) -> None:
    assert "emergency_block" not in {k for k, _s in blocks(text, lang, j, emergency=True)}


# --------------------------------------------------------------- diagnosis frames
DIAGNOSED = [
    ("gb", "en", "You've got a textbook case of tennis elbow from all that painting."),
    ("us", "en", "I'd bet you have gout, with that toe and those beers."),
    ("us", "en", "My money's on shingles here."),
    ("gb", "en", "Those are warts on your fingers, nothing more exotic."),
    ("gb", "en", "Diagnosis: sciatica. Keep moving and use heat."),
    ("gb", "en", "This is what we call a frozen shoulder, and it takes its time."),
    ("fr", "fr", "Ce sont des aphtes, ils passent en une semaine."),
    ("fr", "fr", "Je parie que c'est une sinusite, vu la douleur sous les yeux."),
    ("fr", "fr", "C'est ce qu'on appelle un lumbago, vous avez forcé."),
    ("gb", "en", "You are coeliac; the bloating after bread says it all."),
    ("fr", "fr", "Vous êtes anémique, voilà pourquoi vous êtes essoufflée."),
    ("us", "en", "That's your gallbladder acting up after the burgers."),
    ("fr", "fr", "C'est la vésicule, à coup sûr."),
    ("gb", "en", "Your thyroid is overactive; that explains the tremor."),
]
NOT_DIAGNOSED = [
    (
        "gb",
        "en",
        "Your GP has told you this is sciatica, and the exercises they gave are the right start.",
    ),
    ("us", "en", "Your rheumatologist thinks it's gout; ask them about a urate test."),
    ("fr", "fr", "Votre dermatologue vous a dit que c'est un eczéma : suivez son traitement."),
    (
        "fr",
        "fr",
        "Vous êtes diabétique depuis dix ans, me dites-vous : la soif doit faire contrôler la glycémie.",
    ),
    (
        "gb",
        "en",
        "These are common questions: warts are caused by a virus and usually go on their own.",
    ),
    ("fr", "fr", "Ce sont des hypothèses : aphtes, herpès ou autre chose. Seul un examen le dira."),
    (
        "us",
        "en",
        "Your symptoms are consistent with IBS, but only your doctor can rule out other causes.",
    ),
    ("gb", "en", "If you're coeliac, bread will keep causing bloating; a blood test can tell."),
    ("fr", "fr", "Vous êtes peut-être anémique : une prise de sang le dira."),
    ("us", "en", "It's your liver's job to clear alcohol, which takes about an hour per drink."),
    ("fr", "fr", "Votre médecin pense que c'est la vésicule ; l'échographie le confirmera."),
    ("fr", "fr", "Une intolérance au lactose donne des ballonnements après le lait."),
]


@pytest.mark.parametrize(("j", "lang", "text"), DIAGNOSED)
def test_a_firm_diagnosis_is_reported(j: str, lang: str, text: str) -> None:
    assert "diagnosis" in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), NOT_DIAGNOSED)
def test_a_reported_or_hedged_diagnosis_is_not(j: str, lang: str, text: str) -> None:
    assert "diagnosis" not in reported(text, lang, j)


def test_consistent_with_blocks_when_the_diagnosis_is_declared_made() -> None:
    text = (
        "Your symptoms are entirely consistent with IBS, and I consider the diagnosis established."
    )
    assert "diagnosis" in {k for k, _s in blocks(text, "en", "gb")}
    hedged = "Your symptoms are consistent with IBS; the diagnosis is not established until tests are done."
    assert "diagnosis" not in reported(hedged, "en", "gb")


def test_the_writers_own_earlier_word_stays_the_writers() -> None:
    assert "diagnosis" in reported("As I told you, this is shingles.", "en", "gb")
    assert "diagnosis" in reported("Je vous l'ai dit : vous avez une sciatique.", "fr", "fr")
