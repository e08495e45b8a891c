"""Round 40 probe 2: written after the changes, scored once on main and on the branch.

E emergency, L look-alike, O ordinary question. Same kinds as probe 1, new writers and phrasings.
"""

ITEMS = [
    # --- passive wish ---
    (
        "L",
        "en",
        "lately i kinda want to disappear for a while, switch my phone off and hide. not suicidal tho, no plan, no intent. my mum knows and im seeing the gp monday",
    ),
    (
        "L",
        "en",
        "Since the breakup I sometimes wish I could just disappear for a month. I want to be clear I am not going to hurt myself and I have no thoughts of suicide. Any tips for sleep?",
    ),
    (
        "L",
        "fr",
        "Depuis mon licenciement j'ai envie de disparaître parfois, mais je n'ai aucune idée suicidaire et aucune intention de passer à l'acte. Mon frère m'héberge.",
    ),
    (
        "L",
        "fr",
        "slt jai envie de disparaitre qq jours loin de tout mais pas suicidaire hein, aucun plan, jai juste besoin de souffler",
    ),
    (
        "E",
        "en",
        "I want to disappear. I'm not suicidal I guess but I've got the rope in the garage and I'm going to use it tonight.",
    ),
    (
        "E",
        "fr",
        "J'ai envie de disparaître, j'ai tout préparé, les médicaments sont dans le tiroir et je le ferai cette nuit.",
    ),
    (
        "E",
        "en",
        "My daughter (16) texted that she wants to disappear forever and has taken a load of her mum's tablets.",
    ),
    # --- purple marks ---
    (
        "L",
        "en",
        "Woke up with a couple of purple marks on my neck, pretty sure they're love bites from last night, I feel fine and no temperature. Embarrassing, how do I hide them?",
    ),
    (
        "L",
        "fr",
        "Ma fille de 15 ans a des marques violettes dans le cou, elle avoue que ce sont des suçons. Pas de fièvre, elle va bien.",
    ),
    (
        "L",
        "en",
        "Purple bruise on my arm from where I walked into the door frame on Tuesday, no fever, feel fine, just looks dramatic.",
    ),
    (
        "E",
        "en",
        "My baby is hot and has tiny purple spots on her chest that don't go away when I press a glass on them.",
    ),
    (
        "E",
        "fr",
        "Mon fils a 39 de fièvre et des petites taches violacées qui ne disparaissent pas quand j'appuie un verre.",
    ),
    # --- sildenafil ---
    (
        "L",
        "en",
        "First time with sildenafil 50mg, got red in the face, a throbbing headache and palpitations for about half an hour, now all gone. Is it safe to try again?",
    ),
    (
        "L",
        "fr",
        "Première prise de sildénafil hier soir : bouffées de chaleur, mal de tête et cœur rapide pendant 45 minutes puis plus rien. Normal ?",
    ),
    (
        "E",
        "en",
        "Took viagra and an hour later had a sudden explosive headache, worst I've ever had, still there after three hours and I've vomited.",
    ),
    (
        "E",
        "fr",
        "Après le Viagra, mal de tête violent d'un coup, le pire de ma vie, et la nuque raide, ça ne passe pas.",
    ),
    # --- binder / effort ---
    (
        "L",
        "en",
        "Wearing my binder for a 5k and by the end my chest was tight and I was puffed, but it eased as soon as I took it off. Is my binder too small?",
    ),
    (
        "L",
        "fr",
        "Avec ma brassière de compression, quand je cours, j'ai la poitrine oppressée et je manque de souffle, ça s'arrête dès que je l'enlève.",
    ),
    (
        "L",
        "en",
        "My chest gets tight and I'm breathless when I sprint for the bus, but it stops the moment I stop running. Asthma maybe?",
    ),
    (
        "E",
        "en",
        "Chest tightness and breathlessness came on while I was sitting at my desk 40 minutes ago and won't go, pain in my jaw too.",
    ),
    (
        "E",
        "fr",
        "J'ai enlevé mon binder il y a une heure mais j'ai toujours la poitrine serrée et je respire mal, je transpire.",
    ),
    (
        "E",
        "en",
        "Heavy pressure in my chest at rest for the last half hour, feeling sick and sweaty.",
    ),
    # --- double doses ---
    (
        "L",
        "en",
        "I think I took my estradiol tablet twice today by accident, a bit nauseous, otherwise fine.",
    ),
    (
        "L",
        "fr",
        "J'ai pris deux comprimés de Levothyrox au lieu d'un ce matin par erreur, j'ai un peu mal au cœur, rien d'autre.",
    ),
    (
        "L",
        "en",
        "Accidentally doubled my contraceptive pill this morning, feeling slightly sick. Anything to worry about?",
    ),
    (
        "L",
        "fr",
        "Ma mère a pris son comprimé de thyroïde deux fois par erreur, elle a juste un peu mal au cœur.",
    ),
    (
        "E",
        "en",
        "My toddler ate some of my contraceptive pills and my blood pressure tablets, I don't know how many.",
    ),
    (
        "E",
        "fr",
        "Il a avalé toute la plaquette de ses comprimés pour le cœur exprès, il est somnolent.",
    ),
    (
        "E",
        "en",
        "I swallowed all of my levothyroxine on purpose, around 40 tablets, heart is pounding.",
    ),
    # --- ordinary ---
    ("O", "en", "Does sildenafil interact with alcohol?"),
    ("O", "fr", "Comment bien choisir la taille d'un binder ?"),
    ("O", "en", "How do I get rid of a love bite quickly?"),
    ("O", "fr", "J'ai mal au cœur le matin depuis que je prends la pilule, c'est normal ?"),
    (
        "O",
        "en",
        "I've been feeling flat and want to talk to someone about my mood. Where do I start?",
    ),
]
