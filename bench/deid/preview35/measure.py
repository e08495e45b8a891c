"""The patient's preview, per set: questions leaking with the anonymiser alone and with every marked word
hidden, words marked per question, medical words marked (the measure of heldout_report.py's
`_with_the_patients_preview`, per file).

/work/main/.venv/bin/python bench/deid/preview35/measure.py FILE.jsonl... [--misses]
"A non-function word": the question leaks a word that is not a function word (the sets' writers often put
"on", « depuis », "the" inside a date span the anonymiser redacts without them).
--misses prints the gold identifier words neither redacted nor marked (use on training sets only).
find_spans and the tagger's spans are computed once a text (they do not depend on the preview tier).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from guidelines.deid import find_spans
from guidelines.deid._data import gazetteers
from guidelines.deid.doc import Doc
from guidelines.deid.possible import possible
from guidelines.deid.tagger import tagged_spans
from textkit.folding import fold

WORD = re.compile(r"\w+")


def _load_cache() -> dict:
    return {}


def _fixed(text: str, lang: str, cache: dict) -> tuple[list, list]:
    key = (lang, text)
    if key not in cache:
        taken = [(s.start, s.end) for s in find_spans(text, lang)]
        doc = Doc(text)
        sure, unsure, _ = tagged_spans(doc.words, doc.spans, doc.sent_start, gazetteers())
        cache[key] = (taken, [*sure, *unsure])
    return cache[key]


def measure(path: Path, cache: dict, misses: bool = False) -> dict:
    recs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    stop = gazetteers().stopwords
    leak0 = leak1 = leak_content = marks = med = med_marked = 0
    for r in recs:
        text = r["text"]
        taken, extra = _fixed(text, r["lang"], cache)
        hidden = bytearray(len(text))
        for s, e in taken:
            hidden[s:e] = b"\x01" * (e - s)
        leak0 += any(
            not hidden[i] and text[i].isalnum()
            for g in r["spans"]
            for i in range(g["start"], g["end"])
        )
        marked = bytearray(len(text))
        for s, e, _ in possible(text, taken, extra, r["lang"]):
            hidden[s:e] = b"\x01" * (e - s)
            marked[s:e] = b"\x01" * (e - s)
            marks += 1
        left = [
            (g, w.group())
            for g in r["spans"]
            for w in WORD.finditer(text, g["start"], g["end"])
            if any(not hidden[i] for i in range(*w.span()))
        ]
        leak1 += bool(left)
        leak_content += any(fold(w) not in stop for _, w in left)
        if misses:
            for g, w in left:
                print(
                    f"MISS\t{r['lang']}\t{g['label']}\t{w}\t{text[max(0, g['start'] - 30) : g['end'] + 10]!r}"
                )
        for m in r["medical"]:
            for w in WORD.finditer(text, m["start"], m["end"]):
                med += 1
                hit = any(marked[i] for i in range(*w.span()))
                med_marked += hit
                if misses and hit:
                    print(f"MED\t{r['lang']}\t{w.group()}")
    n = len(recs)
    return {
        "n": n,
        "leak0": leak0,
        "leak1": leak1,
        "leak_content": leak_content,
        "marks": marks,
        "med": med,
        "med_marked": med_marked,
    }


def line(name: str, m: dict) -> str:
    n = m["n"]
    return (
        f"{name:<28}{n:>5}  anonymiser {100 * m['leak0'] / n:5.1f}%  with preview {100 * m['leak1'] / n:5.1f}%"
        f" (a non-function word {100 * m['leak_content'] / n:5.1f}%)  marks/q {m['marks'] / n:4.2f}  medical marked {m['med_marked']}/{m['med']}"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    cache = _load_cache()
    total = dict.fromkeys(("n", "leak0", "leak1", "leak_content", "marks", "med", "med_marked"), 0)
    for a in args:
        m = measure(Path(a), cache, "--misses" in sys.argv)
        name = Path(a).parent.name if Path(a).name == "deid.jsonl" else Path(a).stem
        print(line(name, m))
        total = {k: total[k] + m[k] for k in total}
    if len(args) > 1:
        print(line("all", total))


if __name__ == "__main__":
    main()
