"""Dump the verdicts of every stored answer table against the seed checkers, to compare before/after a move.

    .venv/bin/python bench/engine/verdict_dump.py OUT.json     # on each commit, then compare the two files

Used for the engine split of issue 14 (29,420 checks, identical): every blind and probe answer, 300 bench
answers and every string literal of the engine tests, against the GB/FR/US/all seed checkers and the 200-rule
bench set (since issue 16's second round, also every held-out answer of bench/corpus/*/answers.jsonl), with and without the emergency flag, with the anonymiser and with the bench's fallback finder.
"""

from __future__ import annotations

import ast
import glob
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))

import run as bench  # noqa: E402

from bench.engine.fallback_ids import fallback_find  # noqa: E402
from guidelines.engine import CheckContext, compile_rules, load_seed_sets  # noqa: E402
from guidelines.identifiers import find_identifiers  # noqa: E402
from tests.engine import blind_answers as blind  # noqa: E402


def texts() -> list[tuple[str, str]]:
    """(lang, text) of every stored table."""
    out: list[tuple[str, str]] = []
    for table in (blind.BLIND_EN, blind.BLIND_FR, blind.BLIND_EN_B, blind.BLIND_FR_B):
        out += [(t[0], t[4]) for t in table]
    for path in [
        *sorted(glob.glob(str(ROOT / "tests/engine/blind_answers_*.py"))),
        *sorted(glob.glob(str(ROOT / "bench/engine/blind_answers_*.py"))),
    ]:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Tuple)
                and len(node.elts) == 5
                and isinstance(node.elts[4], ast.Constant)
            ):
                out.append((str(ast.literal_eval(node.elts[0])), str(node.elts[4].value)))
    for path in sorted(glob.glob(str(ROOT / "bench/corpus/*/answers.jsonl"))):
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((str(row["lang"]), str(row["text"])))
    out += [(lang, f"Intro. {s} End.") for lang, s in blind.PROBE_SOUND]
    out += [(lang, f"Intro. {s} End.") for lang, _k, s in blind.PROBE_BREAKING]
    rng = random.Random(42)
    out += [(lang, bench.answer(rng, lang)) for lang in ("en", "fr") for _ in range(150)]
    for path in [
        *sorted(glob.glob(str(ROOT / "tests/engine/test_*.py"))),
        str(ROOT / "tests/answers.py"),
    ]:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > 15
            ):
                out += [("en", node.value), ("fr", node.value)]
    return out


def main(target: str) -> None:
    """Write the verdicts as JSON lines of [finder, checker, emergency, lang, text, verdict]."""
    seeds = load_seed_sets()
    every = [r for s in seeds.values() for r in s.rules]
    rows = []
    answers = texts()
    for name, finder in (("deid", find_identifiers), ("fallback", fallback_find)):
        checkers = {
            j: compile_rules(
                [r for s in seeds.values() if s.jurisdiction in ("", j) for r in s.rules],
                identifier_finder=finder,
            )
            for j in ("GB", "FR", "US")
        }
        checkers["ALL"] = compile_rules(every, identifier_finder=finder)
        checkers["SYN"] = compile_rules(bench.synthetic_rules(200), identifier_finder=finder)
        for key, checker in checkers.items():
            for emergency in (False, True):
                ctx = CheckContext(
                    question_emergency=emergency, declared_interests=("Novo Nordisk", "Flexiplex")
                )
                for lang, text in answers:
                    rows.append(
                        [
                            name,
                            key,
                            emergency,
                            lang,
                            text,
                            checker.check(text, lang=lang, context=ctx).to_dict(),
                        ]
                    )
    with open(target, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(rows)} verdicts written to {target}")


if __name__ == "__main__":
    main(sys.argv[1])
