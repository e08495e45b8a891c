"""Freeze the learned models' view of the text at a commit: write triage/core/data/learned_view.json.

    .venv/bin/python bench/triage/freeze_learned_view.py e70ed29   # the commit that built learned.json.gz

The learned models (learned.json.gz) read the text through the normaliser (lexicon.json rewrites, typo
words, protected words, and the words of every red-flag and urgency concept, which the typo corrector
reaches from one edit away) and through two scope cues (history, informational = generic + hypothetical).
All of these belong to the rules and move with every round of red flags; frozen here, at the state the
shipped model was trained on, they give the model at run time and in a retrain the features of its
training, whatever later rounds add (docs/triage.md, "Learned model, round 28"). To let a new model read
today's rules, freeze at HEAD, retrain, and compare by leave-one-set-out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from triage.core.normalize import pattern_words  # noqa: E402
from triage.core.patterns import expand  # noqa: E402

OUT = ROOT / "triage" / "core" / "data" / "learned_view.json"


def _at(commit: str, name: str) -> Any:
    blob = subprocess.run(
        ["git", "show", f"{commit}:triage/core/data/{name}"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout  # fmt: skip
    return json.loads(blob)


def _patterns(concepts: dict[str, Any]) -> list[str]:
    """Every pattern string of a concepts object (model._raw_patterns, as at the commit)."""
    return [
        p
        for spec in concepts.values()
        for patterns in (spec.get("patterns") or {}).values()
        for p in patterns
    ]


def freeze(commit: str) -> dict[str, Any]:
    """The view's data at `commit` (its full sha is kept in the file)."""
    sha = subprocess.run(
        ["git", "rev-parse", commit], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    lexicon, redflags, urgency = (
        _at(sha, n) for n in ("lexicon.json", "redflags.json", "urgency.json")
    )
    scope = lexicon["scope"]
    vocabulary = pattern_words(_patterns(redflags["concepts"]) + _patterns(urgency["concepts"]))
    return {
        "version": f"{lexicon['version']}+{sha[:7]}",
        "about": [
            "The text as the learned models (learned.json.gz) read it, frozen at the commit that built them",
            "(bench/triage/freeze_learned_view.py): the normaliser of lexicon.json (rewrites, typo_words,",
            "protected) with the red-flag and urgency concepts' words as the typo corrector's vocabulary,",
            "and the scope cues their features are tagged with (history 'h'; informational = generic +",
            "hypothetical 'g', %macros% expanded). Later rounds of rules do not move it. Refreeze only with a retrain",
            "(docs/triage.md, 'Learned model, round 28').",
        ],
        "frozen_from": {
            "commit": sha,
            "lexicon": lexicon["version"],
            "redflags": redflags["version"],
            "urgency": urgency.get("version"),
        },
        "normalizer": {
            "rewrites": lexicon["rewrites"],
            "typo_words": lexicon["typo_words"],
            "protected": lexicon["protected"],
            "vocabulary": sorted(vocabulary),
        },
        "scope": {
            # %macros% expanded here, so a later change of patterns.MACROS does not move the view
            "history": [expand(p) for p in scope["history"]],
            "generic": [expand(p) for p in scope["generic"]],
            "hypothetical": [expand(p) for p in scope["hypothetical"]],
        },
    }


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("commit")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = freeze(args.commit)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{args.out}: {data['version']}, {len(data['normalizer']['vocabulary'])} vocabulary words"
    )


if __name__ == "__main__":
    main()
