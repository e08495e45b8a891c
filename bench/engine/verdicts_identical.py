"""Prove a speed change changes no verdict and no anonymiser span: dump everything, change, dump, diff.

    .venv/bin/python bench/engine/verdicts_identical.py dump before.jsonl    # on the base commit
    .venv/bin/python bench/engine/verdicts_identical.py dump after.jsonl     # on the changed commit
    .venv/bin/python bench/engine/verdicts_identical.py diff before.jsonl after.jsonl

The dump holds (1) the answer check's verdicts of `verdict_dump.py` (every stored answer table, the probes,
the bench answers, the engine tests' literals and every `bench/corpus/*/answers.jsonl`, against the seed and
the 200-rule checkers, with and without the emergency flag, with the anonymiser and the fallback finder) and
(2) the anonymiser's spans (`find_spans` and `possible_identifiers`, in English and in French) on every deid
corpus: the development corpus, the handwritten and blind sets, the held-back sets and every
`bench/corpus/heldout-*/deid.jsonl`. `diff` prints how many lines differ (0 means identical) and the first
differences by their position only, never the text.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "engine"))
sys.path.insert(0, str(ROOT / "bench" / "deid"))


def deid_texts() -> list[tuple[str, str]]:
    """(lang, text) of every deid corpus, in a stable order."""
    from blind import load_markup

    corpus = ROOT / "bench" / "corpus" / "deid"
    out: list[tuple[str, str]] = []
    for line in (corpus / "dev.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        out.append((str(row["lang"]), str(row["text"])))
    for path in [
        corpus / "handwritten.txt",
        *sorted((corpus / "blind").glob("*.txt")),
        *sorted((corpus / "heldback").glob("*.txt")),
    ]:
        out += [(str(r["lang"]), str(r["text"])) for r in load_markup(path)]
    for path in sorted((ROOT / "bench" / "corpus").glob("heldout-*/deid.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((str(row["lang"]), str(row["text"])))
    return out


def dump(target: str) -> None:
    import verdict_dump

    from guidelines.deid import find_spans, possible_identifiers

    verdict_dump.main(target + ".verdicts")
    n = 0
    with open(target, "w", encoding="utf-8") as out:
        for line in Path(target + ".verdicts").read_text(encoding="utf-8").splitlines():
            out.write(line + "\n")
            n += 1
        for src_lang, text in deid_texts():
            for lang in dict.fromkeys((src_lang, "en", "fr")):
                sure = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
                maybe = [(s.start, s.end, s.label) for s in possible_identifiers(text, lang)]
                out.write(json.dumps(["deid", lang, text, sure, maybe], ensure_ascii=False) + "\n")
                n += 1
    Path(target + ".verdicts").unlink()
    print(f"{n} lines written to {target}")


def diff(a: str, b: str) -> int:
    left = Path(a).read_text(encoding="utf-8").splitlines()
    right = Path(b).read_text(encoding="utf-8").splitlines()
    differ = [i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y]
    print(
        f"{len(left)} vs {len(right)} lines; {len(differ)} differ"
        + (f" (first at lines {differ[:10]})" if differ else "")
    )
    return 1 if differ or len(left) != len(right) else 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2])
    else:
        sys.exit(diff(sys.argv[2], sys.argv[3]))
