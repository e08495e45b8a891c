import json, collections
from tri_en import EN
from tri_fr import FR
from pads import EN_PRE, EN_POST, FR_PRE, FR_POST
import re
GREET = re.compile(r'^(Bonjour à tous|Bonjour|Bonsoir|Coucou|Hi there|Hiya|Hi|Hello|Morning|Evening all|Evening|Afternoon)\b[^.!?]{0,40}[.!?]\s*')
out = []
for lang, rows in (("en", EN), ("fr", FR)):
    pre, post = (EN_PRE, EN_POST) if lang == "en" else (FR_PRE, FR_POST)
    k = 0
    for i, (kind, cat, spec, style, text) in enumerate(rows, 1):
        if style == "rambling":
            while len(text.split()) < 150:
                text = pre[k % 5] + " " + GREET.sub("", text, count=1) if len(text.split()) < 110 or k % 2 == 0 else text
                text = text + " " + post[k % 5] if len(text.split()) < 150 else text
                k += 1
        out.append({"id": f"b2-tri-{lang}-{i:03d}", "lang": lang, "text": text, "emergency": kind == "emergency",
                    "category": cat, "kind": kind, "specialty": spec, "_style": style})
with open("triage.jsonl", "w", encoding="utf-8") as fh:
    for r in out:
        st = r.pop("_style")
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        r["_style"] = st
for lang in ("en", "fr"):
    rs = [r for r in out if r["lang"] == lang]
    print(lang, len(rs), collections.Counter(r["kind"] for r in rs), collections.Counter(r["_style"] for r in rs))
print(collections.Counter((r["kind"], r["_style"]) for r in out))
print(collections.Counter(r["category"] for r in out if r["kind"] == "emergency"))
print(collections.Counter(r["category"] for r in out if r["kind"] == "hard_negative"))
for r in out:
    if r["_style"] == "rambling": print(r["id"], len(r["text"].split()))
