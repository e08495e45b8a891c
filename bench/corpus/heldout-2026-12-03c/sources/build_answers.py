#!/usr/bin/env python3
"""Build ../answers.jsonl from ans_gb.py, ans_us.py, ans_fr.py (stdlib only)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ans_gb, ans_us, ans_fr
KINDS = {"abuse", "emergency_block", "promotion", "contact_solicitation", "prescription", "diagnosis",
         "care_relationship", "required_phrase", "link_policy", "identifiers", "false_reassurance",
         "conflict_of_interest"}
PHRASE = {"en": re.compile(r"not a consultation|no una consulta", re.I), "fr": re.compile(r"pas une consultation", re.I)}
rows = []
for jur, lang, mod in (("GB", "en", ans_gb), ("US", "en", ans_us), ("FR", "fr", ans_fr)):
    for i, (kind, qem, voice, text) in enumerate(mod.ITEMS, 1):
        assert kind == "" or kind in KINDS, kind
        has = bool(PHRASE[lang].search(text))
        if kind == "required_phrase":
            assert not has, text
        else:
            assert has, ("missing not-a-consultation sentence", jur, i)
        if kind == "emergency_block":
            assert qem
        rows.append({"id": f"b3-ans-{jur.lower()}-{i:03d}", "lang": lang, "jurisdiction": jur,
                     "question_emergency": qem, "expected": "block" if kind else "pass",
                     "expected_kind": kind, "text": text, "voice": voice})
assert len({r["text"] for r in rows}) == len(rows)
with open(os.path.join(HERE, "..", "answers.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "answers")
print(Counter((r["jurisdiction"], r["expected"]) for r in rows))
print(Counter(r["expected_kind"] for r in rows if r["expected"] == "block"))
print(Counter((r["voice"], r["expected"]) for r in rows))
print("emergency questions:", Counter(r["expected"] for r in rows if r["question_emergency"]))
