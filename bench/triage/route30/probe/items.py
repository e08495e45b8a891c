"""Untuned probe of route30: written before any fix of that round, never looked at item by item while fixing.

Two more styles: an online-consultation form filled in by a relative, and a pharmacist's referral note /
« note du pharmacien ». Labels from the same published referral logic as ../items.py (NICE CKS carpal tunnel,
palpitations, nocturnal cramps, gastroenteritis, aphthous ulcers, contraception: general practice first; a
followed specialist condition or an NG12 suspected-cancer sign -> the specialty; the child convention ->
paediatrics; emergencies by the label set's conventions).

(id, lang, kind, emergency, category, specialty, style, text)
"""

GP = "general_practice"
ONLINE = "online_form"
P = "pharmacist_note"

ITEMS: list[tuple[str, str, str, bool, str | None, str, str, str]] = [
    ("r30p-en-01", "en", "ordinary", False, None, GP, ONLINE, "Online consultation form, filled in by daughter: Dad (79) keeps forgetting to take his tablets and wants a simpler routine, maybe a blister pack."),
    ("r30p-en-02", "en", "ordinary", False, None, GP, P, "Pharmacist note: customer with cold symptoms for 4 days and blocked ears, asking if he can fly tomorrow."),
    ("r30p-en-03", "en", "ordinary", False, None, GP, ONLINE, "Online form: numb tingling fingers in my right hand when I wake up, shaking it helps, I type all day."),
    ("r30p-en-04", "en", "hard_negative", False, None, GP, ONLINE, "Online form: I get palpitations after coffee sometimes, a few seconds, otherwise a healthy 28 year old."),
    ("r30p-en-05", "en", "ordinary", False, None, "ophthalmology", ONLINE, "Online form: my glaucoma drops sting, and the pressure at my last eye clinic visit was still high, should the clinic change them?"),
    ("r30p-en-06", "en", "ordinary", False, None, "neurology", ONLINE, "Online form: I have epilepsy and had two seizures this month on lamotrigine after none for a year."),
    ("r30p-en-07", "en", "ordinary", False, None, "urology", ONLINE, "Online form: blood in my pee, no pain, I'm 63 and smoked for years."),
    ("r30p-en-08", "en", "emergency", True, "breathing", "pulmonology", ONLINE, "Online form filled in by son: mum is very breathless sitting still, her lips look blue, she can only say a word at a time."),
    ("r30p-fr-01", "fr", "ordinary", False, None, GP, ONLINE, "Formulaire en ligne : je voudrais arrêter la pilule et savoir quoi prendre à la place."),
    ("r30p-fr-02", "fr", "ordinary", False, None, GP, P, "Note du pharmacien : cliente avec des aphtes dans la bouche depuis 4 jours, demande un bain de bouche."),
    ("r30p-fr-03", "fr", "ordinary", False, None, GP, ONLINE, "Formulaire en ligne : des crampes dans les mollets la nuit, j'ai 70 ans, ça me réveille."),
    ("r30p-fr-04", "fr", "ordinary", False, None, GP, ONLINE, "Formulaire en ligne : diarrhée depuis 2 jours après un repas au restaurant, je bois bien, pas de sang."),
    ("r30p-fr-05", "fr", "ordinary", False, None, "paediatrics", ONLINE, "Formulaire en ligne : ma fille de 6 ans a de la fièvre à 38,5 et mal à l'oreille, la pharmacienne pense à une otite."),
    ("r30p-fr-06", "fr", "ordinary", False, None, "endocrinology", P, "Note du pharmacien : client sous insuline avec des hypoglycémies répétées la nuit depuis le changement de dose."),
    ("r30p-fr-07", "fr", "ordinary", False, None, "urology", ONLINE, "Formulaire en ligne : grosseur dure et indolore au testicule gauche depuis 3 semaines."),
    ("r30p-fr-08", "fr", "emergency", True, "acs", "cardiology", ONLINE, "Formulaire en ligne rempli par le voisin : il a une douleur dans la poitrine qui serre depuis une demi-heure, il transpire et il a mal au bras gauche."),
]  # fmt: skip
