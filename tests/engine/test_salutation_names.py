"""Names in greetings and sign-offs (docs/guidelines-engine.md, "Greetings and sign-offs").

The answer is published verbatim in the library beside the anonymised question, so the asker's name in a greeting
still blocks (with its own advice); a name signing the answer off is the author's, shown with the answer anyway,
so it only warns. Anywhere else a name blocks as before.
"""

from __future__ import annotations

import pytest

from tests.engine.helpers import violations

BODY = "A cough after a cold can last three weeks; see your GP if you are breathless."
CORPS = "Une toux après un rhume peut durer trois semaines ; consultez si vous êtes essoufflé."


def _ids(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(v.severity, v.message) for v in violations("identifiers", text, lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Hi John Smith,\n\n{BODY}"),
        ("en", f"Dear John Smith! {BODY}"),
        ("en", f"John Smith, {BODY}"),
        ("fr", f"Bonjour Marie Dupont,\n\n{CORPS}"),
        ("fr", f"Chère Marie Dupont, {CORPS}"),
    ],
)
def test_the_greeted_name_still_blocks_with_its_own_advice(lang: str, text: str) -> None:
    found = _ids(text, lang)
    assert [sev for sev, _ in found] == ["block"]
    assert "greeting" in found[0][1] or "salutation" in found[0][1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"{BODY}\n\nBest wishes,\nDr Jones"),
        ("en", f"{BODY}\n\n— Dr Jones"),
        ("en", f"{BODY}\nKind regards, John Smith."),
        ("fr", f"{CORPS}\n\nBien à vous,\nMarie Dupont"),
        ("fr", f"{CORPS}\n\n– Marie Dupont"),
    ],
)
def test_a_sign_off_name_only_warns(lang: str, text: str) -> None:
    assert [sev for sev, _ in _ids(text, lang)] == ["warn"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A third person named in the body, at the end, or after the greeting's comma.
        ("en", f"{BODY} I told John Smith the same."),
        ("en", f"{BODY}\nBest wishes to John Smith."),
        ("en", f"{BODY}\nJohn Smith"),  # a bare last line, no closing formula: not a sign-off
        ("en", f"Hi, my patient John Smith had this. {BODY}"),
        ("en", f"Best wishes,\nDr Jones\n\n{BODY}"),  # sign-off shape not at the end
        ("fr", f"Bonjour, {CORPS} Marie Dupont a eu la même chose."),
        ("fr", f"{CORPS}\nBien à vous et à Marie Dupont."),
    ],
)
def test_other_names_still_block(lang: str, text: str) -> None:
    assert [sev for sev, _ in _ids(text, lang)] == ["block"]
