"""bench/deid/all_sets.py's diagnostic split of leaking questions: "only function words inside a
gold span are left" versus "a content word of the identifier is shown" (the strict leak counts both);
and spacy_extra's filters, which need no spaCy (its entities are given here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _bench_module(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench" / "deid"))
    sys.path.insert(0, str(ROOT / "bench" / "corpus" / "deid"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "deid" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


all_sets = _bench_module("all_sets")
spacy_extra = _bench_module("spacy_extra")


def _rec(rid: str, text: str, gold: list[tuple[str, str]]) -> dict[str, Any]:
    spans = []
    for value, label in gold:
        s = text.index(value)
        spans.append({"start": s, "end": s + len(value), "label": label})
    return {"id": rid, "lang": "en", "text": text, "spans": spans, "medical": []}


def _at(text: str, value: str, label: str) -> tuple[int, int, str]:
    s = text.index(value)
    return (s, s + len(value), label)


def test_function_words_only_versus_a_content_word() -> None:
    a = _rec("a", "sore throat since last Tuesday", [("since last Tuesday", "DATE")])
    b = _rec("b", "my son Tom Baker is ill", [("Tom Baker", "PERSON")])
    c = _rec("c", "depuis le 3 mars j'ai mal", [("depuis le 3 mars", "DATE")])
    d = _rec("d", "I work at Tesco", [("Tesco", "ORGANIZATION")])
    preds = {
        "a": [_at(a["text"], "Tuesday", "DATE")],  # "since last" left: function words only
        "b": [_at(b["text"], "Tom", "PERSON")],  # "Baker" shown: a content word
        "c": [_at(c["text"], "3 mars", "DATE")],  # "depuis le" left: function words only
        "d": [_at(d["text"], "Tesco", "ORGANIZATION")],  # nothing leaks
    }
    leaking, fn_only = all_sets.function_only_leaks([a, b, c, d], preds)
    assert (leaking, fn_only) == (3, 2)


def test_a_leak_of_any_content_word_is_not_function_only() -> None:
    r = _rec("r", "since Boxing Day", [("since Boxing Day", "DATE")])
    text = str(r["text"])
    assert all_sets.function_only_leaks([r], {"r": [_at(text, "Day", "DATE")]}) == (1, 0)
    assert all_sets.function_only_leaks([r], {"r": []}) == (1, 0)


def test_spacy_filters_keep_medicine_and_take_names() -> None:
    text = "my GP at Harbour Medical gave me Ventolin and BP 120/80 is fine"
    ents = {
        "x": [
            _at(text, "Harbour Medical", "ORG"),
            _at(text, "Ventolin", "PERSON"),
            _at(text, "BP 120/80", "ORG"),
        ]
    }
    raw = spacy_extra.finder("ogp", ents)("x", text, "en")
    assert len(raw) == 3
    for variant in ("ogp-med", "ogp-guard", "ogp-strict"):
        kept = {text[s:e] for s, e, _ in spacy_extra.finder(variant, ents)("x", text, "en")}
        assert "Ventolin" not in kept, variant
    strict = {text[s:e] for s, e, _ in spacy_extra.finder("ogp-strict", ents)("x", text, "en")}
    assert "BP 120/80" not in strict
    assert "Harbour Medical" in {
        text[s:e] for s, e, _ in spacy_extra.finder("org-med", ents)("x", text, "en")
    }
