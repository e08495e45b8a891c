"""Words the anonymiser may read as identifiers in sound answers, and the real identifiers beside them.

Welsh public services ("Iechyd Cyhoeddus Cymru", "GIG Cymru", "Ysbyty …"), the French idiom « (tout) de suite »
(at once, not a flat number), an emoji inside an "address", a bare day number read as a date of birth
(« c'est le 15 » is the SAMU), and a greeting name followed by an emoji rather than a comma (the asker's: a warning).
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import Checker, rule_from_dict
from guidelines.identifiers import compile_checker


@cache
def _checker() -> Checker:
    rule = rule_from_dict(
        {
            "code": "T-ID",
            "kind": "identifiers",
            "severity": "block",
            "title": "No identifiers",
            "explanation": "e",
            "source": "s",
        }
    )
    return compile_checker([rule])


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (v.severity, text[v.start : v.end]) for v in _checker().check(text, lang=lang).violations
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Screening leaflets from Iechyd Cyhoeddus Cymru come in Welsh and English."),
        ("en", "Ask GIG Cymru about the programme; Ysbyty Glan Clwyd runs the clinic."),
        ("fr", "Rendez-vous de suite 🚨 Une raideur de nuque avec de la fièvre, c'est le 15."),
        ("fr", "Appelez tout de suite ⚠️ Des lèvres bleues ne peuvent pas attendre."),
        ("fr", "Si votre enfant ne se réveille pas bien, c'est le 15, sans attendre."),
    ],
)
def test_sound_wording_is_no_identifier(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Coucou Margaux 😊 Pour une toux de trois jours, du repos suffit souvent.",
            "Margaux",
        ),
        ("en", "Hi Theo 👋\nA sore throat for two days is usually viral.", "Theo"),
    ],
)
def test_a_greeting_name_before_an_emoji_only_warns(lang: str, text: str, name: str) -> None:
    assert _found(text, lang) == [("warn", name)]


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("fr", "Écrivez à Mme Lefort, 14 rue des Lilas, suite 3, à Nantes.", "14 rue des Lilas"),
        ("en", "Mail it to 400 Maple Avenue, Suite 210, in Dayton.", "400 Maple Avenue"),
        ("fr", "Sa fille, née le 15 mars 2012, a eu la même chose.", "15 mars 2012"),
    ],
)
def test_real_identifiers_beside_them_still_block(lang: str, text: str, piece: str) -> None:
    found = _found(text, lang)
    assert any(sev == "block" and piece in frag for sev, frag in found), found
