"""Print every span that changed between two checkouts on the training sets, the development corpus, the
hand-written blind sets and our dev sets (texts we may read; never a held-out set outside training_sets.txt).

cd <checkout> && PYTHONHASHSEED=0 /work/main/.venv/bin/python <this> > spans.json   # once per checkout
/work/main/.venv/bin/python bench/deid/probe39/span_diff.py --diff main.json branch.json
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path


def _records(root: Path) -> list[dict[str, object]]:
    sys.path.insert(0, str(root / "bench" / "deid"))
    from blind import load_markup

    out: list[dict[str, object]] = []
    corpus = root / "bench" / "corpus"
    names = [n.strip() for n in (corpus / "training_sets.txt").read_text().splitlines()]
    for n in names:
        if n and not n.startswith("#"):
            out += [json.loads(x) for x in (corpus / n / "deid.jsonl").open(encoding="utf-8")]
    for p in sorted((corpus / "deid").glob("*.jsonl")):
        out += [json.loads(x) for x in p.open(encoding="utf-8")]
    for p in sorted((corpus / "deid").rglob("*.txt")):
        with contextlib.suppress(ValueError):
            out += load_markup(p)
    for p in sorted((root / "bench" / "deid").glob("*/deid.jsonl")):
        out += [json.loads(x) for x in p.open(encoding="utf-8")]
    return out


def dump() -> None:
    root = Path.cwd()
    sys.path.insert(0, str(root))
    from guidelines.deid import find_spans

    res = {}
    for k, r in enumerate(_records(root)):
        text, lang = str(r["text"]), str(r.get("lang", "en"))
        res[f"{k}"] = [text, [[s.start, s.end, s.label] for s in find_spans(text, lang)]]
    json.dump(res, sys.stdout)


def diff(a: str, b: str) -> None:
    x, y = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    for k in x:
        text, sa = x[k]
        sb = y.get(k, [text, []])[1]
        ta, tb = {tuple(s) for s in sa}, {tuple(s) for s in sb}
        for s in sorted(ta - tb):
            print(f"- {s[2]} {text[s[0] : s[1]]!r} | {text[max(0, s[0] - 50) : s[1] + 50]!r}")
        for s in sorted(tb - ta):
            print(f"+ {s[2]} {text[s[0] : s[1]]!r} | {text[max(0, s[0] - 50) : s[1] + 50]!r}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"]:
        diff(sys.argv[2], sys.argv[3])
    else:
        dump()
