"""Every python-stdnum scheme as ID evidence (guidelines/deid/detectors/id_catalogue.py, id_schemes.py).

A number of a scheme that is not in data/id_schemes.txt is found after its own name (read from the
module's docstring) or after a generic identity cue; phones, doses, dates, lot numbers and barcodes keep
their own reading. The example numbers were computed with python-stdnum's validators (random digits,
check digits solved); they belong to no one.
"""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans
from guidelines.deid.candidate import Candidate
from guidelines.deid.detectors.id_catalogue import catalogue, docstring_cues, measured, shared_words
from guidelines.deid.detectors.id_schemes import detect_id_schemes, schemes


def _ids(text: str) -> list[str]:
    out: list[Candidate] = []
    detect_id_schemes(text, out)
    return [text[c.start : c.end] for c in out]


def _found(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]


def test_cue_words_are_read_from_the_docstring() -> None:
    doc = "CUIT (Código Único de Identificación Tributaria, Argentinian tax number).\n\nMore."
    assert docstring_cues(doc) == (("CUIT",), ("codigo unico de identificacion tributaria",))
    # two capitals are too often a word ("IN", "CC"); a name in another script is left, its romanisation kept
    assert docstring_cues("IN (個人番号, kojin bangō, Japanese Individual Number).") == (
        (),
        ("kojin bango",),
    )
    assert "number" in shared_words() and "tax" in shared_words()
    assert "argentinian" not in shared_words()  # a nationality is one country's


def test_the_catalogue_is_the_package_less_the_non_personal_modules() -> None:
    names = {e.name for e in catalogue()}
    assert len(names) > 150
    assert {"ar.cuit", "hr.oib", "mx.rfc", "ke.pin", "th.tin"} <= names
    assert not names & {"luhn", "isbn", "ean", "nl.postcode", "it.aic", "imei", "iban"}
    assert set(measured()) <= names  # the measured file names only modules of the catalogue


def test_the_table_lines_are_overrides() -> None:
    by_name = {s.name: s for s in schemes()}
    assert len(by_name) == len(schemes())  # a module is read once: the table's line wins
    assert by_name["pl.pesel"].table and not by_name["pl.pesel"].alone
    assert not by_name["hr.oib"].table and not by_name["hr.oib"].alone  # 1 in 10 random passes
    assert not by_name["fr.siret"].alone  # strong check, but a company's number
    assert not by_name["md.idno"].generic  # a company's: only its own name vouches for it


CUED = [  # a new country's number after its own name or a generic cue
    "My CUIT is 24-44847169-8, can the clinic invoice it?",
    "NIT 163.259.636-9 (Colombia) for the insurance form",
    "Mon OIB croate est 05992956500, est-ce remboursé ?",
    "RFC: QVJT 340722 IO0 for the pharmacy receipt",
    "KRA PIN P980169671A, can I claim the costs?",
    "Thai TIN 8170255182486 and I'm still coughing",
    "Numéro d'identification fiscale thaïlandais 2-4547-10336-29-9, je rentre",
    "My UTR is 6693502668, can I claim tax relief?",
]


@pytest.mark.parametrize("text", CUED)
def test_a_new_countrys_number_is_found_with_its_cue(text: str) -> None:
    # a UTR is also a valid phone number: the phone's label may win, the characters are the same
    labels = {label for _, label in _found(text)}
    assert labels & {"ID_NUMBER", "PHONE"}, text
    assert _ids(text), text


def test_a_number_the_phone_detector_read_in_part_is_taken_whole_after_its_name() -> None:
    text = "NPWP 55.761.453.4-594.120, I need the invoice"
    assert ("55.761.453.4-594.120", "ID_NUMBER") in _found(text)


def test_a_weak_scheme_without_any_cue_is_not_an_identifier() -> None:
    assert _ids("I counted 05992956500 steps") == []  # a valid OIB, a 1-in-10 check
    assert _ids("I counted 6693502668 steps") == []  # a valid UTR


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The vaccine lot number was FK8892 and batch 23014578, should I worry?", "en"),
        ("Le lot du Doliprane est 4B7712, numéro de lot 22105489 sur la boîte", "fr"),
        ("The barcode number on the box is 3400930000012, is it genuine?", "en"),
        # a generic cue vouches for no company's number (a Moldovan IDNO passes here)
        ("The pharmacy code on the leaflet is 34009 301 234 5 6, is it the same?", "en"),
        ("I take amlodipine 10 mg and 2500 IU of vitamin D since 12/03/2024", "en"),
        ("J'ai payé 12 345 678 francs CFA pour l'opération", "fr"),
        ("My platelets were 145000 and INR 2.3 last week", "en"),
    ],
)
def test_lots_barcodes_doses_dates_and_prices_are_not_this_detectors(text: str, lang: str) -> None:
    assert _ids(text) == [], text


def test_a_phone_keeps_its_label() -> None:
    for text, lang in (
        ("Call me on +44 7700 900123, tax number pending", "en"),
        ("Mon numéro : 06 12 34 56 78.", "fr"),
    ):
        assert {label for _, label in _found(text, lang)} == {"PHONE"}, text
