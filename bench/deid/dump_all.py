"""Dump find_spans, possible_identifiers and deidentify() on every allowed corpus, for speed refactors.

    cd <checkout> && PYTHONHASHSEED=0 nice /work/main/.venv/bin/python bench/deid/dump_all.py > /tmp/dump-<rev>.txt

PYTHONHASHSEED=0: time_phrases breaks a tie between two scales of one span by a set's order, which
follows the hash seed; without a fixed seed two dumps of the same code can differ.

Texts: bench/deid/dump_spans.py's (development corpus, hand-written and blind sets, test literals), plus
bench/corpus/deid/heldback, bench/deid/dev26 to dev32 and probe32 (DEV_SETS), and every *.jsonl of the held-out sets listed in
ALLOWED (an explicit list, never a glob: the newest held-out sets are the team's honest measure and are
not read). Each text in English and French; a digest of everything on stderr.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from blind import load_markup  # noqa: E402
from dump_spans import texts as base_texts  # noqa: E402

from guidelines.deid import deidentify, find_spans, possible_identifiers  # noqa: E402

DEV_SETS = ("dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "probe32")
ALLOWED = ("03", "03b", "03c", "04", "04b", "05", "05b", "05c", "05d", "06", "06b")


def texts() -> list[str]:
    """Every allowed text, deduplicated, in a stable order."""
    out = base_texts()
    for path in sorted((ROOT / "bench/corpus/deid/heldback").glob("*.txt")):
        out += [str(r["text"]) for r in load_markup(path)]
    jsonls = [*sorted((ROOT / "bench/corpus/deid").glob("*.jsonl"))]
    for dev in DEV_SETS:
        jsonls += sorted((HERE / dev).glob("*.jsonl"))
    for day in ALLOWED:
        jsonls += sorted((ROOT / "bench/corpus" / f"heldout-2026-12-{day}").glob("*.jsonl"))
    for path in jsonls:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                out.append(str(json.loads(line)["text"]))
    return list(dict.fromkeys(out))


def main() -> None:
    digest = hashlib.sha256()
    all_texts = texts()
    for text in all_texts:
        for lang in ("en", "fr"):
            sure = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
            maybe = [(s.start, s.end, s.label) for s in possible_identifiers(text, lang)]
            redacted = deidentify(text, lang)
            line = json.dumps(
                [
                    lang,
                    text,
                    sure,
                    maybe,
                    redacted.text,
                    [(s.start, s.end, s.label) for s in redacted.spans],
                ],
                ensure_ascii=False,
            )
            digest.update(line.encode())
            print(line)
    print(f"{len(all_texts)} texts, sha256 {digest.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
