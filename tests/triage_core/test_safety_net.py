"""The middle tier: safety-net advice where signals are partial, and one line per specialty."""

from __future__ import annotations

import pytest

from triage.core import PARTIAL_SIGNALS, SPECIALTIES, assess, safety_net
from triage.core.assess import LEARNED_PARTIAL, model


@pytest.mark.parametrize("specialty", sorted(SPECIALTIES))
@pytest.mark.parametrize(
    ("country", "lang", "number", "word"),
    [("FR", "fr", "15", "Appelez"), ("GB", "en", "999", "all"), ("US", "en-US", "911", "all"),
     ("zz", "fr_BE", "112", "appelez"), ("", "de", "112", "all")],
)  # fmt: skip
def test_every_specialty_page_has_a_safety_net_line_with_the_countrys_number(
    specialty: str, country: str, lang: str, number: str, word: str
) -> None:
    net = safety_net(specialty, lang, country)
    assert len(net.lines) == 1
    assert number in net.text and word.lower() in net.text.lower()
    assert "{" not in net.text and "}" not in net.text


def test_the_specialty_lines_differ_and_an_unknown_specialty_gets_general_practice() -> None:
    lines = {safety_net(code, "en", "GB").text for code in SPECIALTIES}
    assert len(lines) == len(SPECIALTIES)
    assert safety_net("astrology", "en", "GB") == safety_net("general_practice", "en", "GB")


def test_every_partial_signal_is_an_urgency_cue_with_a_line_in_both_languages() -> None:
    # Every partial signal comes from an urgency cue, except the learned evidence's middle tier.
    assert {cue.code for cue in model().cues} | {LEARNED_PARTIAL} >= PARTIAL_SIGNALS
    for code in PARTIAL_SIGNALS:
        en = safety_net("general_practice", "en", "GB", [code]).lines[0]
        fr = safety_net("general_practice", "fr", "FR", [code]).lines[0]
        assert "999" in en and "15" in fr and en != fr


@pytest.mark.parametrize(
    ("text", "lang", "signal", "phrase"),
    [
        ("I get chest pain when I climb the stairs", "en", "chest_pain", "spreads to your arm"),
        ("j'ai mal dans la poitrine quand je monte les escaliers", "fr", "chest_pain", "s'étend au bras"),
        ("my son had a fit this morning, it stopped after a minute", "en", "seizure_recovered", "more than 5 minutes"),
        ("il s'est cogné la tête contre la porte, il va bien", "fr", "head_injury", "anticoagulants"),
        ("my lips have swollen up after eating prawns, breathing is fine", "en", "lip_swelling", "auto-injector"),
    ],
)  # fmt: skip
def test_partial_signals_give_if_then_call_advice_instead_of_nothing(
    text: str, lang: str, signal: str, phrase: str
) -> None:
    result = assess(text, lang)
    assert result.emergency is False
    assert signal in result.partial
    net = safety_net(result.specialty, lang, "FR" if lang == "fr" else "GB", result.partial)
    assert len(net.lines) == len(result.partial) + 1
    assert phrase in net.lines[result.partial.index(signal)]
    assert ("15" if lang == "fr" else "999") in net.lines[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I can't do this anymore", "en"), ("la vie n'a plus de sens, je veux partir", "fr")],
)
def test_hopelessness_alone_is_no_emergency_but_gets_the_mental_health_safety_net(
    text: str, lang: str
) -> None:
    result = assess(text, lang)
    assert result.emergency is False and "mental_distress" in result.partial
    line = safety_net(result.specialty, lang, "FR", result.partial).lines[0]
    assert "15" in line


def test_no_partial_signal_for_an_emergency_or_a_plain_question() -> None:
    assert assess("crushing chest pain down my left arm").partial == ()
    assert assess("can I take vitamin D with my statin?").partial == ()


def test_the_preview_shape_is_unchanged() -> None:
    result = assess("I get chest pain when I climb the stairs")
    assert result.partial and set(result.to_dict()) == {
        "emergency", "red_flags", "urgency", "specialty"
    }  # fmt: skip


def test_an_unknown_partial_signal_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown safety-net signal"):
        safety_net("cardiology", "en", "GB", ["chest_pian"])


def test_repeated_signals_give_one_line_each() -> None:
    net = safety_net("cardiology", "en", "gb", ["chest_pain", "chest_pain", "breathless"])
    assert len(net.lines) == 3 and net.country == "GB"
    assert net.to_dict()["lines"] == list(net.lines)
