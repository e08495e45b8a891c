"""One list of frequent words a language, each word with its wordfreq Zipf, every reader at its own threshold.

Until 2026-12-07 two lists from two scripts carried the same words at two thresholds (`frequent_words.txt`,
Zipf >= 3.6 in English or French; `frequent_words_<lang>.txt`, Zipf >= 4.5); `bench/deid/derive_frequent_words.py`
now writes one list a language and `_data.frequent_words` reads it.
"""

from __future__ import annotations

import re

import pytest

from guidelines.deid._data import DATA_DIR, frequent_words
from guidelines.deid.detectors import name_forms
from guidelines.deid.names import org_trades
from guidelines.deid.possible_more import frequent_words as preview_words
from textkit.folding import fold
from textkit.lists import read_lines

_LINE = re.compile(
    r"(?P<word>[^\W\d_]+(?:['-][^\W\d_]*)*|[^\W\d_]*(?:['-][^\W\d_]+)+) (?P<zipf>\d\.\d\d)"
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_language_has_one_list_of_folded_words_with_their_zipf(lang: str) -> None:
    lines = read_lines(DATA_DIR / f"frequent_words_{lang}.txt")
    words = []
    for line in lines:
        m = _LINE.fullmatch(line)
        assert m, line
        assert fold(m["word"]) == m["word"]
        assert 3.6 <= float(m["zipf"]) < 8.0
        words.append(m["word"])
    assert words == sorted(set(words))  # one line a word
    assert len(words) > 10_000


def test_no_second_list_remains() -> None:
    assert not (DATA_DIR / "frequent_words.txt").exists()


def test_the_name_readers_share_the_words_at_zipf_3_6() -> None:
    words = frequent_words(("en", "fr"), 3.6)
    assert org_trades._frequent() is words
    assert name_forms._frequent() is words
    # "Occupational Health" stays a service, "Pinnacle Recruitment" is a business (deid34)
    assert {"occupational", "health", "recruitment", "universal", "credit"} <= words
    assert "pinnacle" not in words


def test_the_preview_takes_letters_only_at_zipf_4_5_in_the_texts_language() -> None:
    en, fr = preview_words("en"), preview_words("fr")
    assert en < frequent_words(("en",), 3.6) and fr < frequent_words(("fr",), 3.6)
    assert "don't" not in en and "aujourd'hui" not in fr  # the threshold was chosen on letters only
    assert "gaz" not in en and "die" not in fr  # a capital on them still says something
    assert "the" in en and "les" in fr
    assert len(en) == 2973 and len(fr) == 2529  # the words the two-list version read
