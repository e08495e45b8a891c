#!/usr/bin/env python3
"""Build ../deid.jsonl from deid_en.py / deid_fr.py markup (stdlib only; structure copied from blind3).
[[LABEL:text]] -> gold span with LABEL; {{text}} -> medical span (must not be redacted).
Every offset is verified by slicing; ID numbers with a check-digit scheme are verified too."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deid_en, deid_fr
from checkdigits import (nhs_ok, nir_ok, luhn_ok, ppsn_ok, be_nrn_ok, lu_matricule_ok, au_medicare_ok, mbi_ok)

LABELS = {"PERSON", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CITY",
          "ID_NUMBER", "URL", "IP_ADDRESS", "ORGANIZATION"}
STYLES = {"regions", "checkdigit_ids", "phone_shapes", "email_obfusc", "date_forms", "short_orgs", "brand_traps",
          "messaging", "form_fill"}
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
    """Every ID_NUMBER must match a known shape; those with a check digit are verified."""
    t = s.strip()
    if re.fullmatch(r"\d{3} ?\d{3} ?\d{4}", t):
        assert nhs_ok(t), ("NHS check digit", t); CHECKED["NHS"] += 1
    elif re.fullmatch(r"[12] \d\d \d\d (\d\d|2A|2B) \d{3} \d{3} \d\d", t):
        assert nir_ok(t), ("NIR key", t); CHECKED["NIR"] += 1
    elif re.fullmatch(r"\d{7}[A-W][A-IW]?", t):
        assert ppsn_ok(t), ("PPSN", t); CHECKED["PPSN"] += 1
    elif re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", t):
        assert be_nrn_ok(t), ("BE NRN", t); CHECKED["BE_NRN"] += 1
    elif re.fullmatch(r"\d{4} \d{4} \d{3} \d\d", t):
        assert lu_matricule_ok(t), ("LU matricule", t); CHECKED["LU"] += 1
    elif re.fullmatch(r"[2-6]\d{3} \d{5} \d", t):
        assert au_medicare_ok(t), ("AU Medicare", t); CHECKED["AU_MEDICARE"] += 1
    elif re.fullmatch(r"\d[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}", t):
        assert mbi_ok(t), ("MBI shape", t); CHECKED["MBI(shape)"] += 1
    elif re.fullmatch(r"10\d{9}", t):
        assert luhn_ok(t), ("RPPS Luhn", t); CHECKED["RPPS"] += 1
    elif re.fullmatch(r"\d{9}", t):
        CHECKED["NB Medicare (no public check)"] += 1
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
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Dra|Dre|Mme|M)\.? ", seg), ("title inside PERSON", seg)
            if s["label"] == "ID_NUMBER":
                check_id(seg)
            lab_count[s["label"]] += 1
        med_n += len(med)
        rows.append({"id": f"b4-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
                     "medical": med, "style": style})
assert len({r["text"] for r in rows}) == len(rows)
# phone numbers dictated in words: the digits they spell
SPOKEN = {"zéro six, trente-neuf, quatre-vingt-dix-huit, cinquante et un, zéro deux": "0639985102",
          "zero one one four, four nine six, oh eight eight two": "01144960882",
          "oh seven seven double oh, nine hundred, one two three": "07700900123"}
alltext = "\n".join(r["text"] for r in rows)
for words in SPOKEN:
    assert words in alltext, words
with open(os.path.join(HERE, "..", "deid.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "questions;", sum(lab_count.values()), "spans;", med_n, "medical")
print(dict(lab_count.most_common()))
print(Counter((r["lang"], r["style"]) for r in rows))
print("ids checked:", dict(CHECKED))
