"""Round 12 (helper triage17): flags closing gaps in the published catalogue (data/catalogue.json),
and French everyday words (ameli, SAMU, spoken and texting forms) for existing flags. Sentences
written or paraphrased from the published pages for these tests; none comes from a held-out set.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

NEW_FLAGS = (
    "urinary_retention",
    "major_fracture",
    "cholangitis",
    "post_tonsillectomy_bleed",
    "deep_neck_infection",
    "acute_heart_failure",
)

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "urinary_retention_cannot_pee": (
        "urinary_retention",
        [
            ("en", "I cannot pee at all since this morning and my bladder is very painful"),
            ("en", "my dad can't pass urine for 10 hours, his lower tummy is swollen and hard"),
            ("en", "I'm bursting for a wee but nothing comes out when I try, it's agony"),
            ("en", "my husband has not been able to urinate all day and he is in agony"),
            ("en", "can't empty my bladder since last night, belly swollen and painful"),
            ("fr", "je n'arrive plus à uriner depuis ce matin, le ventre gonflé et douloureux"),
            ("fr", "mon mari ne peut plus faire pipi depuis 12h, il a mal au bas ventre"),
            ("fr", "mon pere arrive pu a pisser depuis hier, le bas du ventre est tout dur"),
            ("fr", "impossible d'uriner, rien ne sort quand j'essaie, la vessie pleine"),
            ("fr", "rétention urinaire je crois, le ventre tendu, douleur atroce"),
        ],
        [
            ("en", "I can't pee when other people are in the toilets, is that normal?"),
            ("en", "what is urinary retention?"),
            ("en", "weak stream and getting up at night to pee for months"),
            ("fr", "je n'arrive pas à faire pipi devant les autres, c'est grave ?"),
            ("fr", "c'est quoi une rétention urinaire ?"),
        ],
    ),
    "major_fracture_open_or_hip": (
        "major_fracture",
        [
            ("en", "the bone is sticking out of his leg after the fall"),
            ("en", "my mum is 84, she fell and can't get up, her leg is shorter and turned out"),
            ("en", "came off his bike and his arm is bent at a weird angle"),
            ("en", "I can see the bone in her ankle, it went through the skin"),
            ("en", "grandad slipped on the ice, his foot is turned outwards and looks shorter"),
            ("fr", "on voit l'os qui sort de sa jambe"),
            ("fr", "mamie est tombée, elle ne peut plus se relever, sa jambe est raccourcie"),
            ("fr", "il est tombé de l'échelle, fracture ouverte au bras"),
            ("fr", "chute de ma mère, la jambe tournée vers l'extérieur et plus courte"),
            ("fr", "son poignet fait un angle bizarre après la chute, l'os dépasse"),
        ],
        [
            ("en", "I broke my wrist last year, the cast is off, can I go to the gym?"),
            ("en", "what is an open fracture?"),
            ("en", "one leg is slightly shorter than the other since birth, physio?"),
            ("fr", "c'est quoi une fracture ouverte ?"),
            ("fr", "ma jambe droite est plus courte de naissance, faut-il une semelle ?"),
        ],
    ),
    "cholangitis_jaundice_fever": (
        "cholangitis",
        [
            (
                "en",
                "my skin and eyes have gone yellow and I have a high temperature with shivering",
            ),
            ("en", "gallstones, now jaundiced and a fever of 39"),
            ("en", "the whites of his eyes are yellow and he is burning up"),
            ("en", "my mum has turned yellow and has a temperature of 38.8"),
            ("en", "yellow skin and feverish with pain under the ribs on the right"),
            ("fr", "ma peau est devenue jaune et j'ai 39 de fièvre"),
            ("fr", "il a les yeux jaunes et de la fièvre avec des frissons"),
            ("fr", "jaunisse et fièvre à 38,9 depuis ce matin"),
            ("fr", "ma mère est toute jaune et elle a de la fièvre"),
            ("fr", "ictère et fièvre, j'ai des calculs dans la vésicule"),
        ],
        [
            ("en", "I have Gilbert's syndrome and yellow eyes when I have a fever, is that ok?"),
            ("en", "my skin looks yellow after eating a lot of carrots"),
            ("en", "what causes jaundice?"),
            ("fr", "syndrome de Gilbert, les yeux un peu jaunes, faut-il s'inquiéter ?"),
            ("fr", "c'est quoi un ictère ?"),
        ],
    ),
    "tonsillectomy_bleeding": (
        "post_tonsillectomy_bleed",
        [
            ("en", "bleeding from the back of my throat 6 days after my tonsillectomy"),
            ("en", "my son had his tonsils out last week and is spitting blood"),
            ("en", "fresh blood in her mouth, she had a tonsillectomy 8 days ago"),
            ("en", "after the adenoidectomy he keeps spitting out blood clots"),
            ("en", "had my tonsils removed on Monday and I am bleeding from my throat"),
            ("fr", "mon fils a été opéré des amygdales il y a 5 jours, il crache du sang"),
            ("fr", "amygdalectomie la semaine dernière, ça saigne dans la gorge"),
            ("fr", "ma fille saigne de la bouche après son amygdalectomie"),
            ("fr", "opéré des végétations hier, il crache des caillots"),
            ("fr", "amygdales enlevées il y a une semaine, du sang dans la salive"),
        ],
        [
            ("en", "will there be bleeding after my tonsillectomy next week?"),
            ("en", "what are the risks of a tonsillectomy?"),
            ("fr", "amygdalectomie prévue demain, risques de saignement ?"),
            ("fr", "c'est quoi les risques de saignement après une amygdalectomie ?"),
        ],
    ),
    "dental_abscess_spreading": (
        "deep_neck_infection",
        [
            ("en", "severe pain in my jaw and face swollen up to my eye from a tooth abscess"),
            ("en", "tooth abscess and now my neck is swollen"),
            ("en", "wisdom tooth infection, swelling under my jaw and I can't swallow"),
            ("en", "dental abscess, his eye is swollen shut on that side"),
            ("en", "my gum abscess has made it hard to swallow my own spit"),
            ("fr", "abcès dentaire, la joue gonflée jusqu'à l'oeil"),
            ("fr", "rage de dent, le cou enfle et j'ai du mal à avaler"),
            ("fr", "abcès sur une dent de sagesse, gonflement sous le menton"),
            ("fr", "infection dentaire, l'oeil est gonflé et fermé"),
            ("fr", "mal aux dents et j'ai du mal a avaler depuis ce matin"),
        ],
        [
            ("en", "toothache and a bit of gum swelling"),
            ("en", "what is a dental abscess?"),
            ("fr", "petite gencive gonflée autour d'une dent, dentiste lundi ?"),
            ("fr", "c'est quoi un abcès dentaire ?"),
        ],
    ),
    "french_everyday_words": (
        "severe_breathing_difficulty",
        [
            ("en", "he has gone blue and is gasping"),
            ("en", "the baby has turned blue"),
            ("en", "she's gone grey and can hardly breathe"),
            ("en", "my son has gone purple"),
            ("en", "her lips have turned blue"),
            ("fr", "j'arrive plus à respirer"),
            ("fr", "je peux plus respirer"),
            ("fr", "jarrive pu a respirer"),
            ("fr", "il est tout bleu"),
            ("fr", "il respire mal, il a les lèvres bleues"),
        ],
        [
            ("en", "my knee has gone blue after I bumped it"),
            ("fr", "j'arrive plus à respirer par le nez avec ce rhume"),
            ("fr", "mon genou est tout bleu depuis la chute"),
            ("fr", "il respire mal par le nez la nuit, végétations ?"),
        ],
    ),
    "french_heat_and_consciousness": (
        "heat_stroke",
        [
            ("en", "heatwave, grandad is confused and burning hot"),
            ("en", "worked all day in the sun, now he's confused"),
            ("en", "heatstroke I think, he is talking nonsense"),
            ("en", "in the heatwave my mum collapsed"),
            ("en", "left in a hot car, now he is very drowsy"),
            ("fr", "il a pris un coup de chaud, il délire"),
            ("fr", "coup de chaud au travail, elle est confuse"),
            ("fr", "trop au soleil, il dit n'importe quoi"),
            ("fr", "canicule, mamie divague"),
            ("fr", "coup de chaud sur le chantier, il délire"),
        ],
        [
            ("en", "how do I avoid heatstroke during the heatwave?"),
            ("fr", "comment éviter un coup de chaud pendant la canicule ?"),
        ],
    ),
    "cauda_equina_retention": (
        "cauda_equina",
        [
            ("en", "terrible back pain and I cannot pee since this morning"),
            ("en", "sciatica down both legs and now I can't pass urine"),
            ("fr", "mal de dos et je n'arrive plus à uriner depuis hier"),
            ("fr", "sciatique, lumbago et il ne peut plus faire pipi"),
        ],
        [
            ("en", "back pain for months, and I pee a lot at night"),
            ("fr", "mal au dos depuis des mois, j'urine souvent la nuit"),
        ],
    ),
    "french_chest_tightness": (
        "acute_coronary_syndrome",
        [
            ("en", "pain in my chest, it is squeezing hard"),
            ("en", "squeezing pain in my chest"),
            ("fr", "jai mal ds la poitrine ca serre fort"),
            ("fr", "j'ai mal dans la poitrine, ça serre"),
            ("fr", "ça me serre la poitrine depuis une heure"),
            ("fr", "douleur dans la poitrine qui serre"),
            ("fr", "mal au thorax, ça m'oppresse"),
        ],
        [
            ("fr", "ça me serre le coeur de le voir partir en pension"),
            ("fr", "mon soutien-gorge me serre la poitrine, quelle taille prendre ?"),
            ("fr", "j'ai mal à la poitrine quand j'appuie, ça serre un peu"),
            ("en", "my chest feels tight when I have a cold"),
        ],
    ),
    "french_texting_breathing": (
        "severe_breathing_difficulty",
        [
            ("fr", "jarrive plu a respiré"),
            ("fr", "j'arrive plus à respirer, aidez moi"),
            ("fr", "elle peut plus respirer"),
            ("fr", "mon bb respire mal et devient tout bleu"),
        ],
        [
            ("fr", "je peux plus respirer par le nez depuis mon rhume"),
        ],
    ),
    "acute_heart_failure_frothy": (
        "acute_heart_failure",
        [
            ("en", "I cough up pink frothy sputum and cannot lie flat, breathless"),
            ("en", "my dad is coughing up pink froth and very short of breath"),
            ("en", "breathless at night, I can't lie flat without feeling I'm suffocating"),
            ("en", "heart failure, wakes up gasping, so breathless he can't talk"),
            ("en", "frothy pink spit and she is struggling for breath"),
            ("fr", "il crache une mousse rose et il est essoufflé"),
            ("fr", "essoufflée, elle ne peut plus s'allonger sans étouffer"),
            ("fr", "il se réveille en étouffant la nuit, très essoufflé"),
            ("fr", "crachats rosés mousseux et je suis essoufflé"),
            ("fr", "mon père crache de la mousse rose, il a du mal à respirer"),
        ],
        [
            ("en", "what is pulmonary oedema? pink frothy sputum?"),
            ("en", "I can't lie flat because of my back pain"),
            ("en", "I cough up white phlegm and get a bit breathless on stairs"),
            ("fr", "c'est quoi un oedème aigu du poumon ?"),
            ("fr", "je tousse des crachats blancs avec mon rhume"),
        ],
    ),
    "button_battery_nose_ear": (
        "overdose_poisoning",
        [
            ("en", "he put a button battery up his nose"),
            ("en", "my daughter pushed a battery into her ear"),
            ("fr", "mon fils s'est mis une pile bouton dans le nez"),
            ("fr", "elle a une pile coincée dans l'oreille"),
        ],
        [
            ("en", "what if a child puts a button battery in his ear?"),
            ("en", "the battery of my hearing aid is low and my ear aches"),
            ("fr", "que faire si un enfant met une pile dans son nez ?"),
        ],
    ),
}
