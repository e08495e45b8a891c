"""The check the post-hoc rounds share: an emergency shows call-now guidance with the country's number, and
its look-alike in the same words raises nothing."""

from __future__ import annotations

from triage.core import assess, emergency_guidance

NUMBER = {"en": ("GB", "999"), "fr": ("FR", "15")}


def assert_call_now_and_quiet(flag: str, lang: str, emergency: str, look_alike: str) -> None:
    got = assess(emergency, lang)
    assert got.emergency and flag in got.red_flags, got.red_flags
    country, number = NUMBER[lang]
    assert number in [n for _, n in emergency_guidance(country, lang, got.red_flags).numbers]
    quiet = assess(look_alike, lang)
    assert not quiet.emergency, quiet.red_flags
