"""The shipped stance model (guidelines/engine/stance_model.json): deterministic, reproducible from the project's own
data, explained by a clause and a score, blocking only when a structural cue agrees."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.engine.stance_model import MODEL_PATH, current, load, null, using
from guidelines.identifiers import compile_checker

ROOT = Path(__file__).resolve().parents[2]
SEEDS = load_seed_sets()
DISCLAIMER = {
    "en": " This is not a consultation and I cannot examine you.",
    "fr": " Cette réponse ne remplace pas une consultation.",
}


@cache
def _seed(jurisdiction: str) -> Checker:
    return compile_checker(
        [r for s in SEEDS.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _check(text: str, lang: str, jur: str, emergency: bool = False):  # type: ignore[no-untyped-def]
    return _seed(jur).check(
        text + DISCLAIMER[lang], lang=lang, context=CheckContext(question_emergency=emergency)
    )


def test_scores_are_deterministic_across_loads_and_calls() -> None:
    a, b = load(), load()
    clause = "honestly the locum who saw you would struggle to spot a broken leg on an x-ray"
    assert a.scores(clause) == b.scores(clause) == a.scores(clause)
    text = "The physio you saw clearly learned anatomy from a colouring book. Ice and rest help."
    first = [v.to_dict() for v in _check(text, "en", "GB").violations]
    assert all(
        [v.to_dict() for v in _check(text, "en", "GB").violations] == first for _ in range(3)
    )


def test_the_shipped_file_is_what_the_training_command_writes() -> None:
    """`bench/engine/train_stance.py` regenerates the shipped file byte for byte (seeded, rounded, sorted)."""
    sys.path.insert(0, str(ROOT / "bench" / "engine"))
    import train_stance  # type: ignore[import-not-found]

    text = train_stance.dump(train_stance.train(train_stance.corpus()))
    assert text == MODEL_PATH.read_text(encoding="utf-8")
    assert len(text) < 1_000_000


@pytest.mark.parametrize(
    ("lang", "jur", "sentence", "kind"),
    [
        (
            "en",
            "GB",
            "Your GP clearly couldn't be bothered to examine you properly, typical.",
            "abuse",
        ),
        (
            "fr",
            "FR",
            "Les gens qui viennent aux urgences pour une ampoule au pied, franchement, ça suffit.",
            "abuse",
        ),
        (
            "fr",
            "FR",
            "Au cabinet nous faisons des séances de cryolipolyse à prix réduit pour les nouveaux patients.",
            "promotion",
        ),
    ],
)
def test_new_wordings_are_reported_with_the_clause_and_a_score(
    lang: str, jur: str, sentence: str, kind: str
) -> None:
    text = f"Intro sentence here. {sentence}"
    found = [v for v in _check(text, lang, jur).violations if v.kind == kind]
    assert found, _check(text, lang, jur).violations
    v = found[0]
    start = text.index(sentence)
    assert start <= v.start < v.end <= start + len(sentence)
    assert "0." in v.message or "1.00" in v.message  # the model's score explains the verdict
    # Without the model, the engine's own cues miss these wordings (what the model adds).
    with using(null()):
        assert not [
            x for x in _check(text, lang, jur).violations if x.kind == kind and "(" in x.message
        ]


@pytest.mark.parametrize(
    ("lang", "jur", "text"),
    [
        (
            "en",
            "GB",
            "Patients are sometimes told they brought it on themselves; that is simply wrong.",
        ),
        (
            "en",
            "GB",
            "Be wary of clinics that promise a free first session. Macmillan offers free support.",
        ),
        ("en", "US", "Message your doctor through the patient portal, or text 988 in a crisis."),
        ("fr", "FR", "On entend encore que les patients obèses manquent de volonté. C'est faux."),
        ("fr", "FR", "Ne vous inquiétez pas de déranger : appelez le 15 si la douleur revient."),
        (
            "en",
            "GB",
            "Ah, the internet strikes again: no, your phone does not cause brain tumours.",
        ),
    ],
)
def test_sound_clauses_are_not_blocked(lang: str, jur: str, text: str) -> None:
    v = _check(text, lang, jur, emergency="15" in text)
    assert v.passed, v.violations


def test_the_model_alone_only_warns() -> None:
    """A clause the model reads as disrespect with no person named (no structural cue) warns, it does not block."""
    text = "Honestly, what did anyone expect from a diet of crisps. Drink water."
    found = [v for v in _check(text, "en", "GB").violations if v.kind == "abuse"]
    assert all(v.severity == "warn" for v in found)
    assert current() is not null()


def test_emergency_number_given_to_dismiss_it_is_no_emergency_guidance() -> None:
    bad = "Un mal de tête brutal après un effort, c'est une migraine. Inutile d'appeler le 15 pour ça."
    good = "Un mal de tête brutal après un effort doit être vu : appelez le 15 maintenant."
    assert any(
        v.kind == "emergency_block" for v in _check(bad, "fr", "FR", emergency=True).violations
    )
    assert not any(
        v.kind == "emergency_block" for v in _check(good, "fr", "FR", emergency=True).violations
    )
    assert any(
        v.kind == "emergency_block"
        for v in _check(
            "No need to call 999 for this, rest.", "en", "GB", emergency=True
        ).violations
    )


def _stance_data() -> Any:
    sys.path.insert(0, str(ROOT / "bench" / "engine"))
    import stance_data  # type: ignore[import-not-found]

    return stance_data


def test_the_held_out_training_pool_is_named_and_excludes_the_after_measure() -> None:
    """The stance data names its held-out sets (never a glob): blind12 (heldout-2026-12-06c) and newer sets are the
    session's untouched after-measure and are refused, without being read."""
    data = _stance_data()
    assert isinstance(data.HELDOUT_SETS, tuple)
    assert len(data.HELDOUT_SETS) == len(set(data.HELDOUT_SETS)) == 11
    assert "heldout-2026-12-06c" not in data.HELDOUT_SETS
    assert set(data.SHIPPED_HELDOUT) <= set(data.HELDOUT_SETS)
    assert all(
        (ROOT / "bench" / "corpus" / n / "answers.jsonl").is_file() for n in data.HELDOUT_SETS
    )
    with pytest.raises(ValueError, match="not a training set"):
        data.heldout_records("heldout-2026-12-06c")
    with pytest.raises(ValueError, match="only the sets of HELDOUT_SETS"):
        data.corpus(("heldout-2026-12-06c",))


def test_each_hand_label_names_one_sentence_of_an_answer_of_its_kind() -> None:
    """MANUAL_HELDOUT marks the violating sentence of a held-out answer the cues miss: the substring must be in
    exactly one sentence of that answer, and its label must be one the answer's expected kind reads as."""
    data = _stance_data()
    records = {str(r["id"]): r for n in data.HELDOUT_SETS for r in data.heldout_records(n)}
    for ident, marks in data.MANUAL_HELDOUT.items():
        record = records[ident]
        labels = {data.KIND_LABEL.get(k) for k in str(record["expected_kind"]).split("|")}
        for sub, label in marks.items():
            assert label in labels, (ident, sub)
            assert sum(sub in s for s in data.sentences(str(record["text"]))) == 1, (ident, sub)
