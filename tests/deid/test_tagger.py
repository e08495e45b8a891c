"""The statistical tagger shipped inside the package: it loads, it is deterministic, it finds what
the rules miss, and it never takes a brand drug for a name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pycrfsuite
import pytest

from guidelines.deid import deidentify, find_spans, possible_identifiers
from guidelines.deid.doc import Doc
from guidelines.deid.tagger import MODEL_PATH, tag_tokens, tagged_spans


def redacted(text: str, lang: str = "en") -> set[str]:
    return {text[s.start : s.end] for s in find_spans(text, lang)}


def test_the_shipped_model_loads_and_knows_its_labels() -> None:
    assert MODEL_PATH.is_file()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    assert {
        "O",
        "B-PERSON",
        "I-PERSON",
        "B-CITY",
        "B-ORGANIZATION",
        "B-ADDRESS",
        "B-POSTCODE",
        "B-DATE",
    } <= set(tagger.labels())


def test_tagging_is_deterministic() -> None:
    text = "my nephew tevita lives at 12 Kauri Grove, Hamilton 3204, and is on Ventolin"
    doc = Doc(text)
    first = tag_tokens(doc.words, doc.sent_start)
    for _ in range(3):
        assert tag_tokens(doc.words, doc.sent_start) == first
    fresh = pycrfsuite.Tagger()  # a second model instance gives the same marginals
    fresh.open(str(MODEL_PATH))
    assert (
        tagged_spans(doc.words, doc.spans, doc.sent_start)[0]
        == tagged_spans(doc.words, doc.spans, doc.sent_start)[0]
    )
    assert deidentify(text, "en") == deidentify(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "my nephew tevita fell off his bike and his wrist is swollen", "tevita"),
        ("en", "hi its oluwadamilare, can I take ibuprofen for a sprain?", "oluwadamilare"),
        ("en", "my wife keala is 30 weeks and has heartburn", "keala"),
        ("fr", "mon fils ayoub a de la fièvre depuis hier", "ayoub"),
        ("fr", "coucou c'est ndeye, j'ai mal au ventre depuis trois jours", "ndeye"),
        # capitalised at a sentence start with no cue: the rules alone only flagged these
        ("en", "Siosaia has a cough since monday", "Siosaia"),
        ("en", "Oyelaran has had a fever for two days", "Oyelaran"),
    ],
)
def test_a_lowercase_name_of_a_new_origin_is_redacted(lang: str, text: str, name: str) -> None:
    assert name in redacted(text, lang)


BRANDS = ("Doliprane", "Eliquis", "Ventolin")


@pytest.mark.parametrize(
    ("lang", "template"),
    [
        ("en", "{} is making me dizzy, should I stop?"),
        ("en", "my son tom takes {} every morning"),
        ("en", "can {} be used on a baby?"),
        ("en", "Does {} work for a cough? Asking for my husband Amir."),
        ("en", "he's on {} now"),
        ("fr", "le {} me donne des nausées, est-ce normal ?"),
        ("fr", "ma fille prend du {} depuis lundi"),
        ("fr", "{} ou ibuprofène pour la fièvre de ma fille Inès ?"),
    ],
)
def test_brand_drugs_are_never_redacted(lang: str, template: str) -> None:
    for brand in BRANDS:
        text = template.format(brand)
        spans = find_spans(text, lang)
        assert not any(brand in text[s.start : s.end] for s in spans), (text, spans)
        # nor shown to the patient as a possible name
        assert not any(brand in text[s.start : s.end] for s in possible_identifiers(text, lang)), (
            text
        )


@pytest.mark.parametrize(
    ("lang", "text", "address"),
    [
        (
            "fr",
            "J'habite au 4520 avenue Papineau, Montréal, et j'ai de l'asthme",
            "4520 avenue Papineau",
        ),
        (
            "fr",
            "mon père vit rue de la Station 27 à Namur, il a des vertiges",
            "rue de la Station 27",
        ),
        (
            "fr",
            "nous sommes au chemin des Pâquerettes 8, 1004 Lausanne, bébé tousse",
            "chemin des Pâquerettes 8",
        ),
        ("en", "we live at 88 Kauri Grove, Tauranga 3110 and my son has croup", "88 Kauri Grove"),
    ],
)
def test_quebec_belgian_swiss_and_other_addresses_are_redacted(
    lang: str, text: str, address: str
) -> None:
    spans = find_spans(text, lang)
    start = text.index(address)
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i in range(start, start + len(address)) if text[i].isalnum()), spans


def test_the_tagger_s_unsure_words_feed_the_possible_tier() -> None:
    # a capitalised unknown word with no cue: either redacted or shown to the patient, never dropped
    text = "Talgat says the rash came back after the gym"
    shown = {text[s.start : s.end] for s in (*find_spans(text), *possible_identifiers(text))}
    assert "Talgat" in shown


def _train_tagger_module() -> ModuleType:
    """bench/deid/train_tagger.py (not a package): the training sets are its explicit tuple."""
    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "bench" / "deid"))
    spec = importlib.util.spec_from_file_location(
        "train_tagger", root / "bench" / "deid" / "train_tagger.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tagger_trains_on_the_eleven_held_out_sets_and_never_on_the_after_measure() -> None:
    train_tagger = _train_tagger_module()
    sets = train_tagger.HELDOUT_SETS
    assert len(sets) == 11
    assert len(set(sets)) == 11
    # blind12 (heldout-2026-12-06c) and every newer set are the untouched after-measure
    assert all(name <= "heldout-2026-12-06b" for name in sets), sets
    assert "heldout-2026-12-06c" not in sets
    assert set(train_tagger.SHIPPED_SETS) <= set(sets)
    for name in sets:
        assert (train_tagger.CORPUS / name / "deid.jsonl").is_file(), name
    with pytest.raises(SystemExit):
        train_tagger.heldout_records(("heldout-2026-12-06c",))


def test_the_context_features_reach_only_a_model_trained_with_them() -> None:
    from guidelines.deid._data import gazetteers
    from guidelines.deid.tagger.features import sequence_features

    doc = Doc("my son tevita lives near Hamilton")
    plain = sequence_features(doc.words, doc.sent_start, gazetteers(), {})
    extra = sequence_features(doc.words, doc.sent_start, gazetteers(), {}, context=True)
    tevita, hamilton = doc.words.index("tevita"), doc.words.index("Hamilton")
    assert "after_cue=1" in extra[tevita]
    assert "cap_mid" in extra[hamilton]
    assert not any(
        f.startswith(("after_cue", "cap_mid", "cap&", "low&")) for fs in plain for f in fs
    )
    shipped = pycrfsuite.Tagger()
    shipped.open(str(MODEL_PATH))
    assert "cap_mid" not in shipped.info().attributes  # the shipped model is not given them
