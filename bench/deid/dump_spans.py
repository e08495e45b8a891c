"""Dump the anonymiser's spans on every text we have, to prove a refactor changes nothing.

    .venv/bin/python bench/deid/dump_spans.py > before.txt   # then refactor, dump again, diff

Texts: the development corpus, every blind set, and every string literal of ten characters or more
in the test suite, each run in English and in French (find_spans and possible_identifiers).
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from blind import load_markup  # noqa: E402

from guidelines.deid import find_spans, possible_identifiers  # noqa: E402


def texts() -> list[str]:
    """Every text, deduplicated, in a stable order."""
    corpus = ROOT / "bench" / "corpus" / "deid"
    out = [json.loads(line)["text"] for line in (corpus / "dev.jsonl").open(encoding="utf-8")]
    for path in [corpus / "handwritten.txt", *sorted((corpus / "blind").glob("*.txt"))]:
        out += [str(r["text"]) for r in load_markup(path)]
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) >= 10
            ):
                out.append(node.value)
    return list(dict.fromkeys(out))


def main() -> None:
    """One line per text and language; a digest of everything on stderr."""
    digest = hashlib.sha256()
    all_texts = texts()
    for text in all_texts:
        for lang in ("en", "fr"):
            sure = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
            maybe = [(s.start, s.end, s.label) for s in possible_identifiers(text, lang)]
            line = json.dumps([lang, text, sure, maybe], ensure_ascii=False)
            digest.update(line.encode())
            print(line)
    print(f"{len(all_texts)} texts, sha256 {digest.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
