"""One person's name is one identifier: a redacted name grows over the parts of it left out
(guidelines/deid/names/joins.py). Phrasings written for these tests."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def persons(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "My uncle Georges Abi Nader has gout.", "Georges Abi Nader"),  # a middle part
        (
            "en",
            "Addison Parker, my cousin, has asthma.",
            "Addison Parker",
        ),  # an eponym as first name
        (
            "en",
            "I saw Dr Clement Cushing about my knee.",
            "Clement Cushing",
        ),  # an eponym as surname
        ("fr", "Mme Marie de la Tour a de l'asthme.", "Marie de la Tour"),  # particles
    ],
)
def test_the_whole_name_is_redacted(lang: str, text: str, name: str) -> None:
    assert name in persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the disease keeps its eponym; the title, the relative, the elided article stay outside
        ("en", "She has Addison's disease and sees Dr Parker.", ["Parker"]),
        ("fr", "L'infirmière Nadège est passée ce matin.", ["Nadège"]),
        ("en", "Tom and Jerry Smith came round.", ["Tom", "Jerry Smith"]),
        # a name grows over no other identifier
        ("fr", "C'est le Dr Ogbonna du CHU de Nantes qui a prescrit.", ["Ogbonna"]),
    ],
)
def test_titles_relatives_diseases_and_other_identifiers_stay_outside(
    lang: str, text: str, expected: list[str]
) -> None:
    assert persons(text, lang) == expected
