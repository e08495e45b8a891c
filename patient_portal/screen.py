"""The safety screen and the red flags, as the patient's pages and API use them.

The questions and their logic belong to the triage core; this module only parses the patient's
answers and combines them with the free-text red flags, so that a "yes" or an alarming sentence
gives the guidance at once, valid form or not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from triage.core import ScreenQuestion, assess, emergency_guidance, safety_net, safety_screen
from triage.core.guidance import EmergencyGuidance


class ScreenError(ValueError):
    """An answer to a question the screen does not ask."""


def screen_questions(lang: str) -> tuple[ScreenQuestion, ...]:
    """The screen's questions in the patient's language (their wording and sources: triage/core/data)."""
    return safety_screen(lang if lang in ("en", "fr") else "en")


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


@dataclass(frozen=True)
class Urgency:
    """What the patient must see at once: flags from the text and the screen, the guidance, or else
    the safety-net lines of partial signals (the middle tier)."""

    red_flags: tuple[str, ...]
    guidance: EmergencyGuidance | None
    safety_net: tuple[str, ...] = ()

    @property
    def emergency(self) -> bool:
        return self.guidance is not None


def urgency_check(
    text: str, lang: str, country: str, answers: Mapping[str, bool] | None = None
) -> Urgency:
    """Red flags of the text and of the screen's answers; guidance in the country's numbers when any fires."""
    result = assess(
        (text or "")[:20000], lang if lang in ("en", "fr") else "en", screen=answers or {}
    )
    if not result.emergency:
        partial = tuple(result.partial)
        return Urgency(
            (), None, safety_net_lines(result.specialty, lang, country, partial) if partial else ()
        )
    return Urgency(result.red_flags, emergency_guidance(country, lang, result.red_flags))


def safety_net_lines(
    specialty: str, lang: str, country: str, partial: Sequence[str] = ()
) -> tuple[str, ...]:
    """The NHS-style "if it gets worse, call ..." lines: one per partial signal, then the specialty's."""
    net = safety_net(specialty, lang if lang in ("en", "fr") else "en", country, tuple(partial))
    return tuple(str(line) for line in net.lines)
