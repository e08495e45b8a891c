"""The tagger's guards of the Faker round (issue 9, 2026-12-04): whatever the model, a tagged name
does not keep the sentence's words at its edges, nationalities are no name, "an" names a day only
in "jour de l'an", a one-word name in a product's context is no name; the street-type feature goes
only to a model trained with it; the Faker corpus is deterministic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from guidelines.deid import find_spans
from guidelines.deid._data import gazetteers
from guidelines.deid.doc import Doc
from guidelines.deid.tagger import _guarded, _tagger, tag_tokens
from guidelines.deid.tagger import _local as tagger_thread
from guidelines.deid.tagger.features import token_features

ROOT = Path(__file__).resolve().parents[2]


def guarded(text: str, label: str) -> str | None:
    """The part of a span covering the whole text that the guards keep."""
    words = Doc(text).words
    cut = _guarded(words, 0, len(words), label, gazetteers())
    return None if cut is None else " ".join(words[cut[0] : cut[1]])


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        ("RATP en", "ORGANIZATION", "RATP"),  # "je travaille à la RATP en horaires décalés"
        ("HEGP porte", "ORGANIZATION", "HEGP"),  # "mon dossier à l'HEGP porte le numéro"
        ("for Complementary Health", "ORGANIZATION", "Complementary Health"),
        ("Je Rue du Rhône 64", "ADDRESS", "Rue du Rhône 64"),
        ("Dupont de", "PERSON", "Dupont"),
        ("Marie de La Tour", "PERSON", "Marie de La Tour"),  # "de" is no medical word here
        # kept: particles open names, short surnames are also function words
        ("de La Tour", "PERSON", "de La Tour"),
        ("Wei ma", "PERSON", "Wei ma"),
        ("van Damme", "PERSON", "van Damme"),
        # kept: a lowercase street word or type word is part of the name
        ("Flat 3, 45 Elm Road", "ADDRESS", "Flat 3 , 45 Elm Road"),
    ],
)
def test_a_tagged_name_does_not_keep_the_sentence_s_words(text: str, label: str, kept: str) -> None:
    assert guarded(text, label) == kept


def test_nationalities_and_languages_alone_are_no_name() -> None:
    assert guarded("English and French", "ORGANIZATION") is None
    assert guarded("English and French", "CITY") is None


def test_an_names_a_day_only_in_new_year_s_day() -> None:
    assert guarded("l'an dernier", "DATE") is None
    assert guarded("an MAOI", "DATE") is None
    assert guarded("le jour de l'an", "DATE") == "le jour de l' an"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("fr", "j'applique du Vexoline sur la plaie", "Vexoline"),
        ("fr", "Le Morphidal est dangereux pour un enfant ?", "Morphidal"),
        ("fr", "je prends du Doliprane ou de la Quintessa", "Quintessa"),
        ("en", "she has a UTI and is now confused", "UTI"),
        ("en", "a low FODMAP diet helps some with IBS", "FODMAP"),
    ],
)
def test_products_and_medical_acronyms_stay(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start < start + len(word) and start < s.end for s in find_spans(text, lang))


def test_the_street_type_feature_goes_only_to_a_model_trained_with_it() -> None:
    g = gazetteers()
    assert "street" in token_features("Travessa", g, {}, street=True)
    assert "street" not in token_features("Travessa", g, {}, street=False)
    words = Doc("I live at 12 Travessa do Carmo, Lisbon").words
    tag_tokens(words, [True] + [False] * (len(words) - 1))
    # the shipped model was trained without it (make deid-model-check reproduces it)
    assert tagger_thread.street is ("street" in _tagger().info().attributes)


def _bench(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench" / "deid"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "deid" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_faker_corpus_is_deterministic_and_its_spans_fit_their_values() -> None:
    pytest.importorskip("faker")  # a dev dependency: the corpus is built at development time only
    corpus = _bench("tagger_corpus_faker")
    first = corpus.generate(60, 7)
    assert first == corpus.generate(60, 7)
    for rec in first:
        for span in rec["spans"]:
            value = rec["text"][span["start"] : span["end"]]
            assert value and value == value.strip(), (rec["text"], span)
