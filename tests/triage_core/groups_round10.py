"""Round 10 (helper triage16): new flags from published discriminators and the scopes that keep
their look-alikes quiet (past and resolved, informational, figures of speech, explanations told in
another sentence). Sentences written for these tests; none comes from a held-out set.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "cord_prolapse_seen_or_felt": (
        "cord_prolapse",
        [
            ("en", "my waters broke and I can see the cord coming out, what do I do"),
            ("en", "38 weeks pregnant, I can feel the umbilical cord between my legs"),
            ("en", "she's 34 weeks, waters went, there's a cord hanging out of her vagina"),
            ("en", "waters have gone and something is hanging down and it's throbbing"),
            ("en", "I'm pregnant with twins and I felt a loop of cord after my waters broke"),
            ("fr", "j'ai perdu les eaux et je vois le cordon qui sort"),
            ("fr", "enceinte de 37 SA, je sens le cordon dans le vagin"),
            ("fr", "la poche des eaux est rompue, un bout de cordon dépasse"),
            (
                "fr",
                "ma femme est enceinte, poche des eaux percée, il y a un truc qui pend et qui bat",
            ),
            ("fr", "grossesse de 36 semaines, je touche quelque chose qui pulse à la vulve"),
        ],
        [
            ("en", "at antenatal class they mentioned cord prolapse, how common is it?"),
            (
                "en",
                "I'm 30 weeks pregnant, just curious: what happens if the cord comes out first?",
            ),
            (
                "fr",
                "au cours de préparation à l'accouchement la sage-femme a parlé du cordon qui sort, c'est fréquent ?",
            ),
            ("fr", "question théorique : enceinte de 28 SA, que faire si on voit le cordon ?"),
        ],
    ),
    "alcohol_withdrawal_fit_or_delirium": (
        "alcohol_withdrawal",
        [
            ("en", "stopped drinking three days ago and just had a seizure"),
            (
                "en",
                "my dad quit the booze cold turkey and now he's seeing bugs crawling on the walls",
            ),
            ("en", "coming off alcohol at home, he is confused and doesn't know where he is"),
            ("en", "gave up vodka on Monday, shaking, and I'm hallucinating at night"),
            ("en", "alcohol withdrawal and he had a fit this morning"),
            ("fr", "j'ai arrêté l'alcool d'un coup et j'ai fait une crise convulsive"),
            ("fr", "mon frère fait un sevrage seul, il voit des araignées sur le mur"),
            ("fr", "arrêt de la boisson depuis hier, il a des hallucinations"),
            ("fr", "sevrage alcoolique brutal, il est confus et tremble"),
            ("fr", "il a arrêté de boire lundi, ce matin crise tonico-clonique"),
        ],
        [
            ("en", "dry January, stopped drinking and sleeping a bit worse, is that normal?"),
            ("en", "I quit drinking last year and feel great, any tips for sleep?"),
            ("fr", "j'ai arrêté l'alcool depuis une semaine, je dors moins bien, c'est normal ?"),
            ("fr", "janvier sobre, j'ai arrêté de boire, un peu irritable, rien d'autre"),
        ],
    ),
    "mesenteric_ischaemia_pain_out_of_proportion": (
        "mesenteric_ischaemia",
        [
            ("en", "excruciating tummy pain for two hours but her belly is soft when you press"),
            ("en", "my dad has AF and sudden agonising stomach pain"),
            ("en", "she is 84, has atrial fibrillation and severe abdominal pain since lunch"),
            (
                "en",
                "unbearable abdominal pain, he has atrial fibrillation and stopped his warfarin",
            ),
            ("en", "my grandma has terrible tummy pain and blood in her poo"),
            ("fr", "douleur abdominale atroce mais le ventre reste souple"),
            ("fr", "mon père en fibrillation auriculaire a des douleurs au ventre insupportables"),
            ("fr", "ma grand-mère a une arythmie et des douleurs abdominales violentes"),
            (
                "fr",
                "douleurs abdominales terribles chez mon père de 79 ans avec du sang dans les selles",
            ),
            ("fr", "il hurle de douleur au ventre, il a une fibrillation atriale"),
        ],
        [
            ("en", "I have AF and some mild tummy ache after dinner, could it be the tablets?"),
            ("en", "my tummy is soft and not painful, just bloated after beans"),
            ("fr", "fibrillation auriculaire connue, un peu mal au ventre après le repas"),
            ("fr", "ventre souple, juste des gaz depuis hier"),
        ],
    ),
    "ovarian_torsion_sudden_one_sided_pain_vomiting": (
        "ovarian_torsion",
        [
            ("en", "sudden stabbing pain in my lower right tummy and I've been sick twice"),
            (
                "en",
                "my daughter has a severe pain on the left side of her pelvis and keeps vomiting",
            ),
            ("en", "sharp pain low on the right came on suddenly, now throwing up"),
            ("en", "I've got a cyst on my ovary, now sudden pain on one side and vomiting"),
            ("en", "twisted ovary? awful pain and I keep being sick"),
            ("fr", "douleur brutale dans le bas du ventre à droite et j'ai vomi"),
            ("fr", "d'un coup une douleur d'un côté du bas-ventre avec des vomissements"),
            (
                "fr",
                "ma fille a très mal au bas ventre à gauche et elle vomit, c'est arrivé d'un coup",
            ),
            ("fr", "torsion d'ovaire ? douleur atroce et nausées"),
            ("fr", "douleur soudaine sur le côté droit du ventre, je vomis"),
        ],
        [
            ("en", "mid-cycle pain on one side every month, no vomiting, is it ovulation?"),
            ("en", "my friend says it could be an ovarian torsion but the stitch goes when I walk"),
            ("fr", "point de côté à droite quand je cours, pas de vomissement"),
            ("fr", "douleur d'ovulation à gauche chaque mois, pas de nausée"),
        ],
    ),
    "acute_psychosis_with_risk": (
        "acute_psychosis",
        [
            ("en", "my son hears voices telling him to hurt people"),
            ("en", "she thinks the neighbours are poisoning her and she's got a knife in her room"),
            (
                "en",
                "he is paranoid that people are after him and says he will jump out of the window",
            ),
            ("en", "hearing voices that tell me to kill myself, haven't slept for 4 days"),
            (
                "en",
                "my husband is convinced the police are spying on him and hasn't slept for five nights",
            ),
            ("fr", "mon fils entend des voix qui lui disent de se tuer"),
            ("fr", "elle croit que ses voisins veulent l'empoisonner et elle dort avec un couteau"),
            ("fr", "il entend des voix et menace de frapper son père"),
            (
                "fr",
                "ma sœur est persuadée que des espions vont la tuer, elle ne dort plus depuis 4 nuits",
            ),
            ("fr", "mon frère fait une bouffée délirante, il veut sauter par la fenêtre"),
        ],
        [
            ("en", "I've heard voices for years, stable on clozapine for years, can I travel?"),
            ("en", "what are the early signs of psychosis in teenagers?"),
            ("fr", "c'est quoi une bouffée délirante ?"),
            (
                "fr",
                "il a eu une psychose il y a 5 ans, stabilisé depuis, peut-il arrêter son traitement ?",
            ),
        ],
    ),
    "eclampsia_fit_in_pregnancy_or_after_birth": (
        "pre_eclampsia",
        [
            ("en", "I'm 35 weeks pregnant and my partner just had a fit"),
            ("en", "she is pregnant and had a seizure in the bath"),
            ("en", "gave birth 5 days ago and she just had a seizure"),
            ("en", "postpartum, a convulsion at home an hour ago"),
            ("en", "my wife is pregnant and having a fit right now"),
            ("fr", "enceinte de 8 mois, elle a fait une crise convulsive"),
            ("fr", "ma femme a accouché il y a une semaine et elle convulse"),
            ("fr", "post-partum, elle a eu des convulsions ce soir"),
            ("fr", "grossesse de 30 SA, crise d'épilepsie ce matin"),
            ("fr", "elle vient d'accoucher et fait une crise tonico-clonique"),
        ],
        [
            (
                "en",
                "I'm 30 weeks pregnant and my friend had pre-eclampsia, what should I watch for?",
            ),
            ("en", "what is eclampsia? asking for my antenatal class project"),
            ("fr", "c'est quoi l'éclampsie ? je suis enceinte et tout va bien"),
            ("fr", "ma sœur a eu une pré-éclampsie, je suis enceinte de 20 SA, que surveiller ?"),
        ],
    ),
    "ng143_red_features_and_ages_in_weeks": (
        "infant_fever",
        [
            ("en", "baby boy, 6 weeks, temp 38.3"),
            ("en", "our daughter born 7 weeks ago has 38.5 tonight"),
            ("en", "baby 9 wks with a fever of 38.1"),
            ("en", "baby Sam, 4 weeks, has a temperature of 38.2"),
            ("en", "my son just 3 weeks has a fever of 38"),
            ("fr", "bébé Hugo, 6 semaines, 38,3 de fièvre"),
            ("fr", "ma fille née il y a 4 semaines a 38,5"),
            ("fr", "bébé de 7 sem avec 38,2 de fièvre"),
            ("fr", "mon bébé a 5 semène et 38,4 de fièvre"),
            ("fr", "nourrisson Lina, 10 semaines, fièvre à 38,6"),
        ],
        [
            ("en", "baby is 6 weeks old, no fever, just a blocked nose"),
            ("en", "baby had a fever 3 weeks ago after vaccines, fine now"),
            ("fr", "bébé de 6 semaines, pas de fièvre, juste le nez bouché"),
            ("fr", "bébé grognon depuis 3 semaines, pas de fièvre"),
        ],
    ),
    "ng143_red_features_under_five": (
        "seriously_ill_baby",
        [
            ("en", "my baby has a bulging soft spot and is vomiting"),
            ("en", "the baby has a weak high-pitched cry and won't feed"),
            ("en", "toddler doesn't respond to us, just stares"),
            ("en", "baby's fontanelle is bulging and he's very sleepy"),
            ("en", "my baby has a strange high pitched cry since this afternoon"),
            ("fr", "mon bébé a la fontanelle bombée"),
            ("fr", "bébé avec un cri aigu bizarre depuis ce soir"),
            ("fr", "mon bébé pleure faible et ne tète plus"),
            ("fr", "le bébé ne réagit pas quand on lui parle"),
            ("fr", "bébé marbré, fontanelle qui bombe"),
        ],
        [
            ("en", "my baby cries loudly when hungry, otherwise fine"),
            ("en", "what does a bulging fontanelle mean?"),
            ("fr", "bébé pleure fort le soir mais se calme au sein"),
            ("fr", "c'est quoi une fontanelle bombée ?"),
        ],
    ),
    "ingestion_past_and_resolved": (
        "overdose_poisoning",
        [
            ("en", "my toddler swallowed a button battery an hour ago"),
            ("en", "my son swallowed two magnets this morning and now has tummy pain"),
            ("fr", "mon fils de 3 ans a avalé une pile bouton"),
            ("fr", "ma fille a avalé deux aimants ce matin"),
        ],
        [
            ("en", "the battery was missing for an hour but we found it under the sofa, intact"),
            ("en", "my son swallowed a small magnet on Friday, it came out in his nappy on Sunday"),
            (
                "fr",
                "ma fille a avalé une pièce magnétique, on l'a retrouvée dans ses selles ce matin",
            ),
            ("fr", "il a avalé un aimant hier, expulsé dans les selles aujourd'hui, il va bien"),
        ],
    ),
    "explanations_and_figures_of_speech": (
        "severe_bleeding",
        [
            ("en", "black tarry stools since yesterday and I feel faint"),
            ("en", "my poo is black and tarry, I am not on iron or anything"),
            ("fr", "selles noires comme du goudron depuis hier"),
            ("fr", "mes selles sont goudronneuses depuis deux jours"),
        ],
        [
            ("en", "black stools for three days. I started iron tablets on Monday."),
            ("fr", "selles noires depuis trois jours. Je prends du fer depuis lundi."),
            ("en", "this printer is literally killing me, I want to die every time it jams"),
            ("fr", "quand je perds en ligne je dis que je vais me pendre, c'est une blague"),
            (
                "en",
                "The leaflet lists signs of lithium toxicity: vomiting, confusion. I have none. Level 0.6.",
            ),
            ("fr", "je conteste la mention « choc allergique » dans mon dossier"),
        ],
    ),
    "quinsy_cannot_swallow_saliva": (
        "severe_breathing_difficulty",
        [
            ("en", "tonsils swollen, I'm spitting out my saliva because it won't go down"),
            ("en", "he can't swallow his own spit and there's a whistle when he breathes in"),
            ("fr", "angine, elle recrache sa salive, elle n'arrive plus à l'avaler"),
            ("fr", "il n'arrive plus à avaler sa salive et il y a un bruit quand il inspire"),
        ],
        [
            ("en", "sore throat, it hurts to swallow food but I can drink fine"),
            ("fr", "mal à la gorge, j'avale bien ma salive, pas de bruit en respirant"),
        ],
    ),
    "angle_closure_rainbows_and_vomiting": (
        "eye_emergency",
        [
            ("en", "I see rainbows around the lights and I've been vomiting"),
            ("fr", "je vois des arcs-en-ciel autour des lampes et j'ai vomi"),
        ],
        [
            (
                "en",
                "slowly over a year I see rainbows around lights at night, no pain, no sickness",
            ),
            ("fr", "cataracte : des arcs-en-ciel autour des lampes depuis des mois, sans douleur"),
        ],
    ),
    "magnetic_balls_swallowed": (
        "overdose_poisoning",
        [
            ("en", "my son swallowed three magnetic balls from a desk toy"),
            ("fr", "ma fille a avalé deux billes aimantées"),
        ],
        [
            ("en", "are magnetic balls safe as a toy for a 14 year old?"),
            ("fr", "les billes aimantées sont-elles dangereuses pour un ado ?"),
        ],
    ),
    "mscc_back_pain_said_as_dorsal": (
        "spinal_cord_compression",
        [
            ("fr", "cancer du sein avec métastases, douleur dorsale et les jambes qui lâchent"),
            (
                "fr",
                "suivi pour un cancer, douleurs dans le haut du dos et les jambes faibles depuis ce matin",
            ),
        ],
        [
            ("fr", "douleur dorsale après le jardinage, aucun antécédent, je marche bien"),
        ],
    ),
    "stroke_lay_french": (
        "stroke",
        [
            ("fr", "depuis une heure il mélange les mots"),
            ("fr", "d'un coup sa main droite ne tient plus la tasse"),
        ],
        [
            (
                "fr",
                "mon fils de 3 ans mélange encore les mots quand il parle anglais et français, normal ?",
            ),
        ],
    ),
    "head_injury_same_questions_sms": (
        "head_injury",
        [
            ("en", "hit his head at football, keeps askin same questions"),
            ("en", "she banged her head and keeps asking the same thing over and over"),
        ],
        [
            ("en", "bumped his head yesterday, totally himself today, no vomiting"),
        ],
    ),
    "asthma_reliever_failing_or_blue_lips": (
        "severe_breathing_difficulty",
        [
            ("en", "my inhaler isn't helping and I can't finish a sentence"),
            ("en", "asthma attack, ventolin not working, his lips are going blue"),
            ("fr", "la ventoline ne marche plus et je n'arrive plus à parler"),
            ("fr", "crise d'asthme, elle est bleue autour des lèvres et essoufflée"),
        ],
        [
            ("en", "my inhaler isn't helping much with my hay fever cough, otherwise fine"),
            ("fr", "ma ventoline marche bien, juste une petite toux le soir"),
        ],
    ),
    "chemical_in_the_eye_while_cleaning": (
        "eye_emergency",
        [
            ("en", "cleaning the oven and the foam went in my eye, it burns"),
            ("en", "drain spray splashed in my eye and I can't open it"),
        ],
        [
            ("en", "how do I clean the oven without getting spray in my eyes?"),
        ],
    ),
}

NEW_FLAGS = (
    "cord_prolapse",
    "alcohol_withdrawal",
    "mesenteric_ischaemia",
    "ovarian_torsion",
    "acute_psychosis",
)
