"""Blind set C (issue 16): new voices, written before any change made for them, scored at first contact.

Voices not used in sets A/B: a tired emergency physician (terse, abbreviations), a GP replying on a phone
(no capitals, shorthand), a sarcastic specialist, a doctor who quotes a patient leaflet. Many answers are
written to be hard: disrespect in everyday words, colleagues denigrated, own-practice promotion, care and
prescriptions in plain words, false reassurance; and sound answers naming charities, services and plants
after saints or people, list items and headings with a capital, promotional phrases quoted as warnings,
negated overclaims, insults reported in order to reject them.

Same shape as blind_answers.py: (lang, jurisdiction, question_emergency, expected_kind, text); ""
means sound (must not be blocked). "false_reassurance" is the kind issue 16 asks for; the emergency flag
stands for "the case carries a red flag". Regression table after first contact (figures in
docs/guidelines-engine.md).
"""

from __future__ import annotations

from tests.engine.blind_answers import BlindAnswer

BLIND_EN_C: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound: tired emergency physician
    (
        "en",
        "GB",
        True,
        "",
        """ED reg, end of a night shift, so brief. Chest pain + sweating + left arm = call 999 now, don't wait to see if it passes. Chew 300 mg aspirin if not allergic while waiting - that's standard advice from the ambulance service, not a prescription for you. Don't drive in. Not a consultation, obviously; I can't examine you from here.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Short answer from A&E: a sprained wrist that you can move and that isn't deformed can wait for the minor injuries unit in the morning. Ice, elevate, sling if it helps. Scaphoid tenderness (the hollow at the base of the thumb) is the one thing we worry about, so get it X-rayed if that spot is sore. St John Ambulance run cheap first-aid courses if you want to learn splinting. Not a substitute for being seen.""",
    ),
    (
        "en",
        "US",
        True,
        "",
        """ER doc here. Worst headache of your life, came on in seconds = call 911, no exceptions. That can be a bleed. Don't take anything that thins the blood and don't drive. Don't worry about wasting anyone's time - this is exactly what the ER is for. This is general info, not medical advice for your case.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Quick one between patients. Febrile child, drinking, weeing, playing between fevers: usually a virus. Red flags:
- Rash that doesn't fade under a glass
- Floppy or hard to wake
- Breathing fast or grunting
Any of those, 999. Otherwise NHS 111 or your GP. Marie Curie and the Lullaby Trust both have decent pages for parents on sleep safety, separate issue. Can't examine your child from here, so this doesn't replace a proper assessment.""",
    ),
    # ------------------------------------------------------------------ sound: GP on a phone
    (
        "en",
        "GB",
        False,
        "",
        """hi, sorry typing on my phone. sounds like a tension headache tbh, very common. paracetamol or ibuprofen as per the packet, water, screens off for a bit. if it's the worst ever, with a stiff neck, or after a head injury -> 999. st john's wort interacts with loads of meds incl the pill so worth knowing if you take it. can't examine you on here so see your gp if it keeps coming back""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """gp here, on the bus so short. a cough after a cold can hang around 3 weeks, that's normal. honey + lemon fine for adults. coughing blood, weight loss, or still there after 3 wks -> see your gp for a chest xray. if you smoke, NHS Smokefree is free and good. Asthma + Lung UK has a helpline too. general info only, not a consultation""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """family doc, replying from my phone so excuse typos. a UTI in a healthy non-pregnant woman is common and usually needs antibiotics, which your own doctor or an urgent care can prescribe after a urine test. fever, back pain or vomiting means it may be in the kidney - get seen today. cranberry juice won't cure it. this doesnt replace seeing your doctor""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """quick reply. ear infections in adults mostly settle in 3 days without antibiotics. painkillers, warm compress. discharge, fever over 3 days, or swelling behind the ear -> gp same day. St Mungo's and Shelter can help if housing is part of what's making it hard to get to appts, you mentioned that. cant examine you so please see your gp if no better""",
    ),
    # ------------------------------------------------------------------ sound: sarcastic specialist
    (
        "en",
        "GB",
        False,
        "",
        """Gastroenterologist here, and yes, the internet has once again decided that everything is "leaky gut". It isn't a recognised diagnosis, and the £300 stool tests sold to "heal your gut in 30 days" are not evidence-based. Bloating with normal bloods is usually IBS, which is real and treatable. Guts UK is a good charity for information. Blood in the stool or weight loss needs your GP. This doesn't replace seeing your GP.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Cardiologist. Let me guess: a wellness influencer told you that statins are "poison" and that red yeast rice is "100% natural and side-effect free". Red yeast rice contains lovastatin, the same drug, minus the quality control. It is wrong to say any cholesterol treatment has no side effects, and equally wrong to say statins are dangerous for most people. Talk it through with your own doctor. This is general information, not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Dermatologist. Nobody is "too lazy" to cure their eczema, whatever your aunt says; that's a myth and an unkind one. Eczema flares with soap, heat and stress. Emollients used generously - a 500 g tub lasts a couple of weeks, not months - and steroid creams for flares work. The National Eczema Society has a helpline. I can't examine your skin online, so see your GP if it's infected or not settling.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Orthopaedic surgeon here. You've read that "surgery is the only real fix" for a torn meniscus. In most people over 40 it isn't: physiotherapy does as well as keyhole surgery in trials. Anyone who tells you a scan result alone decides on surgery is oversimplifying. Versus Arthritis has exercise sheets. Not a consultation; a physio or your GP needs to examine the knee.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Endocrinologist. Ah yes, "adrenal fatigue", the diagnosis that exists mainly on supplement websites. The Endocrine Society says there is no evidence for it. Feeling exhausted is real, though, and worth a proper workup: thyroid, anemia, sleep apnea, depression. Ask your primary care doctor for basic bloods. General information only, not a substitute for an evaluation.""",
    ),
    # ------------------------------------------------------------------ sound: the doctor who quotes the leaflet
    (
        "en",
        "GB",
        False,
        "",
        """The patient leaflet for co-codamol says: "Do not take for longer than 3 days without talking to your doctor" and "This medicine can cause addiction." Both are worth taking seriously. The leaflet also lists constipation and drowsiness as very common. If pain needs more than a few days of codeine, your GP should review it. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """From the Macmillan Cancer Support leaflet on fatigue:
Pacing: plan the day and rest before you are exhausted.
Activity: gentle walking helps more than complete rest.
Sleep: keep regular hours.
Hope: most people find their energy comes back within a year of finishing treatment. Your oncology team can refer you to a fatigue clinic. This doesn't replace talking to your team.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """The FDA Medication Guide for isotretinoin warns: "Do not get pregnant while taking isotretinoin" and lists depression and suicidal thoughts among serious side effects. The iPLEDGE program exists because of the birth defect risk. Be wary of sites selling it without a prescription with lines like "fast results, no doctor needed" - that is illegal and unsafe. Talk to your dermatologist; this answer does not replace that.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """The NHS leaflet on hay fever puts it well: "Hay fever cannot be cured, but symptoms can be eased." Antihistamine tablets, a steroid nasal spray started two weeks before the season, and showering after being outside help. Be careful with clinics advertising a "permanent hay fever cure in one injection" - a steroid injection is not recommended for hay fever. Not a consultation; your pharmacist or GP can advise.""",
    ),
    # ------------------------------------------------------------------ sound: reported speech, negations, reassurance done right
    (
        "en",
        "GB",
        False,
        "",
        """People with chronic fatigue are sometimes told they are lazy or that it is all in their head. That is wrong, and it is not your fault. ME/CFS is a recognised condition; NICE guidance (2021) advises against graded exercise as a cure and supports energy management. The ME Association can help. Please keep your GP involved; this answer is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Most breast pain that comes and goes with periods is hormonal and not a sign of cancer, which is reassuring. That said, a new lump, skin dimpling or nipple changes always need checking, and your GP can refer you to a breast clinic quickly. Breast Cancer Now's nurses are on 0808 800 6000 (free helpline). None of this replaces an examination.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """No supplement is guaranteed to prevent colds, and anyone who says vitamin C has "zero side effects at any dose" is wrong - high doses cause diarrhea and kidney stones in some people. Handwashing, sleep and the flu shot are what the evidence supports. The CDC site has more. This is general information, not medical advice for your case.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """A private consultation with a dermatologist typically costs £150 to £250 in the UK, and some clinics charge extra for dermoscopy. On the NHS, your GP can refer you, and urgent suspected skin cancer referrals are seen within two weeks. The British Association of Dermatologists has a patient hub. This is not a consultation; your GP should look at the mole.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Your GP was right to send you for bloods before starting anything; a raised ferritin can mean several things and repeating it is normal practice. I wouldn't second-guess them without the full picture. The British Liver Trust explains the tests. I can't examine you or see your results, so please keep talking to your GP.""",
    ),
    # ------------------------------------------------------------------ breaking: abuse, everyday words
    (
        "en",
        "GB",
        False,
        "abuse",
        """ED reg. Honestly? If you put the takeaway menu down and walked somewhere once in a while your knees wouldn't be screaming at you. We see a dozen of you a night. Weight loss and physio. Not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """gp here. your back pain is not an emergency and neither is coming to a&e with it at 3am for the fourth time, which is what people like you do. paracetamol, keep moving, physio. not a consultation""",
    ),
    (
        "en",
        "US",
        False,
        "abuse",
        """Cardiologist. Congratulations, you've diagnosed yourself with the internet's disease of the week. Maybe leave medicine to the people who actually went to medical school. Your ECG findings need your own doctor. Not medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """Whoever at your local walk-in centre told you that was "just a virus" clearly slept through medical school - that lot couldn't spot a fracture if it waved at them. Get the wrist X-rayed. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """Your GP sounds like a complete clown, frankly. Three months of "wait and see" for a lump like that is not acceptable. Ask for a two-week-wait referral. This answer doesn't replace a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "abuse",
        """Typical of the cowboys at urgent care chains - zero workup, a Z-pack and out the door. Those guys are a joke. A cough for six weeks needs a chest X-ray from your primary care doctor. This isn't a substitute for being seen.""",
    ),
    # ------------------------------------------------------------------ breaking: own-practice promotion
    (
        "en",
        "GB",
        False,
        "promotion",
        """Menopause symptoms like these respond well to HRT. I see patients privately at my Harley Street clinic on Fridays - a first consultation is £180 and I can usually fit people in within the week. NICE has guidance on HRT. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """It could be your thyroid or your iron. My clinic does a full energy blood panel for £99, and we're adding gut microbiome testing soon for existing patients. Otherwise your GP can do the basics. This isn't a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """Migraines like yours often need a preventive. I have openings next week on Zocdoc - search my name and pick any slot, telehealth included. The American Migraine Foundation has good info too. This is not medical advice for your case.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """sleep apnoea is very underdiagnosed. we're launching a home sleep study at our private clinic next month, early-bird price for the first 50 people who sign up. otherwise ask your gp for a referral. not a consultation""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """Knee arthritis can respond to injections. We're the only practice in the state offering this exclusive platelet-rich plasma protocol, and Bridge users get their first session at half price. Ask your primary care doctor too. This isn't a substitute for an evaluation.""",
    ),
    # ------------------------------------------------------------------ breaking: care relationship / prescription in plain words
    (
        "en",
        "GB",
        False,
        "care_relationship",
        """Diabetes control like that needs closer follow-up than you're getting. Happy to take over your diabetes care from here - I'll review your HbA1c every three months and adjust things as we go. This is not a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "care_relationship",
        """Your blood pressure log is worrying. From now on send me your readings every Sunday and I'll keep track of them and tell you when to change anything. This is general information, not a substitute for seeing a doctor.""",
    ),
    (
        "en",
        "GB",
        False,
        "prescription",
        """Sounds like a strep throat with those features. I would start amoxicillin 500 mg three times a day for 5 days and see how you go. Fluids and paracetamol too. This is not a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "prescription",
        """ER doc. That's textbook gout. If it were me I'd go for naproxen 500 twice a day for a week, and cut back on beer. Not a substitute for being seen.""",
    ),
    (
        "en",
        "GB",
        False,
        "prescription",
        """gp, on my phone. for the thrush just get fluconazole 150 one tablet, single dose, from the pharmacy today and use clotrimazole cream twice a day for a week. not a consultation""",
    ),
    # ------------------------------------------------------------------ breaking: false reassurance
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """Don't worry, it's almost certainly nothing - chest twinges at your age are nearly always muscular. Some ibuprofen gel and rest should sort it. If it gets much worse you can always call 999. Not a consultation.""",
    ),
    (
        "en",
        "US",
        True,
        "false_reassurance",
        """Sudden numbness in one arm is usually just a trapped nerve from sleeping funny, nothing to worry about at all. It'll pass. If anything changes, 911 of course. This isn't medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "false_reassurance",
        """Don't worry, a lump like that is never cancer at your age. Leave it be and it'll go away on its own. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """ED reg. Kids fall all the time, honestly it's nothing - even if he was sick a few times and is sleepy, that's just shock. Put him to bed. If you're really worried call 111. Not a consultation.""",
    ),
    # ------------------------------------------------------------------ breaking: identifiers, contact, overclaiming, diagnosis
    (
        "en",
        "GB",
        False,
        "identifiers",
        """ED reg. Funnily enough I saw your dad, Kevin O'Brien, in resus last night - he's doing fine now and should be home by Friday. For your own palpitations, see your GP. Not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "contact_solicitation",
        """on my phone so easier to chat properly - just text me on 07700 900 461 after 6 and i'll go through it. not a consultation""",
    ),
    (
        "en",
        "US",
        False,
        "overclaiming",
        """The leaflet says it best: "This treatment is 100% safe and works for every patient." I've seen exactly that in my practice. Start the course with your doctor. This is not medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "diagnosis",
        """gp here - sounds like you've got gout mate, classic big toe. see your gp for bloods and treatment. not a consultation""",
    ),
]

BLIND_FR_C: list[BlindAnswer] = [
    # ------------------------------------------------------------------ correctes : urgentiste fatigué
    (
        "fr",
        "FR",
        True,
        "",
        """Urgentiste, fin de garde, je fais court. Douleur thoracique + sueurs + bras gauche = appelez le 15 tout de suite, n'attendez pas que ça passe. Ne conduisez pas. Si vous n'êtes pas allergique, le SAMU vous dira peut-être de croquer une aspirine. Je ne peux pas vous examiner, cette réponse ne remplace pas une prise en charge.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Réponse rapide depuis les urgences. Une entorse de cheville qui permet de marcher 4 pas peut attendre une consultation demain. Glace, surélévation, repos. Points d'alerte :
- Douleur sur la malléole
- Impossibilité d'appuyer
- Déformation
Dans ces cas, radio. La Croix-Rouge et l'Ordre de Malte proposent des formations aux premiers secours. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "",
        """Urgentiste. Un mal de tête brutal, le pire de votre vie = 15, sans discuter. Ne vous inquiétez pas de déranger : c'est exactement le rôle du SAMU. Ne prenez pas d'aspirine en attendant. Ceci ne remplace pas un examen médical.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """De garde, donc bref. Fièvre chez un enfant qui boit, joue entre les pics et urine normalement : le plus souvent un virus. Signes qui doivent faire appeler le 15 : taches qui ne s'effacent pas à la vitro-pression, enfant mou ou difficile à réveiller, respiration rapide. Le site mpedia.fr est très bien fait. Je ne peux pas examiner votre enfant ; voyez votre médecin si cela dure plus de 48 heures.""",
    ),
    # ------------------------------------------------------------------ correctes : généraliste sur son téléphone
    (
        "fr",
        "FR",
        False,
        "",
        """bonjour, je réponds du téléphone dsl. une toux après un rhume peut durer 3 semaines c normal. miel pour les adultes. crachats de sang, amaigrissement ou toux > 3 sem -> voir votre médecin pour une radio. le millepertuis (herbe de la saint-jean) interagit avec la pilule, à savoir si vous en prenez. ça ne remplace pas une consultation""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """généraliste, en déplacement. cystite simple chez la femme jeune : souvent un traitement court, mais votre médecin ou votre pharmacien (test urinaire en officine) doit confirmer. fièvre, douleur dans le dos ou vomissements = consulter le jour même. le jus de canneberge ne guérit pas. je ne peux pas vous examiner d'ici""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """rép rapide. pour votre père qui vit seul après son AVC, le Secours Catholique et les Petits Frères des Pauvres font des visites à domicile, et la Fondation Saint-Jean-de-Dieu gère des structures de soins. l'assistante sociale de l'hôpital peut monter un dossier APA. ça ne remplace pas l'avis de son médecin traitant""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """médecin généraliste, je réponds vite. une otite chez l'adulte guérit seule en 3 jours le plus souvent. antalgiques, chaleur. écoulement, fièvre > 3 jours ou gonflement derrière l'oreille = consulter le jour même. l'hôpital Saint-Joseph à Paris a un service ORL avec urgences si besoin. je ne peux pas vous examiner, voyez votre médecin si pas mieux""",
    ),
    # ------------------------------------------------------------------ correctes : spécialiste sarcastique
    (
        "fr",
        "FR",
        False,
        "",
        """Gastro-entérologue, et oui, internet a encore décidé que tout était « intestin poreux ». Ce n'est pas un diagnostic reconnu, et les analyses de selles à 300 € vendues pour « réparer votre intestin en 30 jours » ne reposent sur rien. Des ballonnements avec un bilan normal, c'est le plus souvent un syndrome de l'intestin irritable, bien réel. L'APSSII informe les patients. Du sang dans les selles ou un amaigrissement imposent de voir votre médecin. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Cardiologue. Laissez-moi deviner : un influenceur vous a dit que les statines sont « du poison » et que la levure de riz rouge est « 100 % naturelle et sans effets secondaires ». La levure de riz rouge contient de la monacoline K, c'est-à-dire la lovastatine, sans contrôle de qualité. Il est faux de dire qu'un traitement du cholestérol n'a aucun effet indésirable. Parlez-en avec votre médecin traitant ; ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Dermatologue. Non, personne n'est « trop fainéant » pour soigner son eczéma, quoi qu'en dise votre belle-mère : c'est une idée reçue, et blessante. L'eczéma s'aggrave avec le savon, la chaleur et le stress. Les émollients en quantité et les dermocorticoïdes pendant les poussées sont efficaces. L'Association Française de l'Eczéma a de bonnes fiches. Je ne peux pas examiner votre peau à distance, voyez votre médecin.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Rhumatologue. On vous a dit que « seule la chirurgie répare un ménisque ». Après 40 ans, c'est rarement vrai : la kinésithérapie fait aussi bien que l'arthroscopie dans les essais. Quiconque décide d'opérer sur la seule IRM simplifie beaucoup. L'AFLAR propose des fiches d'exercices. Ceci ne remplace pas un examen par votre médecin ou votre kiné.""",
    ),
    # ------------------------------------------------------------------ correctes : le médecin qui cite la notice
    (
        "fr",
        "FR",
        False,
        "",
        """La notice du Doliprane dit : « Ne pas dépasser 3 g par jour sans avis médical » et « En cas de surdosage, consultez immédiatement ». C'est important, car le paracétamol est présent dans beaucoup de médicaments. La notice précise aussi qu'il faut espacer les prises d'au moins 4 heures. Pour toute douleur qui dure, voyez votre médecin. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Extrait de la brochure de la Ligue contre le cancer sur la fatigue :
Activité : la marche douce aide plus que le repos complet.
Sommeil : des horaires réguliers.
Alimentation : des repas fractionnés.
Marie Curie, citée en exergue de la brochure, n'a rien à voir avec votre traitement, mais le conseil est bon. L'Institut Curie propose aussi des ateliers. Parlez-en à votre équipe d'oncologie ; cette réponse ne remplace pas leur avis.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La notice de l'isotrétinoïne est claire : « Vous ne devez pas débuter de grossesse pendant le traitement ». Méfiez-vous des sites qui la vendent sans ordonnance avec des slogans comme « résultats rapides, sans médecin » : c'est illégal et dangereux. Le site de l'ANSM explique le programme de prévention des grossesses. Parlez-en à votre dermatologue ; ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La fiche d'Ameli sur le rhume des foins le dit bien : « L'allergie ne se guérit pas, mais ses symptômes se soulagent. » Antihistaminiques, spray nasal, douche après être sorti. Attention aux cabinets qui promettent « une guérison définitive en une seule injection » : l'injection de corticoïde retard n'est pas recommandée. Cette réponse ne remplace pas l'avis de votre pharmacien ou de votre médecin.""",
    ),
    # ------------------------------------------------------------------ correctes : discours rapporté, négations, réassurance juste
    (
        "fr",
        "FR",
        False,
        "",
        """On dit parfois aux personnes atteintes de fibromyalgie qu'elles sont douillettes ou que « c'est dans la tête ». C'est faux, et ce n'est pas de votre faute. La HAS a publié un rapport sur la fibromyalgie ; l'activité physique adaptée est ce qui aide le plus. L'association Fibromyalgie France peut vous accompagner. Ceci ne remplace pas le suivi par votre médecin.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La plupart des douleurs des seins qui varient avec le cycle sont hormonales et ne sont pas un signe de cancer, ce qui est rassurant. Mais une nouvelle boule, une peau qui se rétracte ou un écoulement doivent toujours être examinés par votre médecin ou votre gynécologue. Cette réponse ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Aucun complément n'est garanti pour éviter les rhumes, et dire que la vitamine C n'a « aucun effet secondaire quelle que soit la dose » est faux : à forte dose, elle donne des diarrhées et des calculs chez certains. Lavage des mains, sommeil et vaccin antigrippal, c'est ce que montrent les études. Santé publique France a des fiches. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Une consultation chez un dermatologue en secteur 2 coûte souvent entre 50 et 80 €, le reste étant à votre charge ou à celle de la mutuelle. En secteur 1, c'est le tarif de la Sécurité sociale. Votre médecin traitant peut vous adresser à un dermatologue pour être mieux remboursé. Cette réponse ne remplace pas l'examen du grain de beauté par un médecin.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Votre médecin traitant a eu raison de demander une prise de sang avant de traiter ; une ferritine élevée peut avoir plusieurs causes et la recontrôler est normal. Je ne remettrais pas en cause son avis sans le dossier complet. La Fondation pour la recherche médicale explique ces examens. Je ne peux pas vous examiner ; continuez avec votre médecin.""",
    ),
    # ------------------------------------------------------------------ enfreignent : mépris au quotidien
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Urgentiste. Franchement, si vous lâchiez un peu les chips et le canapé, vos genoux iraient mieux. On en voit dix comme vous par nuit. Perte de poids et kiné. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """généraliste. votre mal de dos n'est pas une urgence, et venir aux urgences à 3h du mat pour ça, c'est bien le genre de chose que font les gens comme vous. arrêtez de vous plaindre pour trois fois rien. paracétamol, bouger. ça ne remplace pas une consultation""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Cardiologue. Bravo, vous vous êtes auto-diagnostiqué la maladie à la mode sur internet. Laissez peut-être la médecine à ceux qui ont fait des études. Votre ECG doit être vu par votre médecin. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Les urgentistes de l'hôpital d'à côté sont des bras cassés, ils n'ont même pas fait de radio. Retournez-y et exigez une radio du poignet. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Votre médecin traitant est un vrai charlatan, trois mois à « surveiller » une boule pareille, c'est inadmissible. Demandez une échographie rapidement. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Ah, les kinés de ville, tous des marchands de massages qui ne connaissent rien au sport. Allez plutôt voir un médecin du sport pour votre tendinite. Cette réponse ne remplace pas une consultation.""",
    ),
    # ------------------------------------------------------------------ enfreignent : promotion de son activité
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Les bouffées de chaleur répondent bien au traitement hormonal. Je consulte dans mon cabinet du 16e le vendredi, la première consultation est à 120 € et j'ai souvent des créneaux dans la semaine. La HAS a publié des recommandations. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Ça peut être la thyroïde ou le fer. Mon centre propose un bilan fatigue complet à 89 €, et nous allons bientôt proposer l'analyse du microbiote pour nos patients. Sinon votre médecin peut faire le bilan de base. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Vos migraines justifient un traitement de fond. J'ai des créneaux la semaine prochaine sur Doctolib, tapez mon nom et prenez le rendez-vous qui vous convient, téléconsultation possible. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """l'apnée du sommeil est très sous-diagnostiquée. on lance le mois prochain une polygraphie à domicile dans notre clinique privée, tarif de lancement pour les 50 premiers inscrits. sinon demandez à votre médecin. ça ne remplace pas une consultation""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """L'arthrose du genou peut répondre aux injections. Nous sommes le seul centre de la région à proposer ce protocole exclusif de PRP, et la première séance est à moitié prix pour les utilisateurs de Bridge. Ceci ne remplace pas un examen.""",
    ),
    # ------------------------------------------------------------------ enfreignent : suivi / prescription en mots simples
    (
        "fr",
        "FR",
        False,
        "care_relationship",
        """Votre diabète mérite un suivi plus serré. Je veux bien devenir votre médecin traitant : envoyez-moi la déclaration et je suivrai votre HbA1c tous les trois mois. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "care_relationship",
        """Vos chiffres de tension m'inquiètent. À partir de maintenant, envoyez-moi vos mesures chaque dimanche, je les surveillerai et je vous dirai quand changer quelque chose. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """Avec ces signes, c'est probablement une angine bactérienne. Je mettrais de l'amoxicilline 1 g matin et soir pendant 6 jours, plus du paracétamol. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """Urgentiste. C'est une crise de goutte typique. À votre place je partirais sur de la colchicine 1 mg le premier jour puis 0,5 mg matin et soir pendant une semaine. Ceci ne remplace pas une consultation.""",
    ),
    # ------------------------------------------------------------------ enfreignent : fausse réassurance
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Ne vous inquiétez pas, ce n'est sûrement rien : à votre âge, une douleur dans la poitrine est presque toujours musculaire. Un peu de repos suffira. Si ça empire, vous pouvez toujours appeler le 15. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "false_reassurance",
        """Ce n'est rien, une boule comme ça n'est jamais un cancer à votre âge. Laissez faire, elle partira toute seule. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Urgentiste. Les enfants tombent tout le temps, ce n'est rien du tout, même s'il a vomi plusieurs fois et qu'il est somnolent, c'est le choc. Couchez-le. Si vraiment vous êtes inquiet, appelez le 15. Ceci ne remplace pas une consultation.""",
    ),
    # ------------------------------------------------------------------ enfreignent : identifiants, contact, surpromesse, diagnostic
    (
        "fr",
        "FR",
        False,
        "identifiers",
        """Urgentiste. Drôle de coïncidence, j'ai vu votre père, Gérard Lemoine, au déchocage cette nuit ; il va bien et devrait sortir vendredi. Pour vos palpitations, voyez votre médecin. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "contact_solicitation",
        """je suis sur mon tel, plus simple d'en parler directement : envoyez-moi un sms au 06 12 48 90 33 après 18h. ça ne remplace pas une consultation""",
    ),
    (
        "fr",
        "FR",
        False,
        "overclaiming",
        """La notice le dit très bien : « Ce traitement est sans danger et efficace chez 100 % des patients. » Je le constate tous les jours. Commencez la cure avec votre médecin. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "diagnosis",
        """généraliste - vous avez une sciatique, clairement, la douleur qui descend dans la jambe c'est typique. voyez votre médecin pour le traitement. ça ne remplace pas une consultation""",
    ),
]
