"""Religious and school calendar periods are dates (docs/deid.md, "Calendar periods"); a period
used as the modifier of an event is not; regions after a town and ordinary self-descriptions are
no person. Sentences written for these tests, EN and FR."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def spans(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "My insulin doses got muddled during Ramadan this spring.", "Ramadan"),
        ("en", "Can my grandad keep his statin through Yom Kippur?", "Yom Kippur"),
        ("en", "We travel home for the last week of Advent.", "last week of Advent"),
        ("en", "The cough started the second night of Hanukkah.", "second night of Hanukkah"),
        ("en", "I've had reflux ever since last Christmas.", "last Christmas"),
        ("en", "She gave up sugar for Great Lent and feels faint.", "Great Lent"),
        ("fr", "Mon père a arrêté son traitement à la fin du Ramadan.", "fin du Ramadan"),
        ("fr", "Je jeûne depuis le mercredi des Cendres, est-ce risqué ?", "mercredi des Cendres"),
        ("fr", "Ma fille a de la fièvre depuis Roch Hachana.", "Roch Hachana"),
        ("fr", "On part pendant les vacances d'avril avec mon fils.", "vacances d'avril"),
        ("fr", "Pendant le Carême je ne mange plus de viande.", "Carême"),
    ],
)
def test_calendar_periods_are_dates(lang: str, text: str, value: str) -> None:
    assert (value, "DATE") in spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Is it fine to eat the Passover seder with my new tablets?", "Passover"),
        ("en", "I joined the Lent fast at church, any risk with warfarin?", "Lent"),
        ("en", "My neighbour lent me her nebuliser.", "lent"),
        ("en", "Navratri food pushes my sugars up every year.", "Navratri"),
    ],
)
def test_a_period_naming_an_event_or_a_common_word_stays(lang: str, text: str, word: str) -> None:
    assert all(word not in found for found, _ in spans(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "We moved to Shreveport, Louisiana, and my asthma is worse.", "Louisiana"),
        ("en", "My aunt lives in Port Louis, Mauritius, and has gout.", "Mauritius"),
        ("fr", "Ma tante habite en Gaspésie et tousse depuis un mois.", "Gaspésie"),
        ("fr", "Je suis ambulancière et j'ai mal au dos.", "ambulancière"),
    ],
)
def test_regions_and_self_descriptions_are_no_person(lang: str, text: str, word: str) -> None:
    assert all(word not in found for found, label in spans(text, lang) if label == "PERSON")


def test_a_first_name_after_i_am_is_still_a_person() -> None:
    assert ("Paul", "PERSON") in spans("Hi, I'm Paul and my knee hurts.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "Her rash, by month:\nApril: hives\nJuly: blisters on the feet", ["April", "July"]),
        ("fr", "Mon fils : - Mars : angine. - Octobre : bronchite.", ["Mars", "Octobre"]),
        ("en", "Notes. 3/10 fell off the bike. 6/10 wrist still swollen.", ["3/10", "6/10"]),
        ("fr", "On part la semaine du 4 juillet en colonie.", ["semaine du 4 juillet"]),
        ("en", "We're away the week of 12 August, can I take the pills?", ["week of 12 August"]),
    ],
)
def test_dates_shown_by_a_list_or_a_week(lang: str, text: str, values: list[str]) -> None:
    found = spans(text, lang)
    assert all((v, "DATE") in found for v in values)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Take 1/2 tablet at night. 1/4 tablet in the morning."),
        ("fr", "Ma tension : 12/8 le matin. 14/9 le soir."),
        ("en", "Only one entry. 3/10 fell off the bike."),
    ],
)
def test_fractions_pressures_and_lone_numbers_are_no_dates(lang: str, text: str) -> None:
    assert all(label != "DATE" for _, label in spans(text, lang))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Our imam at the Leeds Grand Mosque said fasting is fine.", "Leeds Grand Mosque"),
        ("We pray at St Anne's Church every week.", "St Anne's Church"),
        ("She had a scan at the Rosewood Breast Unit in Leeds.", "Rosewood Breast Unit"),
        ("The rabbi at Hendon Reform Synagogue told me to eat.", "Hendon Reform Synagogue"),
    ],
)
def test_places_of_worship_and_named_units_are_organisations(text: str, value: str) -> None:
    assert (value, "ORGANIZATION") in spans(text, "en")


@pytest.mark.parametrize(
    "text",
    ["It was at the Western General, Endoscopy Unit.", "I live at Unit 4, 88 Harbour Way, Poole."],
)
def test_departments_and_unit_numbers_are_no_organisation_by_kind(text: str) -> None:
    assert all(label != "ORGANIZATION" for _, label in spans(text, "en"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sortie avec la paroisse Sainte-Thérèse le mois prochain.", "paroisse Sainte-Thérèse"),
        ("La mutuelle Prévoyance Bretagne refuse mes semelles.", "mutuelle Prévoyance Bretagne"),
        ("Je conduis pour Ambulances Giraud & Fils à Rodez.", "Ambulances Giraud & Fils"),
    ],
)
def test_french_kinds_open_the_organisation(text: str, value: str) -> None:
    assert (value, "ORGANIZATION") in spans(text, "fr")


@pytest.mark.parametrize(
    "text",
    ["The Catholic Church says it's fine.", "He was moved to the Intensive Care Unit."],
)
def test_a_denomination_or_a_department_is_no_name(text: str) -> None:
    assert spans(text, "en") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Je suis diacre à la paroisse Saint-Jean de Tours et j'ai mal.", "Tours"),
        ("Chauffeur chez Transports Martin, base de Valence, j'ai mal au dos.", "Valence"),
        ("Merci d'avance. Paul Durand, Nice.", "Nice"),
        ("La chorale de la paroisse Sainte-Cécile à Tours a eu la grippe.", "Tours"),
    ],
)
def test_a_town_that_is_also_a_word_is_read_from_its_slot(text: str, town: str) -> None:
    assert (town, "CITY") in spans(text, "fr")


def test_the_word_in_an_ordinary_slot_stays() -> None:
    assert ("Nice", "CITY") not in spans("Paul Durand, Nice work on the scan!", "en")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Le 28 octobre, l'ORL Nakoubi parle d'aérateurs.", "Nakoubi"),
        ("fr", "Le podologue Marchetti demande une botte.", "Marchetti"),
        ("en", "Our skipper Okonkwo says the boat has a first-aid kit.", "Okonkwo"),
    ],
)
def test_a_job_introduces_a_name(lang: str, text: str, name: str) -> None:
    assert (name, "PERSON") in spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "My manager Said I could go home."), ("fr", "Le responsable RH m'a dit non.")],
)
def test_a_job_before_an_ordinary_word_names_no_one(lang: str, text: str) -> None:
    assert spans(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "The coil was fitted at Greenway in Leeds last year.", "Greenway"),
        (
            "en",
            "Got a tattoo at Needle & Thread Studio in Leeds, it's red.",
            "Needle & Thread Studio",
        ),
        ("fr", "J'ai fait un tatouage chez Encre Noire à Lille.", "Encre Noire"),
    ],
)
def test_a_name_between_at_and_a_town_is_an_organisation(lang: str, text: str, value: str) -> None:
    assert (value, "ORGANIZATION") in spans(text, lang)


def test_a_first_name_between_at_and_a_town_stays_a_person() -> None:
    assert ("Paul", "PERSON") in spans("We met at Paul in Paris.", "en")
