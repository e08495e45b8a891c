"""Does the text give the learned model's lone alarm any evidence of its own? (round 35, measured, NOT shipped)

Bench only: on the held-out floors this test lost 6 emergencies for 2 false alarms removed (docs/triage.md,
"Round 35"), so the engine does not carry it; bench/triage/round35/lone.py measures it with any model.

The learned model raises an emergency on its own where no rule fires. On text unlike its training data it
can be confidently wrong with no word of the emergency in the text ("he's been talking through his nose for
an hour" raised as a stroke). Like the answer check's abuse reading, which blocks only with words of
disrespect in the sentence, a lone alarm keeps its emergency only where the rules see *something*:

- a word of the label's own concepts (those of its combinations in redflags.json), or its learned gate
  (`learned_requires`), or a clear keyword of its specialty, or one of the label's own evidence words
  (evidence.json `words`: pills or tablets for a poisoning, never a flag by themselves); or
- a symptom or sign of any red flag (a concept of any flag's combinations, except the
  context concepts of evidence.json `context_concepts`: time, onset, who the patient is,
  which say nothing of an emergency by themselves); or
- an urgency cue of level urgent or emergency (urgency.json: chest pain, breathlessness, a faint, severe pain).

Words count in any scope (negated, dated, reported): this is evidence the model read about the topic, not an
assertion.

With none of these, the alarm would become the middle tier (the safety net's possible emergency, urgent).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from triage.core.model import Model, Rule
from triage.core.patterns import Matcher, compile_any, per_language

_LEVELS = frozenset({"emergency", "urgent"})


class _Doc(Protocol):
    text: str
    present: frozenset[str]

    def hits(self, name: str, *, strict: bool = True, alone: bool = True) -> frozenset[int]: ...

    def fires(self, rule: Rule) -> bool: ...


@cache
def _data() -> dict[str, Any]:
    return dict(json.loads((Path(__file__).with_name("evidence.json")).read_text("utf-8")))


@cache
def context_concepts() -> frozenset[str]:
    """evidence.json context_concepts (checked against the concepts on first use)."""
    return frozenset(str(c) for c in _data()["context_concepts"])


@cache
def _words() -> dict[str, re.Pattern[str]]:
    """evidence.json words: a label's words the rules have no concept for."""
    raw = _data()["words"]
    out = {}
    for flag, spec in raw.items():
        found = compile_any(per_language(spec, what=f"evidence.json words.{flag}"), what=flag)
        if found is not None:
            out[str(flag)] = found
    return out


@cache
def _flag_concepts(compiled: Model) -> dict[str, frozenset[str]]:
    return {
        rule.code: frozenset(n for combo in rule.combinations for n in combo.concepts)
        for rule in compiled.flags
    }


@cache
def _symptoms(compiled: Model) -> tuple[str, ...]:
    context = context_concepts()
    unknown = sorted(context - set(compiled.concepts))
    if unknown:
        raise ValueError(f"evidence.json context_concepts: unknown {unknown}")
    used = {n for names in _flag_concepts(compiled).values() for n in names}
    return tuple(sorted(n for n in used if n in compiled.concepts and n not in context))


def seen(
    compiled: Model, doc: _Doc, flag: str, specialty: str | None, cues: Iterable[Rule]
) -> bool:
    """True when the text gives the learned alarm `flag` some evidence (see the module's doc).

    cues: the urgency cues of urgency.json (those of level urgent or emergency that fire count).
    """
    if any(cue.level in _LEVELS and doc.fires(cue) for cue in cues):
        return True
    gate = compiled.learned_requires.get(flag)
    if gate is not None and gate.passes(doc):
        return True
    keywords = compiled.specialty_keywords.get(specialty) if specialty else None
    if keywords is not None and _found(keywords, doc):
        return True
    words = _words().get(flag)
    if words is not None and words.search(doc.text) is not None:
        return True
    own = _flag_concepts(compiled).get(flag, frozenset())
    if any(_found(compiled.concepts[n].matcher, doc) for n in own if n in compiled.concepts):
        return True
    return any(_found(compiled.concepts[n].matcher, doc) for n in _symptoms(compiled))


def _found(matcher: Matcher, doc: _Doc) -> bool:
    """A match anywhere, in any scope (a negated, dated or reported word counts: evidence, not assertion)."""
    return next(matcher.finditer(doc.text, doc.present), None) is not None
