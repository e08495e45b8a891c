"""Score the seed sets on the blind answer sets: per-kind recall, false blocks, noise.

Run: .venv/bin/python bench/engine/blind_score.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.engine.blind_answers_g import BLIND_EN_G, BLIND_FR_G
from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker
from tests.engine.blind_answers import BLIND_EN, BLIND_EN_B, BLIND_FR, BLIND_FR_B
from tests.engine.blind_answers_c import BLIND_EN_C, BLIND_FR_C
from tests.engine.blind_answers_d import BLIND_EN_D, BLIND_FR_D
from tests.engine.blind_answers_e import BLIND_EN_E, BLIND_FR_E
from tests.engine.blind_answers_f import BLIND_EN_F, BLIND_FR_F

SEEDS = load_seed_sets()
# Kinds about the form of the whole answer (length, citation, disclaimer): not counted for precision.
_FORM_KINDS = frozenset({"length", "citation", "required_phrase"})


@cache
def checker(jurisdiction: str) -> Checker:
    """Global + jurisdiction seed sets, as check_answer uses them."""
    rules = [r for s in SEEDS.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    return compile_checker(rules)


def main(verbose: bool) -> None:
    """Print the figures."""
    for name, data in (
        ("A EN", BLIND_EN),
        ("A FR", BLIND_FR),
        ("B EN", BLIND_EN_B),
        ("B FR", BLIND_FR_B),
        ("C EN", BLIND_EN_C),
        ("C FR", BLIND_FR_C),
        ("D EN", BLIND_EN_D),
        ("D FR", BLIND_FR_D),
        ("E EN", BLIND_EN_E),
        ("E FR", BLIND_FR_E),
        ("F EN", BLIND_EN_F),
        ("F FR", BLIND_FR_F),
        ("G EN", BLIND_EN_G),
        ("G FR", BLIND_FR_G),
    ):
        sound = [a for a in data if not a[3]]
        bad = [a for a in data if a[3]]
        false_blocks = 0
        warned_sound = 0
        caught = Counter[str]()
        total = Counter[str]()
        blocked_bad = 0
        reported = Counter[str]()  # answers where a content kind was reported
        right = Counter[str]()  # ... and that answer breaks that kind
        for lang, jur, emerg, kind, text in data:
            v = checker(jur).check(text, lang=lang, context=CheckContext(question_emergency=emerg))
            kinds = {x.kind for x in v.violations}
            for k in kinds - _FORM_KINDS:
                reported[k] += 1
                right[k] += k in kind.split("|")
            if not kind:
                if not v.passed:
                    false_blocks += 1
                if v.warnings:
                    warned_sound += 1
                if verbose and (not v.passed or v.warnings):
                    print(
                        f"  SOUND {'BLOCKED' if not v.passed else 'warn'}: {[(x.rule, text[x.start : x.end][:40]) for x in v.violations]} :: {text[:70]}"
                    )
                continue
            key = kind.split("|")[0]
            total[key] += 1
            ok = bool(kinds & set(kind.split("|")))
            caught[key] += ok
            blocked_bad += not v.passed
            if verbose and not ok:
                print(
                    f"  MISS {kind}: got {[(x.rule, text[x.start : x.end][:40]) for x in v.violations]} :: {text[:70]}"
                )
        print(
            f"{name}: sound {len(sound)}, false blocks {false_blocks} ({false_blocks / len(sound):.0%}), sound with warnings {warned_sound}; "
            f"breaking {len(bad)}, caught {sum(caught.values())} ({sum(caught.values()) / len(bad):.0%}), blocked {blocked_bad}"
        )
        print("   recall " + ", ".join(f"{k} {caught[k]}/{total[k]}" for k in sorted(total)))
        print(
            "   precision " + ", ".join(f"{k} {right[k]}/{reported[k]}" for k in sorted(reported))
        )


if __name__ == "__main__":
    main("-v" in sys.argv)
