"""The anonymiser on every annotated deid corpus at once, optionally with extra date evidence.

    PYTHONPATH=$PWD .venv/bin/python bench/deid/all_sets.py                   # the engine as shipped
    PYTHONPATH=$PWD .venv/bin/python bench/deid/all_sets.py --extra dateparser # + dateparser.search_dates
    PYTHONPATH=$PWD .venv/bin/python bench/deid/all_sets.py --extra datefinder # + datefinder.find_dates
    PYTHONPATH=$PWD:<venv with usaddress> .venv/bin/python bench/deid/all_sets.py --extra usaddress
    PYTHONPATH=$PWD .venv/bin/python bench/deid/all_sets.py --extra spacy --spacy-variant ogp-guard
                                           # spaCy NER run in the presidio venv (spacy_extra.py);
                                           # --spacy-variant all prints every variant in turn

Corpora: the development corpus, every hand-written blind set and held-back set (bench/corpus/deid/),
and every held-out set's deid.jsonl. Prints recall, precision, leak rate, medical damage (bench/deid/
score.py's definitions), the gold spans leaked per label (counts only, never text) and docs/s (CPU
time of this process, the extra finder included). `--extra` spans are unioned with find_spans, the
way an additional detector of lower priority would add what the rules missed.

The `fn-only` column is a diagnostic, not a score: of the leaking questions, how many leak only
function words inside a gold span (every uncovered word is a stopword: a leading "since", "depuis",
"du", "last" that the gold span includes and ours does not), so that no content word of any
identifier is shown. The headline `leak` stays the strict one (any uncovered letter or digit).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from blind import load_markup  # noqa: E402
from score import WORD, Span, load_corpus, score  # noqa: E402
from spacy_extra import VARIANTS, finder, run_spacy  # noqa: E402

from guidelines.deid import find_spans  # noqa: E402
from guidelines.deid._data import gazetteers  # noqa: E402
from textkit.folding import fold  # noqa: E402


def corpora() -> list[tuple[str, list[dict[str, object]]]]:
    """(name, records) of every annotated corpus."""
    out: list[tuple[str, list[dict[str, object]]]] = []
    out.append(("dev", load_corpus(ROOT / "bench/corpus/deid/dev.jsonl")))
    blind: list[dict[str, object]] = []
    for p in sorted((ROOT / "bench/corpus/deid/blind").glob("*.txt")):
        blind += load_markup(p)
    out.append(("blind1-17", blind))
    held: list[dict[str, object]] = []
    for p in sorted((ROOT / "bench/corpus/deid/heldback").glob("*.txt")):
        held += load_markup(p)
    out.append(("heldback", held))
    for d in sorted((ROOT / "bench/corpus").glob("heldout-*")):
        if SKIP_BLIND and _blind(d.name):
            continue
        out.append((d.name.removeprefix("heldout-"), load_corpus(d / "deid.jsonl")))
    for name, path in (
        ("dev26", "dev26/deid.jsonl"),
        ("dev26b", "dev26/deid-b.jsonl"),
        ("dev29", "dev29/deid.jsonl"),
        ("dev29b", "dev29/b/deid.jsonl"),
    ):
        if (HERE / path).exists():
            out.append((name, load_corpus(HERE / path)))
    return out


# The team's newest blind sets (RULES.md): never read or scored by a helper. `--skip-blind` leaves them
# out; the lead runs without it.
BLIND_SETS = (
    "heldout-2026-12-06c",
    "heldout-2026-12-06d",
    "heldout-2026-12-06e",
    "heldout-2026-12-06f",
)
SKIP_BLIND = "--skip-blind" in sys.argv


def _blind(name: str) -> bool:
    return name in BLIND_SETS or name.startswith("heldout-2026-12-07")


def _dateparser() -> Callable[[str, str], list[Span]]:
    from dateparser.search import search_dates

    settings = {"STRICT_PARSING": False, "REQUIRE_PARTS": []}

    def find(text: str, lang: str) -> list[Span]:
        found = search_dates(text, languages=["en", "fr"], settings=settings) or []
        return _locate(text, [s for s, _ in found])

    return find


def _datefinder() -> Callable[[str, str], list[Span]]:
    import datefinder

    def find(text: str, lang: str) -> list[Span]:
        out: list[Span] = []
        try:
            for _, (s, e) in datefinder.find_dates(text, index=True, source=False, strict=False):
                if 0 <= s < e <= len(text):  # its indices are into a cleaned copy
                    out.append((s, e, "DATE"))
        except Exception:  # noqa: S110 (datefinder raises on odd inputs: no date found)
            pass
        return out

    return find


def _locate(text: str, strings: list[str]) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for s in strings:
        k = text.find(s, pos)
        if k < 0:
            k = text.find(s)
        if k >= 0:
            out.append((k, k + len(s), "DATE"))
            pos = k + len(s)
    return out


# usaddress (MIT; a CRF trained on US addresses, its model in the wheel) parses a string it is told
# is an address; as a finder it is run on every clause holding a digit, and a run of street tokens
# (number, street name or type, unit, box) with a number and a street or a box becomes ADDRESS.
_USADDRESS_PARTS = frozenset(
    [
        "AddressNumber",
        "AddressNumberPrefix",
        "AddressNumberSuffix",
        "StreetNamePreDirectional",
        "StreetNamePreModifier",
        "StreetNamePreType",
        "StreetName",
        "StreetNamePostType",
        "StreetNamePostDirectional",
        "StreetNamePostModifier",
        "OccupancyType",
        "OccupancyIdentifier",
        "SubaddressType",
        "SubaddressIdentifier",
        "BuildingName",
        "USPSBoxType",
        "USPSBoxID",
        "USPSBoxGroupType",
        "USPSBoxGroupID",
    ]
)


def _usaddress() -> Callable[[str, str], list[Span]]:
    import re

    import usaddress  # type: ignore[import-not-found]

    def find(text: str, lang: str) -> list[Span]:
        out: list[Span] = []
        for cl in re.finditer(r"[^.!?;\n]+", text):
            if not any(ch.isdigit() for ch in cl.group()):
                continue
            try:
                parsed = usaddress.parse(cl.group())
            except Exception:  # noqa: S112 (its tokenizer raises on odd inputs)
                continue
            pos, run, kinds = cl.start(), [], set()
            for tok, lab in [*parsed, ("", "")]:
                k = text.find(tok, pos) if tok else -1
                if lab in _USADDRESS_PARTS and k >= 0:
                    run.append((k, k + len(tok)))
                    kinds.add(lab)
                    pos = k + len(tok)
                    continue
                if (
                    run
                    and "AddressNumber" in kinds
                    and (
                        kinds
                        & {
                            "StreetNamePostType",
                            "StreetNamePreType",
                            "OccupancyType",
                            "USPSBoxType",
                        }
                    )
                ):
                    out.append((run[0][0], run[-1][1], "ADDRESS"))
                run, kinds = [], set()
                if k >= 0:
                    pos = k + len(tok)
        return out

    return find


EXTRAS: dict[str, Callable[[], Callable[[str, str], list[Span]]]] = {
    "dateparser": _dateparser,
    "datefinder": _datefinder,
    "usaddress": _usaddress,
}


def function_only_leaks(
    records: list[dict[str, object]], preds: dict[str, list[Span]]
) -> tuple[int, int]:
    """(leaking questions, of which only function words leak): a question leaks "function words
    only" when every gold word with an uncovered letter or digit is a stopword (the diagnostic
    split; the strict leak counts both)."""
    stop = gazetteers().stopwords
    leaking = fn_only = 0
    for r in records:
        text = str(r["text"])
        mask = bytearray(len(text))
        for s, e, _ in preds.get(str(r["id"]), []):
            for i in range(max(0, s), min(len(text), e)):
                mask[i] = 1
        shown: list[str] = []
        for g in r["spans"]:  # type: ignore[attr-defined]
            for w in WORD.finditer(text, int(g["start"]), int(g["end"])):
                if any(not mask[i] and text[i].isalnum() for i in range(w.start(), w.end())):
                    shown.append(w.group())
        if shown:
            leaking += 1
            fn_only += all(fold(w) in stop for w in shown)
    return leaking, fn_only


def _print_by_label(rows: dict[str, dict[str, tuple[float, int]]]) -> None:
    """Recall by label (character recall; gold span count in brackets), one column a corpus."""
    labels = sorted({k for r in rows.values() for k in r})
    names = list(rows)
    print("\nrecall by label (gold spans)")
    print(f"{'label':<15}" + "".join(f"{n[-11:]:>13}" for n in names))
    for lab in labels:
        cells = []
        for n in names:
            rec_n = rows[n].get(lab)
            cells.append(f"{rec_n[0]:.2f} ({rec_n[1]})" if rec_n else "-")
        print(f"{lab:<15}" + "".join(f"{c:>13}" for c in cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--extra", choices=sorted([*EXTRAS, "spacy"]), default=None)
    ap.add_argument(
        "--spacy-variant",
        choices=[*VARIANTS, "all"],
        default="ogp-guard",
        help="with --extra spacy: which entities and filter (spacy_extra.py); all = every one",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--by-label", action="store_true", help="also print character recall by label")
    ap.add_argument(
        "--skip-blind", action="store_true", help="leave out the newest blind sets (BLIND_SETS)"
    )
    args = ap.parse_args()
    sets = corpora()
    if args.extra == "spacy":
        keyed = [{**r, "id": f"{n}\x1f{r['id']}"} for n, recs in sets for r in recs]
        ents, cpu = run_spacy(keyed)
        variants = VARIANTS if args.spacy_variant == "all" else [args.spacy_variant]
        for v in variants:
            print(f"\n== spaCy variant {v} (docs/s include spaCy's CPU time) ==")
            _run(sets, args, finder(v, ents), cpu, v)
    else:
        plain = EXTRAS[args.extra]() if args.extra else None
        extra = (lambda rid, text, lang: plain(text, lang)) if plain else None
        _run(sets, args, extra, {}, args.extra or "")


def _run(
    sets: list[tuple[str, list[dict[str, object]]]],
    args: argparse.Namespace,
    extra: Callable[[str, str, str], list[Span]] | None,
    extra_cpu: dict[str, float],
    tag: str,
) -> None:
    rows = {}
    label_rows: dict[str, dict[str, tuple[float, int]]] = {}
    print(
        f"{'corpus':<12}{'docs':>6}{'recall':>8}{'prec':>8}{'leak':>8}{'fn-only':>8}{'damage':>8}{'docs/s':>8}  leaked spans by label"
    )
    for name, recs in sets:
        preds: dict[str, list[Span]] = {}
        t0 = time.process_time()
        spent = 0.0
        for r in recs:
            text, lang = str(r["text"]), str(r["lang"])
            spans = [(s.start, s.end, s.label) for s in find_spans(text, lang)]
            if extra is not None:
                key = f"{name}\x1f{r['id']}"
                spans += extra(key, text, lang)
                spent += extra_cpu.get(key, 0.0)
            preds[str(r["id"])] = spans
        dps = len(recs) / max(1e-9, time.process_time() - t0 + spent)
        rep = score(recs, preds)
        o = rep.overall
        leaked = Counter(label for _, label, _ in rep.leaks)
        _, fn_only = function_only_leaks(recs, preds)
        rows[name] = {
            "recall": o.recall,
            "precision": o.precision,
            "leak": o.leak_rate,
            "leak_function_words_only": fn_only / len(recs) if recs else 0.0,
            "damage": o.damage,
            "docs_per_s": dps,
            "leaked": dict(leaked),
        }
        label_rows[name] = {k: (c.recall, c.gold_spans) for k, c in rep.by_label.items()}
        lk = " ".join(f"{k}:{v}" for k, v in leaked.most_common())
        print(
            f"{name:<12}{len(recs):>6}{o.recall:>8.3f}{o.precision:>8.3f}{o.leak_rate:>8.3f}{fn_only / max(1, len(recs)):>8.3f}{o.damage:>8.3f}{dps:>8.0f}  {lk}"
        )
    if args.by_label:
        _print_by_label(label_rows)
    if args.json:
        path = (
            args.json.with_stem(f"{args.json.stem}-{tag}") if args.extra == "spacy" else args.json
        )
        path.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
