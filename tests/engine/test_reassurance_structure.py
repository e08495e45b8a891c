"""False reassurance in everyday words: goes away by itself, completely normal, no cause for concern (answers11)."""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from tests.engine.helpers import violations

DISMISSING = [
    ("en", "That is perfectly normal and will settle by itself."),
    ("en", "There is nothing to be worried about here."),
    ("en", "No cause for concern, it'll clear up on its own."),
    ("fr", "Aucune inquiétude à avoir."),
    ("fr", "C'est tout à fait bénin, ça va disparaître tout seul."),
    ("fr", "Rien d'inquiétant dans ce que vous décrivez."),
]

SOUND = [
    ("en", "Patients are sometimes told 'it will settle by itself'; that is wrong."),
    ("en", "It is not completely normal, so please see your GP this week."),
    (
        "en",
        "Most colds will clear up on their own within 10 days. If you have a high fever or trouble breathing, "
        "call 111 or see your GP.",
    ),
    ("fr", "On entend souvent « ça va passer tout seul » ; ce n'est pas toujours vrai."),
    (
        "fr",
        "La plupart des rhumes vont guérir spontanément en une semaine. Si la fièvre dure plus de trois jours, "
        "consultez votre médecin.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISMISSING)
def test_dismissal_warns(lang: str, text: str) -> None:
    found = violations("false_reassurance", text, lang=lang)
    assert found, text


@pytest.mark.parametrize(("lang", "text"), DISMISSING[:1] + DISMISSING[3:4])
def test_dismissal_blocks_with_a_red_flag(lang: str, text: str) -> None:
    ctx = CheckContext(question_emergency=True)
    found = violations("false_reassurance", text, lang=lang, context=ctx)
    assert any(v.severity == "block" for v in found), text


@pytest.mark.parametrize(("lang", "text"), SOUND)
def test_quoted_negated_or_safety_netted_passes(lang: str, text: str) -> None:
    assert not violations("false_reassurance", text, lang=lang), text
