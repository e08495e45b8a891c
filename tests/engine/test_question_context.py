"""The question as the doctor saw it (CheckContext.question_text): whose name is the answer's?

Doctors see only the anonymised question, so a name they can copy into the answer is one the anonymiser left
there: the asker's (introduced or signed) or that of someone in their care. Such a name is a private person
whatever public cue surrounds it; the asker's own, said to them ("…, Sam."), warns and leaves the library copy.
Without the question the engine behaves as before. Our own sentences, EN and FR.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import (
    CheckContext,
    Checker,
    load_seed_sets,
    neutral_greeting,
    question_asker_names,
)
from guidelines.identifiers import compile_checker, library_copy


@cache
def _checker(jurisdiction: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _pii(text: str, lang: str, question: str = "") -> list[tuple[str, str]]:
    checker = _checker("FR" if lang == "fr" else "GB")
    verdict = checker.check(text, lang=lang, context=CheckContext(question_text=question))
    return [(v.severity, text[v.start : v.end]) for v in verdict.violations if v.rule == "PII-01"]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("My throat has hurt for three days. Thanks, Sam", ("Sam",)),
        ("Hi, I'm Priya and my son has a rash on his arms.", ("Priya",)),
        ("Bonjour, je m'appelle Léa. J'ai mal au genou.", ("Léa",)),
        ("Ma fille a de la fièvre depuis hier.\n— Claire", ("Claire",)),
        ("Thanks, [PERSON_1]", ()),  # the anonymiser replaced it: nothing to know
        ("My knee hurts after running since Monday.", ()),
    ],
)
def test_the_askers_own_names_are_read_from_the_question(
    question: str, names: tuple[str, ...]
) -> None:
    assert question_asker_names(question) == names


@pytest.mark.parametrize(
    ("lang", "answer", "question", "name"),
    [
        (
            "en",
            "A sore throat usually settles in a week. I hope this helps, Sam.",
            "It hurts. Thanks, Sam",
            "Sam",
        ),
        (
            "fr",
            "Une entorse guérit en quelques semaines. Bon courage, Léa.",
            "Je m'appelle Léa. J'ai mal.",
            "Léa",
        ),
    ],
)
def test_the_askers_name_said_to_them_warns_with_the_question_and_blocks_without(
    lang: str, answer: str, question: str, name: str
) -> None:
    assert _pii(answer, lang, question) == [("warn", name)]
    assert ("block", name) in _pii(answer, lang)
    copy, removed = library_copy(answer, lang, question)
    assert name not in copy and removed == name


@pytest.mark.parametrize(
    ("lang", "answer", "question", "name"),
    [
        (
            "en",
            "The tennis player Andy Murray had a hip resurfacing and went back to playing.",
            "My husband Andy Murray needs a new hip, he is 61.",
            "Andy Murray",
        ),
        (
            "fr",
            "La chanteuse Céline Dion a parlé publiquement de sa maladie.",
            "Ma sœur Céline Dion a des raideurs musculaires.",
            "Céline Dion",
        ),
    ],
)
def test_a_name_shared_with_the_question_is_private_whatever_the_cue(
    lang: str, answer: str, question: str, name: str
) -> None:
    assert _pii(answer, lang, "My husband [PERSON_1] needs a new hip.") == []
    assert ("block", name) in _pii(answer, lang, question)


def test_neutral_greeting_leaves_the_askers_vocatives_out() -> None:
    copy, removed = neutral_greeting("Rest helps. Sam, keep drinking water.", "en", (), ("Sam",))
    assert (copy, removed) == ("Rest helps. Keep drinking water.", "Sam")
    assert neutral_greeting("Sam's knee will heal.", "en", (), ("Sam",)) == (
        "Sam's knee will heal.",
        "",
    )
