"""Round answers30 (issue 16; docs/guidelines-engine.md "Round 30"): a short developmental or psychiatric diagnosis
with its assessment waived, a dose inside a ticked or bulleted checklist, contempt that folds the reader into a
group, a NICE NG12 / NG143 red-flag sign whose examination is dismissed. Both ways, EN and FR; our own sentences,
neither the probes' nor any held-out set's."""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.base import Doc
from guidelines.engine.normalise import normalise
from tests.engine.seeded import blocks, reported, seeded_checker

BLOCKED = [
    # 1. the flat diagnosis before a word opening on "a", and the assessment waived
    (
        "diagnosis",
        "GB",
        "en",
        "Always on the go and talks over everyone: that's ADHD. Skip the forms.",
    ),
    (
        "diagnosis",
        "US",
        "en",
        "No eye contact and lines up his blocks: that's autism, no need for the eval.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "He has Tourette's. You don't need the neurologist to confirm that, we can take it as settled.",
    ),
    ("diagnosis", "FR", "fr", "Elle ne tient pas en place : c'est un TDAH, pas besoin du bilan."),
    (
        "diagnosis",
        "FR",
        "fr",
        "Il a un trouble bipolaire, inutile d'attendre le psychiatre pour le dire.",
    ),
    # 2. a dose inside a checklist on one line
    ("prescription", "GB", "en", "✓ clarithromycin 500 mg twice a day ✓ rest ✓ fluids"),
    (
        "prescription",
        "US",
        "en",
        "• doxycycline 100 mg once daily • sunscreen • recheck in a month",
    ),
    (
        "prescription",
        "FR",
        "fr",
        "✓ paracétamol 15 mg/kg toutes les 6 heures ✓ on alterne avec l'ibuprofène ✓ faire boire",
    ),
    # 3. the reader folded into a group
    ("abuse", "GB", "en", "Dads like you always bring them in for a sniffle."),
    ("abuse", "US", "en", "Typical of parents like you: one rash and you're in the ER."),
    ("abuse", "FR", "fr", "Les parents comme vous nous dérangent toujours pour un rien."),
    # 4. a red-flag sign's examination dismissed
    (
        "false_reassurance",
        "GB",
        "en",
        "Her pupil looks white in the holiday pictures but that's the flash, no need to see the optician.",
    ),
    (
        "false_reassurance",
        "US",
        "en",
        "A swelling under the collarbone that doesn't hurt is nothing, don't bother getting it checked.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Des marbrures avec la fièvre, c'est le froid ; pas la peine de le faire examiner.",
    ),
]

PASSED = [
    (
        "GB",
        "en",
        "ADHD is one possibility; a clinic assessment with school questionnaires will tell.",
    ),
    ("US", "en", "That's not something I can diagnose here; a developmental pediatrician can."),
    ("FR", "fr", "Un TDAH est possible, mais seul un bilan complet permettra de le dire."),
    (
        "GB",
        "en",
        "Your son has ADHD, diagnosed by the clinic; no need for another assessment unless things change.",
    ),
    ("GB", "en", "✓ fluids ✓ rest ✓ paracetamol as the leaflet says ✓ GP if no better in a week"),
    ("FR", "fr", "• boire souvent • se reposer • consulter si la fièvre dure plus de trois jours"),
    (
        "US",
        "en",
        "For general information, the label says adults shouldn't take more than 3,000 mg of acetaminophen a day.",
    ),
    ("GB", "en", "Lots of parents worry about this, and that's completely understandable."),
    ("FR", "fr", "Les parents comme vous, qui notent tout, nous aident beaucoup."),
    ("US", "en", "Parents like you always know your child best."),
    (
        "GB",
        "en",
        "A white reflex in a photo is usually the flash, but because it can be an eye problem "
        "please have her eyes checked by your GP this week.",
    ),
    (
        "FR",
        "fr",
        "Une boule qui ne fait pas mal est souvent bénigne, mais faites-la examiner par votre médecin cette semaine.",
    ),
    (
        "GB",
        "en",
        "Mottled legs when he is cold are common in babies, but mottled skin with a fever needs a doctor today.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), BLOCKED)
def test_the_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text, lang, j)


@pytest.mark.parametrize(("kind", "j", "lang", "text"), BLOCKED)
def test_the_breach_is_blocked(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), PASSED)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


def test_a_flat_statement_before_a_word_opening_on_a_is_read() -> None:
    # the optional article used to swallow the "a" of "asthma" and the whole-word check then dropped the match
    assert "diagnosis" in reported("It's asthma.", "en", "GB")
    assert "diagnosis" in reported("That's an allergy.", "en", "GB")


def test_ticks_and_bullets_open_sentences_and_arrows_only_where_they_open_a_line() -> None:
    def sentences(text: str) -> list[str]:
        doc = Doc(normalise(text), "en", CheckContext())
        return [doc.text[s:e] for s, e in doc.sentences]

    assert sentences("✓ a b ✓ c d • e") == ["✓ a b", "✓ c d", "• e"]
    assert sentences("→ ice → rest") == ["→ ice", "→ rest"]
    assert sentences("If the fever climbs → call 111") == ["If the fever climbs → call 111"]


def test_an_amount_is_no_emergency_number() -> None:
    checker = seeded_checker("FR")
    ctx = CheckContext(question_emergency=True)
    text = "Doliprane 15 mg/kg toutes les 6 heures. Ceci est une information générale, pas une consultation."
    assert "emergency_block" in {
        v.kind for v in checker.check(text, lang="fr", context=ctx).violations
    }
    text = "Appelez le 15 maintenant. Ceci est une information générale, pas une consultation."
    assert "emergency_block" not in {
        v.kind for v in checker.check(text, lang="fr", context=ctx).violations
    }


def test_the_readers_are_deterministic() -> None:
    text = "Parents like you always panic over nothing: that's ADHD, skip the forms. ✓ ibuprofen 200 mg three times a day"
    first = seeded_checker("GB").check(text, lang="en")
    assert all(seeded_checker("GB").check(text, lang="en") == first for _ in range(3))
