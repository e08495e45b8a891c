"""Round 30 (helper triage30; docs/triage.md "Round 30"): a pasted document tells what was.

A discharge letter, a result, a care plan or a portal entry the patient pastes (EN: Discharge summary, Results,
Care plan…; FR: Compte rendu, Lettre de sortie, Résultats, PAI…) describes a past event: its red flags do not
alarm by themselves. The patient's own words around it, a document dated now, the event told again, and what
the document still establishes now (a chemotherapy cycle) keep every emergency. Each rule tried both ways, EN
and FR.
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess
from triage.core.assess import model
from triage.core.pasted import cues

# (flag, language, emergency, look-alike with the same pasted document)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "letter_then_own_chest_pain": (
        "acute_coronary_syndrome",
        "en",
        "Discharge summary: admitted 03/11 with NSTEMI, stented, discharged day 3. Since an hour I have "
        "crushing pain in my chest going into my left arm and I'm sweating.",
        "Discharge summary: admitted 03/11 with NSTEMI, stented, discharged day 3. Question: can I fly?",
    ),
    "compte_rendu_puis_avc": (
        "stroke",
        "fr",
        "Compte rendu d'hospitalisation : AVC ischémique en 2024, récupération complète. Depuis 30 minutes "
        "il a la bouche de travers et n'arrive plus à parler.",
        "Compte rendu d'hospitalisation : admis le 02/11 pour AVC ischémique sylvien gauche, bouche de "
        "travers, thrombolyse, récupération complète, sortie J5. Quand pourra-t-il reprendre le vélo ?",
    ),
    "results_then_telegraphic_tonight": (
        "acute_coronary_syndrome",
        "en",
        "Results: troponin negative x2, ECG normal. Tonight crushing chest pain into the jaw, sweating.",
        "Results: crushing chest pain into the jaw, sweating, troponin negative x2, ECG normal, non-cardiac. "
        "Can I go back to the gym?",
    ),
    "resultats_puis_ce_soir": (
        "acute_coronary_syndrome",
        "fr",
        "Résultats : troponine négative, ECG normal. Ce soir douleur thoracique écrasante qui irradie dans "
        "le bras gauche, sueurs.",
        "Résultats : douleur thoracique écrasante qui irradie dans le bras gauche, sueurs, troponine "
        "négative, ECG normal. Je peux reprendre le sport ?",
    ),
    "quoted_discharge_then_own_words": (
        "anaphylaxis",
        "en",
        "Discharge: 'Anaphylaxis to peanut, treated with adrenaline, discharged with 2 pens.' Now her lips "
        "and tongue are swelling up and she can't breathe.",
        "Discharge: 'Anaphylaxis to peanut, treated with adrenaline, discharged with 2 pens.' When should "
        "the allergy clinic see her?",
    ),
    "lettre_de_sortie_entre_guillemets": (
        "acute_coronary_syndrome",
        "fr",
        "Lettre de sortie : « Infarctus, stent, sortie J3. » Ce soir douleur thoracique écrasante qui "
        "irradie dans le bras gauche, sueurs.",
        "Lettre de sortie : « Douleur thoracique écrasante irradiant dans le bras gauche, sueurs, "
        "infarctus, stent, sortie J3. » Est-ce que je peux prendre l'avion pour Noël ?",
    ),
    "document_dated_now": (
        "acute_coronary_syndrome",
        "en",
        "A&E letter today: crushing chest pain into the left arm, sweating. What does it mean?",
        "A&E letter: crushing chest pain into the left arm, sweating, troponin negative x2, discharged. "
        "What does it mean?",
    ),
    "document_date_ce_soir": (
        "acute_coronary_syndrome",
        "fr",
        "Compte rendu des urgences de ce soir : douleur thoracique écrasante qui irradie dans le bras "
        "gauche, sueurs.",
        "Compte rendu des urgences : douleur thoracique écrasante qui irradie dans le bras gauche, sueurs, "
        "troponines normales, sortie. Je peux conduire ?",
    ),
    "chemo_letter_then_fever": (
        "sepsis",
        "en",
        'Discharge letter: "Cycle 2 FEC-T given 28/11." She\'s 38.4 tonight and shivering.',
        'Discharge letter: "Cycle 2 FEC-T given 28/11." She\'s had a cold, can she have her flu jab?',
    ),
    "cure_de_chimio_puis_fievre": (
        "sepsis",
        "fr",
        "Compte rendu : « Cure 2 de chimiothérapie le 28/11. » Elle a 38,6 ce soir et elle grelotte.",
        "Compte rendu : « Cure 2 de chimiothérapie le 28/11. » Elle peut faire son vaccin contre la grippe ?",
    ),
    "care_plan_seizure_over_five_minutes": (
        "unconscious_or_seizure",
        "en",
        "Care plan: 'Known epilepsy. Usual seizures 1-2 minutes. Give midazolam if over 5 minutes.' She "
        "has been fitting for 8 minutes now.",
        "Care plan: 'Known epilepsy. Usual seizures 1-2 minutes. Give midazolam if over 5 minutes.' Had "
        "her usual one at 4pm, 1 minute, back to normal now.",
    ),
    "pai_crise_de_plus_de_cinq_minutes": (
        "unconscious_or_seizure",
        "fr",
        "PAI : « Épilepsie connue. Crises habituelles de 1 à 2 minutes. Midazolam si crise de plus de 5 "
        "minutes. » Il convulse depuis 8 minutes.",
        "PAI : « Épilepsie connue. Crises habituelles de 1 à 2 minutes. Midazolam si crise de plus de 5 "
        "minutes. » Il a fait sa crise habituelle à 16 h, 1 minute, il va bien.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_the_pasted_document_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Plan: crushing chest pain into the left arm and sweating."),
        ("en", "I plan to rest: crushing chest pain into my left arm and sweating."),
        ("fr", "Résultats : douleur thoracique écrasante dans le bras gauche, sueurs."),
    ],
)
def test_a_header_without_a_document_is_the_patients_own(lang: str, text: str) -> None:
    """ "Plan:" or "Results:" over words with no mark of a document (a discharge, a result, a drug) is no
    pasted letter: the patient's telegraphic report still alarms."""
    assert assess(text, lang).emergency


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        (
            "fr",
            "Lettre de sortie : « Syndrome coronarien aigu ST+, stent, sortie J4. » Puis-je prendre "
            "l'avion ?",
            "cardiology",
        ),
        (
            "fr",
            "Compte rendu d'hospitalisation : admis pour AVC ischémique, thrombolysé, sortie J5. Il peut "
            "reprendre la voiture ?",
            "neurology",
        ),
    ],
)
def test_the_document_still_names_the_specialty(lang: str, text: str, specialty: str) -> None:
    got = assess(text, lang)
    assert not got.emergency and got.specialty == specialty


def test_background_concepts_are_concepts() -> None:
    assert cues().background <= set(model().concepts)


# (c) NPIS/TOXBASE: a lick or a taste is a minimal exposure; a child who only licked the wrapper of a
# dishwasher tablet has ingested nothing, unless a bite, a swallow or a symptom follows.
WRAPPER: dict[str, tuple[str, str, str, str]] = {
    "wrapper_then_drooling": (
        "overdose_poisoning",
        "en",
        "My 2 year old licked the wrapper of a dishwasher tablet. Now she is drooling and coughing.",
        "My 2 year old licked the wrapper of a dishwasher tablet, she seems fine. Do I need to do anything?",
    ),
    "emballage_puis_bave": (
        "overdose_poisoning",
        "fr",
        "Ma fille de 2 ans a léché l'emballage de la pastille lave-vaisselle, elle bave beaucoup.",
        "Mon fils de 2 ans a léché l'emballage d'une pastille de lave-vaisselle, il va bien. Que faire ?",
    ),
    "licked_the_tablet_itself": (
        "overdose_poisoning",
        "en",
        "My 2 year old licked a dishwasher tablet, she seems fine.",
        "My 2 year old licked the empty box of the dishwasher tablets, she seems fine.",
    ),
}


@pytest.mark.parametrize("name", sorted(WRAPPER))
def test_a_lick_of_the_wrapper_is_no_ingestion(name: str) -> None:
    assert_call_now_and_quiet(*WRAPPER[name])


def test_the_server_start_builds_the_pasted_document_scope() -> None:
    # warm() runs at server start so the first patient's request does not compile the scope's patterns.
    from triage.core import pasted
    from triage.core.assess import warm

    pasted.cues.cache_clear()
    warm()
    assert pasted.cues.cache_info().currsize == 1
