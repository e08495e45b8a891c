"""Score predicted identifier spans against the annotated corpus.

Metrics (identifiers are compared label-agnostically for coverage, since any redaction protects):
- recall: share of gold identifier characters (non-space) covered by a predicted span; per label too.
- precision: share of predicted characters (non-space) that fall inside a gold identifier span.
- leak rate: share of documents in which some gold span keeps an uncovered letter or digit.
- damage: share of medical tokens touched by a predicted span. Medical tokens are the word tokens of
  the corpus' annotated medical fragments plus any token of the engine's medical allow-lists
  (drugs, terms, eponyms) lying outside gold identifiers.
- label agreement: share of gold spans whose main overlapping prediction carries the same label.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "bench" / "corpus" / "deid" / "dev.jsonl"
DATA = ROOT / "guidelines" / "deid" / "data"
EPONYMS = ROOT / "textkit" / "data" / "eponyms.txt"
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

Span = tuple[int, int, str]


def load_corpus(path: Path = CORPUS) -> list[dict[str, object]]:
    """Read the annotated JSONL corpus."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _medical_words() -> frozenset[str]:
    """Allow-listed medical words; short ones and eponyms that are also names only count when annotated."""
    names: set[str] = set()
    for name in ("first_names.txt", "surnames.txt"):
        names.update(
            w.strip().lower() for w in (DATA / name).read_text(encoding="utf-8").splitlines()
        )
    words: set[str] = set()
    for path in (DATA / "medical_terms.txt", EPONYMS):
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.strip().lower()
            if len(w) > 3 and not (path == EPONYMS and w.removesuffix("'s") in names):
                words.add(w)
                words.add(w.removesuffix("'s"))
    return frozenset(words)


@dataclass
class Counts:
    """Character and token tallies for one slice (all, a language, a label)."""

    gold_chars: int = 0
    covered_chars: int = 0
    pred_chars: int = 0
    correct_pred_chars: int = 0
    docs: int = 0
    leaking_docs: int = 0
    med_tokens: int = 0
    med_touched: int = 0
    gold_spans: int = 0
    label_agree: int = 0

    @property
    def recall(self) -> float:
        """Identifier characters covered."""
        return self.covered_chars / self.gold_chars if self.gold_chars else 1.0

    @property
    def precision(self) -> float:
        """Predicted characters that are identifiers."""
        return self.correct_pred_chars / self.pred_chars if self.pred_chars else 1.0

    @property
    def leak_rate(self) -> float:
        """Documents leaking at least one identifier."""
        return self.leaking_docs / self.docs if self.docs else 0.0

    @property
    def damage(self) -> float:
        """Medical tokens touched."""
        return self.med_touched / self.med_tokens if self.med_tokens else 0.0

    @property
    def label_accuracy(self) -> float:
        """Gold spans whose overlapping prediction has the same label."""
        return self.label_agree / self.gold_spans if self.gold_spans else 1.0


@dataclass
class Report:
    """All slices of one system's run."""

    overall: Counts = field(default_factory=Counts)
    by_lang: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    leaks: list[tuple[str, str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)


def _mask(text: str, spans: Iterable[Span]) -> bytearray:
    mask = bytearray(len(text))
    for s, e, _ in spans:
        for i in range(max(0, s), min(len(text), e)):
            mask[i] = 1
    return mask


def score(
    records: Sequence[Mapping[str, object]], predictions: Mapping[str, Sequence[Span]]
) -> Report:
    """Compare predictions (by record id) with the gold annotations."""
    rep = Report()
    med_words = _medical_words()
    for rec in records:
        rid = str(rec["id"])
        text = str(rec["text"])
        lang = str(rec["lang"])
        gold: list[Span] = [(int(s["start"]), int(s["end"]), str(s["label"])) for s in rec["spans"]]  # type: ignore[attr-defined]
        pred = list(predictions.get(rid, ()))
        gmask = _mask(text, gold)
        pmask = _mask(text, pred)
        slices = [rep.overall, rep.by_lang[lang]]
        leaked = False
        for s, e, label in gold:
            chars = [i for i in range(s, e) if not text[i].isspace()]
            covered = sum(pmask[i] for i in chars)
            label_slices = [*slices, rep.by_label[label]]
            for c in label_slices:
                c.gold_chars += len(chars)
                c.covered_chars += covered
                c.gold_spans += 1
            if any(not pmask[i] and text[i].isalnum() for i in chars):
                leaked = True
                rep.leaks.append((rid, label, text[s:e]))
            best = max(pred, key=lambda p: min(e, p[1]) - max(s, p[0]), default=None)
            if best is not None and min(e, best[1]) > max(s, best[0]) and best[2] == label:
                for c in label_slices:
                    c.label_agree += 1
        pred_chars = [i for i in range(len(text)) if pmask[i] and not text[i].isspace()]
        correct = sum(gmask[i] for i in pred_chars)
        for c in slices:
            c.pred_chars += len(pred_chars)
            c.correct_pred_chars += correct
            c.docs += 1
            c.leaking_docs += int(leaked)
        for s, e, label in pred:
            if not any(gmask[i] for i in range(s, e)):
                rep.false_positives.append((rid, label, text[s:e]))
        # medical damage
        med_spans = [(int(m["start"]), int(m["end"])) for m in rec.get("medical", [])]  # type: ignore[attr-defined]
        seen: set[tuple[int, int]] = set()
        for ms, me in med_spans:
            for w in WORD.finditer(text, ms, me):
                seen.add(w.span())
        for w in WORD.finditer(text):
            if w.group().lower() in med_words and not any(
                gmask[i] for i in range(w.start(), w.end())
            ):
                seen.add(w.span())
        touched = sum(1 for a, b in seen if any(pmask[i] for i in range(a, b)))
        for c in slices:
            c.med_tokens += len(seen)
            c.med_touched += touched
    return rep


def format_report(name: str, rep: Report, docs_per_s: float | None = None) -> str:
    """Plain-text tables for one system."""
    lines = [f"== {name} =="]
    head = f"{'slice':<16}{'recall':>8}{'precision':>10}{'leak':>8}{'damage':>8}{'labels':>8}{'docs':>6}"
    lines.append(head)
    rows = [("all", rep.overall)] + [(f"lang={k}", v) for k, v in sorted(rep.by_lang.items())]
    for label, c in rows:
        lines.append(
            f"{label:<16}{c.recall:>8.3f}{c.precision:>10.3f}{c.leak_rate:>8.3f}{c.damage:>8.3f}{c.label_accuracy:>8.3f}{c.docs:>6}"
        )
    lines.append(f"{'label':<16}{'recall':>8}{'spans':>10}{'labels':>8}")
    for label, c in sorted(rep.by_label.items()):
        lines.append(f"{label:<16}{c.recall:>8.3f}{c.gold_spans:>10}{c.label_accuracy:>8.3f}")
    if docs_per_s is not None:
        lines.append(f"throughput: {docs_per_s:,.0f} docs/s")
    return "\n".join(lines)
