"""Round-3 blind sets (issue 8), written before any change to the data and scored at first contact.

Each entry is (kind, acceptable red-flag codes, expected specialty, lang, text), kind being
"E" (emergency), "H" (hard negative written to look like an emergency) or "O" (ordinary question).
Styles the earlier sets did not use: L texting in a hurry, M a relative writing for an elderly
parent, N a non-native speaker, O a long rambling message with the emergency in the middle.
First-contact figures are in docs/triage.md; after the fixes the sets are regression tests.
The expected specialty follows one rule: general practice unless the question has a clear
organ or population signal (a child, a pregnancy, the skin, a tooth...).
"""

from __future__ import annotations

Case = tuple[str, tuple[str, ...], str, str, str]

ACS = ("acute_coronary_syndrome",)
STROKE = ("stroke",)
SUICIDE = ("suicide_risk",)
ANA = ("anaphylaxis",)
BLEED = ("severe_bleeding",)
INFANT = ("infant_fever",)
MENING = ("meningitis",)
OD = ("overdose_poisoning",)
BREATH = ("severe_breathing_difficulty",)
SEIZ = ("unconscious_or_seizure",)
THUNDER = ("thunderclap_headache", "stroke")
SEPSIS = ("sepsis",)
PREG = ("pregnancy_emergency",)
TORSION = ("testicular_torsion",)
DIAB = ("diabetic_emergency",)
CAUDA = ("cauda_equina",)
BURN = ("severe_burn",)
EYE = ("eye_emergency", "severe_burn")
HEAD = ("head_injury",)
CHOKE = ("choking", "severe_breathing_difficulty")
HEAT = ("heat_stroke", "sepsis")
ABDO = ("acute_abdomen",)
NO: tuple[str, ...] = ()

GP, CARD, DERM, PSY, PAED = (
    "general_practice", "cardiology", "dermatology", "psychiatry", "paediatrics",
)  # fmt: skip
GYN, NEURO, GASTRO, PULM, ENDO = (
    "gynaecology_obstetrics", "neurology", "gastroenterology", "pulmonology", "endocrinology",
)  # fmt: skip
ORTHO, ENT, OPH, URO, ID, RHEU, DENT = (
    "orthopaedics", "ent", "ophthalmology", "urology", "infectious_disease", "rheumatology",
    "dentistry",
)  # fmt: skip

# Set L: texting in a hurry (no punctuation, abbreviations, SMS French).
SET_L: list[Case] = [
    ("E", SUICIDE, PSY, "en", "cant do this anymore. wrote notes for my kids. got the pills here. bye"),
    ("E", SUICIDE, PSY, "fr", "jveux plus etre la. g preparé la corde pour ce soir c fini"),
    ("E", SUICIDE, PSY, "en", "my 14yo texted her friend shes gonna jump off the bridge after school tmrw pls help what do i do"),
    ("E", SUICIDE, PSY, "fr", "ma fille 15 ans a ecrit sur insta qu'elle va se tuer ce soir elle repond plus"),
    ("E", OD, PAED, "en", "omg toddler got into the dishwasher tabs think he ate one, seems fine??"),
    ("E", OD, PAED, "fr", "mon fils de 2 ans a avalé une pile bouton je crois, il a l'air bien"),
    ("E", SEIZ, NEURO, "en", "wife fitting on floor 6 mins now not stopping"),
    ("E", SEIZ, NEURO, "fr", "mon pote convulse depuis genre 5-6 min ça s'arrete pas"),
    ("E", BURN, GP, "en", "bf got shocked by mains fixing the plug, burn mark on hand, says chest feels weird"),
    ("E", BURN, GP, "fr", "jme suis renversé de la soude caustique sur le bras ça brule grave"),
    ("E", EYE, OPH, "en", "splashed bleach in my eye cant open it stinging like hell"),
    ("E", CAUDA, ORTHO, "en", "back pain + cant feel my bum when wiping + cant pee since this am"),
    ("E", TORSION, URO, "fr", "mon ado douleur horrible aux testicules d'un coup, il vomit"),
    ("E", BLEED, GP, "en", "cut my leg on glass, blood spurting, soaked 2 towels wont stop"),
    ("E", BLEED, GASTRO, "fr", "vomi du sang rouge vif x3 depuis ce matin"),
    ("E", SEPSIS, ID, "en", "mum uti last wk now v confused, shivering, blotchy skin, not peed all day"),
    ("E", SEPSIS, ID, "fr", "fievre 40 frissons + marbrures sur les genoux + il dit n'importe quoi"),
    ("E", DIAB, ENDO, "en", "type 1, meter says LO, hes sweaty n confused, wont eat anything"),
    ("E", DIAB, ENDO, "fr", "diabétique, glycémie 5,2 g, vomit et respire super vite, tres fatigué"),
    ("E", ANA, GP, "en", "ate shrimp, lips swelling, throat tight, cant swallow pls quick"),
    ("E", ANA, GP, "fr", "piqué par une guepe gorge qui gonfle j'ai du mal a respirer"),
    ("E", STROKE, NEURO, "en", "dad face droopy on one side + slurring words started 10 min ago"),
    ("E", STROKE, NEURO, "fr", "ma mere parle bizarre et son bras droit tombe depuis 20 min"),
    ("E", ACS, CARD, "en", "chest crushing pain 30min sweating going to my jaw"),
    ("E", BREATH, PULM, "fr", "mon fils asthmatique arrive plus a parler tellement il respire mal, ventoline fait rien"),
    ("E", MENING, ID, "en", "kid 4yo fever n spots that dont fade w glass test"),
    ("E", INFANT, PAED, "fr", "bb 5 semaines 38.4 de fievre"),
    ("H", NO, NEURO, "en", "what r the signs of a stroke? doing a first aid course"),
    ("H", NO, GP, "en", "lol i nearly died laughing at that vid. anyway is ibuprofen ok with a cold"),
    ("H", NO, DERM, "en", "rash on my arm but it fades when i press a glass on it, itchy"),
    ("H", NO, CARD, "fr", "c quoi les symptomes d'une crise cardiaque chez la femme?"),
    ("H", NO, GP, "fr", "je suis mort de fatigue depuis 2 semaines, besoin d'une prise de sang?"),
    ("H", NO, NEURO, "en", "had a seizure 3 yrs ago, none since, can i drive now?"),
    ("H", NO, PAED, "fr", "mon fils a avalé un chewing gum c grave?"),
    ("H", NO, GP, "en", "chest hurts only when i press on my ribs after rugby, breathing fine"),
    ("H", NO, GP, "fr", "j'ai envie de mourir de honte lol j'ai vomi en soirée, comment eviter la gueule de bois"),
    ("H", NO, PAED, "en", "how much paracetamol is too much for a 10yo? want to be careful"),
    ("H", NO, GP, "fr", "brulure legere en cuisinant, petite rougeur, pas de cloque"),
    ("H", NO, ORTHO, "en", "back hurts after moving house, no numbness, peeing normally"),
    ("O", NO, GP, "en", "can i take antihistamines w my pill"),
    ("O", NO, ENT, "en", "ear hurts since swimming 2 days, bit of gunk coming out"),
    ("O", NO, DERM, "fr", "tache brune qui a grossi sur le dos, c grave?"),
    ("O", NO, ENDO, "fr", "tjs fatigué et j'ai soif tout le temps, diabete?"),
    ("O", NO, DENT, "en", "toothache bottom left 3 days, swollen gum"),
    ("O", NO, GYN, "en", "period late 2 wks, negative test?"),
    ("O", NO, ORTHO, "fr", "mal au genou qd je monte les escaliers depuis 1 mois"),
    ("O", NO, GP, "en", "cough 3 wks not going away, non smoker"),
    ("O", NO, URO, "fr", "brulures en faisant pipi depuis hier"),
    ("O", NO, PSY, "en", "feeling low since breakup cant focus at work"),
    ("O", NO, PAED, "fr", "mon bb de 8 mois a le nez qui coule et tousse un peu"),
    ("O", NO, GP, "en", "need a sick note for work, had flu"),
]

# Set M: a relative writing for an elderly parent.
SET_M: list[Case] = [
    ("E", STROKE, NEURO, "en", "I'm writing on behalf of my father, who is 81. When I phoned him this morning his speech was muddled and he said his left hand felt 'dead' and he kept dropping the phone. He lives alone. He insists he's just tired."),
    ("E", STROKE, NEURO, "fr", "Je vous écris pour ma mère de 79 ans. Depuis ce matin elle a la bouche qui tire d'un côté et elle n'arrive plus à lever le bras gauche. Elle ne veut pas qu'on appelle qui que ce soit."),
    ("E", SEPSIS, ID, "en", "My mother (86) has had a chest infection since Tuesday. Today she is very muddled, she doesn't recognise the carers, her hands are cold and mottled and she hasn't passed water since last night."),
    ("E", SEPSIS, ID, "fr", "Mon père a 90 ans, il a une infection urinaire depuis quelques jours. Aujourd'hui il a 39,5, il tremble, il ne sait plus où il est et il respire très vite."),
    ("E", HEAD, NEURO, "en", "Dad (84, on apixaban) slipped in the garden and banged his forehead on the step an hour ago. He now seems drowsy and has been sick once."),
    ("E", HEAD, NEURO, "fr", "Ma grand-mère sous anticoagulants est tombée dans l'escalier et s'est cognée la tête, depuis elle est confuse et vomit."),
    ("E", DIAB, ENDO, "en", "My mum is diabetic on insulin, she's 77. I found her sweating, shaky and talking nonsense, she's hardly eaten today. Her reading is 2.1."),
    ("E", DIAB, ENDO, "fr", "Papa est diabétique, 82 ans. Il est très somnolent, il a soif sans arrêt, et son lecteur affiche 'HI'. Il n'arrive presque plus à se lever."),
    ("E", BLEED, GASTRO, "en", "My father, 75, has been vomiting what looks like coffee grounds this evening and he's dizzy and grey. He takes aspirin and naproxen."),
    ("E", BLEED, GASTRO, "fr", "Ma mère de 88 ans a des selles noires comme du goudron depuis hier et elle a fait un malaise en se levant."),
    ("E", ACS, CARD, "en", "My dad is 70 and has diabetes. He's been complaining of a tight band across his chest for the last 40 minutes, he's clammy and he feels sick. He says it's indigestion."),
    ("E", ACS, CARD, "fr", "Mon père de 74 ans a une douleur qui serre dans la poitrine depuis une demi-heure et qui va dans la mâchoire, il transpire beaucoup."),
    ("E", BREATH, CARD, "en", "My mum has heart failure and tonight she can't lie flat, she's gasping for air, her lips look blue and she can only say two or three words at a time."),
    ("E", OD, GP, "en", "My 80-year-old dad has got muddled with his dosette box and I think he's taken his whole week's tablets today, including his digoxin and his blood thinner. He feels sick and his vision is yellow."),
    ("E", OD, GP, "fr", "Chez ma mère la chaudière est vieille, elle et son mari ont mal à la tête et des nausées depuis ce matin, et le chat est malade aussi. Ça pourrait être le monoxyde de carbone ?"),
    ("E", SUICIDE, PSY, "en", "Since my mum died in the spring, my dad (78) has been saying he wants to be with her. Yesterday he gave me his watch and said he won't need it any more, and I found he has been saving up his sleeping pills."),
    ("E", SUICIDE, PSY, "fr", "Mon père, 83 ans, veuf depuis l'an dernier, m'a dit au téléphone qu'il avait tout réglé, qu'il avait écrit ses lettres et qu'il avait sorti son fusil de chasse. Je suis à 300 km."),
    ("E", ANA, GP, "en", "My mother was started on amoxicillin this morning. This afternoon her face and tongue have swollen up and she says her throat is closing."),
    ("E", SEIZ, NEURO, "fr", "Ma grand-mère a fait une crise, elle a tremblé de partout pendant plusieurs minutes, c'est la première fois de sa vie, et là elle ne se réveille pas bien."),
    ("E", HEAT, GP, "en", "Heatwave here. Checked on my aunt (89): her flat is like an oven, she's burning hot, confused and hasn't been drinking."),
    ("E", ABDO, GASTRO, "fr", "Mon père a 85 ans, il a très mal au ventre depuis ce matin, son ventre est dur comme du bois, il n'a pas été à la selle depuis 4 jours et il vomit."),
    ("E", CAUDA, ORTHO, "en", "My mother (72) has had a bad back for weeks, but since yesterday she's wet herself twice without noticing and says her bottom feels numb."),
    ("E", CHOKE, GP, "en", "My grandmother has dementia and was eating her dinner, now she's choking, she can't speak and she's clutching her throat."),
    ("E", BURN, GP, "fr", "Mon grand-père est tombé contre le radiateur et il est resté coincé longtemps, il a une brûlure profonde sur toute la cuisse, la peau est blanche et il ne sent rien."),
    ("E", EYE + STROKE, OPH, "en", "My father (68) suddenly lost the sight in his right eye an hour ago, like a curtain coming down. No pain."),
    ("H", NO, NEURO, "en", "My father had a stroke in 2018 and recovered well. His speech is fine. Can he travel by plane?"),
    ("H", NO, NEURO, "fr", "Ma mère a fait un AVC il y a 5 ans, elle a gardé une légère faiblesse de la main. Quels exercices de kiné ?"),
    ("H", NO, GP, "en", "My mum keeps saying 'I'll be dead soon anyway' when we talk about her pension. She's joking, she's very cheerful. How do I get her to plan ahead?"),
    ("H", NO, GP, "fr", "Mon père (80 ans) est tombé hier sur les fesses, il ne s'est pas cogné la tête, il marche normalement, juste un bleu."),
    ("H", NO, ID, "en", "What are the warning signs of sepsis in older people? My dad is going into a care home and I want to know what to look for."),
    ("H", NO, GP, "fr", "Ma mère prend du Kardégic, elle a parfois des bleus sur les bras, est-ce normal ?"),
    ("H", NO, ENDO, "en", "Dad's blood sugar was 3.9 before lunch, he felt fine, ate a sandwich and it went up. Should we adjust his gliclazide?"),
    ("H", NO, GP, "fr", "Ma grand-mère a mal dans la poitrine quand elle tousse depuis son rhume, pas d'essoufflement, pas de sueurs."),
    ("H", NO, DERM, "en", "Mum has a rash on her shins after starting a new antibiotic. It blanches when pressed, no swelling of lips or tongue, breathing normally."),
    ("H", NO, NEURO, "fr", "Mon père a fait une crise d'épilepsie il y a 10 ans, aucune depuis, est-ce qu'il peut arrêter son traitement ?"),
    ("H", NO, GASTRO, "en", "My mother has had black stools since starting iron tablets last week. She feels well. Is that expected?"),
    ("H", NO, GP, "fr", "Mon père dit qu'il va mourir d'ennui à la maison de retraite, il ne fait rien de la journée. Des activités à conseiller ?"),
    ("O", NO, NEURO, "en", "My father (79) is getting more forgetful, misplacing keys and repeating himself over the past year. How do we get a memory assessment?"),
    ("O", NO, GP, "fr", "Ma mère de 85 ans a les chevilles gonflées le soir, elles dégonflent la nuit. Faut-il s'inquiéter ?"),
    ("O", NO, GP, "en", "Can my 80-year-old mum have the shingles vaccine and the flu jab on the same day?"),
    ("O", NO, ENT, "fr", "Mon père a de plus en plus de mal à entendre la télé, faut-il consulter un ORL ?"),
    ("O", NO, URO, "en", "Dad gets up 4 times a night to pee, he's 76. Prostate?"),
    ("O", NO, DERM, "fr", "Ma grand-mère a les ongles des pieds très épais et jaunes, elle ne peut plus les couper."),
    ("O", NO, OPH, "en", "My mother's cataract is getting worse, she can't read any more. How long is the wait for surgery?"),
    ("O", NO, RHEU, "fr", "Mon père a mal aux genoux le matin, une raideur qui dure 10 minutes, c'est de l'arthrose ?"),
    ("O", NO, GP, "en", "My mum is constipated a lot since she started the new painkiller. What can she take?"),
    ("O", NO, GP, "fr", "Ma mère (81 ans) a perdu 3 kilos ce mois-ci et mange moins, elle dit qu'elle n'a pas faim."),
    ("O", NO, DENT, "en", "My dad's dentures are rubbing and he has a sore spot on his gum."),
    ("O", NO, PSY, "fr", "Mon père est très triste depuis le décès de ma mère, il ne sort plus. Comment l'aider ?"),
]

# Set N: a non-native speaker (English and French with foreign grammar).
SET_N: list[Case] = [
    ("E", ACS, CARD, "en", "Hello doctor, my husband have very big pain in the chest since one hour, it go to the left arm and he is sweating much. What we must do?"),
    ("E", STROKE, NEURO, "en", "My mother she cannot speak good since this morning, the mouth is going on one side and the right hand no have force."),
    ("E", SUICIDE, PSY, "en", "I am student from abroad, I am very alone here, I decide to finish my life this weekend, I have already buy the medicines. I write only to say somebody."),
    ("E", SUICIDE, PSY, "fr", "Bonjour, je suis pas bien depuis longtemps. Je veux me tuer, j'ai déjà choisi le jour, c'est demain. Excusez mon français."),
    ("E", SUICIDE, PSY, "en", "My son is 13, he told to his sister he want to kill himself and he has look on internet how to do it."),
    ("E", SEIZ, NEURO, "en", "My brother he is shaking all the body on the floor and foam from mouth, it is more than five minute, he never have this before."),
    ("E", SEIZ, NEURO, "fr", "mon enfant il tremble tout le corps et les yeux partis en haut, ça fait longtemps plus que 5 minute, il répond pas"),
    ("E", OD, PAED, "en", "My baby 18 month eat some pills of my mother, blood pressure pills, I don't know how many. He is playing normal."),
    ("E", OD, PAED, "fr", "Ma fille 3 ans elle a bu le produit pour nettoyer toilette, un petit peu, elle pleure."),
    ("E", OD, GP, "en", "My friend he take 30 of paracetamol yesterday night because of the problem with girlfriend, now he say he feel ok."),
    ("E", BURN, GP, "en", "My husband work with electric cable and he get electric shock very strong, now burn on the hand and the foot and he feel the heart beat strange."),
    ("E", EYE, OPH, "fr", "Il y a eu le produit de la piscine (chlore) dans les yeux de mon fils, il crie et il peut pas ouvrir les yeux."),
    ("E", CAUDA, ORTHO, "en", "I have pain in the back since long time but now I cannot feel the skin between the legs and I cannot control the pee."),
    ("E", TORSION, URO, "en", "My son 15 years have suddenly very strong pain in the ball, one side, since 2 hour, and he vomit."),
    ("E", BLEED, GASTRO, "fr", "Ma mère elle vomit le sang beaucoup, rouge, deux fois ce matin."),
    ("E", (*BLEED, "pregnancy_emergency"), GYN, "en", "After the birth of my baby 5 days ago the bleeding become very heavy, big clots, one pad every hour, I feel dizzy."),
    ("E", SEPSIS, ID, "en", "My father have infection in the urine, he take antibiotic, but today he is very confuse, he don't know me, the skin is cold with marks like marble."),
    ("E", DIAB, ENDO, "fr", "Mon mari diabétique il est très confus, il transpire, sucre dans le sang 0,35, il comprend pas quand je parle."),
    ("E", ANA, GP, "en", "I eat a cake with nuts and now my tongue is big and my throat is closing, I can't breath good."),
    ("E", ANA, GP, "fr", "Après la piqûre d'abeille mon fils il a gonflé le visage partout et il respire avec le sifflement."),
    ("E", BREATH, PAED, "en", "My daughter 6 years she has asthma, now she breath very fast and the ribs go inside, she cannot talk, the inhaler no help."),
    ("E", MENING, ID, "fr", "Mon fils il a la fièvre très forte et des taches violettes sur les jambes qui partent pas avec le verre."),
    ("E", INFANT, PAED, "en", "My baby have 6 weeks and the temperature is 38,3 since the evening."),
    ("E", STROKE, NEURO, "fr", "Mon papa d'un coup il voit double et il tombe sur le côté quand il marche, il a mal à la tête beaucoup."),
    ("E", THUNDER, NEURO, "en", "Suddenly I have the worst pain of the head in my life, like explosion, 20 minutes ago."),
    ("H", NO, CARD, "en", "Please what is the signs of heart attack? My father have heart disease, I want to know for be ready."),
    ("H", NO, DERM, "en", "I have a rash on the legs, red points, but when I press the glass they go away. No fever."),
    ("H", NO, PAED, "fr", "Mon enfant il a mangé un peu de sable au parc, c'est dangereux ?"),
    ("H", NO, GP, "en", "I am dying to see my family, I miss them, but I have question: which vaccine I need for travel to Nigeria?"),
    ("H", NO, PSY, "fr", "Il y a deux ans j'ai voulu me suicider mais maintenant je vais bien, je prends toujours le traitement. Je peux arrêter ?"),
    ("H", NO, GYN, "en", "My wife she had a seizure one time when she was a child, never again. Now she is pregnant, is it risk?"),
    ("H", NO, GP, "fr", "J'ai mal à la poitrine quand j'appuie dessus, depuis que j'ai porté les cartons, je respire bien."),
    ("H", NO, PAED, "en", "My son take 2 paracetamol by mistake instead of 1, he is 12 years and 40 kilo. Is it problem?"),
    ("H", NO, GP, "fr", "Je suis mort de rire avec mes collègues mais après j'ai mal au ventre, c'est normal ?"),
    ("H", NO, ENDO, "en", "The doctor said my blood sugar is little high, 6.5, I have no symptom. What food I must avoid?"),
    ("H", NO, GP, "fr", "Mon fils s'est brûlé un peu le doigt avec la casserole, c'est rouge, pas de bulles."),
    ("H", NO, GASTRO, "en", "Last year I had a bleeding stomach ulcer, now all is good. Can I take ibuprofen for my back?"),
    ("O", NO, DENT, "en", "I have pain in the tooth when I drink cold, since one week."),
    ("O", NO, DERM, "fr", "Moi j'ai la peau très sèche et ça gratte beaucoup l'hiver."),
    ("O", NO, OPH, "en", "My eyes is red and itchy in the morning with yellow things."),
    ("O", NO, GYN, "fr", "Je suis enceinte 20 semaines, je peux prendre l'avion ?"),
    ("O", NO, ENDO, "en", "I feel tired all the time and my hair fall, maybe thyroid?"),
    ("O", NO, PAED, "fr", "Mon fils de 3 ans il tousse la nuit depuis une semaine, pas de fièvre."),
    ("O", NO, PSY, "en", "Since I come in this country I have problem to sleep and I am sad, I cry often."),
    ("O", NO, ORTHO, "fr", "J'ai mal dans le bas du dos quand je reste assis longtemps au travail."),
    ("O", NO, GP, "en", "Which doctor I must see for get a check up and blood test? I am new here."),
    ("O", NO, GASTRO, "fr", "J'ai souvent des brûlures d'estomac après manger."),
    ("O", NO, ENT, "en", "My ear make noise like whistle all the time."),
    ("O", NO, GP, "fr", "Je voudrais savoir si le vaccin de la grippe est bon pour moi, j'ai 67 ans."),
]

# Set O: a long rambling message with the emergency in the middle.
SET_O: list[Case] = [
    ("E", ACS, CARD, "en", "Hi, I hope you're well. I've been meaning to ask about my cholesterol results for a while, the GP said 6.2 and wanted me on statins but I'm not keen, I'd rather try diet first, my sister did that and it worked for her. Anyway, while I'm writing, I had a heavy pain in the middle of my chest on the way up the stairs just now that went into my left arm and I'm still sweating a bit, it's easing slightly. Also what's the best time of day to take statins if I do go on them? Thanks"),
    ("E", STROKE, NEURO, "fr", "Bonjour docteur, je vous écris au sujet de ma mère qui a 70 ans, elle a de l'arthrose dans les mains et on voulait savoir si les infiltrations valent le coup. Elle a déjà essayé le paracétamol et les crèmes. Sinon, ce matin au petit déjeuner, elle a eu la bouche de travers et elle n'arrivait plus à tenir sa tasse de la main droite, ça dure encore un peu, elle dit que c'est la fatigue. On a rendez-vous chez le rhumatologue en mars, est-ce qu'il faut apporter les radios ?"),
    ("E", SUICIDE, PSY, "en", "So I'm not really sure where to start. Work has been awful, my manager keeps piling things on, and I've been getting migraines about twice a week which is why I'm writing really, I wanted to know if there's a preventive medication. I've also not been sleeping. Honestly I've been thinking that everyone would be better off without me and I've looked up how many of my tablets it would take. Anyway, the migraines are usually on the left side with some nausea, is propranolol an option?"),
    ("E", SUICIDE, PSY, "fr", "Bonsoir, désolée pour le long message. J'ai 16 ans et je voulais demander pour mon acné, j'ai essayé plein de crèmes et rien ne marche, ma mère ne veut pas que je prenne de traitement fort. Au lycée ça se passe mal, on se moque de moi, et j'ai prévu de me tuer vendredi, j'ai déjà écrit une lettre pour mes parents. Enfin bref, est-ce qu'un dermatologue peut prescrire quelque chose sans l'accord des parents ?"),
    ("E", OD, PAED, "en", "Long day here, the twins have had colds all week and I've been up every night, I was going to ask whether they can have their MMR booster while they're snotty. Also, not sure if it matters but I found my 2 year old with my open packet of iron tablets in the bathroom about half an hour ago, some seem to be missing, he's fine and running around. And is it normal for colds to last 10 days in toddlers?"),
    ("E", OD, GP, "fr", "Bonjour, je voulais prendre rendez-vous pour un bilan sanguin car je suis souvent fatigué. Je travaille de nuit et je mange mal. Hier soir après une dispute j'ai pris une vingtaine de comprimés de Doliprane, je me sens un peu nauséeux mais ça va. Est-ce que le bilan peut inclure la thyroïde ? Merci."),
    ("E", SEIZ, NEURO, "en", "Hi, this is about my son who is 8. He has had some trouble at school with concentration and the teacher mentioned ADHD, we are on a waiting list. I'm also writing because he just had a fit in the living room, his whole body was jerking and it's the first time ever, he's now very sleepy. The school wants a letter, what should I tell them about the assessment process?"),
    ("E", BURN, GP, "en", "Hello, I wanted to ask about my eczema cream because the pharmacy has run out of the usual one and offered a different brand, is that okay? It's been a busy week, we're redecorating. My husband just got oven cleaner splashed on his forearm while cleaning, the skin has gone white and it's really painful, he's rinsing it now. Also, can I use the new cream on my face?"),
    ("E", EYE, OPH, "fr", "Bonjour, j'ai une question sur mes lunettes, ma vue baisse depuis un an et je me demande si c'est l'âge. Je porte des lentilles aussi. Tout à l'heure en faisant le ménage j'ai reçu de l'eau de Javel dans l'œil gauche, il est tout rouge, je ne vois plus bien et ça brûle énormément. Est-ce que les lentilles journalières sont mieux que les mensuelles ?"),
    ("E", CAUDA, ORTHO, "en", "I've been seeing a physio for my lower back for three months, on and off, which helped a bit. I've been doing the exercises. The reason I'm writing: since yesterday evening I've had numbness around my bottom and inner thighs and I haven't been able to pee properly, I have to push and nothing much comes. Also, would a standing desk help? My work might pay for one."),
    ("E", TORSION, URO, "fr", "Bonjour, mon fils de 13 ans fait beaucoup de foot, et il a souvent mal aux genoux, le kiné parle d'Osgood-Schlatter. On voulait savoir combien de temps il doit s'arrêter. Par ailleurs cette nuit il s'est réveillé avec une douleur très forte à un testicule, il a vomi, et ça ne passe pas. Il a un match samedi, est-ce qu'il pourra jouer ?"),
    ("E", BLEED, DENT, "en", "Hi there, I had my wisdom tooth out yesterday and the dentist gave me some gauze. My jaw is a bit stiff, which I suppose is expected. I've been bleeding from the socket all day and it's actually getting heavier, I've gone through loads of gauze and I keep spitting out mouthfuls of blood and I feel faint. When can I go back to eating normally?"),
    ("E", SEPSIS, ID, "fr", "Bonjour, ma mère de 68 ans a une sonde urinaire depuis son opération. L'infirmière passe tous les jours. Elle a depuis hier de la fièvre à 39,8, des frissons, et aujourd'hui elle est confuse et sa peau est marbrée sur les genoux. L'infirmière a dit d'en parler au médecin. Est-ce qu'on doit changer la sonde plus souvent ?"),
    ("E", DIAB, ENDO, "en", "Hi, my daughter (14) was diagnosed with type 1 last year and she's been managing well, she plays hockey and we're trying to work out her carb counting around matches. This week she's had a stomach bug, and since this morning she's been vomiting repeatedly, breathing really fast and deep, and her ketones are 3.8. Is there an app you'd recommend for carb counting?"),
    ("E", ANA, GP, "en", "Quick question about hay fever tablets, which ones don't cause drowsiness? I drive for work. We've just come back from a picnic where my wife was stung by a wasp and her face and lips have swollen up and she's wheezing and says her throat feels tight. Also, is it OK to take two different antihistamines?"),
    ("E", STROKE, NEURO, "en", "My father-in-law is staying with us over Christmas, he's 76. We were planning a walk, he's got new hiking boots and they're giving him blisters, what's the best plaster? Then at lunch he suddenly couldn't get his words out and his right arm went floppy, it's been about 15 minutes. Also, he's diabetic, can he have Christmas pudding?"),
    ("E", BREATH, PULM, "fr", "Bonjour, je suis asthmatique depuis l'enfance, j'ai un traitement de fond que je prends plus ou moins bien, je sais. Je voulais vous demander pour les vaccins. Là je suis en pleine crise, je n'arrive plus à parler en phrases entières, j'ai pris 10 bouffées de Ventoline sans effet et j'ai les lèvres qui bleuissent. Et est-ce que je peux faire le vaccin grippe en même temps que le Covid ?"),
    ("E", MENING, ID, "en", "Hello. My daughter (19) is at university, she called me earlier. She has had a cold for a few days and was complaining of a headache. She's got exams next week and she's stressed. She now says her neck is really stiff, the light hurts her eyes and she has a temperature of 39.4. Can she get extra time for her exams if she's ill?"),
    ("E", INFANT, PAED, "fr", "Bonsoir, notre bébé a 7 semaines, l'allaitement se passe bien, on a juste des questions sur les coliques et les tétines. Ce soir elle est un peu grognon et on a pris sa température, 38,6. Elle mange un peu moins. Et on voulait savoir quand on peut commencer à lui donner de la vitamine D ?"),
    ("E", ACS, CARD, "fr", "Bonjour docteur. Depuis que j'ai arrêté de fumer j'ai pris 6 kilos et je voudrais des conseils pour maigrir. Je fais un peu de vélo. D'ailleurs ce soir en rentrant du vélo j'ai une douleur en étau dans la poitrine qui irradie dans le bras gauche et la mâchoire, ça dure depuis vingt minutes, j'ai des sueurs. Est-ce que les substituts nicotiniques font grossir ?"),
    ("E", SUICIDE, PSY, "en", "My son is 15 and has been gaming a lot and not sleeping, we've tried limiting screen time. His grades have dropped. Last night I found a note in his room saying goodbye to us and that he's sorry, and he's been asking where we keep the car keys and the garage key. He seems calm today. Do you think a sleep clinic would help with the gaming?"),
    ("E", HEAD, NEURO, "en", "Hi, I play rugby on Sundays and I'm 34. My knee has been clicking for a few weeks. Yesterday I took a knock to the head in a tackle and was out cold for a minute, and today I've been sick three times and I've got a bad headache that's getting worse and I'm confused about what day it is. Should I get the knee scanned?"),
    ("H", NO, GP, "en", "Hi, I'm writing a school project about first aid with my daughter, she's 11. We wanted to know: what are the signs of a stroke and what should you do if someone has one? Also, how do you recognise a heart attack in a woman? She's very interested in becoming a doctor. Thanks for any advice or links to read."),
    ("H", NO, CARD, "fr", "Bonjour, mon père est décédé d'un infarctus à 58 ans, il y a vingt ans. J'ai aujourd'hui 52 ans, je n'ai aucune douleur dans la poitrine, pas d'essoufflement, je fais du sport trois fois par semaine. Mon cholestérol est à 2,3 g. Faut-il un bilan cardiologique ?"),
    ("H", NO, NEURO, "en", "Long-time migraine sufferer here, about 20 years. I get the usual flashing zigzags, then a one-sided headache, nausea, need a dark room. Had one today, exactly like always, my neurologist knows about them. I'd like to ask about the new CGRP injections, am I eligible?"),
    ("H", NO, PAED, "fr", "Bonjour, ma fille de 5 ans a eu de la fièvre hier à 38,5 avec un rhume, aujourd'hui elle joue et mange bien. Elle a des petits boutons sur le ventre, j'ai fait le test du verre et ils s'effacent bien. Pas de raideur de la nuque. Faut-il consulter ?"),
    ("H", NO, DERM, "en", "I used to self-harm when I was at school, and I was in hospital after an overdose when I was 17. That was nine years ago and I'm in a really good place now, I have a job and a partner. I'd like to know if the scars on my arms can be treated with laser, and whether the old overdose affects my liver now."),
    ("H", NO, PULM, "fr", "Mon mari ronfle énormément, à m'en faire mourir d'exaspération, et parfois il s'arrête de respirer quelques secondes pendant son sommeil. Il est fatigué la journée. Est-ce l'apnée du sommeil et comment faire le diagnostic ?"),
    ("H", NO, ENDO, "en", "Hi, I'm a type 1 diabetic for 15 years. Last week I had a hypo at night, 3.2, treated it with juice and was fine in ten minutes. My HbA1c is 52. I'm thinking about switching to a pump, what are the pros and cons?"),
    ("H", NO, GP, "fr", "Bonjour, en cuisinant je me suis fait une petite brûlure sur le dos de la main avec la vapeur, c'est rouge, ça pique un peu, pas de cloques, c'est grand comme une pièce. J'ai mis sous l'eau froide 20 minutes. Quelle crème mettre ?"),
    ("H", NO, PAED, "en", "My toddler put a bead in her mouth at nursery but the staff saw her spit it out straight away, they checked her mouth and found nothing, she's breathing normally, eating, playing. Her cough from last week is still there though, should I bring her in for the cough?"),
    ("H", NO, PSY, "fr", "Je fais des crises d'angoisse depuis des années, c'est diagnostiqué. Hier j'en ai eu une, le cœur qui bat vite, des fourmis dans les doigts, comme d'habitude, et c'est passé en 15 minutes. Est-ce qu'une thérapie comportementale pourrait m'aider ?"),
    ("H", NO, GP, "en", "My 80 year old mum fell over last month, she didn't hit her head, she was checked in A&E and nothing was broken. She's been a bit nervous walking since then. Would a physio or a walking frame help? She also wants to know about calcium supplements."),
    ("H", NO, PAED, "fr", "Je m'intéresse à la prévention : que faire si un enfant avale une pile bouton ? J'ai des petits-enfants et je voudrais savoir quels gestes faire, et quels produits ménagers ranger en hauteur. Merci."),
    ("O", NO, DERM, "en", "Hi, I've had a rash on my elbows and knees for a few months, silvery scales, itchy, my dad has psoriasis. I've tried moisturisers. Is there a cream that works, and is it linked to joint problems later?"),
    ("O", NO, GYN, "fr", "Bonjour, je suis enceinte de 24 semaines, tout se passe bien, je voulais savoir si je peux continuer la natation et le yoga, et à partir de quand je dois arrêter de travailler ? Je suis infirmière."),
    ("O", NO, GASTRO, "en", "I've had heartburn on and off for years but lately it's every evening, especially after coffee and late dinners. I've tried Gaviscon. Should I have a camera test, and are there diet changes that help?"),
    ("O", NO, OPH, "fr", "Bonjour, mon fils de 9 ans porte des lunettes depuis l'an dernier et il se plaint de voir flou au tableau. Faut-il refaire un examen de la vue ? Combien de temps entre deux contrôles chez l'ophtalmo ?"),
    ("O", NO, GP, "en", "I'm 45 and I keep waking up at 4am and can't get back to sleep, my mind races about work. I don't feel depressed as such. I've tried cutting caffeine. Are there things I can try before sleeping pills?"),
    ("O", NO, ORTHO, "fr", "Bonjour, j'ai 30 ans et j'ai mal au genou droit depuis que j'ai commencé la course à pied il y a deux mois, surtout dans les descentes, sur le côté extérieur. Pas de gonflement. Faut-il arrêter de courir ?"),
    ("O", NO, PAED, "en", "Hello, my 2 year old still isn't saying many words, maybe ten, his older sister was chatting by this age. He understands everything and points. Should we be worried and who do we see?"),
    ("O", NO, RHEU, "fr", "Bonjour, j'ai des douleurs et un gonflement des petites articulations des mains le matin depuis trois mois, avec une raideur d'une heure. Ma tante a une polyarthrite. Quels examens faire ?"),
    ("O", NO, GP, "en", "Hi, I've been feeling generally run down for a few months, tired, a bit achy, nothing specific. I'm 38, eat reasonably well. Could you suggest what blood tests would be sensible to check?"),
    ("O", NO, DENT, "fr", "Bonjour, j'ai une dent qui me fait mal quand je mâche depuis une semaine, et la gencive est un peu gonflée autour. Je n'ai pas de dentiste en ce moment. Est-ce que ça peut attendre ?"),
]

SETS: dict[str, list[Case]] = {"L": SET_L, "M": SET_M, "N": SET_N, "O": SET_O}

# Set P, written after the round-3 fixes and scored once before any change made for it: messages
# laid out like a form or a list ("Age: 4 / Symptoms: ..."), and third parties who are not family
# (a teacher, a colleague, a neighbour, a flatmate, a care-home night worker).
SET_P: list[Case] = [
    ("E", SUICIDE, PSY, "en", "Teacher here. One of my Year 10 pupils handed in an essay today that reads like a goodbye letter, and she told a friend she has been collecting her mum's tablets. She's at home now. Who do I contact?"),
    ("E", SUICIDE, PSY, "fr", "Je suis CPE dans un collège. Un élève de 4e a dit à son copain qu'il allait se jeter du pont ce soir et qu'il avait déjà dit adieu à sa famille sur Snapchat."),
    ("E", SUICIDE, PSY, "en", "- Patient: my colleague, 40s\n- Today: said she has no reason to go on, asked me to look after her cat 'for good'\n- She keeps a shotgun at home for clay shooting\nWhat should I do?"),
    ("E", OD, PAED, "en", "Age: 3\nWhat happened: found chewing one of those laundry capsules, blue liquid on his face\nSymptoms: none so far, a bit of coughing"),
    ("E", OD, PAED, "fr", "Âge : 20 mois\nProblème : a léché une pile bouton tombée de la télécommande, on ne la retrouve pas\nSymptômes : aucun pour l'instant"),
    ("E", SEIZ, NEURO, "en", "Neighbour collapsed in the stairwell and is jerking all over, lips going blue, it's been at least 7 minutes. Never seen him like this."),
    ("E", SEIZ, NEURO, "fr", "Collègue au bureau : elle est tombée, tout son corps se raidit et tremble, elle ne répond pas, ça dure depuis plus de 5 minutes."),
    ("E", BURN, GP, "en", "Work accident: a colleague touched an exposed cable on the site and was thrown back. He's talking but has a black mark on his palm and his heart feels funny."),
    ("E", EYE, OPH, "en", "Flatmate got drain unblocker splashed in both eyes, she's screaming and can't open them, we're rinsing with the shower."),
    ("E", STROKE, NEURO, "en", "Care home night shift: resident (87) was fine at 2am, at 4am his speech is garbled and his right arm is floppy. The nurse on call isn't answering."),
    ("E", STROKE, NEURO, "fr", "Voisine de 70 ans : depuis 30 minutes, elle parle de façon incompréhensible et le coin de sa bouche tombe à gauche."),
    ("E", ACS, CARD, "fr", "Homme 58 ans\nDouleur : au milieu de la poitrine, comme un poids, depuis 25 min\nIrradiation : bras gauche\nAutre : sueurs froides"),
    ("E", ACS, CARD, "en", "My boss (62) is at his desk grey and sweaty, says there's an elephant sitting on his chest and his left arm aches."),
    ("E", SEPSIS, ID, "en", "Resident, 91, UTI on antibiotics since Monday.\nTonight: temp 38.9, very confused, pulling at her clothes, knees look mottled, no urine in the pad since the morning."),
    ("E", SEPSIS, ID, "fr", "Mon colocataire a une grosse fièvre depuis hier, ce soir il délire, il ne sait plus où il est et il a des marbrures sur les jambes."),
    ("E", MENING, ID, "en", "Student in halls, 19:\n- headache, vomiting\n- can't stand the light\n- neck too stiff to bend\n- temp 39.2"),
    ("E", ANA, GP, "fr", "Enfant de 8 ans à la cantine : a mangé un biscuit aux noisettes, il est allergique, ses lèvres enflent et il dit qu'il n'arrive plus à respirer."),
    ("E", ANA, GP, "en", "Colleague stung by a bee at the picnic: hives spreading, voice gone hoarse, says her throat feels tight."),
    ("E", DIAB, ENDO, "en", "Type 1 pupil on a school trip: blood sugar 1.9, she's slurring, sweaty and not making sense, she won't take the glucose tablets."),
    ("E", BLEED, GP, "fr", "Accident de cuisine au restaurant : un collègue s'est entaillé l'avant-bras avec un couteau, le sang gicle et ça ne s'arrête pas malgré le torchon."),
    ("E", CAUDA, ORTHO, "en", "Age: 45\nBack pain: 2 weeks, worse since yesterday\nNew: numb around the back passage, can't tell when I need to pee"),
    ("E", TORSION, URO, "fr", "Élève de 14 ans en cours de sport : douleur brutale dans les bourses depuis une heure, il est pâle et a vomi."),
    ("E", INFANT, PAED, "en", "Childminder here. Baby I look after is 9 weeks old, she feels hot, I measured 38.1, parents not reachable."),
    ("E", HEAD, NEURO, "en", "Elderly neighbour (on warfarin) tripped on the kerb and hit her head on the pavement. She seems OK but has a big lump."),
    ("E", BREATH, PULM, "en", "Runner at our club collapsed after the race: wheezing badly, can only get out one word at a time, inhaler empty."),
    ("H", NO, GP, "en", "Teacher here: what are the signs of an allergic reaction in a child, and when should we use the EpiPen? Preparing our school first-aid plan."),
    ("H", NO, PAED, "fr", "Âge : 4 ans\nFièvre : 38,3 depuis hier\nTaches : petits boutons sur le ventre, ils disparaissent quand j'appuie avec un verre\nÉtat : joue, mange bien"),
    ("H", NO, GP, "en", "Colleague keeps saying 'this job will be the death of me' - just an expression. How can our team reduce stress at work?"),
    ("H", NO, PAED, "en", "Age: 2\nWhat happened: put a dishwasher tablet in his mouth, I took it out straight away, it was still in its wrapper, not wet\nSymptoms: none"),
    ("H", NO, NEURO, "fr", "Mon collègue a fait un AVC il y a trois ans, il a bien récupéré. Peut-il reprendre la conduite de poids lourds ?"),
    ("H", NO, GP, "en", "Neighbour burnt his hand on the barbecue lid: small red patch the size of a coin, no blisters, we cooled it under the tap for 20 minutes."),
    ("H", NO, NEURO, "en", "Pupil with known epilepsy had her usual short absence seizure in class, 10 seconds, back to normal straight away. Do we need to inform anyone?"),
    ("H", NO, PSY, "fr", "Mon colocataire a fait une tentative de suicide il y a cinq ans. Aujourd'hui il va bien et suit une thérapie. Comment le soutenir au quotidien ?"),
    ("H", NO, GP, "en", "- Chest: tight only when I have a cold and cough a lot\n- No pain going anywhere, no sweating\n- Breathing fine at rest\nIs it just the cough?"),
    ("H", NO, GP, "fr", "Que faire si un collègue fait un malaise au bureau ? Nous voulons afficher les consignes près de la machine à café."),
    ("O", NO, DERM, "en", "Age: 16\nProblem: acne on forehead and back for a year\nTried: benzoyl peroxide\nQuestion: can I get something stronger?"),
    ("O", NO, GYN, "fr", "Âge : 32 ans\nQuestion : combien de temps après l'arrêt de la pilule peut-on tomber enceinte ?"),
    ("O", NO, ENT, "en", "Colleague has had a blocked ear since a flight last week, a bit muffled, no pain. Anything he can try?"),
    ("O", NO, GP, "fr", "Je voudrais faire le point sur mes vaccins avant de partir en stage, lesquels sont obligatoires ?"),
    ("O", NO, ORTHO, "en", "Age: 50\nProblem: painful right shoulder when lifting my arm above my head for 6 weeks\nNo injury"),
    ("O", NO, PAED, "fr", "Mon fils de 6 ans fait encore pipi au lit plusieurs fois par semaine, est-ce normal ?"),
    ("O", NO, URO, "en", "Man, 60: I have to get up three times a night to pee and the flow is weak. Should I have my prostate checked?"),
    ("O", NO, PSY, "fr", "Depuis mon burn-out je n'arrive plus à me concentrer et je pleure souvent. Vers qui me tourner ?"),
]

SETS["P"] = SET_P

# Set Q, written after the set-P and discriminator fixes and scored once before any change made for
# it: teenagers and young adults writing about themselves or friends (slang, emojis, "ngl",
# "lowkey", "jpp", "wsh", "chelou"), and French-English code-switching.
SET_Q: list[Case] = [
    ("E", SUICIDE, PSY, "en", "ngl i dont see myself being here next week, already decided how, just tired of everything 😞"),
    ("E", SUICIDE, PSY, "fr", "jpp de ma vie, j'ai pris les cachets de ma mère et je compte les prendre ce soir, personne le sait"),
    ("E", SUICIDE, PSY, "en", "my best friend (15) posted 'see you on the other side' and sent me her passwords, she's not answering"),
    ("E", SUICIDE, PSY, "fr", "wsh mon pote il m'a envoyé un vocal genre adieu, il dit qu'il va sauter ce soir, il répond plus"),
    ("E", OD, GP, "en", "took like 20 of my sertraline lowkey panicking now, heart is racing"),
    ("E", OD, GP, "fr", "ma coloc a pris trop d'ecstasy en soirée, elle est brûlante, elle convulse un peu et elle délire"),
    ("E", OD, PAED, "en", "my little sister (4) drank some of my vape juice, the nicotine one, she's being sick"),
    ("E", SEIZ, NEURO, "en", "my bf is having a fit on the floor rn been like 5+ mins and hes not stopping 😭"),
    ("E", SEIZ, NEURO, "fr", "ma pote fait une crise d'épilepsie en cours et ça dure depuis genre 7 min, elle est toute bleue"),
    ("E", BURN, GP, "fr", "mon pote a pris un arc électrique en touchant la caténaire du train, il a des brûlures sur les bras"),
    ("E", EYE, OPH, "en", "got hit in the eye with a bb gun pellet, can't see out of it and there's blood in it"),
    ("E", STROKE, NEURO, "en", "my mum is like 50 and suddenly she's talking weird and the left side of her face is sagging, is this a stroke??"),
    ("E", ACS, CARD, "fr", "mon père il a super mal à la poitrine genre ça serre fort et ça va dans son bras, il transpire de ouf"),
    ("E", ANA, GP, "en", "ate a cookie that had peanuts in it and my throat is like closing up, lips swelling, i have an epipen but scared"),
    ("E", ANA, GP, "fr", "je suis allergique aux fruits à coque et là j'ai la langue qui gonfle et je respire mal"),
    ("E", BREATH, PULM, "en", "having the worst asthma attack, can't get words out, blue lips, my pump isn't doing anything"),
    ("E", DIAB, ENDO, "en", "im type 1 and been throwing up all day, my ketones are high and im breathing really fast"),
    ("E", MENING, ID, "fr", "mon coloc a de la fièvre, très mal à la tête, il supporte pas la lumière et il peut pas baisser la tête, c'est chelou"),
    ("E", SEPSIS, ID, "en", "got my belly button pierced a week ago, it's infected and now I'm shaking, feverish and feel like I'm dying"),
    ("E", TORSION, URO, "en", "woke up with insane pain in one of my balls outta nowhere, threw up twice"),
    ("E", BLEED, GP, "fr", "je me suis ouvert la main avec un cutter, ça saigne de ouf et ça s'arrête pas malgré le torchon"),
    ("E", HEAD, NEURO, "en", "fell off my skateboard no helmet, hit my head, threw up 3 times and feel super drowsy"),
    ("E", PREG, GYN, "en", "i think im pregnant, missed my period, and now i have really bad pain on one side and im bleeding"),
    ("H", NO, GP, "en", "that exam literally killed me lol, anyway can i take ibuprofen for a headache"),
    ("H", NO, PSY, "fr", "jpp de ces cours, je suis morte de fatigue, des conseils pour mieux dormir ?"),
    ("H", NO, GP, "en", "what happens if you take too many painkillers? asking for a health class project"),
    ("H", NO, DERM, "en", "got a rash after the gym but it fades when i press a glass on it, no fever"),
    ("H", NO, NEURO, "fr", "j'ai fait une crise d'épilepsie quand j'étais petite, je peux passer le permis ?"),
    ("H", NO, GP, "en", "my friend sent me a goodbye message but it's cos she's moving to australia lol, how do i deal with missing her"),
    ("H", NO, DERM, "fr", "petite brûlure avec le lisseur sur le cou, c'est rouge, pas de cloque"),
    ("H", NO, GP, "en", "chest feels tight when i'm stressed before exams but it goes away, no pain in my arm"),
    ("H", NO, GP, "fr", "j'ai avalé un chewing-gum par erreur, c'est grave ?"),
    ("H", NO, PSY, "en", "i used to think about ending it when i was 14 but i've been doing way better for years, just want to talk to someone about anxiety"),
    ("O", NO, DERM, "en", "acne on my jaw won't go away, tried everything from the pharmacy"),
    ("O", NO, GYN, "fr", "je prends la pilule et j'ai oublié un comprimé hier, je fais quoi ?"),
    ("O", NO, PSY, "en", "lowkey feel anxious all the time and can't focus in class"),
    ("O", NO, ORTHO, "fr", "j'ai mal au poignet depuis que je fais du skate, pas de chute"),
    ("O", NO, GP, "en", "do i need a booster jab before going to uni?"),
    ("O", NO, DENT, "fr", "mes dents de sagesse poussent et ça fait mal"),
    ("O", NO, ENT, "en", "ears ringing after a concert last night, will it go away?"),
    ("O", NO, URO, "fr", "ça brûle quand je fais pipi depuis deux jours"),
]

SETS["Q"] = SET_Q

# Set R, written after the lay-phrasing probes and scored once before any change made for it:
# readings from home devices (pulse oximeter, smartwatch, glucose meter, thermometer, blood
# pressure cuff) and understatement ("probably nothing", "sorry to bother you").
SET_R: list[Case] = [
    ("E", BREATH, PULM, "en", "Probably nothing but my oximeter says 84% and I'm a bit puffed just sitting here, lips look a bit dusky"),
    ("E", BREATH, PULM, "fr", "Mon saturomètre affiche 85 % et j'ai du mal à reprendre mon souffle même assis, c'est grave ?"),
    ("E", ACS, CARD, "en", "My smartwatch keeps buzzing about my heart rate, 150, and I have this pressure in my chest going into my neck, sorry to bother you"),
    ("E", DIAB, ENDO, "en", "Libre sensor shows LO and alarm going off, my son (type 1) is sweaty and not making sense"),
    ("E", DIAB, ENDO, "fr", "Le capteur de ma fille diabétique indique 0,45 g/L, elle est toute pâle et ne répond pas bien"),
    ("E", SEPSIS, ID, "en", "Thermometer says 39.9, he's had a chest infection, now he's drowsy and his knees look blotchy and purple"),
    ("E", INFANT, PAED, "fr", "Le thermomètre indique 38,2 chez notre fils de 5 semaines, sinon il a l'air bien, ça peut attendre lundi ?"),
    ("E", STROKE, NEURO, "en", "BP cuff says 210/120, and since an hour my left hand won't do what I want and my words come out wrong"),
    ("E", THUNDER, NEURO, "fr", "Tension à 19/11, et un mal de tête apparu d'un coup, le pire de ma vie, avec des vomissements"),
    ("E", SUICIDE, PSY, "en", "Sorry, this is probably silly. I've been saving my pills for a while and tonight feels like the right time. Just wanted to tell someone."),
    ("E", SUICIDE, PSY, "fr", "Sûrement rien, mais mon mari a rangé tous ses papiers, m'a dit où était l'argent et il a acheté une corde. Il ne répond plus."),
    ("E", ANA, GP, "en", "Not a big deal maybe, but after the shellfish my lips and tongue are really puffy and my chest is getting tight"),
    ("E", SEIZ, NEURO, "en", "Apologies for the bother. My husband's smartwatch called me: he had a seizure at work, first one ever, and he's still not fully awake"),
    ("E", OD, PAED, "en", "Probably fine, but my 2yo got hold of my nicotine pouches and chewed one, she's drooling a lot"),
    ("E", BLEED, GASTRO, "fr", "Désolé de déranger, j'ai vomi l'équivalent d'un verre de sang rouge et j'ai la tête qui tourne"),
    ("E", CAUDA, ORTHO, "en", "It's probably my back again, but this time I've wet myself without feeling it and my inner thighs are numb"),
    ("E", TORSION, URO, "fr", "Sûrement rien, mon fils de 12 ans a une douleur soudaine et intense au testicule droit depuis 1 h"),
    ("E", HEAD, NEURO, "en", "Probably overreacting. Mum (on rivaroxaban) bumped her head on the cupboard door, no cut, but she's now a bit sleepy"),
    ("H", NO, PULM, "en", "My oximeter says 96% and my resting heart rate is 68, I'm a bit breathless on hills, is that normal at 60?"),
    ("H", NO, CARD, "fr", "Ma montre connectée m'a signalé une fibrillation une fois la semaine dernière, je me sens bien, que faire ?"),
    ("H", NO, ENDO, "en", "My Libre shows 3.8 after my run, I felt fine, ate a banana and it went up to 6. Should I adjust anything?"),
    ("H", NO, PAED, "fr", "Le thermomètre indique 38,4 chez ma fille de 3 ans, elle joue et mange bien"),
    ("H", NO, CARD, "en", "BP 150/95 at home this morning, no headache, no chest pain, feel normal. Do I need medication?"),
    ("H", NO, NEURO, "en", "Probably nothing: I bumped my head on a cupboard this morning, no blood thinners, no headache, feel completely fine"),
    ("H", NO, GP, "fr", "Désolé de déranger pour si peu : j'ai rêvé cette nuit que je mourais, est-ce que ça veut dire quelque chose ?"),
    ("O", NO, CARD, "en", "Which home blood pressure monitor would you recommend? My GP wants readings for a week"),
    ("O", NO, ENDO, "fr", "Mon capteur de glycémie se décolle tout le temps, avez-vous des astuces ?"),
    ("O", NO, GP, "en", "Sorry to bother you, can I get my flu jab at the pharmacy?"),
    ("O", NO, DERM, "fr", "J'ai une petite plaque rouge qui gratte sur le coude depuis un mois"),
    ("O", NO, ORTHO, "en", "My step counter says I walk 15,000 steps a day and my heel hurts in the morning, plantar fasciitis?"),
]

SETS["R"] = SET_R

# Set S, written after the set-R fixes and scored once before any change made for it: diary-like
# timelines ("Mon: ... Tue: ... today: ...") and pasted chat or reported speech with timestamps
# and quotes.
SET_S: list[Case] = [
    ("E", SEPSIS, ID, "en", "Mon: sore throat. Tue: fever 38.5. Wed: feeling awful. Today: she's confused, her hands and feet are ice cold and her skin looks mottled."),
    ("E", STROKE, NEURO, "fr", "Lundi : fatigue. Mardi : rien de spécial. Ce matin 8 h : il s'est levé, sa jambe droite ne le portait plus et il parlait avec une bouche tordue."),
    ("E", SUICIDE, PSY, "en", "[22:14] him: i've made up my mind\n[22:15] him: the rope's in the shed\n[22:15] me: what do you mean??\n[22:30] no reply since. What do I do?"),
    ("E", SUICIDE, PSY, "fr", "[21:02] elle : je vous aime tous, prenez soin de maman\n[21:03] elle : j'ai pris toutes mes pilules\nDepuis elle ne répond plus."),
    ("E", ACS, CARD, "en", "He texted me from work: \"chest feels like it's in a vice, pain down my left arm, sweating buckets\". Should he drive home?"),
    ("E", ANA, GP, "fr", "Ma sœur m'écrit : « j'ai mangé un truc aux noix, j'ai la gorge qui se ferme et je siffle quand je respire »"),
    ("E", SEIZ, NEURO, "en", "Day 1: new epilepsy meds. Day 3: today she had a seizure that lasted over 10 minutes and she's still not responding properly."),
    ("E", DIAB, ENDO, "fr", "J1 : gastro. J2 : il vomit tout, même l'eau. Aujourd'hui : diabétique type 1, cétones à 3,5, il respire très fort et il est somnolent."),
    ("E", MENING, ID, "en", "9am: temp 38.9, headache. 1pm: neck stiff, can't look down. 3pm: little red-purple spots on her legs that stay when I press the glass."),
    ("E", OD, PAED, "en", "She told me on the phone: \"mum, Leo (2) was playing with your pill organiser and some of the Tuesday pills are gone\". He seems OK."),
    ("E", OD, GP, "fr", "Message de mon coloc à 3 h : « j'ai pris 30 Doliprane, je voulais juste dormir ». Il dit qu'il va bien ce matin."),
    ("E", BLEED, GASTRO, "en", "Yesterday: black tarry poo. This morning: threw up what looked like coffee grounds, nearly fainted getting up."),
    ("E", BURN, GP, "en", "Our electrician was zapped by a live cable in the loft at 10, he has a burn on his hand and says his chest feels fluttery."),
    ("E", TORSION, URO, "en", "Timeline: 6am woke with sudden pain in his right testicle, 7am vomited, 8am testicle looks higher and swollen."),
    ("E", CAUDA, ORTHO, "fr", "Semaine dernière : lumbago. Hier : sciatique des deux jambes. Aujourd'hui : je ne sens plus mes fesses et j'ai du mal à uriner."),
    ("E", HEAD, NEURO, "en", "Sat: fell off a ladder, hit his head, seemed fine. Sun: worsening headache, vomited twice, now very drowsy."),
    ("E", INFANT, PAED, "en", "Week 6 with our baby girl. Tonight her temp is 38.3 and she's not feeding as well."),
    ("E", BREATH, PULM, "fr", "Il m'a envoyé un vocal : il a du mal à respirer, il ne peut pas finir ses phrases et ses lèvres sont bleues."),
    ("H", NO, NEURO, "en", "Mon: migraine as usual. Tue: better. Wed: fine. Question: is it OK to take sumatriptan twice a week?"),
    ("H", NO, PSY, "fr", "[20:10] lui : je suis mort de fatigue\n[20:11] moi : repose-toi\nEst-ce qu'un bilan sanguin serait utile pour sa fatigue ?"),
    ("H", NO, GP, "en", "My friend said \"if you ever get chest pain, call 999\" - is that right even if it's just heartburn after food?"),
    ("H", NO, PAED, "en", "Day 1: fever 38.2 with a cold. Day 2: fever gone, playing, eating well, rash that fades when pressed. Need to see anyone?"),
    ("H", NO, ORTHO, "fr", "Lundi : mal au dos en portant des cartons. Mardi : mieux. Pas de fourmillements, j'urine normalement. Du repos suffit ?"),
    ("H", NO, CARD, "en", "My dad told me \"I had a heart attack in 2015\" - he's fine now, what checks should he have at 70?"),
    ("H", NO, GP, "fr", "Ma fille m'a dit : « j'ai failli mourir de honte à l'oral » - comment l'aider à gérer le stress ?"),
    ("O", NO, DERM, "en", "Week 1: itchy patch on my arm. Week 2: it's spreading a little, ring-shaped. Ringworm?"),
    ("O", NO, GYN, "fr", "J1 des règles très douloureux chaque mois depuis 2 ans, le paracétamol ne suffit pas. Que faire ?"),
    ("O", NO, ENT, "en", "Mon: runny nose. Wed: blocked ears. Today: still blocked and a bit deaf on the left."),
    ("O", NO, GP, "fr", "Mon médecin m'a dit : « faites un bilan sanguin tous les ans ». Lesquels faut-il à 45 ans ?"),
    ("O", NO, PSY, "en", "Since January: can't sleep, low mood, no energy. Could this be depression?"),
]

SETS["S"] = SET_S

# Set T (helper triage-model), written before the learned evidence and scored once at first contact:
# the four styles of issue 8 again, by a new writer: texting in a hurry, a relative writing for an
# elderly parent, a non-native speaker, a long rambling message with the emergency in the middle.
SET_T: list[Case] = [
    # texting in a hurry
    ("E", ACS, CARD, "en", "dad 62 sweating buckets chest like an elephant sat on it and his left arm is dead heavy. on way to car now?"),
    ("E", STROKE, NEURO, "fr", "urgent ma mere parle bizarre les mots sortent pas et son bras droit tombe quand elle le leve"),
    ("E", SUICIDE, PSY, "en", "not coming back from the woods tonight. ive got everything i need in the bag. tell mum sorry"),
    ("E", ANA, GP, "fr", "piqure de guepe y a 10 min je gonfle de partout et g du mal a avaler aidez moi"),
    ("E", SEIZ, NEURO, "en", "bf collapsed at party jerking all over eyes rolled back still going like 7 min"),
    ("E", OD, PAED, "fr", "mon fils 3 ans a bu du destop dans le garage il pleure il bave"),
    ("H", NO, GP, "en", "chest pain gone now, was after the gym, only when i twist. can i train tmrw"),
    ("H", NO, PSY, "fr", "jsuis mort de rire avec ce film mdr, sinon question: melatonine ok pour dormir?"),
    ("O", NO, DERM, "en", "got a rash on my arm from the new washing powder itchy not spreading what cream"),
    ("O", NO, GP, "fr", "besoin d'un certificat pour le sport c possible en ligne?"),
    # a relative writing for an elderly parent
    ("E", SEPSIS, GP, "en", "I'm writing for my mother, she is 84. Since this morning she is confused, doesn't know where she is, very hot then shivering, breathing fast and her skin looks mottled on the knees. She had a urine infection last week."),
    ("E", HEAD, NEURO, "fr", "Bonjour, mon père de 88 ans, sous anticoagulant (Eliquis), est tombé dans l'escalier il y a une heure et s'est cogné la tête. Il a vomi deux fois et il somnole."),
    ("E", ABDO, GASTRO, "en", "My father (79) has had terrible tummy pain since lunch, his belly is hard as a board, he can't stand up straight and has been sick with something dark like coffee grounds."),
    ("E", BREATH, PULM, "fr", "Ma maman a 91 ans, elle a la BPCO. Ce soir elle n'arrive plus à finir ses phrases, ses lèvres sont bleues et elle est très agitée."),
    ("E", STROKE, NEURO, "en", "Writing on behalf of my gran. At breakfast her face dropped on one side and she couldn't lift her cup with her right hand. It's been about 40 minutes, she says she's fine and won't let me call anyone."),
    ("E", DIAB, ENDO, "fr", "Je m'occupe de ma belle-mère diabétique sous insuline. Elle est en sueur, elle tremble, elle dit n'importe quoi et on n'arrive pas à la réveiller complètement."),
    ("H", NO, NEURO, "en", "My mother had a stroke in 2019 and recovered well. She's 80 now, is it safe for her to fly to Spain in the spring?"),
    ("H", NO, GP, "fr", "Mon père de 85 ans a fait une chute la semaine dernière, sans se cogner la tête, il va bien. Faut-il installer une téléalarme ?"),
    ("O", NO, GP, "en", "My dad (77) keeps forgetting whether he has taken his tablets. Is there a pill organiser or service you'd recommend?"),
    ("O", NO, OPH, "fr", "Ma mère de 82 ans voit de plus en plus flou de loin depuis un an, on pense à la cataracte. Qui consulter ?"),
    # a non-native speaker
    ("E", ACS, CARD, "en", "Hello doctor, my husband he have very strong pain in the middle of chest since one hour, it go to the jaw and the back, he is grey colour and vomiting."),
    ("E", MENING, ID, "fr", "Bonjour docteur, ma fille 6 ans elle a fièvre très forte, elle peut pas baisser la tête, la lumière fait mal ses yeux et il y a des petites taches violettes qui partent pas."),
    ("E", PREG, GYN, "en", "I am pregnant 30 week. Today I am bleeding very much from down and the belly is very hard and pain, baby not move since morning."),
    ("E", INFANT, PAED, "fr", "Mon bébé il a 7 semaine, il a 38,6 de température et il veut pas boire le biberon, il dort beaucoup."),
    ("E", TORSION, URO, "en", "My son 13 years have sudden very big pain in the testicle one side since two hours, he vomit, the testicle is more high than other."),
    ("E", CAUDA, ORTHO, "fr", "Moi j'ai mal au dos depuis longtemps mais depuis hier je sens plus les fesses et entre les jambes, et je peux pas faire pipi normal."),
    ("E", BURN, GP, "en", "My friend he touch the electric cable at work, big shock, he have burn on hand and on foot where electricity go out, now the heart beat strange."),
    ("H", NO, CARD, "en", "Doctor, my father have heart attack ten years ago, now he is good. Which food is best for the heart?"),
    ("H", NO, PAED, "fr", "Mon enfant il a eu de la fièvre 38 hier mais maintenant c'est fini, il joue et il mange bien. Il peut aller à l'école demain ?"),
    ("O", NO, DENT, "en", "I have pain in one tooth when I drink cold since two weeks. It is normal or I must see dentist?"),
    ("O", NO, GP, "fr", "Je suis arrivé en France il y a un mois, comment je peux avoir un médecin traitant et la carte vitale ?"),
    # a long rambling message with the emergency in the middle
    ("E", SUICIDE, PSY, "en", "Sorry this is long. Work has been awful, my manager keeps moving deadlines and I haven't had a proper weekend since September, and my landlord is threatening to put the rent up again. I sleep maybe four hours. Last night I sat in the car in the garage with the engine running for a while and I've decided I'll do it properly on Friday when my flatmate is away. Anyway I also wanted to ask whether my repeat prescription for my inhaler can be sent to the pharmacy near work instead of the one at home, because it's easier to pick up at lunch."),
    ("E", SEIZ, NEURO, "fr", "Bonjour, je vous écris pour plusieurs choses. D'abord mon fils a besoin d'un certificat pour le judo, ensuite je voulais savoir pour les vaccins de rappel. Et puis tout à l'heure, pendant qu'on parlait dans la cuisine, mon mari est tombé par terre d'un coup, il a tremblé de tout le corps pendant deux ou trois minutes, il s'est mordu la langue et maintenant il ne répond pas quand on lui parle, il ronfle bizarrement. C'est la première fois. Enfin bref, pour le judo il faut un formulaire particulier ?"),
    ("E", BLEED, GP, "en", "Hi, a few things. My daughter's school asked for her vaccination record and I can't find it online. Also I think I need to change my registered address because we moved in the summer. While I was cutting the Sunday roast just now the knife slipped into my thigh, there's blood pumping out in spurts and it has soaked through two towels even though I'm pressing hard. The other thing is my mum wants to register with you too, is that possible if she lives in the next town?"),
    ("E", OD, GP, "fr", "Bonsoir, je ne sais pas trop par où commencer. Ma sœur vit chez moi depuis sa séparation, elle ne dort plus, elle ne mange plus, on se dispute pour la vaisselle. Ce soir j'ai retrouvé les boîtes de son traitement vides, elle dit qu'elle a avalé une vingtaine de comprimés de paracétamol il y a deux heures mais qu'elle va bien. Sinon, je voulais aussi savoir si je peux prendre rendez-vous pour moi pour un renouvellement de pilule."),
    ("E", CHOKE, PAED, "en", "Long day. The twins had swimming, then we went to the supermarket, then the car wouldn't start and I had to call my brother. We were eating grapes in the living room and the little one went quiet, hands at his throat, he can't cough or cry and his lips are going blue. Also earlier I wanted to ask about his eczema cream."),
    ("E", EYE, OPH, "en", "Not sure who to ask. I've been cleaning out the garage all weekend because we're selling the house, loads of old paint tins and bottles with no labels. One of the bottles splashed when I opened it and it's in my right eye, it burns like mad and I can barely open it, I've rinsed it for a minute. Anyway the estate agent comes on Tuesday."),
    ("H", NO, GP, "en", "This is a long one, sorry. I'm doing a first aid course at work next month and the instructor said we'd cover what to do if someone has a heart attack, a stroke or starts choking. I'm a bit anxious about it because I faint at the sight of blood. Is there anything I should read beforehand, and could I get a note if I need to leave the room? I'm otherwise well, no problems at all."),
    ("H", NO, PSY, "fr", "Bonjour, je vous écris un peu longuement. Mon frère s'est suicidé il y a six ans et chaque année en novembre c'est difficile pour toute la famille. Cette année ça va plutôt mieux, je n'ai aucune idée noire, je dors bien. Je voudrais juste savoir s'il existe des groupes de parole pour les endeuillés près de Lyon."),
    ("H", NO, GYN, "en", "Pregnant with my second, 20 weeks, all scans normal. With my first I had heavy bleeding after the birth and needed a transfusion, which was terrifying. There's no bleeding or pain now at all. Should I tell the midwife, and is there anything I can do to lower the risk this time?"),
    ("O", NO, GASTRO, "en", "Hello, I've had bloating and loose stools on and off for about three months, worse after bread and pasta. Otherwise I'm fine, eating well, no weight loss. My cousin has coeliac disease. Should I get tested, and do I have to keep eating gluten before the test?"),
    ("O", NO, DERM, "fr", "Bonjour, depuis l'été j'ai un grain de beauté sur le dos que mon conjoint trouve plus foncé qu'avant, il ne saigne pas et ne gratte pas. Je ne sais pas si c'est mon imagination. Est-ce qu'un dermatologue doit le voir ?"),
    ("O", NO, GP, "en", "Hi, I've been trying to lose weight for a year, I walk every day and cut sugar, but the scale barely moves. I'm 52, no medical problems. Could you check my thyroid or is there something else I should try?"),
]

SETS["T"] = SET_T
