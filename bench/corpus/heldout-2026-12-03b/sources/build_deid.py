"""Build deid.jsonl from marked texts: [[LABEL:text]] = gold identifier span, {{text}} = medical words."""
import json, re, collections
from deid_en import EN
from deid_fr import FR
LABELS = {"PERSON", "CITY", "ORGANIZATION", "ADDRESS", "POSTCODE", "ID_NUMBER", "AGE_OVER_89", "DATE", "PHONE",
          "DATE_OF_BIRTH", "URL", "EMAIL", "IP_ADDRESS"}
TOK = re.compile(r"\[\[([A-Z_0-9]+):(.*?)\]\]|\{\{(.*?)\}\}")

def parse(marked):
    out, spans, med, pos, last = [], [], [], 0, 0
    for m in TOK.finditer(marked):
        out.append(marked[last:m.start()]); pos += m.start() - last
        if m.group(1):
            label, t = m.group(1), m.group(2)
            assert label in LABELS, label
            spans.append({"start": pos, "end": pos + len(t), "label": label, "_t": t})
        else:
            t = m.group(3)
            med.append({"start": pos, "end": pos + len(t), "_t": t})
        out.append(t); pos += len(t); last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
    for s in spans + med:  # verify every offset by slicing
        assert text[s["start"]:s["end"]] == s.pop("_t")
        assert text[s["start"]:s["end"]] == text[s["start"]:s["end"]].strip()
    for a in med:
        assert not any(a["start"] < b["end"] and b["start"] < a["end"] for b in spans), (text, a)
    return text, spans, med

recs = []
for lang, rows in (("en", EN), ("fr", FR)):
    for i, marked in enumerate(rows, 1):
        text, spans, med = parse(marked)
        recs.append({"id": f"b2-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans, "medical": med})
with open("deid.jsonl", "w", encoding="utf-8") as fh:
    for r in recs:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
# re-verify from the written file
for line in open("deid.jsonl", encoding="utf-8"):
    r = json.loads(line)
    for s in r["spans"] + r["medical"]:
        assert 0 <= s["start"] < s["end"] <= len(r["text"])
print(len(recs), collections.Counter(r["lang"] for r in recs))
print(collections.Counter(s["label"] for r in recs for s in r["spans"]))
print("medical spans", sum(len(r["medical"]) for r in recs), "docs without gold", sum(not r["spans"] for r in recs))
