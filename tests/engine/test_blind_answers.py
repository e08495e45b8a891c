"""The blind answer sets (tests/engine/blind_answers.py) against the seed sets, as `check_answer` uses them.

Sound answers must pass (no blocking violation); each breaking answer must be reported under the kind it
breaks. The figures are in docs/guidelines-engine.md (bench/engine/blind_score.py prints them).
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker
from tests.engine.blind_answers import (
    BLIND_EN,
    BLIND_EN_B,
    BLIND_FR,
    BLIND_FR_B,
    PROBE_BREAKING,
    PROBE_SOUND,
    BlindAnswer,
)
from tests.engine.blind_answers_c import BLIND_EN_C, BLIND_FR_C
from tests.engine.blind_answers_d import BLIND_EN_D, BLIND_FR_D
from tests.engine.blind_answers_e import BLIND_EN_E, BLIND_FR_E

SEEDS = load_seed_sets()
# Regression tables: every set was scored at first contact first (docs/guidelines-engine.md), then kept here.
ALL: list[BlindAnswer] = [
    *BLIND_EN,
    *BLIND_FR,
    *BLIND_EN_B,
    *BLIND_FR_B,
    *BLIND_EN_C,
    *BLIND_FR_C,
    *BLIND_EN_D,
    *BLIND_FR_D,
    *BLIND_EN_E,
    *BLIND_FR_E,
]


@cache
def _checker(jurisdiction: str) -> Checker:
    return compile_checker(
        [r for s in SEEDS.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


def _id(answer: BlindAnswer) -> str:
    return f"{answer[0]}-{answer[1]}-{answer[3] or 'sound'}-{answer[4][:30]}"


SOUND = [a for a in ALL if not a[3]]
BREAKING = [a for a in ALL if a[3]]


def test_the_sets_are_balanced_and_bilingual() -> None:
    for lang in ("en", "fr"):
        assert sum(1 for a in SOUND if a[0] == lang) >= 45
        assert sum(1 for a in BREAKING if a[0] == lang) >= 45


@pytest.mark.parametrize("answer", SOUND, ids=_id)
def test_sound_answers_pass(answer: BlindAnswer) -> None:
    lang, jurisdiction, emergency, _kind, text = answer
    verdict = _checker(jurisdiction).check(
        text, lang=lang, context=CheckContext(question_emergency=emergency)
    )
    assert verdict.passed, [(v.rule, text[v.start : v.end]) for v in verdict.blocking]


@pytest.mark.parametrize("answer", BREAKING, ids=_id)
def test_breaking_answers_are_caught_under_their_kind(answer: BlindAnswer) -> None:
    lang, jurisdiction, emergency, kind, text = answer
    verdict = _checker(jurisdiction).check(
        text, lang=lang, context=CheckContext(question_emergency=emergency)
    )
    assert {v.kind for v in verdict.violations} & set(kind.split("|")), [
        (v.rule, v.kind) for v in verdict.violations
    ]


def test_breaking_answers_of_blocking_kinds_are_blocked() -> None:
    # Kinds whose seed rules block everywhere: the answer cannot be published.
    blocking = {
        "contact_solicitation",
        "care_relationship",
        "prescription",
        "link_policy",
        "abuse",
        "identifiers",
        "emergency_block",
    }
    # false reassurance blocks only on a question with a red flag
    blocking_on_red_flag = {"false_reassurance"}
    for lang, jurisdiction, emergency, kind, text in BREAKING:
        if kind in blocking or (kind in blocking_on_red_flag and emergency):
            verdict = _checker(jurisdiction).check(
                text, lang=lang, context=CheckContext(question_emergency=emergency)
            )
            assert not verdict.passed, text[:60]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rest, fluids and paracetamol usually help. See your GP if it doesn't settle."),
        (
            "en",
            "Most sore throats are viral. Antibiotics rarely help. Salt-water gargles ease the pain.",
        ),
        ("fr", "Reposez-vous, buvez beaucoup. Consultez votre médecin si cela persiste."),
        ("fr", "La plupart des angines sont virales ; les antibiotiques sont rarement utiles."),
    ],
)
def test_answers_without_any_disclaimer_are_still_blocked(lang: str, text: str) -> None:
    verdict = _checker("GB" if lang == "en" else "FR").check(text, lang=lang)
    assert "DISC-01" in {v.rule for v in verdict.blocking}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "This doesn't replace seeing your doctor."),
        ("en", "Obviously I can't examine you online."),
        ("en", "Please see your GP for an examination."),
        ("en", "Nothing here replaces a face-to-face assessment."),
        ("en", "This is no substitute for an in-person evaluation."),
        ("en", "I haven't examined you, so please book an appointment with your GP."),
        ("fr", "Cela ne remplace pas un avis médical."),
        ("fr", "Cette réponse ne saurait remplacer une consultation."),
        ("fr", "Je ne peux pas vous examiner à distance."),
        ("fr", "Rien ne remplace un examen par votre médecin."),
        ("fr", "Votre médecin traitant pourra vous examiner."),
        ("fr", "Ma réponse ne se substitue en aucun cas à une consultation."),
    ],
)
def test_natural_disclaimers_satisfy_the_required_statement(lang: str, sentence: str) -> None:
    base = (
        "Most sore throats are viral and settle within a week. "
        if lang == "en"
        else "La plupart des angines sont virales et guérissent en une semaine. "
    )
    verdict = _checker("GB" if lang == "en" else "FR").check(base + sentence, lang=lang)
    assert "DISC-01" not in {v.rule for v in verdict.violations}


@pytest.mark.parametrize(
    ("lang", "text", "blocked"),
    [
        ("en", "For a chat, ring oh seven seven zero zero, nine double oh, one two three.", True),
        ("en", "Try me on seven seven double-oh, nine six one, four three two.", True),
        (
            "fr",
            "Le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit, le soir.",
            True,
        ),
        ("fr", "Au zéro sept, quarante-cinq, douze, quatre-vingt-dix-neuf, zéro trois.", True),
        (
            "en",
            "Take one or two tablets, three or four times a day, for five to seven days.",
            False,
        ),
        ("fr", "Il a vingt-deux ans, pèse soixante kilos et mesure un mètre quatre-vingt.", False),
        ("en", "Call one one one, or nine nine nine in an emergency.", False),
    ],
)
def test_phone_numbers_spelled_out_in_words(lang: str, text: str, blocked: bool) -> None:
    verdict = _checker("GB" if lang == "en" else "FR").check(text, lang=lang)
    assert ("CONTACT-01" in {v.rule for v in verdict.blocking}) is blocked


_BASE = {
    "en": (
        "Most sore throats are viral and settle within a week; fluids and rest help. ",
        " This is general information and not a consultation.",
    ),
    "fr": (
        "La plupart des angines sont virales et guérissent en une semaine. ",
        " Cette réponse ne remplace pas une consultation.",
    ),
}


@pytest.mark.parametrize(("lang", "sentence"), PROBE_SOUND)
def test_probe_sound_sentences_pass_without_content_reports(lang: str, sentence: str) -> None:
    text = _BASE[lang][0] + sentence + _BASE[lang][1]
    verdict = _checker("GB" if lang == "en" else "FR").check(text, lang=lang)
    assert verdict.passed
    assert not [v for v in verdict.violations if v.kind not in ("length", "citation")], sentence


@pytest.mark.parametrize(("lang", "kind", "sentence"), PROBE_BREAKING)
def test_probe_breaking_sentences_are_caught(lang: str, kind: str, sentence: str) -> None:
    text = _BASE[lang][0] + sentence + _BASE[lang][1]
    verdict = _checker("GB" if lang == "en" else "FR").check(text, lang=lang)
    assert kind in {v.kind for v in verdict.violations}, sentence


def test_held_out_set_f_does_not_regress() -> None:
    # Set F was scored at first contact after the last change and left unfixed (docs/guidelines-engine.md):
    # a floor, not a table to pass. 1 of 16 sound answers blocked, 2 of 16 breaking answers caught.
    from tests.engine.blind_answers_f import BLIND_EN_F, BLIND_FR_F

    blocked = caught = 0
    for lang, jurisdiction, emergency, kind, text in [*BLIND_EN_F, *BLIND_FR_F]:
        verdict = _checker(jurisdiction).check(
            text, lang=lang, context=CheckContext(question_emergency=emergency)
        )
        if not kind:
            blocked += not verdict.passed
        else:
            caught += bool({v.kind for v in verdict.violations} & set(kind.split("|")))
    assert blocked <= 1
    assert caught >= 2


@pytest.mark.parametrize("table", ["F", "G"])
def test_sets_f_and_g_keep_this_round_s_figures(table: str) -> None:
    # Regression data now (docs/guidelines-engine.md, stance model round): every sound answer passes, and at least
    # 9 of 16 (F) and 15 of 22 (G) breaking answers are caught.
    from bench.engine.blind_answers_g import BLIND_EN_G, BLIND_FR_G
    from tests.engine.blind_answers_f import BLIND_EN_F, BLIND_FR_F

    answers = [*BLIND_EN_F, *BLIND_FR_F] if table == "F" else [*BLIND_EN_G, *BLIND_FR_G]
    blocked = caught = 0
    for lang, jurisdiction, emergency, kind, text in answers:
        verdict = _checker(jurisdiction).check(
            text, lang=lang, context=CheckContext(question_emergency=emergency)
        )
        if not kind:
            blocked += not verdict.passed
        else:
            caught += bool({v.kind for v in verdict.violations} & set(kind.split("|")))
    assert blocked == 0
    assert caught >= (9 if table == "F" else 15)
