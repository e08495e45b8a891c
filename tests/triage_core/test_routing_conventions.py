"""Emergency routing by the condition's own words (routing.json, rules marked any_flag and the
conventions after them): a priapism goes to urology, a cord prolapse to obstetrics, lithium toxicity
and alcohol withdrawal to mental health, a child's DKA to paediatrics, methanol or carbon monoxide to
general practice, whichever red flag the text happened to raise. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from triage.core import assess
from triage.core.patterns import TriageDataError
from triage.core.routing import parse_table

CASES = [
    # EAU: an erection lasting hours is a urological emergency.
    (
        "en",
        "my boyfriend has had a painful erection for 6 hours now after some pills, it won't go down and it's turning dark",
        "urology",
    ),
    (
        "fr",
        "mon mari a une érection depuis 5 heures, très douloureuse, elle ne part pas malgré la glace",
        "urology",
    ),
    (
        "en",
        "he's had an erection since 4 o'clock this morning, it's now lunchtime and it's very painful and dark",
        "urology",
    ),
    # Acute urinary retention: catheter, urology.
    (
        "en",
        "my grandad can't pass urine since last night, his lower belly is swollen and hard and he's in agony, trying every ten minutes",
        "urology",
    ),
    (
        "fr",
        "mon père n'arrive plus à uriner depuis ce matin, le bas du ventre gonflé et dur, il a très mal",
        "urology",
    ),
    # RCOG: cord prolapse.
    # (These two raise no flag from the text alone; the safety screen's "heavy bleeding" answer does.)
    (
        "en",
        "I'm 37 weeks and my waters just broke, there's a loop of cord hanging out, baby is moving less",
        "gynaecology_obstetrics",
        "bleeding",
    ),
    (
        "fr",
        "poche des eaux rompue à 36 SA, je vois un bout de cordon qui sort, bébé bouge moins",
        "gynaecology_obstetrics",
        "bleeding",
    ),
    # Kawasaki disease in a child.
    (
        "en",
        "our daughter (4) has had a fever of 39.7 for five days, red eyes, red cracked lips and a strawberry tongue, she's floppy and very sleepy",
        "paediatrics",
    ),
    # Lithium toxicity, whatever flag the tremor and confusion raise.
    (
        "en",
        "my wife is on lithium, after a stomach bug she now has a coarse tremor, walks like she's drunk and is confused about where she is",
        "psychiatry",
        "stroke",
    ),
    (
        "fr",
        "ma mère prend du Téralithe, depuis sa gastro elle tremble beaucoup, elle titube et elle est confuse",
        "psychiatry",
    ),
    # Delirium tremens: the addiction pathway.
    (
        "en",
        "my brother quit the booze three days ago after years of heavy drinking, now he's sweating, seeing insects on the walls and just had a fit",
        "psychiatry",
        "fit",
    ),
    # Acute psychosis with a threat.
    (
        "en",
        "my son says the neighbours hid cameras in his walls and are poisoning his food, he hasn't slept in days and has a knife, says he'll hurt them",
        "psychiatry",
    ),
    # Methanol: the poisons pathway, not the eye.
    (
        "en",
        "we drank some home made vodka at a party, today my vision is blurry like snow, bad headache, vomiting and confused",
        "general_practice",
    ),
    # Carbon monoxide in a family with children: general practice, not paediatrics.
    (
        "fr",
        "on a allumé un brasero dans la tente, ce matin mon fils de 4 ans, mon mari et moi avons mal à la tête, on a vomi et il est somnolent, difficile à réveiller",
        "general_practice",
    ),
    # Heat stroke: stopped sweating.
    (
        "en",
        "my colleague worked on the roof all day in the heat, now he's confused, stopped sweating and his skin is burning hot",
        "general_practice",
    ),
    # NICE NG234: metastatic spinal cord compression.
    (
        "en",
        "my mother has breast cancer that has spread to the bones, she has a band of pain round her chest and her legs are getting weak since yesterday",
        "neurology",
    ),
    # Quinsy in an adult: ENT; epiglottitis in a young child: paediatrics.
    (
        "en",
        "sore throat for a week, now I can't open my mouth, I sound like I have a hot potato in my mouth and can't swallow my own saliva, struggling to breathe",
        "ent",
    ),
    (
        "en",
        "my son (2) has a high fever, he won't swallow even his spit, he's drooling and making a high-pitched noise breathing in",
        "paediatrics",
    ),
    # A distance in the text is no child's age ("I am 5,000 miles away").
    (
        "en",
        "my nephew is at college abroad and I am 5,000 miles away: he can't open his mouth, sounds like a hot potato, can't swallow his own saliva and is struggling to breathe",
        "ent",
    ),
    # The magnets named long before "swallowed".
    (
        "en",
        "my sister (9) was playing with the tiny magnets from her science kit and now she says she swallowed two, she's vomiting with tummy pain",
        "paediatrics",
        "child_swallowed",
    ),
    # A bleed after a tonsillectomy: back to ENT.
    (
        "fr",
        "ma fille de 9 ans a été opérée des amygdales il y a 6 jours, elle crache beaucoup de sang rouge et elle est toute pâle",
        "ent",
    ),
    # Hypercalcaemia in myeloma.
    (
        "en",
        "dad has myeloma, he's desperately thirsty, constipated and now so drowsy he's hard to wake and confused",
        "endocrinology",
    ),
    # Magnets in a child.
    (
        "en",
        "my 8 year old swallowed four small magnets from a toy and now he's vomiting with tummy pain",
        "paediatrics",
    ),
    # Ovarian torsion.
    (
        "en",
        "sudden stabbing pain low down on the left side, I've been sick twice and I know I have an ovarian cyst, I can't stand up",
        "gynaecology_obstetrics",
    ),
    # Guillain-Barre: weakness climbing from the legs.
    (
        "en",
        "a week after food poisoning my husband's legs are weak and it goes up, now his arms too, he can't get up from the chair and he's short of breath",
        "neurology",
    ),
    # A dialysis patient who missed sessions: no nephrology in the list, the generalist pathway.
    (
        "en",
        "my uncle is on dialysis and missed two sessions, his pulse is 38 and irregular, his legs feel heavy and he has chest tightness",
        "general_practice",
    ),
    # Lightning is an electrical injury.
    (
        "fr",
        "la foudre est tombée à côté de ma fille en randonnée, elle a des brûlures en forme de branches sur le bras et le coeur qui bat très vite et irrégulier",
        "general_practice",
        "chest_pain",
    ),
    # Resuscitation Council UK: unresponsive with gasping noises is a cardiac arrest.
    (
        "en",
        "my wife just collapsed on the sofa, she won't respond and she's making gasping noises, not breathing properly",
        "cardiology",
    ),
    # NICE NG158: breathless after leg surgery with a swollen calf is a clot in the lung.
    (
        "en",
        "ten days after hip replacement surgery my calf is swollen and painful and today I'm suddenly breathless with chest pain when I breathe in",
        "pulmonology",
    ),
    # NICE NG18: a child with DKA goes to the paediatric diabetes team.
    (
        "fr",
        "mon fils de 8 ans est diabétique, il vomit, respire très vite et fort, cétones à 4, il est somnolent",
        "paediatrics",
    ),
    # A whole box swallowed after an argument is self-poisoning.
    (
        "en",
        "my sister swallowed the whole box of her paracetamol after a row with her boyfriend, she's being sick",
        "psychiatry",
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_a_condition_named_by_its_words_routes_to_its_pathway(case: tuple[str, ...]) -> None:
    lang, text, specialty, *screen = case
    result = assess(text, lang, screen=dict.fromkeys(screen, True))
    assert result.emergency, text
    assert result.specialty == specialty, (text, result.red_flags)


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        # Staggered doses for toothache are an accidental overdose: general practice.
        (
            "en",
            "he's had toothache all week and took about 30 paracetamol over three days, now he's being sick",
            "general_practice",
        ),
        # A bowel obstruction's drum-tight belly is not a bladder.
        (
            "en",
            "after my hernia op, no wind for two days, belly swollen and tight, vomiting green stuff",
            "gastroenterology",
        ),
        # A pupil of unknown age with a hypo: no child's age, the diabetes (endocrine) pathway.
        (
            "en",
            "one of the students on our trip is type 1, sugar 1.8, she's sweaty, slurring and confused and won't take her glucose",
            "endocrinology",
        ),
        # A toddler who took a whole box by accident stays with paediatrics.
        (
            "en",
            "my 2 year old got into the cupboard and swallowed a whole box of my iron tablets, he's vomiting",
            "paediatrics",
        ),
    ],
)
def test_look_alikes_keep_their_own_pathway(lang: str, text: str, specialty: str) -> None:
    result = assess(text, lang)
    assert result.emergency, text
    assert result.specialty == specialty, (text, result.red_flags)


def test_a_rule_for_any_flag_must_name_the_condition() -> None:
    with pytest.raises(TriageDataError, match="any_flag needs concepts"):
        parse_table(
            [{"code": "x", "any_flag": True, "specialty": "urology"}],
            flags=[],
            concepts=[],
            specialties=["urology"],
        )


@pytest.mark.parametrize(
    ("lang", "text", "specialty"),
    [
        (
            "en",
            "I've been on lithium for six years, is a fine tremor in my fingers something to mention?",
            "psychiatry",
        ),
        (
            "fr",
            "je prends du Téralithe depuis 3 ans, à quelle fréquence faut-il doser la lithiémie ?",
            "psychiatry",
        ),
        (
            "en",
            "thinking of giving up alcohol completely this month, I have about three glasses of wine a night, do I need to taper?",
            "psychiatry",
        ),
        (
            "en",
            "my dad's prostate cancer has spread to the bones, which back pain signs should make us call the team?",
            "neurology",
        ),
        (
            "en",
            "mid cycle I get a dull ache in my lower left tummy for a few hours, is it ovulation?",
            "gynaecology_obstetrics",
        ),
    ],
)
def test_the_condition_names_its_specialty_without_an_emergency(
    lang: str, text: str, specialty: str
) -> None:
    result = assess(text, lang)
    assert not result.emergency, text
    assert result.specialty == specialty, text
