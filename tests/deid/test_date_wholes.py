"""Dates the other grammars leave in part (detectors/date_wholes.py, deid48): bare years after since/depuis,
months named or paid for, French month ranges, the next morning, the month's end, an event's day, day/month
figures after a time preposition; and what stays (durations, doses, scores, ages, birth years, careers)."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _dates(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("I have had lupus since 2019 and the joints are worse.", "en", "2019"),
        ("Diabétique depuis 1993, sous insuline.", "fr", "1993"),
        ("The flat was damp until 2021, then we moved.", "en", "2021"),
        ("Les crises reviennent chaque année au mois d'avril.", "fr", "mois d'avril"),
        ("It is always worse in the month of March for his hay fever.", "en", "month of March"),
        ("I get my pay for August late so no inhaler.", "en", "August"),
        ("Je touche la paie de juillet en retard.", "fr", "juillet"),
        ("J'ai travaillé aux champs de juin à septembre, eczéma.", "fr", "juin à septembre"),
        ("Next morning the swelling had spread.", "en", "Next morning"),
        ("Le lendemain matin il ne tenait plus debout.", "fr", "lendemain matin"),
        ("I cannot buy it until the end of the month.", "en", "the end of the month"),
        ("The migraine hit on the day of the assessment.", "en", "the day of the assessment"),
        ("Bloods booked for 28/11, bring the box.", "en", "28/11"),
    ],
)
def test_whole_dates_are_hidden(text: str, lang: str, date: str) -> None:
    assert date in _dates(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Pain 8/10 for 3 days, paracetamol 1 g four times a day.", "en", "8/10"),
        ("Tension à 14/9 ce matin, diabète de type 2.", "fr", "14/9"),
        ("Took 2000 mg since the fall, she is 72.", "en", "2000"),
        ("Born in 1958, widowed since 1990s.", "en", "1958"),
        ("Nurse since 2019 at Ward Hospital in the north.", "en", "2019"),
        ("The day of the operation I was fine.", "en", "day of the operation"),
        ("Operated on the hip in 2017, walks badly.", "en", "2017"),
        ("Traitée en 2021 pour un cancer du sein.", "fr", "2021"),
        ("May I ask about the month ahead?", "en", "May"),
    ],
)
def test_durations_doses_scores_and_careers_stay(text: str, lang: str, kept: str) -> None:
    assert not any(kept in d for d in _dates(text, lang))


def test_a_flat_and_house_number_is_no_date() -> None:
    assert _dates("send it to 3/7 Kowhai Street please", "en") == []
