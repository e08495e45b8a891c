"""Word lists about clinical content: drugs, doses, conditions, care, emergencies, sources, eponyms."""

from __future__ import annotations

from textkit.lists import shared_list

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
    "valaciclovir", "fluconazole", "clotrimazole", "miconazole", "econazole", "éconazole", "terbinafine", "nystatin", "nystatine", "spasfon", "phloroglucinol", "smecta", "gaviscon", "oxybutynin",
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
    # Taking over a chronic illness in plain words (issue 16).
    r"(?:i(?:'ll| will| can| could|'d be happy to| would be happy to)|happy to) take over (?:your|the) (?:\S+ ){0,2}"
    r"(?:care|management|follow-up|treatment|monitoring)",
    r"i(?:'ll| will) (?:review|check|monitor|track) your (?:\S+ ){0,2}(?:every|each|monthly|weekly|regularly)",
    r"(?:act|serve) as your (?:\S+ ){0,2}(?:physician|doctor|gp|specialist|consultant)", r"(?:forward|email|e-mail|post) me (?:your|the|copies)",
    r"(?:we|our (?:care |medical |clinical )?team|i)(?:'ll| will) (?:manage|monitor|follow|adjust|take care of|look after) "
    r"your\b",
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
    r"je (?:peux |vais |veux bien )?(?:prendre le relais|prendre en charge votre|assurer le suivi de votre|suivre votre)",
    r"je (?:surveillerai|suivrai) votre (?:\S+ ){0,2}(?:tous les|chaque)",
    r"(?:de )?me (?:transmettre|envoyer|faire parvenir|communiquer) (?:vos|votre)", r"adressez-moi (?:vos|votre|les)",
    r"assurer (?:désormais |dorénavant )?le suivi de (?:votre|vos)", r"j'(?:ajusterai|adapterai|modifierai) (?:votre|vos)",
    r"(?:nous|notre équipe) (?:suivrons|suivra|ajusterons|ajustera|gérerons|gérera) (?:votre|vos)",
    r"mon secrétariat (?:peut|va|pourra) vous (?:donner|trouver|caler|fixer)", r"apportez (?:vos|votre|les) (?:\S+ ){0,3}(?:à|dans) (?:ma|mon) (?:consultation|cabinet)",
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
# One list for the three cores (textkit/data/eponyms.txt), lower-cased as the engine compares.
EPONYMS: tuple[str, ...] = tuple(dict.fromkeys(e.lower() for e in shared_list("eponyms")))
