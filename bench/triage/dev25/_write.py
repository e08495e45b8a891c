"""Write one of round 22's sets as triage.jsonl (shared by the make_*.py scripts beside it)."""

from __future__ import annotations

import json
from pathlib import Path

E = "emergency"


def write_set(
    out: Path, prefix: str, sets: tuple[tuple[str, list[tuple[str, str, str, str]]], ...]
) -> None:
    """`sets`: (language, items) pairs, each item (kind, category, specialty, text); ids `<prefix>-tri-<lang>-NNN`."""
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for lang, items in sets:
            for i, (kind, category, specialty, text) in enumerate(items, 1):
                rec = {
                    "id": f"{prefix}-tri-{lang}-{i:03d}",
                    "lang": lang,
                    "text": text,
                    "emergency": kind == E,
                    "category": category,
                    "kind": kind,
                    "specialty": specialty,
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
