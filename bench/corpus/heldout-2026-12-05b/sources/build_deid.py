#!/usr/bin/env python3
"""Build ../deid.jsonl from deid_en.py / deid_fr.py markup (stdlib only; structure copied from blind4, adapted for blind6 and blind7).
[[LABEL:text]] -> gold span with LABEL; {{text}} -> medical span (must not be redacted).
Every offset is verified by slicing; ID numbers with a check-digit scheme are verified too."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deid_en, deid_fr
from checkdigits import nhs_ok, nir_ok, dk_cpr_ok, ee_ik_ok, oib_ok, egn_ok, rc_ok, emso_ok, kt_ok

LABELS = {"PERSON", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CITY",
          "ID_NUMBER", "URL", "IP_ADDRESS", "ORGANIZATION"}
STYLES = {"school_absence_note", "insurance_claim", "whatsapp_export", "forwarded_email", "cv_background",
          "crowdfunding_appeal", "tenancy_letter"}
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
    """Every ID_NUMBER must match a known shape; every scheme used here has a check digit, asserted."""
    t = s.strip()
    if re.fullmatch(r"\d{3} \d{3} \d{4}", t):
        assert nhs_ok(t), ("NHS mod 11", t); CHECKED["NHS"] += 1
    elif re.fullmatch(r"[12] \d\d \d\d (\d\d|2A|2B) \d{3} \d{3} \d\d", t):
        assert nir_ok(t), ("NIR key", t); CHECKED["NIR"] += 1
    elif re.fullmatch(r"\d{6}-\d{4}", t):
        if kt_ok(t):
            CHECKED["IS_KT"] += 1   # Icelandic kennitala (9th-digit check)
        else:
            assert dk_cpr_ok(t), ("DK CPR mod 11", t); CHECKED["DK_CPR"] += 1
    elif re.fullmatch(r"[3-6]\d{10}", t):
        assert ee_ik_ok(t), ("EE isikukood", t); CHECKED["EE_IK"] += 1
    elif re.fullmatch(r"[0-27-9]\d{10}", t):
        assert oib_ok(t), ("HR OIB", t); CHECKED["HR_OIB"] += 1
    elif re.fullmatch(r"\d{10}", t):
        assert egn_ok(t), ("BG EGN", t); CHECKED["BG_EGN"] += 1
    elif re.fullmatch(r"\d{6}/\d{4}", t):
        assert rc_ok(t), ("CZ rodne cislo", t); CHECKED["CZ_RC"] += 1
    elif re.fullmatch(r"\d{13}", t):
        assert emso_ok(t), ("SI EMSO", t); CHECKED["SI_EMSO"] += 1
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
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Dra|Dre|Mme|Mlle|M|Pr|Prof|Abbé|Père|Sœur|Tonton|Tata|Auntie|Uncle|Nanna|Nan|Gran|Mémé|Papi|Mamie|Imam|Rabbi|Pastor|Sister)\.? ", seg) and seg not in ("Mr", "Mrs", "Mme", "Dr"), ("title inside PERSON", seg)
            if s["label"] == "ID_NUMBER":
                check_id(seg)
            lab_count[s["label"]] += 1
        med_n += len(med)
        rows.append({"id": f"b7-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
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
