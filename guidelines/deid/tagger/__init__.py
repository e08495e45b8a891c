"""The statistical tagger: a linear-chain CRF (python-crfsuite) over token features, trained by
`bench/deid/train_tagger.py` on generated and annotated text and shipped as `model.crfsuite`.

It tags PERSON, CITY, ORGANIZATION, ADDRESS, POSTCODE and DATE (BIO). The pipeline redacts its
confident spans and shows the less confident ones in the "possible identifier" tier; exact
identifiers (phones, e-mails, checksummed IDs) stay with the rules. Tagging is deterministic.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from guidelines.deid._data import Gazetteers, gazetteers
from guidelines.deid.possible import _medical  # lists, drug stems, medical shapes
from textkit.folding import fold

from .features import sequence_features

MODEL_PATH = Path(__file__).resolve().parent / "model.crfsuite"
LABELS = ("PERSON", "CITY", "ORGANIZATION", "ADDRESS", "POSTCODE", "DATE")

# (start token, end token exclusive, label, confidence = the lowest marginal of its tags)
TokenSpan = tuple[int, int, str, float]

_local = threading.local()
_cache: dict[str, list[str]] = {}


@lru_cache(maxsize=1)
def model_path() -> str:
    if not MODEL_PATH.exists():
        raise FileNotFoundError(f"the tagger model is missing: {MODEL_PATH}")
    return str(MODEL_PATH)


def _tagger() -> pycrfsuite.Tagger:
    t = getattr(_local, "tagger", None)
    if t is None:  # one Tagger per thread: crfsuite taggers keep state between set() and tag()
        t = pycrfsuite.Tagger()
        t.open(model_path())
        _local.tagger = t
    return t


def tag_tokens(
    words: list[str], sent_start: list[bool], g: Gazetteers | None = None
) -> tuple[list[TokenSpan], list[float]]:
    """Spans the model finds, and per token the probability that it is part of no identifier."""
    if not words:
        return [], []
    g = g or gazetteers()
    tagger = _tagger()
    tagger.set(sequence_features(words, sent_start, g, _cache))
    tags = tagger.tag()
    outside = [tagger.marginal("O", i) for i in range(len(words))]
    spans: list[TokenSpan] = []
    i = 0
    while i < len(tags):
        tag = tags[i]
        if tag == "O":
            i += 1
            continue
        label = tag[2:]
        j = i + 1
        while j < len(tags) and tags[j] == f"I-{label}":
            j += 1
        conf = min(tagger.marginal(tags[k], k) for k in range(i, j))
        spans.append((i, j, label, conf))
        i = j
    return spans, outside


# A span at or above CONFIDENT is redacted; between UNSURE and CONFIDENT it is shown to the patient
# as a possible identifier. A token the model leaves outside with probability below OUTSIDE_UNSURE
# is also shown.
CONFIDENT = 0.6
UNSURE = 0.2
OUTSIDE_UNSURE = 0.5
VERY_SURE = 0.95
_NAMEISH = frozenset({"PERSON", "CITY", "ORGANIZATION"})

# (start, end, label) character offsets
CharSpan = tuple[int, int, str]


def _guarded(words: list[str], i: int, j: int, label: str, g: Gazetteers) -> tuple[int, int] | None:
    """The medical guard: brand drugs and medical words are never part of a tagged name.
    Medical words at the edges are cut off; one inside the span drops it."""
    def med(k: int) -> bool:
        w = words[k]
        return w[:1].isalpha() and _medical(w, fold(w), g)

    if label not in _NAMEISH:
        return (i, j)
    while i < j and med(i):
        i += 1
    while j > i and med(j - 1):
        j -= 1
    if i == j or any(med(k) for k in range(i, j)):
        return None
    return (i, j)


def tagged_spans(
    words: list[str],
    spans: list[tuple[int, int]],
    sent_start: list[bool],
    g: Gazetteers | None = None,
    sure_multi: list[bool] | None = None,
) -> tuple[list[CharSpan], list[CharSpan], list[float]]:
    """(confident spans, unsure spans) in character offsets, after the medical guard, and per token
    the probability that it is part of no identifier."""
    g = g or gazetteers()
    found, outside = tag_tokens(words, sent_start, g)
    sure: list[CharSpan] = []
    unsure: list[CharSpan] = []
    covered: set[int] = set()
    for i, j, label, conf in found:
        if conf < UNSURE:
            continue
        cut = _guarded(words, i, j, label, g)
        if cut is None:
            continue
        i, j = cut
        covered.update(range(i, j))
        (sure if conf >= CONFIDENT else unsure).append((spans[i][0], spans[j - 1][1], label))
        if conf >= CONFIDENT and sure_multi is not None:
            # a span of several words the model is near-certain of ("St Patrick's Day" as a date)
            sure_multi.append(conf >= VERY_SURE and j - i > 1)
    for k, p in enumerate(outside):
        if (
            p < OUTSIDE_UNSURE
            and k not in covered
            and words[k][:1].isalnum()
            and _guarded(words, k, k + 1, "PERSON", g) is not None
        ):
            unsure.append((spans[k][0], spans[k][1], "PERSON"))
    return sure, unsure, outside
