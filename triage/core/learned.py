"""Learned evidence: linear models over word and character n-grams, read from data/learned.json.gz.

Trained at development time (bench/triage/train_learned.py, fixed seed, reproducible); here only
the weights are read and summed, in pure Python, so the runtime needs no numerical library and the
result is deterministic. The emergency model says which red flag, if any, a text describes ("none"
or a flag code, softmax). The specialty model (issue 8, "Routing") reads the whole text plus the
keyword rules' evidence (one feature per specialty, repeated by its keyword score) and says which
specialty the question belongs to; `route()` keeps general practice unless the top specialty is
probable enough and clear of general practice by a margin, both chosen on a held-back split of the
generated routing data (docs/triage.md, "Routing").

Texts are scored per window of consecutive sentences and the most alarming window wins, so an
emergency told in the middle of a long message is not diluted by the rest. Tokens under a negation
("no", "pas", "sans") or in a sentence with a history or "general question" cue (data/lexicon.json)
carry a scope tag, so "no chest pain" and "a stroke in 2019" are different features from the plain
words: that is how the model learns that they are not emergencies.

The models read the text through their own frozen view (`learned_view.py`, data/learned_view.json: the
normaliser and the history and informational cues as they were when the shipped weights were trained):
a round of rules (a new concept word the typo corrector reaches, a new history cue, "month" no longer
read as "months") would otherwise change the features the shipped weights were trained on. The view
gives them the text they were trained on until it is refrozen and the model retrained on purpose
(docs/triage.md, rounds 26b and 28).
"""

from __future__ import annotations

import gzip
import json
import math
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from triage.core import learned_view
from triage.core.rules import TriageDataError

FILE = "learned.json.gz"
WINDOW = 3  # sentences per window: a symptom and its context rarely span more
MAX_SENTENCES = 80  # hostile input: a bounded cost whatever the length
_SENTENCE_END = re.compile(r"(?<![0-9])\.|\.(?![0-9])|[!?;|]")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A negation tags the next few tokens of its clause ("no chest pain", "pas de fièvre").
_NEGATORS = frozenset(
    [
        "no",
        "not",
        "never",
        "without",
        "nor",
        "neither",
        "denies",
        "none",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "haven't",
        "hasn't",
        "pas",
        "jamais",
        "sans",
        "aucun",
        "aucune",
        "ni",
        "ne",
        "n'",
    ]
)
_CLAUSE_BREAK = frozenset(
    [
        "but",
        "however",
        "though",
        "although",
        "mais",
        "cependant",
        "pourtant",
        "sauf",
        "now",
        "maintenant",
    ]
)
_NEG_REACH = 4


def view(text: str) -> str:
    """A text (raw, or normalised by the rules) as the learned models read it: the frozen view's
    normaliser (learned_view.py, data/learned_view.json)."""
    return learned_view.read(text)


def _sentences(text: str) -> list[str]:
    parts = [p for p in _SENTENCE_END.split(text) if p.strip()]
    return parts[:MAX_SENTENCES]


def sentence_features(
    sentence: str, history: re.Pattern[str] | None, generic: re.Pattern[str] | None, buckets: int
) -> list[int]:
    """Hashed feature indexes of one normalised sentence (with repeats)."""
    scope = ""
    if history is not None and history.search(sentence):
        scope = "h"
    elif generic is not None and generic.search(sentence):
        scope = "g"
    tokens: list[tuple[str, str]] = []  # (scope tag, word)
    for chunk in sentence.split(","):  # a comma closes a negation's reach: "no fever, chest pain"
        reach = 0
        for word in _TOKEN.findall(chunk):
            tokens.append(("n" + scope if reach > 0 else scope, word))
            if word in _NEGATORS or word.startswith("n'"):
                reach = _NEG_REACH
            elif word in _CLAUSE_BREAK:
                reach = 0
            elif reach > 0:
                reach -= 1
    feats: list[str] = []
    prev = "<s>"
    for tag, word in tokens:
        tok = tag + ":" + word
        feats.append("w" + tok)
        feats.append("b" + prev + "_" + tok)
        prev = tok
        padded = "<" + word + ">"
        for n in (3, 4):
            for i in range(len(padded) - n + 1):
                feats.append("c" + tag + ":" + padded[i : i + n])
    return [zlib.crc32(f.encode()) % buckets for f in feats]


# The learned sums are the triage's largest cost (73 classes a feature, ~300 features a window). Up to
# Python 3.11 the builtin sum() adds floats left to right in one double, which is the loop's arithmetic bit
# for bit at twice its speed; from 3.12 it compensates the rounding, which would move the probabilities by
# an ulp. Decided by the arithmetic itself: 1e16 + 1.0 rounds back to 1e16 when added in order.
_SUM_IS_SEQUENTIAL = sum([1e16, 1.0, -1e16], 0.0) == 0.0


@dataclass(frozen=True)
class Linear:
    """A softmax model: per feature bucket a row of class weights (sparse), one bias per class."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[int, tuple[float, ...]]

    def sums(self, feats: Sequence[int]) -> list[float]:
        """Unnormalised class scores of one bag of features (bias excluded): per class, the weights of
        the bag's features added one after the other in the bag's order, from 0.0."""
        weights = self.weights
        if not _SUM_IS_SEQUENTIAL:
            out = [0.0] * len(self.classes)
            for f in feats:
                row = weights.get(f)
                if row is not None:
                    for k, w in enumerate(row):
                        out[k] += w
            return out
        rows = [row for row in map(weights.get, feats) if row is not None]
        if not rows:
            return [0.0] * len(self.classes)
        return [sum(column, 0.0) for column in zip(*rows, strict=True)]

    def probabilities(self, sums: Sequence[float]) -> list[float]:
        """Softmax of bias + sums."""
        scores = [b + s for b, s in zip(self.bias, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


def _linear(raw: Any, *, what: str) -> Linear:
    try:
        classes = tuple(str(c) for c in raw["classes"])
        bias = tuple(float(b) for b in raw["bias"])
        weights = {int(k): tuple(float(w) for w in row) for k, row in raw["weights"].items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise TriageDataError(f"{FILE}: {what}: {exc}") from exc
    if len(bias) != len(classes) or any(len(row) != len(classes) for row in weights.values()):
        raise TriageDataError(f"{FILE}: {what}: rows must have one weight per class")
    return Linear(classes, bias, weights)


@dataclass(frozen=True)
class Evidence:
    """What the learned models say about one text."""

    emergency: float  # probability that the most alarming window describes an emergency
    flag: str | None  # the red flag that window most resembles (None when no window is alarming)


KEYWORD_REPEAT_CAP = 6  # keyword evidence: at most this many copies of a specialty's feature


def keyword_features(scores: dict[str, float], buckets: int) -> list[int]:
    """The keyword rules' evidence as hashed features: "k:<code>" repeated 2 × score times."""
    out: list[int] = []
    for code in sorted(scores):
        n = min(KEYWORD_REPEAT_CAP, round(2 * scores[code]))
        out.extend([zlib.crc32(("k:" + code).encode()) % buckets] * n)
    return out


@dataclass(frozen=True)
class Router:
    """The specialty model and its decision rule: it overrides the keyword rules only when clear."""

    model: Linear
    default: str
    threshold: float  # the top specialty's probability must reach this...
    margin: float  # ...and exceed the default's probability by this much

    def route(self, bag: Sequence[int], fallback: str) -> str:
        """The model's specialty when it is confident, else `fallback` (the keyword rules' choice).

        Confident: the top class is not the default, its probability reaches the threshold and
        beats the default's by the margin. A confident "general practice" is not needed: the
        keyword rules already default to it.
        """
        probs = self.model.probabilities(self.model.sums(bag))
        k = max(range(len(probs)), key=lambda i: (probs[i], -i))
        code = self.model.classes[k]
        if code == self.default:
            return fallback
        p_default = probs[self.model.classes.index(self.default)]
        if probs[k] >= self.threshold and probs[k] - p_default >= self.margin:
            return code
        return fallback


class Learned:
    """The shipped models, loaded once."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.meta: dict[str, Any] = dict(raw.get("meta", {}))
        self.buckets = int(raw["buckets"])
        self.emergency = _linear(raw["emergency"], what="emergency")
        if self.emergency.classes[0] != "none":
            raise TriageDataError(f"{FILE}: the emergency model's first class must be 'none'")
        # Per-flag thresholds above the default raise (train_learned.raise_thresholds): flags the
        # held-back everyday questions already reach need more evidence to raise alone.
        try:
            self.raise_at = {str(k): float(v) for k, v in raw["emergency"].get("raise", {}).items()}
        except (AttributeError, TypeError, ValueError) as exc:
            raise TriageDataError(f"{FILE}: emergency.raise: {exc}") from exc
        self.router: Router | None = None
        if "specialty" in raw:
            spec = raw["specialty"]
            model = _linear(spec, what="specialty")
            try:
                default = str(spec["default"])
                threshold, margin = float(spec["threshold"]), float(spec["margin"])
            except (KeyError, TypeError, ValueError) as exc:
                raise TriageDataError(f"{FILE}: specialty: {exc}") from exc
            if default not in model.classes:
                raise TriageDataError(f"{FILE}: specialty: default {default!r} is not a class")
            self.router = Router(model, default, threshold, margin)

    def raise_threshold(self, flag: str, default: float) -> float:
        """The probability the evidence must reach to raise `flag` alone (at least `default`)."""
        return max(default, self.raise_at.get(flag, default))

    def specialty_bag(self, per_sentence: list[list[int]], scores: dict[str, float]) -> list[int]:
        """The specialty model's input: every sentence's features and the keyword evidence."""
        bag = [f for feats in per_sentence for f in feats]
        bag.extend(keyword_features(scores, self.buckets))
        return bag

    def features(self, text: str) -> list[list[int]]:
        """Hashed features of each sentence of a text (raw, or normalised by the rules), read through
        the frozen view: its normaliser, and its history and informational cues as scope tags."""
        frozen = learned_view.frozen()
        return [
            sentence_features(s, frozen.history, frozen.informational, self.buckets)
            for s in _sentences(frozen.normalize(text))
        ]

    def windows(self, per_sentence: list[list[int]]) -> Iterator[list[int]]:
        """Bags of features of each window of up to WINDOW consecutive sentences."""
        if len(per_sentence) <= WINDOW:
            yield [f for feats in per_sentence for f in feats]
            return
        for i in range(len(per_sentence) - WINDOW + 1):
            yield [f for feats in per_sentence[i : i + WINDOW] for f in feats]

    def evidence(self, per_sentence: list[list[int]]) -> Evidence:
        """Emergency probability of the most alarming window, and the flag it resembles."""
        model = self.emergency
        best_p, best_flag = 0.0, None
        for bag in self.windows(per_sentence):
            probs = model.probabilities(model.sums(bag))
            p = 1.0 - probs[0]
            if p > best_p:
                k = max(range(1, len(probs)), key=probs.__getitem__)
                best_p, best_flag = p, model.classes[k]
        return Evidence(best_p, best_flag)


def load(path: str | None = None) -> Learned:
    """Read the shipped file, or another one (raises TriageDataError when it is malformed)."""
    if path is None:
        blob = resources.files("triage.core").joinpath("data", FILE).read_bytes()
    else:
        with open(path, "rb") as fh:
            blob = fh.read()
    try:
        raw = json.loads(gzip.decompress(blob))
    except (OSError, ValueError) as exc:
        raise TriageDataError(f"{FILE}: {exc}") from exc
    if not isinstance(raw, dict):
        raise TriageDataError(f"{FILE}: top level must be an object")
    return Learned(raw)
