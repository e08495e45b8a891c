"""Round 39 probe 1: written before any change, scored on main untuned.

E emergency, L look-alike (shares words with an emergency, is not one), O ordinary question.
Focus: French from writers the sets have not heard (a relative for an elderly parent, French as a second
language, Belgian, Swiss, Québécois, West African, Caribbean, SMS without accents, a long message with the
emergency in the middle, institutional notes) and English for comparison.
"""

ITEMS = [
    # --- emergencies, French ---
    (
        "E",
        "fr",
        "Bonjour docteur, je vous écris pour ma maman qui a 84 ans. Depuis une demi-heure elle parle bizarre, les mots sortent mélangés, et son bras gauche tombe quand elle essaie de prendre son verre. Elle était bien au déjeuner.",
    ),
    (
        "E",
        "fr",
        "Mon papa il a le diabète, il transpire beaucoup, il tremble et il répond plus quand je lui parle, il est comme endormi sur le fauteuil. Son appareil marque 0,35. On fait quoi ?",
    ),
    (
        "E",
        "fr",
        "slt jsui ds le bus mon frere vien de tomber il tremble de partou les yeu en lair sa dure depui 6 min il bave je fai koi",
    ),
    (
        "E",
        "fr",
        "svp urgent ma fille 19 mois a mangé une pile bouton de la télécommande je crois, elle tousse un peu",
    ),
    (
        "E",
        "fr",
        "Moi je suis pas bien, j'ai avalé toute la plaquette de mes cachets pour dormir il y a une heure, je voulais plus rien sentir. Maintenant j'ai peur.",
    ),
    (
        "E",
        "fr",
        "Allô, c'est pour mon mari. Il a une douleur qui serre dans la poitrine comme un étau depuis vingt minutes, ça monte dans la mâchoire et il est tout mouillé de sueur. Il a 61 ans, il fume.",
    ),
    (
        "E",
        "fr",
        "Note de l'équipe de nuit, EHPAD Les Tilleuls, chambre 12 : résidente de 91 ans retrouvée au sol à 3 h, s'est cognée la tête contre la table de nuit, sous anticoagulant (Eliquis), vomit depuis et somnole.",
    ),
    (
        "E",
        "fr",
        "Garde à vue, commissariat. Le gardé à vue a dit avoir avalé des sachets de drogue au moment de l'interpellation. Il transpire beaucoup, il est agité, le cœur bat très vite et il a des convulsions depuis deux minutes.",
    ),
    (
        "E",
        "fr",
        "Bonsoir, ma fille de 15 ans m'a envoyé un message disant qu'elle a acheté une corde et qu'elle nous dit adieu, elle ne répond plus au téléphone. Elle est partie de la maison il y a une heure.",
    ),
    (
        "E",
        "fr",
        "Je viens de Côte d'Ivoire, mon français n'est pas bon. Mon enfant il a le corps chaud beaucoup, il a les taches rouges sur la peau qui ne partent pas quand on appuie le verre dessus, il pleure beaucoup et il dort trop.",
    ),
    (
        "E",
        "fr",
        "Bonjour, je suis en Belgique pour le travail. Mon collègue a mangé un biscuit aux noix de cajou il y a dix minutes, maintenant ses lèvres gonflent, il a la voix rauque et il respire en sifflant. Il est allergique.",
    ),
    (
        "E",
        "fr",
        "Icitte au chalet, mon chum s'est brûlé avec l'eau bouillante du chaudron, tout le devant du torse et le bras, la peau décolle, c'est grand comme deux mains, il est blême.",
    ),
    (
        "E",
        "fr",
        "Bonjour, je vous écris parce que je suis un peu perdu avec tout ça. Ma femme est enceinte de sept semaines, on a déménagé la semaine passée, les cartons partout, le chat qui s'est sauvé, bref. Là depuis une heure elle a une douleur très forte d'un seul côté du bas-ventre et elle saigne un peu, elle a eu un malaise dans la salle de bain. Je voulais aussi savoir pour les vitamines qu'elle prend.",
    ),
    (
        "E",
        "fr",
        "Mon grand-père de 78 ans a une infection urinaire depuis 3 jours, aujourd'hui il a 39,4, il tient des propos incohérents, il ne me reconnaît pas et il a des marbrures sur les genoux.",
    ),
    (
        "E",
        "fr",
        "Foyer d'hébergement, éducateur de nuit. Un jeune de 17 ans a été retrouvé dans sa chambre, il respire très lentement, il ronfle bizarrement, les pupilles sont minuscules, une seringue à côté. Il ne réagit pas quand on le secoue.",
    ),
    (
        "E",
        "fr",
        "Suisse romande. Mon fils de 14 ans a une douleur terrible à la bourse droite depuis ce matin au réveil, c'est arrivé d'un coup, il a vomi deux fois.",
    ),
    (
        "E",
        "fr",
        "Martinique. Ma tante a trop de mal à respirer, elle peut pas dire une phrase entière, ses lèvres sont bleues, la pompe Ventoline ne fait rien.",
    ),
    (
        "E",
        "fr",
        "J'ai mal au dos depuis une semaine et ce matin je sens plus rien entre les cuisses quand je m'essuie, et j'arrive pas à faire pipi depuis hier soir.",
    ),
    (
        "E",
        "fr",
        "École primaire, infirmière scolaire. Un élève de CM1 est tombé du toboggan sur la tête, il a perdu connaissance une minute, maintenant il vomit et il ne se souvient pas de ce qui s'est passé.",
    ),
    (
        "E",
        "fr",
        "mon pere 70 ans saigne du nez depuis 1h ca sarrete pas il prend du kardegic, il est tout blanc et la tete lui tourne",
    ),
    (
        "E",
        "fr",
        "Ma voisine âgée, je suis passée la voir, le poêle à pétrole tournait dans la pièce fermée, elle a mal à la tête, elle vomit et elle est confuse, son mari aussi a mal à la tête.",
    ),
    ("E", "fr", "Mon bébé de 5 semaines a 38,3 de température ce soir, il boit moins bien."),
    # --- emergencies, English ---
    (
        "E",
        "en",
        "Writing for my mum, she is 79. In the last 15 minutes her speech has gone slurred and the right side of her face looks droopy when she smiles.",
    ),
    (
        "E",
        "en",
        "my boyfriend just took like 40 of his sertraline and some vodka, he's being weird and sleepy, he said he wanted to go to sleep forever",
    ),
    (
        "E",
        "en",
        "Custody nurse note: detainee, known type 1 diabetic, sugar reading HI on the meter, vomiting, breathing deep and fast, drowsy.",
    ),
    (
        "E",
        "en",
        "Hi, long story, we're on holiday in Wales and the caravan has no signal most of the time. Anyway my husband, 58, has had a tight heavy pain across his chest for 30 minutes, he's grey and sweating, and it goes into his left arm. Also wanted to ask about his statins.",
    ),
    (
        "E",
        "en",
        "Our 3 year old has a fever and now a stiff neck and says the lights hurt his eyes, he's very floppy.",
    ),
    (
        "E",
        "en",
        "Care home note: resident fell, hit head, now one pupil larger than the other and very drowsy.",
    ),
    # --- look-alikes, French ---
    (
        "L",
        "fr",
        "Bonjour, ma mère de 86 ans a eu un AVC il y a deux ans, elle a gardé une petite faiblesse du bras droit. Est-ce que la kiné à domicile est remboursée ?",
    ),
    (
        "L",
        "fr",
        "Note EHPAD : résidente chutée hier, examinée par le médecin, radio normale, pas de perte de connaissance, ne prend pas d'anticoagulant. Surveillance habituelle. Question sur la date du prochain bilan sanguin.",
    ),
    (
        "L",
        "fr",
        "Garde à vue : le gardé à vue demande son traitement habituel de méthadone, il est calme, conscient, il parle normalement. Comment organiser la délivrance ?",
    ),
    (
        "L",
        "fr",
        "Foyer : une résidente nous dit qu'elle a des idées noires depuis la rupture, mais elle n'a pas de projet, elle voit sa psychologue demain. Quels numéros lui donner en cas de besoin ?",
    ),
    (
        "L",
        "fr",
        "slt g une douleur ds la poitrine qd j appui dessus depuis la muscu hier, pas essouflé rien, c grave?",
    ),
    (
        "L",
        "fr",
        "Mon fils a fait une crise d'épilepsie l'an dernier, il est sous traitement et n'a plus rien fait depuis. Peut-il passer le permis de conduire ?",
    ),
    (
        "L",
        "fr",
        "Je suis diabétique de type 2, ma glycémie ce matin était 1,45 g à jeun, je me sens bien. C'est trop haut ?",
    ),
    (
        "L",
        "fr",
        "Québec. Ma blonde s'est brûlé le bout du doigt sur le rond de poêle, une petite cloque, ça chauffe. On met quoi dessus ?",
    ),
    (
        "L",
        "fr",
        "Au foyer, un résident a bu beaucoup hier soir, ce matin il a mal à la tête et il a la nausée mais il parle bien, il marche, il mange. Que faire pour la gueule de bois ?",
    ),
    (
        "L",
        "fr",
        "École : un élève s'est cogné la tête contre le poteau pendant la récré, petite bosse, il n'a pas perdu connaissance, il joue normalement, pas de vomissement. Faut-il prévenir les parents ?",
    ),
    (
        "L",
        "fr",
        "Je suis du Sénégal, je suis enceinte de 5 mois. Est-ce que je peux manger la mangue et le piment, on m'a dit que ça fait saigner ?",
    ),
    (
        "L",
        "fr",
        "Ma grand-mère a des taches rouges sur les jambes qui s'effacent quand on appuie, elle n'a pas de fièvre, ça gratte depuis qu'elle a changé de lessive.",
    ),
    (
        "L",
        "fr",
        "Je fais des allergies au pollen chaque printemps, le nez coule et les yeux piquent, pas de gêne pour respirer. Quel antihistaminique sans ordonnance ?",
    ),
    (
        "L",
        "fr",
        "Mon père prend du Kardegic, il a souvent des bleus sur les bras quand il se cogne. Est-ce normal ?",
    ),
    (
        "L",
        "fr",
        "Formation secourisme en entreprise : quels sont les signes d'un arrêt cardiaque et comment faire le massage ?",
    ),
    (
        "L",
        "fr",
        "En garde à vue hier mon frère dit qu'il a été frappé, il a un bleu à l'épaule, il va bien, il est sorti. Comment faire constater les coups ?",
    ),
    # --- look-alikes, English ---
    (
        "L",
        "en",
        "Hostel key worker: resident asking about naloxone training for staff, nobody is unwell, we just want to be prepared.",
    ),
    (
        "L",
        "en",
        "My mum had a mini stroke last year and is on clopidogrel now, can she have ibuprofen for her knee?",
    ),
    (
        "L",
        "en",
        "Custody: detainee says he has asthma, used his inhaler once on arrival, breathing fine, talking in full sentences. Does he need another one tonight?",
    ),
    (
        "L",
        "en",
        "My son bumped his head on the cupboard door, no vomiting, didn't pass out, he's running around. Just a small lump.",
    ),
    (
        "L",
        "en",
        "Refuge worker: a woman we support feels very low since leaving, no thoughts of harming herself, she asked how to get counselling.",
    ),
    # --- ordinary, French ---
    (
        "O",
        "fr",
        "Bonjour, comment je peux prendre rendez-vous pour renouveler l'ordonnance de tension de mon père ?",
    ),
    (
        "O",
        "fr",
        "Ma maman a 80 ans et elle dort mal la nuit depuis quelques semaines, elle se réveille à 4 h. Qu'est-ce qu'on peut faire ?",
    ),
    ("O", "fr", "svp c koi les horaires du centre de vaccination pr la grippe"),
    ("O", "fr", "Mon fils de 6 ans a des poux, quel traitement est efficace ?"),
    (
        "O",
        "fr",
        "Je suis Camerounaise, j'ai les pieds qui gonflent un peu le soir quand il fait chaud, je travaille debout. C'est la circulation ?",
    ),
    (
        "O",
        "fr",
        "Bonjour, le foyer souhaite savoir comment obtenir une attestation de vaccination pour un résident.",
    ),
    # --- ordinary, English ---
    ("O", "en", "How do I register with a new GP after moving house?"),
    ("O", "en", "My dad keeps forgetting to take his tablets, any tips for a pill organiser?"),
    ("O", "en", "Is it ok to take paracetamol and ibuprofen together for a sore throat?"),
    (
        "O",
        "en",
        "School nurse: can I give an antihistamine to a pupil with hay fever if the parents consent by email?",
    ),
]
