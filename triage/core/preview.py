"""Streaming triage of JSON Lines, used by the triage_preview management command."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from textkit.jsonl import LineError, parse_object
from triage.core.assess import assess

LANGS = ("en", "fr")
BATCH = 1000  # lines handed to the worker processes at a time: bounded memory when jobs > 1


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


class _LineError(ValueError):
    """A malformed input line; ident is set when the line's id could be read."""

    def __init__(self, reason: str, ident: str | None = None) -> None:
        super().__init__(reason)
        self.ident = ident


def _parse(raw: str | bytes) -> tuple[str, str, str, str | None]:
    """Return (id, lang, text, specialty_hint) or raise _LineError."""
    try:
        obj = parse_object(raw)  # the same reading, and the same messages, as deidentify
    except LineError as exc:
        raise _LineError(str(exc)) from None
    ident = obj.get("id")
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str):
        raise _LineError('"id" must be a string')
    text = obj.get("text")
    if not isinstance(text, str):
        raise _LineError('"text" must be a string', ident)
    lang = obj.get("lang", "en")
    if lang not in LANGS:
        raise _LineError(f'"lang" must be one of {", ".join(LANGS)}', ident)
    hint = obj.get("specialty_hint")
    if hint is not None and not isinstance(hint, str):
        raise _LineError('"specialty_hint" must be a string', ident)
    return ident, lang, text, hint


def triage_line(raw: str | bytes) -> tuple[str, str | None] | None:
    """Triage one JSONL line: (output line, error reason or None), or None for a blank line."""
    if not raw.strip():
        return None
    try:
        ident, lang, text, hint = _parse(raw)
    except _LineError as exc:
        reason = str(exc)
        return json.dumps({"id": exc.ident, "error": reason}, ensure_ascii=False) + "\n", reason
    result = assess(text, lang, specialty_hint=hint)
    return json.dumps({"id": ident, **result.to_dict()}, ensure_ascii=False) + "\n", None


def _results(lines: Iterable[str | bytes], jobs: int) -> Iterator[tuple[str, str | None] | None]:
    if jobs <= 1:
        yield from map(triage_line, lines)
        return
    iterator = iter(lines)
    with multiprocessing.get_context().Pool(jobs) as pool:
        # Batches, not Pool.imap: imap would read the whole input ahead of the workers.
        while batch := list(islice(iterator, BATCH)):
            yield from pool.map(triage_line, batch, chunksize=max(1, BATCH // (4 * jobs)))


def preview_lines(
    lines: Iterable[str | bytes],
    write: Callable[[str], object],
    *,
    on_error: Callable[[int, str], object] | None = None,
    jobs: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> PreviewStats:
    """Triage each JSONL input line and write one JSON output line per input line, in order.

    Blank lines are skipped. A malformed line produces {"id": ..., "error": reason}, a call to
    on_error(line_number, reason), and the run goes on. Nothing is stored. jobs > 1 spreads the
    work over that many processes.
    """
    stats = PreviewStats()
    started = clock()
    for number, outcome in enumerate(_results(lines, jobs), start=1):
        if outcome is None:
            continue
        line, error = outcome
        stats.lines += 1
        if error is None:
            stats.ok += 1
        else:
            stats.errors += 1
            if on_error is not None:
                on_error(number, error)
        write(line)
    stats.seconds = clock() - started
    return stats
