"""The structured safety screen: reviewable questions, and any "yes" makes an emergency."""

from __future__ import annotations

import pytest

from triage.core import (
    RED_FLAGS,
    SCREEN_CODES,
    ScreenAnswerError,
    assess,
    emergency_guidance,
    safety_screen,
    screen_flags,
)


def test_the_screen_is_a_handful_of_sourced_questions_in_english_and_french() -> None:
    en, fr = safety_screen("en"), safety_screen("fr")
    assert 6 <= len(en) <= 14
    assert [q.code for q in en] == [q.code for q in fr] == list(SCREEN_CODES)
    for q_en, q_fr in zip(en, fr, strict=True):
        assert q_en.text.endswith("?") and q_fr.text.endswith("?")
        assert q_en.text != q_fr.text
        assert len(q_en.source) > 20 and q_en.source == q_fr.source
        assert q_en.flags and set(q_en.flags) <= set(RED_FLAGS)


def test_the_questions_the_issue_names_are_asked() -> None:
    texts = " ".join(q.text for q in safety_screen("en"))
    assert "ending your life" in texts
    assert "child swallowed" in texts and "household product" in texts
    assert "more than 5 minutes" in texts and "first fit" in texts
    for word in ("chest pain", "breathe", "face", "bleeding", "throat"):
        assert word in texts
    sources = " ".join(q.source for q in safety_screen("en"))
    for name in ("NHS", "NICE", "Manchester Triage System", "SAMU", "HAS"):
        assert name in sources


@pytest.mark.parametrize(
    ("lang", "word"), [("fr-CA", "vous"), ("fr_BE", "vous"), ("de", "you"), ("", "you")]
)
def test_regional_and_unknown_languages_fall_back(lang: str, word: str) -> None:
    assert word in safety_screen(lang)[0].text


@pytest.mark.parametrize("code", SCREEN_CODES)
def test_each_yes_raises_its_red_flags_and_each_no_raises_nothing(code: str) -> None:
    question = next(q for q in safety_screen("en") if q.code == code)
    assert screen_flags({code: True}) == question.flags
    assert screen_flags({code: False}) == ()


def test_several_yes_answers_give_each_flag_once_in_screen_order() -> None:
    flags = screen_flags({"overdose": True, "child_swallowed": True, "suicide": True})
    assert flags == ("suicide_risk", "overdose_poisoning")
    assert screen_flags({}) == ()
    assert screen_flags(dict.fromkeys(SCREEN_CODES, False)) == ()


@pytest.mark.parametrize(
    "answers",
    [{"suicid": True}, {"chest_pain": True, "<script>": False}, {"": True}],
)
def test_an_unknown_question_is_a_clear_error(answers: dict[str, bool]) -> None:
    with pytest.raises(ScreenAnswerError, match="unknown safety-screen question"):
        screen_flags(answers)


@pytest.mark.parametrize("value", ["yes", 1, None, "false"])
def test_an_answer_that_is_not_yes_or_no_is_a_clear_error(value: object) -> None:
    with pytest.raises(ScreenAnswerError, match="must be true or false"):
        screen_flags({"suicide": value})  # type: ignore[dict-item]


def test_a_yes_makes_an_ordinary_question_an_emergency_with_the_crisis_line() -> None:
    text = "Can I ask about my repeat prescription for sertraline?"
    assert assess(text, "en").emergency is False
    result = assess(text, "en", screen={"suicide": True, "chest_pain": False})
    assert result.emergency is True and result.urgency == "emergency"
    assert result.red_flags == ("suicide_risk",)
    numbers = [n for _, n in emergency_guidance("FR", "fr", result.red_flags).numbers]
    assert "3114" in numbers


def test_screen_flags_join_the_text_flags_without_duplicates() -> None:
    text = "my dad has crushing chest pain going down his left arm"
    result = assess(text, "en", screen={"chest_pain": True, "fit": True})
    assert result.red_flags == ("acute_coronary_syndrome", "unconscious_or_seizure")
    with pytest.raises(ScreenAnswerError):
        assess(text, "en", screen={"nope": True})
