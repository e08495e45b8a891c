"""A linear clause classifier per stance label, shipped as weights (stance_model.json) and read in pure Python.

Labels: ``disrespect`` (toward the patient or a group), ``promotion`` (one's own services, an offer), ``contact``
(private contact solicited), ``reassurance`` (dismissive false reassurance). Each is a logistic model over word
unigrams and bigrams and character 4-grams of each word, trained in the project on clauses it makes
(`bench/engine/train_stance.py`, which regenerates the JSON reproducibly; `bench/engine/stance_data.py` holds the
data). Inference is a sum of weights: deterministic, no randomness, no download. The kinds turn a score into a
verdict only together with the engine's structural reading (kinds/stance.py), and explain it by the clause.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("stance_model.json")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[£$€@?!]|\U0001F644")


def tokens(low: str) -> list[str]:
    """Lower-cased word tokens of a clause; numbers become "0"."""
    return [("0" if t[0].isdigit() else t) for t in _TOKEN.findall(low)]


def token_features(tok: str) -> list[str]:
    """Features of one word: the word and its character 4-grams (with word-boundary marks)."""
    out = ["w:" + tok]
    if len(tok) >= 3:
        padded = f"<{tok}>"
        out += ["c:" + padded[i : i + 4] for i in range(len(padded) - 3)]
    return out


def clause_features(low: str) -> list[str]:
    """Every feature of a clause, with repeats (the training side uses exactly this)."""
    toks = tokens(low)
    out: list[str] = []
    for t in toks:
        out += token_features(t)
    out += ["b:" + a + " " + b for a, b in pairwise(toks)]
    return out


class StanceModel:
    """Weights per label; ``scores(clause)`` gives each label's probability."""

    def __init__(self, data: dict[str, object]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])  # type: ignore[arg-type]
        bias = data["bias"]
        weights = data["weights"]
        assert isinstance(bias, dict)  # noqa: S101 - file shape
        assert isinstance(weights, dict)  # noqa: S101 - file shape
        self.bias = tuple(float(bias[lab]) for lab in self.labels)
        # feature -> one weight per label (0.0 where the label's model dropped it)
        merged: dict[str, list[float]] = {}
        for i, lab in enumerate(self.labels):
            for feat, w in weights[lab].items():
                merged.setdefault(feat, [0.0] * len(self.labels))[i] = float(w)
        self.weights = {k: tuple(v) for k, v in merged.items()}
        thresholds = data.get("thresholds", {})
        assert isinstance(thresholds, dict)  # noqa: S101 - file shape
        self.thresholds: dict[str, dict[str, float]] = {k: dict(v) for k, v in thresholds.items()}
        self._zero = (0.0,) * len(self.labels)
        # A word's contribution is the same wherever it occurs: memoised (a pure function of the word).
        self._token_cache: dict[str, tuple[float, ...]] = {}

    def _token_vector(self, tok: str) -> tuple[float, ...]:
        vec = self._token_cache.get(tok)
        if vec is None:
            acc = [0.0] * len(self.labels)
            get = self.weights.get
            for f in token_features(tok):
                w = get(f)
                if w is not None:
                    for i, x in enumerate(w):
                        acc[i] += x
            vec = tuple(acc)
            if len(self._token_cache) > 50_000:
                self._token_cache.clear()
            self._token_cache[tok] = vec
        return vec

    def logits(self, low: str) -> tuple[float, ...]:
        """Raw scores per label for a lower-cased clause."""
        acc = list(self.bias)
        toks = tokens(low)
        get = self.weights.get
        n = len(acc)
        for t in toks:
            vec = self._token_vector(t)
            for i in range(n):
                acc[i] += vec[i]
        for a, b in pairwise(toks):
            w = get("b:" + a + " " + b)
            if w is not None:
                for i in range(n):
                    acc[i] += w[i]
        return tuple(acc)

    def scores(self, low: str) -> dict[str, float]:
        """Probability per label for a lower-cased clause."""
        return {
            lab: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for lab, z in zip(self.labels, self.logits(low), strict=True)
        }


def load(path: Path = MODEL_PATH) -> StanceModel:
    """Read a model file."""
    return StanceModel(json.loads(path.read_text(encoding="utf-8")))


@cache
def default() -> StanceModel:
    """The shipped model (read once per process)."""
    return load()


_OVERRIDE: list[StanceModel] = []


def current() -> StanceModel:
    """The model the kinds use: the shipped one, unless a bench or the trainer swapped one in (``using``)."""
    return _OVERRIDE[-1] if _OVERRIDE else default()


@contextmanager
def using(model: StanceModel) -> Iterator[StanceModel]:
    """Check with another model inside the block (cross-validation; labelling the training data without a model)."""
    _OVERRIDE.append(model)
    try:
        yield model
    finally:
        _OVERRIDE.pop()


def null() -> StanceModel:
    """A model that never reports anything: the engine as it was without one."""
    return StanceModel(
        {
            "labels": ["disrespect", "promotion", "contact", "reassurance"],
            "bias": dict.fromkeys(("disrespect", "promotion", "contact", "reassurance"), -30.0),
            "weights": {k: {} for k in ("disrespect", "promotion", "contact", "reassurance")},
            "thresholds": {
                k: {"alone": 2.0, "cue": 2.0}
                for k in ("disrespect", "promotion", "contact", "reassurance")
            },
        }
    )


__all__ = [
    "MODEL_PATH",
    "StanceModel",
    "clause_features",
    "current",
    "default",
    "load",
    "null",
    "tokens",
    "using",
]
