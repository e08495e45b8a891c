"""Routing set route30: written by helper route30 on 2026-12-07 before any change of that round.

Every item is invented, in two styles the repo's sets do not use: the free-text "reason for appointment" /
« motif de consultation » field of an online booking form (short, telegraphic), and a receptionist's note /
« message au secrétariat » relaying a caller in the third person. Labels follow published referral logic: what a
GP handles first (NICE CKS and NG pages: tiredness, postural dizziness after a new drug, acute low back pain
NG59, sinusitis NG79, dyspepsia CG184 without alarm signs, vaccines, a sore throat NG84, an uncomplicated UTI in a
woman NG109, knee pain without injury, a post-viral cough, moles that do not change; HAS / Ameli the same) goes to
general practice; a specialty only on a clear signal: a specialist condition already followed (Crohn's,
rheumatoid arthritis, bipolar disorder, psoriasis failing creams, COPD on oxygen, type 1 diabetes on a pump),
a same-day specialist pathway (sudden hearing loss -> ENT, NICE CKS; flashes and floaters -> eye casualty;
dental abscess / pericoronitis -> dentist; itching in late pregnancy -> maternity), a suspected-cancer referral
of NG12 (a raised PSA -> urology). Emergencies follow the label set's conventions (ACS -> cardiology, a stroke
-> neurology, a child's meningitis -> paediatrics, pre-eclampsia -> obstetrics).

(id, lang, kind, emergency, category, specialty, style, text)
"""

GP = "general_practice"
B = "booking_form"
R = "receptionist_note"

ITEMS: list[tuple[str, str, str, bool, str | None, str, str, str]] = [
    ("r30-en-01", "en", "ordinary", False, None, GP, B, "Reason for appointment: tired all the time for about 2 months, no energy, sleeping ok. Would like a check-up and maybe bloods."),
    ("r30-en-02", "en", "ordinary", False, None, GP, B, "Reason for appointment: dizzy spells when I stand up quickly since starting new tablets for blood pressure. Med review please."),
    ("r30-en-03", "en", "ordinary", False, None, GP, B, "Reason for appointment: lower back pain after lifting boxes at work 5 days ago, no numbness, walking fine. Need a sick note."),
    ("r30-en-04", "en", "hard_negative", False, None, GP, B, "Reason for appointment: headache on and off for a week with a blocked nose, worse bending forward. No fever."),
    ("r30-en-05", "en", "ordinary", False, None, GP, B, "Reason for appointment: heartburn after meals for 3 weeks, antacids help a bit, no weight loss, no trouble swallowing."),
    ("r30-en-06", "en", "ordinary", False, None, GP, R, "Receptionist note: Mr D rang, wants to know if he can have his flu jab and covid booster on the same day, he is 72 and has COPD."),
    ("r30-en-07", "en", "ordinary", False, None, GP, B, "Reason for appointment: stopped smoking 2 weeks ago and my cough is worse, is that normal?"),
    ("r30-en-08", "en", "ordinary", False, None, "gastroenterology", B, "Reason for appointment: known Crohn's, on azathioprine, flaring again with 6 loose stools a day, IBD nurse not answering."),
    ("r30-en-09", "en", "ordinary", False, None, "ent", B, "Reason for appointment: sudden muffled hearing in my right ear since yesterday morning, no cold, ringing in it."),
    ("r30-en-10", "en", "ordinary", False, None, "ophthalmology", R, "Receptionist note: caller has new flashes of light and a shower of floaters in her left eye since this afternoon, she is very short-sighted."),
    ("r30-en-11", "en", "ordinary", False, None, "endocrinology", B, "Reason for appointment: type 1 diabetic, my pump keeps alarming and my sugars are in the 20s most afternoons, ketones 0.4."),
    ("r30-en-12", "en", "ordinary", False, None, "dentistry", B, "Reason for appointment: wisdom tooth area swollen and painful, can't open my mouth fully, bad taste."),
    ("r30-en-13", "en", "ordinary", False, None, "gynaecology_obstetrics", R, "Receptionist note: Mrs K, 34 weeks pregnant, asking whether itchy palms and soles at night are anything to worry about."),
    ("r30-en-14", "en", "emergency", True, "acs", "cardiology", R, "Receptionist note: wife calling, husband 58 collapsed in the garden, grey, clutching his chest, sweating, pain into the jaw for 25 min."),
    ("r30-en-15", "en", "emergency", True, "meningitis", "paediatrics", B, "Reason for appointment: my 2 year old has a temperature of 39.5 and a purple rash that doesn't fade when I press a glass on it."),
    ("r30-fr-01", "fr", "ordinary", False, None, GP, B, "Motif de consultation : fatigue depuis un mois, envie de faire un bilan sanguin, rien de particulier sinon."),
    ("r30-fr-02", "fr", "ordinary", False, None, GP, B, "Motif de consultation : renouvellement de mon traitement pour la tension, et je voudrais faire le point sur mes vaccins."),
    ("r30-fr-03", "fr", "ordinary", False, None, GP, B, "Motif de consultation : mal de gorge depuis 3 jours, un peu de fièvre, je ne tousse pas. Est-ce que j'ai besoin d'antibiotiques ?"),
    ("r30-fr-04", "fr", "ordinary", False, None, GP, R, "Message au secrétariat : Mme L. demande un certificat de reprise du travail après sa grippe, elle va mieux."),
    ("r30-fr-05", "fr", "ordinary", False, None, GP, B, "Motif de consultation : douleur au genou droit quand je monte les escaliers depuis 2 semaines, pas de chute, pas gonflé."),
    ("r30-fr-06", "fr", "ordinary", False, None, GP, B, "Motif de consultation : brûlures en urinant depuis hier, pas de fièvre, pas de douleur dans le dos. Femme 30 ans."),
    ("r30-fr-07", "fr", "ordinary", False, None, GP, R, "Message au secrétariat : monsieur appelle pour son père de 80 ans qui tousse depuis 10 jours après un rhume, pas essoufflé, mange bien."),
    ("r30-fr-08", "fr", "hard_negative", False, None, GP, B, "Motif de consultation : petites taches brunes sur le dos, ma femme trouve qu'il y en a plus qu'avant, aucune ne change."),
    ("r30-fr-09", "fr", "ordinary", False, None, "rheumatology", B, "Motif de consultation : polyarthrite rhumatoïde sous méthotrexate, poussée avec poignets et doigts gonflés depuis une semaine."),
    ("r30-fr-10", "fr", "ordinary", False, None, "psychiatry", B, "Motif de consultation : je suis suivi pour un trouble bipolaire, je dors 3 heures par nuit depuis une semaine et j'ai dépensé tout mon salaire."),
    ("r30-fr-11", "fr", "ordinary", False, None, "dermatology", B, "Motif de consultation : poussée de psoriasis sur tout le corps malgré les crèmes, je voudrais voir le dermatologue."),
    ("r30-fr-12", "fr", "ordinary", False, None, "urology", R, "Message au secrétariat : M. B., 67 ans, PSA à 9 sur la dernière prise de sang, le médecin du travail lui a dit de consulter."),
    ("r30-fr-13", "fr", "ordinary", False, None, "pulmonology", B, "Motif de consultation : essoufflement qui s'aggrave depuis des mois, je suis sous oxygène pour ma BPCO et j'ai besoin de plus de débit."),
    ("r30-fr-14", "fr", "emergency", True, "stroke", "neurology", R, "Message au secrétariat : la fille de Mme R. appelle, sa mère a la bouche de travers et ne trouve plus ses mots depuis 20 minutes."),
    ("r30-fr-15", "fr", "emergency", True, "pre_eclampsia", "gynaecology_obstetrics", B, "Motif de consultation : enceinte de 30 semaines, très mal à la tête, je vois des points lumineux et j'ai les pieds et le visage gonflés."),
]  # fmt: skip
