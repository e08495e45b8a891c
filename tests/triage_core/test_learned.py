"""The learned evidence (triage/core/learned.py): what it adds, what it must never do, reproducibility.

The texts here were written for these tests and are not in the training data.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import sys
from pathlib import Path

import pytest

from triage.core import assess, learned
from triage.core.rules import TriageDataError

ROOT = Path(__file__).resolve().parents[2]
assess_module = importlib.import_module("triage.core.assess")

_FILLER = (
    "I have been meaning to write for a while about a few admin things. The repeat prescription "
    "for my blood pressure tablets went to the wrong pharmacy again last month and I had to "
    "phone three times. My son is starting university in the autumn and needs his vaccination "
    "history, which I cannot find in the app. We also had a leak in the bathroom that flooded "
    "the kitchen ceiling, so the house has been chaos, builders everywhere and dust on "
    "everything. My sister visited with her dogs for the weekend, which was lovely but tiring. "
    "The car failed its inspection too, something about the brakes, so I have been taking the "
    "bus to work, which adds forty minutes each way. "
)
RAMBLING = (
    _FILLER
    + "Anyway, about an hour ago my husband suddenly could not lift his left arm, the left side "
    "of his face has dropped and his words come out slurred and jumbled. "
    + _FILLER
    + "Sorry this is so long, and thank you for reading it."
)


def _learned_only(monkeypatch: pytest.MonkeyPatch, text: str, lang: str = "en") -> bool:
    """True when the emergency comes from the learned evidence (the rules alone miss it)."""
    result = assess(text, lang)
    monkeypatch.setattr(assess_module, "RAISE", 2.0)
    rules = assess(text, lang)
    monkeypatch.undo()
    return result.emergency and not rules.emergency


def test_a_rambling_300_word_message_with_the_emergency_in_the_middle_raises_it() -> None:
    assert 280 <= len(RAMBLING.split()) <= 340
    result = assess(RAMBLING, "en")
    assert result.emergency and "stroke" in result.red_flags


@pytest.mark.parametrize(
    ("flag", "lang", "text"),
    [
        ("unconscious_or_seizure", "en", "gf on floor shakin all over cant wake her up like 8 mins now pls"),
        ("acute_coronary_syndrome", "en", "dad chest v tight like a weight on it goin down his arm n hes all sweaty"),
        ("anaphylaxis", "fr", "g mangé des cacahuetes ma gorge gonfle jarrive pas a respirer"),
    ],
)  # fmt: skip
def test_an_sms_spelled_emergency_raises_it(flag: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert result.emergency and flag in result.red_flags, result


@pytest.mark.parametrize(
    ("flag", "lang", "text"),
    [
        ("stroke", "en", "I'm writing for my mum, she is 86. Since lunch she can't find her words and her right hand won't grip her cup."),
        ("sepsis", "fr", "Je vous écris pour mon père de 90 ans : depuis ce matin il est confus, brûlant puis glacé, il respire très vite et ses genoux sont marbrés."),
    ],
)  # fmt: skip
def test_a_carer_writing_for_an_elderly_parent_raises_it(flag: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert result.emergency and flag in result.red_flags, result


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No chest pain, no breathlessness, just a tickly cough for two days. Honey or lozenges?"),
        ("en", "In 2015 my dad had a stroke, his face dropped and he couldn't talk. He recovered fully and is 70 now. Is a flu jab safe for him?"),
        ("fr", "Il y a sept ans j'ai fait une crise d'épilepsie, je n'ai rien eu depuis. Puis-je reprendre le permis ?"),
        ("en", "Hypothetically, if someone's throat was swelling after a bee sting, should you use their EpiPen?"),
        ("fr", "Mon fils n'a pas de fièvre, pas de taches, il mange bien, juste le nez qui coule. Faut-il consulter ?"),
    ],
)  # fmt: skip
def test_a_negated_historical_or_hypothetical_emergency_raises_nothing(
    lang: str, text: str
) -> None:
    assert assess(text, lang).red_flags == ()


@pytest.mark.parametrize(
    "text",
    [
        "dad chest v tight like a weight on it goin down his arm n hes all sweaty",
        _FILLER
        + "Anyway, twenty minutes ago he went grey and sweaty, clutching the middle of his chest, "
        "says it feels like a heavy weight sitting on it and it goes into his jaw. " + _FILLER,
    ],
)
def test_the_learned_evidence_catches_wording_the_rules_miss(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # The rules alone miss these (checked inside): the point of the model is unwritten wording.
    assert _learned_only(monkeypatch, text)
    assert "acute_coronary_syndrome" in assess(text).red_flags


def test_the_model_never_removes_an_emergency_the_rules_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A model that says "none" with certainty everywhere.
    silent = learned.Learned(
        {
            "buckets": 16,
            "emergency": {"classes": ["none", "stroke"], "bias": [50.0, -50.0], "weights": {}},
        }
    )
    monkeypatch.setattr(assess_module, "learned_model", lambda: silent)
    result = assess("crushing chest pain going down my left arm and I'm sweating", "en")
    assert result.emergency and "acute_coronary_syndrome" in result.red_flags
    assert assess(RAMBLING).emergency  # the rules alone raise this one too


def test_rules_flags_are_kept_whatever_the_model_says(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.triage_core.blind_sets_round3 import SETS

    texts = [(case[3], case[4]) for cases in SETS.values() for case in cases]
    with_model = [assess(text, lang).red_flags for lang, text in texts]
    monkeypatch.setattr(assess_module, "RAISE", 2.0)
    for (lang, text), flags in zip(texts, with_model, strict=True):
        rules = assess(text, lang).red_flags
        assert set(rules) <= set(flags), text


def test_a_middle_score_gives_the_safety_net_tier_not_an_emergency() -> None:
    result = assess("I can't do this anymore", "en")
    assert not result.emergency
    assert "mental_distress" in result.partial
    assert (
        result.urgency in {"emergency", "urgent"}
        or assess_module.LEARNED_PARTIAL not in result.partial
    )


def test_inference_is_deterministic() -> None:
    model = learned.load()
    first = assess_module.learned_model().evidence(assess_module.learned_model().features(RAMBLING))
    again = model.evidence(model.features(RAMBLING))
    assert first == again and first.flag == "stroke"
    assert [assess(RAMBLING) for _ in range(3)] == [assess(RAMBLING)] * 3


def test_the_shipped_file_was_trained_on_the_current_data_by_the_recorded_command() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.triage.training_data import BUCKETS, SEED, training_digest, training_set

    blob = (ROOT / "triage" / "core" / "data" / learned.FILE).read_bytes()
    # the shipped file as triage reads it, once per process (parsing its 9 MB again costs ~0.5 s)
    meta = assess_module.learned_model().meta
    examples = training_set()
    assert meta["seed"] == SEED and meta["buckets"] == BUCKETS
    assert meta["trainer"] == "bench/triage/train_learned.py"
    assert meta["training_texts"] == len(examples)
    # Fails when a labelled set or the generator changed without retraining:
    # run .venv/bin/python bench/triage/train_learned.py
    assert meta["training_digest"] == training_digest(examples)
    assert hashlib.sha256(blob).hexdigest()  # the byte-for-byte check: train_learned.py --check


def test_a_malformed_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(
        gzip.compress(
            b'{"buckets": 4, "emergency": {"classes": ["stroke"], "bias": [0], "weights": {}}}'
        )
    )
    with pytest.raises(TriageDataError, match="first class must be 'none'"):
        learned.load(str(bad))
    bad.write_bytes(b"not gzip")
    with pytest.raises(TriageDataError, match=learned.FILE):
        learned.load(str(bad))


def test_a_flag_with_its_own_raise_threshold_needs_more_evidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A model that always says "stroke" at p ≈ 0.95: raised at the default 0.9, not at 0.97.
    def model(raise_at: dict[str, float]) -> learned.Learned:
        emergency = {"classes": ["none", "stroke"], "bias": [0.0, 3.0], "weights": {}}
        return learned.Learned({"buckets": 16, "emergency": {**emergency, "raise": raise_at}})

    text = "a question about my repeat prescription"
    monkeypatch.setattr(assess_module, "learned_model", lambda: model({}))
    assert assess(text).red_flags == ("stroke",)
    monkeypatch.setattr(assess_module, "learned_model", lambda: model({"stroke": 0.97}))
    result = assess(text)
    assert not result.emergency and assess_module.LEARNED_PARTIAL in result.partial
    assert model({"stroke": 0.5}).raise_threshold("stroke", 0.9) == 0.9  # never below the default


def test_a_malformed_raise_threshold_is_a_clear_error() -> None:
    with pytest.raises(TriageDataError, match=r"emergency\.raise"):
        learned.Learned(
            {
                "buckets": 4,
                "emergency": {"classes": ["none"], "bias": [0], "weights": {}, "raise": {"x": "?"}},
            }
        )


def test_the_training_sets_are_an_explicit_list_without_the_after_measure() -> None:
    sys.path.insert(0, str(ROOT))
    from bench.triage import training_data

    assert training_data.HELDOUT_SETS == (
        "heldout-2026-12-03", "heldout-2026-12-03b", "heldout-2026-12-03c", "heldout-2026-12-04",
        "heldout-2026-12-04b", "heldout-2026-12-05", "heldout-2026-12-05b", "heldout-2026-12-05c",
        "heldout-2026-12-05d", "heldout-2026-12-06", "heldout-2026-12-06b",
    )  # fmt: skip
    # blind12 (heldout-2026-12-06c) and any later set are the untouched after-measure
    with pytest.raises(ValueError, match="not a training set"):
        training_data.heldout_records("heldout-2026-12-06c")
    meta = assess_module.learned_model().meta
    trained_on = {k for k in meta["by_source"] if k.startswith("heldout")}
    assert trained_on == {training_data.heldout_source(n) for n in training_data.HELDOUT_SETS}
