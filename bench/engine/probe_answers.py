"""Write a round's own answer set or probe as JSONL in the held-out answers format (answers24, answers25)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path


def write_answers(
    out: Path,
    rows: Iterable[tuple[str, str, str, str, str, str]],
    *,
    emergency: Callable[[str], bool] = lambda rid: False,
) -> int:
    """rows: (id, jurisdiction GB/US/FR, expected pass/block, expected kind, voice, text); returns the count."""
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for rid, jur, exp, kind, voice, text in rows:
            rec = {
                "id": rid,
                "lang": "fr" if jur == "FR" else "en",
                "jurisdiction": jur,
                "question_emergency": emergency(rid),
                "expected": exp,
                "expected_kind": kind,
                "text": text,
                "voice": voice,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    return count
