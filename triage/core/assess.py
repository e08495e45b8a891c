"""The triage decision: red flags, urgency and specialty for one question text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from triage.core.rules import Document, Model, Rule
from triage.core.screen import screen_flags

URGENCY_LEVELS: tuple[str, ...] = ("emergency", "urgent", "soon", "routine")

_MODEL = Model()

URGENCY_TARGET_MINUTES: dict[str, int] = {
    level: _MODEL.target_minutes[level] for level in URGENCY_LEVELS
}


SPECIALTIES: dict[str, dict[str, str]] = _MODEL.specialty_labels
DEFAULT_SPECIALTY = _MODEL.default_specialty
_SPECIALTY_KEYWORDS = _MODEL.specialty_keywords


@dataclass(frozen=True)
class RedFlag:
    """An emergency presentation that triggers the emergency guidance."""

    code: str
    label_en: str
    label_fr: str

    def label(self, lang: str) -> str:
        """The label in the given language (English when unknown)."""
        return self.label_fr if lang == "fr" else self.label_en


RED_FLAGS: dict[str, RedFlag] = {
    rule.code: RedFlag(rule.code, rule.label_en, rule.label_fr) for rule in _MODEL.flags
}
MENTAL_HEALTH_FLAGS: frozenset[str] = frozenset(r.code for r in _MODEL.flags if r.mental_health)
_FLAG_SPECIALTY = {rule.code: rule.specialty for rule in _MODEL.flags}


@dataclass(frozen=True)
class TriageResult:
    """What triage decided for one text."""

    emergency: bool
    red_flags: tuple[str, ...]
    urgency: str
    specialty: str
    cues: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape (as printed by triage_preview)."""
        return {
            "emergency": self.emergency,
            "red_flags": list(self.red_flags),
            "urgency": self.urgency,
            "specialty": self.specialty,
        }


def _urgency(doc: Document, flags: list[str]) -> tuple[str, tuple[str, ...]]:
    if flags:
        return "emergency", ()
    fired: list[Rule] = [cue for cue in _MODEL.cues if doc.fires(cue)]
    rank = len(URGENCY_LEVELS) - 1  # routine
    for cue in fired:
        if cue.level in URGENCY_LEVELS:
            rank = min(rank, URGENCY_LEVELS.index(cue.level))
    if any(cue.level == "bump" for cue in fired):
        # "Getting worse" raises the level by one, but only a red flag makes an emergency.
        rank = max(1, rank - 1)
    return URGENCY_LEVELS[rank], tuple(cue.code for cue in fired)


def _specialty(doc: Document, flags: list[str], hint: str | None) -> str:
    if hint and hint in SPECIALTIES:
        return hint
    for code in flags:
        spec = _FLAG_SPECIALTY.get(code)
        if spec and spec != DEFAULT_SPECIALTY:
            return spec
    best, best_score = DEFAULT_SPECIALTY, 0
    for code, matcher in _SPECIALTY_KEYWORDS.items():
        if code == DEFAULT_SPECIALTY:
            continue
        score = doc.count(matcher)
        if score > best_score:  # strict: on a tie the earlier specialty in the data file wins
            best, best_score = code, score
    return best


def assess(
    text: str,
    lang: str = "en",
    *,
    specialty_hint: str | None = None,
    screen: Mapping[str, bool] | None = None,
) -> TriageResult:
    """Triage one question: emergency red flags, urgency level and specialty.

    `screen` holds the safety-screen answers (code → yes/no): a "yes" adds its red flags, so the
    case is an emergency whatever the text says; bad answers raise ScreenAnswerError.
    """
    # Patterns of every language are searched: patients mix languages and mislabel them, and a
    # missed emergency costs more than a rare cross-language match. lang is kept for the API.
    del lang
    doc = Document(text, _MODEL)
    flags = [rule.code for rule in _MODEL.flags if doc.fires(rule)]
    flags += [code for code in screen_flags(screen or {}) if code not in flags]
    urgency, cues = _urgency(doc, flags)
    return TriageResult(
        emergency=bool(flags),
        red_flags=tuple(flags),
        urgency=urgency,
        specialty=_specialty(doc, flags, specialty_hint),
        cues=cues,
    )


def explain(text: str) -> dict[str, list[int]]:
    """Concepts asserted in the text with their sentence numbers (for clinicians reviewing data)."""
    doc = Document(text, _MODEL)
    out = {}
    for name in _MODEL.concepts:
        hits = doc.hits(name)
        if hits:
            out[name] = sorted(hits)
    return out


def normalized(text: str) -> str:
    """The normalised form the patterns are matched against (for debugging the data)."""
    return _MODEL.normalize(text)


DATA_VERSION = _MODEL.version
