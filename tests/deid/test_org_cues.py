"""Organisations named a few words after a work, study, insurance or volunteering cue and a
preposition (names/org_cues.py); medicine, wards, helplines, people and towns after the same cues
stay. Sentences written here, none from a held-out set."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def covered(text: str, value: str, lang: str = "en") -> bool:
    """Every letter or digit of value lies inside one of the spans found."""
    start = text.index(value)
    spans = find_spans(text, lang)
    return all(
        any(s.start <= i < s.end for s in spans)
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
        ("I work weekends at Copperfield Bakery and my wrist aches.", "en", "Copperfield Bakery"),
        (
            "My brother delivers for Quickstep Parcels and his knee is swollen.",
            "en",
            "Quickstep Parcels",
        ),
        ("I'm insured through WPHC but they refused the scan.", "en", "WPHC"),
        ("She got an internship with Marlow Dynamics and now has hives.", "en", "Marlow Dynamics"),
        (
            "I volunteer every Sunday for Open Door Kitchen, is the cough catching?",
            "en",
            "Open Door Kitchen",
        ),
        (
            "He studies nursing at Beacon Hill College and faints in theatre.",
            "en",
            "Beacon Hill College",
        ),
        (
            "je suis bénévole aux Amis du Jardin Partagé depuis un an",
            "fr",
            "Amis du Jardin Partagé",
        ),
        (
            "mon fils est en stage chez Menuiserie Garnier et s'est coupé",
            "fr",
            "Menuiserie Garnier",
        ),
        ("ma prévoyance est chez KL3P et refuse le dossier", "fr", "KL3P"),
        ("elle est en alternance chez Les Vergers du Lac depuis mars", "fr", "Les Vergers du Lac"),
        ("je suis bénévole à La Plume Solidaire le samedi", "fr", "La Plume Solidaire"),
    ],
)
def test_an_organisation_after_a_relation_cue_is_redacted(text: str, lang: str, value: str) -> None:
    assert covered(text, value, lang), find_spans(text, lang)


def test_the_organisation_gets_a_placeholder() -> None:
    out = deidentify("My brother delivers for Quickstep Parcels and his knee is swollen.", "en")
    assert "Quickstep" not in out.text
    assert "[ORGANIZATION_1]" in out.text


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("I work nights in ICU and keep getting headaches.", "en", "ICU"),
        ("I work at the hospital with Ventolin in my pocket.", "en", "Ventolin"),
        ("Is my policy covered for an MRI?", "en", "MRI"),
        ("I clean the wound with Betadine twice a day.", "en", "Betadine"),
        ("I'm covered with sudocrem and it still itches.", "en", "sudocrem"),
        ("studying for my MRCP and I get palpitations", "en", "MRCP"),
        ("I volunteer on the Stroke Unit at weekends.", "en", "Stroke"),
        ("je suis bénévole pour SOS Amitié et je dors mal", "fr", "SOS Amitié"),
        ("je travaille en réanimation avec du Doliprane dans la poche", "fr", "Doliprane"),
        ("does my insurance pay for Ozempic refills?", "en", "Ozempic"),
    ],
)
def test_medicine_wards_and_helplines_after_the_cues_stay(text: str, lang: str, value: str) -> None:
    assert not touched(text, value, lang), find_spans(text, lang)


def test_a_person_after_a_work_cue_is_no_organisation() -> None:
    text = "I've been temping for Sarah Jennings and she has flu."
    labels = {text[s.start : s.end]: s.label for s in find_spans(text, "en")}
    assert labels.get("Sarah Jennings", "PERSON") == "PERSON"
    assert "ORGANIZATION" not in labels.values()


def test_a_town_after_a_work_cue_stays_a_town() -> None:
    text = "je travaille à Quimper depuis deux ans et j'ai de l'eczéma"
    spans = find_spans(text, "fr")
    assert [(text[s.start : s.end], s.label) for s in spans] == [("Quimper", "CITY")]


def test_a_tag_in_capitals_after_the_name_is_no_part_of_it() -> None:
    text = "I drive nights for Kestrel Haulage HR and my wrist hurts."
    orgs = [text[s.start : s.end] for s in find_spans(text, "en") if s.label == "ORGANIZATION"]
    assert orgs == ["Kestrel Haulage"]


def test_a_legal_form_in_capitals_stays_in_the_name() -> None:
    text = "I volunteer for Green Shoots CIC and have a rash."
    assert covered(text, "Green Shoots CIC")
