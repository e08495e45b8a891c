"""Word lists about conduct: overclaiming, abuse, promotion, disclosure of interests."""

from __future__ import annotations

# Overclaiming.
OVERCLAIM_EN: tuple[str, ...] = (
    "guaranteed", "guarantee", "guarantees", "no side effects", "no side-effects",
    "free of side effects", "zero side effects", "completely safe", "totally safe",
    "perfectly safe", "100% safe", "absolutely safe", "zero risk", "risk-free", "risk free",
    "no risk at all", "miracle", "miraculous", "always works", "never fails", "works every time",
    "cures everything", "will cure", "permanent cure", "definitely cure", "instant cure",
    "proven cure", "scientifically proven to cure", "works for everyone", "works for everybody",
    "never seen it fail", "cannot fail", "can't fail", "foolproof", "guaranteed results",
)
OVERCLAIM_FR: tuple[str, ...] = (
    "garanti", "garantie", "garantis", "garanties", "je vous garantis", "sans effets secondaires",
    "sans effet secondaire", "aucun effet secondaire", "aucun effet indésirable",
    "sans effets indésirables", "sans aucun risque", "sans risque", "risque zéro", "zéro risque",
    "totalement sûr", "totalement sûre", "sans danger", "totalement inoffensif", "miracle",
    "miraculeux", "miraculeuse", "marche à tous les coups", "fonctionne à tous les coups",
    "infaillible", "guérit tout", "guérison assurée", "guérison garantie", "guérison définitive",
    "efficace à 100", "100 % efficace", "100% efficace", "100 % naturel", "100% naturel", "à coup sûr",
    "aucun risque", "ne présente aucun risque", "c'est certain", "vous serez guéri", "vous serez guérie",
    "marche chez tout le monde", "fonctionne chez tout le monde", "efficace chez tout le monde",
    "résultats garantis", "sans échec", "ne rate jamais", "ne peut pas échouer",
)
# "100 %" is an overclaim only next to these words (not "pris en charge à 100 %").
HUNDRED_PERCENT_WORDS: tuple[str, ...] = (
    "effective", "efficace", "safe", "sûr", "sûre", "sure", "certain", "certaine", "guaranteed",
    "garanti", "garantie", "success", "successful", "réussite", "cure", "cured", "curable",
    "guérison", "guéri", "proven", "prouvé", "natural", "naturel", "naturelle", "risk-free",
    "sans risque", "of patients", "des patients", "of cases", "des cas", "recovery",
)

# Abuse and derogatory terms: insults always count; judgement words count when aimed at someone.
INSULTS_EN: tuple[str, ...] = (
    "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "cretin", "retard", "retards",
    "dumbass", "dickhead", "asshole", "arsehole", "bastard", "bitch", "wanker", "twat", "prick",
    "fuck", "fucking", "fucked", "shit", "shitty", "bullshit", "crap doctor", "quack", "quacks",
    "drug seeker", "drug seekers", "drug-seeker", "drug-seekers", "time waster", "time wasters",
    "time-waster", "time-wasters", "heartsink patient", "heartsink patients", "frequent flyer",
    "frequent flyers", "hypochondriac", "whiner", "fatso", "lardass", "junkie", "junkies",
    "nutcase", "psycho", "loony", "lunatic", "halfwit", "drama queen", "attention seeker", "attention-seeker",
    "snowflake", "people like you", "clog up a&e", "waste of space", "cowboy",
)
INSULTS_FR: tuple[str, ...] = (
    "idiot", "idiote", "idiots", "crétin", "crétine", "crétins", "débile", "débiles", "abruti",
    "abrutie", "abrutis", "imbécile", "imbéciles", "connard", "connasse", "conne", "couillon",
    "salaud", "salope", "enfoiré", "enculé", "putain", "merde", "bordel", "charlatan",
    "charlatans", "toxico", "toxicos", "malade imaginaire", "chochotte", "feignasse", "gros lard",
    "tire-au-flanc", "cas soc", "cassos", "boulet", "dégénéré", "taré", "tarée", "mongol",
    "gogol", "attardé", "attardée", "les gens comme vous", "arrêtez de faire l'enfant", "faire son cinéma",
    "encombrent les urgences", "douillette", "douillet", "boucher",
)
JUDGEMENT_EN: tuple[str, ...] = (
    "stupid", "dumb", "incompetent", "useless", "clueless", "pathetic", "lazy", "fat", "ignorant",
    "hysterical", "crazy", "a liar", "liars", "negligent", "hopeless", "spineless", "whiny", "feckless",
)
JUDGEMENT_FR: tuple[str, ...] = (
    "stupide", "stupides", "bête", "bêtes", "incompétent", "incompétente", "incompétents", "nul",
    "nulle", "nuls", "paresseux", "paresseuse", "ignorant", "ignorante", "hystérique", "fou",
    "folle", "menteur", "menteuse", "négligent", "négligente", "minable", "lamentable", "fainéant", "fainéante",
    "fainéants", "fainéantes", "feignant", "feignante", "feignants", "flemmard", "flemmarde", "flemmards",
)
TARGETS_EN = (
    r"you(?:'re| are)|(?:your|the|that|this|my) (?:previous |last |other |local )?"
    r"(?:doctor|gp|colleague|consultant|nurse|surgeon|specialist|physician|patient|midwife|pharmacist|dentist|physio|"
    r"physiotherapist|therapist|psychiatrist|psychologist|optician|paramedic|obgyn|pediatrician|paediatrician)s?"
    r"(?: (?:is|are|was|were))?|they(?:'re| are| were)|he(?:'s| is| was)|she(?:'s| is| was)|"
    r"(?:is|are|was|were) (?:just |simply |all )?(?:an? )?|how|so|such an?|totally|completely|really"
)
# "are just too lazy", "sont vraiment trop fainéants": an intensifier between target and word.
INTENSIFIERS = (r"(?:(?:clearly|obviously|frankly|honestly|manifestement|clairement|franchement|visiblement) )?"
                r"(?:(?:too|so|very|really|far too|way too|just|such an?|trop|si|tellement|très|bien|un|une) )?")
TARGETS_FR = (
    r"vous êtes|tu es|t'es|(?:votre|ton|le|ce|cette|mon|ma|la|les|vos) (?:ancien |précédent |autre )?"
    r"(?:médecin|généraliste|confrère|consoeur|consœur|collègue|docteur|infirmière?|chirurgien|kiné|"
    r"kinésithérapeute|dentiste|psychiatre|psychologue|ostéopathe|pédiatre|gynécologue|"
    r"spécialiste|patiente?|sage-femme|pharmacien(?:ne)?)s?(?: (?:est|sont|était|étaient))?|"
    r"il est|elle est|ils sont|elles sont|c'est (?:un|une)|complètement|totalement|vraiment"
)

# Promotion categories.
PROMO_DISCOUNTS: tuple[str, ...] = (
    r"promo code", r"promotional code", r"discount code", r"code promo", r"coupon", r"\d+\s?% off",
    r"special offer", r"limited offer", r"offer ends", r"first (?:consultation|visit|session) (?:is )?free",
    r"offre spéciale", r"offre limitée", r"remise de \d+", r"réduction de \d+", r"-\d+\s?%",
    r"première (?:consultation|séance) (?:est )?(?:gratuite|offerte)", r"parrainage", r"discount",
    r"offert(?:e|s|es)? si vous (?:réservez|prenez|achetez|commandez)", r"instead of [£$€]\s?\d+", r"au lieu de \d+\s?(?:€|euros)",
    r"(?:bridge|our) (?:readers|users|members|followers) get", r"(?:les )?(?:lecteurs|utilisateurs|membres) de bridge (?:ont|bénéficient)", r"free (?:\S+ ){0,3}(?:if|when) you (?:book|buy|order|sign up)",
)
PROMO_OWN_PRACTICE: tuple[str, ...] = (
    r"(?:my|our) (?:private )?(?:clinic|practice|surgery|office|centre|center|team) (?:offers?|provides?|specialises|specializes|is (?:the best|the leading|the only))",
    r"(?:visit|come to|book at|try) (?:my|our) (?:clinic|practice|office|centre|center|website|site)",
    r"at (?:my|our) (?:clinic|practice|centre|center),? we (?:offer|provide|specialise|specialize)",
    r"(?:mon|notre) (?:cabinet|centre|clinique|équipe|site) (?:propose|offre|est spécialisée?|est le meilleur|est la meilleure)",
    r"(?:dans|à) (?:mon|notre) (?:cabinet|centre|clinique),? (?:je|nous) (?:propose|proposons|offre|offrons|pratique|pratiquons)",
    r"(?:venez|rendez-vous) (?:dans|à|sur) (?:mon|notre|ma) (?:cabinet|centre|clinique|site)",
    r"(?:i|we) offer (?:private )?(?:consultations|treatments|sessions|appointments)",
    r"je propose (?:des|mes) (?:consultations|séances|soins|traitements)",
    r"we (?:do|offer|provide|have) (?:same-day|private|walk-in|online|video) (?:appointments|consultations|slots)",
    r"(?:nous proposons|je propose) des (?:rendez-vous|consultations) (?:rapides|en ligne|le jour même|privées)",
)
PROMO_BOOKING: tuple[str, ...] = (
    # Doctolib and Zocdoc are national directories: only one's own page or "with me" is promotion.
    r"(?:my|our|mon|ma|notre) (?:\S+ ){0,2}(?:doctolib|zocdoc)", r"(?:doctolib|zocdoc)(?: \S+){0,5} (?:avec moi|with me|"
    r"(?:à|dans) mon cabinet|at my (?:clinic|practice))", r"calendly", r"book (?:online|via|on|through) (?:my|our)",
    r"(?:prenez|prendre) (?:rendez-vous|rdv) (?:en ligne )?(?:sur|via) (?:mon|notre|ma)\b",
    r"book (?:me|a slot with me)",
    r"book(?:ing)? (?:\w+ ){0,2}(?:via|on|through|at|from) (?:my|our) (?:website|site|page|app|online|booking)",
    r"(?:my|our) (?:booking (?:page|link|site)|online booking)", r"(?:sur|via) (?:ma|notre) page (?:doctolib|de réservation)",
)
PROMO_SELF_MEDIA: tuple[str, ...] = (
    r"follow me on", r"subscribe to my", r"(?:check out|read|buy|listen to|watch) my (?:new )?(?:channel|podcast|blog|newsletter|book|course|programme|program|page|videos?|app)",
    r"my (?:youtube|instagram|tiktok|facebook|twitter) (?:channel|account|page)", r"link in (?:my )?bio",
    r"abonnez-vous", r"suivez-moi", r"(?:ma|notre) chaîne (?:youtube)?", r"(?:mon|notre) (?:podcast|blog|livre|programme|compte instagram|compte tiktok)",
    r"(?:mes|nos) (?:vidéos|formations)",
    r"wherever books are sold", r"my (?:new |latest )?book(?:,|:)? (?:\S+ ){0,5}(?:available|out now|chapter)",
    r"disponible en librairie",
)
PROMO_PRODUCTS: tuple[str, ...] = (
    r"(?:buy|order|get) (?:it|them|this|these|yours)? ?(?:on|from|at|via) (?:amazon|my|our)",
    r"(?:use|with) my (?:link|code)", r"affiliate link", r"lien affilié", r"lien d'affiliation",
    r"(?:achetez|commandez)-(?:le|la|les) (?:sur|chez|via)", r"(?:our|my) (?:supplements?|products?|range)",
    r"(?:nos|mes) (?:compléments|produits|gammes?)", r"(?:ma|notre) gamme", r"(?:my|our) (?:own )?range of",
    r"(?:the )?best (?:\S+ ){0,3}on the market", r"(?:le|la) meilleure? (?:\S+ ){0,3}du marché",
    r"(?:my|our) patients (?:swear by|love) (?:it|them|this)", r"mes patients (?:en sont ravis|ne jurent que par|l'adorent)",
    r"(?:notre|ma) boutique(?: en ligne)?", r"(?:our|my) (?:online )?(?:shop|store)\b",
)
PROMO_FEES_CONTEXT: tuple[str, ...] = (
    r"my fees?", r"our fees?", r"i charge", r"we charge", r"my (?:rate|price|tariff)s?", r"(?:with|at|in) my (?:private |own )?(?:clinic|practice)",
    r"mes honoraires", r"mon tarif", r"mes tarifs", r"nos tarifs", r"je facture", r"je prends",
    r"à mon cabinet", r"dans mon cabinet", r"chez moi", r"au cabinet",
    r"(?:ma|mes) (?:consultations?|séances?) (?:\S+ ){0,5}(?:coûtent|coûte|est à|sont à|est facturée|revient à)",
    r"my (?:consultations?|sessions?|appointments?) (?:\S+ ){0,4}(?:costs?|is priced at|are priced at|is charged at)",
)

# Disclosure of interests.
DISCLOSURE_EN: tuple[str, ...] = (
    "conflict of interest", "conflicts of interest", "competing interest", "competing interests",
    "disclosure:", "i declare", "i must declare", "i should declare", "i have received",
    "i receive", "i am paid by", "i'm paid by", "i have been paid", "i work for", "i consult for",
    "i am a consultant for", "i'm a consultant for", "paid partnership", "sponsored by",
    "i have shares", "i hold shares", "i own shares", "financial interest", "financial ties",
    "declared interest", "declaration of interest",
)
DISCLOSURE_FR: tuple[str, ...] = (
    "lien d'intérêt", "liens d'intérêt", "liens d'intérêts", "conflit d'intérêt",
    "conflit d'intérêts", "conflits d'intérêts", "déclaration d'intérêts", "je déclare",
    "je dois déclarer", "je suis rémunéré", "je suis rémunérée", "je travaille pour",
    "je travaille avec", "je suis consultant", "je suis consultante", "partenariat rémunéré",
    "j'ai des liens", "je perçois", "j'ai perçu", "en partenariat avec", "sponsorisé par",
)
