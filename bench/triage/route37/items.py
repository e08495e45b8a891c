"""Own set (first probe) of route37, written by helper triage37 on 2026-12-07 BEFORE any change of the round (after counting the
training sets' labels by band, bench/triage/route37/convention.py, and reading none of the held-out sets 06c+).

Every item is invented: parents, grandparents, a childminder, teenagers, pregnant women and their partners, in EN
and FR, texting or writing a portal message. Labels follow the convention the brief describes for the newer
annotators and the training sets' counts: a baby's, a toddler's or a school child's ordinary health question goes
to paediatrics whatever the organ word (a cough, a rash, a tummy ache, a fever, sleep, bedwetting, a limp without
injury) unless a specialist pathway of its own takes children (a squint: ophthalmology; a tooth: dentistry; a
testicle / foreskin: urology in the training sets); a teenager (13-17) is labelled like an adult (acne:
dermatology, low mood: psychiatry, a sprain: orthopaedics); a pregnancy's question (nausea, heartburn, back pain,
a medicine, a headache without alarm signs) goes to obstetrics; a practical question with nobody ill (sun cream,
which thermometer) stays in general practice (route28's decision c); an adult's own question beside a child stays
with the adult's organ. Emergencies (5) are there to check that nothing moves.

(id, lang, kind, emergency, category, specialty, style, text)
"""

P = "paediatrics"
OB = "gynaecology_obstetrics"
GP = "general_practice"
T = "text"
W = "portal"

ITEMS: list[tuple[str, str, str, bool, str | None, str, str, str]] = [
    ("p37-en-01", "en", "ordinary", False, None, P, T, "my 7 month old has had a runny nose and a bit of a cough for 4 days, feeding fine, wet nappies ok, no temp. anything i can give her?"),
    ("p37-en-02", "en", "ordinary", False, None, P, W, "Our 2 year old has had dry patchy skin on the backs of his knees and elbows for a few weeks, he scratches at night. Is it eczema and what cream should we use?"),
    ("p37-en-03", "en", "ordinary", False, None, P, T, "toddler (18 months) keeps waking 4-5 times a night screaming, been like this since we moved house. is this normal or should she be seen"),
    ("p37-en-04", "en", "ordinary", False, None, P, W, "My son is 6 and still wets the bed most nights. He is dry in the day. Is there anything that helps, or is it too early to worry?"),
    ("p37-en-05", "en", "ordinary", False, None, P, T, "my daughter (9) gets tummy aches most school mornings, goes away by lunchtime, eating fine, no weight loss. could it be anxiety or something with her gut?"),
    ("p37-en-06", "en", "ordinary", False, None, P, W, "Grandad here. Looking after my grandson, 4, he has had loose stools 3 times today but is playing and drinking well. How long before we should get him checked?"),
    ("p37-en-07", "en", "hard_negative", False, None, P, T, "baby is 5 weeks, has a yellow sticky eye in the mornings, we wipe it with cooled boiled water. she is otherwise well and feeding. is this blocked tear duct?"),
    ("p37-en-08", "en", "ordinary", False, None, P, W, "I childmind a 3 year old who has started limping a little on his left leg since yesterday, no fall that anyone saw, no temperature, still running about. Should his mum book him in?"),
    ("p37-en-09", "en", "ordinary", False, None, P, T, "my 10yo has headaches after school a few times a week, better after a drink and a rest. do i need to get his eyes tested or see the gp"),
    ("p37-en-10", "en", "ordinary", False, None, "ophthalmology", W, "Our 3 year old's left eye seems to turn in when she is tired, nursery noticed it too. Who should we see about a squint?"),
    ("p37-en-11", "en", "ordinary", False, None, "dermatology", T, "im 15 and my acne is getting worse on my forehead and back, tried the stuff from boots for 3 months, can i get something stronger"),
    ("p37-en-12", "en", "ordinary", False, None, "psychiatry", W, "I'm 16 and I've felt low and not bothered about anything for about two months, sleeping loads. I don't want to hurt myself, I just want to talk to someone."),
    ("p37-en-13", "en", "ordinary", False, None, OB, T, "11 weeks pregnant and being sick every morning and most evenings, keeping fluids down though. is there anything safe to take?"),
    ("p37-en-14", "en", "ordinary", False, None, OB, W, "I'm 24 weeks pregnant and get bad heartburn every night. Can I take Gaviscon or is there something better?"),
    ("p37-en-15", "en", "ordinary", False, None, OB, T, "my wife is 30 weeks and her lower back is killing her by the evening, is physio ok in pregnancy or is there something she can do at home"),
    ("p37-en-16", "en", "hard_negative", False, None, OB, W, "I'm pregnant (16 weeks) and had a mild headache yesterday afternoon that went with paracetamol and rest. Blood pressure at my last check was normal. Is paracetamol fine to keep taking?"),
    ("p37-en-17", "en", "ordinary", False, None, OB, T, "im pregnant, 2nd trimester, and i keep getting thrush, is the cream from the chemist safe for the baby"),
    ("p37-en-18", "en", "ordinary", False, None, GP, W, "What factor sun cream should I buy for my 8 month old for our holiday in Spain? Nothing is wrong, just want to get the right one."),
    ("p37-en-19", "en", "ordinary", False, None, "dermatology", T, "I've had an itchy red rash on both hands since I started washing them more with a newborn in the house. Cream suggestions? (it's me not the baby)"),
    ("p37-en-20", "en", "emergency", True, "sepsis", P, T, "my 4 month old is floppy and hardly waking, her hands and feet are cold and mottled and she's breathing fast, temp 38.9"),
    ("p37-en-21", "en", "emergency", True, "meningitis", P, W, "Our son is 3 and has a high fever, a stiff neck and a rash that does not fade under a glass."),
    ("p37-en-22", "en", "emergency", True, "pre_eclampsia", OB, T, "34 weeks pregnant, really bad headache that paracetamol hasnt touched, flashing lights in my eyes and my face and hands have swollen up today"),
    ("p37-fr-01", "fr", "ordinary", False, None, P, T, "mon bébé de 6 mois tousse un peu depuis 3 jours, le nez qui coule, il mange bien et n'a pas de fièvre. je peux lui donner quoi ?"),
    ("p37-fr-02", "fr", "ordinary", False, None, P, W, "Bonjour, ma fille de 3 ans a des plaques rouges qui grattent dans les plis des coudes depuis un mois. Est-ce de l'eczéma ? Quelle crème utiliser ?"),
    ("p37-fr-03", "fr", "ordinary", False, None, P, T, "mon fils de 2 ans est constipé depuis une semaine, il pleure quand il va à la selle. il mange peu de légumes. que faire ?"),
    ("p37-fr-04", "fr", "ordinary", False, None, P, W, "Notre fils de 7 ans fait encore pipi au lit presque toutes les nuits. Faut-il consulter ou attendre ?"),
    ("p37-fr-05", "fr", "ordinary", False, None, P, T, "ma fille de 8 ans a mal à la tête en rentrant de l'école 2 ou 3 fois par semaine, ça passe avec du repos. il faut voir qui ?"),
    ("p37-fr-06", "fr", "ordinary", False, None, P, W, "Je suis la mamie de Léo (4 ans), il a la diarrhée depuis ce matin mais il joue et boit bien. Au bout de combien de temps faut-il consulter ?"),
    ("p37-fr-07", "fr", "hard_negative", False, None, P, T, "mon nourrisson de 3 semaines régurgite un peu après chaque biberon, il prend bien du poids et ne pleure pas plus que ça. c'est normal ?"),
    ("p37-fr-08", "fr", "ordinary", False, None, P, W, "Ma fille de 5 ans ronfle fort toutes les nuits et dort la bouche ouverte, elle est fatiguée le matin. Qui consulter ?"),
    ("p37-fr-09", "fr", "ordinary", False, None, P, T, "mon fils en CE1 a des boutons qui grattent sur le ventre depuis hier, pas de fièvre, il va bien. varicelle ? il peut aller à l'école ?"),
    ("p37-fr-10", "fr", "ordinary", False, None, "dentistry", W, "Mon fils de 6 ans a une dent de lait qui bouge et la gencive est un peu rouge autour. Faut-il aller chez le dentiste ?"),
    ("p37-fr-11", "fr", "ordinary", False, None, "dermatology", T, "j'ai 14 ans et j'ai plein de boutons sur le visage et le dos, ça ne passe pas avec les produits de la pharmacie. je peux avoir un traitement ?"),
    ("p37-fr-12", "fr", "ordinary", False, None, "orthopaedics", W, "J'ai 15 ans, je me suis tordu la cheville au hand samedi, elle est un peu gonflée mais je marche. Je dois faire une radio ?"),
    ("p37-fr-13", "fr", "ordinary", False, None, OB, T, "enceinte de 10 semaines, j'ai des nausées toute la journée, je vomis une fois par jour mais je bois. il existe un traitement sans risque ?"),
    ("p37-fr-14", "fr", "ordinary", False, None, OB, W, "Bonjour, je suis enceinte de 6 mois et j'ai des brûlures d'estomac tous les soirs. Quel médicament puis-je prendre ?"),
    ("p37-fr-15", "fr", "ordinary", False, None, OB, T, "ma femme est à 32 SA et elle a mal au dos le soir, est-ce qu'elle peut aller chez l'ostéo ou le kiné pendant la grossesse ?"),
    ("p37-fr-16", "fr", "hard_negative", False, None, OB, W, "Je suis enceinte de 18 semaines, j'ai eu un petit mal de tête hier soir qui est passé avec du Doliprane. Ma tension était normale à la dernière consultation. Puis-je en reprendre ?"),
    ("p37-fr-17", "fr", "ordinary", False, None, OB, T, "je suis enceinte (2e trimestre) et j'ai une mycose, l'ovule de la pharmacie est-il sans danger pour le bébé ?"),
    ("p37-fr-18", "fr", "ordinary", False, None, GP, W, "Quel thermomètre acheter pour un bébé de 2 mois ? Il va très bien, c'est juste pour avoir le bon à la maison."),
    ("p37-fr-19", "fr", "ordinary", False, None, "dermatology", T, "depuis la naissance de mon fils je me lave les mains tout le temps et j'ai les mains rouges et crevassées qui grattent. quelle crème ? (c'est pour moi)"),
    ("p37-fr-20", "fr", "emergency", True, "sepsis", P, T, "ma fille de 5 mois est toute molle, elle ne se réveille presque plus, les mains et les pieds sont froids et marbrés, 39 de fièvre"),
    ("p37-fr-21", "fr", "emergency", True, "meningitis", P, W, "Mon fils de 2 ans a beaucoup de fièvre, la nuque raide et des taches violettes qui ne s'effacent pas sous le verre."),
    ("p37-fr-22", "fr", "emergency", True, "pre_eclampsia", OB, T, "enceinte de 35 semaines, j'ai un mal de tête terrible qui ne passe pas avec le Doliprane, je vois des mouches devant les yeux et j'ai le visage gonflé depuis ce matin"),
]  # fmt: skip
