"""Red flags: each emergency phrased many ways in English and French, negated forms, hard negatives."""

from __future__ import annotations

import pytest

from tests.triage_core.cases import BENIGN, HARD_NEGATIVES, MORE_POSITIVE, NEGATED, POSITIVE
from tests.triage_core.groups_round5 import NEW_FLAGS
from tests.triage_core.groups_round6 import NEW_FLAGS as ROUND6_NEW_FLAGS
from tests.triage_core.groups_round7 import NEW_FLAGS as ROUND7_NEW_FLAGS
from tests.triage_core.groups_round8 import NEW_FLAGS as ROUND8_NEW_FLAGS
from tests.triage_core.groups_round9 import NEW_FLAGS as ROUND9_NEW_FLAGS
from tests.triage_core.groups_round10 import NEW_FLAGS as ROUND10_NEW_FLAGS
from tests.triage_core.groups_round11 import NEW_FLAGS as ROUND11_NEW_FLAGS
from tests.triage_core.groups_round12 import NEW_FLAGS as ROUND12_NEW_FLAGS
from tests.triage_core.groups_round13 import NEW_FLAGS as ROUND13_NEW_FLAGS
from tests.triage_core.groups_round15 import NEW_FLAGS as ROUND15_NEW_FLAGS
from tests.triage_core.test_round28 import NEW_FLAGS as ROUND28_NEW_FLAGS
from tests.triage_core.test_round38_blind31 import NEW_FLAGS as ROUND38_NEW_FLAGS
from triage.core import RED_FLAGS, assess, emergency_guidance

POSITIVE_CASES = [
    pytest.param(code, lang, text, id=f"{code}-{lang}-{i}")
    for code, langs in POSITIVE.items()
    for lang, texts in langs.items()
    for i, text in enumerate(texts)
]
NEGATED_CASES = [
    pytest.param(code, lang, text, id=f"{code}-{lang}-{i}")
    for code, langs in NEGATED.items()
    for lang, texts in langs.items()
    for i, text in enumerate(texts)
]


@pytest.mark.parametrize(("code", "lang", "text"), POSITIVE_CASES)
def test_emergency_phrasing_raises_its_red_flag(code: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert code in result.red_flags
    assert result.emergency
    assert result.urgency == "emergency"


@pytest.mark.parametrize(("code", "lang", "text"), NEGATED_CASES)
def test_negated_emergency_raises_no_red_flag(code: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert result.red_flags == ()
    assert not result.emergency
    assert result.urgency != "emergency"


@pytest.mark.parametrize(("lang", "text"), HARD_NEGATIVES)
def test_alarming_words_that_are_not_an_emergency_now(lang: str, text: str) -> None:
    assert assess(text, lang).red_flags == ()


@pytest.mark.parametrize(("code", "text"), MORE_POSITIVE)
def test_more_emergency_phrasings(code: str, text: str) -> None:
    assert code in assess(text).red_flags


@pytest.mark.parametrize("text", BENIGN)
def test_everyday_questions_raise_no_red_flag(text: str) -> None:
    assert assess(text).red_flags == ()


def test_every_red_flag_is_phrased_five_ways_in_each_language() -> None:
    required = set(RED_FLAGS) - {"cauda_equina", "severe_burn"}  # extras, tested below
    required -= set(NEW_FLAGS)  # round 5: phrased in groups_round5
    required -= set(ROUND6_NEW_FLAGS)  # round 6: phrased in groups_round6
    required -= set(ROUND7_NEW_FLAGS)  # round 7: phrased in groups_round7
    required -= set(ROUND8_NEW_FLAGS)  # round 8: phrased in groups_round8
    required -= set(ROUND9_NEW_FLAGS)  # round 9: phrased in groups_round9
    required -= set(ROUND10_NEW_FLAGS)  # round 10: phrased in groups_round10
    required -= set(ROUND11_NEW_FLAGS)  # round 11: phrased in groups_round11
    required -= set(ROUND12_NEW_FLAGS)  # round 12: phrased in groups_round12
    required -= set(ROUND13_NEW_FLAGS)  # round 13: phrased in groups_round13
    required -= set(ROUND15_NEW_FLAGS)  # round 15: phrased in groups_round15
    required -= set(ROUND28_NEW_FLAGS)  # round 28: phrased in test_round28
    required -= set(ROUND38_NEW_FLAGS)  # round 38 (blind31): phrased in test_round38_blind31
    for code in required:
        assert code in POSITIVE, code
        for lang in ("en", "fr"):
            assert len(POSITIVE[code][lang]) >= 5, (code, lang)
            assert len(NEGATED[code][lang]) >= 1, (code, lang)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("severe back pain and numbness around my bottom and genitals", "cauda_equina"),
        ("mal de dos avec perte de contrôle de la vessie", "cauda_equina"),
        ("my son has a large burn on his chest from boiling water", "severe_burn"),
        ("brûlure grave au visage avec de l'huile", "severe_burn"),
    ],
)
def test_extra_emergencies(text: str, code: str) -> None:
    assert code in assess(text).red_flags


@pytest.mark.parametrize(
    "text",
    [
        "MY DAD HAS CRUSHING CHEST PAIN GOING DOWN HIS LEFT ARM",
        "my dad has crushing chest pian going down his left arm",
        "my dad has crushin chest pain goin down his left arm",
        "my dad has crushing cheast pain going down his left arm",
        "Mon père a une douleur à la poitrine qui descend dans le bras gauche",
        "mon pere a une douleur a la poitrinne qui descend dans le bras gauche",
        "MON PÈRE A UNE DOULEUR THORACIQUE ET IL TRANSPIRE",
        "mon pere a une douleur toracique et il transpire",
    ],
)
def test_case_accents_and_typos_do_not_hide_a_heart_attack(text: str) -> None:
    assert assess(text).red_flags == ("acute_coronary_syndrome",)


def test_third_party_and_relative_presentations_count() -> None:
    assert assess("my dad has crushing chest pain going down his left arm").emergency
    assert assess("ma fille de 15 ans veut se suicider", "fr").emergency
    assert assess("my wife's face is drooping and she can't speak properly").emergency


def test_negation_stops_at_but_and_mais() -> None:
    assert assess("no fever but crushing chest pain with sweating").red_flags == (
        "acute_coronary_syndrome",
    )
    assert assess(
        "pas de fièvre mais une douleur thoracique qui irradie dans le bras", "fr"
    ).emergency


def test_negation_of_one_symptom_leaves_the_other() -> None:
    # Chest pain denied: arm pain alone is no heart-attack flag.
    assert assess("no chest pain, but my left arm hurts").red_flags == ()
    # Breathlessness denied, yet chest pain + sweating remains an emergency.
    assert assess("chest pain and sweating, not short of breath").red_flags == (
        "acute_coronary_syndrome",
    )


def test_chest_pain_alone_is_urgent_not_emergency() -> None:
    for text in ("I have chest pain", "j'ai mal à la poitrine"):
        result = assess(text)
        assert not result.emergency
        assert result.urgency == "urgent"


def test_muscular_chest_pain_after_gym_is_urgent_at_most() -> None:
    result = assess("chest pain after gym, clearly muscular when I press on it")
    assert not result.emergency
    assert result.urgency == "urgent"


def test_past_stroke_in_family_is_not_an_emergency_but_a_current_one_is() -> None:
    assert not assess("my grandmother died of a stroke years ago").emergency
    assert assess("I had a stroke 2 years ago and now my face is drooping again").emergency


def test_each_positive_gets_country_guidance_at_once() -> None:
    # What the portal does on submission: no queue, no worker, just these two calls.
    for langs in POSITIVE.values():
        for lang, texts in langs.items():
            for text in texts:
                result = assess(text, lang)
                guidance = emergency_guidance("FR", lang, result.red_flags)
                assert guidance.numbers[0] == (guidance.numbers[0][0], "15")


def test_passive_and_idiomatic_suicidal_thoughts_show_the_crisis_line() -> None:
    for text in ("envie de me foutre en l'air", "I want to end it all", "je veux en finir"):
        result = assess(text)
        assert result.red_flags == ("suicide_risk",)
        numbers = [n for _, n in emergency_guidance("FR", "fr", result.red_flags).numbers]
        assert "3114" in numbers
