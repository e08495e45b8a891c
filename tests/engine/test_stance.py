"""Issue 16: kinds that read the sentence (who is addressed, what is said, what is offered, whose words),
false reassurance, the identifiers rule's context, one message per problem, length pointing at no text."""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets, rule_from_dict
from guidelines.identifiers import compile_checker

from .helpers import violations

SEEDS = load_seed_sets()
EMERGENCY = CheckContext(question_emergency=True)


@cache
def _seed(jurisdiction: str) -> Checker:
    return compile_checker(
        [r for s in SEEDS.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "whom"),
    [
        ("en", "Your GP sounds like a complete clown, frankly.", "Colleagues denigrated"),
        (
            "en",
            "Typical of the cowboys at urgent care, those guys are a joke.",
            "Colleagues denigrated",
        ),
        (
            "en",
            "Congratulations, you've diagnosed yourself with the disease of the week.",
            "Mockery of the patient",
        ),
        (
            "en",
            "If you'd bothered to put the takeaway menu down, your knees would be fine.",
            "Blaming or belittling",
        ),
        (
            "fr",
            "Les kinés de ville, des marchands de massages qui ne connaissent rien.",
            "Dénigrement de confrères",
        ),
        (
            "fr",
            "Bravo, vous vous êtes auto-diagnostiqué la maladie à la mode.",
            "Moquerie envers le patient",
        ),
        ("fr", "Arrêtez de vous plaindre pour trois fois rien.", "Reproche ou condescendance"),
    ],
)
def test_disrespect_in_everyday_words_names_who_and_what(
    lang: str, sentence: str, whom: str
) -> None:
    found = violations("abuse", sentence, lang)
    assert found and any(v.message.startswith(whom) for v in found), [v.message for v in found]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "People with chronic fatigue are sometimes told they are lazy. That is wrong, and not your fault.",
        ),
        (
            "en",
            'Nobody is "too lazy" to cure their eczema, whatever your aunt says; that is a myth.',
        ),
        ("en", "Your GP was right to send you for bloods; I would not second-guess them."),
        ("en", "If you feel dizzy once in a while when you stand up, drink more water."),
        (
            "fr",
            "On dit parfois aux personnes fibromyalgiques qu'elles sont douillettes. C'est faux.",
        ),
        ("fr", "Votre médecin traitant a eu raison de demander une prise de sang."),
        ("fr", "Reposez-vous sur le canapé et buvez beaucoup."),
    ],
)
def test_reported_rejected_and_respectful_wording_is_not_abuse(lang: str, sentence: str) -> None:
    assert violations("abuse", sentence, lang) == ()


@pytest.mark.parametrize(
    ("lang", "sentence", "category"),
    [
        (
            "en",
            "I see patients privately at my Harley Street clinic; a first consultation is £180.",
            "fees",
        ),
        ("en", "I have openings next week on Zocdoc, just search my name.", "booking"),
        (
            "en",
            "We're the only practice in the state offering this protocol; your first session is half price.",
            "discounts",
        ),
        (
            "en",
            "My clinic does a full blood panel for £99 and we're adding microbiome testing soon.",
            "fees",
        ),
        ("fr", "J'ai des créneaux la semaine prochaine sur Doctolib, tapez mon nom.", "booking"),
        (
            "fr",
            "On lance le mois prochain une polygraphie dans notre clinique privée, tarif de lancement.",
            "discounts",
        ),
        (
            "fr",
            "Je consulte dans mon cabinet du 16e, la première consultation est à 120 €.",
            "fees",
        ),
    ],
)
def test_own_services_offered_with_a_commercial_cue(
    lang: str, sentence: str, category: str
) -> None:
    found = violations("promotion", sentence, lang, {"categories": [category]})
    assert found, sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A private consultation with a dermatologist typically costs £150 to £250."),
        ("en", "Most sexual health clinics are free, and many areas offer free home test kits."),
        (
            "en",
            "Be careful with clinics advertising a permanent cure in one injection at half price.",
        ),
        (
            "en",
            "In my practice I often see this after a cold; I'd recommend a test soon if it persists.",
        ),
        (
            "fr",
            "Une consultation chez un dermatologue en secteur 2 coûte souvent entre 50 et 80 €.",
        ),
        ("fr", "Vous pouvez prendre rendez-vous sur Doctolib avec un médecin proche de chez vous."),
    ],
)
def test_neutral_prices_and_warnings_are_not_promotion(lang: str, sentence: str) -> None:
    assert violations("promotion", sentence, lang) == ()


def test_false_reassurance_warns_and_blocks_on_a_red_flag() -> None:
    text = "Don't worry, it's almost certainly nothing. This is not a consultation."
    plain = [
        v for v in _seed("GB").check(text, lang="en").violations if v.kind == "false_reassurance"
    ]
    assert [(v.rule, v.severity, text[v.start : v.end]) for v in plain] == [
        ("SAFE-01", "warn", "Don't worry"),
        ("SAFE-01", "warn", "it's almost certainly nothing"),
    ]
    flagged = _seed("GB").check(
        text, lang="en", context=CheckContext(question_red_flags=("chest_pain",))
    )
    assert not flagged.passed
    assert {v.severity for v in flagged.violations if v.kind == "false_reassurance"} == {"block"}


def test_false_reassurance_can_be_kept_a_warning_by_the_committee() -> None:
    found = violations(
        "false_reassurance", "Ce n'est rien.", "fr", {"block_on_red_flag": False}, EMERGENCY
    )
    assert found and all(v.severity == "block" for v in found)  # the helper's rule itself blocks
    rule = rule_from_dict(
        {
            "code": "R",
            "kind": "false_reassurance",
            "severity": "warn",
            "title": "t",
            "explanation": "e",
            "source": "s",
            "params": {"block_on_red_flag": False},
        }
    )
    checker = compile_checker([rule])
    assert checker.check("Ce n'est rien.", lang="fr", context=EMERGENCY).passed


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "St John Ambulance runs first-aid courses. This is not a consultation."),
        ("en", "St John's wort interacts with the pill. This is not a consultation."),
        ("en", "Marie Curie nurses can help at home. This is not a consultation."),
        (
            "en",
            "From the leaflet:\nPacing: plan the day.\nHope: energy comes back. This is not a consultation.",
        ),
        (
            "en",
            "Get the wrist X-rayed if the base of the thumb is sore. This is not a consultation.",
        ),
        (
            "fr",
            "Urgentiste, fin de garde. Appelez le 15. Cette réponse ne remplace pas une consultation.",
        ),
        (
            "fr",
            "L'hôpital Saint-Joseph a un service ORL. Cette réponse ne remplace pas une consultation.",
        ),
    ],
)
def test_the_identifiers_rule_reads_the_context(lang: str, text: str) -> None:
    verdict = _seed("GB" if lang == "en" else "FR").check(text, lang=lang)
    assert [text[v.start : v.end] for v in verdict.violations if v.kind == "identifiers"] == []


def test_a_patients_name_is_still_an_identifier() -> None:
    text = "I saw your dad, Kevin O'Brien, in resus last night. This is not a consultation."
    verdict = _seed("GB").check(text, lang="en")
    assert "PII-01" in {v.rule for v in verdict.blocking}


def test_one_message_per_problem_across_sets() -> None:
    text = "Chest pain can be many things; mention it to your GP. This is not a consultation."
    verdict = _seed("GB").check(text, lang="en", context=EMERGENCY)
    emergency = [v.rule for v in verdict.violations if v.kind == "emergency_block"]
    assert emergency == [
        "GB-URG-01"
    ]  # URG-01 says the same thing: merged into the jurisdiction's own rule
    # Different required statements are never merged.
    us = _seed("US").check("Rest helps.", lang="en")
    assert {"DISC-01", "US-REL-02"} <= {v.rule for v in us.violations}


def test_merging_is_deterministic_whatever_the_rule_order() -> None:
    rules = [r for s in SEEDS.values() if s.jurisdiction in ("", "GB") for r in s.rules]
    text = "My clinic offers 20% off laser packages; book on my website. Don't worry. This is not a consultation."
    first = compile_checker(rules).check(text, lang="en", context=EMERGENCY)
    again = compile_checker(list(reversed(rules))).check(text, lang="en", context=EMERGENCY)
    assert first == again


def test_a_length_warning_points_at_no_text() -> None:
    verdict = _seed("GB").check("Rest. This is not a consultation.", lang="en")
    length = next(v for v in verdict.violations if v.kind == "length")
    assert length.start == length.end == 0


@pytest.mark.parametrize(
    ("lang", "text", "rule", "words"),
    [
        (
            "fr",
            "Le sujet est vaste. Cette réponse ne remplace pas une consultation.",
            "LEN-01",
            "La réponse compte",
        ),
        ("fr", "Repos.", "DISC-01", "Ajoutez la mention"),
        ("en", "Rest.", "DISC-01", "Add the statement"),
        (
            "fr",
            "J'ai eu une patiente qui avait la même chose. Ceci ne remplace pas une consultation.",
            "FR-CAS-01",
            "Cas d'un",
        ),
        (
            "en",
            "One of my patients had the same thing. This is not a consultation.",
            "FR-CAS-01",
            "A case from one",
        ),
    ],
)
def test_committee_messages_follow_the_answer_language(
    lang: str, text: str, rule: str, words: str
) -> None:
    verdict = _seed("FR").check(text, lang=lang)
    assert next(v.message for v in verdict.violations if v.rule == rule).startswith(words)
