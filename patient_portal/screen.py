"""The safety screen and the red flags, as the patient's pages and API use them.

The questions and their logic belong to the triage core; this module only parses the patient's
answers and combines them with the free-text red flags, so that a "yes" or an alarming sentence
gives the guidance at once, valid form or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from triage.core import assess, emergency_guidance
from triage.core.guidance import EmergencyGuidance

try:  # lands from the triage branch (commit "safety_screen:")
    from triage.core import safety_screen as _safety_screen
    from triage.core import screen_flags as _screen_flags
except ImportError:  # pragma: no cover - until the triage core exports the screen
    _safety_screen = None
    _screen_flags = None
try:  # the per-specialty safety-net line (issue 8.4) lands from the triage branch too
    from triage.core import safety_net as _safety_net
except ImportError:  # pragma: no cover
    _safety_net = None


@dataclass(frozen=True)
class ScreenItem:
    """One yes/no question of the screen."""

    code: str
    text: str
    source: str


class ScreenError(ValueError):
    """An answer to a question the screen does not ask."""


def screen_questions(lang: str) -> tuple[ScreenItem, ...]:
    """The screen's questions in the patient's language."""
    if _safety_screen is None:
        return ()
    return tuple(ScreenItem(str(q.code), str(q.text), str(getattr(q, "source", ""))) for q in _safety_screen(lang))


def screen_codes() -> frozenset[str]:
    """Every question code (the same in every language)."""
    return frozenset(item.code for item in screen_questions("en"))


def parse_answers(raw: Mapping[str, Any]) -> dict[str, bool]:
    """Answers keyed by code; anything but a known code with a yes/no value is refused."""
    codes = screen_codes()
    answers: dict[str, bool] = {}
    for code, value in raw.items():
        if code not in codes:
            raise ScreenError(f"Unknown safety question: {str(code)[:40]}")
        if isinstance(value, bool):
            answers[code] = value
        elif str(value).lower() in {"yes", "true", "1", "on"}:
            answers[code] = True
        elif str(value).lower() in {"no", "false", "0", ""}:
            answers[code] = False
        else:
            raise ScreenError(f"Answer yes or no to {code}.")
    return answers


def flags_from_answers(answers: Mapping[str, bool]) -> tuple[str, ...]:
    """Red-flag codes raised by the "yes" answers."""
    if _screen_flags is None or not any(answers.values()):
        return ()
    return tuple(_screen_flags(answers))


@dataclass(frozen=True)
class Urgency:
    """What the patient must see at once: flags from the text and from the screen, and the guidance."""

    red_flags: tuple[str, ...]
    guidance: EmergencyGuidance | None

    @property
    def emergency(self) -> bool:
        return self.guidance is not None


def urgency_check(text: str, lang: str, country: str, answers: Mapping[str, bool] | None = None) -> Urgency:
    """Red flags of the text and of the screen's answers; guidance in the country's numbers when any fires."""
    flags: list[str] = []
    emergency = False
    if text and text.strip():
        result = assess(text[:20000], lang if lang in ("en", "fr") else "en")
        emergency = result.emergency
        if result.emergency:
            flags.extend(result.red_flags)
    for flag in flags_from_answers(answers or {}):
        emergency = True
        if flag not in flags:
            flags.append(flag)
    if not emergency:
        return Urgency((), None)
    return Urgency(tuple(flags), emergency_guidance(country, lang, flags))


def safety_net_line(specialty: str, lang: str, country: str) -> str | None:
    """The specialty's "if it gets worse, call ..." line (NHS-style), from the triage core."""
    if _safety_net is None:
        return None
    line = _safety_net(specialty, lang, country)
    return str(line) if line else None
