"""Train the stance model and write guidelines/engine/stance_model.json (reproducible: same data, same file).

    .venv/bin/python bench/engine/train_stance.py            # retrain, write the shipped file
    .venv/bin/python bench/engine/train_stance.py --cv       # cross-validation, whole voices held out (clauses, answers)
    .venv/bin/python bench/engine/train_stance.py --check    # retrain in memory, fail if the shipped file differs
    .venv/bin/python bench/engine/cv_stance_heldout.py       # leave-one-set-out CV on the eleven held-out sets

Logistic regression per label, trained by plain stochastic gradient descent in pure Python (no dependency):
a seeded shuffle, a fixed number of epochs, weights rounded to 3 decimals and features under 0.02 dropped, so the
output is byte-identical on every run.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))

from stance_data import KIND_LABEL, LABELS, Clause, answers, checkers, corpus  # noqa: E402

from guidelines.engine import CheckContext  # noqa: E402
from guidelines.engine.stance_model import MODEL_PATH, StanceModel, clause_features, null, using  # noqa: E402

EPOCHS = 8
L2 = 2e-3
LR = 0.1
PRUNE = 0.03
# Decision thresholds per label (probability): "alone" = the model alone reports (a warning); "cue" = reported with
# a structural cue agreeing; "block" (default: "cue") = with the cue, the hit takes the rule's severity, below it
# only warns (kinds/stance.py, model_reading).
THRESHOLDS = {
    "disrespect": {"alone": 0.9, "cue": 0.6, "block": 0.8},
    "promotion": {"alone": 0.9, "cue": 0.6},
    "contact": {"alone": 0.9, "cue": 0.6},
    "reassurance": {"alone": 0.9, "cue": 0.6},
}


def featurise(clauses: list[Clause]) -> list[Counter[str]]:
    return [Counter(clause_features(text.lower())) for text, *_ in clauses]


def train_label(
    label: str, clauses: list[Clause], feats: list[Counter[str]]
) -> tuple[float, dict[str, float]]:
    """One logistic model: positives carry the label, negatives are known not to.

    Features are numbered and weights kept in a list (the test retrains on every run: 1.6x faster than a dict of
    names); the arithmetic and its order are unchanged, so the file is the same byte for byte.
    """
    index: dict[str, int] = {}
    rows: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    for (_t, _l, _v, pos, neg), f in zip(clauses, feats, strict=True):
        if label in pos or label in neg:
            keys = tuple(index.setdefault(k, len(index)) for k in f)
            rows.append((keys, tuple(f.values()), 1.0 if label in pos else 0.0))
    n_pos = sum(1 for _k, _c, y in rows if y)
    pos_weight = min(8.0, max(1.0, (len(rows) - n_pos) / max(1, n_pos)))
    w = [0.0] * len(index)
    bias = 0.0
    rng = random.Random(f"stance-{label}")
    order = list(range(len(rows)))
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        lr = LR / (1 + epoch)
        for i in order:
            keys, counts, y = rows[i]
            z = bias + sum([w[k] * c for k, c in zip(keys, counts, strict=True)])
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (pos_weight if y else 1.0)
            bias -= lr * g
            for k, c in zip(keys, counts, strict=True):
                old = w[k]
                w[k] = old - lr * (g * c + L2 * old)
    kept = {k: round(w[i], 3) for k, i in sorted(index.items()) if abs(w[i]) >= PRUNE}
    return round(bias, 3), kept


def train(clauses: list[Clause]) -> dict[str, object]:
    feats = featurise(clauses)
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for label in LABELS:
        bias[label], weights[label] = train_label(label, clauses, feats)
    return {
        "version": 1,
        "labels": list(LABELS),
        "bias": bias,
        "thresholds": THRESHOLDS,
        "weights": weights,
        "trained_on": dict(sorted(Counter(v for _t, _l, v, _p, _n in clauses).items())),
    }


def dump(model: dict[str, object]) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def cross_validate(clauses: list[Clause]) -> None:
    """Hold each voice out in turn; report recall and false positives at the warn threshold on it."""
    voices = sorted({c[2] for c in clauses})
    print(f"{'held-out voice':<18}" + "".join(f"{lab:>24}" for lab in LABELS))
    for voice in voices:
        rest = [c for c in clauses if c[2] != voice]
        out = [c for c in clauses if c[2] == voice]
        model = StanceModel(train(rest))
        cells = []
        for lab in LABELS:
            t = THRESHOLDS[lab]["cue"]
            pos = [c for c in out if lab in c[3]]
            neg = [c for c in out if lab in c[4]]
            tp = sum(model.scores(c[0].lower())[lab] >= t for c in pos)
            fp = sum(model.scores(c[0].lower())[lab] >= t for c in neg)
            cells.append(f"{tp}/{len(pos)} fp {fp}/{len(neg)}")
        print(f"{voice:<18}" + "".join(f"{c:>24}" for c in cells))


def answer_scores(
    model: StanceModel, table: list[tuple[str, str, str, bool, str, str]]
) -> tuple[int, int, int, int]:
    """(stance answers caught, stance answers, sound answers blocked, sound answers) with this model."""
    check = checkers()
    caught = total = blocked = sound = 0
    with using(model):
        for _voice, lang, jur, emerg, kind, text in table:
            v = check[jur].check(text, lang=lang, context=CheckContext(question_emergency=emerg))  # type: ignore[attr-defined]
            if not kind:
                sound += 1
                blocked += not v.passed
            elif set(kind.split("|")) & set(KIND_LABEL):
                total += 1
                caught += bool({x.kind for x in v.violations} & set(kind.split("|")))
    return caught, total, blocked, sound


def cross_validate_answers(clauses: list[Clause]) -> None:
    """Hold each answer set (a voice family) out of training; check its answers with the model trained without it."""
    table = answers()
    sys.path.insert(0, str(ROOT / "bench" / "engine"))
    from blind_answers_g import BLIND_EN_G, BLIND_FR_G

    g = [("set-g", *a) for a in BLIND_EN_G + BLIND_FR_G]
    print(
        f"{'held-out set':<14}{'no model: caught':>20}{'sound blocked':>16}{'model: caught':>18}{'sound blocked':>16}"
    )
    for voice in [*sorted({a[0] for a in table}), "set-g"]:
        part = g if voice == "set-g" else [a for a in table if a[0] == voice]
        model = StanceModel(train([c for c in clauses if c[2] != voice]))
        c0, t0, b0, s0 = answer_scores(null(), part)
        c1, t1, b1, s1 = answer_scores(model, part)
        print(
            f"{voice:<14}{f'{c0}/{t0}':>20}{f'{b0}/{s0}':>16}{f'{c1}/{t1}':>18}{f'{b1}/{s1}':>16}"
        )


def main() -> None:
    clauses = corpus()
    if "--cv" in sys.argv:
        cross_validate(clauses)
        cross_validate_answers(clauses)
        return
    text = dump(train(clauses))
    if "--check" in sys.argv:
        same = MODEL_PATH.read_text(encoding="utf-8") == text
        print("shipped model is up to date" if same else "shipped model differs from a retrain")
        sys.exit(0 if same else 1)
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"{len(clauses)} clauses; wrote {MODEL_PATH} ({len(text) // 1024} KB)")


if __name__ == "__main__":
    main()
