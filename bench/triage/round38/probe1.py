"""Round 38 probe 1: written before any change, scored on main untuned (E emergency, H look-alike)."""

ITEMS = [
    # emergencies told without the usual keywords
    (
        "E",
        "en",
        "Night staff at the hostel here. One of our residents is on the bathroom floor, lips gone a greyish blue, and his breaths are maybe four a minute with long gaps. There's a needle cap by the sink. He won't wake when I shout.",
    ),
    (
        "E",
        "en",
        "I'm on shift at the warehouse and my colleague got his forearm caught in the conveyor roller. It's flattened, the hand is white and cold and he says he can't feel his fingers at all. It's been about 40 minutes.",
    ),
    (
        "E",
        "en",
        "My flatmate spilled the drain unblocker all over his legs and feet about 10 minutes ago, the skin is peeling off in sheets and he's shaking. What do we do?",
    ),
    (
        "E",
        "en",
        "Playing rugby this afternoon, our hooker took a knee to the head, was out for about a minute and now he keeps asking the same questions over and over and has been sick twice.",
    ),
    (
        "E",
        "en",
        "I'm at a women's refuge. My ex had his hands round my neck last night until I nearly passed out. This morning my voice is hoarse and it hurts to swallow, and I wet myself when it happened.",
    ),
    (
        "E",
        "en",
        "Officer writing from the custody suite. Detainee came in drunk, now very hard to rouse, one pupil looks bigger than the other and there's a boggy swelling behind his ear. He fell in the van.",
    ),
    (
        "E",
        "en",
        "My dad (82) was fine at breakfast but now half his mouth is drooping and his tea is dribbling out, and he can't lift his right hand off the table. It started about 20 minutes ago.",
    ),
    (
        "E",
        "en",
        "I've given away my guitar and my dog to my sister, written letters to everyone and I've got the tablets lined up on the table. I'm going to do it once my flatmate leaves for work.",
    ),
    (
        "E",
        "en",
        "My 5 week old is floppy, hot to touch and won't feed at all since this morning. He barely cries and when he does it's a weak whimper.",
    ),
    (
        "E",
        "en",
        "Been on the allotment all afternoon in the heat, my husband (70) is now confused, his skin is hot and dry, he stopped sweating and he's talking nonsense.",
    ),
    (
        "E",
        "en",
        "Our goalkeeper collapsed during the match without being touched, he isn't breathing properly, just gasping now and then, and nobody can feel a pulse.",
    ),
    (
        "E",
        "en",
        "I'm 34 weeks pregnant, I've had a headache that won't shift for 2 days, I'm seeing flashing lights, and my face and hands have puffed up since yesterday.",
    ),
    (
        "E",
        "fr",
        "Je travaille au foyer d'hébergement. Un résident est allongé par terre, il ronfle très fort, impossible de le réveiller, ses pupilles sont toutes petites et il respire à peine. Il y a des plaquettes vides à côté.",
    ),
    (
        "E",
        "fr",
        "Mon collègue a touché la ligne à l'atelier, il a été projeté, il a une marque noire sur la main et son cœur bat n'importe comment, il dit qu'il a du mal à tenir debout.",
    ),
    (
        "E",
        "fr",
        "Ma fille de 16 ans a pris tous les comprimés de la boîte de Doliprane hier soir après une dispute, elle dit qu'elle va bien mais elle a mal au ventre et elle vomit.",
    ),
    (
        "E",
        "fr",
        "Au match de foot mon fils a pris un coup de genou dans les bourses il y a 2 heures, la douleur ne passe pas, il vomit et un testicule est remonté.",
    ),
    (
        "E",
        "fr",
        "Gendarme en garde à vue : la personne retenue s'est pendue avec son tee-shirt, on l'a décrochée, elle respire mais ne répond pas et a des marques autour du cou.",
    ),
    (
        "E",
        "fr",
        "Ma mère diabétique est toute moite, elle tremble, elle ne sait plus où elle est et elle n'arrive plus à avaler le jus qu'on lui donne.",
    ),
    (
        "E",
        "fr",
        "Après l'entraînement de rugby mon fils a la jambe qui gonfle, dure comme du bois, il hurle de douleur même sans bouger et il ne sent plus son pied.",
    ),
    (
        "E",
        "fr",
        "J'ai le souffle coupé, je n'arrive à dire que deux mots à la fois, mes lèvres deviennent grises et la ventoline ne fait rien depuis une heure.",
    ),
    # look-alikes in new settings
    (
        "H",
        "en",
        "I'm a support worker in a hostel. How do we set up joined-up care between the mental health team, the GP and the drug service so residents don't fall through the gaps?",
    ),
    (
        "H",
        "en",
        "Got a bruise on my thigh the size of a fist after a tackle at hockey on Saturday. It's going purple and yellow now, a bit tender. Is ice or heat better?",
    ),
    (
        "H",
        "en",
        "Custody nurse here: detainee calm, alert, chatting, says he took his usual methadone this morning. Obs all normal. Do we need to do anything about his evening dose?",
    ),
    (
        "H",
        "en",
        "I slept rough for two winters but I've been in a flat since October and I'm warm now. My hands still go white and numb in the cold. Is that damage from back then?",
    ),
    (
        "H",
        "en",
        "Living in a tent by the canal, I bought some rope to tie the tarp down properly before the storm. Any tips on keeping my feet dry? I get trench foot.",
    ),
    (
        "H",
        "en",
        "Woke up after falling asleep with my arm over the back of a chair and now my wrist flops down and I can't lift it, no pain. Is this a trapped nerve?",
    ),
    (
        "H",
        "en",
        "At the women's refuge we want to run a session on healthy sleep. Any good leaflets on insomnia and anxiety for residents?",
    ),
    (
        "H",
        "en",
        "I work in a commercial kitchen. What's the right first aid for a small burn from the oven door? Just a red mark, no blisters, happened yesterday.",
    ),
    (
        "H",
        "en",
        "My son's football coach asked if anyone had asthma so he can keep inhalers on the bench. What should a coach know?",
    ),
    (
        "H",
        "en",
        "I've been feeling really flat since my contract at the factory ended, not sleeping well, but I'm not thinking of harming myself. Can my GP help with low mood?",
    ),
    (
        "H",
        "en",
        "Prison officer: a prisoner asked for a copy of his medication list and whether his inhaler can be kept in cell. Who do I ask?",
    ),
    (
        "H",
        "en",
        "After my 10k run yesterday my thighs are sore and stiff, my wee is a normal colour and I can walk fine. Stretching or rest?",
    ),
    (
        "H",
        "en",
        "I got a bit of sun at the cricket on Sunday, shoulders are pink and tender. Aloe vera ok?",
    ),
    (
        "H",
        "en",
        "The shelter cat scratched my hand a week ago, it healed fine. Should I get a tetanus booster anyway?",
    ),
    (
        "H",
        "en",
        "We keep naloxone kits in the hostel office. How often should they be replaced and how do we train new staff?",
    ),
    (
        "H",
        "fr",
        "Je suis éducatrice dans un foyer. Comment organiser la coordination entre le CMP, le médecin traitant et le CSAPA pour un jeune suivi par les trois ?",
    ),
    (
        "H",
        "fr",
        "Après le match de hand j'ai un bleu énorme sur le mollet, il passe au jaune, ça va mieux. Faut-il masser ?",
    ),
    (
        "H",
        "fr",
        "Infirmière en garde à vue : le monsieur est calme, bien orienté, il a pris son traitement de substitution ce matin. Que faire pour sa dose du soir ?",
    ),
    (
        "H",
        "fr",
        "J'ai dormi dehors l'hiver dernier, maintenant je suis logé au chaud. Mes pieds restent sensibles au froid, c'est normal ?",
    ),
    (
        "H",
        "fr",
        "J'ai acheté une corde pour accrocher ma bâche sous le pont, il va pleuvoir. Où trouver des chaussettes sèches dans le quartier ?",
    ),
    (
        "H",
        "fr",
        "Au centre d'hébergement d'urgence on veut mettre en place un atelier sur le sommeil. Avez-vous de la documentation ?",
    ),
    (
        "H",
        "fr",
        "Je travaille en cuisine, je me suis fait une petite brûlure au doigt sur la plaque hier, rougeur sans cloque. Quelle crème mettre ?",
    ),
    (
        "H",
        "fr",
        "Au foyer pour femmes, une résidente demande comment renouveler son ordonnance de pilule. Qui peut la prescrire ?",
    ),
    (
        "H",
        "fr",
        "Depuis mon licenciement je suis un peu déprimé, je dors mal mais je n'ai aucune idée noire. Mon médecin peut-il m'aider ?",
    ),
    (
        "H",
        "fr",
        "Mon poignet est tombant depuis que je me suis endormi le bras sur le dossier d'une chaise, pas de douleur. C'est une compression du nerf ?",
    ),
]
