"""A date's whole expression (deid42; docs/deid.md "deid42"): the approximator before it, the second end of a range,
a year's tail, a unit after a term; the counted day of a named trip, a calendar week number, periods named by weather
or work. Clinical day counts, pregnancy weeks, clock times, bare years and durations stay visible."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans
from guidelines.deid.detectors import date_edges


def dates(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("My last period was around 20 Aug and the test is negative.", "en", "around 20 Aug"),
        ("Rota: w/c 6 October I'm on nights.", "en", "w/c 6 October"),
        (
            "Her asthma got worse around Halloween when the fireworks started.",
            "en",
            "around Halloween",
        ),
        (
            "We're away New Year's Eve to 4 Jan. Should I get my flu jab?",
            "en",
            "New Year's Eve to 4 Jan.",
        ),
        ("The clinic is closed over winter 2026–27, who checks my INR?", "en", "winter 2026–27"),
        ("During half-term week my daughter had tonsillitis twice.", "en", "half-term week"),
        ("On the last day of half term he fell off his bike.", "en", "last day of half term"),
        ("On day 3 of the trip I got diarrhoea.", "en", "day 3"),
        ("By day two of camp my son's inhaler was empty.", "en", "day two"),
        ("Au 3e jour du stage j'ai eu une entorse.", "fr", "3e jour"),
        (
            "On m'a proposé un rendez-vous semaine 42, mais ma toux ne passe pas.",
            "fr",
            "semaine 42",
        ),
        ("The site shuts in week 42 so can I have my vasectomy then?", "en", "week 42"),
        (
            "Since the storm in January the damp has made my asthma worse.",
            "en",
            "the storm in January",
        ),
        (
            "Depuis les pluies de novembre j'ai mal aux articulations.",
            "fr",
            "les pluies de novembre",
        ),
        (
            "Pendant la saison du homard je travaille 14 heures par jour.",
            "fr",
            "la saison du homard",
        ),
        (
            "Pendant la longue fin de semaine d'octobre, mon fils a fait une otite.",
            "fr",
            "la longue fin de semaine d'octobre",
        ),
    ],
)
def test_whole_expression_is_one_date(text: str, lang: str, span: str) -> None:
    assert span in dates(text, lang)


def test_the_doctor_reads_one_placeholder_for_the_whole_phrase() -> None:
    assert deidentify("My last period was around 20 Aug and the test is negative.", "en").text == (
        "My last period was [DATE_1] and the test is negative."
    )
    assert deidentify(
        "We're away New Year's Eve to 4 Jan. Should I get my flu jab?", "en"
    ).text == ("We're away [DATE_1] Should I get my flu jab?")
    assert deidentify("On day 3 of the trip I got diarrhoea.", "en").text == (
        "On [DATE_1] of the trip I got diarrhoea."
    )
    assert deidentify("Depuis les pluies de novembre j'ai mal aux articulations.", "fr").text == (
        "Depuis [DATE_1] j'ai mal aux articulations."
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm on day 3 of amoxicillin and still have a fever.", "en"),
        ("My dengue platelets went down to 60 on day 4, when do they recover?", "en"),
        ("Je suis à la semaine 7 de grossesse et j'ai des saignements.", "fr"),
        ("I'm in week 7 of my pregnancy and bleeding.", "en"),
        ("Week 3 of chemo and I feel awful.", "en"),
        ("We had a storm in the night and I couldn't sleep.", "en"),
        ("The lobster season is long and my back hurts.", "en"),
        ("She will miss PE until half term after her appendicectomy.", "en"),
        ("I take metformin at 8:30 and have done in 2019, three weeks at a time.", "en"),
    ],
)
def test_clinical_counts_times_years_and_bare_words_stay(text: str, lang: str) -> None:
    assert dates(text, lang) == []


def test_two_feasts_or_two_figures_stay_two_spans() -> None:
    # the training sets' writers mark them apart ("Freshers' Week to Reading Week", « du 1.04 au 30.04 »)
    assert dates("From Freshers' Week to Reading Week I had tonsillitis.") == [
        "Freshers' Week",
        "Reading Week",
    ]


def test_article_and_feast_preposition_stay_outside_by_default() -> None:
    # measured against the held-out floors: the writers of ten sets leave them outside (docs/deid.md "deid42")
    assert not date_edges.ARTICLE_INSIDE and not date_edges.FEAST_PREPOSITION_INSIDE
    assert "le 3 août" not in dates("Mon père a chuté le 3 août.", "fr")
