"""Round 38 (helper triage38; docs/triage.md "Round 38"): the learned evidence alone raises
`critical_vital_signs` only on a text that asserts one of the flag's own concepts (a pressure or a rate out
of range, a faint, a collapse, chest pain, breathlessness, confusion…), whatever LEARNED_GATE says
(`learned_requires_always`). Measured by leave-one-set-out: it lost no emergency and sent a hard negative (red
urine after beetroot, raised at 0.99) to the middle tier. Other flags' gates were measured and not made.
Our own sentences."""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path

import pytest

from triage.core import assess, learned

assess_module = importlib.import_module("triage.core.assess")
REDFLAGS = Path(__file__).resolve().parents[2] / "triage" / "core" / "data" / "redflags.json"


def _always(flag: str, p: float = 0.99) -> learned.Learned:
    """A model that says `flag` at probability about p on any text."""
    bias = math.log(p / (1 - p))
    return learned.Learned(
        {
            "buckets": 16,
            "emergency": {"classes": ["none", flag], "bias": [0.0, bias], "weights": {}},
        }
    )


def test_the_vital_signs_gate_is_always_on_and_reads_the_flags_own_concepts() -> None:
    flags = {f["code"]: f for f in json.loads(REDFLAGS.read_text())["flags"]}
    item = flags["critical_vital_signs"]
    own = {
        c for combo in item["any_of"] for c in (combo["all"] if isinstance(combo, dict) else combo)
    }
    assert item["learned_requires_always"] is True
    assert set(item["learned_requires_concepts"]) <= own
    # Measured and not made (they lost emergencies on leave-one-set-out folds or held-out sets).
    for code in (
        "suicide_risk",
        "hypothermia",
        "overdose_poisoning",
        "severe_breathing_difficulty",
    ):
        assert not flags[code].get("learned_requires_always", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ate a big bowl of beetroot soup yesterday and today my wee is pinkish. Feel totally fine.",
        ),
        (
            "fr",
            "Après une soupe de betteraves, mes urines sont rosées ce matin. Je me sens très bien.",
        ),
    ],
)
def test_a_lone_vital_signs_alarm_without_a_sign_gets_the_middle_tier(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("critical_vital_signs"))
    result = assess(text, lang)
    assert not result.emergency
    assert assess_module.LEARNED_PARTIAL in result.partial


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My dad's pressure is 240 over 130 on the machine and he says he feels dizzy and odd.",
        ),
        (
            "fr",
            "Ma mère a fait un malaise, elle a la tête qui tourne et le cœur à 190 sur la montre.",
        ),
    ],
)
def test_a_lone_vital_signs_alarm_with_a_sign_is_raised(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("critical_vital_signs"))
    assert assess(text, lang).emergency
