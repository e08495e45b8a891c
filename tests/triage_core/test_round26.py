"""Round 26 (helper triage26): a suicide plan with means and a chosen time, told calmly, often by someone else.

C-SSRS (method, intent, plan, preparatory behaviour), NICE NG225, HAS crise suicidaire: pills saved, stashed or
bought across shops, a goodbye letter, possessions given away, a chosen time ("after the exams", « après le
bac »). Each emergency beside a look-alike in the same words; the emergencies must be raised by the rules
themselves (the learned evidence is retrained by others), the look-alikes by nothing at all. docs/triage.md,
"Round 26".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.core import assess, emergency_guidance
from triage.core.assess import model
from triage.core.rules import Document

DEV26 = Path(__file__).resolve().parents[2] / "bench/triage/dev26"
NUMBER = {"en": ("GB", "999"), "fr": ("FR", "15")}
CRISIS = {"en": "116 123", "fr": "3114"}

# (language, emergency, look-alike in the same words)
PAIRS: dict[str, tuple[str, str, str]] = {
    "school_office_nans_tablets": (
        "en",
        "The school office found a pupil's note: she has saved up her nan's tablets to take tonight. She seems fine.",
        "I've been saving my sleeping tablets for the long-haul flight and I'll take one tonight before we board.",
    ),
    "vie_scolaire_comprimes_de_la_grand_mere": (
        "fr",
        "La vie scolaire a trouvé un mot : elle a mis de côté les comprimés de sa grand-mère pour les prendre ce soir.",
        "J'ai gardé des somnifères pour le vol, j'en prendrai un ce soir dans l'avion.",
    ),
    "a_stash_taken_at_the_weekend": (
        "en",
        "A pupil's friend says he has a stash of his dad's tablets in his bag and he'll take them at the weekend.",
        "My son has his inhaler and tablets in his bag for PE, he'll take them before the match on Saturday.",
    ),
    "collected_for_weeks_taken_on_friday": (
        "en",
        "She has been collecting her mum's co-codamol for weeks and intends to take it on Friday after school.",
        "The nurse said to save my morphine for when the pain is bad and take it before bed.",
    ),
    "reserve_dans_le_sac": (
        "fr",
        "Son camarade a une réserve de médicaments de son père dans son sac et compte les prendre ce week-end.",
        "J'ai une réserve de médicaments pour le camping ce week-end, que faut-il emporter ?",
    ),
    "bought_across_shops_the_lot_on_saturday": (
        "en",
        "My housemate has bought loads of paracetamol from different shops and he will take the lot on Saturday.",
        "I bought paracetamol two days running for my flu, will take it at night.",
    ),
    "boites_dans_differentes_pharmacies": (
        "fr",
        "Mon fils a acheté plusieurs boîtes de paracétamol dans différentes pharmacies et a offert sa console à son cousin.",
        "J'achète du paracétamol en grande quantité pour l'infirmerie de l'entreprise, comment le conserver ?",
    ),
    "fifty_tablets_for_tonight": (
        "fr",
        "J'ai mis de côté 50 comprimés de mon traitement. C'est pour ce soir. Désolé pour le dérangement.",
        "J'ai oublié mes comprimés ce matin, est-ce que je peux les prendre tous ce soir avec ceux du soir ?",
    ),
    "charcoal_and_tape_and_a_note": (
        "en",
        "My housemate ordered barbecue charcoal and some tape, and left a note on her desk addressed to her parents.",
        "We bought charcoal and tape for the barbecue this weekend, any tips for smoke and asthma?",
    ),
    "goodbye_letters_after_the_exam": (
        "en",
        "After my last exam on Thursday I'm going up to the car park roof. I've already written my goodbye letters.",
        "My daughter wrote a note of apology to her teacher tonight after she was rude in class.",
    ),
    "lettre_d_adieu_pas_d_excuses": (
        "fr",
        "J'ai accumulé mes somnifères depuis un mois. J'ai écrit une lettre d'adieu à mes enfants.",
        "Mon fils a écrit une lettre d'excuses à sa maîtresse ce soir, est-ce normal qu'il soit si anxieux ?",
    ),
    "apres_le_bac": (
        "fr",
        "Ma fille a donné ses affaires à ses amies, j'ai trouvé une dizaine de boîtes de Doliprane dans son tiroir.",
        "Un élève donne ses cartes à ses copains parce qu'il déménage après le bac blanc.",
    ),
    "giving_things_away_and_pills_hidden": (
        "en",
        "She's been giving away her guitar and clothes, and I found 10 packs of paracetamol hidden in her wardrobe.",
        "My daughter gave her old clothes away to her cousins because she's outgrown them. She starts secondary soon.",
    ),
    "the_night_her_results_come_out": (
        "en",
        "She has been collecting her flatmates' leftover antidepressants and planned to take them the night her results come out.",
        "My mum has been saving her old pills for the pharmacy amnesty, she'll take them in on Monday.",
    ),
    "insulin_once_the_kids_are_away": (
        "fr",
        "J'ai gardé mes stylos d'insuline. Dès que les enfants seront chez leur père samedi, je vais tout m'injecter.",
        "Je garde mes stylos d'insuline d'avance au frigo. Samedi je vais au mariage de mon ex, comment les transporter ?",
    ),
    "a_pet_given_away_and_pills_ready": (
        "fr",
        "Mon voisin a fait son testament, donné son chien à son neveu et il a « les cachets prêts ».",
        "Mon voisin a fait son testament et donné son chien à son neveu car il entre en EHPAD la semaine prochaine.",
    ),
    "i_will_do_it_once": (
        "en",
        "I've got the pills sorted and I'll do it once my daughter's wedding is over next month.",
        "I've got my antibiotics sorted, I'll take them when I wake up.",
    ),
}


def _rules_flags(text: str) -> list[str]:
    doc = Document(text, model())
    return [rule.code for rule in model().flags if doc.fires(rule)]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_plan_raises_by_rule_with_the_crisis_line_and_the_look_alike_does_not(
    name: str,
) -> None:
    lang, emergency, look_alike = PAIRS[name]
    got = assess(emergency, lang)
    assert got.emergency and "suicide_risk" in got.red_flags, got.red_flags
    assert "suicide_risk" in _rules_flags(emergency)
    country, number = NUMBER[lang]
    guidance = emergency_guidance(country, lang, got.red_flags)
    assert number in [n for _, n in guidance.numbers]
    assert CRISIS[lang] in guidance.message
    quiet = assess(look_alike, lang)
    assert not quiet.emergency, quiet.red_flags


# Look-alikes named in the brief of the round, and the ones written to break the rules (none may raise).
LOOK_ALIKES = [
    "After my cancer diagnosis I wrote my will and gave my daughter my mum's ring. How do I cope with fatigue?",
    "Is it dangerous for older people to stockpile their tablets at home? My dad keeps boxes of old pills.",
    "I'm saving up my repeat prescription so I have enough medication for our three-week holiday in Spain.",
    "My son took an overdose two years ago; he's now seen by CAMHS every fortnight and is doing much better.",
    "Ma fille a fait une tentative de suicide il y a deux ans, elle est suivie au CMP et va beaucoup mieux.",
    "If my boss makes me do another spreadsheet I'm going to kill myself lol. What's good for a headache?",
    "Je vais me tuer si je rate encore mon permis ! Bref, est-ce que le magnésium aide pour le stress ?",
    "What does the Columbia scale mean by preparatory behaviour? I'm writing an essay about suicide risk assessment.",
    "Je prépare un exposé sur l'évaluation du risque suicidaire, que veut dire comportement préparatoire ?",
    "My dad has been collecting his old tablets in a drawer; I'll take them back to the pharmacy tomorrow.",
    "My mum keeps back some morphine for breakthrough pain, the nurse said she can take it tonight if she needs.",
    "J'ai mis de côté mes comprimés pour les vacances, je les prendrai tous demain au petit déjeuner comme d'habitude ?",
    "Saving my paracetamol for the trip, going to take them all on Friday when we land?",
    "Carer here: my client takes all his tablets tonight at 10pm as usual from the dosette box, he spat one out.",
    "My ex sent me a photo of her pill organiser all lined up for the week with 'Friday x'. Is guilt normal?",
    "We bought a rope for the tug of war at sports day on Friday. Any tips to avoid rope burns?",
    "It'll all be over by Friday, the builders promise. Meanwhile the dust is making my asthma worse.",
    "My flatmate gave her clothes away to a charity shop and posted a farewell message because she's leaving for her year abroad.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_raises_nothing(text: str) -> None:
    got = assess(text, "fr" if " je " in f" {text.lower()} " else "en")
    assert not got.emergency, got.red_flags


def _records(name: str) -> list[dict[str, object]]:
    with (DEV26 / name / "triage.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# The one emergency of dev26 still missed: « l'anniversaire de la mort de son fils » holds the history cue
# « mort de », which dates the whole sentence (the plan and its means in it); the history cue feeds the learned
# model's features, so it was not changed by this rules-only round.
# probe2 (written after d2857ef, the round's honest figure) keeps two misses after the post hoc fixes: pills
# counted out with the time in the next sentence (« Lundi, … ce sera fini »), and 'this is it, tonight' beside
# someone else's morphine with no word of saving or hiding it. Its two false alarms are main's, of other flags.
KNOWN_MISSED = {"d26-tri-fr-012", "d26q-tri-en-006", "d26q-tri-fr-004"}
KNOWN_RAISED = {"d26q-tri-en-010", "d26q-tri-fr-012"}


@pytest.mark.parametrize("name", [".", "probe", "probe2"])
def test_round26_sets_every_emergency_caught(name: str) -> None:
    missed = {
        str(r["id"])
        for r in _records(name)
        if r["emergency"] and not assess(str(r["text"]), str(r["lang"])).emergency
    }
    assert missed <= KNOWN_MISSED


@pytest.mark.parametrize("name", [".", "probe", "probe2"])
def test_round26_sets_look_alikes_raise_no_suicide_risk(name: str) -> None:
    raised = {
        str(r["id"]): assess(str(r["text"]), str(r["lang"])).red_flags
        for r in _records(name)
        if not r["emergency"]
    }
    assert not [i for i, flags in raised.items() if "suicide_risk" in flags]
    assert {i for i, flags in raised.items() if flags} <= KNOWN_RAISED
