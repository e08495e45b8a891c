"""Round 29 (the lead, post hoc from blind21's three missed emergencies; docs/triage.md "Round 29").

A cracked helmet is a head impact (NICE NG232: vomiting after a head injury is a reason to call); a child who
drank an opioid from the bottle ("a bu au flacon", "drank from my methadone bottle") has swallowed it (NPIS
"one pill can kill", centres antipoison); asthma with sentences cut short is acute severe asthma (BTS/SIGN 158,
"inability to complete sentences in one breath"), said "je peux pas finir une phrase". Each emergency beside
a look-alike in the same words.
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess

# (flag, language, emergency, look-alike with the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "cracked_helmet_then_vomiting": (
        "head_injury",
        "en",
        "I came off my bike, my helmet cracked and I've vomited twice since.",
        "My helmet cracked when it fell off the shelf, do I need a new one before the ride?",
    ),
    "casque_fendu_puis_vomi": (
        "head_injury",
        "fr",
        "Je suis tombé du scooter, casque fendu, j'ai vomi 3 fois depuis une heure.",
        "Mon casque est fendu depuis qu'il est tombé du porte-bagages, je dois le changer ?",
    ),
    "drank_from_the_methadone_bottle": (
        "overdose_poisoning",
        "en",
        "My 3 year old drank from my methadone bottle, just a little, she's asleep now.",
        "My 3 year old drank from my water bottle at the park, is sharing bottles a hygiene problem?",
    ),
    "a_bu_au_flacon_de_methadone": (
        "overdose_poisoning",
        "fr",
        "Ma fille de 3 ans a bu au flacon de méthadone, quelques ml, elle dort maintenant.",
        "Ma fille de 3 ans a bu au flacon de sirop d'érable, quelques ml, elle dort maintenant.",
    ),
    "asthme_phrase_coupee": (
        "severe_breathing_difficulty",
        "fr",
        "Asthme depuis samedi, aujourd'hui je peux pas finir une phrase, mon Ventolin tient 20 min.",
        "Asthme depuis samedi, aujourd'hui je peux pas finir mon dossier, mon Ventolin aide bien.",
    ),
    "asthma_sentence_cut_short": (
        "severe_breathing_difficulty",
        "en",
        "My asthma is bad today, I can't finish a sentence without stopping for breath.",
        "My asthma is fine today, I can't finish the asthma review form without my nurse.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_the_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    "text",
    [
        "I have asthma and I can't speak to my boss about time off, any tips?",
        "I can't talk about my asthma with friends, it embarrasses me.",
    ],
)
def test_talking_to_someone_is_not_losing_speech(text: str) -> None:
    assert not assess(text, "en").emergency


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "ChatGPT says go to A&E if the pain spreads to the arm. "
            "Crushing pain spreading to the left arm, sweating.",
        ),
        (
            "en",
            "The leaflet says return if soaking a pad an hour. "
            "Day 6, soaking a pad every 30 minutes, dizzy and pale.",
        ),
        (
            "fr",
            "Le site dit d'appeler le 15 si la douleur irradie dans le bras. "
            "Douleur qui serre la poitrine et descend dans le bras gauche, sueurs.",
        ),
    ],
)
def test_telegraphic_own_words_after_pasted_advice_are_the_patients(lang: str, text: str) -> None:
    """Pasted advice keeps addressing the reader ("you", "if", an imperative, a bullet); a later sentence
    of more than three words with none of these is the patient's again, even without "I" or "my"."""
    assert assess(text, lang).emergency


@pytest.mark.parametrize(
    "text",
    [
        "ChatGPT says call 999 if you have chest pain.\nSudden confusion.\nFace drooping.\nIs that right?",
        "The NHS site says go to A&E if you have crushing chest pain. You should not drive yourself there. "
        "Just checking for my first aid course.",
    ],
)
def test_pasted_lists_and_advice_stay_reported(text: str) -> None:
    assert not assess(text, "en").emergency
