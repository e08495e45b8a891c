"""Red flags built from the published discriminators (issue 8): one group per discriminator.

Each group holds phrasings that must raise the flag (EN and FR, lay words, SMS, typos) and
look-alikes that must not: negated, past, informational, figures of speech. docs/triage.md's
coverage table names the group that covers each discriminator.
"""

from __future__ import annotations

import pytest

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

POSITIVE = [
    pytest.param(flag, lang, text, id=f"{name}-yes-{i}")
    for name, (flag, positives, _) in GROUPS.items()
    for i, (lang, text) in enumerate(positives)
]
NEGATIVE = [
    pytest.param(lang, text, id=f"{name}-no-{i}")
    for name, (_, _, negatives) in GROUPS.items()
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
