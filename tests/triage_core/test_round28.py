"""Round 28 (helper triage28; docs/triage.md "Round 28"): five classes from published discriminators.

Arterial bleeding in lay words (MTS exsanguinating haemorrhage; NHS 999; ERC 2021 first aid), a heart attack told
atypically (NICE CG95: pain in the arms, back or jaw; BHF, FFC: women, older and diabetic people), decompression
illness after a dive (DAN, FFESSM, BSAC), a small child and an adult's medicine (NPIS "one pill can kill"), and
look-alikes: red flags asked and answered "no", a past coma only asked about, a cough of a few seconds after
swallowing water. Each emergency beside a look-alike in the same words; the new combinations are also checked
on the rules alone (the learned evidence caught some of these on main, the rules did not).
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess, emergency_guidance
from triage.core.assess import model
from triage.core.document import Document

# (flag, language, emergency, look-alike with the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "spurting_in_jets_fr": (
        "severe_bleeding",
        "fr",
        "Il s'est ouvert le bras sur une vitre, il saigne en jets.",
        "Il s'est ouvert le bras sur une vitre, ça a saigné un peu puis ça s'est arrêté.",
    ),
    "cloth_soaked_within_a_minute": (
        "severe_bleeding",
        "en",
        "He caught his leg on the mower, the towel was soaked in a minute.",
        "He caught his leg on the mower, the towel was soaked with sweat after mowing for an hour.",
    ),
    "cloth_soaked_within_a_minute_fr": (
        "severe_bleeding",
        "fr",
        "Coupure au mollet, le torchon est trempé en une minute.",
        "Coupure au mollet hier, j'ai mis un pansement propre ce matin, ça cicatrise bien.",
    ),
    "tourniquet_called_outdated": (
        "severe_bleeding",
        "en",
        "Cyclist hit a fence, blood everywhere from his thigh, someone says tourniquets are outdated.",
        "Cyclist hit a fence, small graze on his thigh, we talked about first aid kits.",
    ),
    "jaw_and_arm_with_cold_sweat_and_a_watch": (
        "acute_coronary_syndrome",
        "en",
        "Jaw ache and my left arm feels heavy, I'm clammy and feel sick. My watch ECG says sinus rhythm.",
        "Jaw ache after the dentist pulled a tooth, I'm clammy from the heating. My watch ECG says sinus rhythm.",
    ),
    "between_the_shoulder_blades_diabetic_woman": (
        "acute_coronary_syndrome",
        "en",
        "Mum is 71 and diabetic, pain between her shoulder blades for an hour, sweating and feels sick.",
        "Mum is 71, pain between her shoulder blades when she twists, no sweating, no sickness.",
    ),
    "omoplates_oxymetre_fr": (
        "acute_coronary_syndrome",
        "fr",
        "Ma femme a une douleur entre les omoplates, elle est en sueurs et a la nausée. L'oxymètre dit 98 %.",
        "Ma femme a une douleur entre les omoplates quand elle tourne la tête, pas de sueurs ni de nausée.",
    ),
    "numb_legs_after_a_fast_ascent": (
        "decompression_illness",
        "en",
        "We surfaced from 30 m too fast two hours ago, now my buddy's legs are numb and he can't pee.",
        "We surfaced from 30 m two hours ago, my ears feel a bit blocked, otherwise all good.",
    ),
    "marbled_skin_and_tingling_fr": (
        "decompression_illness",
        "fr",
        "Après la plongée de ce matin, fourmillements qui montent des pieds et peau marbrée sur le ventre.",
        "Après la plongée de ce matin, les oreilles un peu bouchées, aucun autre symptôme.",
    ),
    "joint_pain_after_a_deep_dive": (
        "decompression_illness",
        "en",
        "Deep wreck dive this morning, since lunch my elbow and shoulder joints are killing me.",
        "Deep wreck dive this morning, since lunch I'm hungry and a bit sunburnt.",
    ),
    "grandmas_amlodipine_seems_ok": (
        "overdose_poisoning",
        "en",
        "Grandma's amlodipine box was open and my 2 year old had one in her hand. She seems ok, just sleepy.",
        "Grandma takes amlodipine; my 2 year old is visiting. She seems ok, just sleepy after the drive.",
    ),
    "tramadol_du_papi_fr": (
        "overdose_poisoning",
        "fr",
        "Mon fils de 3 ans a mangé un cachet de tramadol de son papi je crois, il joue normalement, est-ce grave ?",
        "Mon fils de 3 ans joue chez son papi qui prend du tramadol, est-ce que je dois ranger la boîte ?",
    ),
    "beta_blocker_missing_fr": (
        "overdose_poisoning",
        "fr",
        "Mon petit de 20 mois a trouvé le pilulier de mon père, il manque peut-être un bêtabloquant.",
        "Mon petit de 20 mois est chez mon père, qui prend un bêtabloquant ; il va bien.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_the_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


def _rules(text: str) -> set[str]:
    compiled = model()
    doc = Document(text, compiled)
    return {rule.code for rule in compiled.flags if doc.fired(rule) is not None}


@pytest.mark.parametrize(
    ("flag", "text"),
    [
        (
            "acute_coronary_syndrome",
            "jaw ache and my left arm feels heavy, bit sick and clammy. apple watch ECG says sinus rhythm",
        ),
        (
            "acute_coronary_syndrome",
            "My wife has an ache across her upper back and into her jaw, she's grey, sweaty and nauseous. Her pulse ox says 98.",
        ),
        (
            "acute_coronary_syndrome",
            "Mon épouse a une douleur dans le dos et le bras, elle est moite et a la nausée. L'oxymètre dit 98 %.",
        ),
        (
            "decompression_illness",
            "after our second dive today my girlfriend has tingling going up from her feet and marbled skin",
        ),
        (
            "decompression_illness",
            "Plongée à 35 m ce matin, remontée rapide, depuis il a les jambes engourdies.",
        ),
        (
            "overdose_poisoning",
            "my 3yo might have had one of grandad's tramadol, found it chewed on the floor, he's fine right now",
        ),
        (
            "overdose_poisoning",
            "Toddler (18 months) got into my purse and a strip of my metoprolol has 2 missing.",
        ),
        (
            "overdose_poisoning",
            "Ma fille de 2 ans a peut-être avalé un comprimé d'Amlor de sa mamie. Elle a l'air bien, juste un peu pâlotte.",
        ),
    ],
)
def test_the_rules_themselves_raise_the_new_combinations(flag: str, text: str) -> None:
    assert flag in _rules(text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Sciatica down my left leg. Checked the red flags: numbness around my bum? no. Wetting myself? no. Legs weak? no.",
        ),
        (
            "fr",
            "Mal au dos. J'ai vérifié : engourdissement du périnée ? non. Perte d'urine ? non. Faiblesse des jambes ? non.",
        ),
        (
            "en",
            "Had way too much to drink on Saturday. Slept it off, now eating and walking normally. My friend asked if it was an alcohol coma, was it?",
        ),
        (
            "fr",
            "Grosse soirée samedi, j'ai dormi toute la journée. Là je mange et je marche normalement. Mon copain demande si c'était un coma éthylique.",
        ),
        (
            "en",
            "Lifeguard here. A kid swallowed water in the deep end, coughed for a few seconds, then was fine and played all afternoon. Parent asking about dry drowning.",
        ),
        (
            "fr",
            "Maître-nageur : un enfant a bu la tasse, il a toussé 10 secondes puis a joué tout l'après-midi. La maman a peur de la noyade sèche.",
        ),
        (
            "en",
            "this heat will kill me lol, sitting in the shade with a cold beer chatting to the neighbours",
        ),
        (
            "fr",
            "Cette chaleur va me tuer mdr, je suis à l'ombre avec un rosé en train de discuter avec les voisins.",
        ),
        (
            "en",
            "34 weeks pregnant, my belly gets tight and hard a few times an evening, no pain, no bleeding, baby moving well. Braxton Hicks?",
        ),
        ("en", "I soaked the towel in the sink for a minute before wiping the floor."),
        (
            "en",
            "My 3 year old swallowed one of my amlodipine yesterday, seen in A&E and discharged, all fine now.",
        ),
    ],
)
def test_look_alikes_raise_nothing(lang: str, text: str) -> None:
    got = assess(text, lang)
    assert not got.emergency, got.red_flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Back pain since Monday. Numbness around my bum? yes. Wetting myself without noticing? yes.",
        ),
        (
            "en",
            "My son went under at the lake this afternoon, now he's coughing and coughing and really tired.",
        ),
        ("en", "Pulled him out of the pool ten minutes ago, he keeps coughing and can't stop."),
        ("en", "Yesterday my 2 year old chewed one of grandad's tramadol, she is fine now."),
        (
            "fr",
            "Dimanche mon fils de 3 ans a avalé un comprimé de Tardyferon de sa mère, il va bien maintenant.",
        ),
    ],
)
def test_what_the_look_alike_rules_must_not_take_away(lang: str, text: str) -> None:
    got = assess(text, lang)
    assert got.emergency, text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_decompression_guidance_names_oxygen_and_the_diving_accident(lang: str) -> None:
    country = {"en": "GB", "fr": "BE"}[lang]
    message = emergency_guidance(country, lang, ("decompression_illness",)).message
    assert ("oxygen" if lang == "en" else "oxygène") in message
    assert ("diving accident" if lang == "en" else "accident de plongée") in message


# The new flag phrased five ways in each language, with a negated phrasing (test_red_flags's convention; kept here,
# not in cases.py, because cases.py is training data of the learned model, which this round does not retrain).
NEW_FLAGS = ("decompression_illness",)
FIVE_WAYS: dict[str, list[str]] = {
    "en": [
        "We surfaced too fast from 30 m and now his legs are numb",
        "after my second dive today I have tingling creeping up from my feet",
        "did a deep wreck dive this morning, my knees and elbows are killing me",
        "came up from the dive an hour ago and she's confused and breathless",
        "blotchy marbled skin on his chest after the dive, he can't pee",
    ],
    "fr": [
        "remontée rapide depuis 30 m, il a les jambes engourdies",
        "après la plongée de ce matin, fourmillements qui montent des pieds",
        "plongée profonde ce matin, douleurs terribles aux genoux et aux coudes",
        "on rentre d'une plongée, elle est confuse et essoufflée",
        "peau marbrée sur le torse après la plongée, il n'arrive pas à uriner",
    ],
}
NEGATED_WAYS: dict[str, str] = {
    "en": "dived to 30 m this morning, no tingling, no numbness, no joint pain, my ears just feel blocked",
    "fr": "plongée profonde ce matin, pas de fourmillements, pas de douleur, aucun essoufflement",
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in FIVE_WAYS.items() for text in texts]
)
def test_decompression_illness_phrased_five_ways(lang: str, text: str) -> None:
    assert "decompression_illness" in assess(text, lang).red_flags


@pytest.mark.parametrize("lang", sorted(NEGATED_WAYS))
def test_decompression_illness_negated(lang: str) -> None:
    assert "decompression_illness" not in assess(NEGATED_WAYS[lang], lang).red_flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The vertigo from my labyrinthitis went after two weeks. Can I go scuba diving next month?",
        ),
        (
            "en",
            "I'm a dive instructor and have had pins and needles in my hands from carpal tunnel for months.",
        ),
        (
            "fr",
            "Je suis moniteur de plongée, j'ai des fourmillements dans les mains depuis mon canal carpien.",
        ),
    ],
)
def test_a_diver_is_not_a_dive(lang: str, text: str) -> None:
    assert "decompression_illness" not in assess(text, lang).red_flags
