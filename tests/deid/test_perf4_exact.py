"""deidperf4: name_forms' speed changes keep the anonymiser's output exact (docs/deid.md, "deidperf4").

A name said again is found by `str.find` instead of one compiled pattern per word; the family-name-first
pass skips a text with no capitalised word folding to a surname, and folds a word once (memoised). Each is
checked against the code it replaces, with the input changing between calls.
"""

from __future__ import annotations

import re

import pytest

from guidelines.deid import find_spans
from guidelines.deid._data import gazetteers
from guidelines.deid.detectors import name_forms as nf
from guidelines.deid.detectors import rite_days as rd
from textkit.folding import fold

SAY_AGAIN = [
    ("Gowri", "Gowri Mahendran. Gowri's father, Gowri-Ann, xGowri, Gowri_ and Gowri."),
    ("A'A", "A'A'A'A and A'A-A, A'A."),
    ("Tendai", "Tendai Moyo … Tendai dit que Tendaï et TENDAI, Tendai"),
    ("Dũng", "Nguyễn Dũng. Dũng's mother; Dũngx Dũng1 Dũng"),
    ("Kandiah", "Kandiah"),
]


def _finditer(text: str, w: str, start: int) -> list[tuple[int, int]]:
    pattern = rf"(?<![\w-]){re.escape(w)}(?![\w-])"
    return [(start + m.start(), start + m.end()) for m in re.finditer(pattern, text[start:])]


@pytest.mark.parametrize(("word", "text"), SAY_AGAIN)
def test_occurrences_are_the_old_pattern_s(word: str, text: str) -> None:
    for start in range(len(text) + 1):
        assert nf._occurrences(text, word, start) == _finditer(text, word, start)


def test_the_word_boundary_is_re_s_over_every_code_point() -> None:
    # the premise of _bounded: `[\w-]` in a str pattern is isalnum, "_" or "-"
    word = re.compile(r"[\w-]")
    assert all((word.match(chr(c)) is not None) == nf._bounded(chr(c)) for c in range(0x110000))


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("My friend Nguyen Van Hung translates for me.", "en", "Nguyen Van Hung"),
        ("Mon voisin Tran Thi Mai m'aide.", "fr", "Tran Thi Mai"),
        ("Ma collègue ĐẶNG Minh Châu et Đặng Văn An.", "fr", "Đặng Văn An"),
    ],
)
def test_family_name_first_still_found_after_other_texts(text: str, lang: str, person: str) -> None:
    # texts without a surname (the gate closes), then the name (the gate opens): memo and gate follow the input
    for other in ("I have a cough since Monday.", "J'ai mal au dos depuis lundi."):
        find_spans(other, lang)
    spans = find_spans(text, lang)
    assert any(text[s.start : s.end] == person and s.label == "PERSON" for s in spans)


def test_the_gate_holds_every_surname_hit() -> None:
    # the premise: each span _family_first finds holds a capitalised word that folds to a surname
    surnames = nf._lists()[0]
    g = gazetteers()
    for text in (
        "Nguyen Van An, Hoang Thi Mai, Do Minh Chau and Thanh Do came. Le Van Long City.",
        "Lê Thị Hồng et Phạm Văn Đức sont venus; Wang Xiu Ying aussi.",
    ):
        found = nf._family_first(text, g)
        assert found
        for s, e in found:
            words = nf._WORD.findall(text[s:e])
            assert any(w[:1].isupper() and nf._f(w) in surnames for w in words)


def test_fold_memo_follows_the_word() -> None:
    for w in ("Đặng", "Dang", "Nguyễn", "nguyen", "Đặng"):
        assert nf._f(w) == fold(w).replace("đ", "d")


def test_rite_day_gates_premises() -> None:
    # under IGNORECASE only m/M and o/O match m and o, and lower() gives them back
    for letter in "mo":
        rx = re.compile(letter, re.IGNORECASE)
        assert all(chr(c).lower() == letter for c in range(0x110000) if rx.fullmatch(chr(c)))
    # every sabbath word of the case-sensitive pattern holds "abb"
    assert all("abb" in w for w in ("Shabbat", "Shabbos", "Sabbath", "Chabbat"))
    assert rd._SABBATH_OF.pattern.startswith(r"\b(?:Shabbat|Shabbos|Sabbath|Chabbat)\s")
    assert not rd._SABBATH_OF.flags & re.IGNORECASE


@pytest.mark.parametrize(
    ("text", "lang", "dates"),
    [
        (
            "We keep Shabbat after Pesach and the month of Ramadan.",
            "en",
            ["Shabbat after Pesach", "month of Ramadan"],
        ),
        ("Pendant le MOIS DE RAMADAN il jeûne.", "fr", ["MOIS DE RAMADAN"]),
        ("At the funeral, on the 7th day we pray.", "en", ["7th day"]),
        ("Au 3e jour des funérailles.", "fr", ["3e jour"]),
    ],
)
def test_rite_days_after_texts_without_them(text: str, lang: str, dates: list[str]) -> None:
    for other in ("On the 3rd day of fever I had a cough.", "Le 7e jour d'antibiotiques, ça va."):
        find_spans(other, lang)
    spans = find_spans(text, lang)
    got = [text[s.start : s.end] for s in spans if s.label == "DATE"]
    for d in dates:
        assert d in got
