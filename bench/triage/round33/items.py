"""Round 33's own set (helper triage33): written before any change, in styles of my own.

Look-alikes where a learned-only alarm would be under a label the text does not support (a test kit, a gym
thread, a relative's old emergency, a sports club's first-aid question) and emergencies told in the same
styles (an alarm must stay).
"""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    # -- test kits: questions about a kit, its result, its window period
    (
        "k01",
        "en",
        False,
        "test_kit",
        "Ordered one of those at-home STI test kits (chlamydia, gonorrhoea, HIV, syphilis). The finger-prick bit was a nightmare, barely filled the tube. Will the lab still run it or should I order another?",
    ),
    (
        "k02",
        "en",
        False,
        "test_kit",
        "How long after unprotected sex should I wait before doing a home HIV test so the result actually means something? Had a new partner 3 weeks ago, no symptoms at all.",
    ),
    (
        "k03",
        "fr",
        False,
        "test_kit",
        "J'ai fait un autotest VIH acheté en pharmacie, une seule barre. C'est fiable si le rapport date de 5 semaines ? Aucun symptôme.",
    ),
    (
        "k04",
        "en",
        False,
        "test_kit",
        "Used a digital ovulation kit for 3 cycles and never got the smiley face. My periods are regular-ish (30-34 days). Is the kit broken or am I not ovulating?",
    ),
    (
        "k05",
        "fr",
        False,
        "test_kit",
        "Le test de grossesse affiche un trait très pâle au bout de 10 minutes, c'est une ligne d'évaporation ? Mes règles doivent arriver dans 2 jours, je n'ai aucune douleur.",
    ),
    (
        "k06",
        "en",
        False,
        "test_kit",
        "My mum's home INR machine keeps giving an error code E4 after the strip. She's on warfarin, feels fine. Is it the strips or the meter?",
    ),
    (
        "k07",
        "en",
        False,
        "test_kit",
        "Bowel cancer screening kit arrived (the FIT one). I'm on my period, should I wait before doing the poo sample or will blood from that mess up the result?",
    ),
    (
        "k08",
        "fr",
        False,
        "test_kit",
        "Mon lecteur de glycémie et celui de ma femme ne donnent pas la même valeur sur la même goutte (1,05 contre 1,21). Lequel croire ?",
    ),
    # -- gym and sport threads
    (
        "g01",
        "en",
        False,
        "gym",
        "Leg day yesterday, today I literally can't sit on the toilet without wincing lol. Is DOMS this bad normal after squats or did I pull something? Walking fine, just sore.",
    ),
    (
        "g02",
        "en",
        False,
        "gym",
        "gym thread: outer elbow has been aching for 2 weeks since I upped my curls and rows, worse gripping the bar, no swelling. tennis elbow? keep training or rest?",
    ),
    (
        "g03",
        "fr",
        False,
        "gym",
        "Depuis que j'ai repris la course à pied j'ai mal au tibia à l'intérieur, surtout au début du footing. Périostite ? Je dois arrêter combien de temps ?",
    ),
    (
        "g04",
        "en",
        False,
        "gym",
        "Rolled my ankle at 5-a-side on Tuesday, bit swollen and bruised on the outside, can walk on it with a limp. Ice and strap it or get it x-rayed?",
    ),
    (
        "g05",
        "en",
        False,
        "gym",
        "Started creatine 5g a day 2 weeks ago alongside lifting. Gained 2kg mostly water I think. Is it safe for my kidneys long term? No symptoms, just asking.",
    ),
    (
        "g06",
        "fr",
        False,
        "gym",
        "Au crossfit hier j'ai eu des crampes dans les mollets pendant les burpees, aujourd'hui c'est juste courbaturé. Magnésium ou étirements ?",
    ),
    # -- a relative's old emergency, asked about now
    (
        "r01",
        "en",
        False,
        "relative_past",
        "My grandad had a heart attack at 52 back in the 90s and my dad had stents at 60. I'm 35, fit, no symptoms. Should I ask for a cholesterol test or is that overkill?",
    ),
    (
        "r02",
        "fr",
        False,
        "relative_past",
        "Ma mère a fait une rupture d'anévrisme cérébral il y a 15 ans (elle s'en est remise). Est-ce que mes frères et moi devrions faire un dépistage ?",
    ),
    (
        "r03",
        "en",
        False,
        "relative_past",
        "My sister had an ectopic years ago and lost a tube. I'm now trying for a baby myself, no positive test yet. Am I at higher risk of one too?",
    ),
    (
        "r04",
        "en",
        False,
        "relative_past",
        "Uncle died of sepsis in 2019 after a kidney infection. Whole family is paranoid now. What are the early signs we should watch for, generally?",
    ),
    (
        "r05",
        "fr",
        False,
        "relative_past",
        "Mon cousin a fait une méningite quand il avait 8 ans, il va très bien aujourd'hui. Est-ce que mon fils doit avoir un vaccin particulier ?",
    ),
    # -- sports club / first-aid questions
    (
        "f01",
        "en",
        False,
        "first_aid",
        "I coach an under-12s rugby team. Parents keep asking what the concussion return-to-play steps are. Is there an official graduated protocol we should follow?",
    ),
    (
        "f02",
        "fr",
        False,
        "first_aid",
        "Je suis bénévole dans un club de judo, quelle trousse de secours conseillez-vous pour les petites blessures des enfants ?",
    ),
    (
        "f03",
        "en",
        False,
        "first_aid",
        "Does our gym legally need a defibrillator on site and how often should staff redo the training?",
    ),
    # -- emergencies in the same styles (must alarm)
    (
        "e01",
        "en",
        True,
        "test_kit",
        "Did a home pregnancy test 2 days ago, positive. Now sharp pain low on the right side and my shoulder tip hurts, I nearly fainted getting off the bus.",
    ),
    (
        "e02",
        "fr",
        True,
        "test_kit",
        "Test de grossesse positif la semaine dernière, ce soir douleur violente d'un côté du ventre, saignements, je suis pâle et j'ai la tête qui tourne.",
    ),
    (
        "e03",
        "en",
        True,
        "gym",
        "gym thread: bro collapsed on the treadmill, not breathing properly, staff are doing CPR, what else do we do",
    ),
    (
        "e04",
        "en",
        True,
        "gym",
        "After a brutal spin class 2 days ago my thighs are rock hard and so painful I can't walk and my pee is dark brown like cola.",
    ),
    (
        "e05",
        "fr",
        True,
        "gym",
        "En soulevant au développé couché j'ai ressenti une douleur déchirante dans la poitrine qui irradie dans le dos, je transpire et j'ai du mal à respirer.",
    ),
    (
        "e06",
        "en",
        True,
        "gym",
        "Took a knee to the groin at football an hour ago, now one testicle is agony, swollen and higher than the other, I've been sick twice.",
    ),
    (
        "e07",
        "en",
        True,
        "test_kit",
        "Pulled my foreskin back to do the swab for the STI kit and now it won't go back over, the tip is swollen purple and really painful.",
    ),
    (
        "e08",
        "fr",
        True,
        "relative_past",
        "Ma mère a eu un AVC il y a 10 ans et là, maintenant, elle n'arrive plus à parler et sa bouche tombe d'un côté depuis 20 minutes.",
    ),
    (
        "e09",
        "en",
        True,
        "relative_past",
        "Dad had a heart attack in 2015. Right now he has crushing chest pain going down his left arm and he's grey and sweaty.",
    ),
    (
        "e10",
        "en",
        True,
        "gym",
        "Hit my head on the squat rack an hour ago, now throwing up repeatedly, really drowsy and my left pupil looks bigger.",
    ),
    (
        "e11",
        "en",
        True,
        "abbrev",
        "F 29, LMP 7/40, +ve UPT, R iliac fossa pain since this am, PV spotting, now dizzy on standing, shoulder tip pain.",
    ),
    (
        "e12",
        "fr",
        True,
        "first_aid",
        "Au club de rugby un joueur s'est effondré après un plaquage, il ne répond plus et respire bizarrement, on fait quoi ?",
    ),
]
