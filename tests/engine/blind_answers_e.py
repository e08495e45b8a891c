"""Blind set E (issue 16): written after the set-D round, scored at first contact before any change for it.

Voices not used in sets A-D: a sports physician heavy on jargon, an occupational health physician writing
formally, a geriatrician answering a carer, a dermatologist speaking as "we" for a department; in French a
médecin qui écrit en abrégé de SMS, a médecin du travail très formel, a gériatre qui répond à l'aidant, a
gynécologue très bref. Same shape as blind_answers.py; regression table after first contact.
"""

from __future__ import annotations

from tests.engine.blind_answers import BlindAnswer

BLIND_EN_E: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound
    (
        "en",
        "GB",
        False,
        "",
        """Sports medicine perspective: a grade 1 hamstring strain usually allows return to running in 2-3 weeks with progressive loading - Nordic curls once pain-free, then sprint drills. Avoid stretching hard in the first days. A pop with bruising down the back of the thigh suggests a higher-grade tear that needs imaging. The FSEM site has return-to-play guidance. I haven't examined you, so please see a physio or your GP.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Dear correspondent, thank you for your enquiry. Under the Equality Act your employer should consider reasonable adjustments, such as a phased return or altered hours, once your GP or an occupational health adviser has assessed you. The Fit Note can recommend these. Acas publishes clear guidance for employees. This reply is general in nature and does not replace an assessment by a clinician.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Caring for your mother with dementia is exhausting, and asking for help is the right thing to do. Sudden worsening confusion in an older person is often caused by an infection or a medicine and needs her GP the same day. Dementia UK's Admiral Nurses helpline is there for carers, and Carers UK can help with a carer's assessment. I cannot examine her, so her own GP remains the person to see.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """In our department we see many patients worried about a new spot after age 50. Most are seborrheic keratoses, which are harmless "stuck-on" growths. Anything that bleeds, changes quickly or looks different from your other spots should be checked by a dermatologist. The American Academy of Dermatology (aad.org) has photos. We cannot examine you here; this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        True,
        "",
        """Sports physician: chest pain or fainting during exercise in a young athlete is never something to run off. Stop, and call 999 if the pain persists, breathing is hard or they collapse - start CPR and use the nearest defibrillator. Later, a cardiologist should assess for inherited heart conditions; Cardiac Risk in the Young (CRY) offers screening. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Morton's neuroma causes burning pain between the third and fourth toes, worse in tight shoes. Wider shoes and a metatarsal pad help most people; an injection or surgery is considered only if that fails. The Royal College of Podiatry has a patient page. I have not examined your foot; please see your GP or a podiatrist.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Some influencers claim that a "detox tea" can "flush out toxins" and is "totally safe". These teas are mostly laxatives and can cause dehydration and low potassium. Your liver and kidneys already remove waste. If you are trying to lose weight, your primary care physician can help with a plan. This is general information, not medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Grandparents often ask whether they can give Calpol. For a child over 2 months the dose depends on age and is on the bottle; never give two paracetamol products together. If the child is under 3 months with a temperature of 38C or more, call NHS 111 or the GP urgently. I can't examine the child, so this doesn't replace seeing a doctor.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """We would never say "it's only arthritis" to an older person: hip pain at night, weight loss or fever needs looking into. For ordinary osteoarthritis, gentle exercise, weight management and paracetamol or topical NSAIDs are first line (NICE NG226). Versus Arthritis has a helpline. Please see your GP; I have not examined you.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """From an occupational medicine standpoint, OSHA requires employers to provide hearing protection above certain noise levels. A baseline audiogram and annual testing are standard. If you notice ringing or muffled hearing after shifts, report it and see your doctor. NIOSH (cdc.gov/niosh) explains the standards. This answer is not a substitute for an individual evaluation.""",
    ),
    # ------------------------------------------------------------------ breaking
    (
        "en",
        "GB",
        False,
        "abuse",
        """Sports physician: with respect, running a marathon on three weeks of training was idiotic, and you've got exactly the shin splints you asked for. Rest and load gradually. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """Care homes like the one your mother is in are frankly run by people who couldn't care less; the staff there are a shambles. Ask her GP to review her medication. I cannot examine her.""",
    ),
    (
        "en",
        "US",
        False,
        "abuse",
        """In our department we see this all the time: patients who pick at their skin and then act surprised it scars. Leave it alone. We cannot examine you; this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """For return-to-play after an ACL reconstruction, objective testing matters. I run a private return-to-sport clinic on Saturdays with force-plate testing; patients referred from this site get priority slots. This is not a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """In our department we now offer cosmetic mole removal with minimal scarring, and this month it's 25% less for first-time patients - call our front desk. We cannot examine you; this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "care_relationship",
        """Dear correspondent, I would be pleased to act as your occupational physician going forward; forward me your fit notes and I will liaise with your employer directly. This reply does not replace an assessment.""",
    ),
    (
        "en",
        "GB",
        False,
        "prescription",
        """Sports physician: for that tendinopathy, naproxen 500 mg twice daily with omeprazole 20 mg each morning for ten days, then start eccentric loading. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """Older people get muddled all the time, it comes with age; I wouldn't read anything into your father suddenly not knowing where he is today. Keep him comfortable. Call 999 if he collapses. I cannot examine him.""",
    ),
    (
        "en",
        "US",
        False,
        "false_reassurance",
        """In our department we'd reassure you that a mole that has started bleeding is almost always harmless and can be left alone. We cannot examine you; this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "identifiers",
        """Dear correspondent, I believe your line manager, Mr Derek Holloway, contacted our service about you last week; I can confirm he mentioned your back problem. Please discuss adjustments with him. This reply does not replace an assessment.""",
    ),
]

BLIND_FR_E: list[BlindAnswer] = [
    # ------------------------------------------------------------------ correctes
    (
        "fr",
        "FR",
        False,
        "",
        """bjr, rép rapide. une conjonctivite virale = œil rouge qui colle un peu, ça passe en 1 sem. lavage sérum phy, pas de lentilles. si douleur forte, baisse de vision ou lumière insupportable -> ophtalmo ou urgences le jour même. ameli a une fiche. je peux pas examiner votre œil, ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Madame, Monsieur, en application du Code du travail, une visite de pré-reprise peut être demandée auprès du service de prévention et de santé au travail pendant votre arrêt, afin d'anticiper un aménagement de poste. Votre médecin traitant peut également la solliciter. Le site du ministère du Travail détaille la procédure. La présente réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """S'occuper d'un parent atteint de la maladie d'Alzheimer est épuisant : pensez aux plateformes d'accompagnement et de répit, et à l'association France Alzheimer qui propose des formations gratuites pour les aidants. Une confusion qui s'aggrave brutalement doit faire appeler son médecin le jour même, voire le 15. Je ne peux pas l'examiner ; son médecin traitant reste l'interlocuteur.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Règles abondantes : à évaluer (NFS, ferritine) avec votre médecin ou gynéco. Causes fréquentes : fibrome, polype, stérilet au cuivre. Saignements entre les règles ou après la ménopause = consulter rapidement. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "",
        """Un sujet âgé qui tombe et ne peut plus se relever, avec une douleur de hanche, peut avoir une fracture : appelez le 15, ne le relevez pas de force, couvrez-le. Ne vous inquiétez pas d'appeler pour rien, c'est le rôle du SAMU. Je ne peux pas l'examiner à distance, cette réponse ne remplace pas une prise en charge.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Certains sites promettent de « soigner la ménopause naturellement, sans aucun risque ». Méfiance : les compléments à base de plantes ont aussi des effets indésirables et des interactions. Le traitement hormonal se discute au cas par cas avec votre médecin. Le CNGOF publie des recommandations. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """stp pas de panique pour le test de grossesse négatif : trop tôt il peut être faux. refaire 3 j après le retard de règles, urines du matin. si douleur d'un côté du ventre avec saignement -> urgences (risque de GEU). ça remplace pas une consult hein""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """La Fondation Saint-Matthieu n'existe pas à ma connaissance, mais la Fondation Hôpitaux de Paris et l'association Saint-Vincent-de-Paul aident les personnes âgées isolées. Le CCAS de votre mairie peut aussi organiser un portage de repas. Je ne peux pas examiner votre mère ; parlez-en à son médecin traitant.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Les hémorroïdes sont très fréquentes pendant la grossesse. Fibres, eau, éviter de forcer ; une crème adaptée à la grossesse peut soulager, demandez conseil à votre pharmacien ou à votre sage-femme. Du sang noir ou abondant impose de consulter. Cette réponse ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Il serait faux de prétendre que le port de charges n'a aucun lien avec les lombalgies : il en a, surtout avec des gestes répétés en torsion. La prévention passe par l'aménagement du poste, pas par une ceinture seule. L'INRS publie des fiches pratiques. Ceci n'est pas une consultation.""",
    ),
    # ------------------------------------------------------------------ enfreignent
    (
        "fr",
        "FR",
        False,
        "abuse",
        """bjr. franchement les gens qui vont aux urgences pour une angine c'est vraiment n'importe quoi, faut arrêter. paracétamol et repos. ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Madame, le médecin du travail qui vous a déclarée apte sans même vous examiner a fait preuve d'une incurie déplorable, comme souvent dans ces services. Demandez une nouvelle visite. La présente réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Les familles qui placent leurs parents en EHPAD pour partir en vacances tranquilles, on en voit beaucoup. Parlez au médecin coordonnateur pour la confusion. Je ne peux pas l'examiner.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Règles douloureuses : pilule ou stérilet hormonal, à discuter. Je fais la pose de stérilet au cabinet le mercredi, dépassement d'honoraires modéré, prise de rdv sur mon site. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """bjr. pour le sevrage tabac j'anime un programme en ligne de 6 semaines, 49 € au lieu de 99 jusqu'à dimanche, lien dans mon profil. ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        False,
        "care_relationship",
        """Madame, je vous propose d'assurer désormais le suivi de votre dossier de maladie professionnelle : adressez-moi vos comptes rendus et je ferai le lien avec votre employeur. La présente réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """Mycose vaginale : ovule d'éconazole 150 mg le soir 3 jours + crème 2 fois par jour 1 semaine. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Une personne âgée qui devient confuse d'un coup, c'est l'âge, ça arrive, pas de quoi s'alarmer. Laissez-la se reposer. Le 15 si elle tombe. Je ne peux pas l'examiner.""",
    ),
    (
        "fr",
        "FR",
        False,
        "false_reassurance|overclaiming",
        """bjr. une boule dans le sein qui ne fait pas mal c'est bénin à 100 %, pas besoin d'écho. ça remplace pas une consult""",
    ),
    (
        "fr",
        "FR",
        False,
        "identifiers",
        """Madame, je crois que votre chef de service, M. Laurent Besnard, a contacté notre service à votre sujet la semaine dernière. Parlez-lui de l'aménagement. La présente réponse ne remplace pas une consultation.""",
    ),
]
