"""Round 5 (issue 8, helper triage9): discriminators that were missing or weak (run by test_discriminators).

Written from the published lists (NHS "call 999 if", Manchester Triage System general
discriminators, SAMU-Centre 15, NICE CKS), never from a held-out set. Each group holds phrasings
that must raise the flag (EN and FR, lay words, SMS, typos) and look-alikes that must raise
nothing (negated, past, informational, hypothetical, benign readings). docs/triage.md's coverage
table names the group that covers each discriminator.
"""

from __future__ import annotations

# discriminator: (flag, [(lang, text) that must raise it], [(lang, text) that must raise nothing])
GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "acute_limb_ischaemia": (
        "limb_ischaemia",
        [
            ("en", "my dad's foot has gone cold and white and he can't feel it, he has AF"),
            ("en", "leg suddenly ice cold n blue, cant move my toes"),
            ("en", "her arm is pale and cold and there's no pulse at her wrist"),
            ("en", "probably nothing but my left foot is cold and grey and really painful"),
            ("fr", "mon père a de la FA, son pied est froid et tout blanc"),
            ("fr", "sa jambe est glacée et violacée, il ne la sent plus"),
            ("fr", "on ne trouve plus le pouls au pied, il est froid et pâle"),
            ("en", "my foot is blue and cold, no feeling in it since an hour"),
            ("en", "my nans foot is rly cold n white n she cant feel it"),
            ("en", "his leg gone all mottled n freezing, no pulse we can find"),
            (
                "fr",
                "le pied de mon père est violet et glacé, il a une FA et a arrêté son anticoagulant",
            ),
            ("fr", "pied froid et blanc depuis 2h il sent plus rien"),
            ("en", "her leg is cold and pale and there's no pulse in her foot"),
            ("en", "no pulse in my right wrist, the hand is cold and numb"),
            ("fr", "mon pied est glacé et blanc depuis ce matin, je n'ai plus de pouls"),
            ("fr", "sa jambe est devenue froide et toute blanche d'un coup"),
            ("fr", "ma jambe est froide et marbrée et je ne sens plus mon pied"),
        ],
        [
            ("en", "my feet are always cold and white in winter, is that circulation?"),
            ("en", "what are the signs of a blocked artery in the leg?"),
            ("en", "my toes went white and cold in the snow, Raynaud's, fine now"),
            ("en", "my foot isn't cold or pale, just a bit swollen after the flight"),
            ("fr", "j'ai les mains froides et blanches quand il fait froid, c'est un Raynaud"),
            ("fr", "que faire si une jambe devient froide et blanche ?"),
            ("en", "my grandad's legs are cold and purple, he's had poor circulation for years"),
            ("fr", "les pieds froids et violets l'hiver chez mon fils"),
        ],
    ),
    "choking_food_or_object": (
        "choking",
        [
            ("en", "he ate a bit of steak and now he can't speak or breathe"),
            ("en", "my toddler had a grape and now she can't breathe"),
            ("en", "food went down the wrong way and she can't talk"),
            ("fr", "mon fils a avalé un bonbon de travers il n'arrive plus à parler ni respirer"),
            ("fr", "un morceau de viande, il ne peut plus parler"),
        ],
        [
            ("en", "what should I do if my child is choking on a grape?"),
            ("en", "I choked on a bit of bread at lunch, coughed it up, fine now"),
            (
                "fr",
                "il a avalé une pièce hier, il respire bien et mange normalement, on surveille les selles ?",
            ),
            ("fr", "que faire si un bébé fait une fausse route ?"),
        ],
    ),
    "chemical_eye_splash": (
        "eye_emergency",
        [
            ("en", "I splashed oven cleaner in my eye"),
            ("en", "bleach got in my son's eyes"),
            ("fr", "de la javel m'a giclé dans l'oeil"),
            ("fr", "du déboucheur dans les yeux de ma fille"),
        ],
        [
            ("en", "I got shampoo in my eye and it stings"),
            ("en", "can bleach fumes make your eyes water?"),
            ("fr", "l'odeur de la javel me pique les yeux"),
        ],
    ),
    "sudden_painful_red_eye": (
        "eye_emergency",
        [
            ("en", "sudden very painful red eye and my vision has gone blurry"),
            ("en", "my eye is red and really painful and I can't see out of it"),
            ("en", "my eye is red n really sore and cant see properly since this morning"),
            ("fr", "oeil rouge très douloureux et je vois flou d'un coup"),
            ("fr", "oeil tout rouge qui fait très mal, je vois trouble, mal de tête et nausées"),
        ],
        [
            ("en", "red sticky eye with yellow discharge, is it conjunctivitis?"),
            ("en", "my eye is red but not painful and I can see fine"),
            ("fr", "oeil rouge qui gratte, conjonctivite ?"),
            ("fr", "j'ai eu un oeil rouge et douloureux il y a deux ans, ils m'ont soigné"),
        ],
    ),
    "ectopic_pregnancy": (
        "pregnancy_emergency",
        [
            (
                "en",
                "positive test last week and now sharp pain on one side of my tummy and shoulder tip pain",
            ),
            ("en", "my period is late and I have bad pain low on the right side and I feel faint"),
            ("en", "missed my period, really severe pain in my lower belly"),
            ("en", "I think I might have an ectopic pregnancy"),
            ("en", "pos test 2 days ago now agony one side n shoulder tip pain"),
            ("fr", "test positif, très mal à droite, je me sens partir"),
            ("fr", "retard de règles, douleur violente à gauche dans le bas ventre et malaise"),
            ("fr", "test de grossesse positif et mal au bout de l'épaule"),
            (
                "fr",
                "j'ai peur d'une grossesse extra utérine, j'ai mal d'un côté et la tête qui tourne, je suis enceinte de 6 semaines",
            ),
        ],
        [
            ("en", "what are the signs of an ectopic pregnancy?"),
            ("en", "I had an ectopic pregnancy 3 years ago, can I try again?"),
            ("en", "my period is late and I have mild cramps, could I be pregnant?"),
            ("en", "positive pregnancy test, when should I see a midwife?"),
            ("en", "I had shoulder tip pain after my laparoscopy last week, is that normal?"),
            (
                "en",
                "test came back positive for covid, a bit of pain on my right side from coughing",
            ),
            ("fr", "test positif au covid, un peu mal à droite quand je tousse"),
            (
                "fr",
                "j'ai eu une grossesse extra-utérine il y a deux ans, quels risques pour la suivante ?",
            ),
            ("fr", "retard de règles de 3 jours, pas de douleur, je fais un test ?"),
        ],
    ),
    "aneurysm_with_collapse_or_pain": (
        "aortic_dissection",
        [
            ("en", "my grandad has a known aortic aneurysm and he's just collapsed"),
            ("en", "he has a triple A and suddenly has terrible back pain"),
            ("en", "dad has AAA and collapsed in the kitchen"),
            ("en", "triple A being watched, now severe tummy pain"),
            ("fr", "il a un anévrisme de l'aorte connu et il vient de faire un malaise"),
            ("fr", "anévrisme abdominal surveillé, douleur brutale dans le dos"),
        ],
        [
            ("en", "my grandad has a small aortic aneurysm being monitored, can he fly?"),
            ("en", "what is the screening for abdominal aortic aneurysm?"),
            ("en", "dad had his AAA repaired in 2019 and is doing well"),
            ("fr", "mon père a un petit anévrisme de l'aorte surveillé, peut-il faire du vélo ?"),
        ],
    ),
    "stroke_minimised": (
        "stroke",
        [
            ("en", "probably nothing, sorry to bother, but mum's face looks droopy on one side"),
            (
                "en",
                "it's probably nothing, his speech was slurred for ten minutes, seems better now",
            ),
            ("fr", "c'est sûrement rien mais elle a la bouche de travers depuis une heure"),
            ("fr", "désolé de déranger, il parle bizarrement depuis ce matin, il mélange les mots"),
        ],
        [
            (
                "en",
                "no face droop, no arm weakness, no slurred speech, just a headache from a cold",
            ),
            ("fr", "pas de bouche de travers, pas de faiblesse, juste un rhume"),
        ],
    ),
    "blood_glucose_reading": (
        "diabetic_emergency",
        [
            ("en", "blood sugar 2.1 and he's confused"),
            ("en", "sugar is 40 mg/dl and she's not making sense"),
            ("en", "my meter just says HI and I keep vomiting"),
            ("en", "bg 33 mmol and throwing up all night"),
            ("fr", "glycémie à 0,45 g et il est confus"),
            ("fr", "le lecteur affiche HI et il vomit"),
            ("fr", "glycemie 0,38 elle est toute confuse"),
            ("fr", "glycémie 0,4 il répond plus bien"),
        ],
        [
            ("en", "my blood sugar was 3.5 this morning, I ate a biscuit and feel fine"),
            ("en", "blood sugar 7.2 after dinner is that ok?"),
            ("fr", "ma glycémie est à 1,05 g ce matin, c'est normal ?"),
            ("en", "my sugar was HI on the meter after birthday cake but I feel totally fine"),
            ("fr", "glycémie 2,5 g après le gâteau, pas de symptômes"),
        ],
    ),
    "oxygen_saturation_low": (
        "severe_breathing_difficulty",
        [
            ("en", "sats 91 on air and breathless"),
            ("en", "my oximeter says 89 %"),
            ("fr", "saturation à 90 % chez mon père"),
            ("fr", "sa saturation est descendue à 88"),
        ],
        [
            ("en", "my sats are 97 %, is that ok?"),
            ("fr", "saturation 98 %, tout va bien ?"),
        ],
    ),
    "baby_under_3_months_fever_reading": (
        "infant_fever",
        [
            ("en", "my 6 week old is 38.2"),
            ("en", "my 2 month old baby temperature 100.6F"),
            ("fr", "bébé de 5 semaines 38,5"),
        ],
        [
            ("en", "my 4 year old has 38.5 fever"),
            ("fr", "mon bébé de 5 semaines est à 37,2, c'est normal ?"),
        ],
    ),
    "heart_rate_extreme_with_symptoms": (
        "critical_vital_signs",
        [
            ("en", "heart rate 190 and I feel faint"),
            ("en", "HR 200 chest tight"),
            ("en", "heart rate 210 feel like passing out"),
            ("en", "pulse is 35 and he's dizzy"),
            ("en", "my watch says 168 bpm at rest and I'm short of breath"),
            ("fr", "pouls à 180 et la tête qui tourne"),
            ("fr", "fréquence cardiaque à 40 et il est confus"),
        ],
        [
            ("en", "heart rate 58 at rest, I run a lot"),
            ("en", "my heart was at 175 during the spin class and I felt dizzy after"),
            ("en", "pulse 160 and no dizziness, no chest pain, no breathlessness"),
            ("fr", "pouls à 48 au repos, je suis sportif"),
            ("en", "my watch said my heart rate was 40 while I was asleep, I feel fine"),
            ("en", "what does a heart rate of 160 mean in a baby?"),
        ],
    ),
    "blood_pressure_very_high_with_symptoms": (
        "critical_vital_signs",
        [
            ("en", "BP 210/120 and chest pain"),
            ("en", "bp 200/120 cant see properly and headache"),
            ("en", "my blood pressure is 200 over 110 and I'm confused"),
            ("fr", "tension à 20/12 avec mal de tête et vision trouble"),
            ("fr", "ta 19/11, douleur thoracique"),
            ("fr", "tension 22/11 et douleur dans la poitrine"),
        ],
        [
            ("en", "my blood pressure is 145/90, should I worry?"),
            ("en", "bp 185/95 at the pharmacy, no symptoms, what should I do?"),
            ("fr", "la tension est à 13/8, c'est bien ?"),
            ("fr", "tension 18/10 au cabinet, pas de symptômes, que faire ?"),
            ("en", "what blood pressure is too high, like 180/110?"),
            ("en", "my mum's bp was 190/100 last week, GP changed her tablets, no headache now"),
        ],
    ),
    "upper_gi_bleed": (
        "severe_bleeding",
        [
            ("en", "throwing up what looks like coffee grounds"),
            ("en", "black tarry poo since yesterday"),
            ("fr", "je vomis du marc de café"),
            ("fr", "selles noires comme du goudron"),
        ],
        [
            ("en", "black stools since I started taking iron"),
            ("fr", "selles noires depuis le fer"),
            ("en", "black poo after eating blueberries"),
            ("fr", "selles noires après un bol de myrtilles"),
        ],
    ),
    "stridor_drooling": (
        "severe_breathing_difficulty",
        [
            (
                "en",
                "my child is drooling and can't swallow and making a high pitched noise when breathing in",
            ),
            ("en", "stridor in my toddler, he's struggling"),
            ("fr", "ma fille bave et n'arrive plus à avaler"),
            ("fr", "il fait un bruit aigu quand il respire, stridor"),
        ],
        [
            ("en", "my baby drools a lot, teething?"),
            ("en", "what is stridor?"),
            ("fr", "il bave beaucoup, c'est les dents ?"),
            ("fr", "je bave la nuit en dormant, c'est grave ?"),
        ],
    ),
}

# Flags added in this round keep their phrasings here, not in cases.POSITIVE, which the learned
# model trains on (a change there needs a retrain): test_red_flags checks the others.
NEW_FLAGS = ("limb_ischaemia", "critical_vital_signs")
