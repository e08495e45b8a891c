#!/usr/bin/env python3
"""Build ../deid.jsonl from deid_en.py / deid_fr.py markup (stdlib only).
[[LABEL:text]] -> gold span with LABEL; {{text}} -> medical span (must not be redacted).
Every offset is verified by slicing; ID numbers with a check-digit scheme are verified too."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deid_en, deid_fr
from checkdigits import nhs_ok, nir_ok, luhn_ok

LABELS = {"PERSON", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CITY",
          "ID_NUMBER", "URL", "IP_ADDRESS", "ORGANIZATION"}
TOK = re.compile(r"\[\[([A-Z_0-9]+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    out, spans, med, pos = [], [], [], 0
    n = 0
    for m in TOK.finditer(marked):
        out.append(marked[pos:m.start()]); n += m.start() - pos
        if m.group(1):
            lab, txt = m.group(1), m.group(2)
            assert lab in LABELS, lab
            spans.append({"start": n, "end": n + len(txt), "label": lab})
        else:
            txt = m.group(3)
            med.append({"start": n, "end": n + len(txt)})
        out.append(txt); n += len(txt); pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, spans, med, [m.group(2) or m.group(3) for m in TOK.finditer(marked)]

def check_id(s):
    digits = re.sub(r"\D", "", s)
    if re.fullmatch(r"\d{3} ?\d{3} ?\d{4}", s.strip()):           # NHS / CHI (mod 11)
        assert nhs_ok(s), ("NHS/CHI check digit", s)
    if re.fullmatch(r"[12] \d\d \d\d (\d\d|2A|2B) \d{3} \d{3} \d\d", s):  # NIR with key
        assert nir_ok(s), ("NIR key", s)
    if re.fullmatch(r"\d{3} \d{3} \d{3}", s):                       # Canadian SIN (Luhn)
        assert luhn_ok(s), ("SIN Luhn", s)
    if re.fullmatch(r"10\d{9}", s):                                  # RPPS (Luhn)
        assert luhn_ok(s), ("RPPS Luhn", s)
    if s.startswith("756."):                                        # Swiss AVS (EAN-13)
        d = digits; tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d[:12]))
        assert (10 - tot % 10) % 10 == int(d[12]), ("AVS EAN-13", s)

rows, lab_count, med_n = [], Counter(), 0
for lang, mod in (("en", deid_en), ("fr", deid_fr)):
    for i, (style, marked) in enumerate(mod.ITEMS, 1):
        text, spans, med, _ = parse(marked)
        every = sorted([(s["start"], s["end"]) for s in spans] + [(m["start"], m["end"]) for m in med])
        for (a, b), (c, d) in zip(every, every[1:]):
            assert b <= c, ("overlap", lang, i, text[a:b], text[c:d])
        # verify by slicing against the markup
        want = [(m.group(1), m.group(2)) for m in TOK.finditer(marked) if m.group(1)]
        assert [(s["label"], text[s["start"]:s["end"]]) for s in spans] == want
        wantm = [m.group(3) for m in TOK.finditer(marked) if m.group(3)]
        assert [text[m["start"]:m["end"]] for m in med] == wantm
        for s in spans:
            seg = text[s["start"]:s["end"]]
            assert seg == seg.strip() and seg, ("whitespace at span edge", seg)
            if s["label"] == "ID_NUMBER":
                check_id(seg)
            lab_count[s["label"]] += 1
        med_n += len(med)
        rows.append({"id": f"b3-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
                     "medical": med, "style": style})
assert len({r["text"] for r in rows}) == len(rows)
# dictated identifiers: the digits they spell, checked with the same schemes
SPOKEN = {"six one two nine oh seven three four four five": ("nhs", "6129073445"),
          "deux quatre-vingt-treize zéro un trente-trois zéro zéro huit zéro soixante et onze soixante-quatorze":
              ("nir", "2 93 01 33 008 071 74")}
alltext = "\n".join(r["text"] for r in rows)
for words, (scheme, digits) in SPOKEN.items():
    assert words in alltext
    assert (nhs_ok if scheme == "nhs" else nir_ok)(digits), (scheme, digits)
with open(os.path.join(HERE, "..", "deid.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "questions;", sum(lab_count.values()), "spans;", med_n, "medical")
print(dict(lab_count.most_common()))
print(Counter((r["lang"], r["style"]) for r in rows))
