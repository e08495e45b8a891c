"""Round 9 (issue 8): reported text, adoption and feared diagnoses (groups_round9.py, docs/triage.md)."""

from __future__ import annotations

import pytest

from tests.triage_core.groups_round9 import GROUPS, NEW_FLAGS
from triage.core import assess
from triage.core.assess import model
from triage.core.document import Document

POSITIVE = [
    pytest.param(flag, lang, text, id=f"{name}-yes-{i}")
    for name, (flag, positives, _) in GROUPS.items()
    for i, (lang, text) in enumerate(positives)
]
NEGATIVE = [
    pytest.param(lang, text, id=f"{name}-no-{i}")
    for name, (_, _, negatives) in GROUPS.items()
    for i, (lang, text) in enumerate(negatives)
]


@pytest.mark.parametrize(("flag", "lang", "text"), POSITIVE)
def test_stated_or_adopted_symptom_raises_its_flag(flag: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert flag in result.red_flags, result.red_flags
    assert result.emergency and result.urgency == "emergency"


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_reported_or_feared_look_alike_raises_no_flag(lang: str, text: str) -> None:
    assert assess(text, lang).red_flags == ()


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # The span runs from the cue to the patient's own statement at the head of a clause.
        (
            "chatgpt says call 999 if chest pain. i have a cough",
            "chatgpt says call 999 if chest pain.",
        ),
        (
            "the nhs site says go to a&e if confused, and my son is fine",
            "the nhs site says go to a&e if confused, and ",
        ),
        # A first-person word that is not a clause head keeps the span open.
        ("chatgpt says i might be having a stroke", "chatgpt says i might be having a stroke"),
        (
            "le site dit d'appeler le 15 si douleur. moi j'ai un rhume",
            "le site dit d'appeler le 15 si douleur.",
        ),
        ("tu dis que ton fils a de la fievre", "tu dis que ton fils a de la fievre"),
        # A later sentence with a first-person word anywhere is the patient's again.
        (
            "google says heart attack. crushing pain down my arm",
            "google says heart attack.",
        ),
        (
            "chatgpt says call 999 if you have chest pain. . sudden confusion. . face drooping",
            "chatgpt says call 999 if you have chest pain. . sudden confusion. . face drooping",
        ),
        # Adopting the list lifts the scope.
        ("chatgpt says call 999 if chest pain with sweating. i have both of those", ""),
        ("google dit douleur et sueurs = 15. j'ai tous ces symptomes", ""),
        # No cue, no span.
        ("my son has a fever and a stiff neck", ""),
    ],
)
def test_document_reported_spans(text: str, reported: str) -> None:
    doc = Document(text, model())
    assert "".join(doc.text[a:b] for a, b in doc.reported) == reported


def test_learned_evidence_does_not_read_reported_text() -> None:
    doc = Document("chatgpt says call 999 if chest pain. i have a cough", model())
    assert doc.own_text == "i have a cough"
    plain = Document("i have a cough", model())
    assert plain.own_text == plain.text


def test_new_flags_are_phrased_five_ways_with_two_look_alikes() -> None:
    for name, (flag, positives, negatives) in GROUPS.items():
        if flag not in NEW_FLAGS:
            continue
        for lang in ("en", "fr"):
            assert sum(ln == lang for ln, _ in positives) >= 5, (name, lang)
            assert sum(ln == lang for ln, _ in negatives) >= 2, (name, lang)
    assert {flag for flag, _, _ in GROUPS.values()} >= set(NEW_FLAGS)


def test_a_feared_diagnosis_counts_beside_its_discriminating_feature() -> None:
    # Alone the fear names nothing; with "spreading fast" it completes necrotising fasciitis.
    assert assess("worried about necrotising fasciitis", "en").red_flags == ()
    assert (
        "necrotising_fasciitis"
        in assess(
            "worried about necrotising fasciitis, the redness is spreading fast", "en"
        ).red_flags
    )
