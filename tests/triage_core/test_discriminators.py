"""Red flags built from the published discriminators (issue 8): one group per discriminator.

Each group holds phrasings that must raise the flag (EN and FR, lay words, SMS, typos) and
look-alikes that must not: negated, past, informational, figures of speech. docs/triage.md's
coverage table names the group that covers each discriminator.
"""

from __future__ import annotations

import pytest

from tests.triage_core.groups_round5 import GROUPS as ROUND5_GROUPS
from tests.triage_core.groups_round5 import NEW_FLAGS
from tests.triage_core.groups_round6 import GROUPS as ROUND6_GROUPS
from tests.triage_core.groups_round6 import NEW_FLAGS as ROUND6_NEW_FLAGS
from tests.triage_core.groups_round7 import GROUPS as ROUND7_GROUPS
from tests.triage_core.groups_round7 import NEW_FLAGS as ROUND7_NEW_FLAGS
from tests.triage_core.groups_round8 import GROUPS as ROUND8_GROUPS
from tests.triage_core.groups_round8 import NEW_FLAGS as ROUND8_NEW_FLAGS
from tests.triage_core.groups_round10 import GROUPS as ROUND10_GROUPS
from tests.triage_core.groups_round11 import GROUPS as ROUND11_GROUPS
from tests.triage_core.groups_round11 import NEW_FLAGS as ROUND11_NEW_FLAGS
from tests.triage_core.groups_round12 import GROUPS as ROUND12_GROUPS
from tests.triage_core.groups_round13 import GROUPS as ROUND13_GROUPS
from tests.triage_core.groups_round15 import GROUPS as ROUND15_GROUPS
from tests.triage_core.groups_round17 import GROUPS as ROUND17_GROUPS
from triage.core import assess

# discriminator: (flag, [(lang, text) that must raise it], [(lang, text) that must raise nothing])
GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "suicide_intent": (
        "suicide_risk",
        [
            ("en", "honestly I just want to die, I'm done with life"),
            ("en", "i think im gonna end it tonight"),
            ("fr", "j'ai envie de crever, je veux dormir et ne plus jamais me réveiller"),
            ("fr", "mon fils de 16 ans dit qu'il va se jeter par la fenêtre"),
        ],
        [
            ("en", "I want to die my hair blue, is that bad for my scalp?"),
            ("en", "what are the warning signs of suicide in teenagers?"),
            ("fr", "je suis morte de rire devant ce film"),
            ("fr", "il a fait une tentative de suicide il y a dix ans, il va bien depuis"),
        ],
    ),
    "suicide_farewell_means_plan": (
        "suicide_risk",
        [
            (
                "en",
                "she's been giving away her jewellery and says she won't need it anymore, and she's stockpiling her tablets",
            ),
            ("en", "I can't do this anymore and I've bought the pills"),
            ("en", "my brother can't go on like this, he's got his gun out and says it's tonight"),
            (
                "fr",
                "il a tout réglé, il a écrit des lettres d'adieu et il a une corde dans le garage",
            ),
            ("fr", "je n'en peux plus de vivre, j'ai mis de côté mes somnifères"),
        ],
        [
            ("en", "I bought a rope for the tent and we're camping tonight"),
            ("en", "I wrote a note to my kids' teacher about their homework"),
            ("fr", "j'ai stocké des médicaments pour le voyage, lesquels emporter ?"),
            (
                "fr",
                "mon père a écrit son testament chez le notaire, c'était prévu depuis longtemps",
            ),
        ],
    ),
    "child_swallowed_product": (
        "overdose_poisoning",
        [
            ("en", "my 2 year old swallowed a button battery from the remote, he seems fine"),
            ("en", "toddler ate a few of grandma's heart tablets, no symptoms yet"),
            ("en", "Age: 4. What happened: drank some bleach from the bottle under the sink"),
            ("fr", "ma fille de 18 mois a avalé un aimant du frigo"),
            ("fr", "bébé a mâchouillé une capsule de lessive, il en a sur les lèvres"),
        ],
        [
            (
                "en",
                "my toddler swallowed a bit of toothpaste wait no, a bit of sand at the beach, is that ok?",
            ),
            ("en", "how do I childproof the cupboard with the cleaning products?"),
            ("fr", "mon fils a du mal à avaler ses comprimés, peut-on les écraser ?"),
            ("fr", "que faire si un enfant avale une pile ? je prépare la trousse de secours"),
        ],
    ),
    "adult_poisoning": (
        "overdose_poisoning",
        [
            ("en", "my husband drank antifreeze by mistake from a water bottle"),
            ("en", "we all have headaches and the boiler alarm went off, maybe carbon monoxide"),
            ("en", "he took 24 paracetamol last night"),
            ("fr", "il a bu de l'eau de javel, il dit qu'il a mal à la gorge"),
            ("fr", "on a mangé des champignons ramassés en forêt et on vomit tous"),
        ],
        [
            ("en", "is it safe to drink tap water after the pipes were cleaned with bleach?"),
            ("en", "I overdosed on series this weekend, binge-watched everything"),
            ("fr", "combien de paracétamol peut-on prendre par jour au maximum ?"),
        ],
    ),
    "seizure_prolonged_or_first": (
        "unconscious_or_seizure",
        [
            ("en", "he went stiff and then started jerking, it's been 6 minutes"),
            ("en", "my wife is fitting and it won't stop"),
            ("en", "my 20 year old just had a seizure, the first one ever"),
            ("fr", "il s'est raidi puis secoué de partout, c'est la première fois"),
            ("fr", "crise convulsive qui ne s'arrête pas depuis plus de 5 minutes"),
        ],
        [
            (
                "en",
                "my son has epilepsy and had one of his usual short seizures, back to normal after a minute",
            ),
            (
                "fr",
                "mon fils a fait une crise d'épilepsie il y a deux ans, peut-il faire du judo ?",
            ),
        ],
    ),
    "haemorrhage": (
        "severe_bleeding",
        [
            ("en", "deep cut on his thigh from a chainsaw, it's spurting and won't stop"),
            ("en", "blood in my poo this morning and I fainted on the toilet"),
            ("fr", "il s'est coupé avec une disqueuse, ça pisse le sang"),
            ("fr", "saignement du nez qui ne s'arrête pas depuis 40 minutes"),
        ],
        [
            ("en", "small cut on my finger from a knife, stopped bleeding with a plaster"),
            ("fr", "un peu de sang sur le papier toilette, j'ai des hémorroïdes connues"),
        ],
    ),
    "sepsis_signs": (
        "sepsis",
        [
            (
                "en",
                "kidney infection, now shivering uncontrollably and I feel like I'm going to die",
            ),
            ("en", "my 3 year old has a fever and is floppy, he won't stay awake"),
            (
                "fr",
                "ma fille de 2 ans a 39,5 de fièvre et elle est toute molle, comme une poupée de chiffon",
            ),
            ("fr", "infection urinaire et il est confus, il ne sait plus où il est"),
        ],
        [
            ("en", "I have a cold and feel rubbish but I'm eating and drinking fine"),
            ("fr", "mon fils a 38,5 de fièvre, il joue et il mange bien"),
        ],
    ),
    "non_blanching_rash": (
        "meningitis",
        [
            ("en", "spots on her tummy that don't fade under a glass"),
            (
                "fr",
                "des petites taches violettes qui ne s'effacent pas quand j'appuie un verre dessus",
            ),
        ],
        [
            ("en", "red rash on his chest that fades completely when I press a glass on it"),
            ("fr", "des boutons rouges qui disparaissent sous le verre, il va bien"),
        ],
    ),
    "chemical_or_electrical_burn": (
        "severe_burn",
        [
            ("en", "spilled drain cleaner on my hand, the skin is white and burning"),
            ("en", "my son got an electric shock from a socket with a fork"),
            ("fr", "il s'est électrisé en touchant un fil dénudé"),
            ("fr", "brûlure par de l'acide sur l'avant-bras au travail"),
        ],
        [
            ("en", "I got a tiny static shock from the car door"),
            ("en", "I spilled bleach on my jeans, will it stain?"),
            ("fr", "petite brûlure de cuisine sans cloque, que mettre ?"),
        ],
    ),
    "eye_injury": (
        "eye_emergency",
        [
            ("en", "a splinter of metal flew into my eye while grinding"),
            ("en", "got oven cleaner in my eye, can't open it"),
            ("fr", "du ciment dans l'œil sur le chantier, ça brûle"),
        ],
        [
            ("en", "the bleach fumes make my eyes sting, should I open a window?"),
            ("fr", "j'ai les yeux qui piquent à cause du chlore de la piscine"),
        ],
    ),
    "cauda_equina": (
        "cauda_equina",
        [
            ("en", "bad back and now my bum feels numb and I can't tell when I need to pee"),
            ("fr", "mal au dos et je ne sens plus rien quand je m'essuie"),
        ],
        [
            ("en", "lower back pain for a week, no numbness, bladder and bowels normal"),
        ],
    ),
    "testicular_torsion": (
        "testicular_torsion",
        [
            ("en", "sudden agony in my left ball and I've been sick"),
            ("fr", "douleur brutale aux couilles depuis une heure, il vomit"),
        ],
        [
            ("en", "a small painless lump on my testicle, noticed it a month ago"),
        ],
    ),
    "stroke_be_fast": (
        "stroke",
        [
            ("en", "suddenly she can't walk straight and keeps falling to the left"),
            ("fr", "ma mère a la bouche qui tire d'un côté depuis ce matin"),
        ],
        [
            ("en", "my dad had a stroke in 2019 and walks with a stick now"),
        ],
    ),
    "anaphylaxis_faint": (
        "anaphylaxis",
        [
            ("en", "allergic reaction to the antibiotic, hives everywhere and she fainted"),
        ],
        [
            ("en", "mild allergic reaction, a few hives on my arm, breathing fine"),
        ],
    ),
    "cardiac_pain_form": (
        "acute_coronary_syndrome",
        [
            ("fr", "Douleur : milieu de la poitrine, comme un poids\nIrradiation : mâchoire"),
            ("en", "tight band around my chest and I feel sick"),
        ],
        [
            (
                "en",
                "chest pain only when I press on one spot after carrying boxes, clearly muscular when I press",
            ),
        ],
    ),
    "airway_cannot_speak": (
        "severe_breathing_difficulty",
        [
            ("en", "wheezing so badly she can only say a few words"),
            ("fr", "il respire très mal et n'arrive plus à finir ses phrases"),
        ],
        [
            ("en", "a bit wheezy with my cold, talking normally"),
        ],
    ),
}

# Round 4 (helper triage8): published discriminators that had no flag, and scope rules built from
# general linguistic scope (figures of speech with a laughter marker, "what's the difference
# between ..."), each with look-alikes that try to break it.
GROUPS.update(
    {
        "aortic_dissection_tearing_pain": (
            "aortic_dissection",
            [
                ("en", "all of a sudden a ripping feeling right through my chest to my back"),
                (
                    "en",
                    "Writing for my husband: tearing pain between his shoulder blades, came on suddenly, he's grey",
                ),
                (
                    "fr",
                    "d'un coup une douleur de déchirement dans la poitrine qui traverse dans le dos",
                ),
                ("fr", "il dit que ça se déchire dans son dos, douleur atroce"),
            ],
            [
                ("en", "I tore a muscle in my back at the gym, tearing pain when I lift"),
                ("en", "my eyes keep tearing up when I'm outside in the wind"),
                ("fr", "déchirure musculaire au mollet en courant, ça fait mal"),
                ("fr", "c'est quoi la différence entre une dissection aortique et un infarctus ?"),
            ],
        ),
        "pulmonary_embolism_signs": (
            "pulmonary_embolism",
            [
                (
                    "en",
                    "calf swollen after the long haul flight and now out of breath climbing one step",
                ),
                ("en", "suddenly breathless and a stabbing pain when I take a deep breath"),
                ("fr", "mollet gonflé et dur depuis l'avion, et là je suis essoufflé"),
                ("fr", "essoufflée d'un coup avec une douleur quand j'inspire"),
            ],
            [
                ("en", "what are the symptoms of a blood clot in the lungs?"),
                ("en", "I had a pulmonary embolism in 2018, do I still need blood thinners?"),
                ("fr", "embolie pulmonaire il y a cinq ans, je pars en avion, faut-il des bas ?"),
                ("fr", "pas d'essoufflement, juste les chevilles un peu gonflées le soir"),
            ],
        ),
        "sickle_cell_crisis": (
            "sickle_cell_crisis",
            [
                ("en", "my boy has sickle cell and his temp is 38.3, what do we do"),
                ("en", "sickle cell pain crisis and the oramorph is not helping"),
                ("fr", "ma fille drépanocytaire a de la fièvre, 38,7"),
                ("fr", "drépanocytose, crise douloureuse, les antidouleurs ne font rien"),
            ],
            [
                ("en", "I carry the sickle cell trait, can I give blood?"),
                (
                    "en",
                    "my daughter has sickle cell, no fever or pain, which vaccines does she need?",
                ),
                (
                    "fr",
                    "je suis porteuse saine du trait drépanocytaire, est-ce grave pour une grossesse ?",
                ),
                ("fr", "mon fils est drépanocytaire, il va bien, question sur l'acide folique"),
            ],
        ),
        "spinal_cord_compression_in_cancer": (
            "spinal_cord_compression",
            [
                (
                    "en",
                    "dad has bowel cancer, new back pain and his legs have gone weak and wobbly",
                ),
                ("en", "on chemo, my back is killing me and I can't feel my legs properly"),
                ("fr", "cancer de la prostate, mal au dos et il n'arrive plus à tenir debout"),
                (
                    "fr",
                    "ma mère a des métastases osseuses, mal au dos et fourmillements dans les jambes",
                ),
            ],
            [
                ("en", "I'm worried my back pain might be cancer, no other symptoms, walking fine"),
                (
                    "en",
                    "my mum has breast cancer and I have some back ache from carrying her shopping",
                ),
                ("fr", "peur d'avoir un cancer, j'ai mal au dos depuis le déménagement"),
                ("fr", "dépistage du cancer du côlon, c'est à quel âge ?"),
            ],
        ),
        "hypothermia_signs": (
            "hypothermia",
            [
                (
                    "en",
                    "found my neighbour on her kitchen floor, no heating, she's freezing and confused",
                ),
                ("en", "pulled him out of the lake, he stopped shivering and is really drowsy"),
                ("fr", "mon père a passé la nuit dehors dans le froid, il est confus"),
                ("fr", "elle est glacée au toucher et ne répond plus"),
            ],
            [
                ("en", "my fingers go white and numb in the cold, is that Raynaud's?"),
                ("en", "I do cold water swimming, how long is safe in winter?"),
                ("fr", "j'ai toujours les mains froides en hiver, c'est normal ?"),
                ("fr", "douche froide le matin, bon pour la santé ?"),
            ],
        ),
        "neutropenic_sepsis": (
            "sepsis",
            [
                ("en", "mum is on chemo and her temperature is 38.1"),
                ("en", "2nd cycle of chemotherapy, feverish and shivery tonight"),
                ("fr", "sous chimiothérapie et 38,4 de fièvre ce soir"),
                ("fr", "mon mari est en chimio et il a de la fièvre"),
            ],
            [
                ("en", "I finished chemo years ago, can I have the flu jab?"),
                ("en", "on chemo, no fever, is it ok to eat sushi?"),
                ("fr", "sous chimio, pas de fièvre, je peux aller au cinéma ?"),
                ("fr", "j'ai fini la chimiothérapie il y a 3 ans, un petit rhume sans fièvre"),
            ],
        ),
        "dka_new_diabetes": (
            "diabetic_emergency",
            [
                (
                    "en",
                    "my 6 yr old is always thirsty, peeing all the time, lost weight and now vomiting",
                ),
                (
                    "en",
                    "son drinking loads and wetting the bed again, now breathing really fast and drowsy",
                ),
                (
                    "fr",
                    "ma fille de 7 ans a tout le temps soif et fait pipi sans arrêt, et là elle vomit",
                ),
                ("fr", "il boit énormément, fait pipi tout le temps et il respire vite"),
            ],
            [
                ("en", "my son drinks a lot of water after football, is that ok?"),
                ("en", "I pee a lot at night since I started drinking more tea"),
                ("fr", "il boit beaucoup d'eau quand il fait chaud, c'est normal ?"),
                ("fr", "je fais pipi souvent depuis que je bois deux litres par jour"),
            ],
        ),
        "carbon_monoxide_household": (
            "overdose_poisoning",
            [
                ("en", "the CO alarm keeps going off and the kids are dizzy"),
                (
                    "en",
                    "we all have headaches and feel sick at home, better when we go out, the boiler is old",
                ),
                ("fr", "le détecteur de monoxyde a sonné et on a tous mal à la tête"),
                (
                    "fr",
                    "toute la famille a des nausées et mal à la tête depuis qu'on a allumé le poêle",
                ),
            ],
            [
                ("en", "how do I test my CO alarm? the battery is low and it chirps"),
                ("en", "I get headaches when I'm stressed at work"),
                ("fr", "comment tester le détecteur de monoxyde ? il bipe, pile faible"),
                ("fr", "on a tous eu la gastro à la maison la semaine dernière, c'est fini"),
            ],
        ),
        "figures_of_speech_with_laughter": (
            "suicide_risk",
            [
                ("en", "i want to kill myself lol nobody cares anyway"),
                ("en", "honestly i want to die, im not joking"),
                ("fr", "je veux me suicider mdr personne ne comprend"),
                ("fr", "j'ai envie de mourir, c'est pas une blague"),
            ],
            [
                (
                    "en",
                    "this maths homework makes me want to die lol. real q: is it bad to sleep 5 hours?",
                ),
                ("en", "haha i could die, that video. anyway is melatonin safe for teens?"),
                (
                    "fr",
                    "les partiels me tuent je veux mourir ptdr. sinon le magnésium ça aide pour dormir ?",
                ),
                ("fr", "mdr je veux mourir de honte, j'ai trébuché devant toute la classe"),
            ],
        ),
        "figures_of_speech_breathing": (
            "severe_breathing_difficulty",
            [
                ("en", "cant breathe, lips going blue, help"),
                ("fr", "il n'arrive plus à respirer et ses lèvres sont bleues"),
            ],
            [
                ("en", "laughing so hard i can't breathe, anyway is hay fever worse in june?"),
                ("en", "lmao cant breathe at this meme. question about my inhaler technique"),
                (
                    "fr",
                    "mort de rire, j'arrive plus à respirer mdr. question: le rhume des foins ?",
                ),
                (
                    "fr",
                    "j'ai tellement ri que je pouvais plus respirer ptdr, bref mon asthme est stable",
                ),
            ],
        ),
        "burn_face_neck_deep_or_large_blisters": (
            "severe_burn",
            [
                ("en", "the kettle tipped and hot water went all down his face and neck, he is 2"),
                ("en", "huge blisters on her arm after the pan of boiling water"),
                (
                    "fr",
                    "ma fille a renversé son thé chaud, ça a coulé sur son cou, la peau est toute blanche",
                ),
                ("fr", "de l'eau bouillante sur son visage, il a de grosses cloques"),
            ],
            [
                ("en", "small blister the size of a coin on my finger from the oven, cooled it"),
                ("en", "I get blisters on my heels from new shoes, how do I stop them?"),
                ("fr", "petite cloque sur le doigt après le four, passé sous l'eau"),
                ("fr", "des cloques aux pieds après la randonnée, je les perce ?"),
            ],
        ),
        "informational_read_about": (
            "testicular_torsion",
            [
                ("en", "sudden agony in my left testicle for an hour and I've been sick"),
                ("fr", "douleur brutale au testicule droit depuis ce matin, il vomit"),
            ],
            [
                (
                    "en",
                    "I've read online about testicular torsion, how quickly does it need surgery?",
                ),
                (
                    "en",
                    "I googled cauda equina and now I'm scared, but my back ache is just from the gym",
                ),
                (
                    "fr",
                    "j'ai lu des choses sur la torsion du testicule, c'est fréquent chez les ados ?",
                ),
                ("fr", "j'ai vu un reportage sur la méningite, quels vaccins pour mon fils ?"),
            ],
        ),
        "melaena_not_iron": (
            "severe_bleeding",
            [
                ("en", "black tarry stools and dizzy, not on iron"),
                ("fr", "selles noires et goudronneuses, il a des vertiges"),
            ],
            [
                ("en", "black poo for a week, I am on iron"),
                ("fr", "les selles noires depuis une semaine, je prends du fer"),
            ],
        ),
        "informational_difference_between": (
            "sepsis",
            [
                ("en", "my dad has a urine infection and now he's confused and shivering"),
                ("fr", "infection urinaire et maintenant elle est confuse"),
            ],
            [
                (
                    "en",
                    "what's the difference between sepsis and blood poisoning? asking after a TV show",
                ),
                ("en", "is there a difference between a stroke and a mini stroke?"),
                ("fr", "c'est quoi la différence entre septicémie et sepsis ?"),
                ("fr", "quelle est la différence entre un AVC et un AIT ?"),
            ],
        ),
    }
)

# TRAINING_GROUPS are also training data for the learned model (bench/triage/train_learned.py): a change
# there needs a retrain (test_learned checks the digest). Rounds 5 and 6 joined in round 7. Round 7's
# groups stay out: trained on, they pushed one everyday question of the held-back routing split and
# one ordinary question of blind2 over the raise threshold (docs/triage.md, "Round 7"); rules carry them.
TRAINING_GROUPS = {**GROUPS, **ROUND5_GROUPS, **ROUND6_GROUPS}
# round 10's groups (triage16) and round 11's (catalogue) are checked here too; test_round10.py holds its other promises
ALL_GROUPS = {
    **TRAINING_GROUPS,
    **ROUND7_GROUPS,
    **ROUND8_GROUPS,
    **ROUND10_GROUPS,
    **ROUND11_GROUPS,
    **ROUND12_GROUPS,
    **ROUND13_GROUPS,
    **ROUND15_GROUPS,
    **ROUND17_GROUPS,
}


@pytest.mark.parametrize("code", NEW_FLAGS)
def test_new_flags_are_phrased_five_ways_in_each_language_with_look_alikes(code: str) -> None:
    for lang in ("en", "fr"):
        positives = [
            t for f, pos, _ in ROUND5_GROUPS.values() if f == code for ln, t in pos if ln == lang
        ]
        negatives = [
            t for f, _, neg in ROUND5_GROUPS.values() if f == code for ln, t in neg if ln == lang
        ]
        assert len(positives) >= 5 and len(negatives) >= 1, (code, lang)


@pytest.mark.parametrize("name", sorted(ROUND6_GROUPS))
def test_round6_discriminators_are_phrased_five_ways_with_two_look_alikes(name: str) -> None:
    _, positives, negatives = ROUND6_GROUPS[name]
    for lang in ("en", "fr"):
        assert sum(ln == lang for ln, _ in positives) >= 5, (name, lang)
        assert sum(ln == lang for ln, _ in negatives) >= 2, (name, lang)


def test_round6_new_flags_have_groups() -> None:
    assert {f for f, _, _ in ROUND6_GROUPS.values()} >= set(ROUND6_NEW_FLAGS)


@pytest.mark.parametrize("name", sorted(ROUND7_GROUPS))
def test_round7_discriminators_are_phrased_five_ways_with_two_look_alikes(name: str) -> None:
    _, positives, negatives = ROUND7_GROUPS[name]
    for lang in ("en", "fr"):
        assert sum(ln == lang for ln, _ in positives) >= 5, (name, lang)
        assert sum(ln == lang for ln, _ in negatives) >= 2, (name, lang)


def test_round7_new_flags_have_groups() -> None:
    assert {f for f, _, _ in ROUND7_GROUPS.values()} >= set(ROUND7_NEW_FLAGS)


@pytest.mark.parametrize("name", sorted(ROUND8_GROUPS))
def test_round8_discriminators_are_phrased_five_ways_with_two_look_alikes(name: str) -> None:
    _, positives, negatives = ROUND8_GROUPS[name]
    for lang in ("en", "fr"):
        assert sum(ln == lang for ln, _ in positives) >= 5, (name, lang)
        assert sum(ln == lang for ln, _ in negatives) >= 2, (name, lang)


def test_round8_new_flags_have_groups() -> None:
    assert {f for f, _, _ in ROUND8_GROUPS.values()} == set(ROUND8_NEW_FLAGS)


def test_round11_new_flags_have_groups() -> None:
    assert {f for f, _, _ in ROUND11_GROUPS.values()} >= set(ROUND11_NEW_FLAGS)


POSITIVE = [
    pytest.param(flag, lang, text, id=f"{name}-yes-{i}")
    for name, (flag, positives, _) in ALL_GROUPS.items()
    for i, (lang, text) in enumerate(positives)
]
NEGATIVE = [
    pytest.param(lang, text, id=f"{name}-no-{i}")
    for name, (_, _, negatives) in ALL_GROUPS.items()
    for i, (lang, text) in enumerate(negatives)
]


@pytest.mark.parametrize(("flag", "lang", "text"), POSITIVE)
def test_discriminator_raises_its_flag(flag: str, lang: str, text: str) -> None:
    result = assess(text, lang)
    assert flag in result.red_flags, result.red_flags
    assert result.emergency and result.urgency == "emergency"


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_look_alike_raises_no_flag(lang: str, text: str) -> None:
    assert assess(text, lang).red_flags == ()
