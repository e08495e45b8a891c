"""Address grammar and phrase-structure detectors, on phrasings not taken from the blind sets;
medicine and ordinary numbers next to them stay."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans
from tests.deid.time_words import without_time


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in find_spans(text, lang)}


def covered(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    end = start + len(value)
    chars = set(range(start, end))
    for s in find_spans(text, lang):
        chars -= set(range(s.start, s.end))
    return all(not text[i].isalnum() for i in chars)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Mail it to Apt 5B, 2200 Lakeshore Blvd W, Toronto",
            "Apt 5B, 2200 Lakeshore Blvd W",
        ),
        ("en", "we are at 77 Pine Hollow Rd NE, Edmonton", "77 Pine Hollow Rd NE"),
        ("en", "send it to P.O. Box 88, Whitehorse", "P.O. Box 88"),
        (
            "fr",
            "j'habite avenue de Tervueren 112, bte 4 à Woluwe",
            "avenue de Tervueren 112, bte 4",
        ),
        ("fr", "chez moi : 9 ter chemin des Goyaves, Le Gosier", "9 ter chemin des Goyaves"),
        (
            "fr",
            "résidence Les Hibiscus, bâtiment B, porte 7, près du port",
            "résidence Les Hibiscus, bâtiment B, porte 7",
        ),
        (
            "fr",
            "on vit au 2e étage, 45 rue Notre-Dame Ouest à Montréal",
            "2e étage, 45 rue Notre-Dame Ouest",
        ),
    ],
)
def test_addresses_of_other_countries(lang: str, text: str, value: str) -> None:
    assert covered(text, value, lang), found(text, lang)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Toronto ON M4W 2G8", "M4W 2G8"),
        ("adresse à L-2540 Luxembourg", "L-2540"),
        ("Rue du Midi 3, 1003 Lausanne-Ouchy", "1003"),
    ],
)
def test_postcodes_by_shape_and_after_an_address(text: str, value: str) -> None:
    assert (value, "POSTCODE") in found(text, "fr")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "I'll be away from 14 to 21 August for the operation", "14 to 21 August"),
        ("en", "the clinic is closed Dec 24-27 so I need a refill", "Dec 24-27"),
        ("fr", "hospitalisé du 2 au 9 octobre pour une pneumonie", "2 au 9 octobre"),
        ("en", "bloods are booked for Wednesday the 17th", "Wednesday the 17th"),
        ("fr", "la coloscopie est programmée le 21, à jeun ?", "21"),
        ("en", "my ID is 118-442-9031 on the form", "118-442-9031"),
        ("fr", "mon NIR : 2 85 03 2B 033 117 10", "2 85 03 2B 033 117 10"),
        ("en", "Clinic list: NAKAMURA, Yuki; OYELOWO, Tunde", "NAKAMURA, Yuki"),
        ("en", "Clinic list: NAKAMURA, Yuki; OYELOWO, Tunde", "OYELOWO, Tunde"),
        ("en", "Bibi (my grandmother) is 88 and dizzy", "Bibi"),
        ("fr", "Mon mari Jean-Marc (« Jeannot ») tousse", "Jeannot"),
        ("fr", "le dr okonjo a dit que c'était viral", "okonjo"),
        ("en", "I'm a student at the UCLA and stressed", "UCLA"),
        ("fr", "elle est suivie à l'APHP pour son cœur", "APHP"),
        ("en", "the nurse at St. Joe's said rest", "St. Joe's"),
        ("fr", "la Caisse primaire refuse mon dossier", "Caisse primaire"),
    ],
)
def test_structure_detectors(lang: str, text: str, value: str) -> None:
    assert covered(text, value, lang), found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "take 2 to 3 tablets a day for 10 to 14 days"),
        ("en", "I take a bath and 12 units of insulin at night"),
        ("en", "he was in room 4 on the ward, bed 2"),
        ("fr", "ma TSH est à 4 et la CRP à 12, l'IRM est prévue"),
        ("fr", "au 1er trimestre de grossesse j'ai pris 1 à 2 comprimés"),
        ("en", "I was at the ICU then at A&E, now at the GP"),
        ("fr", "après l'AVC il est allé au SAMU puis à l'EHPAD"),
        ("en", "blood pressure 140-90-72 this morning"),
    ],
)
def test_medicine_and_quantities_stay(lang: str, text: str) -> None:
    # a time phrase ("this morning", "depuis hier") is a DATE with a scale since 2026-12-06
    assert without_time(text, find_spans(text, lang)) == ()


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "Health card 4410-882-310-QZ, is the scan covered?", "4410-882-310-QZ", "ID_NUMBER"),
        ("en", "the nursery Busy Bees called me about her rash", "Busy Bees", "ORGANIZATION"),
        (
            "fr",
            "mon employeur Transports Girard refuse l'arrêt",
            "Transports Girard",
            "ORGANIZATION",
        ),
        (
            "fr",
            "j'habite tour C, 14 avenue Houphouët-Boigny",
            "tour C, 14 avenue Houphouët-Boigny",
            "ADDRESS",
        ),
    ],
)
def test_suffixed_ids_organisations_after_their_kind_and_towers(
    lang: str, text: str, value: str, label: str
) -> None:
    assert (value, label) in found(text, lang)


def test_my_insurance_id_is_not_an_organisation() -> None:
    text = "my insurance ID XGH772041 was refused"
    assert ("ID", "ORGANIZATION") not in found(text)


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "my dad lives at Seestrasse 41, 8002 Zürich", "Seestrasse 41", "ADDRESS"),
        ("fr", "on reste au 980 4e Avenue Ouest, Québec", "980 4e Avenue Ouest", "ADDRESS"),
        ("en", "my SIN is 046 454 286 and the form wants it", "046 454 286", "ID_NUMBER"),
        ("en", "hospital card QC-2291-5540 is expired", "QC-2291-5540", "ID_NUMBER"),
        ("en", "I was treated at the CUSM for a fracture", "CUSM", "ORGANIZATION"),
    ],
)
def test_compound_streets_numbered_avenues_and_prefixed_ids(
    lang: str, text: str, value: str, label: str
) -> None:
    assert (value, label) in found(text, lang)


@pytest.mark.parametrize("text", ["au SAMU puis aux urgences", "I was seen at A&E twice"])
def test_services_are_not_organisations_by_acronym(text: str) -> None:
    assert found(text, "fr") == set()


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "the scan is on the 4th of next month, fasting?", "the 4th of next month", "DATE"),
        ("fr", "opération le 9 du mois prochain", "le 9 du mois prochain", "DATE"),
        ("fr", "je vis à Les Abymes depuis un an", "Les Abymes", "CITY"),
        ("en", "we got sick after lunch at Wendy's yesterday", "Wendy's", "ORGANIZATION"),
    ],
)
def test_relative_month_days_article_towns_possessive_places(
    lang: str, text: str, value: str, label: str
) -> None:
    assert (value, label) in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I'm staying at Mum's because of Parkinson's"),
        ("fr", "j'ai mal à La Tête depuis hier et au ventre"),
    ],
)
def test_relatives_places_and_brands_stay(lang: str, text: str) -> None:
    # a time phrase ("this morning", "depuis hier") is a DATE with a scale since 2026-12-06
    assert without_time(text, find_spans(text, lang)) == ()
