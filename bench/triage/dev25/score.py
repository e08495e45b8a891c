"""Round 22 (triage25): the dev25 set and the allowed older held-out sets, before/after.

    cd <worktree> && PYTHONPATH=$PWD .venv/bin/python bench/triage/dev25/score.py [--json OUT] [-v]

Only the sets listed in ALLOWED are read (never a glob: heldout-2026-12-06c..f and 12-07* are the team's blind
measure). -v prints the dev25 texts missed or raised (ours); the held-out sets give figures only.
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

ALLOWED = (
    "heldout-2026-12-03",
    "heldout-2026-12-03b",
    "heldout-2026-12-03c",
    "heldout-2026-12-04",
    "heldout-2026-12-04b",
    "heldout-2026-12-05",
    "heldout-2026-12-05b",
    "heldout-2026-12-05c",
    "heldout-2026-12-05d",
    "heldout-2026-12-06",
    "heldout-2026-12-06b",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    ours = [Path(__file__).parent] + [
        Path(__file__).parent / n for n in ("validation", "probe", "probe2", "probe3")
    ]
    dirs = ours + [ROOT / "bench/corpus" / n for n in ALLOWED]
    for d in dirs:
        f = heldout(d)
        figures[d.name] = f
        print(
            f"{d.name:22} recall {f['recall']:.3f} (EN {f['recall_en']:.3f} FR {f['recall_fr']:.3f}) "
            f"HN FA {f['hn_fa']:.3f} all FA {f['all_fa']:.3f} specialty {f['specialty']:.3f}"
        )
        if f["fa_flags"]:
            print(f"{'':22} false-alarm flags {f['fa_flags']}")
    if args.v:
        for line in (ln for d in ours for ln in (d / "triage.jsonl").open(encoding="utf-8")):
            if True:
                r = json.loads(line)
                got = assess(r["text"], r["lang"])
                if got.emergency != r["emergency"] or got.specialty != r["specialty"]:
                    tag = (
                        "MISS"
                        if r["emergency"] and not got.emergency
                        else ("FA" if got.emergency and not r["emergency"] else "SPEC")
                    )
                    print(
                        f"{tag:4} {r['id']} {r['category']} {list(got.red_flags)} "
                        f"{got.specialty}/{r['specialty']} {got.urgency}: {r['text'][:90]}"
                    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
