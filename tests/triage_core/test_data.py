"""The reviewable data files: complete, consistent, and compiled correctly."""

from __future__ import annotations

import re

import pytest

from tests.triage_core.cases import HARD_NEGATIVES, NEGATED, POSITIVE
from textkit.literals import LiteralIndex, required_literals
from triage.core import RED_FLAGS, assess
from triage.core.assess import general_practice_table, model
from triage.core.rules import TriageDataError, compile_any, load_json


def test_every_red_flag_has_labels_notes_sources_and_a_specialty() -> None:
    for flag in load_json("redflags.json")["flags"]:
        assert flag["label"]["en"] and flag["label"]["fr"], flag["code"]
        assert len(flag["notes"]) > 20, flag["code"]
        assert flag["sources"], flag["code"]
        assert flag["specialty"], flag["code"]
    assert set(RED_FLAGS) >= {
        "acute_coronary_syndrome", "stroke", "suicide_risk", "anaphylaxis", "severe_bleeding",
        "infant_fever", "meningitis", "overdose_poisoning", "severe_breathing_difficulty",
        "unconscious_or_seizure", "thunderclap_headache", "pregnancy_emergency", "sepsis",
        "testicular_torsion", "diabetic_emergency",
    }  # fmt: skip


def test_every_concept_is_used_by_a_rule() -> None:
    used = {
        name
        for rule in model().flags + model().cues
        for c in rule.combinations
        for name in c.concepts
    }
    # The emergency routing table (routing.json) reads concepts too, its own and the flags'.
    for route in model().emergency_routing:
        used |= route.not_concepts.union(*route.concepts)
    # So does the child convention (routing.json "child_patient": the patient's age group).
    child = model().child_patient
    used |= set(child.not_concepts).union(*(names for names, _, _ in child.groups))
    used |= set(child.non_emergency_not) | set(child.pregnancy)  # route 37
    # And general practice first (routing.json "general_practice_first", round 28).
    for gp_rule in general_practice_table():
        used |= set(gp_rule.not_concepts).union(*gp_rule.concepts)
    assert set(model().concepts) == used


def test_a_bad_pattern_is_reported_with_its_place() -> None:
    with pytest.raises(TriageDataError, match="chest"):
        compile_any(["(unclosed"], what="chest")


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("(?:chest|breast) pain", "my chest pain", True),
        ("(?:chest|breast) pain", "my chest hurts", False),
        ("a(?:b|c)?d", "ad", True),
        ("x[0-9]+y", "x12y", True),
    ],
)
def test_required_literals_are_sound(pattern: str, text: str, matches: bool) -> None:
    literals = required_literals(pattern)
    index = LiteralIndex([literals])
    assert (re.search(pattern, text) is not None) == matches
    if matches:
        assert literals is None or not literals.isdisjoint(index.present(text))


def test_literal_prefilter_never_changes_a_result(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [t for d in (POSITIVE, NEGATED) for ls in d.values() for ts in ls.values() for t in ts]
    texts += [t for _, t in HARD_NEGATIVES]
    fast = [assess(t).to_dict() for t in texts]
    # Disable the shortcut: every regex runs on every text.
    for module in ("triage.core.patterns", "triage.core.document"):
        monkeypatch.setattr(f"{module}.may_match", lambda literals, present: True)
    assert [assess(t).to_dict() for t in texts] == fast
