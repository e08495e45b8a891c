"""Round 28: the learned models read the text through a frozen view; a learned-only suicide gate (measured, off).

The shipped learned.json.gz was trained on features of the normaliser and scope cues as they were at its
commit; data/learned_view.json freezes them (bench/triage/freeze_learned_view.py), so later rounds of rules
do not move what the model sees. bench/triage/learned_guard.json (written by train_learned.py only with the
shipped file or after a byte-for-byte --check) records the digests this file recomputes: a change that moves
the learned features without a retrain fails here (docs/triage.md, "Learned model, round 28").
The texts here were written for these tests and are not in the training data.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path

import pytest

from triage.core import assess, learned, learned_view

ROOT = Path(__file__).resolve().parents[2]
assess_module = importlib.import_module("triage.core.assess")
RETRAIN = "bench/triage/train_learned.py (docs/triage.md, 'Learned model, round 28', Retraining)"


def _guard() -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    from bench.triage import learned_guard

    return learned_guard.read()


def test_the_guard_speaks_for_the_shipped_file_and_the_frozen_view() -> None:
    guard = _guard()
    blob = (ROOT / "triage" / "core" / "data" / learned.FILE).read_bytes()
    assert guard["model_sha256"] == hashlib.sha256(blob).hexdigest(), f"retrain: {RETRAIN}"
    assert guard["view_digest"] == learned_view.digest(), f"the frozen view changed: {RETRAIN}"
    assert guard["view_version"] == learned_view.frozen().version


def test_the_learned_features_of_the_training_sample_have_not_moved() -> None:
    """The emergency model's and the router's input on every 20th training / routing text, as recorded
    when the shipped file was built or matched byte for byte (a few seconds, unlike --check)."""
    sys.path.insert(0, str(ROOT))
    from bench.triage import learned_guard

    guard, now = learned_guard.read(), learned_guard.digests()
    assert now["features_digest"] == guard["features_digest"], f"features moved: {RETRAIN}"
    # The router also reads the keyword rules' evidence (specialty keywords, by design).
    assert now["router_digest"] == guard["router_digest"], f"router input moved: {RETRAIN}"


@pytest.mark.parametrize(
    "text",
    [
        "My brother went quiet, then his left arm went floppy and his speech is slurred since noon.",
        "Ma mère a le visage qui tombe d'un côté et elle n'arrive plus à parler depuis une heure.",
    ],
)
def test_the_learned_features_do_not_read_the_rules(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A round of rules (a new normalisation, history or informational cue) does not move them."""
    lm = assess_module.learned_model()
    before = lm.features(text)
    rules = assess_module.model()
    monkeypatch.setattr(rules, "normalize", lambda t: "nothing to see here")
    monkeypatch.setattr(rules, "history", rules.terminators)
    monkeypatch.setattr(rules, "informational", rules.terminators)
    assert lm.features(text) == before
    assert lm.features(text) == lm.features(learned_view.read(text))  # raw or normalised: same view


def test_the_view_is_the_frozen_normaliser_not_the_rules() -> None:
    # "month" was read as "months" when the shipped model was trained (round 26b): the view keeps it.
    raw = "J'ai eu une crise le mois dernier. I had a seizure last month."
    assert "last month." in assess_module.model().normalize(raw)
    assert "last months." in learned_view.read(raw)
    assert learned_view.frozen().version.endswith("+e70ed29")


def _always(flag: str, p: float = 0.99) -> learned.Learned:
    """A model that says `flag` at probability about p on any text."""
    import math

    bias = math.log(p / (1 - p))
    return learned.Learned(
        {
            "buckets": 16,
            "emergency": {"classes": ["none", flag], "bias": [0.0, bias], "weights": {}},
        }
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My dad is 83 and his cataract operation is next week. How long before he can read?",
        ),
        (
            "en",
            "My daughter has been a bit down since her exams, she is eating and seeing friends.",
        ),
        ("fr", "Ma mère de 85 ans a glissé de sa chaise sans se faire mal. Faut-il un tapis ?"),
        ("fr", "Mon fils est un peu triste depuis la rentrée, il mange et dort bien."),
    ],
)
def test_with_the_gate_a_learned_only_suicide_flag_needs_a_word_of_suicide(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("suicide_risk"))
    assert assess(text, lang).red_flags == ("suicide_risk",)  # the gate is off (not shipped)
    monkeypatch.setattr(assess_module, "LEARNED_GATE", True)
    result = assess(text, lang)
    assert not result.emergency
    assert assess_module.LEARNED_PARTIAL in result.partial  # the middle tier, not nothing


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I've written letters to my kids and sorted my affairs. Tomorrow it stops."),
        ("en", "He keeps saying everyone would be better off without him."),
        ("fr", "J'ai écrit une lettre d'adieu à ma sœur, demain tout sera réglé."),
        ("fr", "Il a caché une corde dans le garage, il dit qu'il n'en peut plus."),
    ],
)
def test_with_the_gate_a_learned_only_suicide_flag_with_such_a_word_is_raised(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    monkeypatch.setattr(assess_module, "LEARNED_GATE", True)
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("suicide_risk"))
    assert "suicide_risk" in assess(text, lang).red_flags


def test_the_gate_is_for_the_learned_evidence_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assess_module, "LEARNED_GATE", True)
    # The rules still raise a suicide risk told plainly, whatever the model says.
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("stroke", 0.01))
    assert assess("I want to kill myself tonight, I have the pills ready.").red_flags == (
        "suicide_risk",
    )
    # Another flag raised by the model alone is not gated.
    monkeypatch.setattr(assess_module, "learned_model", lambda: _always("stroke"))
    assert assess("a question about my repeat prescription").red_flags == ("stroke",)


def test_with_the_gate_the_shipped_model_no_longer_raises_a_sad_teenager(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # from this round's own set (bench/triage/learned28/own.jsonl): the shipped model alone says
    # suicide risk at >= 0.9 here; no word of suicide, self-harm, means, plan or farewell
    text = (
        "My son is 15 and seems sad after breaking up with his girlfriend. He's eating and going "
        "to school. How do I talk to him about it?"
    )
    assert assess(text, "en").red_flags == (
        "suicide_risk",
    )  # shipped as it is: a known false alarm
    monkeypatch.setattr(assess_module, "LEARNED_GATE", True)
    result = assess(text, "en")
    assert not result.emergency and assess_module.LEARNED_PARTIAL in result.partial
