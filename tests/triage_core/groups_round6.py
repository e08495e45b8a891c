"""Round 6 (issue 8, helper triage10): discriminators with no flag at all (run by test_discriminators).

Written from the published lists (NHS "call 999 / go to A&E if", Manchester Triage System
discriminators, SAMU-Centre 15, NICE CKS red flags), never from a held-out set: the categories were
chosen knowing which ones blind4 missed, so any gain there is post hoc. Each group holds phrasings
that must raise the flag (EN and FR, lay words, SMS, typos) and look-alikes that must raise nothing
(negated, past, informational, hypothetical, benign readings). docs/triage.md's coverage table
names the group that covers each discriminator.
"""

from __future__ import annotations

# discriminator: (flag, [(lang, text) that must raise it], [(lang, text) that must raise nothing])
GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "bowel_obstruction": (
        "acute_abdomen",
        [
            ("en", "I keep vomiting green stuff and my tummy is really swollen"),
            ("en", "can't pass wind since yesterday and I've been throwing up all night"),
            ("en", "belly massively swollen, havent farted in 2 days and feel sick"),
            ("en", "my hernia has gone hard and won't go back in"),
            ("en", "been sick bile all morning, can't fart or poo"),
            ("en", "my hernia gone rock hard n really sore"),
            ("fr", "je vomis vert et j'ai le ventre tout gonflé"),
            ("fr", "je n'arrive plus à péter depuis hier et je vomis"),
            ("fr", "arrêt des gaz et des matières, ventre ballonné, il vomit"),
            ("fr", "ma hernie est devenue dure et ne rentre plus"),
            ("fr", "vomissements bilieux et ventre distendu depuis ce matin"),
        ],
        [
            ("en", "my tummy is a bit bloated after dinner, no vomiting"),
            ("en", "what are the symptoms of a bowel obstruction?"),
            ("en", "I had a hernia repaired last year, when can I lift again?"),
            ("fr", "j'ai le ventre gonflé avant mes règles"),
            ("fr", "c'est quoi une occlusion intestinale ?"),
            ("fr", "ma hernie a été opérée l'an dernier, je peux reprendre le sport ?"),
        ],
    ),
    "intussusception": (
        "acute_abdomen",
        [
            (
                "en",
                "my 10 month old keeps screaming and drawing his legs up, and now he's vomiting",
            ),
            (
                "en",
                "baby has bouts of screaming pulling her knees up, pale and floppy in between the episodes",
            ),
            ("en", "toddler's nappy has red currant jelly poo in it"),
            (
                "en",
                "my son is 1 and he screams n pulls his legs up every 20 min, he threw up twice",
            ),
            ("en", "his poo looks like red jelly and he keeps crying"),
            ("fr", "mon bébé de 9 mois hurle et replie ses jambes, et il vomit"),
            (
                "fr",
                "ma fille pleure par crises en ramenant les genoux, elle est pâle entre les crises",
            ),
            ("fr", "selles comme de la gelée de groseille dans la couche"),
            ("fr", "mon fils de 1 an crie en repliant les jambes sur son ventre, il a vomi"),
            ("fr", "du sang et des glaires dans la couche, il pleure par crises"),
        ],
        [
            ("en", "my baby cries every evening and pulls his legs up, is that colic?"),
            ("en", "what is intussusception in babies?"),
            ("fr", "mon bébé a des coliques le soir, il replie les jambes"),
            ("fr", "c'est quoi une invagination intestinale ?"),
        ],
    ),
    "adrenal_crisis": (
        "adrenal_crisis",
        [
            ("en", "I have Addison's and I've been vomiting since this morning"),
            ("en", "my mum has addisons and she's confused and very weak"),
            ("en", "on hydrocortisone and can't keep my tablets down"),
            ("en", "he's on long term steroids and he collapsed"),
            ("en", "adrenal insufficiency, throwing up all night and so dizzy"),
            ("fr", "j'ai une maladie d'Addison et je vomis depuis ce matin"),
            ("fr", "insuffisance surrénale, je ne garde pas mes comprimés"),
            ("fr", "ma mère est sous hydrocortisone, elle est confuse"),
            ("fr", "il prend de la cortisone depuis des années et il a fait un malaise"),
            ("fr", "addison et je suis tellement faible que je ne tiens plus debout"),
            ("fr", "jai addison jvomis depuis hier"),
        ],
        [
            ("en", "I have Addison's, what should I do if I start vomiting?"),
            ("en", "I have Addison's, can I travel abroad with my hydrocortisone?"),
            ("fr", "j'ai une maladie d'Addison, que faire si je vomis ?"),
            ("fr", "j'ai une insuffisance surrénale, je dois renouveler mon ordonnance"),
        ],
    ),
    "serotonin_or_nms": (
        "drug_toxicity_syndrome",
        [
            (
                "en",
                "started tramadol on top of my sertraline, now I'm sweating and my legs keep jerking",
            ),
            ("en", "on an MAOI and I'm agitated with a fever of 39"),
            ("en", "my son on olanzapine is rigid and burning up"),
            ("en", "took mdma and my muscles are twitching and I'm sweating loads"),
            ("en", "think its serotonin syndrome, fever and twitching"),
            (
                "fr",
                "sous sertraline et tramadol, je transpire et j'ai des secousses dans les jambes",
            ),
            ("fr", "mon frère sous neuroleptiques est tout raide avec de la fièvre"),
            ("fr", "je prends de la fluoxétine, je suis très agitée et j'ai 39 de fièvre"),
            ("fr", "sous Effexor, des spasmes partout et je suis trempée de sueur"),
            ("fr", "syndrome sérotoninergique je pense, fièvre et spasmes"),
        ],
        [
            ("en", "can I take tramadol with sertraline?"),
            ("en", "what are the symptoms of serotonin syndrome?"),
            ("fr", "est ce qu'on peut prendre du tramadol avec un antidépresseur ?"),
            ("fr", "c'est quoi le syndrome sérotoninergique ?"),
        ],
    ),
    "necrotising_fasciitis": (
        "necrotising_fasciitis",
        [
            ("en", "the cut on my leg looks tiny but the pain is way worse than it looks"),
            ("en", "redness around the wound is spreading fast and the skin is going dark purple"),
            ("en", "the pain is out of proportion to the scratch and I feel really unwell"),
            (
                "en",
                "after my op the red area is spreading by the hour and there are blood blisters",
            ),
            ("en", "worried about necrotising fasciitis, it's spreading fast"),
            ("en", "the redness is spreading really fast and the pain is unbearable"),
            ("fr", "la plaie n'a l'air de rien mais j'ai une douleur atroce"),
            ("fr", "la rougeur s'étend à vue d'oeil et la peau devient violacée"),
            ("fr", "douleur disproportionnée par rapport à la coupure, je me sens très mal"),
            ("fr", "la rougeur gagne d'heure en heure et il y a des bulles violettes"),
            ("fr", "la morsure s'étend très vite, peau noirâtre"),
        ],
        [
            ("en", "I have a small cut that's a bit red, should I put cream on it?"),
            ("en", "my cat scratch is a bit red, is the pain normal?"),
            ("en", "what is necrotising fasciitis?"),
            ("fr", "j'ai une petite rougeur autour d'une piqûre de moustique"),
            ("fr", "c'est quoi une fasciite nécrosante ?"),
        ],
    ),
    "guillain_barre": (
        "acute_neuromuscular_weakness",
        [
            ("en", "the weakness started in my feet and is now creeping up my legs, I can't walk"),
            ("en", "tingling moving up to my hips and now it's hard to swallow"),
            ("en", "my legs are getting weaker and now my arms, struggling to breathe"),
            ("en", "numbness spreading up my legs since yesterday, I can't stand up"),
            ("en", "diagnosed with guillain barre last week and now struggling to breathe"),
            ("fr", "la faiblesse monte dans les jambes depuis hier, je ne peux plus marcher"),
            ("fr", "des fourmillements qui remontent jusqu'aux cuisses et du mal à avaler"),
            ("fr", "ça a commencé par les pieds et maintenant ça remonte, j'ai du mal à respirer"),
            ("fr", "l'engourdissement gagne les jambes et je n'arrive plus à marcher"),
            ("fr", "syndrome de Guillain-Barré et j'ai du mal à avaler"),
        ],
        [
            ("en", "what is guillain barre syndrome?"),
            ("en", "pins and needles in my foot when I sit cross legged"),
            ("fr", "c'est quoi le syndrome de Guillain-Barré ?"),
            ("fr", "j'ai des fourmis dans les pieds quand je croise les jambes"),
        ],
    ),
    "drowning": (
        "drowning",
        [
            ("en", "we pulled my son out of the pool and now he keeps coughing"),
            ("en", "she nearly drowned at the beach and now she's really drowsy"),
            ("en", "he was under water for a minute, seems ok but breathing fast"),
            ("en", "got him out of the bath, he was blue and now he's coughing"),
            ("en", "my daughter almost drowned earlier, now she's vomiting and sleepy"),
            ("fr", "on a sorti mon fils de la piscine, il tousse sans arrêt"),
            ("fr", "elle a failli se noyer, maintenant elle est somnolente"),
            ("fr", "il est resté sous l'eau une minute, il respire vite"),
            ("fr", "noyade à la plage tout à l'heure, il est essoufflé"),
            ("fr", "ma fille a été repêchée du lac, elle vomit et elle tousse"),
        ],
        [
            ("en", "I'm drowning in work and can't sleep"),
            ("en", "how long should a child stay in the bath?"),
            ("fr", "je suis noyé sous le travail, je dors mal"),
            ("fr", "à quel âge apprendre à nager à un enfant ?"),
        ],
    ),
    "eating_disorder_collapse": (
        "eating_disorder_emergency",
        [
            ("en", "I have anorexia and I fainted twice today"),
            ("en", "my daughter is bulimic and she's having chest pain"),
            ("en", "been making myself sick every day and my heart is racing"),
            ("en", "bmi of 13 and I'm so weak I can't stand up"),
            ("en", "taking loads of laxatives and I keep passing out"),
            ("fr", "je suis anorexique et j'ai fait un malaise"),
            ("fr", "ma fille est boulimique, elle a des palpitations"),
            ("fr", "je me fais vomir tous les jours et j'ai mal à la poitrine"),
            ("fr", "imc à 14 et je suis tellement faible que je ne tiens plus debout"),
            ("fr", "anorexie mentale, elle s'est évanouie ce matin"),
        ],
        [
            ("en", "I used to have anorexia years ago, I'm recovered now"),
            ("en", "how do I support a friend with an eating disorder?"),
            ("fr", "ma fille est anorexique, comment trouver un psychologue ?"),
            ("fr", "quels sont les signes de la boulimie ?"),
            ("en", "she fainted at school and hasn't been eating, could it be an eating disorder?"),
            ("fr", "il a fait un malaise et ne mange plus, est ce que c'est de l'anorexie ?"),
        ],
    ),
    "acute_angle_closure": (
        "eye_emergency",
        [
            ("en", "my eye is red and painful and I see haloes around lights"),
            ("en", "eye pain and rainbow rings around the lights"),
            ("en", "halos around lights, bad headache and I've been sick"),
            ("en", "really painful red eye, headache and vomiting"),
            ("en", "my eye hurts so much and there are halos round lights"),
            ("fr", "j'ai l'oeil rouge et douloureux et je vois des halos autour des lumières"),
            ("fr", "mal à l'oeil et des halos colorés"),
            ("fr", "halos autour des lumières, mal de tête et je vomis"),
            ("fr", "oeil rouge qui fait très mal, mal de tête et nausées"),
            ("fr", "douleur dans l'oeil et halos autour des lampes"),
            ("fr", "mon oeil est rouge et me fait super mal, je vois des halos"),
        ],
        [
            ("en", "I see halos around lights at night since my cataract, is that normal?"),
            ("en", "what are the symptoms of glaucoma?"),
            ("fr", "c'est quoi un glaucome aigu ?"),
            ("fr", "j'ai l'oeil rouge qui gratte, conjonctivite ?"),
        ],
    ),
    "retinal_detachment": (
        "eye_emergency",
        [
            ("en", "sudden shower of floaters in my right eye"),
            ("en", "like a curtain coming down over my vision"),
            ("en", "flashes of light and lots of new floaters since this morning"),
            ("en", "a dark shadow moving across my eye"),
            ("en", "suddenly loads of black spots in one eye"),
            ("fr", "une pluie de mouches volantes d'un coup dans l'oeil droit"),
            ("fr", "comme un rideau qui descend devant l'oeil"),
            ("fr", "des éclairs lumineux et des corps flottants depuis ce matin"),
            ("fr", "une ombre qui cache une partie de ma vision"),
            ("fr", "des points noirs apparus d'un coup dans un oeil"),
        ],
        [
            ("en", "I've had a few floaters for years, should I worry?"),
            ("en", "I get flashing lights before a migraine"),
            ("fr", "j'ai des mouches volantes depuis des années"),
            ("fr", "je vois des éclairs avant ma migraine, aura"),
            ("fr", "je vois des halos la nuit en conduisant depuis des années"),
        ],
    ),
    "giant_cell_arteritis": (
        "eye_emergency",
        [
            ("en", "I'm 72, headache in my temples and my vision went blurry"),
            ("en", "pain in my temple and jaw hurts when chewing"),
            ("en", "my mum has a sore temple and suddenly lost the sight in one eye"),
            ("en", "temporal arteritis i think, my vision is blurred"),
            ("en", "jaw ache when eating and now double vision"),
            ("fr", "mal aux tempes et vision floue, j'ai 75 ans"),
            ("fr", "douleur à la tempe et mal à la mâchoire quand je mâche"),
            ("fr", "maladie de Horton et je vois flou depuis ce matin"),
            ("fr", "mal à la tempe et j'ai perdu la vue d'un oeil"),
            ("fr", "cuir chevelu douloureux et vision double d'un coup"),
        ],
        [
            ("en", "my jaw clicks when I chew gum"),
            ("en", "what is giant cell arteritis?"),
            ("fr", "c'est quoi la maladie de Horton ?"),
            ("fr", "j'ai mal à la mâchoire quand je mâche, c'est mon appareil dentaire"),
        ],
    ),
    "floppy_or_blue_baby": (
        "seriously_ill_baby",
        [
            ("en", "my baby is floppy and not responding properly"),
            ("en", "my 4 month old has gone really pale and mottled, no temperature"),
            ("en", "toddler is limp like a rag doll"),
            ("en", "baby's lips have gone blue"),
            ("en", "our newborn won't wake up for feeds and is very floppy"),
            ("fr", "mon bébé est tout mou et ne réagit plus"),
            ("fr", "ma fille de 5 mois est toute pâle et marbrée"),
            ("fr", "le bb a les lèvres bleues"),
            ("fr", "mon nourrisson ne se réveille pas, il est tout mou"),
            ("fr", "bébé de 3 semaines devenu gris, pas de fièvre"),
            ("fr", "bb tt mou il reagit plus"),
        ],
        [
            ("en", "my baby's hands and feet go a bit blue when cold"),
            ("en", "my 2 month old still has a floppy head, when do babies get head control?"),
            ("fr", "les mains de mon bébé sont un peu bleues quand il a froid"),
            ("fr", "mon bébé a une tache bleue dans le bas du dos"),
        ],
    ),
}

# Flags added in this round keep their phrasings here, not in cases.POSITIVE, which the learned
# model trains on (a change there needs a retrain).
NEW_FLAGS = (
    "adrenal_crisis",
    "drug_toxicity_syndrome",
    "necrotising_fasciitis",
    "acute_neuromuscular_weakness",
    "drowning",
    "eating_disorder_emergency",
    "seriously_ill_baby",
)
