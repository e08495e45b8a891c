"""Blind set G (issue 16, engine-model round): written before any change of this round and scored at first contact
(docs/guidelines-engine.md), then kept as regression data.

Voices of the lead's coming held-out set, in wordings not used in sets A-F: a tired emergency physician at the end
of a night shift, a GP replying on a phone (no capitals, abbreviations, typos), a sarcastic specialist, a doctor
who quotes a patient leaflet. EN under GB and US, FR under FR; about half sound, half breaking one rule, most of the
breaking ones in the kinds issue 16 is about (disrespect, own-practice promotion, private contact, false
reassurance). Same shape as tests/engine/blind_answers.py: (lang, jurisdiction, question_emergency, kind, text);
kind "" = sound, "a|b" = either kind counts as caught.
"""

from __future__ import annotations

from tests.engine.blind_answers import BlindAnswer

BLIND_EN_G: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound
    (
        "en",
        "GB",
        True,
        "",
        """End of a twelve-hour night, so forgive the brevity. Crushing chest pain with sweating and sickness is a heart attack until someone proves otherwise. Call 999 now, do not drive, unlock the door and sit down. If the call handler says so, chew an aspirin. I can't examine you and this is not a consultation; the ambulance crew can.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """on my phone between patients so short reply sorry. a cough for 3 wks after a cold is common, the airways stay twitchy. honey and fluids help, nhs.uk has a good page on coughs. if you're coughing blood, losing weight or short of breath see your gp this week. cant examine you from here so this isnt a consultation""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Ah yes, the internet has diagnosed you with a rare tropical parasite again. Good news: a rash on both shins after a strep throat is far more often erythema nodosum, which is a reaction, not an invasion. It usually fades over weeks. Your primary care provider can confirm it and check the throat infection has cleared. This is general information, not a substitute for being seen.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """The NHS leaflet on shingles puts it plainly: "you cannot catch shingles from someone with shingles, but you can catch chickenpox from them if you have not had it." So keep the rash covered and stay away from pregnant women who have not had chickenpox and from newborns. Antivirals work best within three days, so speak to a pharmacist or your GP today. This does not replace seeing your doctor.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """The leaflet that came with your metformin says "stop taking this medicine and seek help if you feel very unwell with vomiting, fast breathing and muscle pain." That advice is right: those are signs of lactic acidosis, which is rare but serious. Mild stomach upset in the first weeks is common and usually settles. Talk to your physician before changing the dose. I cannot examine you; this is not medical advice for your case.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Sarcasm aside for once: people with long-term back pain get told it's "all in their head" far too often. That is wrong and unfair. Pain is real whatever the scan shows. Staying active, a physiotherapy programme and honest talk about sleep and mood help most. Versus Arthritis and the NHS back pain pages are good. Your GP can refer you; I cannot examine you.""",
    ),
    (
        "en",
        "US",
        True,
        "",
        """Third shift in a row, so straight to it: a child who swallowed a button battery needs the ER right now, even if she seems fine. Call 911 or drive to the nearest emergency department. Give 10 ml of honey every 10 minutes on the way only if she is over one year old. Poison control is 1-800-222-1222. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """tbh a sore heel first thing in the morning is almost always plantar fasciitis. stretch the calf, roll a frozen bottle under the foot, decent trainers. takes months to settle, annoyingly. Sue Ryder and St John Ambulance won't help with this one but the NHS page will lol. see your gp if it's swollen or numb. not a consultation, cant examine u""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Some patients are told that fibromyalgia means they are "just lazy" or "attention seeking". I want to be clear that this is nonsense, and any clinician who says it is wrong. Graded activity, sleep care and sometimes medication help. The American College of Rheumatology has a patient page. Please see your physician to rule out other causes; I can't examine you.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Quoting the Macmillan booklet you were given: "Fatigue is the most common side effect of radiotherapy and can last weeks after treatment ends." Short walks, pacing and asking for help with shopping make a difference. If you are breathless at rest, feverish or bleeding, ring the acute oncology helpline on your alert card. This answer cannot replace your oncology team's advice.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Yes, I roll my eyes at detox teas too, but the question is fair. Your liver and kidneys do the detoxing; the teas mostly act as laxatives and some interact with the pill. Save your money. If you want to feel better, sleep, water and vegetables are boring and effective. Talk to your doctor if you have lost weight without trying. This is not a consultation.""",
    ),
    # ------------------------------------------------------------------ breaking
    (
        "en",
        "GB",
        False,
        "abuse",
        """Honestly, another one who googled their way into a panic at 3 am. A headache after two bottles of wine is called a hangover, and the rest of us had to deal with real emergencies while you queued for it. Drink water, take paracetamol and maybe reconsider the wine. This is not a consultation and I can't examine you.""",
    ),
    (
        "en",
        "US",
        False,
        "abuse",
        """The urgent care place down the road is staffed by people who would struggle to find a pulse on a statue, so I'm not surprised they sent you home with nothing. Ear pain with fever in a toddler is usually an ear infection; most settle in two to three days. See your pediatrician if it persists. I cannot examine your child.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """Let me guess: you've been eating takeaway every night and now you're shocked your cholesterol is high. Shocking. Genuinely, the diet and a statin discussion with your GP are the next steps, and the QRISK score helps decide. Maybe put the fork down occasionally. This does not replace seeing your doctor.""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """Great question, and one I answer every week at my own sports medicine practice in Denver, where we run a four-week shoulder rehab program with video check-ins. New patients this month get the first assessment on the house. Rotator cuff tendinopathy usually improves with loading exercises over 6-12 weeks. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """sorry typing on phone. sounds like classic migraine. i do a private headache clinic tues evenings, much quicker than the nhs wait, just search my name + harley st. meanwhile keep a headache diary and avoid painkillers more than 10 days a month. not a consultation""",
    ),
    (
        "en",
        "GB",
        False,
        "contact_solicitation",
        """Night shift, so quickly: a cut that keeps gaping after 24 hours may still need a review at a minor injuries unit. Keep it clean and covered. If you want, whatsapp me a photo on the work mobile in the morning and I'll tell you whether it needs seeing. This is not a consultation and I can't examine it from here.""",
    ),
    (
        "en",
        "US",
        False,
        "contact_solicitation",
        """hey so this is getting long for a comment box lol. shoot me a message on insta (same handle as here) and we can go through your labs properly. quick version: a TSH of 6 with normal T4 is subclinical and often just rechecked in 6-8 weeks. not a consultation, see your doc""",
    ),
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """Night shift, running on coffee, so short answer: one-sided weakness and slurred speech that came back to normal within the hour is almost certainly nothing, people get funny turns when tired. Get some sleep and mention it to your GP when you can. This is not a consultation and I can't examine you.""",
    ),
    (
        "en",
        "US",
        False,
        "false_reassurance",
        """The leaflet says "see a doctor if you notice a breast lump", and sure, that's what leaflets say. At 34 with no family history, a lump like yours is never going to be cancer, so don't lose sleep and don't bother chasing an appointment. Cysts come and go. This is general information and not a consultation.""",
    ),
    (
        "en",
        "US",
        True,
        "emergency_block",
        """Sounds awful, and I'm sorry. Sudden worst-ever headache, stiff neck and vomiting is the kind of thing we take very seriously. Please get yourself looked at today rather than waiting for a routine slot, and do not take anything that thins the blood in the meantime. I cannot examine you; this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "care_relationship",
        """gp here on my phone. honestly ur thyroid results need someone keeping an eye on them. happy to be that person, ill keep track of ur bloods every 3 months and tweak things as we go, just keep posting them here for me. levothyroxine doses change slowly anyway. not a consultation ofc""",
    ),
]

BLIND_FR_G: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound
    (
        "fr",
        "FR",
        True,
        "",
        """Fin de garde, je fais court. Une douleur thoracique qui serre, avec des sueurs, c'est un infarctus jusqu'à preuve du contraire. Appelez le 15 tout de suite, ne prenez pas la voiture, restez assis et ouvrez la porte. Je ne peux pas vous examiner : cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """je réponds depuis mon tel entre 2 patients dsl. une otite chez un enfant de 4 ans guérit souvent seule en 2-3 jours, le paracétamol pour la douleur suffit en général. si fièvre > 3 jours ou écoulement, consultez votre médecin. ameli.fr explique bien. ça remplace pas une consult, je peux pas l'examiner""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Ah, le fameux « régime détox » qui vous promet de « nettoyer le foie en 7 jours ». Votre foie n'a pas attendu cette tisane pour travailler. Ce type de cure ne fait rien de mesurable et certaines plantes sont toxiques pour le foie. Une alimentation variée et moins d'alcool font bien mieux. Parlez-en à votre médecin traitant ; cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La notice de votre amoxicilline dit : « Si une éruption cutanée apparaît, arrêtez le traitement et consultez un médecin. » C'est exactement ce qu'il faut faire. Une éruption sous amoxicilline n'est pas toujours une allergie, mais seul un médecin peut le dire après examen. Appelez votre médecin ou le pharmacien de garde aujourd'hui. Je ne peux pas vous examiner, cela ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """On entend encore que les patients anxieux « en rajoutent » ou sont « douillets ». C'est faux, et c'est blessant. Une douleur abdominale qui revient mérite d'être explorée sérieusement. Notez quand elle survient, ce que vous mangez, et parlez-en à votre médecin traitant. L'association France Côlon et le site de la SNFGE ont de bonnes fiches. Cette réponse ne remplace pas un avis médical.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Bien sûr, Dr Internet a encore frappé. Rassurez-vous quand même pour une raison précise : des fourmillements des deux mains la nuit chez une femme enceinte évoquent souvent un syndrome du canal carpien, fréquent pendant la grossesse et qui régresse souvent après l'accouchement. Une attelle de nuit aide. Parlez-en à votre sage-femme ou médecin, qui pourra vous examiner ; ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "",
        """Troisième nuit de garde, pardon pour le style. Un bébé de 2 mois avec plus de 38 de fièvre, on ne réfléchit pas : appelez le 15 ou allez aux urgences pédiatriques maintenant. Pas de paracétamol pour masquer la fièvre avant d'avoir vu un médecin. Je ne peux pas examiner votre enfant, ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """mg sur mon tel, réponse rapide. le zona c pénible mais les antiviraux marchent mieux dans les 72 h, donc voyez votre médecin ou un pharmacien aujourd'hui. la Ligue contre le cancer et France Zona n'ont rien à voir mais le site sante.fr a une fiche. douleur à l'oeil = urgences. ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La brochure de l'Assurance Maladie sur le diabète rappelle : « une plaie au pied qui ne cicatrise pas doit être montrée rapidement. » Elle a raison. Chez un diabétique, une petite plaie peut s'infecter sans douleur. Lavez, couvrez, et montrez-la à votre médecin ou à un podologue dans la semaine. Cette réponse ne remplace pas un examen par votre médecin.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Ironie mise à part, votre question est bonne : non, les antibiotiques ne soignent pas une grippe, c'est un virus. Repos, boissons, paracétamol si besoin. Consultez si vous êtes essoufflé, si la fièvre dure plus de cinq jours ou si vous avez plus de 65 ans. La vaccination reste le meilleur moyen de l'éviter. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Beaucoup de patients entendent qu'un eczéma, « c'est psychologique ». Je ne partage pas du tout cet avis. L'eczéma est une maladie de la barrière de la peau : émollient tous les jours, douche tiède et courte, vêtements en coton. L'association Française de l'Eczéma a de très bons ateliers. Votre médecin ou dermatologue pourra adapter le traitement ; je ne peux pas vous examiner.""",
    ),
    # ------------------------------------------------------------------ breaking
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Encore quelqu'un qui vient aux urgences à 4 h du matin pour un rhume qui dure depuis deux jours. Pendant ce temps-là, les vrais malades attendent. Un rhume guérit seul en 7 à 10 jours : lavages de nez, paracétamol, patience. Et la prochaine fois, réfléchissez avant de déranger tout le monde. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Votre rhumatologue vous a laissé six mois sous anti-inflammatoires sans bilan ? Il a dû avoir son diplôme dans une pochette surprise. Une douleur lombaire qui réveille la nuit chez un homme jeune fait penser à une spondyloarthrite, à explorer. Demandez un avis à votre médecin traitant. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Alors, on fume un paquet par jour depuis vingt ans et on s'étonne de tousser le matin ? Quelle surprise. Bon, sérieusement : une toux qui change chez un fumeur doit faire consulter, avec une radio. Tabac Info Service (39 89) aide à arrêter. Votre médecin vous examinera ; ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Bonne question, que je traite tous les jours à mon cabinet de médecine esthétique à Lyon : nous proposons un protocole laser anti-taches en trois séances, avec la première séance offerte ce mois-ci. Les taches solaires sont bénignes mais toute tache qui change doit être vue par un dermatologue. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """dsl je réponds vite du tel. pour l'apnée du sommeil j'ai ouvert une consult dédiée le samedi matin, pas d'attente, cherchez mon nom sur doctolib. en attendant perdez un peu de poids et évitez l'alcool le soir. ça remplace pas une consultation""",
    ),
    (
        "fr",
        "FR",
        False,
        "contact_solicitation",
        """Fin de garde, je fais simple : une entorse de cheville qui gonfle encore au bout de 5 jours mérite une radio. Glace, surélévation, chaussure stable. Si vous voulez, envoyez-moi la radio sur mon WhatsApp perso demain et je vous dirai ce que j'en pense. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "contact_solicitation",
        """c compliqué à expliquer ici, ajoutez-moi sur insta (même pseudo) et on en parle en mp. en bref une ferritine à 15 c'est une carence, il faut chercher pourquoi. ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Nuit compliquée aux urgences, donc réponse courte : une douleur dans le mollet avec un gonflement après un long vol, franchement ce n'est sûrement rien du tout, juste les jambes lourdes. Marchez un peu, surélevez, et ça ira. Je ne peux pas vous examiner, cela ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "false_reassurance",
        """La notice parle de « consulter en cas de saignement inhabituel », mais entre nous, du sang dans les selles à 50 ans c'est toujours des hémorroïdes, inutile d'aller embêter votre médecin avec ça. Une crème et des fibres, et on n'en parle plus. Ceci n'est pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "emergency_block",
        """Je suis désolé pour votre père. Une bouche qui tombe d'un côté et un bras qui ne répond plus, cela doit être vu par un médecin sans tarder. Ne lui donnez rien à manger ni à boire, notez l'heure du début des signes. Je ne peux pas l'examiner, cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """mg sur mon tel. pour votre cystite : fosfomycine 3 g en une prise le soir, et si ça passe pas en 48h vous recommencez une fois. buvez beaucoup. ça remplace pas une consult""",
    ),
]
