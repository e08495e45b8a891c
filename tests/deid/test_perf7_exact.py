"""deidperf7: every literal gate is a superset of its grammar (a text the grammar matches always opens it)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from guidelines.deid.detectors import calendar_anchors as ca
from guidelines.deid.detectors import date_edges as de
from guidelines.deid.detectors import date_phrases as dp
from guidelines.deid.detectors import numbers as nu
from guidelines.deid.detectors import paperwork_dates as pd
from guidelines.deid.detectors import text_gates as tg
from guidelines.deid.names import city_slots as cs
from guidelines.deid.names import institutions as ins
from guidelines.deid.names import org_acts as oa
from guidelines.deid.names import org_public as op
from guidelines.deid.names import org_services as osv
from guidelines.deid.names import org_words as ow
from guidelines.deid.names import strong_cues as sc
from guidelines.deid.names import venues as ve

ROOT = Path(__file__).resolve().parents[2]


def _word_gate(words: frozenset[str]) -> Callable[[str], bool]:
    return lambda t: tg.has_word(t, words)


def _gates() -> list[tuple[str, re.Pattern[str], Callable[[str], bool]]]:
    g, w = de._grammar(), de._gates()
    out = [
        (k, g[k], _word_gate(w[k]))
        for k in ("trip_en", "trip_fr", "weather", "longweekend", "workseason")
    ]
    return [
        *out,
        ("weekno", g["weekno"], lambda t: tg.holds_any(t, de._WEEKNO_PIECES)),
        (
            "fr_feast_weekday",
            ca._FR_FEAST_WEEKDAY,
            lambda t: tg.has_word(t, ca._FR_FEAST_WEEKDAY_WORDS),
        ),
        ("institutions_en", ins._EN, lambda t: tg.holds_any(t, ins._EN_PIECES)),
        ("mission", ins._MISSION, lambda t: any(p in t for p in ins._MISSION_PIECES)),
        ("fr_kind", ins._FR_KIND, lambda t: tg.holds_any(t, ins._FR_KIND_PIECES)),
        ("to_org", oa._TO_ORG, lambda t: tg.holds_any(t, oa._TO_ORG_PIECES)),
        ("town_body", oa._TOWN_BODY, lambda t: tg.has_raw_word(t, oa._TOWN_BODY_WORDS)),
        ("venue_direct", oa._VENUE_DIRECT, lambda t: tg.has_raw_word(t, oa._VENUE_DIRECT_WORDS)),
        ("relative_name", sc.RELATIVE_NAME, lambda t: tg.has_word(t, sc._RELATIVE_FIRST_RUNS)),
        ("title_name", sc.TITLE_NAME, lambda t: tg.has_raw_word(t, sc._TITLE_WORDS)),
        ("team", ve._TEAM, lambda t: any(p in t for p in ve._TEAM_PIECES)),
        ("service_at", ve._SERVICE_AT, lambda t: any(p in t for p in ve._SERVICE_AT_PIECES)),
        ("the_sign", ve._THE_SIGN, lambda t: tg.has_raw_word(t, ve._THE)),
        ("celtic", op.CELTIC_KIND_FIRST, lambda t: tg.has_raw_word(t, op._CELTIC_KINDS)),
        ("venue", ow._VENUE, lambda t: tg.has_raw_word(t, ow._VENUE_WORDS)),
        ("addressee", ow._ADDRESSEE, lambda t: tg.holds_any(t, ow._ADDRESSEE_PIECES)),
        ("friends", ow._FRIENDS, lambda t: tg.has_raw_word(t, ow._FRIENDS_WORDS)),
        ("abbr", pd._ABBR, lambda t: tg.has_raw_word(t, pd._ABBR_WORDS)),
        ("clock_weekday", dp.CLOCK_WEEKDAY, lambda t: tg.has_raw_word(t, dp._CLOCK_DAYS)),
        ("site_quick", cs._SITE_QUICK, lambda t: tg.has_word(t, cs._SITE_WORDS)),
        ("kind_quick", osv._KIND_QUICK, lambda t: tg.holds_any(t, osv._KIND_PIECES)),
        ("age_shared", nu.AGE_SHARED, lambda t: tg.has_word(t, nu._SHARED_WORDS)),
    ]


# texts each grammar matches (EN and FR, several casings), and texts around them
_POSITIVES = [
    "day 3 of the camping trip was hard",
    "Night 2 on our SCHOOL TOUR, my son got a rash",
    "le 3e jour du séjour il a vomi",
    "Semaine 2 de la colonie, fièvre",
    "the storm in January flooded us",
    "les pluies de novembre, la toux",
    "LA GRÈVE DE MARS, pas de bus",
    "la longue fin de semaine d'octobre",
    "the long weekend in May",
    "pendant la saison du homard",
    "during the lambing season",
    "seen in week 42",
    "Semaine42 rendez-vous",
    "Mardi gras et mi-carême",
    "LUNDI SAINT-JEAN",
    "the Embassy of France",
    "the French Consulate General",
    "St Columba's Church of Scotland",
    "Mission catholique portugaise",
    "l'Église Saint-Pierre de Lyon",
    "Association des amis de Mulhouse",
    "I wrote to Bupa",
    "complaint sent to Tesco",
    "J'ai écrit à Harmonie",
    "plainte contre Orange",
    "la Ville de Longueuil",
    "Mairie de Sion",
    "piscine Château-Landon",
    "stade Bollaert",
    "my son Tom has a rash",
    "MA GRAND-MERE Jeanne tousse",
    "Mrs Smith called",
    "M. Dupont",
    "née Martin",
    "he plays for the Harbour Rovers",
    "Pain Service at Leeds",
    "at the Red Lion",
    "Ysgol Gymraeg Aberystwyth",
    "Coláiste Íde",
    "salle des fêtes de Sion",
    "Théâtre de la Ville",
    "à l'attention de la Caisse",
    "Friends of the Earth",
    "Mon, Wed and Fri",
    "lun. mar. jeu.",
    "Tues 14:30",
    "sam. 9h30",
    "dépôt de Rungis",
    "Agence d'Annecy",
    "maison médicale du Port",
    "CHŒUR de Lyon",
    "Gare de Neuchâtel",
    "both 93 years old",
    "tous les deux 95 ans",
    "EACH, 101",
]


def _texts() -> list[str]:
    path = ROOT / "bench/corpus/deid/dev.jsonl"
    corpus = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    variants = [f(t) for t in _POSITIVES for f in (str, str.upper, str.lower, str.title)]
    odd = [t.replace("i", "ı") for t in _POSITIVES] + [t.replace("s", "ſ") for t in _POSITIVES]
    odd += ["İ " + t for t in _POSITIVES]
    return corpus + variants + odd


@pytest.mark.parametrize(("name", "rx", "gate"), _gates(), ids=[n for n, _, _ in _gates()])
def test_gate_is_a_superset(name: str, rx: re.Pattern[str], gate: Callable[[str], bool]) -> None:
    matched = 0
    for text in _texts():
        if rx.search(text):
            matched += 1
            assert gate(text), (name, text)
    assert matched, name  # the positives exercise every gate


def test_ignorecase_premise_over_every_code_point() -> None:
    """A character IGNORECASE matches to a letter of a gate word has that letter as its lower(), but for the
    characters `text_gates` refuses to gate on."""
    words = [w for ws in de._gates().values() for w in ws]
    words += [*ins._FR_KIND_PIECES, *ins._EN_PIECES, *oa._TO_ORG_PIECES, *osv._KIND_PIECES]
    words += [*ow._ADDRESSEE_PIECES, *cs._SITE_WORDS, *sc._RELATIVE_FIRST_RUNS, *nu._SHARED_WORDS]
    words += [*de._WEEKNO_PIECES, *ca._FR_FEAST_WEEKDAY_WORDS]
    letters = {c for w in words for c in w if c.isalpha()}
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        for x in letters:
            if re.fullmatch(re.escape(x), ch, re.I) and ch.lower() != x:
                assert tg.lowered(ch) is None or ch.lower() == x, (x, hex(cp))


def test_spellings_and_odd_texts() -> None:
    assert tg.spellings("mus[ée]e", "gare") == {"musée", "musee", "gare"}
    assert tg.lowered("İstanbul") is None and tg.runs("ſtorm in May") is None
    assert tg.has_word("ſtorm", frozenset({"storm"})) and tg.holds_any("Cı", ("ci",))
    assert not tg.has_word("a brainstorm", frozenset({"storm"}))
    assert tg.raw_runs("Mon. 9h") == {"Mon", "9h"}
