"""spaCy's named entities as extra evidence for bench/deid/all_sets.py (`--extra spacy`).

spaCy runs in the optional presidio virtualenv through bench/deid/spacy_runner.py (one subprocess
for every corpus at once; its output is cached under the system temp directory by a hash of the
input, so each variant after the first costs no tagging), and the project never imports it.

Variants (`--spacy-variant`), the labels kept and how a span is filtered:
- `org`, `person`, `ogp` (ORG; PERSON/PER; ORG + PERSON/PER + GPE/LOC): every entity as spaCy gives it;
- `…-med` (`org-med`, `person-med`, `ogp-med`): a span holding a word our medical lexicons or medical
  shapes know (drug names, medical terms, eponyms, drug stems; `possible._medical`) is dropped, as is
  a span of stopwords and service names alone;
- `…-guard` (`org-guard`, `person-guard`, `ogp-guard`): the statistical tagger's own guards — edge
  trimming, the medical guard, ordinary lowercase words, a word after a drug verb, a product's
  context — exactly as the shipped CRF's spans get them;
- `…-strict` (`org-strict`, `person-strict`, `ogp-strict`): the guards, and no span holding a digit
  (`BP 120/80`, ICD codes), a service or helpline name (`not_names.txt`), or that is one word of three
  capitals or fewer (`ACL`, `RSV`);
- `…-agree` (`org-agree`, `person-agree`, `ogp-agree`): spaCy only as a second opinion on our own
  "possible identifier" tier (`possible_identifiers`, which never holds certain medicine): a possible
  span that a spaCy entity of those labels overlaps is redacted, nothing else.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from score import Span

from guidelines.deid import possible_identifiers
from guidelines.deid._data import gazetteers
from guidelines.deid.cues import PARTICLES
from guidelines.deid.doc import Doc
from guidelines.deid.pipeline import _product_word
from guidelines.deid.possible import _medical
from guidelines.deid.tagger import _after_drug_verb, _guarded, _ordinary_words
from textkit.folding import fold

HERE = Path(__file__).resolve().parent
VENV_PYTHON = Path(os.environ.get("PRESIDIO_VENV", "/work/presidio-venv")) / "bin" / "python"

# spaCy labels (OntoNotes for English, WikiNER for French) → ours
_ORG = {"ORG": "ORGANIZATION"}
_PERSON = {"PERSON": "PERSON", "PER": "PERSON"}
_PLACE = {"GPE": "CITY", "LOC": "CITY"}
_LABELS = {"org": _ORG, "person": _PERSON, "ogp": {**_ORG, **_PERSON, **_PLACE}}
VARIANTS = [f"{k}{f}" for k in _LABELS for f in ("", "-med", "-guard", "-strict", "-agree")]

Records = Sequence[dict[str, object]]
Ents = dict[str, list[tuple[int, int, str]]]


def run_spacy(records: Records) -> tuple[Ents, dict[str, float]]:
    """spaCy's entities and CPU seconds per record id (ids must be unique), cached by input."""
    lines = [
        json.dumps({"id": str(r["id"]), "lang": str(r["lang"]), "text": str(r["text"])})
        for r in records
    ]
    blob = ("\n".join(lines) + "\n").encode()
    key = hashlib.sha256(blob + (HERE / "spacy_runner.py").read_bytes()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"bridge-spacy-{key}.json"
    if not cache.exists():
        if not VENV_PYTHON.exists():
            sys.exit(
                f"spaCy's venv is missing: {VENV_PYTHON} (bench/deid/requirements-presidio.txt)"
            )
        with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as fh:
            fh.write(blob)
        try:
            subprocess.run(
                [str(VENV_PYTHON), str(HERE / "spacy_runner.py"), fh.name, str(cache)], check=True
            )
        finally:
            os.unlink(fh.name)
    data = json.loads(cache.read_text(encoding="utf-8"))
    ents = {k: [(int(s), int(e), str(lab)) for s, e, lab in v] for k, v in data["ents"].items()}
    return ents, {k: float(v) for k, v in data["cpu"].items()}


def _has_medicine(text: str, s: int, e: int) -> bool:
    g = gazetteers()
    words = Doc(text[s:e]).words
    if all(fold(w) in g.stopwords or fold(w) in g.not_names for w in words):
        return True  # "the NHS", "English and French"
    return any(
        w[:1].isalpha() and fold(w) not in PARTICLES and _medical(w, fold(w), g) for w in words
    )


def _risky(value: str) -> bool:
    """A digit, a service name, or a short acronym: what spaCy takes for names on our own corpora."""
    g = gazetteers()
    words = Doc(value).words
    return (
        any(ch.isdigit() for ch in value)
        or any(fold(w) in g.not_names for w in words)
        or (len(words) == 1 and value.isupper() and len(value) <= 3)
    )


def _guard(text: str, s: int, e: int, label: str) -> Span | None:
    """The tagger's guards over the tokens spaCy's span covers."""
    g = gazetteers()
    doc = Doc(text)
    idx = [k for k, (a, b) in enumerate(doc.spans) if s <= a and b <= e]
    if not idx:
        return None
    cut = _guarded(doc.words, idx[0], idx[-1] + 1, label, g)
    if cut is None:
        return None
    i, j = cut
    if _ordinary_words(doc.words, doc.sent_start, i, j, g) or _after_drug_verb(doc.words, i, j, g):
        return None
    start, end = doc.spans[i][0], doc.spans[j - 1][1]
    if _product_word(doc, start, end, label):
        return None
    return (start, end, label)


def finder(variant: str, ents: Ents) -> Callable[[str, str, str], list[Span]]:
    """(record id, text, lang) → the variant's spans."""
    kind, _, filt = variant.partition("-")
    labels = _LABELS[kind]

    def find(rid: str, text: str, lang: str) -> list[Span]:
        out: list[Span] = []
        if filt == "agree":
            theirs = [(s, e, labels[lab]) for s, e, lab in ents.get(rid, []) if lab in labels]
            if not theirs:
                return out
            for p in possible_identifiers(text, lang):
                hit = next((t for t in theirs if t[0] < p.end and p.start < t[1]), None)
                if hit is not None:
                    out.append((p.start, p.end, hit[2]))
            return out
        for s, e, lab in ents.get(rid, []):
            ours = labels.get(lab)
            if ours is None:
                continue
            if filt == "med" and _has_medicine(text, s, e):
                continue
            if filt == "strict" and _risky(text[s:e]):
                continue
            if filt in ("guard", "strict"):
                kept = _guard(text, s, e, ours)
                if kept is not None:
                    out.append(kept)
                continue
            out.append((s, e, ours))
        return out

    return find
