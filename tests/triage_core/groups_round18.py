"""Round 18 (helper triage20): two fresh sets written before any change of this round, in structures and wordings the
earlier rounds did not use, and scored at first contact (docs/triage.md, "Round 18").

HARD_NEGATIVES: questions that must raise no red flag: information asked about an emergency in unusual shapes
("could someone explain how you tell…", "how long can a seizure go on before…"), past events already treated
("back in March…, the EEG was normal"), hypotheticals without "if" ("suppose…", "were my husband to…",
"imaginons que…", "dans l'hypothèse où…"), someone else's old story, figures of speech, a rash that fades under a
glass, planning and paperwork around an emergency topic, questions about people in general.

EMERGENCIES: the common categories (chest pain, stroke, sepsis, meningitis, suicide risk, anaphylaxis, asthma,
seizure, bleeding, poisoning, diabetic, head injury, burns) in lay, regional, second-language and typo-laden words.

Written for this round; none comes from a held-out set. Each item: (lang, text).
"""

from __future__ import annotations

HARD_NEGATIVES: list[tuple[str, str]] = [
    # information asked about an emergency, not in the usual "what are the signs of" shape
    (
        "en",
        "Could someone explain to me how you tell a heart attack apart from heartburn? My dad keeps mixing them up.",
    ),
    (
        "en",
        "I teach year 6 and want to explain to the class how to notice a stroke in a grandparent, is FAST still the advice?",
    ),
    ("en", "How long can a seizure go on before it becomes dangerous?"),
    ("en", "Is it true that a meningitis rash doesn't go away when you press a glass on it?"),
    ("fr", "Comment savoir si une douleur dans la poitrine vient du cœur ou des muscles ?"),
    ("fr", "À partir de quelle température un bébé de 2 mois doit-il être vu aux urgences ?"),
    (
        "fr",
        "Je voudrais comprendre ce qu'est un choc anaphylactique et comment utiliser un stylo d'adrénaline.",
    ),
    ("en", "my nursing exam is tmrw, can u list what sepsis looks like in old people"),
    # past events already treated
    (
        "en",
        "Back in March my son had a fit at nursery; the hospital did an EEG and it was normal and he's been fine since. Can he go on the school swimming trip?",
    ),
    (
        "en",
        "I had a bad allergic reaction to prawns two summers ago, was given adrenaline, all good since. How often should my EpiPen be replaced?",
    ),
    (
        "en",
        "Following my heart attack in 2023 and the stent, I'm doing well. Can I fly to Spain next month?",
    ),
    (
        "fr",
        "Mon fils a avalé une pile bouton l'hiver dernier, elle a été retirée à l'hôpital et tout va bien. Faut-il un contrôle ?",
    ),
    ("fr", "J'ai fait un AVC il y a deux ans, j'ai bien récupéré. Puis-je reprendre la conduite ?"),
    (
        "en",
        "Over Christmas my mum took too many of her heart tablets by mistake, the poison line said she was ok and she is fine now. How do I sort her pills better?",
    ),
    (
        "fr",
        "Après ma tentative de suicide en 2021 j'ai été suivie et je vais beaucoup mieux ; je voudrais arrêter doucement mon antidépresseur.",
    ),
    # hypotheticals in other shapes than "what should I do if"
    (
        "en",
        "Suppose my toddler got into the dishwasher tablets while I was in the shower, what would I need to do?",
    ),
    (
        "en",
        "We're going camping far from any hospital. Were my husband to get a bad asthma attack out there, what should we pack?",
    ),
    (
        "fr",
        "Imaginons que mon père fasse un malaise cardiaque pendant le trajet en voiture : vaut-il mieux s'arrêter ou foncer à l'hôpital ?",
    ),
    (
        "fr",
        "Dans l'hypothèse où ma fille diabétique ferait une hypo à l'école, que doit avoir l'infirmière ?",
    ),
    ("en", "Say my daughter hits her head at hockey and seems fine, how long should I watch her?"),
    # someone else's old story
    ("en", "My grandad died of a stroke when he was 70, does that mean I'm at higher risk?"),
    ("fr", "Ma tante a fait une méningite quand elle était petite, est-ce que c'est héréditaire ?"),
    (
        "en",
        "A colleague's brother took an overdose years back and survived; she asked me how they treat liver damage from paracetamol.",
    ),
    (
        "fr",
        "Ma voisine m'a raconté que son mari avait fait une crise cardiaque l'an passé en jardinant. Le jardinage est-il risqué ?",
    ),
    # figures of speech
    ("en", "This commute is murdering me, my shoulders ache every evening. Any stretches?"),
    ("en", "I'm drowning in coursework and can barely sleep, could my GP sign me off?"),
    ("fr", "Ce boulot me tue à petit feu, je suis épuisée et j'ai des migraines."),
    (
        "fr",
        "J'ai cru faire une crise cardiaque en voyant la facture d'électricité, blague à part j'ai des palpitations quand je bois du café.",
    ),
    (
        "en",
        "My heart literally stopped when I saw the exam results lol, anyway I have a question about acne.",
    ),
    ("fr", "J'étouffe dans cette relation, est-ce qu'un psy peut m'aider ?"),
    (
        "en",
        "My toddler bled me dry at the toy shop 😂 seriously though, how much vitamin D should he get?",
    ),
    # a rash that fades under a glass
    (
        "en",
        "little spots on my son's chest, I rolled a tumbler over them and they went pale and disappeared. He's playing happily, no fever.",
    ),
    (
        "fr",
        "Des petits boutons rouges sur le ventre de ma fille, ils s'effacent quand j'appuie le verre dessus, elle joue normalement.",
    ),
    # planning and paperwork around an emergency topic
    ("en", "Who do I ask for a care plan letter for my son's epilepsy for his new school?"),
    (
        "fr",
        "Je dois remplir le PAI de ma fille pour son allergie à l'arachide : qui signe la partie sur l'adrénaline ?",
    ),
    (
        "en",
        "Our office is putting together a first aid box. Should it include aspirin for suspected heart attacks?",
    ),
    (
        "fr",
        "Je cherche une formation aux gestes de premiers secours pour savoir réagir face à un arrêt cardiaque.",
    ),
    (
        "en",
        "Need to renew my insulin and glucagon prescription before we move to Canada, how far in advance?",
    ),
    (
        "fr",
        "Mon assurance demande un certificat après mon hospitalisation pour embolie pulmonaire de l'année dernière, comment l'obtenir ?",
    ),
    (
        "en",
        "Can I get a repeat prescription for my salbutamol inhaler? I'm running low but no symptoms.",
    ),
    # people in general
    ("en", "Why do people who have a stroke sometimes not realise it themselves?"),
    ("fr", "Pourquoi les gens qui font une overdose d'opioïdes arrêtent-ils de respirer ?"),
    ("en", "Do diabetics who go into a coma always have warning signs first?"),
    ("fr", "Est-ce que quelqu'un qui convulse peut avaler sa langue ? On m'a dit que non."),
]

EMERGENCIES: list[tuple[str, str]] = [
    # chest pain
    (
        "en",
        "got this heavy thing sittin on my chest like an elephant, sweatin buckets, its been 20 mins",
    ),
    ("fr", "j'ai comme un étau dans le thorax qui me prend la mâchoire depuis tout à l'heure"),
    (
        "en",
        "Please, my husband have big pain in the chest since one hour, it go to his left arm and he is very sweat.",
    ),
    ("fr", "mon mari a des douleur dans la poitrinne qui serre fort et il transpir bcp"),
    ("fr", "mon chum a une grosse douleur dans la poitrine pis il a de la misère à respirer"),
    # stroke
    ("en", "mum's talkin rubbish all of a sudden and her mouth has gone all lopsided"),
    (
        "fr",
        "mon pépé il arrive plus à lever son bras droit et il parle tout mâchouillé depuis le déjeuner",
    ),
    ("en", "my wife cant find her words since 10 mins and her rite hand wont grip"),
    # sepsis
    (
        "en",
        "my gran has a water infection and today she's mottled, breathing fast and doesn't know who I am",
    ),
    ("fr", "mon père a de la fièvre depuis sa chimio, il grelotte et il est tout marbré"),
    (
        "en",
        "his leg wound is red and hot, he's shaking with a fever and is now very confused and hasnt peed all day",
    ),
    # meningitis
    (
        "en",
        "my teenage son has a banging headache, cant stand the light and he's got purple spots that dont fade when I press a glass",
    ),
    ("fr", "ma fille a de la fièvre, elle a la nuque raide, elle supporte pas la lumière"),
    ("en", "baby is floppy, screeching and has a bulging soft spot on his head, and hot"),
    (
        "fr",
        "Mon enfant a fait le corps chaud depuis deux jours, il ne tète plus et il a des boutons violets qui ne partent pas",
    ),
    # suicide risk
    (
        "en",
        "i've written letters to everyone and I know where dad keeps his shotgun, tonight's the night",
    ),
    (
        "fr",
        "j'ai plus de raison de vivre, j'ai mis de côté toutes mes boîtes de médocs pour ce week-end",
    ),
    ("en", "my 15yo told me she's going to hang herself and I found a belt tied in her wardrobe"),
    ("fr", "ma copine m'envoie des messages d'adieu et dit qu'elle va sauter du pont"),
    # anaphylaxis
    (
        "en",
        "ate a satay thing at the food truck, now my lips are massive, throat feels tight and im wheezy",
    ),
    (
        "fr",
        "mon fils a mangé un gâteau aux noix, il a des plaques partout, la gorge qui gratte et il respire mal",
    ),
    (
        "en",
        "stung by a wasp 10 mins ago, my face is ballooning and i feel like im going to pass out",
    ),
    # asthma
    ("en", "my asthma is really bad, blue inhaler aint doing nothing, cant finish a sentence"),
    (
        "fr",
        "ma fille asthmatique siffle fort, la ventoline fait rien et ses lèvres deviennent bleues",
    ),
    (
        "en",
        "He's wheezing so hard his ribs are sucking in and he can barely talk, his puffer isn't helping",
    ),
    # seizure
    ("en", "my brother is on the floor jerking all over, its gone on for like 7 minutes"),
    ("fr", "mon bébé a les yeux révulsés et il tremble de partout, il répond pas"),
    ("en", "first time ever my husband had a fit, now he wont wake up properly"),
    ("en", "hes havin a sezure and his lips r goin blue"),
    # bleeding
    (
        "en",
        "cut my wrist on broken glass, blood is pumping out and the tea towel is soaked through",
    ),
    ("fr", "mon mari saigne du nez depuis 45 minutes, ça s'arrête pas malgré la compression"),
    ("en", "im 30 weeks pregnant and bleeding heavy with bad tummy pain"),
    # poisoning
    ("en", "my 2 year old has been chewing on one of those laundry pods, foam in his mouth"),
    ("fr", "ma fille de 3 ans a bu du white spirit dans une bouteille d'eau"),
    ("en", "my mate has necked a full packet of paracetamol with vodka about an hour ago"),
    ("fr", "j'ai avalé toute la plaquette de xanax de ma mère"),
    # diabetic
    ("en", "my husband is type 1, he's sweaty, shaky, talking nonsense and his meter says 2.1"),
    (
        "fr",
        "ma fille diabétique vomit sans arrêt, son haleine sent la pomme et sa glycémie est à 4 g",
    ),
    ("en", "diabetic son, reading says HI, throwing up and breathing deep and fast"),
    # head injury
    (
        "en",
        "my dad fell down the stairs and hit his head, he's on blood thinners and has vomited twice",
    ),
    (
        "fr",
        "mon fils est tombé du vélo sur la tête, il a perdu connaissance une minute et il vomit",
    ),
    (
        "en",
        "toddler fell off the top bunk onto his head, now very sleepy and clear fluid from his nose",
    ),
    # burns
    (
        "en",
        "spilt a pan of boiling oil over my arm, the skin is white and peeling, its bigger than my hand",
    ),
    (
        "fr",
        "ma fille s'est renversé l'eau bouillante du thé sur le torse, la peau part en lambeaux",
    ),
    ("en", "my son put his fingers in the socket and got a big shock, his hand is burnt black"),
    ("fr", "j'ai reçu de la soude caustique dans l'œil en débouchant l'évier"),
]

# Written after the first scope change (fc6a4c8) and before any further one, to measure whether it generalises:
# new hard negatives of the same kinds in other words, and emergencies told with the very structures the new
# scopes read (a question or a hypothetical beside a real event, a past anchor then something new), which must
# still raise their flag.
VALIDATION_HARD_NEGATIVES: list[tuple[str, str]] = [
    ("en", "Supposing a child drank some bleach, would you make them sick or give milk?"),
    ("en", "Let's say my husband collapses while we're hiking, how do I do CPR properly?"),
    ("fr", "Supposons que mon fils avale une pile, combien de temps avant que ce soit grave ?"),
    (
        "fr",
        "Admettons qu'une personne fasse une réaction allergique au restaurant, faut-il l'allonger ?",
    ),
    ("en", "Should my daughter ever have a seizure in the bath, what's the safest thing to do?"),
    (
        "fr",
        "Si mon mari faisait un arrêt cardiaque, est-ce que je saurais utiliser le défibrillateur ?",
    ),
    ("en", "Is it right that you shouldn't give water to someone having a stroke?"),
    ("fr", "Est-il vrai qu'une crise d'asthme peut tuer même chez un enfant ?"),
    ("en", "Can you explain how paracetamol overdose damages the liver?"),
    ("fr", "Pouvez-vous m'expliquer comment on reconnaît une hypoglycémie sévère chez l'enfant ?"),
    ("en", "What does anaphylaxis actually look like in a baby?"),
    ("fr", "À quoi ressemble une crise d'épilepsie chez un nourrisson ?"),
    ("en", "Why do people who overdose on insulin get so confused?"),
    ("fr", "Les personnes qui font un AVC ont-elles toujours mal à la tête ?"),
    ("en", "How quickly does sepsis develop in the elderly?"),
    (
        "en",
        "Last weekend my son swallowed a coin; the x-ray showed it had passed and he's been fine since. Should I check his poo?",
    ),
    (
        "en",
        "At Easter I burnt my hand on the oven, it blistered badly but it's fine now. Will the scar fade?",
    ),
    (
        "fr",
        "Pendant les vacances de Noël, ma fille a bu un peu de produit vaisselle, le centre antipoison a dit que ce n'était pas grave et elle va bien. Que garder sous clé ?",
    ),
    (
        "fr",
        "Le mois dernier mon père a fait une hypoglycémie sévère, le SAMU est venu, il va bien depuis. Faut-il changer son traitement ?",
    ),
    (
        "en",
        "A few weeks ago I had a bad asthma attack and ended up on a nebuliser, all good now. Should I get a peak flow meter?",
    ),
    ("en", "My uncle had a heart attack back in 2019 and now does marathons. Is that safe?"),
    (
        "fr",
        "Mon grand-père est mort d'une méningite pendant la guerre, c'était fréquent à l'époque ?",
    ),
    (
        "en",
        "My best friend's mum had sepsis a couple of winters back; is it more likely to run in families?",
    ),
    ("en", "Honestly this heat is going to kill me, any tips for sleeping in a hot flat?"),
    (
        "fr",
        "J'en peux plus de ces voisins, ils vont me rendre fou. Un somnifère léger est possible ?",
    ),
    (
        "en",
        "I've been choking on all this admin since the move, can my GP send my records to the new practice?",
    ),
    (
        "fr",
        "On étouffe sous la paperasse au travail, est-ce que le stress peut donner des maux de ventre ?",
    ),
    (
        "en",
        "The purple blotches on my legs go white when I press a glass on them, I'm 40 and well, is it just circulation?",
    ),
    (
        "fr",
        "Ma fille a des taches rouges sur les jambes qui disparaissent à la vitropression, pas de fièvre, elle va très bien.",
    ),
    (
        "en",
        "I'm organising the school trip and need to know who carries the EpiPens and the inhalers.",
    ),
    ("fr", "Je dois faire renouveler l'ordonnance de glucagon de mon fils avant la colonie."),
    ("en", "How do I get a medical bracelet saying I'm epileptic?"),
    (
        "fr",
        "Quels papiers faut-il pour le remboursement du transport en ambulance après mon infarctus de l'an dernier ?",
    ),
    (
        "en",
        "For my first aid refresher: how many compressions per minute for an adult who is not breathing?",
    ),
    ("fr", "Comment ranger les médicaments pour éviter qu'un enfant les avale ?"),
]

COUNTER_EMERGENCIES: list[tuple[str, str]] = [
    (
        "en",
        "Is it true that you should call 999 for a stroke? My dad's face has dropped on one side right now.",
    ),
    ("en", "Suppose I'm overreacting, but my son's lips are blue and he can't breathe properly."),
    (
        "en",
        "Last week he had a fall and was fine, but now he's vomiting and very drowsy and has a headache.",
    ),
    (
        "fr",
        "La semaine dernière elle allait bien, mais depuis ce matin elle a une raideur de la nuque et 40 de fièvre.",
    ),
    (
        "en",
        "Over Christmas he took a lot of his pills, said he was fine, but he's just told me he did it again tonight.",
    ),
    (
        "en",
        "My mum is diabetic and people who know her say she's never this confused; she's sweating and won't eat her sugar.",
    ),
    (
        "fr",
        "Je voudrais savoir quoi faire : ma fille a avalé des comprimés de sa grand-mère il y a 10 minutes.",
    ),
    (
        "en",
        "Can you explain what's happening? My husband is suddenly slurring and can't lift his arm.",
    ),
    ("en", "What would I need to do? My toddler just drank some drain cleaner."),
    (
        "fr",
        "Si mon fils était en train de faire une méningite, il aurait quoi ? Là il a de la fièvre, la nuque raide et des taches qui ne s'effacent pas.",
    ),
    ("en", "Imagine my shock: my daughter is fitting and it's been over 5 minutes."),
    ("en", "Say something if this is wrong, but he's got crushing chest pain into his jaw."),
    ("fr", "Imaginez la panique : mon bébé est tout mou et ne répond plus."),
    (
        "en",
        "In March he was diagnosed with asthma; tonight his inhaler isn't helping and he can't speak in sentences.",
    ),
    ("fr", "Elle allait bien jusqu'à hier ; maintenant elle vomit du sang."),
    (
        "en",
        "She was fine all day but now she's floppy and has a rash that doesn't fade under a glass.",
    ),
    ("en", "people who saw him say he collapsed and is not breathing"),
    ("fr", "Les gens qui étaient avec lui disent qu'il a convulsé et qu'il ne se réveille pas."),
    (
        "en",
        "Were you to see my son now you'd call an ambulance: he's grey, sweaty and breathing fast with a fever.",
    ),
    (
        "en",
        "should he be this sleepy after hitting his head? he's vomited three times and is on warfarin",
    ),
    (
        "fr",
        "Est-ce vrai que l'alcool aggrave l'hypo ? Mon mari diabétique a bu, il est en sueur, confus et sa glycémie est à 0,4.",
    ),
    (
        "en",
        "last time this happened she ended up in ICU, and now she's breathing fast, mottled and has a temp of 39.8",
    ),
    (
        "en",
        "my nan is fine now she says but an hour ago she had slurred speech and a droopy face for 20 minutes",
    ),
    ("fr", "Mon copain dit qu'il va bien mais il a pris toute une boîte de paracétamol ce matin."),
    ("en", "Took 30 paracetamol last week, feel totally fine now, do I still need to go?"),
]

# Written after 56d9763 and before any further change: hard negatives in the styles whose look-alikes the held-out
# sets raise most (second-language, a family group chat relayed, over-apologetic, hurried texts, a shop or pharmacy
# colleague, a wedding guest, student halls, a babysitter or foster carer, a coach, a prisoner's relative, a
# discharge letter or forum post pasted, dictation, a minimiser), written from those style names only.
STYLE_HARD_NEGATIVES: list[tuple[str, str]] = [
    (
        "en",
        "Hello doctor, my english not so good. My son have small red points on leg, I put glass on it and the points go away. He eat and play normal. Is allergy?",
    ),
    (
        "en",
        "Please I ask information: in my country we give milk when child drink petrol. Here in England is same or not?",
    ),
    (
        "fr",
        "Bonjour docteur, je suis pas français bien. Mon mari il a pris médicament pour tension deux fois par erreur hier, pharmacien dit pas grave. Il va bien. Comment faire pour pas oublier?",
    ),
    (
        "en",
        "My mother she have asthma since long time, now she is good, but the inhaler brown one finish. How I get new one?",
    ),
    (
        "en",
        "copying this from our family whatsapp: 'auntie Jo says the lad next door swallowed a battery last month but it came out fine' - mum wants to know if magnets are worse?",
    ),
    (
        "en",
        "[Sarah]: did anyone see that post about meningitis rash? [Me]: yeah apparently you do the glass thing. Is the glass test reliable for dark skin?",
    ),
    (
        "fr",
        "Ma sœur a écrit dans le groupe de la famille que son fils avait bu du produit vaisselle à Pâques mais que tout allait bien. Est-ce que le produit vaisselle est toxique ?",
    ),
    (
        "en",
        "someone in the mums group chat said calpol overdose can kill a toddler, how much is actually too much for a 2 year old?",
    ),
    (
        "en",
        "So sorry to bother you, this is probably silly, but I burnt my finger on the kettle this morning, it's a small red patch and doesn't blister. Is cold water enough? Sorry again.",
    ),
    (
        "fr",
        "Désolée de vous déranger pour rien, ma fille a des petits boutons qui blanchissent quand on appuie, elle n'a pas de fièvre et elle rigole. Pardon si c'est bête.",
    ),
    (
        "en",
        "I'm really sorry, I know you're busy, I just wanted to ask whether I took too many ibuprofen today: I had 3 tablets of 200 mg in 12 hours. Sorry!",
    ),
    ("en", "quick q - max paracetamol dose for 70kg adult? ta"),
    ("en", "kid had febrile fit last yr, all fine since, what temp do i give calpol at? thx"),
    (
        "fr",
        "vite fait : ma fille 4 ans a des tâches rouges qui partent au verre, pas de fièvre, on peut aller à l'école ?",
    ),
    (
        "en",
        "I work on the tills and a customer asked us what to do if a kid eats one of the washing pods we sell. What do we tell them?",
    ),
    (
        "en",
        "Our store manager wants staff trained on what to do if a customer has a fit in the shop. Who runs that?",
    ),
    (
        "fr",
        "Je travaille en pharmacie, une cliente m'a demandé à partir de combien de comprimés de Doliprane c'est dangereux pour un adulte.",
    ),
    (
        "en",
        "Going to a wedding next week with my nut allergy, should I tell the caterers or just bring my EpiPen?",
    ),
    (
        "fr",
        "Au mariage de ma cousine l'an passé un invité a fait un malaise, il avait trop bu, il allait bien le lendemain. Peut-on mourir d'un coma éthylique ?",
    ),
    (
        "en",
        "In halls someone set off the fire alarm burning toast, I breathed in smoke for a minute, I'm totally fine now, just a bit of a tickly cough. Worth seeing anyone?",
    ),
    (
        "en",
        "My flatmate's friend once ended up in hospital after mixing pills and alcohol, it scared us. What are safe limits for drinking on antibiotics?",
    ),
    (
        "en",
        "I'm babysitting tonight and the parents left Calpol, how do I work out the right dose for a 3 year old?",
    ),
    (
        "fr",
        "Notre enfant placé a fait une intoxication au monoxyde de carbone dans son ancienne famille il y a deux ans, il va bien. Y a-t-il des séquelles à surveiller ?",
    ),
    (
        "en",
        "Coach says if a player can't catch their breath after sprints we should sit them down, is that right or should we worry about asthma?",
    ),
    (
        "en",
        "My brother is in prison and they say he took an overdose last spring, he's well now and back on his meds. Can I ask for his medical records?",
    ),
    (
        "en",
        "From his discharge letter: 'admitted with paracetamol overdose, treated with NAC, liver function normal, discharged well'. What follow-up bloods does he need?",
    ),
    (
        "en",
        "forum post I read: 'my LO drank calpol straight from the bottle!!' and replies said ring 111. How do I childproof the medicine cupboard?",
    ),
    (
        "fr",
        "bonjour docteur virgule ma fille a eu une bronchiolite cet hiver elle a été hospitalisée et elle va très bien maintenant point est-ce qu'elle peut aller en crèche",
    ),
    (
        "en",
        "It's probably nothing but my toddler licked a dishwasher tablet, spat it out straight away, rinsed her mouth, she's fine and playing. Anything else?",
    ),
    (
        "fr",
        "Mon fils de 2 ans a failli avaler une pièce, je l'ai retirée de sa bouche à temps. Comment éviter ça ?",
    ),
    (
        "en",
        "My wife had pre-eclampsia with our first and is pregnant again, 12 weeks, feeling great. Should she take aspirin this time?",
    ),
    (
        "fr",
        "Ma femme a fait une hémorragie de la délivrance pour son premier accouchement, elle est enceinte du deuxième, tout va bien. Faut-il accoucher dans une maternité de niveau 3 ?",
    ),
    (
        "en",
        "Does a burn from a curling iron need a dressing? It happened yesterday, it's the size of a 5p coin and not blistered.",
    ),
    (
        "fr",
        "Je me suis brûlée avec le fer à repasser hier, petite brûlure rouge de 2 cm, est-ce que je mets de la Biafine ?",
    ),
    (
        "en",
        "My brother and I keep joking the landlord is going to give us carbon monoxide poisoning with that old boiler, do we legally need a CO alarm?",
    ),
    (
        "fr",
        "Quand j'étais au lycée un copain a fait une overdose de cannabis, il va bien. Est-ce que c'est possible de mourir du cannabis ?",
    ),
    (
        "en",
        "my grandma keeps saying she wants to die in her own bed rather than hospital, how do we set up palliative care at home?",
    ),
    (
        "fr",
        "Mon père dit qu'il est prêt à partir, il a 92 ans et veut arrêter la dialyse. Comment en parler avec l'équipe ?",
    ),
    (
        "en",
        "My asthma was awful last winter, ended up in A&E twice, all good since the new inhaler. Should I still get the flu jab?",
    ),
    (
        "en",
        "Mum's diabetic and had a hypo at my cousin's wedding in June, the paramedics sorted her out and she's fine now. Should she carry glucose tablets?",
    ),
]

# Written after 1a32d0b, before the general-question scope: a named diagnosis asked about in general (nobody
# described) and the same diagnoses named for a real person, in a question, which must still raise the flag.
GENERAL_QUESTION_HARD_NEGATIVES: list[tuple[str, str]] = [
    ("en", "Is sepsis always treated in intensive care?"),
    ("en", "Can testicular torsion happen during sleep?"),
    ("en", "Does DKA only happen in type 1 diabetes?"),
    ("fr", "Est-ce que la méningite se transmet par la salive ?"),
    ("fr", "Combien de temps dure le traitement d'un sepsis ?"),
    ("en", "How long does recovery from an ectopic pregnancy operation take?"),
    ("fr", "Peut-on faire une torsion du testicule deux fois ?"),
    ("en", "Why is meningitis more common in students?"),
    ("en", "Should teenagers get the meningitis B vaccine?"),
    ("fr", "Quel est le taux de survie d'un choc septique ?"),
    ("en", "Are pulmonary embolisms more common after long flights?"),
    ("fr", "Pourquoi l'acidocétose fait-elle respirer vite ?"),
]
GENERAL_QUESTION_EMERGENCIES: list[tuple[str, str]] = [
    ("en", "Took my daughter to the GP, they said possible sepsis, should we go to A&E?"),
    ("en", "Could it be meningitis? My son has a fever and a stiff neck."),
    ("en", "Is this DKA? my type 1 son is vomiting and breathing really fast"),
    (
        "fr",
        "Est-ce une torsion du testicule ? Mon fils a une douleur brutale à la bourse depuis une heure.",
    ),
    ("en", "111 said it sounds like sepsis, do I call an ambulance or drive him?"),
    ("en", "Is it meningitis?? baby has purple spots that don't fade"),
    ("en", "Could my dad be having a stroke?"),
    ("fr", "Est-ce que mon mari fait un infarctus ?"),
    ("en", "Is she having a heart attack?"),
    ("fr", "Le médecin pense à une embolie pulmonaire, on doit aller aux urgences ?"),
    ("en", "Sepsis? Shaking, confused, temp 39.9 after my op."),
]

# Written after f63ef92, before the narrative scope: a story dated in the past over several sentences (the dated
# cue in the first sentence only), and the same openings followed by something happening now.
NARRATIVE_HARD_NEGATIVES: list[tuple[str, str]] = [
    (
        "en",
        "Three years ago I took an overdose of paracetamol. I was in hospital for four days. They gave me a drip. Can I donate blood?",
    ),
    (
        "en",
        "In 2019 my husband had a heart attack at work. He had crushing chest pain down his left arm. He was stented the same day. Is he allowed to drive a lorry?",
    ),
    (
        "fr",
        "Il y a deux ans, ma fille a fait une méningite. Elle avait de la fièvre et des taches violettes. Elle était en réanimation. Doit-elle faire un vaccin ?",
    ),
    (
        "en",
        "When I was 16 I self-harmed a lot. I cut my arms most nights. I had therapy for two years. Can laser remove the scars?",
    ),
    (
        "en",
        "Last year my son swallowed a button battery. It burned his throat. He had surgery. What foods are best while he heals?",
    ),
    (
        "en",
        "Years ago my mum had a stroke. Her face drooped and she couldn't speak. She recovered well. Is aspirin still needed?",
    ),
    (
        "en",
        "As a child I had severe asthma attacks. My lips went blue more than once. I grew out of it. Could it come back in pregnancy?",
    ),
    (
        "fr",
        "L'an dernier mon père a fait un AVC. Il avait la bouche de travers et ne pouvait plus parler. Il a bien récupéré. Peut-il reprendre le vélo ?",
    ),
]
NARRATIVE_EMERGENCIES: list[tuple[str, str]] = [
    ("en", "Three years ago I took an overdose. Tonight I've taken 30 sleeping pills."),
    ("en", "Last year he had a stroke. His face is drooping again and he can't lift his arm."),
    ("en", "Years ago I tried to kill myself. I want to die and I have the pills ready."),
    (
        "en",
        "In 2020 she had meningitis. She had a rash then. She has a fever and a stiff neck and is very drowsy.",
    ),
    (
        "fr",
        "Il y a deux ans il a fait un infarctus. Il a une douleur dans la poitrine qui serre et il transpire.",
    ),
    (
        "en",
        "Last year my daughter had anaphylaxis to nuts. She ate a cookie with nuts ten minutes ago. Her lips are swelling and she's wheezing.",
    ),
    ("en", "A few years back I overdosed. Took 40 paracetamol an hour ago."),
    (
        "en",
        "Last year I had a clot in my lung. Sudden chest pain when I breathe and I'm coughing blood.",
    ),
    (
        "fr",
        "Il y a trois ans j'ai fait une tentative de suicide. J'ai envie d'en finir, j'ai acheté une corde.",
    ),
    (
        "en",
        "Years ago he was treated for epilepsy. He collapsed and was shaking all over for six minutes and still isn't waking up.",
    ),
]

# Written after 1156406, before any French change: emergencies in French registers (Belgian, Swiss, Quebec, West and
# North African, SMS, a learner's French), the common categories.
FRENCH_EMERGENCIES: list[tuple[str, str]] = [
    (
        "fr",
        "mon mari est tout blanc il a une barre sur la poitrine et ça lui tire dans le bras, il sue à grosses gouttes",
    ),
    ("fr", "ma maman elle a la figure qui tombe d'un côté et elle cause bizarre depuis tantôt"),
    (
        "fr",
        "mon fils il a le corps qui chauffe beaucoup, il vomit, la nuque est dure et il a des petites taches mauves",
    ),
    (
        "fr",
        "slt ma fille 8 mois elle respire tres vite elle creuse sous les cotes et elle est toute molle",
    ),
    (
        "fr",
        "mon père il est tombé dans les pommes au jardin et il se réveille pas, il fait des bruits bizarres en respirant",
    ),
    (
        "fr",
        "mon copain a pris un max de cachets de sa mère avec de la vodka, il est dans le coltard",
    ),
    (
        "fr",
        "ma femme est diabétique elle est toute moite, elle tremble et elle raconte n'importe quoi, le lecteur dit 0,35",
    ),
    ("fr", "mon gamin a bu de l'eau de Javel qui était dans une bouteille de limonade"),
    ("fr", "je me suis ouvert la main avec la disqueuse, ça pisse le sang et ça s'arrête pas"),
    (
        "fr",
        "ma sœur dit qu'elle en a marre de vivre, elle a écrit des lettres pour tout le monde et elle a acheté des médicaments",
    ),
    (
        "fr",
        "mon fils a mangé des cacahuètes à l'anniversaire, il a les lèvres gonflées et il a du mal à avaler et à respirer",
    ),
    (
        "fr",
        "mon mari fait une crise, il bave, il tremble de partout depuis dix minutes et il ne répond pas",
    ),
    ("fr", "mon bébé de 6 semaines a 38,4 de fièvre et il ne boit plus son biberon"),
    (
        "fr",
        "ma fille asthmatique n'arrive plus à parler tellement elle manque d'air, la ventoline ne fait plus effet",
    ),
    (
        "fr",
        "mon grand-père est tombé sur la tête, il prend du Previscan et il est de plus en plus endormi",
    ),
    (
        "fr",
        "le petit a renversé la casserole d'eau bouillante sur lui, il a des cloques sur tout le ventre et le bras",
    ),
    (
        "fr",
        "mon frère il a 40 de fièvre depuis son opération, il tremble, il est marbré et il pisse plus",
    ),
    (
        "fr",
        "ma mère elle voit plus rien d'un œil depuis ce matin d'un coup, et elle a mal à la tempe",
    ),
    (
        "fr",
        "j'ai une douleur atroce au ventre et je suis enceinte de 7 semaines, j'ai mal à l'épaule et je vais tomber dans les vapes",
    ),
    ("fr", "mon fils de 14 ans a une douleur très forte d'un coup dans les bourses et il vomit"),
]

# Written after 26d93ff, before extending the past-anchor closure to named diagnoses: a diagnosis named with a weak
# past anchor and told as over, and the same openings with something new now.
NAMED_PAST_HARD_NEGATIVES: list[tuple[str, str]] = [
    ("en", "At Easter our son had viral meningitis, he's totally fine now. Is he immune?"),
    ("en", "My husband had a heart attack in June, he's doing well now. When can he fly?"),
    (
        "en",
        "In March she had a pulmonary embolism, she's fine now. How long should she stay on blood thinners?",
    ),
    (
        "en",
        "Back then it was anaphylaxis to wasp stings, all good since the desensitisation. Do I still carry two pens?",
    ),
    (
        "fr",
        "Pendant les vacances ma fille a fait une méningite, elle va très bien maintenant. Faut-il vacciner son frère ?",
    ),
    (
        "fr",
        "Mon père a fait un infarctus en janvier, il va beaucoup mieux depuis. Peut-il reprendre le sport ?",
    ),
]
NAMED_PAST_EMERGENCIES: list[tuple[str, str]] = [
    (
        "en",
        "At Easter he had meningitis and was fine, but now he has a fever and a stiff neck again.",
    ),
    (
        "en",
        "My husband had a heart attack in June and was fine since, but now he has crushing chest pain again.",
    ),
    (
        "en",
        "She had a pulmonary embolism in March and was fine, now she's suddenly breathless and coughing blood.",
    ),
    (
        "fr",
        "Pendant les vacances elle a fait une méningite et allait bien, mais ce soir elle a de la fièvre, la nuque raide et des taches.",
    ),
    (
        "en",
        "I think my dad is having a heart attack right now, he had one in June and was fine after that.",
    ),
]

# Written after 2388c39, before any suicide-scope change: death and dying in figures of speech, care wishes, grief,
# and someone else's old story, EN/FR.
SUICIDE_LOOK_ALIKES: list[tuple[str, str]] = [
    (
        "en",
        "I'd rather die than sit through another one of those meetings, anyway my question is about hay fever tablets.",
    ),
    (
        "en",
        "I nearly died of embarrassment when I fainted at the blood test. Is fainting at needles common?",
    ),
    (
        "en",
        "My dad has dementia and keeps saying he wants to go home to die, he means his childhood home. How do we handle it?",
    ),
    (
        "en",
        "My grandmother says she is ready to go, she's 96 and at peace. Should we stop her statins?",
    ),
    (
        "en",
        "Since my wife died I've been sleeping badly and not eating much. Is this normal grief?",
    ),
    (
        "en",
        "My uncle killed himself twenty years ago and I worry about depression running in families.",
    ),
    ("en", "Kill me now, three kids with chickenpox at once! What helps the itching?"),
    ("en", "I would kill for a decent night's sleep, any tips for insomnia?"),
    (
        "fr",
        "Je préférerais mourir que de refaire une coloscopie sans anesthésie, est-ce possible de l'avoir endormie ?",
    ),
    (
        "fr",
        "Mon père atteint d'Alzheimer répète qu'il veut mourir chez lui, comment organiser le maintien à domicile ?",
    ),
    (
        "fr",
        "Depuis le décès de mon mari je dors mal et je pleure souvent, est-ce que c'est normal ?",
    ),
    ("fr", "Mon oncle s'est suicidé il y a longtemps, est-ce que la dépression est héréditaire ?"),
    (
        "fr",
        "Ces devoirs vont me tuer, mais sinon ma question concerne les maux de dos de mon fils.",
    ),
    (
        "fr",
        "J'ai cru mourir de peur quand le chien m'a sauté dessus, depuis j'ai des palpitations le soir.",
    ),
]
