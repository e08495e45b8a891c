"""Cross-validation of the statistical tagger with whole groups held out of training.

    .venv/bin/python bench/deid/cv_tagger.py [--quick] [fold ...]

(--quick: 3,000 generated texts and 60 L-BFGS iterations per fold instead of 8,000 and 150, for
a loaded machine; the shipped model uses the full settings. --faker: the Faker round's corpus.)

Each fold trains a model without one group and scores the whole anonymiser (rules + that model)
on the group it never saw: generated text of held-out countries (addresses and postcodes),
name origins (synthetic names) or template styles, and the real held-out regression set of
2026-12-03. Also reports the rules alone (no tagger spans, no veto) on the same records.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pycrfsuite

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import train_tagger  # noqa: E402
from score import format_report, score  # noqa: E402
from train_tagger import HELDOUT, SEED, generate, load_jsonl, train, training_records  # noqa: E402

from guidelines.deid import find_spans, tagger  # noqa: E402

FOLDS: dict[str, dict[str, frozenset[str]]] = {
    "countries-au-nz-ie": {"exclude_countries": frozenset({"au", "nz", "ie"})},
    "countries-maghreb-westafrica": {"exclude_countries": frozenset({"maghreb", "west_africa"})},
    "origins-pacific-westafrica": {"exclude_origins": frozenset({"pacific", "west_africa"})},
    "styles-drugs-nocue": {"exclude_styles": frozenset({"drugs", "nocue"})},
    "heldout-2026-12-03": {},
}


def test_records(fold: str) -> list[dict[str, object]]:
    if fold == "heldout-2026-12-03":
        return load_jsonl(HELDOUT)
    ex = FOLDS[fold]
    kind, values = next(iter(ex.items()))
    # the complement: only the held-out group, from another seed
    keep = {
        "exclude_countries": {"countries": values},
        "exclude_origins": {"origins": values},
        "exclude_styles": {"styles": values},
    }[kind]
    if kind == "exclude_origins":
        recs = generate(3000, SEED + 1, only_origins=values)
        out = [
            r for r in recs if str(r["group"]).split("/")[0] in ("cue", "open", "nocue", "signoff")
        ]
        for r in out:
            r["medical"] = []
        return out[:300]
    recs = generate(3000, SEED + 1)
    out = []
    for r in recs:
        group = str(r["group"])
        style, country = group.split("/")
        if ("countries" in keep and country in keep["countries"] and style == "address") or (
            "styles" in keep and style in keep["styles"]
        ):
            out.append(r)
    for r in out:
        r["medical"] = []
    return out[:300]


def predict(records: list[dict[str, object]]) -> dict[str, list[tuple[int, int, str]]]:
    return {
        str(r["id"]): [
            (s.start, s.end, s.label) for s in find_spans(str(r["text"]), str(r["lang"]))
        ]
        for r in records
    }


def main() -> None:
    args = [a for a in sys.argv[1:] if a not in ("--quick", "--faker")]
    if "--faker" in sys.argv:  # the Faker round's corpus and feature (train_tagger.py --faker)
        from faker_slots import fix_hash_seed

        fix_hash_seed()
        train_tagger.FAKER = True
    if "--quick" in sys.argv:
        train_tagger.N_GENERATED = 3000
        train_tagger.PARAMS = {**train_tagger.PARAMS, "max_iterations": 60}
    folds = args or list(FOLDS)
    for fold in folds:
        recs = test_records(fold)
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            train(training_records(fold != "heldout-2026-12-03", **FOLDS[fold]), model)
            t = pycrfsuite.Tagger()
            t.open(str(model))
            tagger.use(t)  # this thread's tagger is the fold's model
            print(
                format_report(
                    f"{fold}: rules + tagger trained without it ({len(recs)} texts)",
                    score(recs, predict(recs)),
                )
            )
            tagger.CONFIDENT, saved = 2.0, tagger.CONFIDENT  # no tagger span is confident
            veto, tagger_mod = None, sys.modules["guidelines.deid.pipeline"]
            veto, tagger_mod.VETO_OUTSIDE = tagger_mod.VETO_OUTSIDE, 2.0  # type: ignore[attr-defined]
            print(format_report(f"{fold}: rules alone", score(recs, predict(recs))))
            tagger.CONFIDENT = saved
            tagger_mod.VETO_OUTSIDE = veto  # type: ignore[attr-defined]
        sys.stdout.flush()


if __name__ == "__main__":
    main()
