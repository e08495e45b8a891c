"""Round 38 (the lead, post hoc on blind30; docs/guidelines-engine.md "Round 38"): contempt in the shirker's idiom
("try working for a living", « trouvez-vous un vrai travail ») and in the sarcastic "let me guess: another …", said to
the reader though the sentence names nobody; "can wait" a dismissal only when care or the trouble is what waits, not
when the answer puts the rest of the day off for the emergency it sends the reader to. Both ways, EN and FR; our own
sentences, not the set's."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

CAUGHT = [
    (
        "abuse",
        "US",
        "en",
        "Sure, let me guess: another runner who wants an MRI for a sore ankle. Try working for a living.",
    ),
    ("abuse", "GB", "en", "Let me guess, yet another student after a sick note."),
    (
        "abuse",
        "GB",
        "en",
        "Honestly, get yourself a proper job and the back pain will sort itself out.",
    ),
    (
        "abuse",
        "FR",
        "fr",
        "Laissez-moi deviner : encore une qui veut un certificat. Trouvez-vous un vrai travail.",
    ),
    ("abuse", "FR", "fr", "Allez donc bosser, ça vous passera."),
]

SOUND = [
    (
        "GB",
        "en",
        "Try working shorter shifts while the tendon settles, and see your GP if it is no better in six weeks.",
    ),
    (
        "GB",
        "en",
        "Get a job that lets you rest your back if you can; an occupational health review helps.",
    ),
    (
        "FR",
        "fr",
        "Trouvez un travail adapté à votre dos si possible ; la médecine du travail peut vous aider.",
    ),
    (
        "FR",
        "fr",
        "Allez travailler demain si la douleur le permet, et consultez si elle dure plus de six semaines.",
    ),
    (
        "GB",
        "en",
        "Let me guess which one hurts more: another test will tell, so book it with your GP this week.",
    ),
]

# An emergency question: the answer sends the reader to 999 and puts the rest of the day off.
SOUND_EMERGENCY = [
    (
        "GB",
        "en",
        "A head knock on apixaban with vomiting needs 999 now. The family lunch can wait.",
    ),
    (
        "FR",
        "fr",
        "Un choc à la tête sous anticoagulant avec des vomissements, c'est le 15 maintenant. Le repas peut attendre.",
    ),
]

# ... while care put off still blocks on an emergency question.
CAUGHT_EMERGENCY = [
    ("GB", "en", "A knock on the head is common. It can wait until your GP opens on Monday."),
    ("GB", "en", "Vomiting after a head knock settles. The scan can wait."),
]

REQUIRED = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), CAUGHT)
def test_the_contempt_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text + REQUIRED[lang], lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text + REQUIRED[lang], lang, j) == set()


@pytest.mark.parametrize(("j", "lang", "text"), SOUND_EMERGENCY)
def test_putting_the_rest_off_for_the_emergency_is_no_dismissal(
    j: str, lang: str, text: str
) -> None:
    assert blocks(text + REQUIRED[lang], lang, j, emergency=True) == set()


@pytest.mark.parametrize(("j", "lang", "text"), CAUGHT_EMERGENCY)
def test_care_put_off_still_blocks_on_an_emergency(j: str, lang: str, text: str) -> None:
    assert {kind for kind, _span in blocks(text + REQUIRED[lang], lang, j, emergency=True)} & {
        "false_reassurance",
        "emergency_block",
    }
