"""Leave-one-set-out for the preview's frequency threshold (possible_more.frequent_words, wordfreq Zipf in the
text's language).

/work/main/.venv/bin/python bench/deid/preview35/loso.py
For each training set: the Zipf threshold that minimises (questions leaking with the preview + COST x words
marked) on the OTHER training sets, then that set's figures at that threshold.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from derive_frequent_words import frequent
from measure import _load_cache, line, measure

from guidelines.deid import possible_more

COST = 0.1  # a word the patient is asked about costs a tenth of a leaking question
ZIPFS = (3.0, 3.5, 4.0, 4.5, 5.0)


def main() -> None:
    sets = [
        s.strip()
        for s in Path("bench/corpus/training_sets.txt").read_text().splitlines()
        if s.strip() and not s.startswith("#")
    ]
    cache = _load_cache()
    table: dict[float, dict[str, dict]] = {}
    for z in ZIPFS:
        words = {lang: frozenset(frequent(z, lang)) for lang in ("en", "fr")}
        possible_more.frequent_words = lambda lang, words=words: words[
            "fr" if lang == "fr" else "en"
        ]  # type: ignore[assignment]
        table[z] = {s: measure(Path(f"bench/corpus/{s}/deid.jsonl"), cache) for s in sets}
    for s in sets:

        def cost(z: float, s: str = s) -> float:
            return sum(m["leak1"] + COST * m["marks"] for o, m in table[z].items() if o != s)

        best = min(ZIPFS, key=cost)
        print(line(f"{s} (zipf {best})", table[best][s]))
    for z in ZIPFS:
        total = {k: sum(m[k] for m in table[z].values()) for k in next(iter(table[z].values()))}
        print(line(f"all at zipf {z}", total))


if __name__ == "__main__":
    main()
