"""The date policy (docs/deid.md): every element of a date more precise than the year is an
identifier — named weekdays, day numbers, ranges, feasts, months — while durations, deictic days,
habits, doses, ranks and emergency numbers stay. Phrasings written for these tests, EN and FR."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def covered(text: str, value: str, lang: str) -> bool:
    start = text.index(value)
    chars = set(range(start, start + len(value)))
    for s in find_spans(text, lang):
        chars -= set(range(s.start, s.end))
    return all(not text[i].isalnum() for i in chars)


def dates(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # named weekdays anchored to the event
        ("en", "my knee locked up last Wednesday while gardening", "last Wednesday"),
        ("en", "the rash came back this past Sunday", "this past Sunday"),
        ("en", "physio booked for Thursday week, is that too late?", "Thursday week"),
        ("en", "the scan is Friday fortnight", "Friday fortnight"),
        ("en", "she fainted Wednesday gone at the bus stop", "Wednesday gone"),
        ("en", "he had the jab two weeks ago Tuesday", "two weeks ago Tuesday"),
        ("en", "vomiting since sunday night, can't keep water down", "sunday night"),
        ("en", "dressing changed last Weds by the nurse", "last Weds"),
        ("en", "bloods taken on Fri. and still no result", "Fri"),
        ("fr", "j'ai mal au dos depuis mercredi dernier", "mercredi dernier"),
        ("fr", "on m'opère jeudi en quinze, je dois arrêter le Kardégic ?", "jeudi en quinze"),
        ("fr", "elle tousse depuis dimanche soir", "dimanche soir"),
        ("fr", "le vaccin est prévu ce vendredi", "ce vendredi"),
        ("fr", "il s'est cogné la tête samedi passé", "samedi passé"),
        # day numbers without a month
        ("en", "the stitches come out on the 21st, can I shower before?", "the 21st"),
        ("en", "appointment moved to the 9th of next month", "the 9th of next month"),
        (
            "en",
            "I was on Amoxil from the 2nd to the 9th and still cough",
            "from the 2nd to the 9th",
        ),
        ("fr", "ma fille a été vaccinée le 1er et elle a de la fièvre", "le 1er"),
        ("fr", "hospitalisé du 4 au 11, depuis je suis épuisé", "du 4 au 11"),
        ("fr", "la prise de sang est le 22 du mois prochain", "le 22 du mois prochain"),
        ("fr", "depuis la semaine du 14 il a des diarrhées", "la semaine du 14"),
        # feast days without a year
        ("en", "the cough started the day after Boxing Day", "the day after Boxing Day"),
        ("en", "I've had a sore throat since Easter", "Easter"),
        ("en", "fell off a ladder on Bonfire Night", "Bonfire Night"),
        ("en", "we were in A&E over Christmas and New Year", "Christmas and New Year"),
        ("fr", "il a de l'asthme depuis la Saint-Martin", "la Saint-Martin"),
        ("fr", "j'ai arrêté de fumer au lendemain du jour de l'an", "jour de l'an"),
        ("fr", "mes migraines ont repris le lendemain de Pâques", "le lendemain de Pâques"),
        ("fr", "opérée la veille de la Toussaint", "la veille de la Toussaint"),
        # months used as a time
        ("en", "my period has been irregular since March", "March"),
        ("en", "the implant was fitted last November", "last November"),
        ("en", "we moved here in early October", "early October"),
        ("fr", "je prends du Lévothyrox depuis février", "février"),
        ("fr", "la cicatrice est rouge depuis fin janvier", "fin janvier"),
        ("fr", "il a eu un zona en octobre dernier", "octobre dernier"),
    ],
)
def test_calendar_dates_are_redacted(lang: str, text: str, value: str) -> None:
    assert covered(text, value, lang), find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # durations stay (deictic days are time phrases with a scale since 2026-12-06: below)
        ("en", "I've had a fever for three days and a cough for a week"),
        ("fr", "j'ai de la fièvre depuis 3 jours et mal à la gorge depuis deux semaines"),
        # weekday nouns, not days (weekday habits are dates since 2026-12-07: test_weekday_habits.py)
        ("en", "my son goes to Sunday school and has a Saturday job"),
        # ranks, doses, anatomy, scores
        ("en", "this is the 3rd dose of the series and the 2nd time I react"),
        ("en", "X-ray shows a fracture of the 5th metatarsal"),
        ("en", "she is on the 9th centile for weight"),
        ("fr", "je prends le 5 mg le matin"),
        # emergency numbers
        ("fr", "j'ai appelé le 15 et ils ont envoyé une ambulance"),
        ("fr", "en cas de douleur thoracique, composez le 15 ou le 112"),
        ("fr", "il faut faire le 18 si ça brûle"),
        # months that are words, word-like feasts without a time word
        ("en", "it may help to take it with food; March on with the exercises"),
        ("en", "we put up the Christmas tree and my Easter eggs melted"),
    ],
)
def test_durations_habits_and_quantities_stay(lang: str, text: str) -> None:
    assert dates(text, lang) == [], find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # deictic days are DATE since 2026-12-06 (rendered with a scale); durations next to them stay
        ("en", "I've had a fever for three days and a cough since yesterday", ["yesterday"]),
        ("en", "she was sick last night and again this morning", ["last night", "this morning"]),
        ("en", "it started two weeks ago and got worse last week", ["two weeks ago", "last week"]),
        (
            "fr",
            "j'ai de la fièvre depuis 3 jours et mal à la gorge depuis hier soir",
            ["hier soir"],
        ),
        ("fr", "il a vomi avant-hier et encore ce matin", ["avant-hier", "ce matin"]),
        ("fr", "la douleur a commencé la semaine dernière", ["la semaine dernière"]),
    ],
)
def test_deictic_days_are_dates_and_durations_stay(
    lang: str, text: str, expected: list[str]
) -> None:
    assert dates(text, lang) == expected


def test_a_feast_that_is_also_a_first_name_needs_a_time_word() -> None:
    text = "mon fils Noël a de l'eczéma depuis Noël"
    got = find_spans(text, "fr")
    labels = {text[s.start : s.end] + "@" + str(s.start): s.label for s in got}
    assert labels.get("Noël@35") == "DATE"
    assert labels.get("Noël@9") != "DATE"


def test_weekday_with_a_day_number_stays_one_span() -> None:
    text = "seen on Sunday 14th and again the 21st"
    assert dates(text, "en") == ["Sunday 14th", "the 21st"]


def test_date_of_birth_cue_still_wins() -> None:
    text = "mon bébé est né le 3 et il ne tète pas"
    spans = find_spans(text, "fr")
    assert [s.label for s in spans] == ["DATE_OF_BIRTH"]


def test_brand_drugs_next_to_dates_stay() -> None:
    text = "started Ozempic last Tuesday and Eliquis on the 4th"
    out = deidentify(text, "en").text
    assert "Ozempic" in out and "Eliquis" in out
    assert out.count("[DATE_") == 2


def test_spans_are_deterministic() -> None:
    text = "du 12 au 19 puis lundi en huit, depuis la Saint-Jean et le 15 du mois dernier"
    assert find_spans(text, "fr") == find_spans(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a birthday is a day of the date of birth: a DATE wherever it anchors a time
        ("en", "the wheeze started on my birthday, could it be the candles?", "my birthday"),
        ("en", "since his 18th birthday he has had these headaches", "his 18th birthday"),
        ("en", "my ankle swelled up the day after my 40th", "day after my 40th"),
        (
            "fr",
            "depuis le lendemain de mon anniversaire j'ai des vertiges",
            "lendemain de mon anniversaire",
        ),
        ("fr", "elle a fait un malaise la veille de ses 60 ans", "veille de ses 60 ans"),
        # an offset moves a feast or a weekday and is part of the date
        ("en", "the cough began the Thursday after Easter", "Thursday after Easter"),
        ("en", "I was admitted three days after Christmas", "three days after Christmas"),
        ("fr", "les douleurs ont commencé quinze jours avant Noël", "quinze jours avant Noël"),
        ("fr", "opérée deux semaines après la Toussaint", "deux semaines après la Toussaint"),
    ],
)
def test_birthdays_and_offsets_from_a_date_are_dates(lang: str, text: str, value: str) -> None:
    assert value in dates(text, lang), find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "after my 2nd baby my periods changed"),
        ("en", "it was my 3rd dose of the vaccine"),
        ("en", "the day after the operation I had a fever"),
        ("fr", "il a 40 ans et de l'asthme depuis l'enfance"),
        ("fr", "le lendemain de l'opération j'avais de la fièvre"),
    ],
)
def test_ranks_ages_and_events_are_not_birthdays(lang: str, text: str) -> None:
    assert dates(text, lang) == []
