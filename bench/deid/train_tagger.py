"""Train the anonymiser's statistical tagger and write the shipped model (reproducible: fixed seed,
deterministic L-BFGS on data in a fixed order).

    .venv/bin/python bench/deid/train_tagger.py            # regenerate guidelines/deid/tagger/model.crfsuite
    .venv/bin/python bench/deid/train_tagger.py --faker --out /tmp/faker.crfsuite
                                  # the Faker round's corpus and street-type feature (not shipped)

    .venv/bin/python bench/deid/train_tagger.py --heldout-sets all --out /tmp/all.crfsuite
                                  # the eleven held-out sets (2026-12-06 learning round; not shipped:
                                  # docs/deid.md says why)

Training data: generated text (bench/deid/tagger_corpus.py), the development corpus
(bench/corpus/deid/dev.jsonl, which holds the hand-written text and blind sets 5-16) and the
held-out sets of SHIPPED_SETS (2026-12-03 only); HELDOUT_SETS names the eleven that may be trained
on (an explicit tuple, never a glob: blind12 = heldout-2026-12-06c and any later set are the
session's untouched after-measure; bench/deid/cv_tagger.py --loso cross-validates over them). Their markup is
the held-out `deid.jsonl` span format; labels the tagger does not tag (phones, IDs, ages...) and
medical words stay O. Blind set 17 is never trained on (it measures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import pycrfsuite

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import tagger_corpus  # noqa: E402

from guidelines.deid._data import gazetteers  # noqa: E402
from guidelines.deid.doc import Doc  # noqa: E402
from guidelines.deid.tagger import LABELS, MODEL_PATH  # noqa: E402
from guidelines.deid.tagger.features import sequence_features  # noqa: E402

SEED = 20261203
N_GENERATED = 8000
DEV = ROOT / "bench" / "corpus" / "deid" / "dev.jsonl"
CORPUS = ROOT / "bench" / "corpus"
HELDOUT = CORPUS / "heldout-2026-12-03" / "deid.jsonl"
# The eleven held-out sets the learned models may train on since 2026-12-06 (docs/held-out.md), listed by
# name in bench/corpus/training_sets.txt: blind12, blind13 and any newer set must never appear there.
HELDOUT_SETS = tuple(
    n.strip()
    for n in (ROOT / "bench/corpus/training_sets.txt").read_text("utf-8").splitlines()
    if n.strip() and not n.startswith("#")
)
# The sets of the shipped model (`--check` reproduces it with these). The model trained on all of
# HELDOUT_SETS (`--heldout-sets all`) is not shipped: it learns the writers' conventions where they
# differ from the project's policy (docs/deid.md, "Learning round").
SHIPPED_SETS: tuple[str, ...] = ("heldout-2026-12-03",)
_MAP = {"DATE_OF_BIRTH": "DATE"}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def load_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# The Faker round's corpus (tagger_corpus_faker.py) and its street-type feature: `--faker`.
FAKER = False
# The context features (tagger/features.py `sequence_features` with `context`, per word in `_entry`): `--context`.
CONTEXT = False
# Each held-out question counted this many times (real text against 8,000 generated ones).
REAL_WEIGHT = 1
# Labels of the held-out markup left unsaid (`--heldout-skip DATE,ORGANIZATION`): the tokens of those
# spans leave the training sequence, neither identifier nor O, where the writers' conventions and the
# project's policy disagree (kept dates, services, helplines). Not for the shipped model.
HELDOUT_SKIP: frozenset[str] = frozenset()
# Labels the held-out sets outside SHIPPED_SETS teach (`--heldout-only ORGANIZATION,CITY,PERSON`, deid25):
# the tokens of their other spans (dates, addresses, postcodes: where the writers' markup departs
# from the policy) leave those sequences; SHIPPED_SETS keep all their labels, as in the shipped model.
HELDOUT_ONLY: frozenset[str] = frozenset()
TAGGED = ("PERSON", "CITY", "ORGANIZATION", "ADDRESS", "POSTCODE", "DATE", "DATE_OF_BIRTH")


def generate(n: int, seed: int, **exclude: frozenset[str]) -> list[dict[str, object]]:
    if FAKER:
        import tagger_corpus_faker  # Faker is a dev dependency: imported only when asked for

        return tagger_corpus_faker.generate(n, seed, **exclude)
    return tagger_corpus.generate(n, seed, **exclude)


def to_sequence(
    rec: dict[str, object], cache: dict[str, list[str]]
) -> tuple[list[list[str]], list[str]]:
    """Features and BIO tags of one annotated text (a token takes the label of the span it starts in)."""
    text = str(rec["text"])
    doc = Doc(text)
    spans = sorted(
        (int(s["start"]), int(s["end"]), _MAP.get(str(s["label"]), str(s["label"])))
        for s in rec["spans"]  # type: ignore[attr-defined]
    )
    skip = rec.get("skip") or frozenset()
    dropped = [
        any(s <= ts < e for s, e, label in spans if label in skip)  # type: ignore[operator]
        for ts, _te in doc.spans
    ]
    tags: list[str] = []
    prev_span = None
    for ts, _te in doc.spans:
        tag = "O"
        cur = None
        for k, (s, e, label) in enumerate(spans):
            if s <= ts < e and label in LABELS:
                cur = k
                tag = ("I-" if prev_span == k else "B-") + label
                break
        prev_span = cur
        tags.append(tag)
    xs = sequence_features(doc.words, doc.sent_start, gazetteers(), cache, FAKER, CONTEXT)
    if any(dropped):  # tokens whose label is left unsaid (HELDOUT_SKIP): out of the sequence
        keep = [k for k, d in enumerate(dropped) if not d]
        return [xs[k] for k in keep], [tags[k] for k in keep]
    return xs, tags


def train(records: list[dict[str, object]], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    cache: dict[str, list[str]] = {}
    for rec in records:
        xs, ys = to_sequence(rec, cache)
        if xs:
            trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def heldout_records(sets: tuple[str, ...]) -> list[dict[str, object]]:
    """The deid questions of these held-out sets, in the order given."""
    out: list[dict[str, object]] = []
    for name in sets:
        if name not in HELDOUT_SETS:
            raise SystemExit(f"{name} is not a training set of the tagger (HELDOUT_SETS)")
        recs = load_jsonl(CORPUS / name / "deid.jsonl")
        skip = HELDOUT_SKIP
        if HELDOUT_ONLY and name not in SHIPPED_SETS:
            skip = skip | (frozenset(TAGGED) - HELDOUT_ONLY)
        if skip:
            for r in recs:
                r["skip"] = skip
        out += recs
    return out


def training_records(
    with_heldout: bool = True,
    sets: tuple[str, ...] = SHIPPED_SETS,
    **exclude: frozenset[str],
) -> list[dict[str, object]]:
    recs = generate(N_GENERATED, SEED, **exclude)
    recs += load_jsonl(DEV)
    if with_heldout:
        recs += heldout_records(sets) * REAL_WEIGHT
    return recs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--no-heldout", action="store_true", help="leave every held-out set out")
    ap.add_argument(
        "--heldout-sets",
        default="",
        help="comma-separated held-out sets to train on (names from HELDOUT_SETS, with or without "
        "'heldout-'), or 'all' (HELDOUT_SETS); default: the shipped model's SHIPPED_SETS",
    )
    ap.add_argument(
        "--exclude-countries", default="", help="comma-separated address groups to leave out"
    )
    ap.add_argument("--exclude-origins", default="", help="comma-separated synthetic name origins")
    ap.add_argument("--exclude-styles", default="", help="comma-separated template styles")
    ap.add_argument(
        "--faker",
        action="store_true",
        help="the Faker round's corpus and street-type feature (docs/deid.md; not the shipped model)",
    )
    ap.add_argument(
        "--context", action="store_true", help="the context features (tagger/features.py)"
    )
    ap.add_argument(
        "--heldout-skip",
        default="",
        help="held-out span labels left out of training (HELDOUT_SKIP)",
    )
    ap.add_argument(
        "--heldout-only",
        default="",
        help="the only labels the held-out sets outside SHIPPED_SETS teach (HELDOUT_ONLY)",
    )
    ap.add_argument(
        "--real-weight", type=int, default=1, help="times each held-out question counts"
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="train into a temporary file and fail unless it equals the shipped model byte for byte",
    )
    args = ap.parse_args()
    global FAKER, CONTEXT, REAL_WEIGHT, HELDOUT_SKIP, HELDOUT_ONLY
    FAKER = args.faker
    CONTEXT = CONTEXT or args.context
    REAL_WEIGHT = args.real_weight
    HELDOUT_SKIP = frozenset(filter(None, args.heldout_skip.split(",")))
    HELDOUT_ONLY = frozenset(filter(None, args.heldout_only.split(",")))
    if FAKER:
        from faker_slots import fix_hash_seed

        fix_hash_seed()
    if args.check:
        import tempfile

        args.out = Path(tempfile.mkdtemp()) / "model.crfsuite"
    t0 = time.perf_counter()
    sets = SHIPPED_SETS
    if args.heldout_sets == "all":
        sets = HELDOUT_SETS
    elif args.heldout_sets:
        sets = tuple(
            n if n.startswith("heldout-") else f"heldout-{n}" for n in args.heldout_sets.split(",")
        )
    recs = training_records(
        not args.no_heldout,
        sets,
        exclude_countries=frozenset(filter(None, args.exclude_countries.split(","))),
        exclude_origins=frozenset(filter(None, args.exclude_origins.split(","))),
        exclude_styles=frozenset(filter(None, args.exclude_styles.split(","))),
    )
    train(recs, args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(
        f"trained on {len(recs)} texts in {time.perf_counter() - t0:.0f} s -> {args.out} (sha256 {digest}…)"
    )
    if args.check:
        shipped = hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:16]
        if shipped != digest:
            raise SystemExit(
                f"--check: the shipped model is {shipped}…, the retrained one {digest}…"
            )
        print("--check: the shipped model is reproduced")


if __name__ == "__main__":
    main()
