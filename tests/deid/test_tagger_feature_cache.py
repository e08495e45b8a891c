"""The tagger's per-word feature entry (deidperf2): a warm cache gives the features an empty one gives."""

from __future__ import annotations

import pytest

from guidelines.deid._data import gazetteers
from guidelines.deid.doc import Doc
from guidelines.deid.tagger.features import sequence_features

TEXTS = (
    "My son Tom Baker sees Dr Martin at St Mary's Hospital on Monday 3rd March.",
    "my daughter sophie lives near leeds, she takes Sertraline",
    "Ma fille Léa voit le Dr Dupont à l'hôpital Necker, 12 rue de la Paix, 75002 Paris.",
    "je m'appelle kevin et j'habite à Lens depuis l'été 2023",
    "MON FILS DANIEL A DE LA FIÈVRE",
)


@pytest.mark.parametrize("street", [False, True])
@pytest.mark.parametrize("context", [False, True])
def test_a_warm_cache_gives_the_features_of_an_empty_one(street: bool, context: bool) -> None:
    g = gazetteers()
    warm: dict[str, object] = {}
    for text in TEXTS + TEXTS:  # the second round reads every word from the cache
        doc = Doc(text)
        cached = sequence_features(doc.words, doc.sent_start, g, warm, street, context)
        fresh = sequence_features(doc.words, doc.sent_start, g, {}, street, context)
        assert cached == fresh


def test_the_features_keep_their_order_en_and_fr() -> None:
    g = gazetteers()
    for text, cue in (("see Dr Martin", "dr"), ("voir Mme Durand", "mme")):
        doc = Doc(text)
        feats = sequence_features(doc.words, doc.sent_start, g, {})
        name = feats[2]
        assert name[:2] == ["bias", "shape=Xxxx"]  # "Martin", "Durand": runs cut to three
        assert name[-6:] == [
            f"-2:w={doc.words[0]}",
            "-1:cap",
            f"-1:w={cue}",
            "1:edge",
            "2:edge",
            f"cue+shape={cue}|Xx",
        ]
