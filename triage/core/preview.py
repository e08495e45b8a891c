"""Streaming triage of JSON Lines, used by the triage_preview management command."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from triage.core.assess import assess

LANGS = ("en", "fr")


@dataclass
class PreviewStats:
    """Counters of one preview run."""

    lines: int = 0
    ok: int = 0
    errors: int = 0
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        """Texts triaged per second."""
        return self.ok / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """One human line for stderr."""
        return (
            f"triage_preview: {self.ok} texts triaged, {self.errors} errors, "
            f"{self.seconds:.2f} s, {self.per_second:.0f} texts/s"
        )


def _parse(raw: str | bytes) -> tuple[str | None, str, str, str | None]:
    """Return (id, lang, text, specialty_hint); raise ValueError with a reason."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    ident = obj.get("id")
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str):
        raise ValueError('"id" must be a string')
    text = obj.get("text")
    if not isinstance(text, str):
        raise _IdError(ident, '"text" must be a string')
    lang = obj.get("lang", "en")
    if lang not in LANGS:
        raise _IdError(ident, f'"lang" must be one of {", ".join(LANGS)}')
    hint = obj.get("specialty_hint")
    if hint is not None and not isinstance(hint, str):
        raise _IdError(ident, '"specialty_hint" must be a string')
    return ident, lang, text, hint


class _IdError(ValueError):
    """A malformed line whose id is known, so the error line can carry it."""

    def __init__(self, ident: str, reason: str) -> None:
        super().__init__(reason)
        self.ident = ident


def preview_lines(
    lines: Iterable[str | bytes],
    write: Callable[[str], object],
    *,
    on_error: Callable[[int, str], object] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> PreviewStats:
    """Triage each JSONL input line and write one JSON output line per input line.

    Blank lines are skipped. A malformed line produces {"id": ..., "error": reason}, a call to
    on_error(line_number, reason), and the run goes on. Nothing is stored.
    """
    stats = PreviewStats()
    started = clock()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        stats.lines += 1
        try:
            ident, lang, text, hint = _parse(raw)
        except ValueError as exc:
            stats.errors += 1
            reason = str(exc)
            if on_error is not None:
                on_error(number, reason)
            ident_out = exc.ident if isinstance(exc, _IdError) else None
            write(json.dumps({"id": ident_out, "error": reason}, ensure_ascii=False) + "\n")
            continue
        result = assess(text, lang, specialty_hint=hint)
        write(json.dumps({"id": ident, **result.to_dict()}, ensure_ascii=False) + "\n")
        stats.ok += 1
    stats.seconds = clock() - started
    return stats
