"""deidperf3: the speed changes keep the anonymiser's output exact (docs/deid.md, "deidperf3").

The confident spans without the unsure tier, the per-word medical memo, the last-text kind gate, the
regexes grouped by first letter and the literal gates must give what the code before them gave, whatever
the order of the texts (every cache is checked with the input changing between calls).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from guidelines.deid import find_spans
from guidelines.deid._data import gazetteers
from guidelines.deid.detectors import paperwork_dates as pw
from guidelines.deid.detectors.time_phrases import _HEAD, _I
from guidelines.deid.doc import Doc
from guidelines.deid.names import org_services
from guidelines.deid.possible import _medical, medical_word
from guidelines.deid.tagger import confident_spans, tagged_spans
from textkit.folding import fold

# The spans of 717146a (before the round), EN and FR.
BEFORE = [
    (
        "en",
        "My son got hurt during the county final and again since the Easter holidays, two Thursdays ago.",
        [(27, 39, "DATE"), (60, 75, "DATE"), (77, 94, "DATE")],
    ),
    (
        "fr",
        "Il tousse depuis les fêtes, et il y a deux mardis il a vomi cet aprem pendant le Carnaval.",
        [(17, 26, "DATE"), (31, 49, "DATE"), (60, 69, "DATE"), (78, 89, "DATE")],
    ),
    (
        "fr",
        "Je suis suivie à la maison médicale de Jambes, près de la gare de Neuchâtel, depuis 3 semaines.",
        [(20, 45, "ORGANIZATION"), (66, 75, "CITY")],
    ),
    (
        "en",
        "MY DAUGHTER EMMA HAS HAD A FEVER SINCE YESTERDAY, Dr Patel says wait.",
        [(12, 16, "PERSON"), (39, 48, "DATE"), (53, 58, "PERSON")],
    ),
    (
        "en",
        "Frank Dobson from Leeds said the rash started last Tuesday, on Thanksgiving.",
        [(0, 12, "PERSON"), (18, 23, "CITY"), (46, 58, "DATE"), (63, 75, "DATE")],
    ),
]


def test_spans_as_before_in_any_order() -> None:
    """Each text twice, forwards then backwards: the last-text and per-word caches change nothing."""
    for lang, text, spans in [*BEFORE, *reversed(BEFORE)]:
        assert [(s.start, s.end, s.label) for s in find_spans(text, lang)] == spans


@pytest.mark.parametrize(("lang", "text", "_spans"), BEFORE)
def test_confident_spans_are_tagged_spans(lang: str, text: str, _spans: object) -> None:
    doc = Doc(text)
    multi: list[bool] = []
    sure, _unsure, outside = tagged_spans(doc.words, doc.spans, doc.sent_start, gazetteers(), multi)
    for at in (set(), {0}, set(range(len(doc.words)))):
        multi2: list[bool] = []
        sure2, outside2 = confident_spans(doc.words, doc.spans, doc.sent_start, multi2, at)
        assert (sure2, multi2) == (sure, multi)
        assert outside2 == {k: outside[k] for k in at}


def test_medical_memo_follows_the_word_and_the_lists() -> None:
    g = gazetteers()
    for w in (
        "Paracetamol",
        "Doliprane",
        "Sarah",
        "hypothyroid",
        "Tendinitis",
        "Leeds",
        "Ramipril",
    ):
        assert medical_word(w, g) == _medical(w, fold(w), g)
    # other lists in between: their own answer, and the first lists' answer again after them
    other = replace(g, medical=g.medical | {"sarah"})
    assert medical_word("Sarah", other) and not medical_word("Sarah", g)
    assert medical_word("Sarah", other)


_KIND_FLAT = re.compile(
    r"(?i:m[ée]dicale|sant[ée]|quartier|jeunes|royal|vocal|instrumental|club|cercle|harmonie|rural|"
    r"f[êe]tes|la[ïi]que|musique|routi[èe]re|municipalit|ath[ée]n|mairie|gymnase|chorale|ch[œo]e?ur|station|gare)"
)
_HEAD_FLAT = re.compile(
    r"\b(?:ago|yesterday|tomorrow|today|tonight|morning|night|afternoon|evening|weeks?|weekends?|months?|"
    r"years?|fortnights?|springs?|summers?|autumns?|fall|winters?|term|days|hours?|other\s+day|"
    r"day\s+(?:before|after)|hier|demain|aujourd|matin|soir|midi|nuit|semaines?|mois|l['’]\s*an|ans|"
    r"ann[ée]es?|jours|autre\s+jour|heures?|été|hiver|automne|printemps|rentrée|quinzaine|week-?end)(?![\w])",
    _I,
)
PROBES = [
    "Maison MÉDICALE de Spa, la gare, le Club, CHŒUR, chœur, choeur, Athénée royal, gymnase, mairie",
    "ago yesterday 2 days ago the day before, the day after; other  day, l’an, l' an, annees, années",
    "weekend week-end weeks WEEKEND Weekends fall falls hours heures été ÉTÉ hiver nuit midi mois",
    "agony daysy termite amid l'anse, autumnal springsteen ſummer ſoir, dayS, İnstrumental, SANTÉ",
    "rentrée quinzaine printemps automne autre jour aujourd'hui demain matin soir semaine semaines",
    "",
]


@pytest.mark.parametrize("text", PROBES + [t for _l, t, _s in BEFORE])
def test_grouped_regexes_match_as_the_flat_ones(text: str) -> None:
    assert [m.span() for m in _HEAD.finditer(text)] == [m.span() for m in _HEAD_FLAT.finditer(text)]
    assert bool(org_services._KIND_QUICK.search(text)) == bool(_KIND_FLAT.search(text))
    for k in range(len(text)):  # every suffix: a match wherever the flat one has one
        assert bool(org_services._KIND_QUICK.match(text, k)) == bool(_KIND_FLAT.match(text, k))


def test_kind_gate_follows_the_text() -> None:
    assert org_services._kind_quick("la gare de Mons")
    assert not org_services._kind_quick("la rue de Mons")
    assert org_services._kind_quick("le club de Spa")


_EVERY_CHAR = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_ignorecase_letters_lower_to_themselves() -> None:
    """The gates' premise: under re.IGNORECASE, every character that matches an ASCII letter other than
    i, k and s (or ê, e) is a character that lower() turns into that letter."""
    for x in "abcdefghjlmnopqrtuvwxyzê":
        assert {c.lower() for c in re.findall(f"(?i:{x})", _EVERY_CHAR)} == {x}


def test_gates_hold_no_i_k_or_s() -> None:
    for w in (*pw._EN_EVENT_GATE, *pw._FR_PHRASE_GATE, "ago"):
        assert not set(w) & set("iksIKS")


@pytest.mark.parametrize(
    "text",
    [
        "during the regional semi-final; at the cup MATCH, by the state Fixture, in the league derby",
        "at the end of the spring term, over the Christmas holidays, on bank holiday monday",
        "before may hols, since Easter break, after february half-term, around october half term",
        "depuis les fêtes de fin d'année, pour l'ouverture de la pêche, dès l’ouverture du homard",
        "cet aprèm, CE APREM, il y a deux mardis, IL Y A 3 LUNDIS, two Thursdays ago, A MONDAY AGO",
        "le Carnaval, la Fête-Dieu, Jeûne fédéral, Mardi Gras, l'Onam, le Tet",
    ],
)
def test_every_match_passes_its_gate(text: str) -> None:
    low = text.lower()
    assert pw._EN_EVENT.search(text) is None or pw._any_in(low, pw._EN_EVENT_GATE)
    assert pw._FR_PHRASE.search(text) is None or pw._any_in(low, pw._FR_PHRASE_GATE)
    assert pw._WEEKDAYS_AGO.search(text) is None or "ago" in low or pw._Y_A.search(low)
    assert pw._FESTIVAL.search(text) is None or pw._FESTIVAL_GATE.search(text)
    found = [
        pw._EN_EVENT.search(text),
        pw._FR_PHRASE.search(text),
        pw._WEEKDAYS_AGO.search(text),
        pw._FESTIVAL.search(text),
    ]
    assert any(found)  # each probe exercises at least one grammar
