"""Routing figures: keyword rules alone against the learned router, with confusion matrices.

Run (from the checkout root):
  .venv/bin/python bench/triage/routing_eval.py                 # the shipped file
  .venv/bin/python bench/triage/routing_eval.py --model F       # another file
  .venv/bin/python bench/triage/routing_eval.py --confusion     # print the confusion matrices
  .venv/bin/python bench/triage/routing_eval.py --jsonl bench/corpus/heldout-2026-12-03b/triage.jsonl
                                                    # a held-out set's file instead (id, lang, text, specialty)

Sets: the held-back split of the generated routing data (never trained on: the honest figure of
this data), and the hand-written sets that carry a specialty (trained on: tuned figures). Blind2 is
scored by its own score.py, not here.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.triage.training_data import routing_set
from triage.core import assess, learned

assess_module = importlib.import_module("triage.core.assess")
learned_model_shipped = assess_module.learned_model


def _confusion(pairs: Counter[tuple[str, str]]) -> str:
    codes = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    short = {c: c[:5] for c in codes}
    lines = ["gold \\ routed  " + " ".join(f"{short[c]:>5}" for c in codes)]
    for g in codes:
        row = " ".join(f"{pairs.get((g, p), 0) or '.':>5}" for p in codes)
        lines.append(f"{g[:14]:<14} {row}")
    return "\n".join(lines)


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--confusion", action="store_true")
    parser.add_argument("--jsonl", default=None, help="score this file instead of the routing data")
    args = parser.parse_args()
    model = learned.load(args.model)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                groups.setdefault(args.jsonl, []).append(
                    (rec["text"], rec["lang"], rec["specialty"])
                )
    else:
        for r in routing_set():
            batch = r.source.split(":")[0]  # generated, generated2 (the lay-word batch) or a set
            name = f"{batch}, held back" if r.held else batch
            groups.setdefault(name, []).append((r.text, r.lang, r.specialty))
    for name in sorted(groups):
        rows = groups[name]
        scores = {}
        for label, router in (("keyword rules", None), ("learned router", model.router)):
            chosen = model
            if router is None:
                chosen = learned.Learned.__new__(learned.Learned)
                chosen.__dict__.update(model.__dict__, router=None)
            assess_module.learned_model = lambda chosen=chosen: chosen
            pairs: Counter[tuple[str, str]] = Counter()
            for text, lang, gold in rows:
                pairs[(gold, assess(text, lang).specialty)] += 1
            ok = sum(n for (g, p), n in pairs.items() if g == p)
            gp = [n for (g, p), n in pairs.items() if g == "general_practice"]
            gp_ok = pairs.get(("general_practice", "general_practice"), 0)
            scores[label] = f"{ok}/{len(rows)} = {ok / len(rows):.3f} (GP {gp_ok}/{sum(gp)})"
            if args.confusion:
                print(f"\n{name}, {label}:\n{_confusion(pairs)}")
        print(f"{name[-22:]:<22} " + "   ".join(f"{k}: {v}" for k, v in scores.items()))
    assess_module.learned_model = learned_model_shipped


if __name__ == "__main__":
    main()
