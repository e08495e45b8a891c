#!/usr/bin/env python3
"""Build ../answers.jsonl from ans_gb.py, ans_us.py, ans_fr.py (stdlib only; structure copied from blind3)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ans_gb, ans_us, ans_fr
KINDS = {"abuse", "emergency_block", "promotion", "contact_solicitation", "prescription", "diagnosis",
         "care_relationship", "required_phrase", "link_policy", "identifiers", "false_reassurance",
         "conflict_of_interest"}
VOICES = {"nostalgic", "defensive", "markdown", "terse", "gadget", "protocol", "opinionated", "warm_echo"}
PHRASE = {"en": re.compile(r"not a consultation|no una consulta", re.I), "fr": re.compile(r"pas une consultation", re.I)}
rows = []
for jur, lang, mod in (("GB", "en", ans_gb), ("US", "en", ans_us), ("FR", "fr", ans_fr)):
    for i, (kind, qem, voice, text) in enumerate(mod.ITEMS, 1):
        assert kind == "" or kind in KINDS, kind
        assert voice in VOICES, voice
        has = bool(PHRASE[lang].search(text))
        if kind == "required_phrase":
            assert not has, text
        else:
            assert has, ("missing not-a-consultation sentence", jur, i)
        if kind == "emergency_block":
            assert qem
        rows.append({"id": f"b4-ans-{jur.lower()}-{i:03d}", "lang": lang, "jurisdiction": jur,
                     "question_emergency": qem, "expected": "block" if kind else "pass",
                     "expected_kind": kind, "text": text, "voice": voice})
assert len({r["text"] for r in rows}) == len(rows)
# identifiers quoted inside breaking answers carry valid check digits too
from checkdigits import nhs_ok
for r in rows:
    for m in re.finditer(r"\b\d{3} \d{3} \d{4}\b", r["text"]):
        assert nhs_ok(m.group()), ("NHS number in answer", r["id"], m.group())
with open(os.path.join(HERE, "..", "answers.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "answers")
print(Counter((r["jurisdiction"], r["expected"]) for r in rows))
print(Counter(r["expected_kind"] for r in rows if r["expected"] == "block"))
print(sorted(Counter((r["voice"], r["expected"]) for r in rows).items()))
print("emergency questions:", Counter(r["expected"] for r in rows if r["question_emergency"]))
