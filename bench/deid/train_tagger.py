"""Train the anonymiser's statistical tagger and write the shipped model (reproducible: fixed seed,
deterministic L-BFGS on data in a fixed order).

    .venv/bin/python bench/deid/train_tagger.py            # regenerate guidelines/deid/tagger/model.crfsuite
    .venv/bin/python bench/deid/train_tagger.py --faker --out /tmp/faker.crfsuite
                                  # the Faker round's corpus and street-type feature (not shipped)

Training data: generated text (bench/deid/tagger_corpus.py), the development corpus
(bench/corpus/deid/dev.jsonl, which holds the hand-written text and blind sets 5-16) and the
held-out regression set of 2026-12-03. Blind set 17 is never trained on (it measures).
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
HELDOUT = ROOT / "bench" / "corpus" / "heldout-2026-12-03" / "deid.jsonl"
_MAP = {"DATE_OF_BIRTH": "DATE"}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def load_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# The Faker round's corpus (tagger_corpus_faker.py) and its street-type feature: `--faker`.
FAKER = False


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
        (int(s["start"]), int(s["end"]), _MAP.get(str(s["label"]), str(s["label"])))  # type: ignore[index]
        for s in rec["spans"]  # type: ignore[attr-defined]
    )
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
    return sequence_features(doc.words, doc.sent_start, gazetteers(), cache, FAKER), tags


def train(records: list[dict[str, object]], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    cache: dict[str, list[str]] = {}
    for rec in records:
        xs, ys = to_sequence(rec, cache)
        if xs:
            trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def training_records(
    with_heldout: bool = True, **exclude: frozenset[str]
) -> list[dict[str, object]]:
    recs = generate(N_GENERATED, SEED, **exclude)
    recs += load_jsonl(DEV)
    if with_heldout:
        recs += load_jsonl(HELDOUT)
    return recs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument(
        "--no-heldout", action="store_true", help="leave the held-out regression set out"
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
        "--check",
        action="store_true",
        help="train into a temporary file and fail unless it equals the shipped model byte for byte",
    )
    args = ap.parse_args()
    global FAKER
    FAKER = args.faker
    if FAKER:
        from faker_slots import fix_hash_seed

        fix_hash_seed()
    if args.check:
        import tempfile

        args.out = Path(tempfile.mkdtemp()) / "model.crfsuite"
    t0 = time.perf_counter()
    recs = training_records(
        not args.no_heldout,
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
