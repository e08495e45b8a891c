"""Identity numbers of other countries (guidelines/deid/detectors/id_schemes.py, data/id_schemes.txt).

Numbers with strong checks are identifiers wherever they appear; weak ones (a 1-in-10 check over nine
digits) only after an identity cue; ordinary medical numbers never. The example numbers were computed
with python-stdnum's own check-digit functions; they belong to no one.
"""

from __future__ import annotations

import random

import pytest

from guidelines.deid import find_spans
from guidelines.deid.candidate import Candidate
from guidelines.deid.detectors.id_schemes import detect_id_schemes, passes, schemes

STRONG = [  # (scheme, number as written): valid without any cue
    ("it.codicefiscale", "RSSMRA85T10A562S"),
    ("es.dni", "60951092B"),
    ("es.dni", "60951092-B"),
    ("es.nie", "X1234567L"),
    ("br.cpf", "103.362.636-86"),
    ("se.personnummer", "850312-6818"),
    ("za.idnr", "8503124283123"),
]
WEAK = [  # valid, but only an identifier after a cue
    ("nl.bsn", "799642630", "BSN"),
    ("pl.pesel", "85072228390", "PESEL"),
    ("ca.sin", "651 658 122", "numéro d'assurance sociale"),
    ("in_.aadhaar", "8785 3262 4571", "Aadhaar"),
    (
        "ch.uid",
        "CHE-109.276.313",
        "IDE",
    ),  # a Swiss business, its French acronym (round of 2026-12-07 21:45)
]


def _ids(text: str) -> list[str]:
    out: list[Candidate] = []
    detect_id_schemes(text, out)
    return [text[c.start : c.end] for c in out]


@pytest.mark.parametrize(("scheme", "number"), STRONG)
def test_a_strong_number_is_an_identifier_anywhere(scheme: str, number: str) -> None:
    assert any(s.name == scheme for s in schemes())
    for text, lang in (
        (f"My brother ({number}) has had asthma since he was small.", "en"),
        (f"Mon frère, {number}, a de l'asthme depuis l'enfance.", "fr"),
    ):
        spans = find_spans(text, lang)
        # a CPF or a personnummer is also a valid US phone number: the phone detector's label may win,
        # the characters redacted are the same
        labels = (
            {"ID_NUMBER", "PHONE"} if scheme in ("br.cpf", "se.personnummer") else {"ID_NUMBER"}
        )
        assert [text[s.start : s.end] for s in spans] == [number], text
        assert spans[0].label in labels, text


@pytest.mark.parametrize(("scheme", "number", "cue"), WEAK)
def test_a_weak_number_needs_a_cue(scheme: str, number: str, cue: str) -> None:
    assert _ids(f"{cue}: {number}") == [number]
    assert _ids(f"my {cue} is {number}, and I have asthma") == [number]
    assert _ids(f"I counted {number} and I have asthma") == []  # no cue: not this detector's call


def test_a_phone_number_keeps_its_label() -> None:
    # 020 7946 0958 also passes the numeric Italian fiscal code's check (Luhn over 11 digits): the phone
    # detector's reading wins
    for text, lang in (
        ("ring 020 7946 0958, codice fiscale", "en"),
        ("Mon numéro : 06 12 34 56 78.", "fr"),
    ):
        assert {s.label for s in find_spans(text, lang)} == {"PHONE"}, text


def test_the_span_is_the_number_only_even_inside_a_run_of_capitals() -> None:
    assert _ids("NIE X1234567L") == ["X1234567L"]
    assert _ids("CF RSSMRA85T10A562S GP") == ["RSSMRA85T10A562S"]
    # never a part of a number written in groups, nor a part of a hyphenated code
    assert _ids("numéro 4521 8890 1234 svp") == []
    assert _ids("hospital card QC-2291-5540") == []


@pytest.mark.parametrize(
    "text",
    [
        "BP 120/80, HR 88, SpO2 97 %, T 38.2, RR 22",
        "HbA1c 48 mmol/mol on 12/03/2024, INR 2.5, eGFR 58, E11.9",
        "Kardégic 75 mg 1-0-0, Levothyrox 100 µg, ECG at 14:32",
        "LOT 4B7X92K EXP 2027-03, 30 TABLETS 500 MG",
        "appelez le 06 12 34 56 78 ou le 0612345678",
        "call 07700 900123 or (212) 555-0134",
    ],
)
def test_medical_numbers_and_phones_are_not_identity_numbers(text: str) -> None:
    assert _ids(text) == []


def test_strong_schemes_reject_ordinary_numbers() -> None:
    # the table's "alone" column holds: at most 2 % of random numbers of any length from 8 to 13 digits
    # pass (bench/deid/id_scheme_rates.py measures 3,000 a length; a smaller seeded sample here, with
    # room for sampling noise)
    rng = random.Random(7)  # noqa: S311 - a seeded sample, not a secret
    for scheme in (s for s in schemes() if s.alone):
        for length in range(8, 14):
            passed = 0
            for _ in range(400):
                value = "".join(rng.choice("0123456789") for _ in range(length))
                passed += passes(scheme.module, value)
            assert passed / 400 <= 0.035, (scheme.name, length)
