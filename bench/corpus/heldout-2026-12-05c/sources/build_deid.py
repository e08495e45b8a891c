#!/usr/bin/env python3
"""Build ../deid.jsonl from deid_en.py / deid_fr.py markup (stdlib only; structure copied from blind4, adapted for blind6, blind7 and blind8).
[[LABEL:text]] -> gold span with LABEL; {{text}} -> medical span (must not be redacted).
Every offset is verified by slicing; ID numbers with a check-digit scheme are verified too."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deid_en, deid_fr
from checkdigits8 import ca_sin_ok, lt_ak_ok, lv_pk_ok, gr_amka_ok, de_idnr_ok

LABELS = {"PERSON", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CITY",
          "ID_NUMBER", "URL", "IP_ADDRESS", "ORGANIZATION"}
STYLES = {"club_membership_form", "parcel_chat", "benefits_appeal", "flatshare_ad", "parish_newsletter",
          "job_application", "pharmacy_order"}
TOK = re.compile(r"\[\[([A-Z_0-9]+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    out, spans, med, pos, n = [], [], [], 0, 0
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
    return text, spans, med

CHECKED = Counter()
def check_id(s):
    """Every ID_NUMBER must match one of blind8's five new schemes and pass its check digit (asserted)."""
    t = s.strip()
    if re.fullmatch(r"\d{3}[ -]\d{3}[ -]\d{3}", t):
        assert ca_sin_ok(t), ("CA SIN Luhn", t); CHECKED["CA_SIN"] += 1
    elif re.fullmatch(r"\d{6}-\d{5}", t):
        assert lv_pk_ok(t), ("LV personas kods", t); CHECKED["LV_PK"] += 1
    elif re.fullmatch(r"\d\d \d{3} \d{3} \d{3}", t):
        assert de_idnr_ok(t), ("DE Steuer-IdNr", t); CHECKED["DE_IDNR"] += 1
    elif re.fullmatch(r"[3-6]\d{10}", t):
        assert lt_ak_ok(t), ("LT asmens kodas", t); CHECKED["LT_AK"] += 1
    elif re.fullmatch(r"[0-2]\d{10}", t):
        assert gr_amka_ok(t), ("GR AMKA", t); CHECKED["GR_AMKA"] += 1
    else:
        raise AssertionError(("unknown ID shape", t))

rows, lab_count, med_n = [], Counter(), 0
for lang, mod in (("en", deid_en), ("fr", deid_fr)):
    for i, (style, marked) in enumerate(mod.ITEMS, 1):
        assert style in STYLES, style
        text, spans, med = parse(marked)
        every = sorted([(s["start"], s["end"]) for s in spans] + [(m["start"], m["end"]) for m in med])
        for (a, b), (c, d) in zip(every, every[1:]):
            assert b <= c, ("overlap", lang, i, text[a:b], text[c:d])
        want = [(m.group(1), m.group(2)) for m in TOK.finditer(marked) if m.group(1)]
        assert [(s["label"], text[s["start"]:s["end"]]) for s in spans] == want
        wantm = [m.group(3) for m in TOK.finditer(marked) if m.group(3)]
        assert [text[m["start"]:m["end"]] for m in med] == wantm
        for s in spans:
            seg = text[s["start"]:s["end"]]
            assert seg == seg.strip() and seg, ("whitespace at span edge", seg)
            if s["label"] == "PERSON":
                assert not re.match(r"(?i)(Maman|Papa|Man|Bibi|Br|Sr|Haji|Mr|Mrs|Ms|Fr|Frère|Dr|Dra|Dre|Mme|Mlle|M|Pr|Prof|Abbé|Père|Sœur|Tonton|Tata|Auntie|Uncle|Nanna|Nan|Gran|Mémé|Papi|Mamie|Imam|Rabbi|Pastor|Sister)\.? ", seg) and seg not in ("Mr", "Mrs", "Mme", "Dr"), ("title inside PERSON", seg)
            if s["label"] == "ID_NUMBER":
                check_id(seg)
            lab_count[s["label"]] += 1
        med_n += len(med)
        rows.append({"id": f"b8-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
                     "medical": med, "style": style})
assert len({r["text"] for r in rows}) == len(rows)
with open(os.path.join(HERE, "..", "deid.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "questions;", sum(lab_count.values()), "spans;", med_n, "medical")
print(dict(lab_count.most_common()))
print(Counter((r["lang"], r["style"]) for r in rows))
print("ids checked:", dict(CHECKED))
print("labels/lang", sorted(Counter((r["lang"], s["label"]) for r in rows for s in r["spans"]).items()))
assert len(CHECKED) == 5, CHECKED
