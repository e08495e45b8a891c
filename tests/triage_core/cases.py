"""Phrasings of each red flag, in English and French, with typos and negated forms.

POSITIVE[code][lang]: must raise that red flag (and so the emergency guidance).
NEGATED[code][lang]: the same presentation denied; must raise no red flag at all.
"""

from __future__ import annotations

POSITIVE: dict[str, dict[str, list[str]]] = {
    "acute_coronary_syndrome": {
        "en": [
            "My dad has crushing chest pain going down his left arm",
            "i have chest pain and my left arm feels numb",
            "Chest tightness for 20 minutes, I'm sweating and short of breath",
            "pain in the middle of my chest spreading to my jaw",
            "sudden chets pain, feel sick and clammy",
            "It feels like an elephant is sitting on my chest and i cant breathe properly",
            "I think I'm having a heart attack",
            "husband 58 has pressure in his chest radiating to his back, he is sweaty",
        ],
        "fr": [
            "J'ai une douleur dans la poitrine qui descend dans le bras gauche",
            "douleur thoracique et essoufflement depuis une heure",
            "mon père a mal à la poitrine, il transpire beaucoup",
            "oppression thoracique avec sueurs et nausées",
            "douleur a la poitrine qui irradie dans la machoire",
            "jai mal a la poitrine en etau, comme un poids",
            "je pense que c'est une crise cardiaque",
            "ma mere a une douleur thoracique et du mal a respirer",
        ],
    },
    "stroke": {
        "en": [
            "my mum's face is drooping on one side",
            "His speech is slurred and he can't lift his right arm",
            "suddenly my left arm went weak and I can't hold anything",
            "I think my husband is having a stroke",
            "her smile is lopsided and her words are jumbled",
            "i suddenly lost the vision in my left eye",
            "dad slurring his words since an hour, face droopy",
            "one side of his face has dropped",
        ],
        "fr": [
            "ma grand-mère a la bouche de travers depuis ce matin",
            "il n'arrive plus à parler et son bras droit est tout faible",
            "Mon père parle bizarrement et ne peut plus lever le bras",
            "je crois qu'il fait un AVC",
            "perte brutale de la vue de l'oeil gauche",
            "elle a le visage qui tombe d'un côté",
            "troubles de la parole soudains chez mon mari",
            "d'un coup je ne peux plus bouger le bras gauche",
        ],
    },
    "suicide_risk": {
        "en": [
            "I want to end it all",
            "i dont want to live anymore",
            "I've been thinking about killing myself",
            "my daughter is cutting herself and says she wants to die",
            "Everyone would be better off without me",
            "im suicidal",
            "I have been self-harming again",
            "I keep thinking about taking my own life",
        ],
        "fr": [
            "j'ai envie d'en finir",
            "je veux me foutre en l'air",
            "j'ai des idées suicidaires depuis une semaine",
            "je n'ai plus envie de vivre",
            "ma fille se scarifie",
            "je pense à mettre fin à mes jours",
            "je veux mourir",
            "g envie de me suicider",
        ],
    },
    "anaphylaxis": {
        "en": [
            "my throat is closing after eating peanuts",
            "Her lips are swelling and she can't breathe",
            "stung by a bee and now his tongue is swollen and he's wheezing and short of breath",
            "I think I'm having an anaphylactic reaction",
            "allergic to penicillin, took amoxicillin, throat feels tight",
            "son's face swelling up and struggling to breathe after shrimp",
        ],
        "fr": [
            "ma gorge gonfle après avoir mangé des cacahuètes",
            "choc anaphylactique après une piqûre de guêpe",
            "ses lèvres gonflent et elle a du mal à respirer",
            "allergie aux arachides, j'ai la gorge qui se ferme",
            "oedeme de quincke, la langue gonfle",
            "mon fils est allergique, il a la gorge serree et respire mal",
        ],
    },
    "severe_bleeding": {
        "en": [
            "I'm vomiting blood",
            "cut my hand and it won't stop bleeding",
            "my stools are black and tarry",
            "he threw up what looks like coffee grounds",
            "heavy bleeding from a wound, blood soaking through towels",
            "blood is pouring out of the cut on his leg",
        ],
        "fr": [
            "je vomis du sang",
            "la plaie saigne beaucoup et ça ne s'arrête pas",
            "selles noires comme du goudron",
            "hémorragie après une coupure",
            "mon père a vomi du sang ce matin",
            "il saigne abondamment du bras",
        ],
    },
    "infant_fever": {
        "en": [
            "my 6 week old has a fever",
            "2 month old baby temperature 38.5",
            "Newborn with a temperature of 38.2",
            "our baby is 8 weeks old and feels feverish",
            "my daughter is 10 days old and has a fever of 38",
            "baby under 3 months with fever",
        ],
        "fr": [
            "mon bébé de 6 semaines a de la fièvre",
            "nourrisson de 2 mois avec 38,5 de fievre",
            "ma fille a 5 semaines et elle a de la température",
            "bebe de 1 mois fievre 38.4",
            "nouveau-né fébrile",
            "mon fils de 3 semaines est brulant, 39 degres",
        ],
    },
    "meningitis": {
        "en": [
            "stiff neck and a high fever",
            "she has a rash that doesn't fade when I press a glass on it",
            "purple spots on his legs and fever",
            "fever, headache and light hurts his eyes",
            "neck is stiff and he can't stand the light",
            "I think my son has meningitis",
        ],
        "fr": [
            "raideur de la nuque et fièvre",
            "taches violettes qui ne s'effacent pas au test du verre",
            "purpura et fièvre chez mon fils",
            "nuque raide et la lumière lui fait mal",
            "fièvre, mal de tête et ne supporte pas la lumière",
            "j'ai peur que ce soit une méningite",
        ],
    },
    "overdose_poisoning": {
        "en": [
            "I took too many paracetamol tablets",
            "my toddler swallowed a button battery",
            "she overdosed on her sleeping pills",
            "he drank bleach",
            "took a whole box of ibuprofen",
            "my son ate rat poison i think, poisoning",
        ],
        "fr": [
            "j'ai pris toute la boite de doliprane",
            "mon fils a avalé une pile bouton",
            "elle a fait une surdose de médicaments",
            "il a bu de l'eau de javel",
            "intoxication au monoxyde de carbone",
            "j'ai avalé trop de comprimés",
        ],
    },
    "severe_breathing_difficulty": {
        "en": [
            "I can't breathe",
            "my son's lips are turning blue",
            "she is gasping for air",
            "he's too breathless to speak",
            "severe difficulty breathing",
            "baby struggling to breathe, ribs sucking in",
        ],
        "fr": [
            "je n'arrive plus à respirer",
            "ses lèvres sont bleues",
            "j'étouffe",
            "mon fils suffoque",
            "il ne respire plus",
            "grosse difficulté à respirer",
        ],
    },
    "unconscious_or_seizure": {
        "en": [
            "my husband is unconscious",
            "we can't wake him up",
            "she's been having a seizure for more than 5 minutes",
            "my son had his first seizure",
            "He collapsed and is unresponsive",
            "dad is fitting and it won't stop",
        ],
        "fr": [
            "mon mari est inconscient",
            "elle ne répond plus",
            "convulsions depuis plus de 5 minutes",
            "première crise d'épilepsie de mon fils",
            "il s'est effondré et ne répond pas",
            "on n'arrive pas à le réveiller",
        ],
    },
    "thunderclap_headache": {
        "en": [
            "worst headache of my life",
            "sudden severe headache like being hit on the head",
            "thunderclap headache",
            "the headache came on suddenly, excruciating",
            "my head is exploding, the worst headache ever",
            "a sudden explosive headache 20 minutes ago",
        ],
        "fr": [
            "le pire mal de tête de ma vie",
            "mal de tête brutal et violent",
            "céphalée en coup de tonnerre",
            "coup de massue dans la tête d'un coup",
            "j'ai la tête qui va exploser, cephalee brutale",
            "violent mal de tete soudain",
        ],
    },
    "pregnancy_emergency": {
        "en": [
            "I'm 8 weeks pregnant and bleeding",
            "pregnant with severe abdominal pain",
            "I am pregnant and have heavy bleeding with clots",
            "12 weeks pregnant, sharp pain on one side",
            "pregnant and bleeding a lot",
            "my wife is pregnant and has terrible stomach pain",
        ],
        "fr": [
            "je suis enceinte et je saigne",
            "enceinte de 3 mois avec de fortes douleurs au ventre",
            "saignements pendant la grossesse",
            "je suis enceinte de 10 semaines et j'ai des pertes de sang",
            "enceinte, douleur atroce au bas ventre",
            "ma femme est enceinte et elle saigne beaucoup",
        ],
    },
    "sepsis": {
        "en": [
            "she has a UTI and is now confused",
            "fever and his skin looks mottled",
            "I think it's sepsis",
            "high temperature and very confused",
            "infection in his leg and he hasn't peed all day",
            "grandad has a chest infection and is disorientated",
        ],
        "fr": [
            "fièvre et confusion chez ma grand-mère",
            "infection urinaire et il est désorienté",
            "fièvre avec des marbrures sur les jambes",
            "je pense que c'est une septicémie",
            "il a de la fièvre et dit n'importe quoi",
            "infection et n'a pas uriné depuis hier",
        ],
    },
    "testicular_torsion": {
        "en": [
            "sudden severe pain in my left testicle",
            "my son has testicle pain and is vomiting",
            "excruciating pain in my balls",
            "I think it's testicular torsion",
            "sudden pain in my testicle",
            "his scrotum is swollen and the pain is unbearable",
        ],
        "fr": [
            "douleur brutale au testicule gauche",
            "mon fils a très mal aux testicules et il vomit",
            "douleur atroce aux bourses",
            "torsion du testicule",
            "douleur soudaine dans les testicules",
            "testicule douloureux et gonflé, douleur insupportable",
        ],
    },
    "diabetic_emergency": {
        "en": [
            "blood sugar is 1.8 and he's confused",
            "my diabetic son is very drowsy and hard to wake",
            "sugar 28 mmol and vomiting, I'm type 1 diabetic",
            "I think she has DKA",
            "having a hypo and confused",
            "glucose reading HI and he is unconscious",
        ],
        "fr": [
            "glycémie à 0,4 g et il est confus",
            "mon fils diabétique est désorienté",
            "acidocétose diabétique",
            "hypoglycémie et il ne répond plus",
            "ma mère diabétique dit n'importe quoi",
            "cétones élevées, je vomis, diabète type 1",
        ],
    },
}

NEGATED: dict[str, dict[str, list[str]]] = {
    "acute_coronary_syndrome": {
        "en": [
            "no chest pain, no shortness of breath",
            "I don't have chest pain or arm pain",
            "denies chest pain, sweating or breathlessness",
            "No chest pain. Left arm fine.",
        ],
        "fr": [
            "pas de douleur thoracique ni d'essoufflement",
            "je n'ai pas de douleur dans la poitrine, ni au bras",
            "aucune douleur thoracique, pas de sueurs",
            "sans douleur a la poitrine ni essoufflement",
        ],
    },
    "stroke": {
        "en": [
            "no facial droop, no slurred speech",
            "her face is not drooping and her speech is not slurred",
            "no weakness in his arms",
        ],
        "fr": [
            "pas de bouche de travers, pas de trouble de la parole",
            "il n'a pas la bouche de travers",
            "aucune faiblesse du bras",
        ],
    },
    "suicide_risk": {
        "en": [
            "I am not suicidal",
            "no suicidal thoughts",
            "I would never hurt myself",
            "denies self-harm",
            "I'm not thinking of killing myself, I just want help sleeping",
        ],
        "fr": [
            "pas d'idées suicidaires",
            "je ne suis pas suicidaire",
            "aucune idée de me faire du mal",
            "je n'ai jamais eu envie d'en finir",
            "je n'ai pas d'idées noires",
        ],
    },
    "anaphylaxis": {
        "en": [
            "no throat swelling and no trouble breathing after the bee sting",
            "my lips are not swollen",
        ],
        "fr": ["pas de gonflement de la gorge après la piqûre", "ses lèvres ne sont pas gonflées"],
    },
    "severe_bleeding": {
        "en": ["I'm not vomiting blood", "no black stools", "no heavy bleeding"],
        "fr": ["je ne vomis pas de sang", "pas de selles noires", "aucune hémorragie"],
    },
    "infant_fever": {
        "en": ["my 6 week old has no fever", "2 month old baby, no temperature, just a rash"],
        "fr": ["mon bébé de 6 semaines n'a pas de fièvre", "nourrisson de 2 mois sans fièvre"],
    },
    "meningitis": {
        "en": ["stiff neck but no fever", "no rash, no stiff neck, no fever"],
        "fr": ["nuque raide mais pas de fièvre", "pas de raideur de nuque ni de fièvre"],
    },
    "overdose_poisoning": {
        "en": ["I did not take too many tablets", "no overdose"],
        "fr": ["je n'ai pas pris trop de comprimés", "pas de surdose"],
    },
    "severe_breathing_difficulty": {
        "en": ["no difficulty breathing, lips are not blue", "he is not choking"],
        "fr": ["pas de difficulté à respirer", "ses lèvres ne sont pas bleues"],
    },
    "unconscious_or_seizure": {
        "en": ["he is not unconscious", "no seizures for more than 5 minutes, ever"],
        "fr": ["il n'est pas inconscient", "pas de convulsions"],
    },
    "thunderclap_headache": {
        "en": ["not the worst headache of my life, just annoying", "no sudden severe headache"],
        "fr": ["pas de mal de tête brutal", "aucune céphalée brutale"],
    },
    "pregnancy_emergency": {
        "en": ["I'm pregnant, no bleeding and no pain", "not pregnant, bleeding gums"],
        "fr": ["enceinte, pas de saignement", "je ne suis pas enceinte et je saigne du nez"],
    },
    "sepsis": {
        "en": ["fever but not confused at all", "no fever, no confusion"],
        "fr": ["fièvre mais pas de confusion", "pas de fièvre, pas de marbrures"],
    },
    "testicular_torsion": {
        "en": ["no testicle pain", "no sudden pain in the testicles"],
        "fr": ["pas de douleur aux testicules", "aucune douleur brutale au testicule"],
    },
    "diabetic_emergency": {
        "en": ["diabetic, not confused, sugar 6.2", "no hypo, no confusion"],
        "fr": ["diabétique, pas confus, glycémie 1,1 g", "pas d'hypoglycémie ni de confusion"],
    },
}

# Realistic texts that mention alarming words but are not emergencies now.
HARD_NEGATIVES: list[tuple[str, str]] = [
    ("en", "chest pain after gym, clearly muscular when I press on it"),
    ("en", "my grandmother died of a stroke years ago, am I at risk?"),
    ("en", "What are the signs of a stroke?"),
    (
        "en",
        "I had a heart attack in 2015 with chest pain down my arm; should I keep taking statins?",
    ),
    (
        "en",
        "my brother committed suicide 10 years ago and I still think about him, I want to talk about grief",
    ),
    ("en", "my son has a stiff neck from sleeping badly, no fever"),
    ("en", "heavy bleeding during my periods for years, is that normal?"),
    ("en", "food poisoning yesterday, vomiting has stopped"),
    ("en", "I can't breathe through my nose since my cold"),
    ("en", "my 8 month old has a mild fever of 38.1 and is playing normally"),
    ("en", "black stools since I started iron tablets"),
    ("en", "I'm not sure what this rash is, it's itchy"),
    ("en", "This itch is killing me"),
    ("en", "I'm not well, I have a cough and a runny nose"),
    ("en", "How do I recognise a heart attack in a woman?"),
    ("en", "arm numb when I wake up, goes away after a minute"),
    ("fr", "ma grand-mère est morte d'un AVC il y a des années"),
    ("fr", "quels sont les signes d'un AVC ?"),
    ("fr", "douleur a la poitrine quand j'appuie, clairement musculaire après le sport"),
    ("fr", "intoxication alimentaire hier, ça va mieux"),
    ("fr", "règles abondantes depuis des années, saignements importants chaque mois"),
    ("fr", "selles noires depuis que je prends une cure de fer"),
    ("fr", "j'ai pas mal de boutons sur le visage"),
    ("fr", "mon fils de 3 ans a un peu de fièvre, 38,2, il joue"),
    (
        "fr",
        "j'ai fait une tentative de suicide il y a 5 ans, je vais bien maintenant et je voudrais arrêter mon traitement",
    ),
]
