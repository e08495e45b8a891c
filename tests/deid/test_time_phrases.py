"""Generalised time placeholders (2026-12-06, deid24): time phrases relative to the post are DATE spans,
rendered with a coarse scale; durations, habits, years and medicine stay."""

from __future__ import annotations

import pytest

from guidelines.deid import PLACEHOLDER, deidentify, find_spans, placeholder, time_scales
from guidelines.identifiers import find_identifiers


def _dates(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


def test_the_question_of_the_brief_keeps_a_scale_and_no_day_word() -> None:
    out = deidentify("chest pain since yesterday, seen on 3 March", "en").text
    assert out == "chest pain since [DATE_1 · days ago], seen on [DATE_2]"
    assert "yesterday" not in out and "March" not in out


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("pain since yesterday", "en", "since [DATE_1 · days ago]"),
        ("I fell three weeks ago", "en", "I fell [DATE_1 · weeks ago]"),
        ("I had glandular fever last spring", "en", "I had glandular fever [DATE_1 · months ago]"),
        ("rash since this morning", "en", "rash since [DATE_1 · hours ago]"),
        ("my scan is next month", "en", "my scan is [DATE_1 · in months]"),
        ("seen the week before last", "en", "seen [DATE_1 · weeks ago]"),
        ("I had a stroke last year", "en", "I had a stroke [DATE_1 · a year ago]"),
        (
            "mal au ventre il y a trois semaines",
            "fr",
            "mal au ventre [DATE_1 · il y a des semaines]",
        ),
        ("tombée hier soir", "fr", "tombée [DATE_1 · il y a quelques jours]"),
        (
            "de la fièvre depuis avant-hier",
            "fr",
            "de la fièvre depuis [DATE_1 · il y a quelques jours]",
        ),
        ("un zona l'automne dernier", "fr", "un zona [DATE_1 · il y a des mois]"),
        ("rendez-vous la semaine prochaine", "fr", "rendez-vous [DATE_1 · dans quelques semaines]"),
        (
            "j'ai oublié mon cachet ce matin",
            "fr",
            "j'ai oublié mon cachet [DATE_1 · il y a quelques heures]",
        ),
    ],
)
def test_time_phrases_render_with_their_scale(text: str, lang: str, shown: str) -> None:
    assert shown in deidentify(text, lang).text


@pytest.mark.parametrize(
    "text",
    [
        "cough for three days",
        "I have had it for 2 weeks",
        "a rash for the last two weeks",
        "worse over the past year",
        "toux depuis 3 jours",
        "douleur depuis deux semaines",
        "diagnosed in 2019",
        "my asthma is worse in the winter",
        "I have a cough that comes back in the spring",
        "il a de l'asthme au printemps",
        "morning sickness and night sweats",
        "I lost 5 kg in two weeks",
        "it happened twice in a month",
    ],
)
def test_durations_habits_years_and_medicine_stay(text: str) -> None:
    assert (
        _dates(text, "fr" if " je " in f" {text} " or "depuis" in text or "toux" in text else "en")
        == []
    )


def test_same_phrase_same_placeholder_and_calendar_dates_stay_bare() -> None:
    out = deidentify("yesterday I fell, yesterday again, and on 3 March", "en").text
    assert out == "[DATE_1 · days ago] I fell, [DATE_1 · days ago] again, and on [DATE_2]"


def test_medical_words_next_to_time_words_are_not_touched() -> None:
    text = "morning sickness since this morning, night sweats last night"
    assert _dates(text) == ["this morning", "last night"]


def test_every_placeholder_parses_with_the_one_regex() -> None:
    for text in (
        "[PERSON_1]",
        "[DATE_12 · days ago]",
        "[DATE_1 · il y a des semaines]",
        "[DATE_2 · aujourd'hui]",
    ):
        assert PLACEHOLDER.fullmatch(text), text
    m = PLACEHOLDER.fullmatch(placeholder("DATE", 3, "weeks ago"))
    assert m and m.groups() == ("DATE", "3", "weeks ago")
    assert PLACEHOLDER.fullmatch(placeholder("PERSON", 1)).groups() == ("PERSON", "1", None)  # type: ignore[union-attr]


def test_time_scales_offsets_match_the_spans() -> None:
    text = "since yesterday, and in two weeks"
    spans = {(s.start, s.end) for s in find_spans(text, "en") if s.label == "DATE"}
    assert spans == set(time_scales(text))


@pytest.mark.parametrize(
    "answer",
    [
        "Come back in two weeks if it is not better.",
        "If not better by tomorrow, see your GP.",
        "Revenez dans quinze jours si la toux persiste.",
    ],
)
def test_the_answer_check_does_not_see_time_advice_as_identifiers(answer: str) -> None:
    assert [label for _s, _e, label in find_identifiers(answer, "en")] == []


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("off since Sunday with a chest infection", "en", "since [DATE_1 · days ago]"),
        ("worse since last Tuesday", "en", "since [DATE_1 · days ago]"),
        ("my scan is next Friday", "en", "is [DATE_1 · in days]"),
        ("malade depuis mardi dernier", "fr", "depuis [DATE_1 · il y a quelques jours]"),
        ("je reviens lundi en huit", "fr", "reviens [DATE_1 · dans quelques semaines]"),
        ("I saw her on Monday", "en", "on [DATE_1]"),  # no plain direction: a bare calendar date
    ],
)
def test_weekday_dates_get_a_scale_when_their_direction_is_plain(
    text: str, lang: str, shown: str
) -> None:
    assert shown in deidentify(text, lang).text


def test_a_weekday_still_counts_for_a_committee_that_checks_dates() -> None:
    # only the time phrases relative to now are left out of the answer check, not calendar weekdays
    text = "Your results from last Tuesday are normal."
    assert "DATE" in [label for _s, _e, label in find_identifiers(text, "en")]


def test_a_span_two_scales_read_renders_the_same_in_every_process() -> None:
    """« dans quinze jours » is read by two patterns (days ahead, weeks ahead): the scale was picked in the
    order of a set, which changes with each process's hash seed (two workers showed doctors different
    placeholders for one question). The patterns' own order decides now: weeks, as "in a fortnight"."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from guidelines.deid import deidentify; "
        "print(deidentify('Je reviens dans quinze jours.', lang='fr').text)"
    )
    root = Path(__file__).resolve().parents[2]
    shown = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in (1, 2, 4)
    }
    assert shown == {"Je reviens [DATE_1 · dans quelques semaines]."}
