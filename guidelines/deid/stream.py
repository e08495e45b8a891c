"""Line-by-line JSONL de-identification used by the `deidentify` management command."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from textkit.jsonl import LineError, parse_object

from . import deidentify


@dataclass(slots=True)
class StreamStats:
    """Counters reported on stderr at the end of a run."""

    lines: int = 0
    errors: int = 0
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        """Throughput over the whole run."""
        return self.lines / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """One human-readable line."""
        return (
            f"deidentify: {self.lines} lines ({self.errors} errors) in {self.seconds:.2f} s, "
            f"{self.docs_per_second:.0f} docs/s"
        )


def process_line(line: str | bytes, line_no: int) -> tuple[dict[str, Any], str | None]:
    """Turn one input JSONL line into one output record; the second item is an error message or None."""
    try:
        record = parse_object(line)
    except LineError as exc:
        msg = f"line {line_no}: {exc}"
        return {"id": None, "line": line_no, "error": msg}, msg
    rid = record.get("id")
    text = record.get("text")
    lang = record.get("lang", "en")
    if not isinstance(text, str):
        msg = f"line {line_no}: field 'text' must be a string"
        return {"id": rid, "line": line_no, "error": msg}, msg
    if not isinstance(lang, str):
        lang = "en"
    result = deidentify(text, lang)
    return {
        "id": rid,
        "text": result.text,
        "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in result.spans],
    }, None


def process_stream(
    lines: Iterable[str | bytes], out: IO[str], errors: IO[str] | None = None
) -> StreamStats:
    """De-identify JSONL lines one at a time (constant memory); malformed lines become error records."""
    stats = StreamStats()
    started = time.perf_counter()
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue  # blank lines carry no record
        record, error = process_line(line, line_no)
        stats.lines += 1
        if error is not None:
            stats.errors += 1
            if errors is not None:
                errors.write(error + "\n")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    stats.seconds = time.perf_counter() - started
    return stats
