"""The seed guideline sets: valid data citing their sources, differing where jurisdictions differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guidelines.engine import CheckContext, Checker, compile_rules, load_seed_sets

from .helpers import fake_finder

SEEDS = load_seed_sets()


def _checker(jurisdiction: str) -> Checker:
    rules = list(SEEDS["global"].rules) + list(SEEDS[jurisdiction].rules)
    return compile_rules(rules, identifier_finder=fake_finder)


def test_four_sets_with_their_jurisdictions_and_author_display() -> None:
    assert {s: (SEEDS[s].jurisdiction, SEEDS[s].author_display) for s in SEEDS} == {
        "global": ("", "name"),
        "gb": ("GB", "name"),
        "fr": ("FR", "pseudonym"),
        "us": ("US", "name"),
    }


def test_global_set_covers_the_required_kinds_with_the_required_severities() -> None:
    by_kind = {r.kind: r.severity for r in SEEDS["global"].rules}
    expected = {
        "identifiers": "block",
        "contact_solicitation": "block",
        "care_relationship": "block",
        "prescription": "block",
        "required_phrase": "block",
        "emergency_block": "block",
        "link_policy": "block",
        "overclaiming": "warn",
        "abuse": "block",
        "diagnosis": "warn",
        "length": "warn",
        "citation": "warn",
        "conflict_of_interest": "block",
    }
    assert {k: by_kind.get(k) for k in expected} == expected


def test_every_rule_cites_a_clause_and_codes_are_unique_across_sets() -> None:
    codes: list[str] = []
    for seed in SEEDS.values():
        for rule in seed.rules:
            assert " - " in rule.source and len(rule.source) > 20, rule.code
            assert rule.explanation and rule.title
            codes.append(rule.code)
    assert len(codes) == len(set(codes))


def test_seed_files_are_plain_reviewable_json() -> None:
    for path in Path("guidelines/seed").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["slug"] == path.stem


EN_GOOD = (
    "As a GP, I see this question often. Headaches like the ones you describe are most often tension-type "
    "headaches, which are common and usually harmless. The usual adult dose of paracetamol is 1 g up to four "
    "times a day, with at least 4 hours between doses; ibuprofen (Nurofen) is an alternative if you have no "
    "stomach or kidney problems. Regular meals, water and sleep help. If you have a sudden, severe headache, "
    "weakness in an arm or trouble speaking, call 999 at once; for advice out of hours call NHS 111. NICE "
    "guidance (https://www.nice.org.uk/guidance/cg150) and the NHS page (nhs.uk/conditions/headaches/) explain "
    "the warning signs. This answer is not a consultation: please see your own GP, who can examine you, if the "
    "headaches persist."
)
FR_GOOD = (
    "En tant que médecin généraliste, je vois souvent cette question. Les maux de tête que vous décrivez font "
    "penser à des céphalées de tension, fréquentes et le plus souvent bénignes. Chez l'adulte, la dose "
    "habituelle de paracétamol (Doliprane) est de 1 g jusqu'à 3 fois par jour, sans dépasser 3 g par jour. "
    "Si vous avez une douleur brutale et intense, une faiblesse d'un bras ou des difficultés à parler, appelez "
    "le 15 ou le 112 immédiatement. La HAS et le site ameli.fr détaillent les signes d'alerte. Cette réponse ne "
    "remplace pas une consultation : votre médecin pourra vous examiner si les maux de tête persistent."
)


EN_GOOD_US = EN_GOOD.replace(
    "call 999 at once; for advice out of hours call NHS 111", "call 911 at once"
)


@pytest.mark.parametrize(
    ("text", "lang", "jur"),
    [(EN_GOOD, "en", "gb"), (EN_GOOD_US, "en", "us"), (FR_GOOD, "fr", "fr")],
)
def test_sound_answers_pass_the_seed_sets_without_any_violation(
    text: str, lang: str, jur: str
) -> None:
    verdict = _checker(jur).check(text, lang=lang, context=CheckContext(question_emergency=True))
    assert verdict.passed
    assert [v.rule for v in verdict.violations] in ([], ["US-REL-02"])


def test_emergency_numbers_follow_the_jurisdiction() -> None:
    ctx = CheckContext(question_emergency=True)
    text = "Chest pain with arm pain: call 911 now. " + EN_GOOD.replace(
        "call 999 at once", "go"
    ).replace("NHS 111", "a pharmacist")
    gb = _checker("gb").check(text, lang="en", context=ctx)
    assert "GB-URG-01" in {v.rule for v in gb.violations}
    us = _checker("us").check(text, lang="en", context=ctx)
    assert "US-URG-01" not in {v.rule for v in us.violations}


def test_promotion_of_own_practice_blocks_in_france_but_only_warns_in_great_britain() -> None:
    fr_text = FR_GOOD + " Mon cabinet propose des séances d'acupuncture pour cela."
    fr = _checker("fr").check(fr_text, lang="fr")
    assert not fr.passed
    assert "FR-COM-01" in {v.rule for v in fr.blocking}
    en_text = EN_GOOD + " My clinic offers acupuncture sessions for this."
    gb = _checker("gb").check(en_text, lang="en")
    assert gb.passed
    assert "GB-COM-01" in {v.rule for v in gb.warnings}


def test_own_case_is_a_warning_globally_but_blocked_in_france() -> None:
    gb = _checker("gb").check(EN_GOOD + " One of my patients had exactly this.", lang="en")
    assert gb.passed and "PII-03" in {v.rule for v in gb.warnings}
    fr = _checker("fr").check(FR_GOOD + " Une de mes patientes avait exactement cela.", lang="fr")
    assert not fr.passed and "FR-CAS-01" in {v.rule for v in fr.blocking}


@pytest.mark.parametrize(
    ("addition", "lang", "rule"),
    [
        (" Email me at jo.smith@gmail.com.", "en", "CONTACT-01"),
        (" Send me your blood results.", "en", "REL-01"),
        (" Take 2 tablets of 500 mg three times a day.", "en", "RX-01"),
        (" Your previous GP is an idiot.", "en", "TONE-01"),
        (" See bit.ly/xyz.", "en", "LINK-01"),
        (" Appelez-moi au 06 12 34 56 78.", "fr", "CONTACT-01"),
        (" Prenez 1 g de paracétamol 3 fois par jour.", "fr", "RX-01"),
    ],
)
def test_breaking_answers_are_blocked_by_the_global_set(
    addition: str, lang: str, rule: str
) -> None:
    base = EN_GOOD if lang == "en" else FR_GOOD
    verdict = _checker("gb" if lang == "en" else "fr").check(base + addition, lang=lang)
    assert not verdict.passed
    assert rule in {v.rule for v in verdict.blocking}


def test_missing_disclaimer_blocks_in_both_languages() -> None:
    # "see your GP, who can examine you" is a natural disclaimer; "see your GP if it persists" alone is not.
    assert "DISC-01" not in {
        v.rule
        for v in _checker("gb")
        .check(EN_GOOD.replace("This answer is not a consultation: please", "Please"), lang="en")
        .violations
    }
    en = EN_GOOD.replace(
        "This answer is not a consultation: please see your own GP, who can examine you, if the "
        "headaches persist.",
        "Please see your GP if the headaches persist.",
    )
    assert "DISC-01" in {v.rule for v in _checker("gb").check(en, lang="en").blocking}
    fr = FR_GOOD.replace(
        "Cette réponse ne remplace pas une consultation : votre médecin pourra vous examiner si les "
        "maux de tête persistent.",
        "Consultez votre médecin si les maux de tête persistent.",
    )
    assert "DISC-01" in {v.rule for v in _checker("fr").check(fr, lang="fr").blocking}


@pytest.mark.parametrize(
    "sentence",
    [
        # the French mirrors of the English "not a consultation", "not medical advice", "general
        # information only", which the English list accepted and the French one did not
        "Ceci est une information générale, pas une consultation.",
        "C'est une information, pas un avis médical personnalisé.",
        "Il s'agit d'une information générale uniquement.",
        "Ce message est seulement une information générale.",
    ],
)
def test_the_french_disclaimer_without_a_verb_is_accepted(sentence: str) -> None:
    without = FR_GOOD.replace(
        "Cette réponse ne remplace pas une consultation : votre médecin pourra vous examiner si les "
        "maux de tête persistent.",
        "",
    )
    assert "DISC-01" in {v.rule for v in _checker("fr").check(without, lang="fr").blocking}
    fr = f"{without.rstrip()} {sentence}"
    assert "DISC-01" not in {v.rule for v in _checker("fr").check(fr, lang="fr").violations}
