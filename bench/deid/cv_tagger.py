"""Cross-validation of the statistical tagger with whole groups held out of training.

    .venv/bin/python bench/deid/cv_tagger.py [--quick] [fold ...]
    .venv/bin/python bench/deid/cv_tagger.py --loso [--quick] [--json OUT] [heldout-set ...]
        [--keep DIR | --rescore DIR] [--confident P] [--veto P] [--outside P] [--real-weight N]
        [--context] [--heldout-skip DATE,ORGANIZATION] [--heldout-only ORGANIZATION,CITY,PERSON]

--loso: leave-one-set-out over the eleven held-out sets the tagger trains on (train_tagger.HELDOUT_SETS):
for each set S, a model trained on generated text + the development corpus + the ten other sets,
and the whole anonymiser (rules + that model) scored on S with the held-out sets' own figures
(bench/corpus/heldout_metrics.py: character recall, precision, share of questions leaking at least
one identifier, medical damage), next to the shipped model and the rules alone on S.

(--quick: 3,000 generated texts and 60 L-BFGS iterations per fold instead of 8,000 and 150, for
a loaded machine; the shipped model uses the full settings. --faker: the Faker round's corpus.)

Each fold trains a model without one group and scores the whole anonymiser (rules + that model)
on the group it never saw: generated text of held-out countries (addresses and postcodes),
name origins (synthetic names) or template styles, and the real held-out regression set of
2026-12-03. Also reports the rules alone (no tagger spans, no veto) on the same records.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

import train_tagger  # noqa: E402
from score import format_report, score  # noqa: E402
from train_tagger import (  # noqa: E402
    CORPUS,
    HELDOUT,
    HELDOUT_SETS,
    SEED,
    generate,
    load_jsonl,
    train,
    training_records,
)

from guidelines.deid import find_spans, tagger  # noqa: E402

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # as heldout_metrics.py

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


Figures = dict[str, float]


def _set_figures(name: str) -> Figures:
    """The held-out set's deid figures with the current thread's tagger, plus CPU ms per question."""
    sys.path.insert(0, str(CORPUS))
    from heldout_metrics import deid_metrics  # type: ignore[import-not-found]

    t0 = time.process_time()
    out: Figures = dict(deid_metrics(CORPUS / name))
    recs = load_jsonl(CORPUS / name / "deid.jsonl")
    out["cpu_ms"] = 1000 * (time.process_time() - t0) / len(recs)
    out.update(_preview(recs))
    return out


def _preview(recs: list[dict[str, object]]) -> Figures:
    """As heldout_report.py's preview line: questions still leaking if the patient hid every word the
    preview marks ("possible identifier"), words marked per question, medical words marked."""
    from guidelines.deid import possible_identifiers

    leak = marked_n = med_total = med_marked = 0
    for r in recs:
        text, lang = str(r["text"]), str(r["lang"])
        hidden, marked = bytearray(len(text)), bytearray(len(text))
        for sp in find_spans(text, lang):
            hidden[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
        for p in possible_identifiers(text, lang):
            hidden[p.start : p.end] = b"\x01" * (p.end - p.start)
            marked[p.start : p.end] = b"\x01" * (p.end - p.start)
            marked_n += 1
        gold = r["spans"]
        leak += any(
            not hidden[i] and text[i].isalnum()
            for g in gold  # type: ignore[attr-defined]
            for i in range(g["start"], g["end"])
        )
        for m in r["medical"]:  # type: ignore[attr-defined]
            for w in WORD.finditer(text, m["start"], m["end"]):
                med_total += 1
                med_marked += any(marked[i] for i in range(*w.span()))
    return {
        "leak_preview": leak / len(recs),
        "marked": marked_n / len(recs),
        "med_marked": med_marked / med_total if med_total else 0.0,
    }


def _rules_alone(name: str) -> Figures:
    from guidelines.deid import pipeline

    saved, veto = tagger.CONFIDENT, pipeline.VETO_OUTSIDE
    tagger.CONFIDENT, pipeline.VETO_OUTSIDE = 2.0, 2.0
    try:
        return _set_figures(name)
    finally:
        tagger.CONFIDENT, pipeline.VETO_OUTSIDE = saved, veto


def _use_model(path: Path) -> None:
    t = pycrfsuite.Tagger()
    t.open(str(path))
    tagger.use(t)


KEYS = ("deid_recall", "deid_precision", "leaking", "damage")
PREVIEW = ("leak_preview", "marked", "med_marked")


def _row(f: Figures) -> str:
    return " / ".join(f"{f[k]:.3f}" for k in KEYS)


def loso(sets: list[str], out_json: Path | None, keep: Path | None, rescore: Path | None) -> None:
    """Leave one held-out set out of training, score rules + that model on it; print the table.
    `keep`: save each fold's model there; `rescore`: score the models saved there (no training),
    e.g. with other thresholds."""
    results: dict[str, dict[str, Figures]] = {}
    for name in sets:
        t0 = time.process_time()
        row: dict[str, Figures] = {}
        _use_model(tagger.MODEL_PATH)
        row["shipped"] = _set_figures(name)
        row["rules"] = _rules_alone(name)
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "fold.crfsuite"
            if rescore:
                model = rescore / f"{name}.crfsuite"
            else:
                others = tuple(x for x in HELDOUT_SETS if x != name)
                train(training_records(True, others), model)
                if keep:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"{name}.crfsuite").write_bytes(model.read_bytes())
            _use_model(model)
            row["fold"] = _set_figures(name)
        _use_model(tagger.MODEL_PATH)
        results[name] = row
        print(
            f"{name}: rules {_row(row['rules'])} | shipped {_row(row['shipped'])} | "
            f"trained without it {_row(row['fold'])}  ({time.process_time() - t0:.0f} s CPU)",
            flush=True,
        )
        if out_json:
            out_json.write_text(json.dumps(results, indent=1))
    print()
    print(
        "| held-out set | rules alone | shipped model | model trained without the set |\n"
        "| --- | --- | --- | --- |"
    )
    for name, row in results.items():
        print(f"| {name} | {_row(row['rules'])} | {_row(row['shipped'])} | {_row(row['fold'])} |")
    for col in ("rules", "shipped", "fold"):
        mean = {
            k: sum(r[col][k] for r in results.values()) / len(results)
            for k in (*KEYS, *PREVIEW, "cpu_ms")
        }
        print(
            f"mean {col}: {_row(mean)} (CPU {mean['cpu_ms']:.2f} ms/question); with the preview: "
            f"leaking {mean['leak_preview']:.3f}, {mean['marked']:.2f} words marked per question, "
            f"medical words marked {mean['med_marked']:.3f}"
        )
    print(
        "\nwith the preview (leaking if every marked word is hidden / words marked per question):"
    )
    for name, row in results.items():
        print(
            f"| {name} | "
            + " | ".join(
                f"{row[c]['leak_preview']:.3f} / {row[c]['marked']:.2f}"
                for c in ("rules", "shipped", "fold")
            )
            + " |"
        )


def _option(argv: list[str], name: str) -> str | None:
    if name not in argv:
        return None
    i = argv.index(name)
    value = argv[i + 1]
    del argv[i : i + 2]
    return value


def main() -> None:
    if "--loso" in sys.argv:
        argv = sys.argv[1:]
        out_json, keep, rescore = (_option(argv, o) for o in ("--json", "--keep", "--rescore"))
        confident, veto = _option(argv, "--confident"), _option(argv, "--veto")
        skip = _option(argv, "--heldout-skip")
        if skip:  # held-out span labels left out of training (train_tagger.HELDOUT_SKIP)
            train_tagger.HELDOUT_SKIP = frozenset(skip.split(","))
        only = _option(argv, "--heldout-only")
        if only:  # the only labels the other held-out sets teach (train_tagger.HELDOUT_ONLY)
            train_tagger.HELDOUT_ONLY = frozenset(only.split(","))
        weight = _option(argv, "--real-weight")
        if weight:  # each held-out question of the training sets counted this many times
            train_tagger.REAL_WEIGHT = int(weight)
        if "--context" in argv:  # the context features (train_tagger.py --context)
            train_tagger.CONTEXT = True
        if confident:  # thresholds to compare on the CV (the shipped ones otherwise)
            tagger.CONFIDENT = float(confident)
        outside = _option(argv, "--outside")
        if outside:  # the preview's tier: a token outside every identifier below this is marked
            tagger.OUTSIDE_UNSURE = float(outside)
        if veto:
            from guidelines.deid import pipeline

            pipeline.VETO_OUTSIDE = float(veto)
        if "--quick" in argv:
            train_tagger.N_GENERATED = 3000
            train_tagger.PARAMS = {**train_tagger.PARAMS, "max_iterations": 60}
        names = [a for a in argv if not a.startswith("--")]
        loso(
            names or list(HELDOUT_SETS),
            Path(out_json) if out_json else None,
            Path(keep) if keep else None,
            Path(rescore) if rescore else None,
        )
        return
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
            sets = tuple(x for x in HELDOUT_SETS if x != fold)
            train(training_records(True, sets, **FOLDS[fold]), model)
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
