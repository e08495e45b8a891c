"""Dump find_spans, possible_identifiers and deidentify() on the texts dump_all.py does not read, for speed refactors.

    cd <checkout> && PYTHONHASHSEED=0 nice /work/main/.venv/bin/python bench/deid/perf8/dump_extra.py > out.txt

Texts: every *.jsonl under bench/deid (the later probes and previews: probe34-47, dev33, preview35 and their
untuned/after sets) and every blind.load_markup probe file under bench/deid/perf*/ (probe*.txt), minus the
texts bench/deid/dump_all.py already dumps. Never reads bench/corpus (dump_all.py reads the allowed sets there).
Each text in English and French; the count and a sha256 of everything on stderr.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEID = HERE.parent
ROOT = DEID.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(DEID))

from blind import load_markup  # noqa: E402
from dump_all import texts as dumped  # noqa: E402

from guidelines.deid import deidentify, find_spans, possible_identifiers  # noqa: E402


def texts() -> list[str]:
    """The extra texts, deduplicated, in a stable order."""
    out: list[str] = []
    for path in sorted(DEID.rglob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    out.append(rec["text"])
    for path in sorted(DEID.glob("perf*/probe*.txt")):
        if "-main" in path.name or "-branch" in path.name:
            continue
        out += [str(r["text"]) for r in load_markup(path)]
    seen = set(dumped())
    return [t for t in dict.fromkeys(out) if t not in seen]


def main() -> None:
    digest = hashlib.sha256()
    all_texts = texts()
    for text in all_texts:
        for lang in ("en", "fr"):
            sure = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
            maybe = [(s.start, s.end, s.label) for s in possible_identifiers(text, lang)]
            redacted = deidentify(text, lang)
            spans = [(s.start, s.end, s.label) for s in redacted.spans]
            line = json.dumps([lang, text, sure, maybe, redacted.text, spans], ensure_ascii=False)
            digest.update(line.encode())
            print(line)
    print(f"{len(all_texts)} texts, sha256 {digest.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
