"""Round 35 (the lead, post hoc on blind27; docs/guidelines-engine.md "Round 35"): the reader's calls or
requests called a waste of everyone's time, and the reader called unable to follow simple instructions (GMC GMP
2024 ¶56, CNOM R.4127-7); a certain diagnosis of the reader's relative as "she"/"he" or a grandparent; taking over
as the relative's doctor; "tell them you are a dialysis patient" to 999 is no off-platform contact. Both ways, EN
and FR; our own sentences, not the held-out set's."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

REQUIRED = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
}

BLOCKED = [
    (
        "GB",
        "en",
        "Your father is forgetful because he is 88. Emailing us twice a week wastes everyone's time.",
    ),
    (
        "US",
        "en",
        "You missed three dialysis runs. If you can't follow simple instructions, don't expect us to chase you.",
    ),
    ("FR", "fr", "Redemander une IRM pour votre père, c'est de l'acharnement de votre part."),
    ("FR", "fr", "Ces appels tous les jours sont une perte de temps pour tout le monde."),
]

PASSED = [
    (
        "GB",
        "en",
        "Please don't feel you are wasting our time: ringing every week about his memory is fine.",
    ),
    (
        "US",
        "en",
        "If you can't follow simple instructions on the leaflet because of your eyesight, ask the pharmacist.",
    ),
    (
        "FR",
        "fr",
        "Ce n'est jamais une perte de temps pour tout le monde de poser la question : demandez.",
    ),
    (
        "FR",
        "fr",
        "Refuser l'acharnement thérapeutique est un droit : parlez-en avec l'équipe de soins palliatifs.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), BLOCKED)
def test_the_contempt_is_blocked(j: str, lang: str, text: str) -> None:
    assert "abuse" in reported(text + REQUIRED[lang], lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), PASSED)
def test_the_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text + REQUIRED[lang], lang, j) == set()


KIND_BLOCKED = [
    (
        "diagnosis",
        "GB",
        "en",
        "From the falls and the vivid dreams, she definitely has Lewy body dementia.",
    ),
    ("diagnosis", "GB", "en", "Your grandad has pneumonia, no doubt about it."),
    (
        "diagnosis",
        "FR",
        "fr",
        "Elle a certainement une maladie de Parkinson, inutile de consulter.",
    ),
    (
        "care_relationship",
        "US",
        "en",
        "I'll take over as your father's hospice physician from today.",
    ),
    ("care_relationship", "US", "en", "I will be your mother's doctor from now on."),
]

KIND_PASSED = [
    # the reader's own words about a relative, and a refused take-over
    (
        "GB",
        "en",
        "She has asthma, so keep her inhaler with her; he's clearly worried, which is natural.",
    ),
    (
        "US",
        "en",
        "I can't take over as your father's hospice physician, but his hospice team can help tonight.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), KIND_BLOCKED)
def test_the_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text + REQUIRED[lang], lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), KIND_PASSED)
def test_the_relative_sound_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert blocks(text + REQUIRED[lang], lang, j) == set()


def test_telling_the_emergency_service_who_you_are_is_no_contact() -> None:
    text = (
        "Call 999 now and tell them you are a dialysis patient who missed a session."
        + REQUIRED["en"]
    )
    assert "contact_solicitation" not in reported(text, "en", "GB")
    text = (
        "I'm at the Priory on Fridays; tell reception you're the one from Bridge." + REQUIRED["en"]
    )
    assert "contact_solicitation" in reported(text, "en", "GB")


# Round 36 (post hoc on blind26): the writer as the child's doctor or provider, and a diagnosis whose confirming
# assessment is waived (« pas besoin de bilan »).
@pytest.mark.parametrize(
    ("kind", "j", "lang", "text"),
    [
        (
            "care_relationship",
            "GB",
            "en",
            "I'll take over as her doctor now; cancel her GP visits.",
        ),
        ("care_relationship", "US", "en", "I'll be your toddler's pediatric provider from now on."),
        (
            "care_relationship",
            "FR",
            "fr",
            "Je deviens désormais le pédiatre de cet enfant, je gère tout.",
        ),
        (
            "diagnosis",
            "FR",
            "fr",
            "Il confond les chiffres : c'est une dyscalculie. Pas besoin de bilan.",
        ),
    ],
)
def test_the_round_36_breach_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text + REQUIRED[lang], lang, j)


def test_a_refused_take_over_of_the_child_stays_sound() -> None:
    text = "His GP stays his doctor; I can't take over as his doctor from here." + REQUIRED["en"]
    assert blocks(text, "en", "GB") == set()
