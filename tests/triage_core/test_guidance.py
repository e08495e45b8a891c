"""Emergency guidance per country and language."""

from __future__ import annotations

import pytest

from triage.core import GUIDANCE_COUNTRIES, EmergencyGuidance, emergency_guidance


def numbers(guidance: EmergencyGuidance) -> list[str]:
    return [number for _, number in guidance.numbers]


def test_france_gives_samu_112_and_deaf_sms_in_french() -> None:
    g = emergency_guidance("FR", "fr", ["acute_coronary_syndrome"])
    assert numbers(g) == ["15", "112", "114"]
    assert g.lang == "fr"
    assert "Appelez le 15" in g.message
    assert "urgence" in g.headline
    assert "3114" not in numbers(g)


def test_france_adds_3114_for_suicidal_thoughts_right_after_15() -> None:
    g = emergency_guidance("FR", "fr", ["suicide_risk"])
    assert numbers(g)[:2] == ["15", "3114"]
    assert "3114" in g.message
    assert "prévention du suicide" in {n: label for label, n in g.numbers}["3114"]


def test_united_kingdom_999_111_and_samaritans() -> None:
    g = emergency_guidance("GB", "en", ["stroke"])
    assert numbers(g)[:2] == ["999", "111"]
    assert "116 123" not in numbers(g)
    assert "Call 999 now" in g.message
    assert "time the symptoms started" in g.message
    g = emergency_guidance("GB", "en", ["suicide_risk"])
    assert "116 123" in numbers(g)
    assert "Samaritans" in " ".join(label for label, _ in g.numbers)


def test_uk_alias_and_lower_case_country() -> None:
    assert emergency_guidance("uk", "en", ["stroke"]).country == "GB"
    assert numbers(emergency_guidance("gb", "en"))[0] == "999"


def test_united_states_911_988_and_poison_control() -> None:
    assert numbers(emergency_guidance("US", "en", ["stroke"])) == ["911"]
    assert numbers(emergency_guidance("US", "en", ["suicide_risk"])) == ["911", "988"]
    assert "1-800-222-1222" in numbers(emergency_guidance("US", "en", ["overdose_poisoning"]))


@pytest.mark.parametrize(
    ("country", "first", "crisis"),
    [
        ("BE", "112", "0800 32 123"),
        ("CH", "144", "143"),
        ("CA", "911", "988"),
        ("DE", "112", "0800 111 0 111"),
        ("IE", "112", "116 123"),
        ("LU", "112", "45 45 45"),
    ],
)
def test_other_countries(country: str, first: str, crisis: str) -> None:
    g = emergency_guidance(country, "fr", ["suicide_risk"])
    assert numbers(g)[0] == first
    assert crisis in numbers(g)
    assert numbers(emergency_guidance(country, "en", ["stroke"]))[0] == first
    assert crisis not in numbers(emergency_guidance(country, "en", ["stroke"]))


@pytest.mark.parametrize("country", ["JP", "", "ZZ", "Narnia"])
def test_unknown_country_falls_back_to_112(country: str) -> None:
    g = emergency_guidance(country, "en", ["stroke"])
    assert numbers(g) == ["112"]
    assert "112" in g.message
    g = emergency_guidance(country, "en", ["suicide_risk"])
    assert "112" in g.message


def test_unknown_language_falls_back_to_english_and_regional_codes_work() -> None:
    assert emergency_guidance("FR", "de", ["stroke"]).lang == "en"
    assert emergency_guidance("CA", "fr-CA", ["stroke"]).lang == "fr"
    assert "Appelez le 911" in emergency_guidance("CA", "fr_CA", ["stroke"]).message


def test_wording_is_in_the_users_language_for_every_country() -> None:
    for country in GUIDANCE_COUNTRIES:
        en = emergency_guidance(country, "en", ["acute_coronary_syndrome"])
        fr = emergency_guidance(country, "fr", ["acute_coronary_syndrome"])
        assert en.message.startswith("Call ")
        assert fr.message.startswith("Appelez ")
        assert en.numbers != fr.numbers  # labels translated
        assert numbers(en) == numbers(fr)


def test_no_flag_gives_the_general_numbers() -> None:
    g = emergency_guidance("FR", "en")
    assert numbers(g) == ["15", "112", "114"]
    assert "getting worse" in g.message


def test_mixed_flags_keep_emergency_message_and_crisis_line() -> None:
    g = emergency_guidance("GB", "en", ["overdose_poisoning", "suicide_risk"])
    assert g.message.startswith("Call 999 now")
    assert "116 123" in g.message
    assert "packaging" in g.message


def test_to_dict() -> None:
    d = emergency_guidance("US", "en", ["suicide_risk"]).to_dict()
    assert d["country"] == "US"
    assert d["numbers"] == [
        {"label": "Emergency services", "number": "911"},
        {"label": "988 Suicide & Crisis Lifeline (call or text)", "number": "988"},
    ]


def test_maternity_and_eye_flags_name_their_service_first_and_the_number_as_fallback() -> None:
    g = emergency_guidance("GB", "en", ["maternity_emergency"])
    assert g.message.startswith("Call your maternity unit now")
    assert "call 999 now" in g.message
    assert numbers(g)[0] == "999"
    g = emergency_guidance("FR", "fr", ["maternity_emergency"])
    assert g.message.startswith("Appelez maintenant la maternité")
    assert "appelez le 15" in g.message
    g = emergency_guidance("FR", "fr", ["eye_emergency"])
    assert "urgences ophtalmologiques" in g.message and "15" in g.message
    g = emergency_guidance("GB", "en", ["eye_emergency"])
    assert g.message.startswith("Go to eye casualty") and "Call 999" in g.message
    # With a flag that needs the emergency number, the number leads.
    g = emergency_guidance("GB", "en", ["eye_emergency", "stroke"])
    assert g.message.startswith("Call 999 now")
