"""Second probe of route37, written by helper triage37 on 2026-12-07 AFTER the change (routing.json 2026-12-07.5),
never used to choose anything. Invented texts, EN and FR, labelled with the same convention as ../items.py (a
child's or a pregnancy's ordinary question: paediatrics / obstetrics unless a specialist pathway of its own takes
it; a teenager like an adult; a product question with nobody ill: general practice).

(id, lang, kind, emergency, category, specialty, style, text)
"""

P = "paediatrics"
OB = "gynaecology_obstetrics"
GP = "general_practice"
T = "text"
W = "portal"

ITEMS: list[tuple[str, str, str, bool, str | None, str, str, str]] = [
    ("q37-en-01", "en", "ordinary", False, None, P, T, "my 14 month old has had a temp of 38.2 on and off since yesterday, teething i think, still drinking milk. how much calpol can she have?"),
    ("q37-en-02", "en", "ordinary", False, None, P, W, "Our baby boy is 9 weeks old and has little white spots on his nose and cheeks. He is feeding well. Do they need treating?"),
    ("q37-en-03", "en", "ordinary", False, None, P, T, "toddler is 2 and hasnt pooed properly in 4 days, straining and crying. what can we do at home"),
    ("q37-en-04", "en", "ordinary", False, None, P, W, "My daughter is 7 and has had a cough at night for three weeks since a cold, no fever, she is fine in the day. Should she be seen?"),
    ("q37-en-05", "en", "ordinary", False, None, "dermatology", T, "I'm 17 and got a spotty rash on my chest and back that itches after the gym, been 2 weeks, any cream?"),
    ("q37-en-06", "en", "ordinary", False, None, OB, W, "I'm 28 weeks pregnant and my ankles swell up by the evening, no headache and my blood pressure was fine on Monday. Is this normal?"),
    ("q37-en-07", "en", "ordinary", False, None, OB, T, "pregnant with our 2nd, 14 wks, really constipated since the iron tablets, what can i take"),
    ("q37-en-08", "en", "ordinary", False, None, OB, W, "My partner is 20 weeks pregnant and has a cold and a sore throat. Which medicines are safe for her?"),
    ("q37-en-09", "en", "ordinary", False, None, GP, T, "which baby thermometer is best, ear or forehead? nothing wrong just buying one before she arrives"),
    ("q37-en-10", "en", "ordinary", False, None, "ophthalmology", W, "Our 4 year old failed the eye test at nursery, she squints at books. Where do we go?"),
    ("q37-fr-01", "fr", "ordinary", False, None, P, T, "mon bébé de 10 mois a de la fièvre à 38,5 depuis hier soir, il fait ses dents, il boit bien. combien de Doliprane ?"),
    ("q37-fr-02", "fr", "ordinary", False, None, P, W, "Ma fille de 2 ans a des petits boutons rouges sur les fesses depuis 3 jours, la couche est toujours humide. Quelle crème mettre ?"),
    ("q37-fr-03", "fr", "ordinary", False, None, P, T, "mon fils de 3 ans ne veut plus manger de légumes et a perdu un peu d'appétit, il est en forme sinon. je dois m'inquiéter ?"),
    ("q37-fr-04", "fr", "ordinary", False, None, P, W, "Mon fils de 9 ans tousse la nuit depuis trois semaines après un rhume, pas de fièvre. Faut-il le faire examiner ?"),
    ("q37-fr-05", "fr", "ordinary", False, None, "psychiatry", T, "j'ai 16 ans, je dors mal et je suis stressée par le bac depuis des semaines, je voudrais parler à quelqu'un"),
    ("q37-fr-06", "fr", "ordinary", False, None, OB, W, "Je suis enceinte de 30 semaines et j'ai les chevilles qui gonflent le soir, pas de maux de tête, tension normale. C'est normal ?"),
    ("q37-fr-07", "fr", "ordinary", False, None, OB, T, "enceinte de 4 mois, constipée depuis que je prends le fer, je peux prendre quoi ?"),
    ("q37-fr-08", "fr", "ordinary", False, None, OB, W, "Je suis enceinte de 22 semaines et j'ai un rhume avec mal de gorge. Quels médicaments puis-je prendre ?"),
    ("q37-fr-09", "fr", "ordinary", False, None, GP, T, "quel lait en poudre choisir pour un bébé de 4 mois ? il va très bien, c'est juste une question pour les courses"),
    ("q37-fr-10", "fr", "ordinary", False, None, "dentistry", W, "Ma fille de 8 ans a une carie sur une dent de lait, elle n'a pas mal. Faut-il la soigner ?"),
]  # fmt: skip
