"""Issue 16, second round: kinds that read the sentence, tried EN and FR with the cases built to break them.

- emergency care dismissed or put off when the question carries a red flag (emergency_block, false_reassurance);
- a benign cause asserted as near-certain (false_reassurance: warns, blocks with a red flag);
- contempt that files the patient under a type, caricatures their habits, or mocks them in a sarcastic opener;
- words that are not the writer's own: a rejection framing what follows ("it is wrong to say that…"), a report
  rejected after a semicolon;
- a diagnosis stated as certain blocks; hedged, negated or advice-bearing certainty words do not.
"""

from __future__ import annotations

import pytest

from guidelines.engine import (
    CheckContext,
    Checker,
    compile_rules,
    load_seed_sets,
    rule_from_dict,
    rule_to_dict,
)
from tests.engine.helpers import fake_finder

SEEDS = load_seed_sets()


def _checker(jurisdiction: str) -> Checker:
    rules = [r for s in SEEDS.values() if s.jurisdiction in ("", jurisdiction) for r in s.rules]
    return compile_rules(rules, identifier_finder=fake_finder)


CHECKERS = {j: _checker(j) for j in ("GB", "FR", "US")}


def kinds(text: str, lang: str, *, emergency: bool = False, j: str = "") -> dict[str, str]:
    """kind -> the strongest severity reported for it."""
    j = j or ("FR" if lang == "fr" else "GB")
    verdict = CHECKERS[j].check(text, lang=lang, context=CheckContext(question_emergency=emergency))
    out: dict[str, str] = {}
    for v in verdict.violations:
        if out.get(v.kind) != "block":
            out[v.kind] = v.severity
    return out


EN_TAIL = " This is not a consultation."
FR_TAIL = " Cette réponse ne remplace pas une consultation."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Probably a migraine. There's no point dragging yourself to the emergency department tonight.",
        ),
        ("en", "Avoid the ER, the wait is endless; get some rest."),
        ("fr", "C'est sûrement la fatigue. Évitez les urgences, elles sont saturées."),
        ("fr", "Pas la peine de filer aux urgences pour ça, reposez-vous."),
    ],
)
def test_emergency_care_dismissed_on_a_red_flag_blocks(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    found = kinds(text + tail, lang, emergency=True)
    assert found.get("emergency_block") == "block", found
    assert found.get("false_reassurance") == "block", found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Call 999 now. Don't wait to see if it passes, and do not drive yourself to A&E."),
        ("en", "Do not delay: go to A&E or call an ambulance."),
        (
            "fr",
            "Appelez le 15 immédiatement. N'attendez pas demain et n'allez pas aux urgences en voiture.",
        ),
        ("fr", "N'hésitez pas à appeler le 15 ou à aller aux urgences."),
    ],
)
def test_urging_forms_are_guidance_not_dismissal(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    found = kinds(text + tail, lang, emergency=True)
    assert "emergency_block" not in found and "false_reassurance" not in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Call 999 if it gets worse, otherwise see how she is in the morning."),
        ("en", "Ring 111 if you are unsure, or wait until Monday and book your GP."),
        ("fr", "Appelez le 15 si cela s'aggrave ; sinon on verra demain avec votre médecin."),
    ],
)
def test_deferral_blocks_only_on_a_red_flag(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert kinds(text + tail, lang, emergency=True).get("false_reassurance") == "block"
    assert "false_reassurance" not in kinds(text + tail, lang, emergency=False)


@pytest.mark.parametrize(
    ("lang", "text", "reported"),
    [
        ("en", "It is almost certainly just stress.", True),
        ("en", "This is nearly always harmless.", True),
        ("fr", "C'est presque toujours bénin.", True),
        ("en", "If it is just stress, it should settle within a week.", False),
        ("en", "Chest pain like this is not nearly always harmless: call 999.", False),
        ("fr", "Il est faux de dire que c'est presque toujours bénin.", False),
    ],
)
def test_benign_cause_asserted_as_certain(lang: str, text: str, reported: bool) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    found = kinds(text + tail, lang)
    assert ("false_reassurance" in found) is reported, found
    if reported:
        assert kinds(text + tail, lang, emergency=True)["false_reassurance"] == "block"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Let's be honest, you drink like a fish and smoke like a chimney, so the cough is no mystery.",
        ),
        (
            "en",
            "Yet another back-pain query from someone who hasn't walked further than the fridge in a year.",
        ),
        ("en", "You people always want antibiotics for a cold."),
        ("fr", "Vous autres, vous voulez toujours un scanner pour un rhume."),
        ("fr", "Vous mangez comme quatre et vous vous étonnez du cholestérol ?"),
    ],
)
def test_contempt_for_the_patient_in_everyday_words(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert kinds(text + tail, lang).get("abuse") == "block"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Some patients are told "you people always exaggerate"; that is wrong and unkind.'),
        ("en", "It is wrong to say that people like you are lazy: fatigue is a real symptom."),
        ("fr", "Il est faux de dire que les gens comme vous exagèrent toujours."),
        ("fr", "Contrairement à ce qu'on vous a dit, vous n'êtes pas une mauvaise patiente."),
    ],
)
def test_rejected_or_reported_contempt_is_not_the_writers(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert kinds(text + tail, lang).get("abuse") != "block"


@pytest.mark.parametrize(
    ("lang", "text", "severity"),
    [
        ("en", "You have gout, no doubt about it. Colchicine works.", "block"),
        ("en", "What you've got is glandular fever. Full stop.", "block"),
        (
            "fr",
            "C'est exactement ce que vous avez : un psoriasis, sans aucun doute possible.",
            "block",
        ),
        ("fr", "Ce que vous avez, c'est une urticaire, point final.", "block"),
        (
            "en",
            "You have eczema, which is common. It is definitely worth seeing your GP if it spreads.",
            "warn",
        ),
        ("en", "I can't say for sure that you have gout without an examination.", "warn"),
        (
            "fr",
            "Vous avez une sinusite banale. Je ne peux pas en être certain sans vous examiner.",
            "warn",
        ),
    ],
)
def test_diagnosis_stated_as_certain_blocks(lang: str, text: str, severity: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert kinds(text + tail, lang).get("diagnosis") == severity


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "What you have is a right to a second opinion."),
        ("fr", "Si ce que vous avez ressemble à une rosacée, un dermatologue saura le confirmer."),
    ],
)
def test_diagnosis_frames_need_a_condition_and_no_condition_clause(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert "diagnosis" not in kinds(text + tail, lang)


def test_certain_diagnosis_can_be_left_to_warn_by_the_committee() -> None:
    rules = [r for s in SEEDS.values() if s.jurisdiction in ("", "GB") for r in s.rules]
    relaxed = []
    for rule in rules:
        d = rule_to_dict(rule)
        if rule.kind == "diagnosis":
            params = d["params"]
            assert isinstance(params, dict)
            d["params"] = {**params, "block_when_certain": False}
        relaxed.append(rule_from_dict(d))
    checker = compile_rules(relaxed, identifier_finder=fake_finder)
    verdict = checker.check("You have gout, no doubt about it." + EN_TAIL, lang="en")
    assert {v.severity for v in verdict.violations if v.kind == "diagnosis"} == {"warn"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My clinic's fees are among the lowest in the county, and we can see you this week.",
        ),
        (
            "fr",
            "Mon cabinet pratique les tarifs les plus bas de la région, je peux vous recevoir vite.",
        ),
    ],
)
def test_prices_compared_to_win_the_patient_are_promotion(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert "promotion" in kinds(text + tail, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "NHS prescription charges are among the lowest in Europe."),
        ("fr", "Les tarifs de l'Assurance maladie sont parmi les plus bas d'Europe."),
    ],
)
def test_prices_compared_without_an_own_offer_are_not_promotion(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert "promotion" not in kinds(text + tail, lang)


def test_always_benign_is_false_reassurance_in_french() -> None:
    text = "Une tache sur la peau qui change, c'est toujours bénin." + FR_TAIL
    assert kinds(text, "fr").get("false_reassurance") == "warn"
    assert kinds(text, "fr", emergency=True).get("false_reassurance") == "block"


def test_a_changing_mole_called_always_benign_dismisses_a_red_flag() -> None:
    # Round 33: a changing mole is a red flag the answer names itself (NICE NG12 1.7), so waving it away
    # blocks even on a question without one (kinds/red_flag_dismissal.py).
    text = "Un grain de beauté qui change, c'est toujours bénin." + FR_TAIL
    assert kinds(text, "fr").get("false_reassurance") == "block"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hey lovely 😊 your GP is the best person to examine you and decide on tests."),
        ("en", "- I'm only an F2, but please check this with your own GP."),
        ("en", "Reminds me of a case: a man with the same rash did well with a simple cream."),
        ("fr", "Coucou 😊 votre médecin traitant est le mieux placé pour vous examiner."),
        ("fr", "Bref, to be honest, la téléconsultation avec votre médecin est remboursée."),
    ],
)
def test_new_voices_alone_are_no_violation(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    found = kinds(text + tail, lang)
    assert not {"abuse", "promotion", "false_reassurance", "contact_solicitation"} & set(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A sore throat for three days is nearly always viral. If you can't swallow, call 999.",
        ),
        (
            "fr",
            "C'est presque toujours bénin. Si la fièvre monte ou si vous êtes gêné pour respirer, appelez le 15.",
        ),
    ],
)
def test_a_safety_net_makes_a_benign_cause_sound_advice_unless_a_red_flag(
    lang: str, text: str
) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert "false_reassurance" not in kinds(text + tail, lang)
    assert kinds(text + tail, lang, emergency=True).get("false_reassurance") == "block"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Call 999 now. Don't go to the hospital by car; wait for the ambulance."),
        ("en", "Call 999 now and do not go to A&E on your own."),
        ("en", "Call 999. Don't bother with the GP or 111 for this, it needs an ambulance."),
        ("fr", "Appelez le 15 tout de suite ; n'allez pas aux urgences par vos propres moyens."),
    ],
)
def test_how_to_get_there_and_redirections_are_not_dismissal(lang: str, text: str) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    found = kinds(text + tail, lang, emergency=True)
    assert "false_reassurance" not in found and "emergency_block" not in found, found


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Another common question from someone who has just started a new medicine: nausea is expected.",
            "abuse",
        ),
        (
            "fr",
            "Ce que vous avez décrit peut évoquer une migraine, à confirmer, sans aucun doute.",
            "diagnosis",
        ),
        ("en", "What you have described may suggest eczema; your GP can confirm it.", "diagnosis"),
    ],
)
def test_plain_openers_and_hedged_readings_are_not_reported(
    lang: str, text: str, kind: str
) -> None:
    tail = FR_TAIL if lang == "fr" else EN_TAIL
    assert kind not in kinds(text + tail, lang)
