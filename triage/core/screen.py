"""The structured safety screen: yes/no questions asked before a question is sent.

The questions are reviewable data (data/safety_screen.json), each citing its published source;
any "yes" raises red flags, so the emergency guidance no longer depends on how a patient words
the free text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from triage.core.rules import TriageDataError, load_json


class ScreenAnswerError(ValueError):
    """The answers to the safety screen are malformed (unknown code or not a yes/no)."""


@dataclass(frozen=True)
class ScreenQuestion:
    """One yes/no question of the safety screen, in one language."""

    code: str
    text: str
    source: str  # the published discriminators it is drawn from, "; "-joined
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Entry:
    text: dict[str, str]
    sources: tuple[str, ...]
    flags: tuple[str, ...]


def _load() -> tuple[str, tuple[str, ...], dict[str, _Entry]]:
    data = load_json("safety_screen.json")
    langs = tuple(str(lang) for lang in data["languages"])
    questions: dict[str, _Entry] = {}
    for raw in data["questions"]:
        code = str(raw["code"])
        if code in questions:
            raise TriageDataError(f"safety_screen.json: duplicate question {code!r}")
        if not raw.get("flags") or not raw.get("sources"):
            raise TriageDataError(f"safety_screen.json: {code}: needs flags and sources")
        if any(not raw["text"].get(lang) for lang in langs):
            raise TriageDataError(f"safety_screen.json: {code}: needs a text in {langs}")
        questions[code] = _Entry(
            text={lang: str(raw["text"][lang]) for lang in langs},
            sources=tuple(str(s) for s in raw["sources"]),
            flags=tuple(str(f) for f in raw["flags"]),
        )
    return str(data["version"]), langs, questions


SCREEN_VERSION, _LANGS, _QUESTIONS = _load()
SCREEN_CODES: tuple[str, ...] = tuple(_QUESTIONS)


def _lang(lang: str) -> str:
    base = (lang or "").lower().replace("_", "-").split("-")[0]
    return base if base in _LANGS else _LANGS[0]


def safety_screen(lang: str) -> tuple[ScreenQuestion, ...]:
    """The screen's questions in display order ("fr", "fr-CA" → French; anything else → English)."""
    lang = _lang(lang)
    return tuple(
        ScreenQuestion(code, e.text[lang], "; ".join(e.sources), e.flags)
        for code, e in _QUESTIONS.items()
    )


def screen_flags(answers: Mapping[str, bool]) -> tuple[str, ...]:
    """Red-flag codes raised by the "yes" answers, in screen order, without duplicates.

    Unanswered questions count as "no" (the free text is still read). An unknown code or an
    answer that is not a bool raises ScreenAnswerError naming it: a typo in a form field must
    not silently drop a "yes".
    """
    unknown = sorted(str(code) for code in answers if code not in _QUESTIONS)
    if unknown:
        raise ScreenAnswerError(f"unknown safety-screen question(s): {', '.join(unknown)}")
    for code, value in answers.items():
        if not isinstance(value, bool):
            raise ScreenAnswerError(f"safety-screen answer {code!r} must be true or false")
    flags: list[str] = []
    for code, entry in _QUESTIONS.items():
        if answers.get(code):
            flags.extend(f for f in entry.flags if f not in flags)
    return tuple(flags)
