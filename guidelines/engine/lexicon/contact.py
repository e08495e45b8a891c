"""Word lists about contact, links and names: helplines, domains, messaging apps, organisations."""

from __future__ import annotations

from textkit.lists import shared_list

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
    # charities, institutes and programmes named after people or coined words ("Marie Curie", "NHS Smokefree")
    "curie", "ryder", "pasteur", "smokefree", "lullaby", "nightingale",
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
        "ambulance", "hospice", "mission", "brigade",
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
TLDS: tuple[str, ...] = shared_list("tlds")  # textkit/data/tlds.txt, shared with the anonymiser
WEBMAIL_PROVIDERS: tuple[str, ...] = shared_list("webmail")  # textkit/data/webmail.txt
MESSAGING_APPS: tuple[str, ...] = (
    "whatsapp", "whats app", "telegram", "signal", "snapchat", "snap", "instagram", "insta",
    "facebook", "messenger", "viber", "wechat", "skype", "tiktok", "twitter", "linkedin", "discord",
    "kik", "line app", "imessage", "facetime",
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
