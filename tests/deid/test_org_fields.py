"""Organisations named in a form's field (names/org_fields.py) and first names in title case
straight before a redacted surname (names/joins.py, deid25). Sentences written here, none from a
held-out set."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def spans(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


def covered(text: str, value: str, lang: str = "en") -> bool:
    """Every letter or digit of value lies inside one of the spans found."""
    start = text.index(value)
    found = find_spans(text, lang)
    return all(
        any(s.start <= i < s.end for s in found)
        for i in range(start, start + len(value))
        if text[i].isalnum()
    )


def touched(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start < end and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Employer: Kestrel Haulage. I get back pain after long shifts.", "en", "Kestrel Haulage"),
        ("Address on file. Employer Vantorix. My asthma is worse at work.", "en", "Vantorix"),
        ("Employer: Lantern. The dust makes me cough.", "en", "Lantern"),
        ("Insurer: Norwood Mutual. Will they cover physio?", "en", "Norwood Mutual"),
        ("GP: Harbour Lane Practice. Conditions: asthma.", "en", "Harbour Lane Practice"),
        ("Club : AS Bellecombe. Mon genou gonfle après le match.", "fr", "AS Bellecombe"),
        ("Crèche : Les Petits Malins. Il a de la fièvre.", "fr", "Les Petits Malins"),
        ("Mutuelle : Harmonéa. Le dentiste est-il remboursé ?", "fr", "Harmonéa"),
        ("Employeur Fromagerie Baud. J'ai mal au dos.", "fr", "Fromagerie Baud"),
        ("School: St. Brendan Primary School. My son has nits.", "en", "Brendan Primary School"),
    ],
)
def test_a_field_names_the_organisation(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang), spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Employer: none. I am retired and short of breath.", "en", "none"),
        ("Mutuelle : aucune. Est-ce grave ?", "fr", "aucune"),
        ("Hospital: Ventolin did not help.", "en", "Ventolin"),
        ("Insurer: Samaritans said to call you.", "en", "Samaritans"),
        # the field's noun is never the name
        ("Employer: Kestrel Haulage. I get back pain.", "en", "Employer"),
        ("Employer Vantorix. My asthma is worse.", "en", "Employer"),
    ],
)
def test_a_field_does_not_name_medicine_services_or_non_answers(
    text: str, lang: str, value: str
) -> None:
    assert not touched(text, value, lang), spans(text, lang)


def test_a_day_is_no_field_value_nor_a_first_name() -> None:
    # the date policy decides about the day itself (detectors/), not these rules
    assert ("Tuesday", "ORGANIZATION") not in spans("Clinic: Tuesday. Can I eat before the test?")
    assert all(
        label != "PERSON" or "Monday" not in value
        for value, label in spans("On Monday Ferrand rang about my INR.")
    )


def test_a_person_after_a_field_stays_a_person() -> None:
    assert ("Okafor", "PERSON") in spans("GP: Dr Okafor. I need a repeat.")
    assert all(label != "ORGANIZATION" for _, label in spans("GP: Dr Okafor. I need a repeat."))


def test_a_field_value_ends_with_its_line() -> None:
    text = "Employer: Kestrel Haulage\nCity: Leeds\nI cough at night."
    assert ("Kestrel Haulage", "ORGANIZATION") in spans(text)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Our warden Hazel Tremaine checks on me daily.", "en", "Hazel Tremaine"),
        ("Manager Ivy Ferrand says I can leave early.", "en", "Ivy Ferrand"),
        ("Sa voisine Rose Kervella passe le soir.", "fr", "Rose Kervella"),
        ("Référent : Constance Le Goff, joignable le matin.", "fr", "Constance Le Goff"),
    ],
)
def test_a_first_name_in_title_case_joins_the_surname(text: str, lang: str, name: str) -> None:
    assert covered(text, name, lang), spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Hi, I'm Hazel Tremaine and my ankle hurts.", "en", "I'm"),
        ("It's Auntie Ivy Ferrand here.", "en", "It's"),
        ("Excusal form: Name Odile Kervella, juror.", "en", "Name"),
        ("Please pray for Fr Anselm Dorrity.", "en", "Fr"),
        ("I saw Nurse Practitioner Adaeze Obi today.", "en", "Practitioner"),
        ("I took Paracetamol Ferrand said was fine.", "en", "Paracetamol"),
    ],
)
def test_no_pronoun_field_title_day_or_medicine_joins_a_name(
    text: str, lang: str, word: str
) -> None:
    assert not touched(text, word, lang), spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        ("Flat 2, 14 Quarry Road, Reading RG30 2XX. My inhaler ran out.", "en", "Reading"),
        ("5 allée des Tilleuls, Tours 37000. J'ai de la fièvre.", "fr", "Tours"),
        ("Nous revenons de Tours avec un bébé fiévreux.", "fr", "Tours"),
        ("Je pars pour Porto jeudi avec mon inhalateur.", "fr", "Porto"),
        ("We moved from Reading and need a new GP.", "en", "Reading"),
    ],
)
def test_a_town_that_is_a_word_in_a_town_slot(text: str, lang: str, town: str) -> None:
    assert (town, "CITY") in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Reading the leaflet, I got worried about my rash.", "en", "Reading"),
        ("Elle est née en Corse et tousse depuis lundi.", "fr", "Corse"),
        ("I wrote a letter to Grace about my asthma.", "en", "Grace"),
        ("I went to Boots for some Gaviscon.", "en", "Boots"),
    ],
)
def test_no_town_without_its_slot(text: str, lang: str, word: str) -> None:
    assert all(label != "CITY" for value, label in spans(text, lang) if word in value)
