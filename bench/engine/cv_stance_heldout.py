"""Leave-one-set-out cross-validation of the stance model on the eleven held-out answer sets (the honest figure).

    .venv/bin/python bench/engine/cv_stance_heldout.py            # per-set table, means, misses per class
    .venv/bin/python bench/engine/cv_stance_heldout.py --ids      # also the ids of the misses and false blocks
    .venv/bin/python bench/engine/cv_stance_heldout.py --positives 3   # held-out positive sentences weighted x3

For each set S of ``stance_data.HELDOUT_SETS`` (listed by name; never a newer set): train the stance model on every
clause but S's (generated, dev sets A-F, probes, the other ten held-out sets), and check S's answers exactly as the
held-out scorers do (``heldout_metrics.check_record``: the seed rules of S's jurisdiction, the question's emergency
flag), three times: with no model (the rules alone), with the shipped model (``stance_model.json``) and with the
model trained without S. Figures per set: violations caught (a violation of the expected kind reported, warn or
block), breaking answers blocked, sound answers blocked. The shipped model was trained on whatever the shipped file
says (``trained_on``; heldout-2026-12-03 only, ``stance_data.SHIPPED_HELDOUT``): for that set its column is not a
fair "never saw it" figure, for the ten others it is. About 75 s CPU (eleven trainings).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

from heldout_metrics import check_record  # noqa: E402
from stance_data import HELDOUT_SETS, corpus, heldout_records, set_voice  # noqa: E402
from train_stance import train  # noqa: E402

from guidelines.engine.stance_model import StanceModel, default, null, using  # noqa: E402

# The classes issue 16's figures follow most closely (the kinds that fail most on fresh sets).
WATCHED = ("abuse", "promotion", "care_relationship", "prescription", "false_reassurance")
# The kinds the stance model reports under (a model reading on a sound answer is a warning at least).
STANCE_KINDS = {"abuse", "promotion", "contact_solicitation", "false_reassurance"}


def score(model: StanceModel, records: list[dict[str, object]]) -> dict[str, object]:
    """Caught / blocked / sound blocked on one set's answers with ``model`` swapped in, and what was missed."""
    caught = blocked = sound_blocked = sound_stance = 0
    missed: list[tuple[str, str]] = []
    false_blocks: list[str] = []
    by_kind: Counter[str] = Counter()
    by_kind_caught: Counter[str] = Counter()
    with using(model):
        for r in records:
            verdict = check_record(r)
            if r["expected"] == "block":
                kinds = set(str(r["expected_kind"]).split("|"))
                hit = bool(kinds & {v.kind for v in verdict.violations})
                caught += hit
                blocked += not verdict.passed
                for k in kinds:
                    by_kind[k] += 1
                    by_kind_caught[k] += hit
                if not hit:
                    missed.append((str(r["id"]), str(r["expected_kind"])))
            elif r["expected"] == "pass":
                sound_stance += bool(STANCE_KINDS & {v.kind for v in verdict.violations})
                if not verdict.passed:
                    sound_blocked += 1
                    false_blocks.append(str(r["id"]))
    n_bad = sum(r["expected"] == "block" for r in records)
    n_good = sum(r["expected"] == "pass" for r in records)
    return {
        "caught": caught,
        "blocked": blocked,
        "sound_blocked": sound_blocked,
        "sound_stance": sound_stance,
        "n_bad": n_bad,
        "n_good": n_good,
        "missed": missed,
        "false_blocks": false_blocks,
        "by_kind": by_kind,
        "by_kind_caught": by_kind_caught,
    }


def cell(s: dict[str, object]) -> str:
    return (
        f"{s['caught']}/{s['n_bad']} {s['blocked']}/{s['n_bad']} {s['sound_blocked']}/{s['n_good']}"
    )


def main() -> None:
    show_ids = "--ids" in sys.argv
    repeat = int(sys.argv[sys.argv.index("--positives") + 1]) if "--positives" in sys.argv else 1
    t0 = time.process_time()
    clauses = corpus(HELDOUT_SETS, positive_repeat=repeat)
    columns = ("rules only", "shipped model", "trained without the set")
    per_set: dict[str, list[tuple[float, float, float]]] = {c: [] for c in columns}
    totals = {c: Counter[str]() for c in columns}
    kinds = {c: (Counter[str](), Counter[str]()) for c in columns}
    print(
        "caught / breaking blocked / sound blocked, per held-out set "
        "(caught = a violation of the expected kind reported, warn or block)"
    )
    print(f"{'held-out set':<22}" + "".join(f"{c:>28}" for c in columns))
    for name in HELDOUT_SETS:
        records = heldout_records(name)
        fold = StanceModel(train([c for c in clauses if c[2] != set_voice(name)]))
        scores = dict(
            zip(columns, (score(m, records) for m in (null(), default(), fold)), strict=True)
        )
        print(f"{name:<22}" + "".join(f"{cell(scores[c]):>28}" for c in columns))
        for c in columns:
            sc = scores[c]
            per_set[c].append(
                (
                    int(sc["caught"]) / int(sc["n_bad"]),  # type: ignore[call-overload]
                    int(sc["blocked"]) / int(sc["n_bad"]),  # type: ignore[call-overload]
                    int(sc["sound_blocked"]) / int(sc["n_good"]),  # type: ignore[call-overload]
                )
            )
            for k in ("caught", "blocked", "sound_blocked", "sound_stance", "n_bad", "n_good"):
                totals[c][k] += int(scores[c][k])  # type: ignore[call-overload]
            kinds[c][0].update(scores[c]["by_kind"])  # type: ignore[arg-type]
            kinds[c][1].update(scores[c]["by_kind_caught"])  # type: ignore[arg-type]
        if show_ids:
            for c in columns[1:]:
                print(
                    f"    {c}: missed {scores[c]['missed']}; sound blocked {scores[c]['false_blocks']}"
                )
    print(f"{'all 11 (pooled)':<22}" + "".join(f"{cell_total(totals[c]):>28}" for c in columns))
    print(
        f"{'mean of the 11 sets':<22}"
        + "".join(
            "".join(f"{sum(x[i] for x in per_set[c]) / len(per_set[c]):>9.3f}" for i in range(3))
            + " "
            for c in columns
        )
    )
    print(
        f"{'pooled rates':<22}"
        + "".join(
            f"{totals[c]['caught'] / totals[c]['n_bad']:>10.3f}"
            f"{totals[c]['blocked'] / totals[c]['n_bad']:>9.3f}"
            f"{totals[c]['sound_blocked'] / totals[c]['n_good']:>9.3f}"
            for c in columns
        )
    )
    warned = [f"{totals[c]['sound_stance']}/{totals[c]['n_good']}" for c in columns]
    print(f"{'sound, stance report':<22}" + "".join(f"{w:>28}" for w in warned))
    print("\ncaught per expected kind (all 11 sets pooled):")
    print(f"{'kind':<22}" + "".join(f"{c:>28}" for c in columns))
    for k in sorted(kinds[columns[0]][0]):
        mark = " *" if k in WATCHED else ""
        print(
            f"{k + mark:<22}"
            + "".join(f"{f'{kinds[c][1][k]}/{kinds[c][0][k]}':>28}" for c in columns)
        )
    print(
        f"\n(* = the classes that fail most on fresh sets; held-out positives x{repeat}; "
        f"CPU {time.process_time() - t0:.0f} s)"
    )


def cell_total(t: Counter[str]) -> str:
    return (
        f"{t['caught']}/{t['n_bad']} {t['blocked']}/{t['n_bad']} {t['sound_blocked']}/{t['n_good']}"
    )


if __name__ == "__main__":
    main()
