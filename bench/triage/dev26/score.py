"""Round 26 (triage26): the dev26 set (ours, with each miss and false alarm) and the allowed held-out sets (figures only).

    cd <worktree> && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/triage/dev26/score.py [--json OUT] [-v]

The held-out sets are the ones of bench/corpus/training_sets.txt, read by name (never a glob).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench/triage"))

from heldout_all import heldout  # type: ignore[import-not-found]  # noqa: E402

from triage.core import assess  # noqa: E402


def allowed() -> list[str]:
    lines = (ROOT / "bench/corpus/training_sets.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--ours-only", action="store_true")
    args = parser.parse_args()
    ours = [
        Path(__file__).parent / n
        for n in ("", "probe", "probe2")
        if (Path(__file__).parent / n / "triage.jsonl").exists()
    ]
    dirs = ours + ([] if args.ours_only else [ROOT / "bench/corpus" / n for n in allowed()])
    figures = {}
    for d in dirs:
        f = figures[d.name] = heldout(d)
        print(
            f"{d.name:22} recall {f['recall']:.3f} (EN {f['recall_en']:.3f} FR {f['recall_fr']:.3f}) "
            f"HN FA {f['hn_fa']:.3f} all FA {f['all_fa']:.3f} specialty {f['specialty']:.3f} {f['fa_flags'] or ''}"
        )
    for line in (
        (ln for d in ours for ln in (d / "triage.jsonl").open(encoding="utf-8")) if args.v else ()
    ):
        r = json.loads(line)
        got = assess(r["text"], r["lang"])
        if got.emergency != r["emergency"]:
            tag = "MISS" if r["emergency"] else "FA"
            print(f"{tag:4} {r['id']} {list(got.red_flags)}: {r['text'][:110]}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
