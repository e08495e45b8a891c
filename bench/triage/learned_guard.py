"""A cheap guard that the shipped learned models see the features they were trained on (round 28).

`train_learned.py --check` (retrain, compare byte for byte) costs minutes of CPU; the suite instead checks
bench/triage/learned_guard.json, written by train_learned.py only when it writes the shipped file or when
`--check` matched it byte for byte:

- `model_sha256`: the shipped learned.json.gz the guard speaks for;
- `view_digest`: sha256 of the frozen view (triage/core/data/learned_view.json and the word frequencies its
  corrector reads, learned_view.digest());
- `features_digest`: the emergency model's features of every GUARD_EVERY-th training text (their order is
  fixed by the seed), through the run-time reader;
- `router_digest`: the router's input (the same features plus the keyword rules' evidence) of every
  GUARD_EVERY-th routing text. The router reads the keyword rules' evidence by design (docs/triage.md,
  "Routing"): a change of the specialty keywords, or of the rules' normaliser under them, moves it.

tests/triage_core/test_learned_view.py recomputes the three digests (a few seconds) and fails when a
change moved the learned features without a retrain. No heavy import here (no scikit-learn).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import BUCKETS, routing_set, training_set  # noqa: E402
from triage.core import learned_view  # noqa: E402
from triage.core.assess import keyword_scores, model  # noqa: E402
from triage.core.learned import Learned, keyword_features  # noqa: E402
from triage.core.rules import Document  # noqa: E402

GUARD = ROOT / "bench" / "triage" / "learned_guard.json"
GUARD_EVERY = 20
# A reader with no weights: its features() is the run-time feature extraction (learned.Learned.features).
READER = Learned(
    {"buckets": BUCKETS, "emergency": {"classes": ["none"], "bias": [0], "weights": {}}}
)


def router_input(text: str) -> list[int]:
    """The specialty model's input of a raw text, as at run time (train_learned.routing_features)."""
    per_sentence = READER.features(text)
    scores = keyword_scores(Document(text, model()))
    return [f for feats in per_sentence for f in feats] + keyword_features(scores, BUCKETS)


def _sha(rows: object) -> str:
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode()).hexdigest()


def digests() -> dict[str, str]:
    """The view's digest and the features' digests of the fixed samples, as they are now."""
    texts = [ex.text for ex in training_set(frozenset())[::GUARD_EVERY]]
    routed = [r.text for r in routing_set(frozenset())[::GUARD_EVERY]]
    return {
        "view_digest": learned_view.digest(),
        "features_digest": _sha([READER.features(t) for t in texts]),
        "router_digest": _sha([router_input(t) for t in routed]),
    }


def write(model_sha256: str) -> dict[str, object]:
    """Record the guard of the shipped file `model_sha256` (call only after writing or matching it)."""
    guard: dict[str, object] = {
        "about": "Written by bench/triage/train_learned.py (bench/triage/learned_guard.py); do not edit.",
        "model_sha256": model_sha256,
        "view_version": learned_view.frozen().version,
        "every": GUARD_EVERY,
        **digests(),
    }
    GUARD.write_text(json.dumps(guard, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return guard


def read() -> dict[str, object]:
    """The recorded guard."""
    data = json.loads(GUARD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data
