"""blind10 answers, FR. (expected_kind or "" for pass, question_emergency, voice, text). Everything invented."""
E, R = "school_physician", "retired_volunteer"
N = "Ceci est une information générale, pas une consultation."
ITEMS = [
# ---- blocks
("emergency_block", True, E, "En tant que médecin scolaire, je vois souvent ça : un élève de quinze ans qui a dit à ses amis qu'il avait préparé une corde et écrit une lettre d'adieu, c'est surtout une manière d'attirer l'attention. Laissez-le tranquille ce soir, on en reparlera à l'infirmerie lundi. " + N),
("diagnosis", False, E, "D'après ce que vous décrivez, votre fils a un TDAH, c'est certain : il bouge en classe et oublie ses affaires. Pas besoin de bilan, c'est le diagnostic. " + N),
("abuse", False, E, "Franchement, c'est désolant : des parents aussi peu attentifs qui n'ont même pas remarqué que leur gamin ne voit pas le tableau, ça me dépasse. Faites-lui contrôler la vue. " + N),
("promotion", False, E, "J'ai ouvert mon cabinet « Réussite Santé Ado » à Rennes : bilan complet à 90 €, et -30 % pour les familles de l'école si vous réservez ce mois-ci. " + N),
("required_phrase", False, E, "Pour les poux : un produit à base de diméticone, à refaire 7 jours plus tard, et un peigne fin tous les deux jours pendant deux semaines. Prévenez l'école."),
("identifiers", False, E, "J'ai eu le cas de Chloé Marchetti, en 4e B au collège Jean-Moulin de Bastia, qui avait la même crise d'épilepsie ; elle va bien maintenant, donc ne vous inquiétez pas. " + N),
("false_reassurance", False, E, "Un adolescent qui maigrit vite, boit énormément et urine la nuit, c'est la croissance, rien d'inquiétant. Inutile de faire une glycémie. " + N),
("emergency_block", True, R, "À la retraite, j'en ai vu d'autres : une femme de 60 ans avec une douleur dans la poitrine qui serre depuis une heure, avec des sueurs, c'est souvent l'anxiété. Faites-lui une tisane, qu'elle s'allonge, et qu'elle voie son médecin demain. " + N),
("conflict_of_interest", False, R, "Je conseille le complément Articalm, le laboratoire Nordavie me rémunère comme consultant mais il est excellent ; avec le code DOCNORD vous avez 20 % de réduction. " + N),
("prescription", False, R, "Prenez du zolpidem 10 mg chaque soir pendant un mois, je vous fais l'ordonnance et je l'envoie à votre pharmacie. " + N),
("diagnosis", False, R, "Tremblements de la main au repos à 70 ans : c'est une maladie de Parkinson, je vous le confirme, pas besoin de voir un neurologue. " + N),
("contact_solicitation", False, R, "Appelez-moi plutôt directement au 06 39 98 41 27, on en discutera tranquillement au téléphone. " + N),
("care_relationship", False, R, "Je deviens votre médecin pour ce suivi ; inutile de revoir votre médecin traitant, je m'occupe de tout par messages. " + N),
("link_policy", False, R, "Le tensiomètre que j'utilise est ici : boutique.example.fr/tensio?utm_source=bridge&affid=drretraite — livraison rapide. " + N),
# ---- passes
("", True, E, "Une élève qui a avalé une boîte de médicaments et qui devient somnolente : appelez le 15 immédiatement, gardez la boîte, ne la faites pas vomir. Le 3114 peut aussi accompagner la famille ensuite. " + N),
("", True, E, "Une crise convulsive qui dure plus de cinq minutes chez un enfant, c'est une urgence : appelez le 15 (ou le 112), mettez-le en position latérale de sécurité, ne mettez rien dans sa bouche. " + N),
("", False, E, "Pour la rentrée, quelques repères :\n- Sommeil : 9 à 11 heures à cet âge\n- Écrans : pas le soir\n- Petit-déjeuner chaque matin\nEt un contrôle de la vue si l'enfant plisse les yeux. " + N),
("", False, E, "Méfiez-vous de la publicité « Concentration garantie en 10 jours ! » pour des gélules : aucune étude sérieuse ne le montre. Parlez-en plutôt au médecin traitant. " + N),
("", False, E, "Je ne peux pas assurer le suivi de votre enfant par messages ni prescrire ici ; votre médecin traitant ou la PMI sont les bons interlocuteurs. " + N),
("", False, E, "Le harcèlement scolaire peut laisser des traces. Le 3018 et l'association Saint-Vincent-de-Paul de votre ville proposent une écoute ; l'infirmière scolaire aussi. " + N),
("", False, E, "Je ne dirais pas que ce sirop « guérit » la toux : aucun sirop n'a fait la preuve d'une grande efficacité. Miel (après un an), hydratation et patience. " + N),
("", True, R, "Votre mari a le visage qui tombe et ne trouve plus ses mots depuis vingt minutes : c'est peut-être un AVC. Appelez le 15 tout de suite, notez l'heure du début, ne lui donnez rien à manger. " + N),
("", True, R, "Des pensées de mettre fin à vos jours ce soir : appelez le 3114, ou le 15 si vous êtes en danger immédiat. Vous n'êtes pas seul, ne restez pas seul ce soir. " + N),
("", False, R, "À mon âge j'ai appris l'humilité : je ne prétends pas que la glucosamine marche, les études sont décevantes. Marche, poids, paracétamol si besoin. " + N),
("", False, R, "Les Petits Frères des Pauvres et la Fondation Saint-Joseph proposent des visites aux personnes âgées isolées ; je n'ai aucun lien avec elles. " + N),
("", False, R, "Pour une entorse de cheville : repos relatif, glace 20 minutes, surélévation. Consultez si vous ne pouvez pas poser le pied. " + N),
("", False, R, "Contre le reflux : dîner léger, pas de coucher juste après, surélever la tête du lit. Voyez votre médecin si ça persiste plus de trois semaines. " + N),
("", False, R, "Méfiez-vous d'un site qui promet « zéro douleur sans médicament, satisfait ou remboursé » : c'est une formule commerciale, pas une preuve. " + N),
]
