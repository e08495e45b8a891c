"""bench/engine/verdict_dump.py restricted to what a helper may score: of bench/corpus, only the sets listed in
bench/corpus/training_sets.txt (verdict_dump.py globs every held-out set, the newest ones too); the deid finder only,
GB/FR/US checkers, with and without the emergency flag.

    PYTHONPATH=$PWD DJANGO_SETTINGS_MODULE=bridge.settings .venv/bin/python bench/engine/answers18/verdicts_training.py OUT
"""

import glob
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))

TRAINING = {
    ln.strip()
    for ln in (ROOT / "bench/corpus/training_sets.txt").read_text().splitlines()
    if ln.strip() and not ln.startswith("#")
}
_glob = glob.glob


def _allowed(pattern: str) -> list[str]:
    paths = _glob(pattern)
    if "bench/corpus" in pattern:
        return [p for p in paths if Path(p).parent.name in TRAINING]
    return paths


glob.glob = _allowed  # type: ignore[assignment]

import verdict_dump  # noqa: E402

from guidelines.engine import CheckContext, compile_rules, load_seed_sets  # noqa: E402
from guidelines.identifiers import find_identifiers  # noqa: E402


def main(target: str) -> None:
    seeds = load_seed_sets()
    answers = verdict_dump.texts()
    rows = []
    for j in ("GB", "FR", "US"):
        checker = compile_rules(
            [r for s in seeds.values() if s.jurisdiction in ("", j) for r in s.rules],
            identifier_finder=find_identifiers,
        )
        for emergency in (False, True):
            ctx = CheckContext(
                question_emergency=emergency, declared_interests=("Novo Nordisk", "Flexiplex")
            )
            for lang, text in answers:
                rows.append(
                    [
                        j,
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
