"""Who the patient is, against the label, for questions WITHOUT an emergency (issue 8, route37).

    .venv/bin/python bench/triage/route37/convention.py [--dev] [--cells]

Reads the eleven sets of bench/corpus/training_sets.txt (and with --dev the development corpora
bench/triage/dev25, dev26, dev28 and the rounds' own routing sets route26/28/30) and prints, for every
question whose kind is not "emergency", the patient's band (read here by a measuring regex, not the
engine's: pregnancy, baby 0-1, toddler 1-4, school child 5-12, teenager 13-17, adult/none) against its gold
specialty, and, per band, gold against the "symptom family" (the keyword rules' organ, assess.keyword_choice).
Counts only, no text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.triage.training_data import HELDOUT_SETS, heldout_records  # noqa: E402
from triage.core import assess as _a  # noqa: E402,F401
from triage.core.document import Document  # noqa: E402

A = sys.modules["triage.core.assess"]

NUM = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
        ]
    )
}
NUM.update(
    {
        w: n
        for n, w in enumerate(
            [
                "zéro",
                "un",
                "deux",
                "trois",
                "quatre",
                "cinq",
                "six",
                "sept",
                "huit",
                "neuf",
                "dix",
                "onze",
                "douze",
                "treize",
                "quatorze",
                "quinze",
                "seize",
                "dix-sept",
            ]
        )
    }
)
NUM["une"] = 1
N = r"(\d{1,2}|" + "|".join(sorted(NUM, key=len, reverse=True)) + r")"

PREG = re.compile(
    r"\b(pregnan\w*|\d+\s*weeks? (?:pregnant|gone)|trimester|expecting (?:a baby|twins)|midwife|"
    r"enceinte|grossesse|trimestre|sage-femme|\d+\s*(?:SA|semaines d'am[ée]norrh[ée]e))\b",
    re.I,
)
BABY = re.compile(
    r"\b(baby|babies|newborn|infant|\d+[- ]?(?:week|month)s?[- ]old|(?:"
    + N
    + r")[- ]months?[- ]old|"
    r"b[ée]b[ée]s?|nourrisson|nouveau-n[ée]|(?:" + N + r")\s*mois\b)",
    re.I,
)
TODDLER = re.compile(r"\b(toddler|bambin|tout-petit|crèche|nursery)\b", re.I)
AGE_EN = re.compile(
    r"\b" + N + r"[- ](?:years?|yrs?|yo)\b|\b(?:aged|is|he's|she's|age) " + N + r"\b"
    r"|\((" + r"\d{1,2}" + r")\)",
    re.I,
)
AGE_FR = re.compile(r"\b" + N + r"\s*ans\b", re.I)
SCHOOL = re.compile(
    r"\b(year [1-6]|primary school|CP|CE1|CE2|CM1|CM2|[ée]cole primaire|maternelle)\b"
)
TEEN = re.compile(
    r"\b(teen\w*|adolescent\w*|ado|ados|coll[èe]ge|lyc[ée]e|secondary school|year (?:7|8|9|10|11))\b",
    re.I,
)
CHILD = re.compile(
    r"\b(my (?:son|daughter|boy|girl|kid|child)|our (?:son|daughter|kid|child)|"
    r"ma fille|mon fils|mon gar[çc]on|ma petite|mon petit|notre (?:fils|fille)|enfant)\b",
    re.I,
)


def _n(tok: str) -> int:
    return int(tok) if tok.isdigit() else NUM.get(tok.lower(), 99)


def band(text: str) -> str:
    """The patient's band by this measuring regex: pregnancy first, then the youngest age given."""
    if PREG.search(text):
        return "pregnancy"
    ages = [_n(g) for m in AGE_EN.finditer(text) for g in m.groups() if g]
    ages += [_n(m.group(1)) for m in AGE_FR.finditer(text)]
    ages = [a for a in ages if a < 99]
    child_word = CHILD.search(text) is not None
    if BABY.search(text):
        return "baby"
    young = [a for a in ages if a <= 17]
    if young and (child_word or not [a for a in ages if a >= 18]):
        a = min(young)
        return "toddler" if a <= 4 else "school" if a <= 12 else "teen"
    if TODDLER.search(text):
        return "toddler"
    if SCHOOL.search(text):
        return "school"
    if TEEN.search(text):
        return "teen"
    if child_word and not ages:
        return "child_no_age"
    return "adult"


def _family(text: str) -> str:
    doc = Document(text, A.model())
    return str(A.keyword_choice(A.keyword_scores(doc)))


def _dev_records() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for d in ("dev25", "dev26", "dev28"):
        with (ROOT / "bench/triage" / d / "triage.jsonl").open(encoding="utf-8") as fh:
            out += [json.loads(x) | {"set": d} for x in fh if x.strip()]
    for d in ("route26", "route28", "route30"):
        path = ROOT / "bench/triage" / d / "items.py"
        spec = importlib.util.spec_from_file_location(f"items_{d}", path)
        assert spec
        assert spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for i in mod.ITEMS:
            out.append(
                {
                    "id": i[0],
                    "lang": i[1],
                    "kind": i[2],
                    "emergency": i[3],
                    "specialty": i[5],
                    "text": i[7],
                    "set": d,
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("--cells", action="store_true", help="band x family x gold cells")
    parser.add_argument(
        "--routed", action="store_true", help="band x routed: target / kept / other"
    )
    args = parser.parse_args()
    recs = (
        _dev_records()
        if args.dev
        else [r | {"set": n} for n in HELDOUT_SETS for r in heldout_records(n)]
    )
    if args.routed:
        routed_table(recs)
        return
    gold_by_band: dict[str, Counter[str]] = defaultdict(Counter)
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_set: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in recs:
        if r.get("kind") == "emergency" or r.get("emergency"):
            continue
        text = str(r["text"])
        b = band(text)
        gold = str(r["specialty"])
        gold_by_band[b][gold] += 1
        if b != "adult":
            cells[(b, _family(text))][gold] += 1
            short = (
                "paed" if gold == "paediatrics" else "gyn" if gold.startswith("gyn") else "other"
            )
            by_set[(b, str(r["set"])[-4:])][short] += 1
    print("band: gold specialty counts (non-emergency questions)")
    for b, c in sorted(gold_by_band.items()):
        print(
            f"  {b:<13} n={sum(c.values()):>4}  "
            + ", ".join(f"{k[:12]} {v}" for k, v in c.most_common())
        )
    if args.cells:
        print("band / symptom family (keyword organ): gold")
        for (b, fam), c in sorted(cells.items()):
            print(
                f"  {b:<13} {fam[:16]:<16} "
                + ", ".join(f"{k[:12]} {v}" for k, v in c.most_common())
            )
        print("band / set: paediatrics, gynae-obstetrics, other")
        for (b, s), c in sorted(by_set.items()):
            print(f"  {b:<13} {s:<5} paed {c['paed']:>2} gyn {c['gyn']:>2} other {c['other']:>2}")


def routed_table(recs: list[dict[str, object]]) -> None:
    """Per band and per specialty main routes to: how many are labelled paediatrics (or obstetrics for a
    pregnancy), how many the routed specialty itself, how many something else."""
    from triage.core import assess

    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in recs:
        if r.get("kind") == "emergency" or r.get("emergency"):
            continue
        text = str(r["text"])
        b = band(text)
        if b == "adult":
            continue
        routed = assess(text, str(r["lang"])).specialty
        gold = str(r["specialty"])
        target = "gynaecology_obstetrics" if b == "pregnancy" else "paediatrics"
        key = "target" if gold == target else "kept" if gold == routed else "other"
        cells[(b, routed)][key] += 1
    print(
        "band / routed by this checkout: labelled target (paed or obst), labelled as routed, other"
    )
    for (b, s), c in sorted(cells.items()):
        print(
            f"  {b:<13} {s[:16]:<16} target {c['target']:>2}  kept {c['kept']:>2}  other {c['other']:>2}"
        )


if __name__ == "__main__":
    main()
