"""Keeping to another prescriber's prescription is adherence advice, not a prescription (RX-01, issue 16).

GMC/CNOM/FSMB guidance on prescribing at a distance is about the author's own decision for this patient. "Take
the antibiotics your GP gave you three times a day", « continuez l'antibiotique que votre médecin vous a prescrit »
and "do not stop your medicine without asking your GP" make no such decision; a change of drug or dose, a set
course or a first-person prescription still does. Our own sentences, EN and FR, under the GB/US/FR seed sets.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import Checker, load_seed_sets
from guidelines.identifiers import compile_checker


@cache
def _seed_checker(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _rx(text: str, lang: str, jurisdiction: str) -> list[str]:
    verdict = _seed_checker(jurisdiction).check(text, lang=lang)
    return [v.rule for v in verdict.blocking if v.kind == "prescription"]


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        (
            "GB",
            "en",
            "If your GP prescribes amoxicillin, take it three times a day until it is finished.",
        ),
        ("GB", "en", "Use the inhaler your nurse gave you, two puffs twice a day, as prescribed."),
        ("US", "en", "Keep giving the amoxicillin your pediatrician prescribed twice a day."),
        ("GB", "en", "Do not stop your medicine without asking your GP first."),
        ("US", "en", "Continue your levothyroxine exactly as your doctor prescribed it."),
        (
            "FR",
            "fr",
            "Si votre médecin vous prescrit de l'amoxicilline, prenez-la trois fois par jour.",
        ),
        (
            "FR",
            "fr",
            "Continuez l'antibiotique que votre médecin vous a prescrit, deux fois par jour.",
        ),
        ("FR", "fr", "N'arrêtez pas votre traitement sans en parler à votre médecin."),
    ],
)
def test_keeping_to_another_prescribers_prescription_passes(
    jurisdiction: str, lang: str, text: str
) -> None:
    assert _rx(text, lang, jurisdiction) == []


@pytest.mark.parametrize(
    ("jurisdiction", "lang", "text"),
    [
        (
            "GB",
            "en",
            "Take amoxicillin 500 mg three times a day for 7 days; your GP has prescribed it before.",
        ),
        ("GB", "en", "Take the naproxen your GP prescribed, but double it to 500 mg twice a day."),
        ("US", "en", "If your doctor prescribes amoxicillin, take 875 mg twice a day."),
        ("GB", "en", "Stop your sertraline now and start again in a week."),
        ("US", "en", "Keep taking your lisinopril but increase it to 20 mg daily."),
        (
            "FR",
            "fr",
            "Prenez l'amoxicilline prescrite par votre médecin, 1 g trois fois par jour pendant 10 jours.",
        ),
        ("FR", "fr", "Arrêtez votre Lévothyrox dès aujourd'hui."),
    ],
)
def test_a_change_a_course_or_the_authors_own_regimen_still_blocks(
    jurisdiction: str, lang: str, text: str
) -> None:
    assert _rx(text, lang, jurisdiction) != []


@pytest.mark.parametrize(
    ("lang", "text", "blocks"),
    [
        # a colleague named as the one who gave the care is endorsed: the clause model's reading only warns
        (
            "en",
            "Take the antibiotics your GP gave you three times a day until they are finished.",
            False,
        ),
        ("en", "Your GP prescribed you antibiotics for a cold, what a clown.", True),
        ("en", "The antibiotics your GP gave you show he slept through medical school.", True),
    ],
)
def test_a_colleague_who_gave_the_care_is_not_denigrated_by_naming_them(
    lang: str, text: str, blocks: bool
) -> None:
    verdict = _seed_checker("GB").check(text, lang=lang)
    assert any(v.rule == "TONE-01" for v in verdict.blocking) is blocks
