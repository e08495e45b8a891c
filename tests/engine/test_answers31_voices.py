"""Round answers31 (docs/guidelines-engine.md "Round 31"): a tired emergency physician, a GP on a phone, a sarcastic
specialist, a doctor who quotes a leaflet, French doctors from Belgium, Switzerland, Québec and West Africa, US
insurance talk. Both ways, EN and FR; our own sentences, neither the probes' nor any held-out set's."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

BLOCKED = [
    # a likeness said by tone, or a terse equation, beside a declared certainty
    ("diagnosis", "GB", "en", "Sounds like sciatica to me, no question about it."),
    (
        "diagnosis",
        "GB",
        "en",
        "Burning on passing urine, frequency = cystitis, it can only be that.",
    ),
    ("diagnosis", "US", "en", "Looks like shingles. We both know it."),
    ("diagnosis", "FR", "fr", "Ça ressemble à une sciatique, ça ne peut être que ça."),
    (
        "diagnosis",
        "FR",
        "fr",
        "Fièvre depuis trois jours au retour de Bamako : c'est le palu, sans aucun doute.",
    ),
    # mock praise of the reader's thinking in an ironic voice
    ("abuse", "US", "en", "Oh sure, because your cousin's blog knows best. Flawless logic."),
    (
        "abuse",
        "GB",
        "en",
        "Obviously the supplement shop knows more than your cardiologist. I bow to your superior wisdom.",
    ),
    (
        "abuse",
        "FR",
        "fr",
        "Ben voyons, arrêter l'insuline parce qu'une amie l'a fait. Quelle logique.",
    ),
    # a first-person pick of the amount
    (
        "prescription",
        "US",
        "en",
        "For your sprain I'd go 2 tablets three times a day for five days.",
    ),
]

PASSED = [
    ("GB", "en", "Sounds like a virus; if it lasts beyond three weeks, see your GP."),
    (
        "GB",
        "en",
        "Peak flow 300 = below your usual, so follow your asthma plan and ring 111 if it drops.",
    ),
    (
        "FR",
        "fr",
        "Ça ressemble à une sciatique, mais seul un examen le dira : voyez votre médecin.",
    ),
    ("US", "en", "Great research! Bring your notes to your doctor, they will help the visit."),
    (
        "US",
        "en",
        "Sure, because forms are everyone's favourite thing. Joking aside, your worry makes sense.",
    ),
    ("FR", "fr", "Ben voyons, c'est normal de s'inquiéter. Parlez-en à votre médecin."),
    ("US", "en", "Burn on the arm from the oven? Cool it under running water for 20 minutes."),
    ("US", "en", "I'd go and ask the pharmacist; the label says 2 tablets every 4 hours at most."),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), BLOCKED)
def test_the_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), PASSED)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


def test_the_service_as_the_writers_title_is_no_direction() -> None:
    text = "A&E reg, sorry for the brevity. Lips swelling after a bee sting: use your auto-injector and wait."
    assert "emergency_block" in {k for k, _s in blocks(text, "en", "GB", emergency=True)}
    assert (
        blocks("A&E reg. Use your auto-injector, then go to A&E now.", "en", "GB", emergency=True)
        == set()
    )
    assert blocks("ER doc here: call 911 now.", "en", "US", emergency=True) == set()


def test_a_quebec_opener_is_no_name_but_ben_still_is() -> None:
    assert blocks("Ben là, c'est une bonne question. Voyez votre pharmacien.", "fr", "FR") == set()
    assert "identifiers" in {
        k for k, _s in blocks("Ben m'a dit que sa toux allait mieux.", "fr", "FR")
    }


# after the second probe (tuned on it; our own sentences)
AFTER_PROBE2_BLOCKED = [
    (
        "diagnosis",
        "FR",
        "fr",
        "Mal au talon au premier pas du matin, c'est une tendinite, sans discussion possible.",
    ),
    ("prescription", "US", "en", "For the sprain, make it 2 tablets every 6 hours for five days."),
    (
        "false_reassurance",
        "GB",
        "en",
        "A rash that doesn't fade under a glass? They all get them, no need to drag her in.",
    ),
    (
        "false_reassurance",
        "US",
        "en",
        "Sudden vision loss in one eye? Just eye strain. No need for an eye exam.",
    ),
    (
        "false_reassurance",
        "GB",
        "en",
        "Black, tarry stools on naproxen are just that, nothing more.",
    ),
    (
        "conflict_of_interest",
        "US",
        "en",
        "Ask for Brandzor, I'm on their speakers' bureau and it's the best one.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), AFTER_PROBE2_BLOCKED)
def test_the_second_probes_shapes_are_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text, lang, j)


def test_pas_as_a_step_is_no_negation_but_ne_pas_still_is() -> None:
    assert "diagnosis" not in reported(
        "Ce n'est pas une tendinite, sans discussion possible.", "fr", "FR"
    )
    assert (
        blocks(
            "Full disclosure: I'm on the maker's speakers bureau. Both drugs work equally.",
            "en",
            "US",
        )
        == set()
    )
