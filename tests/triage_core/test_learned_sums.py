"""The learned models' sums (triage/core/learned.py `Linear.sums`): per class, the bag's weights added one
after the other in the bag's order, from 0.0, bit for bit, whichever way they are computed (issue 14: the
builtin sum() where it adds in order, the plain loop where it compensates, as from Python 3.12)."""

from __future__ import annotations

import random
import struct
from collections.abc import Sequence

import pytest

from triage.core import learned
from triage.core.assess import learned_model


def in_order(model: learned.Linear, feats: Sequence[int]) -> list[float]:
    """The reference: every weight added in turn."""
    out = [0.0] * len(model.classes)
    for f in feats:
        row = model.weights.get(f)
        if row is not None:
            for k, w in enumerate(row):
                out[k] += w
    return out


def bits(values: Sequence[float]) -> bytes:
    return struct.pack(f"{len(values)}d", *values)


TEXTS = [
    ("Crushing chest pain down my left arm, I am sweating and feel sick.", "en"),
    ("No chest pain, just a cough since Monday. Had a stroke in 2019.", "en"),
    ("Mon fils a de la fièvre depuis hier et une raideur de la nuque.", "fr"),
    ("Pas de douleur thoracique, juste un rhume. Question générale sur les vaccins.", "fr"),
]


@pytest.mark.parametrize("fast", [True, False])
def test_sums_add_every_weight_in_the_bags_order(
    monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    monkeypatch.setattr(learned, "_SUM_IS_SEQUENTIAL", fast and learned._SUM_IS_SEQUENTIAL)
    shipped = learned_model()
    models = [shipped.emergency] + ([shipped.router.model] if shipped.router else [])
    rng = random.Random(14)  # noqa: S311  # reproducible bags, not secrets
    bags: list[list[int]] = [[]]
    for text, _lang in TEXTS:
        for feats in shipped.features(text):
            bags.append(feats)
    for model in models:
        known = sorted(model.weights)
        for _ in range(30):  # known buckets (some twice), unknown ones, in random order
            bag = rng.choices(known, k=rng.randint(1, 400)) + [rng.randrange(shipped.buckets)] * 3
            rng.shuffle(bag)
            bags.append(bag)
        for bag in bags:
            assert bits(model.sums(bag)) == bits(in_order(model, bag))


def test_rounding_follows_the_order_not_a_compensated_sum() -> None:
    model = learned.Linear(("a", "b"), (0.0, 0.0), {1: (1e16, 1.0), 2: (1.0, 2.0), 3: (-1e16, 3.0)})
    assert model.sums([1, 2, 3]) == [0.0, 6.0]  # 1e16 + 1.0 rounds back to 1e16
    assert model.sums([1, 3, 2]) == [1.0, 6.0]
    assert model.sums([4, 5]) == [0.0, 0.0]
