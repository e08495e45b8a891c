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


# Post hoc on blind28 (same docs section): a condition of disability after a form's field and a screen reader stay
# visible (they are medical, not a person or an organisation).
@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Referral form\nDisability: spina bifida, uses a manual wheelchair.", "bifida"),
        ("fr", "Dossier MDPH\nHandicap : spina bifida, fauteuil manuel.", "bifida"),
        ("en", "I wrote this appeal with NVDA reading it back to me.", "NVDA"),
    ],
)
def test_disability_words_stay_visible(lang: str, text: str, word: str) -> None:
    assert not any(word in text[s.start : s.end] for s in find_spans(text, lang))
