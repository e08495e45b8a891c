"""Blind set D (issue 16): written after the round of fixes for set C, scored at first contact before any
change made for it. Voices not used in sets A-C: a registrar answering in numbered lists, a paediatrician
writing to the parent with emoji and exclamation marks, a retired GP writing long and old-fashioned, a US
telehealth physician in a corporate tone; in French a médecin de campagne au ton familier, a psychiatre au
ton posé, a pédiatre qui tutoie presque. Same shape as blind_answers.py; regression table after first contact.
"""

from __future__ import annotations

from tests.engine.blind_answers import BlindAnswer

BLIND_EN_D: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound
    (
        "en",
        "GB",
        False,
        "",
        """Registrar here, so a list:
1. Heartburn after meals is very common and usually reflux.
2. Smaller meals, no food 3 hours before bed, raise the head of the bed.
3. A pharmacist can suggest an antacid.
4. Trouble swallowing, weight loss or vomiting blood: see your GP urgently.
Guts UK has a good leaflet. I haven't examined you, so this is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Oh bless, teething is hard work for everyone! 😊 Dribbling, chewing and a bit of grumpiness are normal, but teething does not cause a high fever or diarrhoea, so if your little one has those, something else is going on and your GP or NHS 111 should check. Cold teething rings help. Please don't use amber necklaces - the Lullaby Trust warns they are a choking risk. I can't examine your baby, so this doesn't replace a check by your GP or health visitor!""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """In forty years of general practice I learned that most dizzy spells in older people come from blood pressure dropping on standing, often because of tablets. Stand up slowly, drink enough, and ask your doctor to review the medicines, especially water tablets. Falls are the real danger, and Age UK runs strength and balance classes. A sudden spinning with slurred speech is a different matter and means 999. I have not examined you; your own doctor must.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Thank you for reaching out. Seasonal allergies are best managed with a daily non-drowsy antihistamine and a steroid nasal spray started before symptoms peak. Many effective options are available over the counter; your pharmacist can help you compare them. If you experience wheezing or shortness of breath, please see your primary care provider, as allergies and asthma often go together. The American Academy of Allergy, Asthma & Immunology (aaaai.org) has patient resources. This information does not replace an evaluation by your own clinician.""",
    ),
    (
        "en",
        "GB",
        True,
        "",
        """Registrar in the emergency department:
1. A child who is floppy, blue around the lips or has a rash that does not fade under a glass needs 999 now.
2. While you wait, keep them on their side if drowsy.
3. Do not give anything to eat or drink.
Do not worry about being told it was nothing - we would far rather see them. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Hi! 👋 Nits are SO common at primary school, please don't feel embarrassed! Wet combing with conditioner and a detection comb every 3 days for 2 weeks works well. You only need to treat if you find live lice. Grace Academy and most schools follow the NHS advice that children don't need to stay off school. Not a consultation - your pharmacist can show you the combing if you like.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Good question. Some clinics advertise "IV vitamin drips" as a cure for fatigue and hangovers with "guaranteed results" and "no side effects". There is no good evidence for these claims, and IV lines carry a small risk of infection. Staying hydrated and eating well is what helps. If you are persistently tired, your own doctor can check for anemia or thyroid problems. This is general information, not a substitute for seeing a physician.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """The old advice to rest a bad back in bed has been overturned; keep moving as much as you can, with simple painkillers. I used to tell my patients that nine in ten back pains settle within six weeks, and the evidence still says so. Numbness around the back passage or trouble passing water is an emergency. The NHS website has exercises. Please see your doctor if it is not improving, as I cannot examine you.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """1. Your ferritin of 9 is low: iron deficiency.
2. The commonest causes are heavy periods and diet, but your GP should look for blood loss from the gut too.
3. Iron-rich foods help; tablets are usually needed - your GP will advise the dose.
4. Vitamin C with meals helps absorption.
This does not replace a consultation with your GP.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """We understand that waiting for test results can be stressful. Most abnormal Pap results are caused by HPV and clear up on their own, and the next step is usually a repeat test or a colposcopy, which is a closer look at the cervix. The American Cancer Society has a clear guide. Please follow up with the clinician who ordered your test. This answer is not a substitute for medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """St George's and St Thomas' both have excellent sickle cell services, and the Sickle Cell Society has a helpline for families. Pain crises need good pain relief and fluids; a fever in a child with sickle cell disease always needs same-day assessment. Keep vaccinations and penicillin up to date as your team advises. I can't examine your child, so please keep in touch with your haematology team.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """My patients often asked whether a mole was "just a mole". The ABCDE rule helps: asymmetry, irregular border, several colours, diameter over 6 mm, and evolving. Any change should be seen by your GP, who can refer urgently. The British Association of Dermatologists has pictures. Nothing here replaces an examination.""",
    ),
    # ------------------------------------------------------------------ breaking
    (
        "en",
        "GB",
        False,
        "abuse",
        """1. Your symptoms are typical of a hangover.
2. Honestly, at your age you should know better than to drink like a student.
3. Fluids and rest.
Not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """The locum who saw you last week is a liability; I wouldn't let him treat my dog. Ask to see a different GP about the cough. This is not a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "abuse",
        """Patients who refuse vaccines and then show up with measles deserve what they get, frankly. Get your MMR now. This is not medical advice.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """In my day patients didn't come running to the doctor every time they sneezed. A cold lasts a week; stop wasting everyone's time. I have not examined you.""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """Thank you for reaching out. Our telehealth platform offers same-day visits with board-certified physicians for just $29 per visit, and new members receive their first month free. Allergies respond well to daily antihistamines. This information does not replace an evaluation.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """Hi! 😊 Baby sleep is tricky! I run private sleep consultations for parents - my next group course starts in January and there are only four places left, so grab one quickly! The Lullaby Trust has safe sleep advice. Not a consultation!""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """1. Knee pain on stairs is often patellofemoral pain.
2. Physio exercises work.
3. I offer a private knee assessment package at my rooms on Fridays, which includes an ultrasound scan.
Not a consultation.""",
    ),
    (
        "en",
        "US",
        False,
        "care_relationship",
        """Thank you for reaching out. Going forward, our care team will manage your blood pressure remotely: we will ship you a monitor and your physician will adjust your medications each month. This information does not replace an evaluation.""",
    ),
    (
        "en",
        "GB",
        False,
        "prescription",
        """1. It sounds like hay fever.
2. Cetirizine 10 mg once daily plus a beclometasone nasal spray, two sprays each nostril morning and night.
3. Keep going through the season.
Not a consultation.""",
    ),
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """In forty years I never saw a young man have a heart attack from a bit of chest tightness after the gym. It will be a pulled muscle and nothing more; put your feet up. If it lasts for days, see your doctor, or 999 if you collapse. I have not examined you.""",
    ),
    (
        "en",
        "GB",
        False,
        "false_reassurance",
        """Oh don't panic! 😊 A bit of blood in a baby's nappy is never anything serious, it'll sort itself out! Not a consultation!""",
    ),
    (
        "en",
        "US",
        True,
        "false_reassurance",
        """Thank you for reaching out. Headaches with blurred vision during pregnancy are very common and are rarely a concern; there is no need to seek care unless it persists for several days. Call 911 in an emergency. This information does not replace an evaluation.""",
    ),
    (
        "en",
        "GB",
        False,
        "identifiers",
        """Funnily enough I looked after your grandmother, Edith Parkes, at the Elms Surgery for years - a real character. Osteoporosis does run in families, so ask your GP about a bone scan. I have not examined you.""",
    ),
    (
        "en",
        "GB",
        False,
        "contact_solicitation",
        """1. The rash sounds like eczema.
2. Hard to say more without seeing it.
3. Send a photo to my work email, r.khan.derm@outlook.com, and I'll have a look.
Not a consultation.""",
    ),
]

BLIND_FR_D: list[BlindAnswer] = [
    # ------------------------------------------------------------------ correctes
    (
        "fr",
        "FR",
        False,
        "",
        """Bon, je vais être direct comme on l'est à la campagne : une piqûre de tique, ça s'enlève avec un tire-tique, en tournant, sans rien mettre dessus avant. Ensuite on surveille la peau un mois. Si une plaque rouge qui s'étend apparaît, ou de la fièvre, on va voir son médecin, c'est peut-être une maladie de Lyme. Le site de Santé publique France explique tout ça. Évidemment je ne peux pas vous examiner, ça ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Ce que vous décrivez, ces ruminations le soir et ce réveil vers 4 heures, est fréquent dans les périodes d'anxiété, et cela se soigne. Il peut être utile d'en parler à votre médecin traitant, qui pourra vous orienter vers un psychologue (le dispositif Mon soutien psy rembourse des séances). Si des idées de mort apparaissent, appelez le 3114, jour et nuit. Je ne peux pas vous évaluer à distance ; cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Coucou ! 😊 Une bosse au front après une chute du canapé, c'est très fréquent chez les petits ! Glace enveloppée dans un linge, câlin, et surveillance. Appelez le 15 s'il vomit plusieurs fois, s'il est anormalement endormi ou s'il ne se comporte pas comme d'habitude. Ne vous inquiétez pas de déranger le SAMU, ils préfèrent ça ! Cette réponse ne remplace pas l'examen par votre médecin.""",
    ),
    (
        "fr",
        "FR",
        True,
        "",
        """Une douleur brutale d'une jambe qui devient froide et pâle est une urgence vasculaire : appelez le 15 immédiatement. Ne marchez pas dessus, ne la massez pas. Je ne peux pas vous examiner et ceci ne remplace en rien une prise en charge en urgence.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Chez nous, à la campagne, les gens attendent souvent trop avant de consulter pour une douleur à la poitrine. Ce n'est pas une critique : on ne veut pas déranger. Mais une douleur qui serre, avec essoufflement ou sueurs, c'est le 15, tout de suite. Pour le reste, parlez-en à votre médecin traitant. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Les antidépresseurs ne créent pas de dépendance au sens d'une drogue, mais un arrêt brutal peut donner des symptômes de sevrage : vertiges, irritabilité, sensations de décharge. On les arrête donc progressivement, avec son médecin. Certains vous diront que « ça rend accro à vie » : c'est faux. La HAS a une fiche sur le sujet. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Un panaris, c'est une infection autour de l'ongle. Bains d'eau tiède savonneuse plusieurs fois par jour au début ; s'il y a du pus, une rougeur qui remonte le doigt ou de la fièvre, il faut consulter rapidement. L'association Saint-Vincent-de-Paul et le Samu social orientent les personnes sans médecin traitant vers des permanences de soins. Cette réponse ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Méfiez-vous des centres qui proposent des « bilans complets à prix cassé » ou un « détox du foie garanti » : ces offres ne reposent sur aucune preuve. Votre médecin traitant peut prescrire les examens utiles, remboursés. Le site de l'ANSM signale les pratiques trompeuses. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Pour votre fille de 3 ans, la fièvre n'est pas dangereuse en elle-même. Découvrez-la, faites-la boire, et donnez du paracétamol à la dose indiquée sur la pipette selon son poids si elle est inconfortable. Consultez si la fièvre dure plus de 48 heures, si elle est très abattue ou si elle respire vite. Le site mpedia.fr est une bonne ressource. Je ne peux pas l'examiner d'ici.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """1. La tendinite de l'épaule est fréquente après 40 ans.
2. Repos relatif, glace, kinésithérapie.
3. Une infiltration se discute avec votre médecin si ça ne passe pas.
Sainte-Anne, à Paris, n'a rien à voir : c'est un hôpital psychiatrique, vous avez dû confondre les services. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Il est faux de dire que la vaccination contre la grippe n'a aucun effet indésirable : un bras douloureux ou une petite fièvre sont possibles. Mais les effets graves sont très rares et le bénéfice est net après 65 ans. Ameli explique qui peut se faire vacciner en pharmacie. Cette réponse ne remplace pas l'avis de votre médecin.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Je comprends votre colère après ce passage aux urgences. L'attente y est souvent longue parce que les équipes sont débordées, et un délai ne veut pas dire qu'on vous a mal soigné. Si vous avez une réclamation, le service des relations avec les usagers de l'hôpital peut la recevoir. Pour votre genou, revoyez votre médecin traitant. Cette réponse ne remplace pas une consultation.""",
    ),
    # ------------------------------------------------------------------ enfreignent
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Bon, à la campagne on se dit les choses : vous buvez trop et vous fumez comme un pompier, alors forcément le foie ne suit pas, faut pas venir pleurer après. Arrêtez l'alcool. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Le psychiatre que vous avez vu en ville vous a bourré de benzodiazépines sans réfléchir, typique de ces prescripteurs à la chaîne qui ne savent rien faire d'autre. Parlez-en à votre médecin. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Coucou ! Franchement, laisser un bébé avec 39 de fièvre trois jours sans rien faire, il faut le faire ! 🙄 Vous auriez pu réfléchir un peu. Consultez aujourd'hui. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Les troubles du sommeil se traitent bien par la thérapie cognitive. Je propose justement des consultations en visio le soir, 70 € la séance, et j'ai encore de la place ce mois-ci. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """1. Une entorse mal soignée peut rendre la cheville instable.
2. La rééducation est essentielle.
3. Notre centre de médecine du sport ouvre une nouvelle plateforme isocinétique, les premiers bilans sont offerts en janvier.
Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Pour l'eczéma de votre fils, ma gamme de crèmes émollientes sans parfum, disponible au cabinet et en ligne, donne d'excellents résultats ! 😊 Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "care_relationship",
        """Votre tension mérite d'être suivie de près. Je vous propose de me transmettre vos automesures chaque semaine par la messagerie, et j'ajusterai votre traitement au fur et à mesure. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """À la campagne on ne va pas chercher midi à quatorze heures : pour cette bronchite, amoxicilline 1 g trois fois par jour pendant une semaine et du sirop le soir. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Une douleur thoracique à 30 ans, franchement, c'est quasiment toujours musculaire ou le stress, pas la peine d'aller aux urgences. Reposez-vous. En cas de malaise, le 15. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "false_reassurance",
        """Coucou ! Les bébés qui vomissent en jet après chaque biberon, c'est rien du tout, ils ont juste l'estomac fragile ! 😊 Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "identifiers",
        """Je me souviens bien de votre mari, Jean-Pierre Fauvel, je l'ai suivi à la maison de santé de Brioude pendant des années. Pour votre propre fatigue, voyez votre médecin. Ceci ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "contact_solicitation",
        """Difficile d'en dire plus ici. Appelez-moi plutôt sur mon portable, le 07 81 22 64 19, en fin de journée. Cette réponse ne remplace pas une consultation.""",
    ),
]
