"""The lead's deid round of 2026-12-07 21:50 (post hoc on blind29; docs/deid.md): a Welsh postcode whose district
is "SA" is no company ("Swansea SA1 5SF"), and a Scottish tenement's floor/door opens its address ("Flat 2/1, 44
Kilbirnie Street"). Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in find_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Discharged to 12 Bryn Road, Swansea SA2 0AB, with the district nurses.", "SA2 0AB"),
        ("Lives in Llanelli SA15 3JW with her sister.", "SA15 3JW"),
    ],
)
def test_a_postcode_district_named_sa_is_no_company(text: str, postcode: str) -> None:
    assert (postcode, "POSTCODE") in _spans(text)


def test_a_company_with_its_legal_form_is_still_one() -> None:
    assert ("Dupont Transports SA", "ORGANIZATION") in _spans(
        "Invoice from Dupont Transports SA, Geneva."
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Flat 3/2, 18 Dumbarton Road, Glasgow G11 6AA.", "Flat 3/2, 18 Dumbarton Road"),
        ("New tenancy at 1/1, 40 Allison Street from Monday.", "1/1, 40 Allison Street"),
    ],
)
def test_a_tenement_floor_and_door_open_the_address(text: str, address: str) -> None:
    assert any(span == address and label == "ADDRESS" for span, label in _spans(text))
