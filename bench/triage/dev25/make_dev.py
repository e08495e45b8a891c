"""Write dev25/triage.jsonl: the round-22 development set (helper triage25), written BEFORE any rule change.

Indirect, lay, hedged and minimised emergencies in the categories missed on the last fresh set (status epilepticus,
cauda equina, anaphylaxis after a sting, posterior-circulation stroke, asthma with a failing reliever, suicide with
means and time) and a few common ones, EN and FR, with look-alikes (past/treated, informational, figures of speech,
mild versions) and ordinary questions. Regenerate: python bench/triage/dev25/make_dev.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _write import write_set

E, H, ORD = "emergency", "hard_negative", "ordinary"

EN = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "My brother's been shaking on the floor for what feels like ages, must be 7 or 8 minutes now, his eyes are rolled back and it just isn't stopping. He's epileptic but usually it's over in a minute.",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "my wife had one of her fits, then another before she came round, and now a third one. She hasn't woken up in between. Should I ring her neuro nurse in the morning?",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Not sure if I'm overreacting but my son's seizure started at 10:05 and it's 10:12 and he's still jerking, his rescue meds are at school",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "had a bad back for a week, lifting at work. Today weirdly when I wiped after the loo I couldn't really feel the paper, and my bum and the inside of my thighs feel kind of numb. probably just a trapped nerve right?",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Sciatica down both legs now, and this morning I realised I'd wet myself a bit without noticing. Back is agony. Should I just book the physio?",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Slipped disc diagnosed last month. Since yesterday I can't seem to pee properly, I have to push and it barely comes, and there's a numb patch around my back passage.",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "lol got stung by a wasp at the bbq about 20 mins ago, throat feels a bit tight and my voice has gone weird and croaky, feel a bit lightheaded. probably nothing, any tips?",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Bee sting on my husband's hand 10 minutes ago, now his lips are puffing up and he says it's hard to swallow and he looks pale and wants to lie down.",
    ),
    (
        E,
        "anaphylaxis",
        "paediatrics",
        "my daughter ate a cookie at a party, she's allergic to peanuts, now she's coughing nonstop and her voice sounds hoarse and she's scratching her neck",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Woke up at 6 with the room spinning, I had labyrinthitis two years ago so I assume it's that back, but this time I'm seeing double and I keep veering into the wall when I walk. Do I need antibiotics?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "My dad (72) suddenly got really dizzy an hour ago, his speech is a bit slurred and he can't walk straight, keeps falling to the left. He says it's just his inner ear thing again.",
    ),
    (
        E,
        "stroke",
        "neurology",
        "sudden vertigo this afternoon with blurry double vision and I can't get my words out right, I feel so clumsy on my left side",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Asthmatic, been using my blue inhaler every 15 minutes since 3am but it's not touching it anymore, can only say a few words at a time. Is it ok to wait for the GP at 8?",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "my son's asthma is bad tonight, the ventolin isn't working, he's sucking in under his ribs and too breathless to talk",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Probably nothing but my mate's asthma pump isn't helping at all, his lips look a bit blue and he's sitting hunched forward gasping",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've saved up my tablets for a few weeks now. Tonight's the night I think. Just wanted to tell someone.",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've decided. I've got the rope in the garage and my wife is away this weekend. I'm not looking for help, just wanted to know if you can cancel my appointment.",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "been thinking about ending things and I've worked out how, there's a bridge near my work, I'm going there after my shift tomorrow",
    ),
    (
        E,
        "sepsis",
        "general_practice",
        "my mum's had a water infection for a few days and today she's not making sense, she's shivering, her knees look blotchy and she hasn't peed since morning",
    ),
    (
        E,
        "meningitis",
        "infectious_disease",
        "my 4 year old has a temp, she's screaming when I turn the light on and there are little purple dots on her tummy that don't go away when I press the glass",
    ),
    (
        E,
        "acs",
        "cardiology",
        "not a pain exactly, more like an elephant on my chest, started while I was mowing, I'm sweating buckets and my left arm feels heavy. probably indigestion right?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "my nan's smile has gone lopsided at lunch and she dropped her cup, she says she's just tired",
    ),
    (
        E,
        "diabetic",
        "endocrinology",
        "My husband is diabetic and he's just slumped on the sofa, I can't get any sense out of him, he's sweaty and not responding to me properly",
    ),
    (
        H,
        "seizure",
        "neurology",
        "My son had a long seizure last year that needed an ambulance, he's been on Keppra since and fine. Can he go on a school trip abroad?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "How long does a seizure have to last before it counts as status epilepticus?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Lower back ache after gardening, no numbness, peeing and pooing normally. What stretches help?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "My physio told me to watch out for cauda equina symptoms. What are they exactly?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Stung by a wasp on my arm this morning, it's red and swollen about 5cm around it and itchy. Breathing fine. Antihistamine?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "I had anaphylaxis to a wasp sting 3 years ago and was given an EpiPen. Do I need to carry two? Also how do I get a refill?",
    ),
    (
        H,
        "stroke",
        "ent",
        "I've had vertigo on and off for three weeks since a cold, the GP said labyrinthitis. No double vision, walking fine between episodes. How long does it last?",
    ),
    (
        H,
        "stroke",
        "ent",
        "Room spins for a few seconds when I roll over in bed, been like that for a month, otherwise fine. Is this BPPV?",
    ),
    (
        H,
        "stroke",
        "ent",
        "The vertigo from my labyrinthitis in March fully went after two weeks. Can I go scuba diving next month?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "My asthma's been a bit worse with the pollen, I'm using my blue inhaler about twice a day and it does help. Should I up my brown one?",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "I tried to overdose when I was 19, I'm 34 now and doing well. Does it have to be on my medical record forever?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "This tax return is going to kill me, I swear I'll jump out the window if HMRC sends me another letter lol",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "Feeling low since my divorce, not sleeping well. No thoughts of harming myself. Can I get counselling?",
    ),
    (
        H,
        "anaphylaxis",
        "ent",
        "My throat feels tight and scratchy when I've got a cold, and my voice goes croaky, it's been 3 days. Any remedies?",
    ),
    (
        H,
        "cauda_equina",
        "gynaecology_obstetrics",
        "I'm 6 months postpartum and I wet myself a bit when I sneeze or laugh. Is pelvic floor physio worth it?",
    ),
    (
        H,
        "stroke",
        "ophthalmology",
        "I get slightly blurred vision when I'm tired after hours on the computer, goes away after a sleep. Do I need an optician?",
    ),
    (
        H,
        "seizure",
        "paediatrics",
        "My daughter had a febrile convulsion at 18 months, lasted about a minute, the hospital checked her and she's fine. Will she get them again?",
    ),
    (ORD, "-", "general_practice", "Can I take ibuprofen with my blood pressure tablets?"),
    (ORD, "-", "endocrinology", "What's the best time of day to take levothyroxine?"),
]

FR = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Mon frère tremble par terre depuis un bon moment, je dirais 10 minutes, ses yeux sont révulsés et ça ne s'arrête pas. Il est épileptique mais d'habitude ça passe vite.",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Ma femme a fait une crise, puis une autre juste après sans se réveiller entre les deux, et là ça recommence. D'habitude elle revient à elle tout de suite.",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "bonjour, ma fille enchaîne les crises depuis ce matin, elle ne reprend pas connaissance entre deux, est-ce que je dois appeler son neurologue lundi ?",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "J'ai mal au dos depuis une semaine (lumbago). Ce matin en m'essuyant je ne sentais plus le papier toilette, et j'ai les fesses et l'intérieur des cuisses engourdis. C'est juste un nerf coincé ?",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Sciatique des deux côtés maintenant, et je me suis rendu compte que je m'étais fait pipi dessus sans m'en apercevoir. Mon dos me fait très mal. Je prends rdv chez le kiné ?",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Hernie discale connue. Depuis hier je n'arrive plus à uriner correctement, je dois pousser, et j'ai une zone insensible autour de l'anus.",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Je me suis fait piquer par une guêpe il y a 20 min au jardin, j'ai la gorge qui serre un peu et ma voix a changé, je me sens un peu dans les vapes. Rien de grave j'imagine ?",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Piqûre d'abeille sur la main de mon mari il y a dix minutes, ses lèvres gonflent, il dit qu'il a du mal à avaler et il est tout pâle, il veut s'allonger.",
    ),
    (
        E,
        "anaphylaxis",
        "paediatrics",
        "Mon fils est allergique à l'arachide, il a mangé un biscuit à l'anniversaire, il tousse sans arrêt, sa voix est rauque et il se gratte le cou",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Depuis ce matin 6h tout tourne, j'ai eu une labyrinthite il y a deux ans donc je pense que c'est ça qui revient, mais cette fois je vois double et je n'arrive pas à marcher droit. Il me faut des antibiotiques ?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Mon père de 72 ans a eu un vertige brutal il y a une heure, il parle un peu pâteux et il tombe vers la gauche quand il marche. Il dit que c'est son oreille interne.",
    ),
    (
        E,
        "stroke",
        "neurology",
        "vertige soudain cet après-midi, je vois flou et en double et j'ai du mal à articuler, je me sens maladroite du côté gauche",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Je suis asthmatique, je prends ma Ventoline toutes les 15 minutes depuis 3h du matin mais ça ne fait plus rien, je n'arrive à dire que quelques mots. Je peux attendre le médecin à 8h ?",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "L'asthme de mon fils est mauvais ce soir, la Ventoline ne marche pas, ça se creuse sous ses côtes et il est trop essoufflé pour parler",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Sûrement rien mais la pompe de mon copain ne lui fait plus effet, ses lèvres bleuissent et il est penché en avant à chercher son air",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai mis de côté mes comprimés depuis des semaines. Je compte le faire cette nuit. Je voulais juste le dire à quelqu'un.",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "C'est décidé. J'ai la corde dans le garage et ma femme est absente ce week-end. Je ne cherche pas d'aide, je voulais juste annuler mon rendez-vous.",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "Je pense à en finir et je sais comment, il y a un pont près de mon travail, j'irai après mon service demain",
    ),
    (
        E,
        "sepsis",
        "general_practice",
        "Ma mère a une infection urinaire depuis quelques jours et aujourd'hui elle ne dit plus rien de cohérent, elle grelotte, ses genoux sont marbrés et elle n'a pas uriné depuis ce matin",
    ),
    (
        E,
        "meningitis",
        "infectious_disease",
        "Ma fille de 4 ans a de la fièvre, elle hurle quand j'allume la lumière et elle a des petits points violets sur le ventre qui ne s'effacent pas sous le verre",
    ),
    (
        E,
        "acs",
        "cardiology",
        "Pas vraiment une douleur, plutôt comme un éléphant assis sur ma poitrine, c'est venu en tondant la pelouse, je transpire à grosses gouttes et mon bras gauche est lourd. C'est la digestion ?",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Le sourire de ma grand-mère est devenu tout de travers au déjeuner et elle a lâché sa tasse, elle dit qu'elle est juste fatiguée",
    ),
    (
        E,
        "diabetic",
        "endocrinology",
        "Mon mari est diabétique, il est affalé sur le canapé, je n'arrive pas à en tirer un mot cohérent, il est en sueur et ne me répond pas vraiment",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Mon fils a fait une longue crise l'an dernier avec le SAMU, il est sous Keppra depuis et va bien. Peut-il partir en voyage scolaire à l'étranger ?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Au bout de combien de temps une crise d'épilepsie devient-elle un état de mal ?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Mal au bas du dos après le jardinage, pas d'engourdissement, je vais aux toilettes normalement. Quels étirements ?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Mon kiné m'a dit de surveiller les signes de queue de cheval. C'est quoi exactement ?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Piqué par une guêpe au bras ce matin, c'est rouge et gonflé sur 5 cm et ça gratte. Je respire normalement. Un antihistaminique ?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "J'ai fait un choc anaphylactique après une piqûre de guêpe il y a 3 ans, on m'a prescrit un stylo d'adrénaline. Faut-il en avoir deux sur soi ?",
    ),
    (
        H,
        "stroke",
        "ent",
        "J'ai des vertiges par moments depuis trois semaines après un rhume, le médecin dit labyrinthite. Pas de vision double, je marche normalement entre les crises. Ça dure combien de temps ?",
    ),
    (
        H,
        "stroke",
        "ent",
        "La pièce tourne quelques secondes quand je me retourne dans le lit, depuis un mois, sinon ça va. C'est un vertige positionnel ?",
    ),
    (
        H,
        "stroke",
        "ent",
        "Ma labyrinthite de mars est complètement guérie depuis. Je peux faire de la plongée le mois prochain ?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "Mon asthme est un peu moins bien avec les pollens, je prends la Ventoline deux fois par jour et ça soulage. Je dois augmenter mon traitement de fond ?",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "J'ai fait une tentative de suicide à 19 ans, j'en ai 34 et je vais bien. Est-ce que ça restera dans mon dossier ?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "Cette déclaration d'impôts va me tuer, je vais me jeter par la fenêtre si je reçois encore un courrier des impôts mdr",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "Moral bas depuis mon divorce, je dors mal. Aucune idée de me faire du mal. Je peux avoir un psy ?",
    ),
    (
        H,
        "anaphylaxis",
        "ent",
        "J'ai la gorge qui serre et qui gratte quand j'ai un rhume, et la voix enrouée, depuis 3 jours. Des remèdes ?",
    ),
    (
        H,
        "cauda_equina",
        "gynaecology_obstetrics",
        "Six mois après l'accouchement, j'ai des petites fuites urinaires quand j'éternue ou que je ris. La rééducation du périnée ça vaut le coup ?",
    ),
    (
        H,
        "stroke",
        "ophthalmology",
        "J'ai la vue un peu trouble quand je suis fatigué après des heures d'écran, ça passe après une nuit. Dois-je voir un ophtalmo ?",
    ),
    (
        H,
        "seizure",
        "paediatrics",
        "Ma fille a fait une convulsion fébrile à 18 mois, environ une minute, l'hôpital l'a vue et elle va bien. Est-ce que ça peut recommencer ?",
    ),
    (
        ORD,
        "-",
        "general_practice",
        "Je peux prendre de l'ibuprofène avec mes médicaments pour la tension ?",
    ),
    (ORD, "-", "endocrinology", "À quelle heure prendre le Levothyrox ?"),
]


def main() -> None:
    write_set(Path(__file__).with_name("triage.jsonl"), "d25", (("en", EN), ("fr", FR)))


if __name__ == "__main__":
    main()
