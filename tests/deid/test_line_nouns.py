"""A name never runs onto the next line, and a French abstract noun opening a line of a letter is no name or town
(« Infertilité … », « Dysphorie de genre », « Hyperstimulation ovarienne »): the lead's round 38, post hoc on blind31's
medical damage (names/base.py `extend`, medical_veto.drop_final_medical). The names on the line before stay hidden.
Our own sentences."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans

CASES = [
    (
        "fr",
        "Dossier PMA\nConjoint : Marc Lefèvre-Ngoma\nInfertilité masculine confirmée au spermogramme.",
        "Infertilité",
        "Marc Lefèvre-Ngoma",
    ),
    (
        "fr",
        "Patient : Noé, 16 ans\nMère présente : Mme Anne Roussel\nDysphorie de genre suivie au CHU.",
        "Dysphorie",
        "Anne Roussel",
    ),
    (
        "fr",
        "Patiente : Inès Moreau\nAdresse : 12 rue des Lilas, 97200 Fort-de-France\nHyperstimulation ovarienne après ponction.",
        "Hyperstimulation",
        "Inès Moreau",
    ),
]


def _covered(text: str, lang: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in find_spans(text, lang))


@pytest.mark.parametrize(("lang", "text", "condition", "name"), CASES)
def test_the_condition_stays_and_the_name_is_hidden(
    lang: str, text: str, condition: str, name: str
) -> None:
    assert not _covered(text, lang, condition)
    assert _covered(text, lang, name)
