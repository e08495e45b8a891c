"""Round 7 (issue 8, helper triage11): complaint-independent general discriminators and informational scope.

Written from the published lists only (Manchester Triage System general discriminators, NHS "call 999
if", SAMU-Centre 15 criteria), never from a held-out set or its misses: shock, altered conscious level,
currently fitting, uncontrollable haemorrhage, inadequate breathing, very hot and very cold, and
questions that ask what a sign means without describing anyone now. Each group holds phrasings that
must raise the flag (EN and FR, lay words, SMS, typos, third persons) and look-alikes that must raise
nothing. Run by test_discriminators.py; docs/triage.md's coverage table names each group.
"""

from __future__ import annotations

# discriminator: (flag, [(lang, text) that must raise it], [(lang, text) that must raise nothing])
GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "shock_general": (
        "shock",
        [
            ("en", "my husband has gone grey and clammy and he keeps nearly fainting"),
            ("en", "she's white as a sheet, cold and clammy, and her heart is racing"),
            ("en", "dad is really pale and sweaty and cant stand up, his pulse is weak"),
            ("en", "he looks deathly pale and he just collapsed in the hallway"),
            ("en", "im in a cold sweat, gone all grey and feel like im going to pass out"),
            ("en", "my wife is pale n clammy n keeps blacking out"),
            ("fr", "mon père est tout pâle, en sueurs froides et il ne tient plus debout"),
            ("fr", "elle est livide et moite, son coeur bat très vite et elle a fait un malaise"),
            ("fr", "il est devenu gris, il est froid et moite et il s'est effondré"),
            ("fr", "jsuis toute blanche avec des sueurs froides, je me sens partir"),
            (
                "fr",
                "mon mari est blême, il transpire froid et son pouls est très faible, il a fait un malaise",
            ),
        ],
        [
            ("en", "I went pale and fainted at my blood test years ago, should I tell the nurse?"),
            ("en", "my son has been pale and tired for months, could it be anaemia?"),
            ("en", "I nearly passed out laughing at the film last night"),
            ("en", "I get clammy and my heart races during my panic attacks, is that normal?"),
            ("fr", "je deviens toute pâle et je fais un malaise à chaque prise de sang"),
            ("fr", "ma fille est pâle depuis des mois, il faut faire une prise de sang ?"),
            ("fr", "quand je me lève trop vite je suis pâle et je vois des étoiles"),
            ("en", "I went white and felt faint when I cut my finger, I'm fine now"),
            ("en", "my son fainted at school assembly, he went pale first, he's fine now"),
            ("fr", "j'ai fait un malaise vagal hier, j'étais toute blanche, ça va mieux"),
        ],
    ),
    "altered_conscious_level": (
        "altered_consciousness",
        [
            ("en", "my mum suddenly doesn't know where she is and is talking nonsense"),
            (
                "en",
                "grandad has been confused since this morning, he keeps calling me by my dad's name",
            ),
            ("en", "he's drifting in and out and only opens his eyes when we shout"),
            ("en", "my wife doesn't recognise me, she was fine yesterday"),
            ("en", "dad is barely conscious and mumbling"),
            ("en", "cant wake her up properly, she is very floppy and not making sense"),
            ("fr", "ma mère ne me reconnaît plus depuis ce matin"),
            ("fr", "mon père est brutalement confus, il ne sait plus où il est"),
            ("fr", "il est à moitié inconscient, il ne réagit qu'à la douleur"),
            ("fr", "on n'arrive pas à la réveiller complètement, elle dit n'importe quoi"),
            ("fr", "mon grand pere delire d'un coup et ne reconnait personne"),
        ],
        [
            ("en", "I'm a bit confused about my new tablets, do I take them with food?"),
            ("en", "my dad has dementia and doesn't recognise me some days, how can I help him?"),
            ("en", "my teenager is so hard to wake in the mornings for school"),
            ("en", "my old school friend didn't recognise me at the reunion lol"),
            ("fr", "je suis un peu confuse avec les résultats de ma prise de sang"),
            ("fr", "ma mère a Alzheimer et parfois elle ne me reconnaît pas"),
            ("fr", "mon ado n'arrive pas à se réveiller le matin pour l'école"),
        ],
    ),
    "currently_fitting": (
        "unconscious_or_seizure",
        [
            ("en", "my son is having a seizure"),
            ("en", "she's fitting right now what do i do"),
            ("en", "my husband is having a fit on the floor"),
            ("en", "baby is convulsing"),
            ("en", "my daughter is shaking all over and wont respond"),
            ("fr", "mon fils convulse"),
            ("fr", "elle fait une crise d'épilepsie là"),
            ("fr", "ma femme est en train de faire une crise, elle tremble de partout"),
            ("fr", "bebe convulse maintenant"),
            ("fr", "il est en pleine crise d'epilepsie"),
        ],
        [
            ("en", "my son has epilepsy, is it safe for him to go swimming?"),
            ("en", "if he's having a seizure should I put something in his mouth?"),
            ("en", "my mum is having a fit about my grades"),
            (
                "fr",
                "mon fils fait des crises d'épilepsie depuis l'enfance, peut-il passer le permis ?",
            ),
            ("fr", "s'il fait une crise, est-ce qu'il faut le mettre sur le côté ?"),
            ("fr", "mon chien convulse parfois, quel vétérinaire ?"),
        ],
    ),
    "uncontrollable_haemorrhage": (
        "severe_bleeding",
        [
            ("en", "I've been pressing on the cut for 20 minutes and it's still bleeding"),
            ("en", "blood is soaking through the tea towel on his arm"),
            ("en", "his nosebleed has been going for over 30 minutes"),
            ("en", "applied pressure for ten mins and it keeps bleeding"),
            ("en", "still bleeding after 15 minutes of pressure on the wound"),
            ("fr", "j'appuie sur la plaie depuis 20 minutes et ça saigne toujours"),
            ("fr", "le sang traverse le pansement"),
            ("fr", "il saigne du nez depuis plus de 30 minutes"),
            ("fr", "ça saigne encore malgré la compression"),
            ("fr", "je comprime depuis dix minutes et ça continue"),
        ],
        [
            ("en", "small cut on my finger, it stopped bleeding after a few minutes of pressure"),
            ("en", "how long should you press on a cut before it stops bleeding?"),
            ("fr", "petite coupure au doigt, ça s'est arrêté de saigner quand j'ai appuyé"),
            ("fr", "mon fils a saigné du nez 5 minutes hier, c'est normal ?"),
            ("en", "nosebleed for 30 minutes yesterday but it stopped"),
            ("fr", "il a saigné du nez pendant 30 minutes mais ça s'est arrêté"),
        ],
    ),
    "inadequate_breathing": (
        "severe_breathing_difficulty",
        [
            ("en", "his breathing is slow and shallow"),
            ("en", "there are long pauses between her breaths and she's not waking properly"),
            ("en", "he's exhausted from trying to breathe"),
            ("en", "my son is working really hard to breathe"),
            ("en", "she is using her neck muscles to breathe"),
            ("fr", "il respire lentement et avec des pauses"),
            ("fr", "elle a de longues pauses entre ses respirations"),
            ("fr", "respiration très superficielle, il s'épuise à respirer"),
            ("fr", "mon bébé s'épuise à respirer"),
            ("fr", "on voit les muscles du cou pour respirer"),
        ],
        [
            (
                "en",
                "my husband snores and has pauses in his breathing at night, is it sleep apnoea?",
            ),
            ("en", "breathing exercises for anxiety, any tips?"),
            ("fr", "mon mari ronfle et fait des pauses respiratoires la nuit"),
            ("fr", "quels exercices de respiration pour le stress ?"),
        ],
    ),
    "very_hot": (
        "critical_vital_signs",
        [
            ("en", "temp 41.2 and he's shivering"),
            ("en", "her temperature is 41 degrees"),
            ("en", "thermometer says 106 F"),
            ("en", "my son's fever hit 41.5"),
            ("en", "he's burning up, temp of 41.3 c"),
            ("fr", "il a 41,2 de fièvre"),
            ("fr", "température à 41,5"),
            ("fr", "fievre a 41 depuis ce soir"),
            ("fr", "le thermomètre affiche 41,8"),
            ("fr", "elle est à 42 de fièvre"),
        ],
        [
            ("en", "it was 41 degrees outside in Spain, how much water should I drink?"),
            ("en", "how hot should the bath water be, 41 degrees?"),
            ("fr", "il fait 41 degrés dehors, comment protéger mon bébé ?"),
            ("fr", "ma mère a 41 ans et de la fièvre à 38"),
            ("en", "my fever reached 41 last night, now it is 38, should I worry?"),
            ("fr", "il avait 41 de fièvre hier, c'est redescendu à 38"),
        ],
    ),
    "very_cold": (
        "hypothermia",
        [
            ("en", "temp 34.5 and she's confused"),
            ("en", "his temperature is only 34 and he's very drowsy"),
            ("en", "thermometer says 93 F and grandma is so weak"),
            ("en", "temp of 33.8 c, he collapsed"),
            ("en", "her temperature is 34.2 and she's grey and really weak"),
            ("fr", "température à 34,5 et il est confus"),
            ("fr", "elle est à 34 de température et très somnolente"),
            ("fr", "température 33,9, il s'est effondré"),
            ("fr", "thermomètre à 34,2, elle est très faible et toute pâle"),
            ("fr", "temp 34 mon grand père est somnolent"),
        ],
        [
            ("en", "my thermometer read 34.8 under the arm, is it broken?"),
            ("en", "the water was 34 degrees in the pool, is that too cold for a baby?"),
            ("fr", "le thermomètre indique 34, il est peut-être cassé ?"),
            ("fr", "l'eau de la piscine est à 34 degrés, c'est trop froid pour bébé ?"),
        ],
    ),
    "informational_scope": (
        "meningitis",
        [
            ("en", "what does it mean if my son has a stiff neck and a high fever right now?"),
            ("en", "my daughter has a rash that doesn't fade under a glass, what does that mean"),
            ("en", "what does a stiff neck with fever mean? my son has both since this morning"),
            ("en", "when should I worry? my baby has a stiff neck and a fever of 39"),
            ("en", "what causes a rash that doesn't fade with a glass? my son has one now"),
            ("en", "what causes a stiff neck with a high fever, having it now"),
            ("en", "what does a stiff neck and fever mean rn"),
            ("fr", "ça veut dire quoi une nuque raide avec de la fièvre, ça me fait ça là"),
            (
                "fr",
                "que veut dire une raideur de nuque avec fièvre ? mon fils a les deux en ce moment",
            ),
            ("fr", "mon fils a la nuque raide et de la fièvre, ça veut dire quoi ?"),
            (
                "fr",
                "c'est quoi ces taches qui ne s'effacent pas sous le verre ? ma fille en a plein",
            ),
            ("fr", "ma fille a des taches qui ne disparaissent pas à la vitropression c quoi"),
            ("fr", "quand faut-il s'inquiéter ? mon bébé a de la fièvre et la nuque raide"),
        ],
        [
            ("en", "what does a stiff neck with fever mean?"),
            ("en", "what does a rash that doesn't fade under a glass mean in a child?"),
            ("en", "what causes a stiff neck with fever?"),
            ("fr", "que veut dire une raideur de nuque avec de la fièvre ?"),
            ("fr", "c'est quoi la méningite, on en parle à l'école"),
            ("fr", "ça veut dire quoi des taches qui ne s'effacent pas à la vitropression ?"),
            ("en", "what is meningitis?"),
        ],
    ),
    "informational_scope_other_flags": (
        "acute_abdomen",
        [
            ("en", "what does redcurrant jelly poo mean? my 1 year old has it in his nappy now"),
            ("en", "my baby's nappy has redcurrant jelly stool in it, what does that mean?"),
            (
                "en",
                "what does green vomit mean, my son keeps vomiting green and his tummy is swollen",
            ),
            ("en", "his tummy is hard as a board, what does that mean"),
            ("en", "what causes a rock hard belly? my dad's tummy is rock hard and he can't move"),
            ("fr", "que veut dire des selles en gelée de groseille ? il y en a dans sa couche"),
            ("fr", "mon fils vomit vert et a le ventre gonflé, ça veut dire quoi ?"),
            ("fr", "son ventre est dur comme du bois, c'est quoi ?"),
            ("fr", "c quoi un ventre dur comme du bois, mon père a le ventre dur comme du bois"),
            ("fr", "qu'est-ce que ça veut dire, il vomit vert et ne fait plus de gaz"),
        ],
        [
            ("en", "what does redcurrant jelly stool mean?"),
            ("en", "what does bilious vomiting mean in a baby?"),
            ("en", "what is meant by a board-like abdomen?"),
            ("fr", "que veut dire selles en gelée de groseille ?"),
            ("fr", "que signifie un ventre de bois en chirurgie ?"),
            ("fr", "c'est quoi des vomissements bilieux ?"),
        ],
    ),
}

# Flags added in this round (docs/triage.md, "Round 7").
NEW_FLAGS = ("shock", "altered_consciousness")
