"""Precompiled regular expressions for the pattern-shaped identifiers (no gazetteer needed)."""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741


SOCIAL_CUE = re.compile(
    r"\b(?:instagram|insta|ig|twitter|tiktok|snapchat|snap|facebook|fb|linkedin|youtube|telegram|"
    r"threads|bluesky|discord|reddit|pseudo|username|user\s*name|handle|user|utilisateur|utilisatrice|"
    r"posted\s+by|post\s+by|original\s+post\s+by|message\s+de|message\s+from|post[ée]\s+par|[ée]crit\s+par|"
    r"reply\s+from|r[ée]ponse\s+de|snap\s+me\s+at|add\s+me\s+on|dm\s+me\s+on|find\s+me\s+on)\b\s*"
    r"(?:account|compte|page|name|(?:sur|on)\s+(?:le\s+|la\s+|the\s+)?[\w-]+)?\s*"
    r"(?:is|est|c'est|c’est|:|=|-)?\s*(?:@\s*)?([A-Za-z0-9_][A-Za-z0-9_.]{2,29})",
    I,
)
IPV4 = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)"
)
IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])",
    I,
)

# Phone candidates: 8-15 digits with space/dot/dash groups, optional +CC or (0); never slashes,
# so blood pressures (120/80), dates (03/04/1985) and ratios stay out.
PHONE_CANDIDATE = re.compile(
    r"(?<![\w/+.,-])(?:\(\+\s?\d{1,3}\)|\+\s?\d{1,3}|00\s?\d{2,3})?[\s.-]?(?:\(0\)[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?"
    r"\d(?:[\s.-]?\d){6,13}(?![\w/])(?!\.\d)"
)
PHONE_CUE = re.compile(
    r"\b(?:tel|t[ée]l[ée]?phone|phone|mobile|mob|cell|portable|port|num[ée]ro|number|no|call|ring|"
    r"text|sms|whatsapp|joindre|appel(?:er|ez)?|contact|fixe|landline)\b",
    I,
)
QUANTITY_AFTER = re.compile(
    r"\s*(?:mg|mcg|µg|g|kg|ml|l|ui|iu|units?|unités?|mmol|copies|cells|cellules|plaquettes|platelets|"
    r"pas|steps|€|euros?|\$|£|dollars?|pounds?|livres?|calories|kcal|cal|/)\b",
    I,
)

_MONTH_EN = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"janv|f[ée]vr?|avr|juil|d[ée]c"
)
MONTH = rf"(?:{_MONTH_EN}|{_MONTH_FR})\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim)\.?,?\s+"
)
_ORDINAL_EN = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_CARDINAL_FR = (
    r"premier|deux|trois|quatre|cinq|six|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt|vingt[\s-]et[\s-]un|vingt-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|"
    r"trente|trente[\s-]et[\s-]un"
)
_DAY = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|ème|eme|e)?|{_ORDINAL_EN}|{_CARDINAL_FR})"
_YEAR = r"(?:19|20)\d{2}|'\d{2}"
DATE_TEXT = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:the\s+)?"
    rf"(?:{_DAY}\s*(?:of\s+)?{MONTH}(?:,?\s*(?:{_YEAR}))?"  # 3 March 2021, 3rd of March, 1er mars
    rf"|(?:{_MONTH_EN}|{_MONTH_FR})(?:\.(?=\s*\d))?\s+(?:the\s+)?{_DAY}\b(?:,?\s*(?:{_YEAR}))?"  # March 3, 2021
    rf"|{MONTH}\s*,?\s*(?:{_YEAR}))(?![\w'])",  # March 2021, mars 2021
    I,
)
ARRONDISSEMENT = re.compile(r"\b\d{1,2}\s*(?:e|ème|eme|er)\s+arrondissement\b", I)
# "Sunday 14th", "lundi 3": a weekday with a day number is a date even without the month.
DATE_WEEKDAY_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er)?\b(?!\s*(?:h\b|h\d|:|am|pm|heures?|hours?|mg|%))",
    I,
)
# "sat 3rd", "Fri 17th", "Wed 5": abbreviated weekdays need an ordinal suffix or a capital.
DATE_WEEKDAY_ABBR = re.compile(
    r"\b(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s+(?:3[01]|[12]\d|0?[1-9]))\b"
    r"(?!\s*(?:h\b|h\d|:|am|pm|heures?|hours?|mg|%|/))"
)
DATE_NUMERIC = re.compile(
    r"(?<![\w/.+-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})|((?:19|20)\d{2})([/.-])(\d{1,2})\6(\d{1,2}))(?![\w/]|[.-]\d)"
)
# "le 12/03", "on 3/4", "since 12/03": day/month without year is a date only after such cues.
# The scan starts at the digits (cheap); the cue word before them is checked on a short window.
DATE_SHORT_VALUE = re.compile(
    # The first digit comes before the look-behind so the regex engine can skip straight to digits.
    r"(\d(?<![\w/.,+-]\d)\d?[/.]\d{1,2})(?![\w/]|[.,]\d|\s*(?:mmhg|cmhg))",
    I,
)
DATE_SHORT_CUE = re.compile(
    r"\b(le|du|au|depuis|since|on|from|until|till|jusqu'au|the|dès|des|avant|before|after|après|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim)\.?\s+$",
    I,
)
# Zero-padded day/month without a year ("le 03/04", "surgery 03/04") is a date; "14/9" is a BP.
DATE_PADDED = re.compile(
    r"(?<![\w/.,+-])(?:0[1-9]/(?:0[1-9]|1[0-2])|(?:[12]\d|3[01])/0[1-9])(?![\w/]|[.,]\d)"
)
DOB_CUE = re.compile(
    # "birth mum", "birth control", "birth weight" are no cue of a birth date
    r"(?:\bborn\b|\bbirth(?!\s+(?:mums?|moms?|mothers?|fathers?|dads?|parents?|family|families|control|weight|plan|partner|pool|defects?|marks?|canal|trauma|injur\w*)\b)|\bdob\b|\bd\.o\.b\b|\bn(?:é|ée|ee)\b|\bne le\b|naissance|birthday|\bbday\b|anniversaire)",
    I,
)
YEAR_OF_BIRTH = re.compile(
    r"\b(?:born\s+in|n[ée]e?\s+en|year\s+of\s+birth|ann[ée]e\s+de\s+naissance|dob|born)\s*:?\s*((?:19|20)\d{2})\b",
    I,
)
AGE = re.compile(
    r"(?<![\d.,/])(9\d|1[0-2]\d)\s*(?:-\s*)?(?:years?|yrs?|y\.?\s?o\.?|ans?|balais|piges|berges|printemps)\b"
    r"(?:[\s-]*old)?(?!\s+ago)",
    I,
)
AGE_CUE = re.compile(
    r"\b(?:aged|age|âge|âgée?|agée?|age\s*:|is|turned|turning|fête\s+ses|a\s+eu|has\s+just\s+turned|i'm|i’m|im|i\s+am|she's|he's|she’s|he’s|shes|hes|she\s+is|he\s+is|was|now)\s*(?:de\s+)?:?\s*(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|ml|bpm|/|\.\d|,\d|mmhg|lbs|cm|minutes|min|days|jours))",
    I,
)
# "Mum (Rose, 94)", "my nan, 97 next week": a bare 90-129 next to a relative is an age.
AGE_BARE = re.compile(
    r"(?:\(|,)\s*(?:[^\W\d]+,\s*)?(9\d|1[0-2]\d)\b(?!\s*(?:%|mg|kg|ml|bpm|/|\.\d|,\d|mmhg|lbs|cm|min|days|jours))",
    I,
)
AGE_BARE_CONTEXT = re.compile(
    r"(?:mum|mom|mam|dad|nan|gran|grand|mother|father|aunt|uncle|husband|wife|partner|patient|resident|"
    r"neighbou?r|m[èe]re|p[èe]re|papi|papy|mamie|mamy|tante|oncle|mari|femme|voisine?|r[ée]sidente?)",
    I,
)
NOT_AGE_BEFORE = re.compile(r"(?:\bfor|\bdepuis|\bpendant|\bil y a|\bsince|\bover|\blast)\s*$", I)

# Identification numbers.
NIR = re.compile(
    r"(?<![\w])[12][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[AB])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?!\w)",
    I,
)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b", I)
NHS = re.compile(r"(?<![\w-])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\w-])")
SSN = re.compile(r"(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
DIGITS10_11 = re.compile(r"(?<![\w-])\d{10,11}(?![\w-])")
NINO = re.compile(
    r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"
)
LONG_DIGITS = re.compile(
    r"(?<![\w.,/])\d{8,}(?![\w/]|[.,]\d)|(?<![\w.,/-])\d{3,6}[/-]\d{4,8}(?![\w/-]|[.,]\d)"
)
ALNUM_ID = re.compile(r"\b(?=[A-Z0-9]*\d{4})(?=[0-9]*[A-Z])[A-Z0-9]{6,14}\b")
ID_CUE = re.compile(
    r"\b(?:MRN|IPP|NDA|NIP|NIR|RPPS|ADELI|NPI|SSN|NINO|CHI|IBAN|RIB|NHS(?:\s+(?:no|num|number|n°))?"
    r"|hospital\s+(?:no|num|number|id)|patient\s+(?:id|no|num|number)|(?:medical\s+)?record\s+(?:no|num|number)"
    r"|medical\s+record|n°\s*(?:de\s+)?dossier|dossier(?:\s+(?:m[ée]dical|patient|n°|no))?|num[ée]ro\s+(?:de\s+)?(?:dossier|s[ée]cu|patient|passeport|assur[ée]|adh[ée]rent|carte\s+vitale|s[ée]curit[ée]\s+sociale|mutuelle|IPP|NIR)"
    r"|s[ée]cu(?:rit[ée]\s+sociale)?|carte\s+vitale|passport(?:\s+(?:no|num|number))?|passeport|insurance(?:\s+(?:no|num|number|id|card))?"
    r"|policy(?:\s+(?:no|num|number))?|member(?:ship)?\s+(?:id|no|num|number)|social\s+security(?:\s+(?:no|num|number))?"
    r"|national\s+insurance(?:\s+(?:no|num|number))?|NI\s+(?:no|number)|mutuelle|adh[ée]rent|ref|r[ée]f[ée]rence|reference"
    r"|case\s+(?:no|num|number)|claim\s+(?:no|num|number)|ID|identifiant|matricule|licen[cs]e(?:\s+(?:no|num|number))?"
    r"|permis|badge|employee\s+(?:id|no|number)|student\s+(?:id|no|number)|health\s+card|medicare|medicaid"
    r"|RAMQ|OHIP|AVS|NISS|NAS|SIN|health\s+(?:no|number)|assurance[\s-]maladie|carte\s+soleil|health\s+insurance(?:\s+(?:no|number))?"
    r"|registre\s+national|num[ée]ro\s+national)\b",
    I,
)
# "QQ 12 34 56 C": a trailing suffix letter, unless a lowercase word follows ("12345678 A new one").
_NINO_SUFFIX = r"(?:[ \-](?-i:[A-D])\b(?!\s+[a-z]))?"
ID_VALUE = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:[:#=.\-]\s*)*(?:(?:is|est|no\.?|n°|number|num[ée]ro|num|nr|was|:|le|la|the|de|du|c'est|it's|:)(?![A-Za-z])\s*[:#]?\s*){0,4}"
    rf"([A-Z0-9]*\d[A-Z0-9]*(?:[ \-./][A-Z0-9]*\d[A-Z0-9]*){{0,7}}{_NINO_SUFFIX}|(?-i:[A-Z]{{1,3}})[ \-]?\d[\d \-]*\d{_NINO_SUFFIX}"
    # "AXA-UK-77812390", "NEU/2291/MS", "LACR 5401 1519": capital letter groups around the digits
    r"|(?-i:[A-Z]{1,6})(?:[-/.](?-i:[A-Z]{1,6}))*[ \-/.]?\d+(?:[ \-/.]\d+)*(?:[-/.](?-i:[A-Z]{1,4})\b)?)",
    I,
)

# Postcodes.
UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b", I)
FR_POSTCODE = re.compile(
    r"(?<![\w.,/-])(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?![\w.,/-]|\s*(?:mg|ml|ui|iu|€|\$|pas|steps|euros?|copies|/))"
)
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
US_ZIP = re.compile(rf"\b(?:{US_STATES})\s+(\d{{5}}(?:-\d{{4}})?)\b")
POSTCODE_CUE = re.compile(
    r"\b(?:code\s+postal|cp|postcode|post\s+code|zip(?:\s*code)?|zipcode)\s*:?\s*(?:is\s+|est\s+)?([A-Z0-9][A-Z0-9 ]{2,8}[A-Z0-9])",
    I,
)

# Street addresses.
EN_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|cl|way|crescent|cres|place|pl|court|ct|"
    "boulevard|blvd|terrace|grove|gardens|gdns|square|sq|hill|mews|row|walk|parade|highway|hwy|parkway|"
    "pkwy|circle|cir|park|rise|view|green|wharf|yard|quay|estate"
)
_EN_STREET = EN_STREET_TYPES
EN_FLAT_BEFORE = re.compile(r"\b(?:flat|apt|apartment|unit|suite)\s*\d+[a-z]?,?\s+$", I)
EN_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[a-z]?(?:\s*-\s*\d{{1,5}})?,?\s+"
    rf"((?:[\w'’.-]+\s+){{1,4}}?)(?:{_EN_STREET})\b\.?",
    I,
)
EN_STREET_NAMED = re.compile(
    r"\b((?:(?:St\.?|Saint|Old|New|Upper|Lower|North|South|East|West|Great|Little)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Grove|Gardens|Square|Boulevard|Mews|Parade|Way|Rd|St)\b\.?"
)
FR_STREET_WORDS = (
    "rua avenida calle carrer viale piazza plaza praça praca largo travessa strada ulica aleja straat laan "
    "chaussée chaussee steenweg "
    "rue r avenue av ave bd boulevard bld blvd place pl allée allee impasse imp chemin ch route rte quai cours "
    "square passage résidence residence lotissement lot faubourg fbg cité cite hameau sentier voie promenade "
    "esplanade parvis rond-point villa lieu-dit montée montee traverse ruelle venelle clos "
    # Irish-language street types, also named first: "Bóthar na Trá", "Sráid Mhór", "Bóithrín an Mhuilinn"
    "bóthar bothar sráid sraid bóithrín boithrin ascaill cearnóg cearnog céibh ceibh "
    # Welsh street types, named first: "Heol y Nant", "Stryd Fawr", "Maes y Dre", "Ffordd Penrhos"
    "heol stryd ffordd maes rhodfa cilgant teras llys"
)
FR_ADDRESS_NUMBER = re.compile(r"\b\d{1,4}\s*(?:bis|ter|b|a)?\s*,?\s*$", I)

# Literature references in doctors' answers (PMID, PMCID, DOI, trial registrations, ISBN): public, not
# identifiers; they veto the number detectors over their span.
CITATION = re.compile(
    r"\b(?:PMID|PMCID|PubMed(?:\s+ID)?|doi|ISBN(?:-1[03])?|ISSN|EudraCT|arXiv)\s*[:#]?\s*(?:PMC)?\d[\w./:;()-]*"
    r"|\b10\.\d{4,9}/[^\s\"'<>]+|\bPMC\d{5,9}\b|\bNCT\d{8}\b|\bISRCTN\d{8}\b|\bCD\d{6}\b",
    I,
)

# Ages written in words: "ninety-four", "a hundred and one", "quatre-vingt-douze", Belgian and Swiss
# "nonante-deux".
_UNITS_EN = r"one|two|three|four|five|six|seven|eight|nine"
_UNITS_FR = r"et[\s-]un|et[\s-]une|deux|trois|quatre|cinq|six|sept|huit|neuf"
AGE_WORDS = re.compile(
    rf"\b(?:ninety(?:[\s-]+(?:{_UNITS_EN}))?|(?:a|one)\s+hundred(?:\s+and\s+(?:{_UNITS_EN}|ten))?"
    rf"|quatre[\s-]vingts?[\s-](?:dix|onze|douze|treize|quatorze|quinze|seize)(?:[\s-](?:sept|huit|neuf))?"
    rf"|nonante(?:[\s-]+(?:{_UNITS_FR}))?|cent(?:[\s-]+(?:{_UNITS_FR}|un|une))?)"
    r"(?P<unit>\s*(?:-\s*)?(?:years?|yrs?|ans?)\b(?:[\s-]*old)?)?",
    I,
)
AGE_WORDS_CUE = re.compile(
    r"(?:\baged?|\bâgée?|\bis|\bturned|\bturning|\bi'm|\bim|\bam|\bshe's|\bhe's|\bshes|\bhes|\bnow|\bof|\(|,"
    r"|\bwho['’]s|\bwhos|\btherefore|\bthus|\bhence|\bbe|\bbecomes?|\bbecame|\breach(?:es|ed)?|\bshe['’]ll\s+be"
    r"|\bhe['’]ll\s+be)\s*$",
    I,
)
AGE_WORDS_NOT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|pour\s*cent|minutes?|mins?|hours?|heures?|days?|jours?|mg|kg|ml|times|fois|euros?|"
    r"pounds?|£|€|\$|seconds?|secondes?|beats?|bpm|units?|steps?|kilos?|lbs?|cigarettes?|degrees?|tablets?|pills?|"
    r"patients?|people|personnes|mmhg|over|sur|/)",
    I,
)

# "mama_bear_2019", "Sonia_du_77", "priya.k_22": an underscore inside a word is a username.
UNDERSCORE_HANDLE = re.compile(
    r"(?<![\w.@/:-])(?=[\w.]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@])"
)

# "appt 4B, ", "bât. C, esc. 2, ", "flat 3, ": unit parts written before the house number.
UNIT_BEFORE = re.compile(
    r"(?:\b(?:appt?|app|appart|appartement|apartment|apt|b[âa]t|b[âa]timent|esc|escalier|[ée]tage|porte|logement|"
    r"lgt|entr[ée]e|flat|unit|suite|room|chambre|bloc|block|tour)\.?\s*(?:n°\s*|no\.?\s*)?[A-Za-z0-9]{1,4}\s*,?\s*)+$"
    r"|\b(?:flat|appt?|apartment|appartement|unit|suite)\.?\s*(?:n°\s*|no\.?\s*)?$"
    # Australian and New Zealand unit/number: "Unit 4/22 Banksia St", "5/18 Ponsonby Road"
    r"|(?:\b(?:flat|apt|apartment|unit|suite|villa|shop|lot)\.?\s*)?(?<![\w/])[0-9]{1,4}[A-Za-z]?/$"
    # a Scottish tenement's floor/door before the house number: "Flat 2/1, 44 Kilbirnie Street", "0/2, 9 Ashgill Road"
    r"|(?:\b(?:flat|apt)\.?\s*)?(?<![\w/])[0-9]{1,2}/[0-9]{1,2}\s*,\s*$",
    I,
)
# "résidence Les Lilas, " before the unit or number: the building's name is part of the address.
BUILDING_BEFORE = re.compile(
    r"\b(?:r[ée]sidence|cit[ée]|lotissement|immeuble|domaine|hameau)\s+(?:[A-ZÉÈ][\w'’-]*\s*){1,3},?\s*$"
)

# "operate on the 30th", "by the 5th": a bare ordinal day after a time preposition.
DATE_BARE_ORDINAL = re.compile(
    r"\b(?:on|by|until|till|from|before|after|since)\s+the\s+((?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?!\s*(?:of\b|time|floor|day|week|month|year|birthday|dose|attempt|cycle|round|grade|percentile|centile|"
    r"place|session|injection|treatment|line|stage|generation|anniversary|test|scan|visit|opinion|reading|"
    r"sample|try|go|child|baby|pregnancy|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    I,
)

# "Ward 22", "ward 7B": a numbered hospital ward.
WARD = re.compile(r"\b[Ww]ard\s+\d{1,3}[A-Za-z]?\b")

# "Christmas Eve 2023", "Noël 2022": a holiday with its year is a day-level date.
HOLIDAY_DATE = re.compile(
    r"\b(?:christmas(?:\s+(?:eve|day))?|boxing\s+day|new\s+year['’]?s?(?:\s+(?:eve|day))?|hogmanay|"
    r"no[eë]l|(?:la\s+)?saint[\s-]sylvestre|(?:le\s+)?jour\s+de\s+l['’]an|r[ée]veillon(?:\s+de\s+no[eë]l)?|"
    r"toussaint|halloween|valentine['’]?s\s+day|saint[\s-]valentin|easter\s+(?:sunday|monday)|"
    r"lundi\s+de\s+p[âa]ques|thanksgiving)\s*,?\s*(?:19|20)\d{2}\b",
    I,
)

# "the home (Beech House)", "her nursery (Little Stars)", "la maison de retraite (Les Glycines)":
# a capitalised name in brackets right after a generic place of care, study or work.
ORG_IN_BRACKETS = re.compile(
    r"\b(?:care\s+home|nursing\s+home|home|school|nursery|hospital|practice|surgery|clinic|pharmacy|hospice|"
    r"uni|university|college|academy|gym|club|church|mosque|temple|work|job|employer|company|agency|charity|"
    r"maison\s+de\s+retraite|ehpad|clinique|h[ôo]pital|[ée]cole|lyc[ée]e|coll[èe]ge|cr[èe]che|boulot|travail|"
    r"entreprise|pharmacie|fac|universit[ée]|foyer|r[ée]sidence|association)\s*\(\s*"
    r"((?-i:[A-ZÀ-Þ])[\w'’&.-]*(?:\s+(?:(?-i:[A-ZÀ-Þ&])[\w'’&.-]*|de|du|des|la|le|les|of|the|and|et)){0,4})\s*\)",
    I,
)
