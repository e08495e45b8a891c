"""Round 31 (helper triage31; docs/triage.md "Round 31"): words a false alarm shares with an emergency.

A food or a shop named like a child (jelly babies, baby carrots, « petits pots bébé », « Bébé Confort »), a blood
test or a blood pressure check (« prise de sang », « prise de tension »), a recheck "after 15 mins", a complete
miscarriage confirmed by scan with settling bleeding, a threat or a note told in the past and handed to a service
that acted, and a learned-only mental-health raise on a text told as over. Each tried both ways, EN and FR: the
emergency in the same words still shows call-now guidance.
"""

from __future__ import annotations

import pytest

from bench.triage.training_data import heldout_records
from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess
from triage.core.assess import explain, model
from triage.core.rules import Document

# (flag, language, emergency, look-alike in the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "hypo_not_responding_vs_treated": (
        "diabetic_emergency",
        "en",
        "My mum is diabetic on insulin, sugar was 2.1, we gave her jelly babies twice but she's still "
        "confused and now we can't wake her properly.",
        "My mum is 83 and on gliclazide. She felt shaky and sweaty, sugar 3.3, she had 5 jelly babies, "
        "rechecked after 15 mins it was 6.5 and she's fine now. Should her dose change?",
    ),
    "hypo_fr": (
        "diabetic_emergency",
        "fr",
        "Mon père diabétique, glycémie à 0,30, on lui a donné du sucre deux fois mais il ne répond plus et ne "
        "se réveille pas.",
        "Mon père, 80 ans, diabétique, tremblait ce matin, glycémie 0,58. Trois sucres, recontrôle après 15 "
        "minutes : 1,15. Il va bien maintenant. Faut-il revoir son traitement ?",
    ),
    "baby_battery_vs_baby_carrots": (
        "overdose_poisoning",
        "en",
        "My baby is 10 months old and swallowed a button battery from the TV remote half an hour ago.",
        "Can my 13 month old have raw baby carrots and baby spinach, or is that a choking risk?",
    ),
    "bebe_pile_vs_petits_pots": (
        "overdose_poisoning",
        "fr",
        "Mon bébé de 9 mois a avalé une pile bouton il y a 20 minutes, il a l'air bien.",
        "J'achète les petits pots bébé chez Bébé Confort. Combien de temps se gardent-ils ouverts au frigo ?",
    ),
    "chest_pain_now_after_normal_test": (
        "acute_coronary_syndrome",
        "en",
        "I had a blood test and ECG last week for chest pain, all normal. But right now I have crushing "
        "central chest pain going into my left arm and I'm sweating.",
        "I'm translating for my mother. She went to A&E ten days ago with chest pain, blood test twice and an "
        "ECG, all normal. No pain since. Can she go back to work?",
    ),
    "douleur_maintenant_apres_prise_de_sang": (
        "acute_coronary_syndrome",
        "fr",
        "Prise de sang et ECG normaux la semaine dernière. Là, depuis 30 minutes, une douleur dans la poitrine "
        "qui serre et descend dans le bras gauche, je transpire.",
        "Elle a été aux urgences il y a 10 jours pour une douleur dans la poitrine : prise de sang (troponine "
        "deux fois), ECG, tout était normal. Plus de douleur depuis. Peut-elle reprendre le travail ?",
    ),
    "miscarriage_soaking_vs_complete": (
        "severe_bleeding",
        "en",
        "I had a miscarriage 5 days ago. Tonight I'm soaking a pad every 30 minutes, passing big clots and I "
        "feel faint.",
        "I was 8 weeks pregnant and had a miscarriage 10 days ago. The scan confirmed it was complete. Still "
        "some light bleeding, no pain, no fever. When can we try again?",
    ),
    "fausse_couche_hemorragie_vs_complete": (
        "severe_bleeding",
        "fr",
        "Fausse couche il y a une semaine. Depuis ce soir je saigne beaucoup, une serviette trempée toutes les "
        "demi-heures, j'ai des vertiges.",
        "Fausse couche à 8 semaines de grossesse il y a 10 jours, l'échographie a confirmé qu'elle était "
        "complète. Saignements légers, pas de douleur, pas de fièvre. Quand peut-on réessayer ?",
    ),
    "note_now_vs_note_handed_over": (
        "suicide_risk",
        "en",
        "I just found a note in my son's room saying goodbye and that he wants to die, and he isn't answering "
        "his phone.",
        "A month ago I found a note in my son's room saying he wanted to die. We handed it to the school "
        "safeguarding lead and he now sees CAMHS weekly. How can we support him over Christmas?",
    ),
    "mot_maintenant_vs_mot_signale": (
        "suicide_risk",
        "fr",
        "Je viens de trouver un mot de ma fille qui dit « je veux mourir », elle a pris les médicaments de sa "
        "grand-mère et ne répond plus.",
        "Il y a un mois on a trouvé un mot de ma fille qui disait « je veux mourir ». On l'a signalé à "
        "l'infirmière scolaire, elle est suivie au CMP. Comment l'aider pendant les vacances ?",
    ),
    "caller_threat_handled_vs_own_plan": (
        "suicide_risk",
        "en",
        "I can't do this anymore. I've got the pills here and I'm going to take them all tonight.",
        "I work in a call centre. Last week a caller said he would kill himself if we cut his line. We passed "
        "it to the police and safeguarding the same day. How do I cope with calls like that?",
    ),
    "menace_client_signalee_vs_plan": (
        "suicide_risk",
        "fr",
        "Je n'en peux plus, j'ai préparé les médicaments, je vais tout prendre ce soir.",
        "Je travaille dans un centre d'appels. La semaine dernière un client a menacé de se suicider, on a "
        "prévenu la police le jour même. Puis-je avoir un arrêt pour le stress ?",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_its_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("She had 5 jelly babies.", {"baby_word", "child"}, set()),
        ("My baby ate two jelly babies and is choking.", set(), {"baby_word"}),
        ("J'ai eu une prise de sang et une prise de tension.", {"bleeding_word"}, set()),
        ("I had a blood test and my blood pressure checked.", {"bleeding_word"}, set()),
        ("Il crache du sang depuis ce matin.", set(), {"bleeding_word"}),
        ("There is blood in his nappy.", set(), {"bleeding_word"}),
        ("Rechecked after 15 mins it was 6.2.", {"seizure_prolonged"}, set()),
        ("He has been fitting, still going after 10 minutes.", set(), {"seizure_prolonged"}),
        ("Enceinte de 8 semaines de grossesse.", {"baby_word"}, set()),
        ("Mon bébé de 3 semaines a de la fièvre.", set(), {"baby_word"}),
    ],
)
def test_concepts_read_the_phrase_not_the_word(
    text: str, absent: set[str], present: set[str]
) -> None:
    lit = set(explain(text))
    assert not (lit & absent), lit
    assert present <= lit, lit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "I'm 7 weeks pregnant. I had a complete miscarriage last year. Now I'm bleeding with cramps.",
        ),
        (
            "fr",
            "Je suis enceinte de 7 semaines. J'ai fait une fausse couche complète l'an dernier. Là je saigne "
            "avec des crampes.",
        ),
    ],
)
def test_a_past_complete_miscarriage_does_not_close_a_new_pregnancy(lang: str, text: str) -> None:
    assert "pregnancy_emergency" in assess(text, lang).red_flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Last week a caller said he would kill himself. We passed it to the police the same day. Now he "
            "is calling again saying the rope is ready tonight.",
        ),
        (
            "fr",
            "Il y a un mois on a trouvé un mot de ma fille « je veux mourir ». On l'a signalé à l'infirmière "
            "scolaire. Mais ce soir elle a disparu avec les médicaments de sa grand-mère.",
        ),
        ("en", "I told my GP I want to kill myself and he referred me to the crisis team."),
    ],
)
def test_a_handover_with_something_new_after_it_or_undated_still_alarms(
    lang: str, text: str
) -> None:
    assert "suicide_risk" in assess(text, lang).red_flags


@pytest.mark.parametrize(
    ("lang", "text", "flag"),
    [
        ("en", "My 2 year old swallowed 10 baby aspirin from my bag.", "overdose_poisoning"),
        ("en", "My baby is choking on a baby carrot and turning blue.", "choking"),
        (
            "fr",
            "Mon bébé de 8 mois s'étouffe avec un morceau de petit pot bébé, il devient bleu.",
            "choking",
        ),
    ],
)
def test_a_real_child_beside_a_food_named_like_one_still_alarms(
    lang: str, text: str, flag: str
) -> None:
    assert flag in assess(text, lang).red_flags


def _everyday_long_message() -> str:
    """A training-set text (heldout-2026-12-03b) the learned evidence alone raises as suicide risk."""
    rec = next(r for r in heldout_records("heldout-2026-12-03b") if r["id"] == "b2-tri-en-078")
    return str(rec["text"])


def test_a_learned_only_mental_health_raise_on_a_text_told_as_over_is_vetoed() -> None:
    text = _everyday_long_message()
    assert assess(text, "en").red_flags == ("suicide_risk",)  # main's behaviour, unchanged
    assert not assess(text + " He is fine now.", "en").emergency
    assert not assess(text + " Il va bien maintenant.", "fr").emergency
    # something new after the resolution, or a word of the gate, keeps the learned raise
    assert assess(text + " He was fine now but tonight again worse.", "en").emergency


@pytest.mark.parametrize(
    ("lang", "past", "now"),
    [
        (
            "en",
            "My dad went to A&E two weeks ago with chest pain, blood test twice and ECG, all normal. No pain "
            "since.",
            "Went to A&E last week for chest pain, all normal. Tonight crushing chest pain again into my left "
            "arm and sweating.",
        ),
        (
            "fr",
            "Elle a été aux urgences il y a 10 jours pour une douleur dans la poitrine : prise de sang "
            "(troponine deux fois), ECG, tout était normal. Plus de douleur depuis.",
            "Est allée aux urgences la semaine dernière, tout était normal. Mais ce soir douleur qui serre dans "
            "la poitrine, elle transpire.",
        ),
    ],
)
def test_a_visit_to_a_and_e_with_its_all_clear_closes_the_text_unless_something_new_follows(
    lang: str, past: str, now: str
) -> None:
    compiled = model()
    assert Document(past, compiled).closed
    assert not assess(past, lang).emergency
    assert not Document(now, compiled).closed
    assert "acute_coronary_syndrome" in assess(now, lang).red_flags


def test_an_assessment_closes_a_learned_only_raise_of_any_flag() -> None:
    rec = next(r for r in heldout_records("heldout-2026-12-06") if r["id"] == "b10-tri-en-002")
    text = str(rec["text"])
    assert assess(text, "en").red_flags == ("anaphylaxis",)  # raised by the learned evidence alone
    assert not assess(
        text + ". We went to A&E, adrenaline, all normal and sent home.", "en"
    ).emergency
    # a new symptom told after the all-clear reopens it
    reopened = text + ". We went to A&E, all normal. Now my throat is closing again."
    assert assess(reopened, "en").emergency
