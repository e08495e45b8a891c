"""Discriminators that hold whatever the condition (round 14): spoken French without "ne", a tongue
swelling now, abnormal breathing in a collapsed person, heat in everyday French. Written from the
published criteria (NHS angioedema/anaphylaxis, Resuscitation Council UK, Santé publique France),
after blind9 showed them missing; probes are our own, both ways."""

import pytest

from triage.core import assess
from triage.core.patterns import _ne_optional

EMERGENCIES = [
    ("il s'est effondré, il répond pas et il respire bizarrement", "fr"),
    ("mon père est tombé d'un coup, il réagit plus du tout", "fr"),
    ("elle respire plus, venez vite", "fr"),
    ("she collapsed at the gym and is making snoring noises, won't respond", "en"),
    ("he went down and is gasping every few seconds", "en"),
    ("my tongue has been swelling up since lunch and I sound muffled", "en"),
    ("his tongue is getting swollen, he takes ramipril", "en"),
    ("sa langue gonfle depuis midi, il parle bizarrement", "fr"),
    (
        "après une journée sous la chaleur, elle a 40,5, ne transpire plus et dit des choses sans sens",
        "fr",
    ),
]

NOT_EMERGENCIES = [
    ("il répond pas à mes messages depuis hier", "fr"),
    ("il ronfle fort la nuit, est-ce de l'apnée ?", "fr"),
    ("my husband snores loudly at night", "en"),
    ("can a swollen tongue be a side effect of ACE inhibitors?", "en"),
    ("my tongue was swollen last year after ramipril, it settled in a day", "en"),
    ("ma gorge est gonflée et rouge depuis 3 jours avec une angine", "fr"),
    ("throat swollen and sore with tonsillitis, I can swallow fine", "en"),
    ("mon fils se réveille encore trois fois par nuit, c'est normal ?", "fr"),
    ("il fait très chaud au bureau, combien d'eau boire ?", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), EMERGENCIES)
def test_the_discriminator_raises_the_emergency(text: str, lang: str) -> None:
    assert assess(text, lang).emergency, text


@pytest.mark.parametrize(("text", "lang"), NOT_EMERGENCIES)
def test_the_look_alike_stays_quiet(text: str, lang: str) -> None:
    assert not assess(text, lang).emergency, text


def test_ne_is_optional_only_before_the_second_part_of_the_negation() -> None:
    assert _ne_optional("ne repond (?:plus|pas)") == "(?:ne )?repond (?:plus|pas)"
    # a bare "ne" carries the negation alone: "se réveille" without it is the opposite
    assert _ne_optional("ne se reveille|n'arrive pas") == "ne se reveille|(?:n')?arrive pas"
    # "n'" before a vowel is dropped as well ("j'arrive plus à respirer"), with the same condition
    assert _ne_optional("n'a qu'un rein") == "n'a qu'un rein"
    assert _ne_optional("une fois|aucune reaction pas") == "une fois|aucune reaction pas"
    assert _ne_optional("(?<!ne )pas") == "(?<!ne )pas"  # look-behinds keep their fixed width


def test_a_time_window_emergency_sends_to_a_and_e_first_with_the_number_as_fallback() -> None:
    from triage.core import emergency_guidance

    result = assess("a stray dog bit my hand in Morocco and it bled, I never had rabies jabs", "en")
    guidance = emergency_guidance("GB", "en", result.red_flags)
    assert guidance.message.startswith("Go to A&E / the emergency department now")
    assert "999" in guidance.message and any(n == "999" for _, n in guidance.numbers)
    fr = emergency_guidance("FR", "fr", result.red_flags)
    assert fr.message.startswith("Rendez-vous maintenant aux urgences") and "15" in fr.message


def test_time_window_guidance_carries_its_first_aid() -> None:
    from triage.core import emergency_guidance

    bite = assess("a stray dog bit my hand in Morocco and it bled", "en")
    assert (
        "soap and running water for 15 minutes"
        in emergency_guidance("GB", "en", bite.red_flags).message
    )
    tooth = assess("une dent définitive de ma fille est sortie en entier avec la racine", "fr")
    assert "par la couronne" in emergency_guidance("FR", "fr", tooth.red_flags).message
