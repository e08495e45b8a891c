"""deidperf5: the speed changes keep the anonymiser's output exact (docs/deid.md, "deidperf5").

The calendar anchors grouped by first letter, the time-phrase gates found in one scan, and the literal gates of
the rite-day grammars must find what the code before them found.
"""

from __future__ import annotations

import re

import pytest

from guidelines.deid import tagger
from guidelines.deid._data import DATA_DIR, gazetteers
from guidelines.deid.detectors import calendar_anchors as ca
from guidelines.deid.detectors import rite_days as rd
from guidelines.deid.detectors import time_phrase_gates as tg
from guidelines.deid.detectors import time_phrases as tp
from guidelines.deid.doc import Doc
from guidelines.deid.tagger.features import sequence_features
from textkit.lists import read_lines

_EVERY_CHAR = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _terms() -> list[str]:
    terms = set(read_lines(DATA_DIR / "calendar_anchors.txt"))
    terms |= set(read_lines(DATA_DIR / "religious_calendar.txt"))
    return sorted(terms, key=lambda t: len(t.lstrip("=")), reverse=True)


def _flat_anchors() -> re.Pattern[str]:
    """The pattern before deidperf5: one flat alternation per named group."""
    feasts = "|".join(ca._entry(t) for t in _terms())
    return re.compile(
        rf"(?<![\w-])(?:(?P<feast>{feasts})|(?P<season>{ca._SEASON_EN}|{ca._SEASON_FR})"
        rf"|(?P<month>{ca._MONTH_EN}|{ca._MONTH_FR}))(?![\w-])",
        re.IGNORECASE,
    )


def _probes() -> list[str]:
    out = [
        "On the first Saturday in September, the Friday before May Day and « le lundi après la Toussaint ».",
        "LAST CHRISTMAS EVE, summer 2023, l'été 2024, pendant le carnaval, over Passover, lent me a pen",
        "Lent, LENT, lent; Advent, advent; Holi, holi; Tet, tet; Mardi Gras, mardi gras; Fêtes, fêtes, Ete, été",
        "ſummer, Kwanzaa, ıd, İd, mi-carême, x-Easter, Easter-y, Diwali's lights, Hanukkah, Yom Kippur",
    ]
    for t in _terms():
        w = t.lstrip("=")
        for v in (w, w.lower(), w.upper(), w.title(), w.swapcase()):
            out += [f"the {v} day", f"x{v}", f"{v}-y", f"le {v}'s, {v}"]
    return out


def test_grouped_anchors_match_as_the_flat_pattern() -> None:
    old, new = _flat_anchors(), ca._anchors()
    for text in _probes():
        got = [(m.span(), m.lastgroup) for m in new.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in old.finditer(text)], text


def test_anchor_feasts_are_grouped() -> None:
    # one branch per first letter instead of one per feast (fails on the flat pattern of 6a279a3)
    feasts = ca._grouped([ca._feast(t) for t in _terms()])
    # a group opens at the start or after a top-level "|" as "<letter>(?:" (a feast's body holds no "(?:")
    heads = re.findall(r"(?:^|\|)(\w)\(\?:", feasts)
    assert heads == list(dict.fromkeys(t.lstrip("=")[0].lower() for t in _terms()))
    assert len(heads) < len(_terms()) / 4


def _first_letters() -> set[str]:
    letters = {t.lstrip("=")[0].lower() for t in _terms()}
    letters |= {a[0].lower() for a in f"{ca._SEASON_EN}|{ca._MONTH_EN}|{ca._MONTH_FR}".split("|")}
    letters |= {c for w in tg._WORDS for c in w}  # every letter of a gate word (prefixes compared)
    return letters


def test_no_character_matches_two_letters_under_ignorecase() -> None:
    """The premise of both groupings: under re.IGNORECASE no character matches two different letters."""
    seen: dict[str, str] = {}
    for x in sorted(_first_letters() | {"e", "é"}):
        for c in re.findall(f"(?i:{re.escape(x)})", _EVERY_CHAR):
            assert seen.setdefault(c, x) == x, (c, x, seen[c])


@pytest.mark.parametrize(
    "text",
    [
        "since last night, the other day, this morning; JOURS après, la quinzaine, l'été dernier",
        "ſince tonıght, İLAST WEEK, weekends and a fortnight ago; depuis hier soir, ce midi, il y a deux ans",
        "jour Jours JOURS journée, TERM, Year-end, months, prochaine semaine, passé, dernière, cette heure",
    ],
)
def test_present_words_are_the_per_gate_searches(text: str) -> None:
    for a in range(0, len(text), 7):
        for b in (a + 5, a + 30, len(text)):
            want = {w for w in tg._WORDS if re.search(re.escape(w), text[a:b], re.IGNORECASE)}
            assert tg.present_words(text, a, min(b, len(text))) == want


def test_time_phrase_gates_are_word_sets() -> None:
    # the gates are looked up in the words of one scan, not searched one regex each (fails on 6a279a3)
    assert all(isinstance(gate, frozenset) for *_, gate in tp._COMPILED)
    assert all(w == w.lower() for w in tg._WORDS)


def test_rite_gates_hold_no_i_k_or_s_and_cover_their_words() -> None:
    for piece in (*rd._DAY_GATE, *rd._WEEKDAY_GATE):
        assert not set(piece) & set("iksIKS")
    for word in ("day", "night", "jour", "nuit"):
        assert any(p in word for p in rd._DAY_GATE)
    for word in rd._WD.split("|"):
        assert any(p in word for p in rd._WEEKDAY_GATE)
    assert r"\s+(?:day|night|jour|nuit)\b" in rd._DAY_COUNT.pattern
    assert rf"\s+(?:{rd._WD})s?\b" in rd._ROTA.pattern


@pytest.mark.parametrize(
    "text",
    [
        "At the funeral, on the 7th day we pray; the 40TH NIGHT after birth.",
        "Au 3e jour des funérailles, la 2e nuit de prière.",
        "1st Sunday Isobel, 2nd Morag; 3RD SATURDAY Ailsa; 1er samedi Kavitha, 2e MERCREDI Rajan",
    ],
)
def test_every_rite_match_passes_its_gate(text: str) -> None:
    low = text.lower()
    assert rd._DAY_COUNT.search(text) or rd._ROTA.search(text)
    assert rd._DAY_COUNT.search(text) is None or rd._any_in(rd._DAY_GATE, low)
    assert rd._ROTA.search(text) is None or rd._any_in(rd._WEEKDAY_GATE, low)


_TAGGER_TEXTS = [
    "My son Tevita Fifita was seen by Dr Okafor at St Mary's on 3 March; his friend works at the big Tesco.",
    "ma fille Léa (5 ans) est suivie au CHU d'Angers par le Dr Martin depuis la Toussaint, rue du Rhône 64",
    "can I take Zolbrina with Doliprane? hiya im chantelle from navan",
    "",
    "OK",
]


@pytest.mark.parametrize("text", _TAGGER_TEXTS)
def test_known_features_are_the_features_the_model_knows(text: str) -> None:
    doc = Doc(text)
    t = tagger._tagger()
    known = frozenset(t.info().attributes)
    for street in (False, True):
        for context in (False, True):
            full = sequence_features(doc.words, doc.sent_start, gazetteers(), {}, street, context)
            cache: dict[str, object] = {}
            for _ in range(2):  # cold, then from the cache
                kept = sequence_features(
                    doc.words, doc.sent_start, gazetteers(), cache, street, context, known
                )
                want = [[x for x in fs if x in known or not _PER_WORD.match(x)] for fs in full]
                # deidperf6: the filtered features are UTF-8 bytes (crfsuite copies them instead of encoding)
                assert [
                    [x.decode() if isinstance(x, bytes) else x for x in fs] for fs in kept
                ] == want


# the features built per token (not per word), which are never left out
_PER_WORD = re.compile(
    r"(?!sent_start$|all_lower$|-?\d:edge$|cue\+shape=|cap_mid$|after_cue=|cap&|low&)"
)


@pytest.mark.parametrize("text", _TAGGER_TEXTS)
def test_tags_and_marginals_as_with_every_feature(text: str) -> None:
    doc = Doc(text)
    if not doc.words:
        return
    t = tagger._tagger()
    local = tagger._local
    full = sequence_features(
        doc.words, doc.sent_start, gazetteers(), {}, local.street, local.context
    )
    t.set(full)
    want = (t.tag(), [t.marginal("O", i) for i in range(len(doc.words))])
    _found, outside = tagger.tag_tokens(doc.words, doc.sent_start)
    assert [tagger._tagger().marginal("O", i) for i in range(len(doc.words))] == want[1]
    assert tagger._tagger().tag() == want[0]
    assert outside == want[1]


def test_the_feature_cache_follows_the_model() -> None:
    t = tagger._tagger()
    before = tagger._local.cache
    tagger.use(t)  # the same model again: the same cache
    assert tagger._local.cache is before
    assert tagger._caches[frozenset(t.info().attributes)] is before
