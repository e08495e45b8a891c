import json, collections
from ans_gb import GB
from ans_us import US
from ans_fr import FR
out = []
for lang, rows in (("en", GB + US), ("fr", FR)):
    n = collections.Counter()
    for (jur, qe, exp, kind, voice, text) in rows:
        n[jur] += 1
        out.append({"id": f"b2-ans-{lang}-{jur.lower()}-{n[jur]:03d}", "lang": lang, "jurisdiction": jur,
                    "question_emergency": qe, "expected": exp, "expected_kind": kind, "text": text, "_voice": voice})
with open("answers.jsonl", "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps({k: v for k, v in r.items() if k != "_voice"}, ensure_ascii=False) + "\n")
print(len(out), collections.Counter((r["jurisdiction"], r["expected"]) for r in out))
print(collections.Counter(r["expected_kind"] for r in out if r["expected"] == "block"))
print(collections.Counter((r["_voice"], r["expected"]) for r in out))
print("emergency q:", collections.Counter((r["question_emergency"], r["expected"]) for r in out))
