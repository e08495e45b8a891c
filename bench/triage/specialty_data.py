"""Generated routing data for the learned specialty model (dev time only; issue 8, "Routing").

The labelling rule is the project's (tests/triage_core/blind_sets_round3.py): general practice unless
the question carries a clear organ, condition, specialist or population signal (a child under 18, a
pregnancy). Undifferentiated questions (tiredness, several systems at once, admin, a cold, a general
check-up, weight, vitamins, ordinary vaccines) go to general practice.

Each "core" is one complaint written in the first person by the team (EN and FR, lay words, brand
drugs, SMS spellings where natural); `generate()` wraps each core in the frames of several writing
styles (texting in a hurry, a carer or relative for an elderly parent, a non-native speaker, voice
dictation, a teenager, a forum post, regional French of Québec, Belgium, Switzerland and West
Africa), with a fixed seed. `held_back(core_id)` marks one core in five: its texts are never
trained on and serve to choose the decision thresholds (model selection), so the figures on them
measure routing of complaint wordings the model has not seen.

None of these texts comes from, or paraphrases, a held-out set.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from dataclasses import dataclass

SEED = 20261203

# fmt: off
CORES: dict[str, dict[str, list[str]]] = {
    "general_practice": {
        "en": [
            "I've been feeling exhausted for weeks and I don't know why",
            "I need a sick note for work, I was off with a bad cold last week",
            "I'd like a general check up, I haven't seen a doctor in years",
            "can I get my repeat prescription sent to a different chemist",
            "I'm tired all the time, achy, and I've lost my appetite a bit",
            "I have a cold that won't shift, runny nose and a bit of a temperature",
            "is it worth taking vitamin D supplements over the winter",
            "I want to lose about ten kilos, where should I start",
            "I keep getting headaches, tummy aches and feeling run down, all at once",
            "how do I register as a new patient at the practice",
            "do I need a flu jab this year, I'm 67",
            "I had flu last week and I still feel weak and wobbly",
            "can I have a copy of my blood test results",
            "I feel generally unwell, hot and cold, aching all over since yesterday",
            "I'm going to start running, do I need a check before",
            "I've been sweating at night and losing a bit of weight, not sure what's going on",
            "is it ok to take ibuprofen and paracetamol together for a sore back and a cold",
            "I need a form filled in for my driving licence medical",
            "what vaccines does an adult need to be up to date",
            "I'm always cold and tired, could it be my diet",
            "I have a sore throat and a slight fever since two days, just a virus?",
            "can you refer me to someone for my smoking, I want to stop",
            "I get dizzy when I stand up too quickly sometimes, nothing else",
            "my legs feel heavy and I'm sleepy after lunch every day",
        ],
        "fr": [
            "je suis fatigué depuis des semaines sans raison",
            "j'ai besoin d'un arrêt de travail, j'ai eu une grosse grippe",
            "je voudrais faire un bilan de santé, ça fait des années",
            "est-ce que vous pouvez renouveler mon ordonnance habituelle",
            "je suis crevé tout le temps, j'ai des courbatures et moins faim",
            "j'ai un rhume qui traîne, le nez qui coule et un peu de fièvre",
            "faut-il prendre de la vitamine D en hiver",
            "je voudrais perdre dix kilos, par où commencer",
            "j'ai mal à la tête, mal au ventre et je suis à plat, tout en même temps",
            "comment devenir patient au cabinet, je viens d'arriver dans la ville",
            "dois-je faire le vaccin contre la grippe cette année, j'ai 67 ans",
            "j'ai eu la grippe la semaine dernière et je suis encore tout faible",
            "je voudrais les résultats de ma prise de sang",
            "je me sens patraque, chaud froid, des courbatures partout depuis hier",
            "je veux me remettre au sport, faut-il un certificat médical",
            "je transpire la nuit et j'ai un peu maigri, je ne sais pas pourquoi",
            "je peux prendre ibuprofène et paracétamol ensemble pour un rhume",
            "il me faut un certificat pour le permis de conduire",
            "quels vaccins un adulte doit-il avoir à jour",
            "j'ai toujours froid et je suis fatiguée, c'est l'alimentation ?",
            "mal à la gorge et un peu de fièvre depuis deux jours, c'est un virus ?",
            "je veux arrêter de fumer, vous pouvez m'aider",
            "la tête qui tourne un peu quand je me lève trop vite, rien d'autre",
            "j'ai les jambes lourdes et je somnole après le repas tous les jours",
        ],
    },
    "cardiology": {
        "en": [
            "my blood pressure readings at home are around 160 over 95",
            "my heart keeps skipping beats and fluttering in the evening",
            "I've been told I have a heart murmur, should I worry",
            "my cholesterol came back high, do I need statins",
            "I get a tight feeling in my chest when I walk uphill that goes when I rest",
            "my pulse is irregular on my smartwatch, it said possible AFib",
            "I have angina and my GTN spray seems to work less",
            "my ankles swell and I get breathless lying flat, I have heart failure",
            "I had a stent put in last year, can I stop the clopidogrel",
            "my heart races for no reason, up to 150 for a few minutes",
            "I'm on bisoprolol and ramipril and I feel light headed",
            "what does an ECG show and why would the cardiologist want one",
        ],
        "fr": [
            "ma tension est à 16/10 quand je la prends à la maison",
            "mon coeur saute des battements le soir, ça palpite",
            "on m'a dit que j'ai un souffle au coeur, c'est grave",
            "mon cholestérol est trop haut, faut-il des statines",
            "ça me serre dans la poitrine en montant les côtes et ça passe au repos",
            "ma montre dit que mon pouls est irrégulier, fibrillation possible",
            "j'ai une angine de poitrine et la trinitrine marche moins bien",
            "les chevilles gonflées et essoufflé couché, j'ai une insuffisance cardiaque",
            "on m'a posé un stent l'an dernier, je peux arrêter le Plavix",
            "mon coeur s'emballe sans raison, jusqu'à 150 quelques minutes",
            "je prends du Kardégic et un bêtabloquant et j'ai la tête qui tourne",
            "à quoi sert une échographie du coeur que le cardiologue demande",
        ],
    },
    "dermatology": {
        "en": [
            "I have a mole on my back that has got darker and bigger",
            "my eczema flares on my elbows and behind my knees",
            "red scaly patches on my scalp and elbows, maybe psoriasis",
            "I keep getting spots on my chin and cheeks at 25",
            "an itchy ring shaped rash on my arm that's spreading",
            "my hair is falling out in patches",
            "a wart on my foot that won't go with the freezing spray",
            "my face goes red and flushed with little bumps, rosacea?",
            "itchy hives come up all over every evening",
            "a crusty patch on my nose that bleeds and doesn't heal",
            "dry cracked skin on my hands from washing at work",
            "my toenail is thick and yellow, fungal nail?",
        ],
        "fr": [
            "un grain de beauté dans le dos qui a foncé et grossi",
            "mon eczéma revient aux plis des coudes et derrière les genoux",
            "des plaques rouges qui pèlent sur le cuir chevelu, du psoriasis ?",
            "j'ai encore des boutons d'acné sur le menton à 25 ans",
            "une plaque ronde qui gratte sur le bras et qui s'étend",
            "je perds mes cheveux par plaques",
            "une verrue sous le pied qui résiste à l'azote",
            "le visage rouge avec des petits boutons, une rosacée ?",
            "de l'urticaire qui gratte partout le soir",
            "une croûte sur le nez qui saigne et ne guérit pas",
            "la peau des mains sèche et crevassée à force de les laver",
            "un ongle du pied épais et jaune, une mycose ?",
        ],
    },
    "psychiatry": {
        "en": [
            "I've felt low and flat for months and I've lost interest in everything",
            "I get panic attacks on the bus, heart pounding, I have to get off",
            "I worry constantly about everything and can't switch off",
            "I can't sleep, I lie awake until 4am every night",
            "can I come off my sertraline, I feel better now",
            "since my mum died I cry every day and can't focus at work",
            "I think I might have ADHD, I can't concentrate or finish anything",
            "I check the locks over and over, I can't stop",
            "I'm burnt out from work, I dread every morning",
            "I make myself sick after eating, I hate my body",
            "flashbacks and nightmares since the car accident",
            "my mood swings from really high to really low for weeks",
        ],
        "fr": [
            "je suis déprimée depuis des mois, plus envie de rien",
            "je fais des crises d'angoisse dans le métro, je dois descendre",
            "je m'inquiète pour tout, je n'arrive pas à décrocher",
            "je n'arrive plus à dormir, je suis réveillé jusqu'à 4 h",
            "est-ce que je peux arrêter mon antidépresseur, ça va mieux",
            "depuis le décès de ma mère je pleure tous les jours",
            "je pense avoir un TDAH, je n'arrive pas à me concentrer",
            "je vérifie les portes dix fois, c'est plus fort que moi",
            "je suis en burn-out, j'ai la boule au ventre chaque matin",
            "je me fais vomir après les repas, je déteste mon corps",
            "des cauchemars et des flashs depuis l'accident",
            "mon humeur passe de très haut à très bas pendant des semaines",
        ],
    },
    "paediatrics": {
        "en": [
            "my 2 year old has had a runny nose and a cough for a week",
            "my baby keeps bringing up milk after every feed",
            "my 6 year old still wets the bed most nights",
            "my toddler has a red rash in the nappy area that won't clear",
            "my son is 8 and keeps getting tummy aches before school",
            "my 4 month old has flat spot on the back of her head",
            "my daughter (10) has nits again, what works",
            "my 3 year old has a temperature of 38.5 but is playing",
            "my little one won't eat any vegetables, is he getting enough",
            "my baby's poo is green and a bit runny, is that ok",
            "my 7 year old snores and breathes through his mouth",
            "my teenage son (15) has growing pains in his legs at night",
        ],
        "fr": [
            "mon fils de 2 ans tousse et a le nez qui coule depuis une semaine",
            "mon bébé régurgite après chaque biberon",
            "ma fille de 6 ans fait encore pipi au lit",
            "mon petit a les fesses rouges, l'érythème ne part pas",
            "mon fils de 8 ans a mal au ventre avant l'école",
            "ma fille de 4 mois a la tête plate derrière",
            "ma fille de 10 ans a encore des poux",
            "mon fils de 3 ans a 38,5 de fièvre mais il joue",
            "mon petit ne mange aucun légume, est-ce grave",
            "les selles de mon bébé sont vertes et un peu liquides",
            "mon gamin de 7 ans ronfle et respire par la bouche",
            "mon ado de 15 ans a des douleurs de croissance la nuit",
        ],
    },
    "gynaecology_obstetrics": {
        "en": [
            "my periods have become really heavy with clots",
            "I'm 12 weeks pregnant and have bad morning sickness",
            "I missed my pill twice this week, am I covered",
            "hot flushes and night sweats at 51, is it the menopause",
            "I have an unusual discharge with an itch down there",
            "I'd like to have my coil removed",
            "very painful periods that stop me going to work",
            "we've been trying for a baby for 18 months with no luck",
            "I'm 30 weeks and my feet and back ache",
            "I found a lump in my breast in the shower",
            "I'm due a smear test, can I have it during my period",
            "bleeding between periods for the last three months",
        ],
        "fr": [
            "mes règles sont devenues très abondantes avec des caillots",
            "je suis enceinte de 12 semaines et j'ai beaucoup de nausées",
            "j'ai oublié ma pilule deux fois cette semaine",
            "bouffées de chaleur et sueurs la nuit à 51 ans, la ménopause ?",
            "des pertes inhabituelles et ça démange en bas",
            "je voudrais faire retirer mon stérilet",
            "des règles tellement douloureuses que je rate le travail",
            "on essaie d'avoir un bébé depuis 18 mois",
            "je suis à 30 semaines de grossesse et j'ai mal au dos",
            "j'ai senti une boule dans le sein sous la douche",
            "je dois faire mon frottis, c'est possible pendant les règles",
            "des saignements entre les règles depuis trois mois",
        ],
    },
    "neurology": {
        "en": [
            "I get migraines with zigzag lights twice a month",
            "my hand shakes when I hold a cup, it's getting worse",
            "tingling and numbness in both feet that's creeping up",
            "my mum keeps forgetting names and getting lost, dementia?",
            "I had a seizure two years ago, can I drive again",
            "the room spins when I turn over in bed",
            "one side of my face has felt numb and weak for a week",
            "I have MS and my legs are more tired lately",
            "I get pins and needles in my hand at night, the thumb side",
            "headaches every morning for a month that are getting worse",
            "my epilepsy tablets make me sleepy",
            "my dad's walking has got shuffly and slow",
        ],
        "fr": [
            "j'ai des migraines avec des éclairs deux fois par mois",
            "ma main tremble quand je tiens une tasse, de plus en plus",
            "des fourmis et un engourdissement des deux pieds qui remontent",
            "ma mère oublie les noms et se perd, un Alzheimer ?",
            "j'ai fait une crise d'épilepsie il y a deux ans, je peux conduire",
            "tout tourne quand je me retourne dans le lit, des vertiges",
            "un côté du visage engourdi depuis une semaine",
            "j'ai une sclérose en plaques et mes jambes sont plus fatiguées",
            "des fourmillements dans la main la nuit, côté pouce",
            "mal à la tête tous les matins depuis un mois, de pire en pire",
            "mon traitement antiépileptique me fait dormir",
            "mon père marche à petits pas et lentement",
        ],
    },
    "gastroenterology": {
        "en": [
            "burning in my upper stomach after meals and acid coming up",
            "bloating and cramps, loose one day and blocked up the next",
            "blood on the toilet paper when I go, and it's sore",
            "my liver tests came back abnormal",
            "pain under my right ribs after fatty food",
            "I've been constipated for two weeks, going once a week",
            "diarrhoea on and off for a month",
            "I have Crohn's and my belly pain is back",
            "I'm due a colonoscopy, how do I prepare",
            "I feel sick and full after only a few bites",
            "itchy bottom and a lump, piles?",
            "gluten seems to make my tummy swell",
        ],
        "fr": [
            "des brûlures d'estomac après les repas et de l'acide qui remonte",
            "ballonnée avec des crampes, diarrhée un jour et constipée le lendemain",
            "du sang sur le papier quand je vais aux toilettes",
            "mon bilan du foie est mauvais",
            "mal sous les côtes à droite après un repas gras",
            "je suis constipé depuis deux semaines",
            "la diarrhée par moments depuis un mois",
            "j'ai une maladie de Crohn et les douleurs au ventre reviennent",
            "je dois passer une coloscopie, comment me préparer",
            "nausées et l'estomac plein après trois bouchées",
            "ça gratte à l'anus et il y a une boule, des hémorroïdes ?",
            "le gluten me fait gonfler le ventre",
        ],
    },
    "pulmonology": {
        "en": [
            "my asthma is worse at night and I use my blue inhaler a lot",
            "I've had a cough with phlegm for two months",
            "I have COPD and I get out of breath on the stairs more",
            "I'm wheezy every time I get a cold",
            "my partner says I stop breathing when I snore",
            "a dry cough that won't go after my chest infection",
            "my oxygen sats on the finger clip read 93",
            "do I need a spirometry test, I smoked for 30 years",
            "my chest feels tight and wheezy in the cold air",
            "my brown inhaler makes my voice hoarse",
            "I'm coughing up yellow green stuff every morning",
            "breathless walking the dog, more than last year",
        ],
        "fr": [
            "mon asthme est pire la nuit, je prends souvent la Ventoline",
            "je tousse et je crache depuis deux mois",
            "j'ai une BPCO et je suis plus essoufflé dans les escaliers",
            "je siffle à chaque rhume",
            "ma femme dit que j'arrête de respirer quand je ronfle",
            "une toux sèche qui ne passe pas après ma bronchite",
            "mon oxymètre affiche 93 % de saturation",
            "faut-il faire une spirométrie, j'ai fumé 30 ans",
            "la poitrine qui siffle dans l'air froid",
            "mon inhalateur de fond me rend la voix rauque",
            "je crache des glaires jaunes vertes tous les matins",
            "essoufflé en promenant le chien, plus que l'an dernier",
        ],
    },
    "endocrinology": {
        "en": [
            "my sugars have been running high, around 14, on metformin",
            "I'm always thirsty and peeing a lot, could it be diabetes",
            "my thyroid test came back low, do I need tablets",
            "I'm on levothyroxine and still feel sluggish",
            "my HbA1c went up to 62",
            "my libre sensor keeps showing lows overnight",
            "I've put on weight and my face is round, cortisol?",
            "my hands shake, I'm sweaty and losing weight, overactive thyroid?",
            "how do I adjust my insulin when I'm ill",
            "a swelling at the front of my neck",
            "I'm type 1 and my numbers go crazy after exercise",
            "can I fast for Ramadan with my diabetes tablets",
        ],
        "fr": [
            "ma glycémie tourne à 1,80 le matin sous metformine",
            "j'ai tout le temps soif et j'urine beaucoup, c'est le diabète",
            "ma thyroïde est basse d'après la prise de sang",
            "je prends du Lévothyrox et je suis toujours ralentie",
            "mon hémoglobine glyquée est montée à 7,9",
            "mon capteur freestyle montre des hypos la nuit",
            "j'ai pris du poids et le visage tout rond, le cortisol ?",
            "les mains qui tremblent, je transpire et je maigris, la thyroïde ?",
            "comment adapter mon insuline quand je suis malade",
            "un gonflement à l'avant du cou",
            "je suis diabétique de type 1 et ma glycémie part en vrille après le sport",
            "je peux faire le ramadan avec mes médicaments du diabète",
        ],
    },
    "orthopaedics": {
        "en": [
            "my knee clicks and gives way when I go down stairs",
            "lower back pain for three weeks after lifting boxes",
            "I twisted my ankle playing football and it's still swollen",
            "pain in my shoulder when I lift my arm above my head",
            "a sharp pain in my heel first thing in the morning",
            "my wrist hurts since I fell on it, could it be broken",
            "pain going down the back of my leg from my buttock",
            "my hip aches when I walk, I'm 66",
            "tennis elbow from work, how long does it take",
            "I think I pulled a hamstring running",
            "my neck is stiff and sore from working at the laptop",
            "a bunion on my big toe that rubs in shoes",
        ],
        "fr": [
            "mon genou craque et se dérobe dans les escaliers",
            "mal au bas du dos depuis trois semaines après un déménagement",
            "je me suis tordu la cheville au foot, c'est encore gonflé",
            "mal à l'épaule quand je lève le bras",
            "douleur sous le talon le matin au lever",
            "je suis tombé sur le poignet, il est peut-être cassé",
            "une douleur qui descend de la fesse à l'arrière de la jambe",
            "la hanche me fait mal en marchant, j'ai 66 ans",
            "une tendinite au coude à cause du travail",
            "je crois que je me suis claqué un muscle de la cuisse en courant",
            "la nuque raide à force de travailler sur l'ordinateur",
            "un oignon au gros orteil qui frotte dans les chaussures",
        ],
    },
    "ent": {
        "en": [
            "my ear is blocked and muffled after swimming",
            "a constant ringing in my ears",
            "my sinuses are blocked and my face hurts when I bend over",
            "I keep getting tonsillitis, four times this year",
            "my voice has been hoarse for a month",
            "nosebleeds several times a week",
            "I can't hear well in noisy places",
            "my ear is painful and something is leaking out",
            "a lump under my jaw that's been there a while",
            "earwax build up, can you syringe",
            "my nose is always blocked on one side",
            "food feels like it sticks in my throat",
        ],
        "fr": [
            "l'oreille bouchée depuis la piscine",
            "un sifflement permanent dans les oreilles",
            "les sinus bouchés et mal au visage en me penchant",
            "je fais angine sur angine, quatre cette année",
            "la voix enrouée depuis un mois",
            "je saigne du nez plusieurs fois par semaine",
            "j'entends mal quand il y a du bruit",
            "j'ai mal à l'oreille et ça coule",
            "une boule sous la mâchoire depuis un moment",
            "un bouchon de cérumen, vous pouvez le retirer",
            "le nez toujours bouché d'un côté",
            "j'ai l'impression que les aliments restent coincés dans la gorge",
        ],
    },
    "ophthalmology": {
        "en": [
            "my eye is red and sticky in the morning",
            "I see floaters in my left eye",
            "things look blurry when I read, even with my glasses",
            "a painful lump on my eyelid",
            "my eyes are dry and gritty at the computer",
            "halos around lights when I drive at night",
            "my contact lens eye is sore and watering",
            "I was told I have early cataracts",
            "my eyelid keeps twitching",
            "straight lines look wavy in one eye",
            "my eyes itch and stream every spring",
            "I need my eye pressure checked, glaucoma runs in the family",
        ],
        "fr": [
            "l'oeil rouge et collé le matin",
            "je vois des mouches volantes dans l'oeil gauche",
            "je vois flou en lisant même avec mes lunettes",
            "une boule douloureuse sur la paupière, un orgelet",
            "les yeux secs qui piquent devant l'écran",
            "des halos autour des phares la nuit",
            "l'oeil avec la lentille est douloureux et pleure",
            "on m'a dit que j'ai un début de cataracte",
            "ma paupière tressaute sans arrêt",
            "les lignes droites paraissent ondulées d'un oeil",
            "les yeux qui grattent et qui pleurent au printemps",
            "je dois contrôler la tension de l'oeil, le glaucome est dans la famille",
        ],
    },
    "urology": {
        "en": [
            "it burns when I pee and I need to go all the time",
            "I get up four times a night to wee, I'm 70",
            "my stream is weak and dribbles at the end",
            "a dull ache in one testicle for a few weeks",
            "I leak a bit when I cough or laugh",
            "I've had three water infections this year",
            "trouble getting an erection",
            "my PSA came back a bit raised",
            "I think I have a kidney stone again, pain in my side comes and goes",
            "I'd like information on a vasectomy",
            "my urine smells strong and is cloudy",
            "a lump in my scrotum that doesn't hurt",
        ],
        "fr": [
            "ça brûle quand je fais pipi et j'ai tout le temps envie",
            "je me lève quatre fois la nuit pour uriner, j'ai 70 ans",
            "le jet est faible et ça goutte à la fin",
            "une gêne dans un testicule depuis quelques semaines",
            "des fuites quand je tousse ou que je ris",
            "trois infections urinaires cette année",
            "des troubles de l'érection",
            "mon PSA est un peu élevé",
            "encore un calcul au rein je crois, douleur dans le flanc",
            "je voudrais des infos sur la vasectomie",
            "les urines troubles qui sentent fort",
            "une boule dans les bourses qui ne fait pas mal",
        ],
    },
    "infectious_disease": {
        "en": [
            "I'm travelling to Kenya next month, which jabs and malaria tablets",
            "I had unprotected sex and want an STI test",
            "I found a tick on my leg after hiking and there's a red ring",
            "back from Thailand with a fever and diarrhoea",
            "my partner has chlamydia, do I need treatment",
            "I was exposed to someone with TB at work",
            "can I get PrEP",
            "cold sores keep coming back, is it herpes",
            "my antibiotics for the infection aren't working",
            "I've got shingles on my side, is it catching",
            "I'm going trekking in Peru, do I need yellow fever",
            "my hepatitis C test was positive",
        ],
        "fr": [
            "je pars au Kenya le mois prochain, quels vaccins et pour le paludisme",
            "j'ai eu un rapport non protégé, je veux un dépistage IST",
            "une tique sur la jambe après une rando et une rougeur en cercle",
            "rentré du Mali avec de la fièvre et la diarrhée",
            "mon copain a une chlamydia, dois-je me traiter",
            "un collègue a la tuberculose, j'ai été exposé",
            "est-ce que je peux avoir la PrEP",
            "des boutons de fièvre qui reviennent, c'est l'herpès",
            "les antibiotiques ne marchent pas sur mon infection",
            "j'ai un zona sur le flanc, c'est contagieux",
            "je pars en trek au Pérou, faut-il la fièvre jaune",
            "mon test de l'hépatite C est positif",
        ],
    },
    "rheumatology": {
        "en": [
            "my finger joints are swollen and stiff for an hour every morning",
            "I have rheumatoid arthritis and the methotrexate makes me sick",
            "pain and stiffness in both shoulders and hips, I'm 72",
            "my big toe joint went red hot and swollen overnight",
            "aching everywhere, tender points and exhausted, fibromyalgia?",
            "my lower back is stiff in the morning and better with exercise, I'm 28",
            "I have lupus and a new rash and sore joints",
            "my knees and hands are swollen and warm",
            "dry eyes and dry mouth and joint pains",
            "my ANA test came back positive",
            "several joints swelling up in turn over months",
            "osteoarthritis in my hands, what helps",
        ],
        "fr": [
            "les articulations des doigts gonflées et raides une heure le matin",
            "j'ai une polyarthrite et le méthotrexate me donne la nausée",
            "douleurs et raideur des deux épaules et des hanches, j'ai 72 ans",
            "l'articulation du gros orteil rouge et gonflée en une nuit",
            "mal partout et épuisée, une fibromyalgie ?",
            "le bas du dos raide le matin qui s'améliore en bougeant, j'ai 28 ans",
            "j'ai un lupus et de nouvelles douleurs articulaires",
            "les genoux et les mains gonflés et chauds",
            "les yeux secs, la bouche sèche et mal aux articulations",
            "mes anticorps antinucléaires sont positifs",
            "plusieurs articulations qui gonflent tour à tour",
            "de l'arthrose dans les mains, qu'est-ce qui soulage",
        ],
    },
    "dentistry": {
        "en": [
            "toothache at the back that throbs at night",
            "my gums bleed when I brush",
            "my wisdom tooth is coming through and it's sore",
            "a filling fell out and the tooth is sensitive",
            "my jaw clicks and aches when I chew",
            "a swelling on my gum above a tooth",
            "my teeth are sensitive to cold drinks",
            "I chipped my front tooth",
            "bad breath that won't go even with brushing",
            "I grind my teeth at night",
            "a mouth ulcer that's been there three weeks",
            "my crown feels loose",
        ],
        "fr": [
            "une rage de dents au fond qui lance la nuit",
            "mes gencives saignent au brossage",
            "ma dent de sagesse pousse et ça fait mal",
            "un plombage est tombé et la dent est sensible",
            "ma mâchoire craque et fait mal quand je mâche",
            "un gonflement sur la gencive au-dessus d'une dent",
            "les dents sensibles au froid",
            "je me suis cassé un bout de dent de devant",
            "mauvaise haleine malgré le brossage",
            "je grince des dents la nuit",
            "un aphte qui dure depuis trois semaines",
            "ma couronne bouge",
        ],
    },
}

# Question tails and style frames. "{c}" is the core; the carer style rewrites the core to the third
# person first (see _third).
TAILS = {
    "en": ["What should I do?", "Should I be worried?", "Do I need to be seen?",
           "What can I take for it?", "Is this normal?", "Any advice?", "Who should I see about it?"],
    "fr": ["Que faire ?", "Est-ce grave ?", "Dois-je consulter ?", "Qu'est-ce que je peux prendre ?",
           "C'est normal ?", "Un conseil ?", "Qui dois-je voir pour ça ?"],
}
FRAMES: dict[str, dict[str, list[str]]] = {
    "plain": {"en": ["Hello, {c}. {q}", "{C}. {q}", "Good morning doctor. {C}. {q}"],
              "fr": ["Bonjour, {c}. {q}", "{C}. {q}", "Bonjour docteur, {c}. {q}"]},
    "sms": {"en": ["{c} {q}", "hi {c} {q} thx", "quick q {c} {q}"],
            "fr": ["{c} {q}", "slt {c} {q} merci", "dsl de deranger {c} {q}"]},
    "carer": {"en": ["I'm writing for my mother, she's 84. {C}. {q}",
                     "On behalf of my dad (81), he doesn't do computers: {c}. {q}",
                     "My nan lives with us, 90 this year. {C}. {q}"],
              "fr": ["J'écris pour ma mère de 84 ans. {C}. {q}",
                     "Pour mon père (81 ans) qui n'a pas internet : {c}. {q}",
                     "Ma grand-mère vit chez nous, elle a 90 ans. {C}. {q}"]},
    "nonnative": {"en": ["Hello doctor, please. {C}. I am not sure what is this. {q}",
                         "Good day sir, {c}, since some days. Please help, {q}",
                         "Excuse my english. {C}. {q}"],
                  "fr": ["Bonjour docteur, s'il vous plaît. {C}. Je sais pas c'est quoi. {q}",
                         "Bonjour, excusez mon français. {C}. {q}",
                         "Docteur bonjour, {c} depuis quelques jours. Aidez moi, {q}"]},
    "dictation": {"en": ["hello doctor comma {c} full stop {q}", "ok so um {c} and yeah {q}"],
                  "fr": ["bonjour docteur virgule {c} point {q}", "alors euh {c} voilà {q}"]},
    "teen": {"en": ["ngl {c} lol {q}", "ok so {c} and its kinda annoying tbh {q}"],
             "fr": ["jsp trop {c} {q} mrc", "wsh {c} c relou {q}"]},
    "forum": {"en": ["Hi all, first time posting here. Bit of background: I work shifts and have two "
                     "kids so life is hectic. Anyway, {c}. Has anyone had this? {q} Thanks in advance.",
                     "Long time lurker. Sorry for the ramble, I've been putting this off for ages "
                     "because work has been mad. {C}. {q} Cheers."],
              "fr": ["Bonjour à tous, premier message ici. Un peu de contexte : je travaille en "
                     "horaires décalés et j'ai deux enfants. Bref, {c}. Quelqu'un a déjà eu ça ? {q} Merci.",
                     "Désolée pour le roman, je repousse depuis des semaines à cause du boulot. {C}. {q}"]},
    "regional": {"en": ["G'day, {c}. {q}", "Hiya, {c}, wee bit worried. {q}"],
                 "fr": ["Allô, {c}. Mon chum dit que c'est rien. {q}",
                        "Bonjour, je suis de Liège. {C}, depuis septante-deux heures. {q}",
                        "Bonjour, ici Lausanne. {C}. {q} Merci bien, adieu.",
                        "Docteur bonjour, au pays on dit que c'est rien mais {c}. {q}"]},
}
# fmt: on

_THIRD_EN = [
    (r"\bI'm\b", "she's"),
    (r"\bI am\b", "she is"),
    (r"\bI've\b", "she's"),
    (r"\bI have\b", "she has"),
    (r"\bI\b", "she"),
    (r"\bmy\b", "her"),
    (r"\bme\b", "her"),
]
_THIRD_FR = [
    (r"\bj'ai\b", "elle a"),
    (r"\bje suis\b", "elle est"),
    (r"\bje\b", "elle"),
    (r"\bj'", "elle "),
    (r"\bmon\b", "son"),
    (r"\bma\b", "sa"),
    (r"\bmes\b", "ses"),
    (r"\bme\b", "se"),
]
_SMS = {
    "en": [
        ("you", "u"),
        ("are", "r"),
        ("because", "bc"),
        ("with", "w"),
        ("and", "n"),
        ("about", "abt"),
        ("I'm", "im"),
        ("can't", "cant"),
        ("don't", "dont"),
        ("it's", "its"),
    ],
    "fr": [
        ("je suis", "jsuis"),
        ("j'ai", "jai"),
        ("c'est", "c"),
        ("quoi", "koi"),
        ("beaucoup", "bcp"),
        ("depuis", "dp"),
        ("avec", "ac"),
        ("tout", "tt"),
        ("pourquoi", "pk"),
        ("est-ce que", "esk"),
    ],
}


@dataclass(frozen=True)
class Routed:
    """One generated question: its specialty, the core it comes from and its style."""

    text: str
    lang: str
    specialty: str
    core: str  # "<specialty>/<lang>/<index>": variants of one core share it
    style: str


def held_back(core: str) -> bool:
    """One core in five is held back from training (model selection and honest figures)."""
    return zlib.crc32(core.encode()) % 5 == 0


def _strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _third(core: str, lang: str) -> str:
    for pattern, repl in _THIRD_FR if lang == "fr" else _THIRD_EN:
        core = re.sub(pattern, repl, core, flags=re.IGNORECASE)
    return core


def _sms(text: str, lang: str, rng: random.Random) -> str:
    text = text.lower()
    for word, short in _SMS[lang]:
        if rng.random() < 0.7:
            text = re.sub(rf"\b{re.escape(word.lower())}\b", short, text)
    text = _strip_accents(text) if rng.random() < 0.7 else text
    return re.sub(r"[.,?'’]", lambda m: "" if rng.random() < 0.6 else m.group(), text)


def _render(frame: str, core: str, tail: str) -> str:
    return (
        frame.replace("{C}", core[:1].upper() + core[1:]).replace("{c}", core).replace("{q}", tail)
    )


# An elderly parent's voice would be odd for a child's or a pregnancy question.
_NO_CARER = frozenset({"paediatrics", "gynaecology_obstetrics"})


def generate(styles_per_core: int = 4) -> list[Routed]:
    """Every core in `styles_per_core` styles (fixed seed, fixed order)."""
    rng = random.Random(SEED)
    out: list[Routed] = []
    styles = sorted(FRAMES)
    for specialty in sorted(CORES):
        for lang in ("en", "fr"):
            for i, core in enumerate(CORES[specialty][lang]):
                key = f"{specialty}/{lang}/{i}"
                pool = [s for s in styles if not (s == "carer" and specialty in _NO_CARER)]
                for style in rng.sample(pool, styles_per_core):
                    text_core = _third(core, lang) if style == "carer" else core
                    frame = rng.choice(FRAMES[style][lang])
                    text = _render(frame, text_core, rng.choice(TAILS[lang]))
                    if style in ("sms", "teen", "dictation"):
                        text = _sms(text, lang, rng)
                    out.append(Routed(text, lang, specialty, key, style))
    return out


# A second batch of cores (same rule), written after the first model was measured on the held-back
# split: more lay words per specialty, and undifferentiated questions that name a body part without
# an organ signal ("aches all over"), which stay in general practice.
# fmt: off
EXTRA: dict[str, dict[str, list[str]]] = {
    "general_practice": {
        "en": ["I feel a bit off and have no energy, nothing specific",
               "can I have a letter saying I'm fit to travel",
               "I've had a bug for a few days, aches and a runny nose",
               "what's a healthy weight for my height, I'm 5 foot 6",
               "I think I need a general MOT, I'm turning 50",
               "my energy is low and I get colds all winter"],
        "fr": ["je suis patraque et sans énergie, rien de précis",
               "il me faut un certificat d'aptitude pour le voyage",
               "un virus depuis quelques jours, courbatures et nez qui coule",
               "quel est le bon poids pour ma taille, 1m68",
               "je voudrais un bilan complet, j'ai 50 ans",
               "je suis à plat et j'enchaîne les rhumes cet hiver"],
    },
    "cardiology": {
        "en": ["my heart flutters and thumps when I lie down", "my blood pressure tablets make my ankles swell",
               "my watch says my resting heart rate is 45", "I get chest tightness on exertion that eases with rest",
               "do I need a heart scan, my dad had heart disease young", "my pulse jumps to 140 when I stand"],
        "fr": ["mon coeur bat fort et s'emballe quand je m'allonge", "mon traitement pour la tension me fait gonfler les chevilles",
               "ma montre indique un pouls à 45 au repos", "une oppression dans la poitrine à l'effort qui passe au repos",
               "faut-il une échographie cardiaque, mon père a eu un problème de coeur jeune", "mon pouls monte à 140 quand je me lève"],
    },
    "dermatology": {
        "en": ["a scaly itchy patch on my shin that won't heal", "my scalp is flaky and itchy",
               "dark spot on my cheek that has changed shape", "I get blisters on my lips every winter",
               "my armpits sweat through my shirts", "little white spots on my back after holiday"],
        "fr": ["une plaque sèche qui gratte sur le tibia et ne guérit pas", "le cuir chevelu qui pèle et qui gratte",
               "une tache foncée sur la joue qui a changé de forme", "des boutons sur les lèvres chaque hiver",
               "je transpire énormément des aisselles", "des petites taches blanches sur le dos après les vacances"],
    },
    "psychiatry": {
        "en": ["I feel numb and empty and I've stopped seeing friends", "my anxiety is stopping me going to work",
               "I can't stop thinking about the trauma", "I've been drinking more to cope with stress",
               "I want to talk to someone about my mood", "my son's mood has changed, he stays in his room"],
        "fr": ["je me sens vide et je ne vois plus personne", "mon anxiété m'empêche d'aller travailler",
               "je n'arrête pas de penser au traumatisme", "je bois plus pour supporter le stress",
               "je voudrais parler à quelqu'un de mon moral", "mon fils a changé d'humeur, il reste dans sa chambre"],
    },
    "paediatrics": {
        "en": ["my baby has cradle cap, what helps", "my 5 year old has a barking cough at night",
               "my 9 month old isn't crawling yet", "my toddler has a rash after antibiotics",
               "my 11 year old gets headaches after school", "my newborn is very yellow, day 4"],
        "fr": ["mon bébé a des croûtes de lait sur la tête", "mon fils de 5 ans a une toux qui aboie la nuit",
               "ma fille de 9 mois ne rampe pas encore", "mon petit a des plaques après les antibiotiques",
               "mon fils de 11 ans a mal à la tête après l'école", "mon nouveau-né est tout jaune, il a 4 jours"],
    },
    "gynaecology_obstetrics": {
        "en": ["my period is two weeks late and the test is negative", "itching and thick white discharge",
               "I'm 24 weeks and the baby seems less active today", "spotting after sex",
               "I'm breastfeeding and one breast is sore and red", "I want to start contraception, which one"],
        "fr": ["mes règles ont deux semaines de retard et le test est négatif", "démangeaisons et pertes blanches épaisses",
               "enceinte de 24 semaines, le bébé bouge moins aujourd'hui", "des saignements après les rapports",
               "j'allaite et un sein est rouge et douloureux", "je veux commencer une contraception, laquelle"],
    },
    "neurology": {
        "en": ["my hands go numb and tingly at night", "I keep losing my balance and my speech is slurred on and off",
               "memory getting worse, I forget conversations", "sharp electric pains in my face when I chew",
               "I'm getting a tremor in my right hand", "my migraines have changed and now last three days"],
        "fr": ["les mains engourdies et qui fourmillent la nuit", "je perds l'équilibre et j'ai du mal à parler par moments",
               "ma mémoire baisse, j'oublie les conversations", "des décharges électriques dans le visage quand je mâche",
               "un tremblement de la main droite qui apparaît", "mes migraines ont changé et durent trois jours"],
    },
    "gastroenterology": {
        "en": ["my stools have been black for a week, no other symptoms, on iron", "I get heartburn every night",
               "my stomach gurgles and I have wind all day", "I've been told I have a fatty liver",
               "I've had loose stools since my holiday a month ago", "painful swallowing and food sticking low down"],
        "fr": ["les selles noires depuis une semaine, je prends du fer", "des brûlures d'estomac tous les soirs",
               "le ventre qui gargouille et des gaz toute la journée", "on m'a dit que j'ai un foie gras",
               "les selles molles depuis les vacances il y a un mois", "mal en avalant et la nourriture qui bloque en bas"],
    },
    "pulmonology": {
        "en": ["a cough that's gone on for six weeks", "I wheeze when I exercise",
               "my sleep apnoea machine is uncomfortable", "I get breathless climbing stairs more than before",
               "my chest x ray showed a shadow", "my inhaler doesn't seem to last"],
        "fr": ["une toux qui dure depuis six semaines", "je siffle quand je fais du sport",
               "mon appareil pour l'apnée du sommeil me gêne", "essoufflé dans les escaliers plus qu'avant",
               "la radio des poumons montre une tache", "mon inhalateur ne dure pas"],
    },
    "endocrinology": {
        "en": ["my blood sugar is always high in the morning", "I'm on insulin and keep having hypos at night",
               "I've gained weight and feel cold, is it my thyroid", "my diabetes nurse wants to add a new tablet",
               "excessive hair growth on my face and irregular cycles", "my calcium came back high"],
        "fr": ["ma glycémie est toujours haute le matin", "sous insuline, je fais des hypos la nuit",
               "j'ai pris du poids et j'ai froid, c'est la thyroïde", "l'infirmière du diabète veut ajouter un médicament",
               "des poils sur le visage et des cycles irréguliers", "mon calcium est trop élevé"],
    },
    "orthopaedics": {
        "en": ["my knee swells after running", "I hurt my back lifting at work, it's stiff",
               "shooting pain down my leg when I sit", "my thumb joint aches when I grip",
               "I sprained my wrist skateboarding", "my shoulder clicks and aches at night"],
        "fr": ["mon genou gonfle après la course", "je me suis fait mal au dos en soulevant au travail",
               "une douleur qui descend dans la jambe quand je suis assis", "la base du pouce me fait mal quand je serre",
               "je me suis foulé le poignet en skate", "mon épaule craque et fait mal la nuit"],
    },
    "ent": {
        "en": ["my ears feel full and popping after a cold", "I keep getting sore throats",
               "loss of smell since a virus", "my voice goes by the end of the day",
               "a whistling noise in one ear", "my child's ears stick out, can that be fixed"],
        "fr": ["les oreilles pleines qui craquent après un rhume", "je fais des maux de gorge à répétition",
               "je n'ai plus d'odorat depuis un virus", "ma voix s'éteint en fin de journée",
               "un sifflement dans une oreille", "un bouchon dans l'oreille depuis la douche"],
    },
    "ophthalmology": {
        "en": ["my eyes are tired and blurry at the end of the day", "a red eye that's sore in bright light",
               "I see double when I'm tired", "I've scratched my eye with a twig, it's watering",
               "my vision seems dim in one eye", "do I need new glasses, I squint at the TV"],
        "fr": ["les yeux fatigués et flous le soir", "un oeil rouge qui fait mal à la lumière",
               "je vois double quand je suis fatigué", "je me suis griffé l'oeil avec une branche, il pleure",
               "je vois moins bien d'un oeil", "il me faut de nouvelles lunettes, je plisse les yeux"],
    },
    "urology": {
        "en": ["I need to rush to the toilet and sometimes don't make it", "blood in my pee once, no pain",
               "pain in my side and my urine is dark", "my testicle feels heavy",
               "I pee a lot at night since I turned 60", "I've got a burning feeling at the tip when I wee"],
        "fr": ["des envies pressantes et des fuites", "une fois du sang dans les urines, sans douleur",
               "mal dans le flanc et les urines foncées", "un testicule lourd",
               "je me lève pour uriner depuis mes 60 ans", "ça brûle au bout quand je fais pipi"],
    },
    "infectious_disease": {
        "en": ["I've been bitten by a dog abroad, do I need rabies jabs", "fever after coming back from Nigeria",
               "what vaccines for a trip to India", "my partner tested positive for gonorrhoea",
               "I stepped on a rusty nail, am I covered for tetanus", "I need hepatitis B vaccination for my new job in a hospital"],
        "fr": ["mordu par un chien à l'étranger, faut-il le vaccin contre la rage", "de la fièvre au retour du Cameroun",
               "quels vaccins pour un voyage en Inde", "ma partenaire est positive à la gonorrhée",
               "j'ai marché sur un clou rouillé, suis-je à jour pour le tétanos", "il me faut le vaccin hépatite B pour mon travail à l'hôpital"],
    },
    "rheumatology": {
        "en": ["my joints ache and swell and I'm tired all the time", "stiff hands every morning for over an hour",
               "a hot swollen knee with no injury", "my psoriasis and now my fingers are swollen",
               "back stiffness that wakes me at night and eases with moving", "my gout keeps flaring"],
        "fr": ["mal aux articulations qui gonflent et fatiguée tout le temps", "les mains raides chaque matin plus d'une heure",
               "un genou chaud et gonflé sans choc", "mon psoriasis et maintenant les doigts gonflés",
               "le dos raide qui me réveille la nuit et va mieux en bougeant", "ma goutte revient souvent"],
    },
    "dentistry": {
        "en": ["my tooth hurts when I bite down", "my gums are swollen around a back tooth",
               "my denture rubs and makes a sore", "I knocked my tooth and it's wobbly",
               "a dull ache in my jaw and a bad taste", "my teeth are stained, can they be whitened"],
        "fr": ["ma dent fait mal quand je mords", "la gencive gonflée autour d'une dent du fond",
               "mon dentier frotte et fait une plaie", "je me suis cogné une dent, elle bouge",
               "une douleur sourde dans la mâchoire et un mauvais goût", "mes dents sont tachées, on peut les blanchir"],
    },
}
# fmt: on
for _code, _by_lang in EXTRA.items():
    for _lang, _cores in _by_lang.items():
        CORES[_code][_lang].extend(_cores)
