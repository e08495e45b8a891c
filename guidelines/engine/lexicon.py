"""Built-in word lists of the rule kinds (EN/FR).  Reviewable data: committees extend them by params."""

from __future__ import annotations

# Official emergency and helpline numbers: never a private contact (digits only).
HELPLINE_NUMBERS: frozenset[str] = frozenset(
    {
        # GB
        "999", "111", "112", "116123", "116117", "08457909090", "08001111", "0800111",
        "03003301000", "08000850000", "03001233393", "03001236600", "08088020925", "08082000247",
        "0800585858", "08000684141", "85258",
        # FR
        "15", "17", "18", "114", "115", "119", "3114", "3919", "3020", "3237", "0800130000",
        "0800235236", "0145394000", "0140054848", "116000", "0800858858", "0801901911", "0972394050",
        "0800840800", "0980980930", "0800231313", "3989", "0140474747", "0800005700",
        # US
        "911", "988", "18002221222", "18002738255", "18006624357", "18007997233", "741741",
        "18009854357",
    }
)
# Freephone prefixes of helplines (accepted with a helpline word nearby).
FREEPHONE_PREFIXES: tuple[str, ...] = ("0800", "0808", "0801", "0805", "1800", "1888", "1877", "1866", "1855")
HELPLINE_WORDS: tuple[str, ...] = (
    "helpline", "hotline", "lifeline", "line", "freephone", "free", "24/7", "crisis", "poison",
    "samaritans", "support", "advice line", "ligne", "écoute", "numéro vert", "gratuit", "gratuite",
    "anonyme", "sos", "soutien", "information", "info", "service", "infoline",
)
# Words that name a helpline clearly enough to accept a non-freephone, non-mobile number.
STRONG_HELPLINE_WORDS: tuple[str, ...] = (
    "helpline", "hotline", "lifeline", "crisis line", "infoline", "samaritans", "childline", "sos amitié",
    "ligne d'écoute", "numéro vert", "info service", "poison control", "centre antipoison", "anti-poison",
    "suicide écoute", "fil santé jeunes", "écoute", "national helpline",
)
# Organisations that anonymisers sometimes mistake for people.
ORGANISATION_WORDS: tuple[str, ...] = (
    "samaritans", "childline", "mind", "shout", "refuge", "macmillan", "frank", "calm", "papyrus",
    "barnardo's", "mencap", "relate", "cruse", "nhs", "nice", "has", "ameli", "doctolib", "sos",
    # references, pharmacies and regions that anonymisers take for surnames
    "google", "cochrane", "medline", "medlineplus", "uptodate", "prescrire", "vidal", "doctissimo", "walgreens", "cvs",
    "boots", "superdrug", "lloyds", "walmart", "costco", "kroger", "midwest", "northeast", "northwest",
    "southeast", "southwest", "midlands",
)
# A name ending with one of these words is an organisation or a service, not a person ("Cruse Bereavement
# Support", "ADA Standards", "Association Pelade France").
ORGANISATION_TAILS: frozenset[str] = frozenset(
    {
        "support", "standards", "guidelines", "guideline", "foundation", "trust", "society", "association",
        "network", "charity", "alliance", "council", "service", "services", "group", "centre", "center",
        "clinic", "hospital", "pharmacy", "helpline", "line", "institute", "college", "review", "care",
        "health", "uk", "france", "usa", "international", "europe", "santé", "sante", "fondation",
        "fédération", "federation", "ligue", "programme", "program", "campaign", "partnership", "inc", "ltd",
    }
)
# Capitalised only because they open a sentence ("Learn more at…", "Read the leaflet…").
SENTENCE_VERBS: frozenset[str] = frozenset(
    {
        "learn", "read", "see", "find", "visit", "call", "check", "ask", "try", "keep", "take", "avoid",
        "remember", "note", "watch", "seek", "contact", "talk", "speak", "book", "get", "use", "stay",
        "consider", "discuss", "look", "ring", "text", "go", "make", "tell", "write", "follow", "drink",
        "rest", "eat", "start", "stop", "wait", "bring", "lisez", "voyez", "consultez", "appelez", "évitez",
        "gardez", "prenez", "notez", "surveillez", "parlez", "demandez", "buvez", "reposez",
    }
)

# Authorities and references whose links are welcome in answers.
HEALTH_AUTHORITY_DOMAINS: tuple[str, ...] = tuple(dict.fromkeys((
    "nhs.uk", "nhs.scot", "nhsinform.scot", "nice.org.uk", "gov.uk", "mhra.gov.uk", "hse.ie",
    "ameli.fr", "has-sante.fr", "sante.fr", "gouv.fr", "service-public.fr", "santepubliquefrance.fr",
    "vidal.fr", "inca.fr", "e-cancer.fr", "3114.fr", "who.int", "cdc.gov", "nih.gov",
    "medlineplus.gov", "fda.gov", "hhs.gov", "988lifeline.org", "samaritans.org", "mind.org.uk",
    "ema.europa.eu", "ecdc.europa.eu", "europa.eu", "cochrane.org", "cochranelibrary.com",
    "doi.org", "bmj.com", "thelancet.com", "nejm.org", "jamanetwork.com",
    # other official and public-interest sources (charities, learned societies, public agencies)
    "nhsinform.scot", "healthdirect.gov.au", "canada.ca", "cancer.gov", "samhsa.gov", "healthcare.gov",
    "womenshealth.gov", "hiv.gov", "vaccines.gov", "cdc.gov", "mayoclinic.org", "heart.org",
    "cancer.org", "diabetes.org", "aafp.org", "familydoctor.org", "healthychildren.org", "acog.org",
    "bhf.org.uk", "cancerresearchuk.org", "macmillan.org.uk", "diabetes.org.uk", "asthmaandlung.org.uk",
    "versusarthritis.org", "stroke.org.uk", "alzheimers.org.uk", "rethink.org", "youngminds.org.uk",
    "childline.org.uk", "patient.info", "rcpsych.ac.uk", "rcog.org.uk", "rcgp.org.uk", "sign.ac.uk",
    "bnf.nice.org.uk", "medicines.org.uk", "e-cancer.fr", "inserm.fr", "pasteur.fr", "mangerbouger.fr",
    "tabac-info-service.fr", "drogues-info-service.fr", "alcool-info-service.fr", "filsantejeunes.com",
    "sida-info-service.org", "sos-amitie.com", "mpedia.fr", "afpa.org", "fedecardio.org",
    "ligue-cancer.net", "vaincrealzheimer.org", "francealzheimer.org", "federationdesdiabetiques.org",
    "has-sante.fr", "cngof.fr", "sfpediatrie.com", "medicaments.gouv.fr", "who.int", "unaids.org",
    "ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov", "cdc.gov", "ecdc.europa.eu",
    # public-sector suffixes (.gov, .edu and .int hosts are accepted by the link kind itself)
    "gouv.fr", "nhs.net", "ac.uk", "gc.ca", "gov.au", "govt.nz", "admin.ch", "belgium.be",
    # more public-interest sources doctors cite (charities, national programmes, learned societies)
    "vaccination-info-service.fr", "1000-premiers-jours.fr", "pollens.fr", "questionsexualite.fr",
    "onsexprime.fr", "choisirsacontraception.fr", "fondation-arc.org", "planning-familial.org",
    "aphp.fr", "urofrance.org", "sfendocrino.org", "sfdermato.org", "sfcardio.fr", "afd.asso.fr",
    "france-assos-sante.org", "santementale.fr", "psycom.org", "maladiesrares-paris.fr", "orpha.net",
    "breastcancernow.org", "nationaleczema.org.uk", "eczema.org", "cruse.org.uk", "ageuk.org.uk",
    "tommys.org", "nct.org.uk", "rnib.org.uk", "rnid.org.uk", "epilepsy.org.uk", "parkinsons.org.uk",
    "mssociety.org.uk", "kidneycareuk.org", "bad.org.uk", "bda.uk.com", "sexwise.org.uk", "brook.org.uk",
    "tht.org.uk", "beateatingdisorders.org.uk", "papyrus-uk.org", "giveusashout.org", "nspcc.org.uk",
    "stroke.org", "lung.org", "kidney.org", "alz.org", "nami.org", "aap.org", "arthritis.org",
    "clevelandclinic.org", "hopkinsmedicine.org", "kidshealth.org", "msdmanuals.com", "merckmanuals.com",
    "plannedparenthood.org", "stanfordchildrens.org", "mskcc.org", "mdanderson.org", "asco.org", "cancer.net",
    "crohnsandcolitis.org.uk", "anaphylaxis.org.uk", "tinnitus.org.uk", "pregnancysicknesssupport.org.uk",
    "afa.asso.fr", "france-acouphenes.fr", "sleep.org", "snfge.org", "anses.fr", "ansm.sante.fr", "institut-sommeil-vigilance.org",
)))
URL_SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
        "cutt.ly", "shorturl.at", "lnkd.in", "tiny.cc", "rb.gy", "bl.ink", "s.id", "t.ly",
        "v.gd", "shorte.st", "adf.ly", "amzn.to", "youtu.be", "fb.me", "bitly.com", "ift.tt",
    }
)
TRACKING_PARAMS: tuple[str, ...] = (
    "utm_", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "igshid",
    "ref", "referrer", "aff", "affiliate", "aff_id", "affid", "tag", "partner", "campaign", "clickid",
)
TLDS: tuple[str, ...] = (
    "com", "org", "net", "fr", "uk", "us", "io", "info", "eu", "int", "gov", "edu", "de", "be",
    "ch", "ca", "ie", "es", "it", "nl", "co", "me", "ly", "gl", "tv", "app", "health", "care",
    "clinic", "scot", "biz", "shop", "store", "online", "site", "pro", "ai", "to", "gd", "at", "cc",
)
WEBMAIL_PROVIDERS: tuple[str, ...] = (
    "gmail", "googlemail", "hotmail", "yahoo", "outlook", "live", "icloud", "me", "aol", "gmx",
    "protonmail", "proton", "wanadoo", "orange", "free", "laposte", "sfr", "neuf", "bbox", "mail",
    "yandex", "zoho", "btinternet", "sky", "virginmedia", "comcast",
)
MESSAGING_APPS: tuple[str, ...] = (
    "whatsapp", "whats app", "telegram", "signal", "snapchat", "snap", "instagram", "insta",
    "facebook", "messenger", "viber", "wechat", "skype", "tiktok", "twitter", "linkedin", "discord",
    "kik", "line app", "imessage", "facetime",
)

# Common drugs (generic and brand names, EN and FR).
DRUGS: tuple[str, ...] = (
    "paracetamol", "paracétamol", "acetaminophen", "doliprane", "efferalgan", "dafalgan", "tylenol",
    "panadol", "calpol", "ibuprofen", "ibuprofène", "advil", "nurofen", "motrin", "aspirin",
    "aspirine", "kardégic", "kardegic", "naproxen", "naproxène", "diclofenac", "diclofénac",
    "voltaren", "ketoprofen", "kétoprofène", "codeine", "codéine", "co-codamol", "tramadol",
    "morphine", "oxycodone", "amoxicillin", "amoxicilline", "augmentin", "co-amoxiclav",
    "clarithromycin", "clarithromycine", "azithromycin", "azithromycine", "doxycycline",
    "ciprofloxacin", "ciprofloxacine", "nitrofurantoin", "nitrofurantoïne", "trimethoprim",
    "fosfomycin", "fosfomycine", "monuril", "flucloxacillin", "penicillin", "pénicilline",
    "cefalexin", "metronidazole", "métronidazole", "metformin", "metformine", "insulin",
    "insuline", "gliclazide", "amlodipine", "ramipril", "lisinopril", "perindopril", "périndopril",
    "losartan", "candesartan", "bisoprolol", "atenolol", "aténolol", "propranolol",
    "atorvastatin", "atorvastatine", "simvastatin", "simvastatine", "rosuvastatin",
    "rosuvastatine", "omeprazole", "oméprazole", "lansoprazole", "esomeprazole", "ésoméprazole",
    "pantoprazole", "sertraline", "fluoxetine", "fluoxétine", "citalopram", "escitalopram",
    "paroxetine", "paroxétine", "venlafaxine", "mirtazapine", "amitriptyline", "diazepam",
    "diazépam", "lorazepam", "lorazépam", "alprazolam", "xanax", "zolpidem", "zopiclone",
    "prednisolone", "prednisone", "cortancyl", "levothyroxine", "lévothyroxine", "levothyrox",
    "lévothyrox", "warfarin", "warfarine", "apixaban", "eliquis", "rivaroxaban", "xarelto",
    "clopidogrel", "salbutamol", "ventolin", "ventoline", "beclometasone", "budesonide",
    "cetirizine", "cétirizine", "loratadine", "desloratadine", "fexofenadine", "furosemide",
    "furosémide", "spironolactone", "gabapentin", "gabapentine", "pregabalin", "prégabaline",
    "sumatriptan", "methotrexate", "méthotrexate", "allopurinol", "colchicine", "cholecalciferol",
    "cholécalciférol", "vitamin d", "vitamine d", "ferrous sulfate", "folic acid", "acide folique",
    "melatonin", "mélatonine", "loperamide", "lopéramide", "imodium", "metoclopramide",
    "métoclopramide", "domperidone", "dompéridone", "ondansetron", "hydrocortisone", "aciclovir",
    "valaciclovir", "fluconazole", "spasfon", "phloroglucinol", "smecta", "gaviscon", "oxybutynin",
    "tamsulosin", "tamsulosine", "finasteride", "sildenafil", "viagra", "tadalafil", "levonorgestrel",
    "ulipristal", "ellaone", "nicotine", "varenicline", "champix", "methylphenidate",
    "méthylphénidate", "ritalin", "lithium", "quetiapine", "olanzapine", "risperidone",
    "semaglutide", "ozempic", "wegovy", "mounjaro", "tirzepatide", "enoxaparin", "lovenox",
    "adrenaline", "epinephrine", "epipen", "naloxone", "antibiotics", "antibiotiques",
)

# Dose units and dose forms (a number followed by one of these is a dose).
DOSE_UNITS: tuple[str, ...] = (
    "mg", "g", "µg", "μg", "mcg", "microgrammes?", "micrograms?", "milligrammes?", "milligrams?",
    "grammes?", "grams?", "ml", "millilitres?", "milliliters?", "ui", "iu", "units?", "unités?",
    "gouttes?", "drops?", "puffs?", "bouffées?", "tablets?", "tabs?", "comprimés?", "cp",
    "gélules?", "capsules?", "caps?", "sachets?", "pills?", "cachets?", "doses?", "pulvérisations?",
    "sprays?", "patch(?:es|s)?", "suppositoires?", "suppositor(?:y|ies)", "ampoules?",
    "cuillères?(?: à (?:café|soupe))?", "teaspoons?", "spoonfuls?",
)
# "a"/"un" are left out: "use a saline spray twice a day" is self-care, not a dose.
NUMBER_WORDS: tuple[str, ...] = (
    "one", "two", "three", "four", "five", "six", "half", "deux", "trois", "quatre", "cinq", "demi", "demie",
)

# Individual diagnoses: condition words and the suffixes of condition names.
CONDITIONS: tuple[str, ...] = (
    # EN
    "infection", "cancer", "tumour", "tumor", "diabetes", "diabetic", "hypertension", "asthma",
    "migraine", "depression", "anxiety disorder", "fracture", "sprain", "reflux", "gerd", "ulcer",
    "hernia", "eczema", "psoriasis", "gout", "shingles", "flu", "influenza", "covid", "pneumonia",
    "stroke", "angina", "syndrome", "disease", "disorder", "deficiency", "anaemia", "anemia",
    "lupus", "endometriosis", "fibromyalgia", "sciatica", "cyst", "polyp", "lymphoma",
    "leukaemia", "leukemia", "melanoma", "herpes", "chlamydia", "gonorrhoea", "thrush",
    "candidiasis", "uti", "ibs", "copd", "adhd", "autism", "bipolar", "schizophrenia", "dementia",
    "alzheimer's", "parkinson's", "ms", "heart failure", "heart attack", "blood clot", "dvt",
    "embolism", "appendicitis", "glaucoma", "cataract", "conjunctivitis", "tonsillitis", "strep",
    "scabies", "lice", "ringworm", "impetigo", "acne", "rosacea", "allergy", "intolerance",
    "coeliac", "celiac", "crohn's", "colitis", "gallstones", "kidney stones", "prolapse",
    "pcos", "underactive thyroid", "overactive thyroid", "thyroid problem", "hypothyroidism", "hyperthyroidism", "osteoporosis", "arthritis", "tendinitis",
    "tendonitis", "bursitis", "concussion", "whiplash", "vertigo", "tinnitus", "sinusitis",
    "bronchitis", "tuberculosis", "hepatitis", "cirrhosis", "sepsis", "meningitis", "cellulitis",
    "abscess", "haemorrhoids", "hemorrhoids", "piles", "varicose veins", "burnout", "ptsd", "ocd",
    # FR
    "diabète", "diabétique", "asthme", "dépression", "trouble", "maladie", "cancer", "tumeur",
    "entorse", "ulcère", "hernie", "eczéma", "zona", "grippe", "pneumonie", "avc", "angine",
    "carence", "anémie", "endométriose", "fibromyalgie", "sciatique", "kyste", "polype",
    "lymphome", "leucémie", "mélanome", "mycose", "infection urinaire", "cystite", "bpco", "tdah",
    "autisme", "bipolarité", "schizophrénie", "démence", "alzheimer", "parkinson",
    "sclérose en plaques", "insuffisance cardiaque", "infarctus", "phlébite", "embolie",
    "appendicite", "glaucome", "cataracte", "conjonctivite", "gale", "poux", "teigne", "impétigo",
    "allergie", "intolérance", "coeliaquie", "maladie de crohn", "rectocolite", "calculs",
    "prolapsus", "sopk", "hypothyroïdie", "hyperthyroïdie", "ostéoporose", "arthrose", "arthrite",
    "tendinite", "bursite", "commotion", "vertige", "acouphènes", "sinusite", "bronchite",
    "tuberculose", "hépatite", "cirrhose", "septicémie", "méningite", "cellulite infectieuse",
    "abcès", "hémorroïdes", "varices", "burn-out", "tspt", "toc", "rhume", "gastro-entérite",
    "gastro", "otite", "bronchiolite", "lombalgie", "cruralgie", "névralgie", "hypertendu",
    "hypertendue", "asthmatique", "épileptique", "dépressif", "dépressive", "anémié", "anémiée",
)
CONDITION_SUFFIXES_EN = r"[a-z]{3,}(?:itis|osis|oma|a?emia|pathy|algia|plasia|trophy|ectasis|iasis)"
CONDITION_SUFFIXES_FR = r"[a-zàâçéèêëîïôûùüÿœ]{3,}(?:ite|ose|ome|émie|pathie|algie|plasie|trophie)"
# French words with those endings that are not conditions.
NOT_CONDITIONS_FR: frozenset[str] = frozenset(
    {
        "petite", "suite", "visite", "limite", "conduite", "réussite", "faillite", "mérite",
        "site", "gratuite", "dose", "chose", "pause", "cause", "rose", "prose", "glucose",
        "cellulose", "hypnose", "ecchymose", "osmose", "symptome", "symptôme", "fantome",
        "fantôme", "home", "rythme", "proposé", "supposé", "exposé", "composé", "opposé",
        "arome", "arôme", "dome", "diplome", "diplôme", "tome", "binome", "économe", "autonome",
        "fortuite", "poursuite", "ensuite", "appétite", "élite", "rite", "marguerite", "vite",
        "hématome", "lipome", "thrombose",
    }
)

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

# Contact solicitation phrases (first person), beyond addresses and numbers.
CONTACT_PHRASES_EN: tuple[str, ...] = (
    r"dm me", r"pm me", r"message me", r"inbox me", r"text me", r"call me", r"ring me", r"phone me",
    r"whatsapp me", r"email me", r"e-mail me", r"mail me", r"skype me", r"(?:drop|send|shoot|fire|ping) me (?:a |an )?(?:quick |short |private )?(?:line|message|email|e-mail|text|dm|pm|note|mail|whatsapp)",
    r"find me (?:at|on|via)",
    r"send me (?:a|an) (?:private |direct )?(?:message|email|e-mail|text|dm|pm)",
    r"contact me (?:directly|privately|personally|outside|off|by|via|on|at|through my)",
    r"reach me (?:at|on|via|by|directly|privately)", r"get in touch with me", r"talk to me privately",
    r"my (?:personal |private |direct |mobile |cell |work )?(?:number|phone number|mobile|cell|e-?mail(?: address)?|whatsapp|telegram|inbox|dms?)",
    r"(?:in|via|by|through|over) (?:a )?(?:private|direct) message", r"in (?:my )?dms", r"slide into my dms",
    r"text (?:it|them|this|that|the photos?|a photo|a picture|your photos?) (?:over )?to me",
    r"send (?:it|them) (?:over )?to me (?:on|at|by|via)", r"give me a (?:ring|call|bell|buzz)",
    r"(?:find|add|follow) me on (?:whatsapp|instagram|insta|facebook|telegram|signal|snapchat|tiktok|twitter|x|linkedin)",
)
CONTACT_PHRASES_FR: tuple[str, ...] = (
    r"écrivez-moi", r"écris-moi", r"écrivez moi", r"appelez-moi", r"appelez moi", r"appelle-moi",
    r"contactez-moi", r"contactez moi", r"contacte-moi", r"joignez-moi", r"téléphonez-moi",
    r"envoyez-moi (?:un|une) (?:message|mail|e-mail|mél|sms|mp|texto)", r"envoie-moi (?:un|une) (?:message|mail|sms|mp)",
    r"mon (?:numéro|portable|téléphone|mail|e-mail|adresse e-?mail|adresse mail|whatsapp|telegram|06|07)",
    r"ma (?:ligne (?:directe|personnelle)|boîte mail|messagerie)",
    r"mon cabinet au", r"au cabinet au", r"mon secrétariat au", r"joignable au", r"joignable sur",
    r"(?:en|par) (?:mp|message privé|messagerie privée)", r"me joindre (?:au|sur|par|directement)",
    r"me contacter (?:au|sur|par|directement|en privé)", r"m'écrire (?:à|sur|en privé|directement)",
    r"envoyez-moi (?:\S+ ){0,4}par (?:sms|texto|mms|whatsapp|mail|e-mail|message)",
    r"(?:retrouvez|ajoutez|suivez)-moi sur", r"m'y (?:retrouver|écrire|contacter)", r"m'appeler (?:directement|au|sur)",
    r"(?:en|par) (?:message|messages) privés?",
)

# Care relationship (first person engagement beyond the platform).
CARE_EN: tuple[str, ...] = (
    r"send me (?:your|the|a|some|copies of|over|a copy of|photos of|pictures of)\b",
    r"(?:send|forward|email|e-mail) (?:them|it|those|these|your results|the results) (?:to me|over to me)",
    r"(?:book|make|schedule|arrange|get) (?:an |a )?(?:appointment|consultation|visit|slot|session|follow-up) (?:with me|at my|in my|to see me)",
    r"book (?:in )?with me", r"come (?:and |to )?see me", r"see me (?:in|at) (?:my|the) (?:clinic|practice|office|surgery|rooms)",
    r"visit me (?:in|at)", r"(?:become|be) (?:my|one of my) patients?", r"take you on as (?:a|my) patient",
    r"register with me", r"i(?:'ll| will| can| could| would be happy to| am happy to|'d be happy to) "
    r"(?:see|examine|follow|treat|review|assess|monitor|look after) you\b",
    r"i(?:'ll| will| can) (?:follow up|keep an eye on|review) (?:you|your (?:case|results|progress|bloods|scan))",
    r"i(?:'ll| will) be your (?:doctor|gp|physician|specialist)", r"keep me (?:posted|updated|informed)",
    r"(?:report|come) back to me (?:with|after|in|when)", r"i can see you (?:in|at|on|next|tomorrow|this)",
    r"(?:consult|see) me privately", r"private (?:appointment|consultation) with me",
    r"(?:pop|come|drop) (?:in|into|by|round|over) (?:to )?(?:see me|my (?:clinic|practice|surgery|office|rooms))",
    r"i(?:'ll| will| can| could) (?:send|write|give|email|e-mail) you a (?:prescription|script|referral|sick note|fit note)",
    r"let's (?:set up|arrange|book|schedule|have) a (?:call|video call|phone call|consultation|appointment|follow-up)",
    r"(?:video|phone|private) (?:call|consultation|session) with me",
    r"(?:upload|send|forward|email|e-mail|mail|fax|post) (?:your |the |all |them|it|those|these)(?:\S+ ){0,7}?(?:to me|over to me)\b",
    r"(?:at|during|in) our next (?:visit|appointment|consultation|session)", r"i(?:'ll| will) go through (?:them|it|those|these|your \w+) with you",
    r"i(?:'ll| will) be your (?:point of contact|contact)", r"i(?:'ll| will| can) follow up with you",
    r"i(?:'ll| will) keep an eye on (?:this|it|you|things) for you",
    r"i (?:can|could|'ll|will) (?:fit|squeeze|get) you in", r"book you in", r"ask for my (?:\S+ ){0,2}(?:list|clinic|session)",
    r"(?:my|our) (?:secretary|receptionist|front desk|office|team|pa|assistant) (?:can|will|could) (?:book|fit|see|get|schedule) you",
    r"i(?:'ll| will) see you (?:tomorrow|on|next|this|at|in)", r"(?:mention|say) (?:this (?:thread|answer|post)|bridge) when you (?:call|book|ring|arrive)",
    r"bring (?:your|the) (?:\S+ ){0,3}(?:along|to my (?:clinic|practice|surgery|office))",
)
CARE_FR: tuple[str, ...] = (
    r"envoyez-moi (?:vos|votre|les|le|la|une|des|copie|photo)", r"envoyez moi (?:vos|votre|les|une|des)",
    r"transmettez-moi (?:vos|votre|les|le|la)", r"faites-moi parvenir",
    r"(?:prenez|prendre|fixons|fixer|prenons) (?:un )?(?:rendez-vous|rdv) avec moi",
    r"(?:rendez-vous|rdv) (?:à|dans) mon cabinet", r"venez me (?:voir|consulter)", r"venez (?:à|dans) mon cabinet",
    r"consultez-moi", r"je (?:vous )?(?:suivrai|recevrai|examinerai)\b", r"je (?:vais|peux|pourrai|pourrais) vous (?:suivre|recevoir|examiner|soigner|voir)",
    r"je serai votre (?:médecin|docteur|généraliste)", r"tenez-moi (?:au courant|informée?)",
    r"devenir (?:mon|ma|l'un de mes|l'une de mes) patient(?:e|s)?", r"revenez vers moi (?:avec|après|quand|dès)",
    r"(?:consultation|rendez-vous) privée? avec moi",
    r"je (?:vous )?(?:fais|ferai|envoie|enverrai|rédige|peux vous faire) (?:une|l') ?(?:ordonnance|arrêt de travail|lettre pour)",
    r"je peux vous prescrire", r"(?:faisons|je vous propose) une (?:téléconsultation|visio|consultation)",
    r"envoyez-moi (?:\S+ ){0,3}(?:vos|votre|analyses|résultats|bilans?|comptes? rendus?|examens|photos?|radios?|ordonnances?)",
    r"je (?:les |la |le )?(?:regarderai|examinerai|analyserai|lirai)\b", r"je peux devenir votre (?:médecin|généraliste|docteur)",
    r"(?:je prends|j'accepte|je reçois) (?:encore )?(?:de )?nouveaux patients", r"passez me voir", r"venez me voir",
    r"je vous (?:recontacterai|rappellerai|tiendrai au courant)",
    r"dites (?:simplement |juste )?(?:au secrétariat|à l'accueil) que vous venez",
    r"je vous (?:reçois|recevrai|vois|verrai|prends|prendrai) (?:\S+ ){0,3}(?:cabinet|demain|semaine|urgence|lundi|mardi|mercredi|jeudi|vendredi|samedi|consultation)",
    r"mon secrétariat (?:peut|va|pourra) vous (?:donner|trouver|caler|fixer)", r"apportez (?:vos|votre|les) (?:\S+ ){0,3}(?:à|dans) (?:ma|mon) (?:consultation|cabinet)",
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
    r"(?:nos|mes) (?:compléments|produits|gammes?)",
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

# Phrases that show emergency guidance in an answer.
EMERGENCY_PHRASES_EN: tuple[str, ...] = (
    "emergency services", "call an ambulance", "a&e", "accident and emergency", "emergency department",
    "emergency room", "go to the er", "crisis line", "urgent care", "go to hospital now",
    "seek emergency", "seek urgent", "go to the nearest emergency",
)
EMERGENCY_PHRASES_FR: tuple[str, ...] = (
    "le samu", "les urgences", "aux urgences", "service d'urgence", "services d'urgence",
    "centre 15", "sos médecins", "appelez les secours", "numéro d'urgence",
)
EMERGENCY_NUMBERS: tuple[str, ...] = ("999", "111", "112", "15", "911", "988", "3114", "114", "116 123", "116 117")

# Names of citable sources (matched with their case when written in capitals).
CITATION_NAMES: tuple[str, ...] = (
    "NICE", "HAS", "CDC", "WHO", "OMS", "NHS", "Cochrane", "BNF", "Vidal", "ANSM", "SIGN",
    "Santé publique France", "EMA", "FDA", "NIH", "PubMed", "Royal College", "Academy of", "College of",
    "Association of", "Society of", "Heart Foundation", "Heart Association", "Diabetes UK", "Cancer Research UK",
    "Société française", "Fédération française", "Association française", "Collège national", "Ligue contre le cancer", "UpToDate", "CKS", "MHRA", "ESC",
    "Haute Autorité de santé", "Assurance maladie", "ameli", "Prescrire", "BMJ", "Lancet", "NEJM",
    "JAMA", "USPSTF", "AHA", "ADA", "GINA", "GOLD", "KDIGO", "EULAR", "ACR", "Inserm",
)

# Eponyms and other names that are not patients.
EPONYMS: tuple[str, ...] = (
    "parkinson", "alzheimer", "crohn", "hodgkin", "graves", "basedow", "hashimoto", "addison",
    "cushing", "raynaud", "down", "asperger", "tourette", "huntington", "bell", "kawasaki",
    "meniere", "ménière", "guillain", "barré", "barre", "sjögren", "sjogren", "paget", "wilson",
    "gilbert", "marfan", "turner", "klinefelter", "lyme", "horton", "dupuytren", "osgood",
    "schlatter", "baker", "barrett", "bell's", "apgar", "glasgow", "heimlich", "valsalva",
    "epley", "kegel", "babinski", "romberg", "korotkoff", "mantoux", "pap", "papanicolaou",
    "hippocrates", "hippocrate", "pasteur", "fleming", "osler", "charcot", "raynaud's",
    "wernicke", "korsakoff", "ehlers", "danlos", "tietze", "still", "whipple", "zollinger",
    "ellison", "creutzfeldt", "jakob", "kaposi", "burkitt", "ewing", "wilms", "fallot", "lou gehrig",
)
