# Unrelated, benign asides used to lengthen rambling messages (no red flags in them).
EN_PRE = [
    "Sorry in advance, my daughter says my messages are always too long. Before I get to it: the reception at my surgery keeps telling me to use the app for repeat prescriptions, but I can never remember the password and the reset email never arrives. Is there still a way to order by phone?",
    "Hello, hope you're all well and not too rushed off your feet this time of year. We've just adopted a rescue greyhound called Pepper, who is a darling but snores louder than my husband, so nobody in this house is sleeping much, which may explain the state of this message.",
    "Hi, I've never used one of these sites before so bear with me. First, a general one: can the pharmacy do a blood pressure check without an appointment? My watch gives a different figure every time and I no longer trust it.",
    "Evening. My wife told me to write everything down in one go rather than send six messages, so here goes. I retired from the council in the spring and I've been doing a lot of walking and birdwatching, which has been lovely.",
    "Morning! Quick bit of background first: I work from home three days a week, I've got two kids at primary school and a very elderly cat, and my days are a blur of school runs and video calls, so forgive the jumble.",
]
EN_POST = [
    "Also, is it true you can't donate blood for four months after a tattoo? I've got one booked for my fortieth. And my son's school keeps sending letters home about nits - what actually works, because the comb is a nightmare with his curls?",
    "Oh, and my mum keeps asking whether she needs the new RSV jab at 76 and whether she can have it on the same day as the flu one. She's fit as a fiddle but likes to be organised. Thanks for reading all this.",
    "One more unrelated thing: does vitamin D in the winter actually do anything, or is it just expensive wee? Everyone at work has started taking it and I feel left out. Thanks so much, whoever reads this.",
    "Lastly, and this is a silly one, does cracking your knuckles cause arthritis? My granddad always said it would and my nephew does it constantly at the dinner table. Thanks for any help and have a good evening.",
    "And finally, we're thinking of getting the whole family flu jabs at the chemist instead of the surgery - is there any difference? The chemist is open later, which suits us better. Many thanks.",
]
FR_PRE = [
    "Bonjour, pardon d'avance, mes enfants disent que mes messages sont toujours trop longs. D'abord une question pratique : mon cabinet me demande de prendre rendez-vous sur internet, mais je n'arrive jamais à créer le compte et le code ne m'arrive pas par SMS. Est-ce qu'on peut encore appeler le secrétariat ?",
    "Bonsoir, j'espère que vous n'êtes pas trop débordés en cette saison. On vient d'adopter un lévrier retraité qui s'appelle Pilou, adorable mais qui ronfle plus fort que mon mari, donc personne ne dort beaucoup à la maison, ce qui explique sans doute l'état de ce message.",
    "Bonjour, je n'ai jamais utilisé ce genre de site, soyez indulgents. Une question générale pour commencer : est-ce que la pharmacie peut prendre la tension sans rendez-vous ? Ma montre connectée donne un chiffre différent à chaque fois et je ne lui fais plus confiance.",
    "Bonsoir. Ma femme m'a dit de tout écrire d'un coup au lieu d'envoyer six messages, alors voilà. J'ai pris ma retraite de la mairie au printemps et je marche beaucoup, je fais de l'ornithologie, c'est très agréable.",
    "Bonjour ! Un peu de contexte : je télétravaille trois jours par semaine, j'ai deux enfants en primaire et un très vieux chat, mes journées sont un tourbillon d'écoles et de visios, donc excusez le désordre.",
]
FR_POST = [
    "Aussi, c'est vrai qu'on ne peut pas donner son sang pendant quatre mois après un tatouage ? J'en ai un de prévu pour mes quarante ans. Et l'école de mon fils envoie sans arrêt des mots pour les poux, qu'est-ce qui marche vraiment, parce que le peigne avec ses boucles c'est l'horreur ?",
    "Ah, et ma mère me demande si elle doit faire le nouveau vaccin contre le VRS à 76 ans et si on peut le faire le même jour que la grippe. Elle est en pleine forme mais aime tout organiser. Merci d'avoir tout lu.",
    "Une dernière chose sans rapport : la vitamine D l'hiver, ça sert vraiment à quelque chose ? Tout le monde au bureau en prend et je me sens exclue. Merci beaucoup à la personne qui lira ceci.",
    "Enfin, question idiote : est-ce que faire craquer ses doigts donne de l'arthrose ? Mon grand-père le disait toujours et mon neveu le fait sans arrêt à table. Merci pour votre aide et bonne soirée.",
    "Et pour finir, on pense faire vacciner toute la famille contre la grippe à la pharmacie plutôt qu'au cabinet, il y a une différence ? La pharmacie ferme plus tard, ça nous arrange. Merci beaucoup.",
]
