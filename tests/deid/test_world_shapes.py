"""Postcodes and identity numbers of countries added in issue 9's last round: each shape is tried
on made-up values (identity numbers with valid check digits computed with python-stdnum or the
published algorithm) and on look-alikes that must stay (years, doses, weights, invalid checks)."""

from __future__ import annotations

import pytest
from stdnum import ean, luhn
from stdnum.be import nn as be_nn
from stdnum.ie import pps

from guidelines.deid import find_spans
from guidelines.deid.detectors.world import _medicare_valid, _nhi_valid


def covered(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    chars = set(range(start, start + len(value)))
    for s in find_spans(text, lang):
        chars -= set(range(s.start, s.end))
    return all(not text[i].isalnum() for i in chars)


def labels(text: str, lang: str = "en") -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in find_spans(text, lang)}


def _be_nn() -> str:
    body = "910823047"
    number = body + f"{97 - int(body) % 97:02d}"
    assert be_nn.is_valid(number)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def _avs() -> str:
    body = "756987654321"
    number = body + ean.calc_check_digit(body)
    return f"{number[:3]}.{number[3:7]}.{number[7:11]}.{number[11:]}"


def _pps() -> str:
    digits = "7654321"
    total = sum(int(c) * (8 - i) for i, c in enumerate(digits))
    number = digits + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    assert pps.is_valid(number)
    return number


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "we moved to Bendigo VIC 3550 last year", "3550", "POSTCODE"),
        ("en", "she's at 9 Wattle Rd, Yeppoon QLD 4703.", "4703", "POSTCODE"),
        ("en", "PO Box 77, Katherine NT 0850", "0850", "POSTCODE"),
        ("en", "our Eircode is R95 K7P3, near the church", "R95 K7P3", "POSTCODE"),
        ("en", "post it to Blackrock, Co. Dublin A94 X2C6", "A94 X2C6", "POSTCODE"),
        ("en", "send it to Dayton, OH 45402-1377 please", "45402-1377", "POSTCODE"),
        ("fr", "on habite MC-98000 Monaco depuis peu", "MC-98000", "POSTCODE"),
        ("fr", "écrivez à 08 BP 1120 Abidjan", "08 BP 1120", "ADDRESS"),
        ("fr", "je vis à 9470 Denderleeuw avec mon mari", "9470", "POSTCODE"),
        ("fr", "j'habite près de 6043 Adligenswil", "Adligenswil", "CITY"),
        ("fr", f"mon numéro de registre national est {_be_nn()}", _be_nn(), "ID_NUMBER"),
        ("fr", f"ma caisse demande le {_avs()} et la carte", _avs(), "ID_NUMBER"),
        ("en", f"my PPS is {_pps()} if you need it", _pps(), "ID_NUMBER"),
        ("en", "NHI ZZZ0016, seen at the clinic", "ZZZ0016", "ID_NUMBER"),
        ("en", "Medicare no. 2123 45670 1 for the records", "2123 45670 1", "ID_NUMBER"),
    ],
)
def test_world_shapes_are_found(lang: str, text: str, value: str, label: str) -> None:
    assert covered(text, value, lang), find_spans(text, lang)
    assert any(
        text[s.start : s.end] == value and s.label == label for s in find_spans(text, lang)
    ) or label in ("ADDRESS", "CITY"), labels(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "il est né à 34 SA 2500 g, en couveuse"),
        ("en", "in 2019 Lucy had her tonsils out"),
        ("fr", "j'ai marché à 1000 Mètres d'altitude"),
        ("en", "my hemoglobin was 1250 in the old units"),
        ("en", "NHI ZZZ0044 is not a valid number"),
        ("en", "the code on the box is B12 3456"),
    ],
)
def test_look_alikes_are_not_postcodes_or_ids(lang: str, text: str) -> None:
    got = labels(text, lang)
    assert not any(lbl in ("POSTCODE", "ID_NUMBER") for lbl in got.values()), got


def test_check_digit_algorithms() -> None:
    assert _nhi_valid("ZZZ", "00", "16") and _nhi_valid("ZZZ", "00", "24")
    assert not _nhi_valid("ZZZ", "00", "44") and not _nhi_valid("ZZZ", "00", "17")
    assert _medicare_valid("2123456701") and not _medicare_valid("2123456711")
    assert luhn.is_valid("79927398713")  # the library the other checks rely on
