"""The text as the learned models read it: a normaliser and two scope cues frozen in data/learned_view.json.

The learned models' features (learned.py) are hashed words of the normalised text, tagged by scope cues.
The rules' normaliser and cues move with every round of red flags (the typo corrector reaches every
concept word from one edit away; history and informational cues grow), which moved the features of the
shipped weights at run time and made a retrain differ from the shipped file. The learned models read
through this frozen copy instead (bench/triage/freeze_learned_view.py, frozen at the commit that built
learned.json.gz), at run time and in training alike (docs/triage.md, "Learned model, round 28").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from triage.core.normalize import Normalizer
from triage.core.patterns import TriageDataError, compile_any, load_json, load_words

FILE = "learned_view.json"


@dataclass(frozen=True)
class View:
    """The frozen normaliser and scope cues, and the sha256 of the file they come from."""

    version: str
    normalize: Normalizer
    history: re.Pattern[str]
    informational: re.Pattern[str]
    digest: str


def _cues(scope: dict[str, Any], key: str) -> re.Pattern[str]:
    regex = compile_any([str(p) for p in scope.get(key, [])], what=f"{FILE}: scope.{key}")
    if regex is None:
        raise TriageDataError(f"{FILE}: scope.{key}: empty")
    return regex


@cache
def frozen() -> View:
    """The view of data/learned_view.json (built once)."""
    raw = load_json(FILE)
    try:
        norm, scope = raw["normalizer"], raw["scope"]
        normalize = Normalizer(
            [(str(p), str(r), [str(t) for t in trig]) for p, r, trig in norm["rewrites"]],
            [str(w) for w in norm["typo_words"]],
            [str(w) for w in norm["protected"]],
            [str(w) for w in norm["vocabulary"]],
            load_words("common_words.txt.gz"),
        )
        generic, hypothetical = _cues(scope, "generic"), _cues(scope, "hypothetical")
        view = View(
            version=str(raw["version"]),
            normalize=normalize,
            history=_cues(scope, "history"),
            # as the rules' model joins them (Model.informational)
            informational=re.compile(f"{generic.pattern}|{hypothetical.pattern}"),
            digest=digest(),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TriageDataError(f"{FILE}: {exc}") from exc
    return view


def digest() -> str:
    """sha256 of the frozen view's file and of the word frequencies its corrector reads."""
    h = hashlib.sha256()
    for name in (FILE, "common_words.txt.gz"):
        h.update(resources.files("triage.core").joinpath("data", name).read_bytes())
    return h.hexdigest()


def read(text: str) -> str:
    """A text (raw or already normalised by the rules) as the learned models read it."""
    return frozen().normalize(text)
