"""find_spans on generated texts (the Faker tagger corpus's generator, fixed seeds), for speed refactors.

    cd <checkout> && PYTHONHASHSEED=0 nice /work/main/.venv/bin/python bench/deid/perf3/gen_dump.py > out.txt

Prints one JSON line per text and language, and the sha256 of all of them on stderr. Compare the digest
on main and on a branch: the same digest means the same spans on every generated text.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench/deid"))

import tagger_corpus_faker  # noqa: E402

from guidelines.deid import find_spans  # noqa: E402

SEEDS = (3, 1207, 20261207)
PER_SEED = 200


def main() -> None:
    digest = hashlib.sha256()
    n = 0
    for seed in SEEDS:
        for rec in tagger_corpus_faker.generate(PER_SEED, seed):
            text = str(rec["text"])
            for lang in ("en", "fr"):
                spans = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
                line = json.dumps([lang, text, spans], ensure_ascii=False)
                digest.update(line.encode())
                print(line)
            n += 1
    print(f"{n} generated texts, sha256 {digest.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
