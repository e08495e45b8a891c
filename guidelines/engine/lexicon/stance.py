"""Cues for reading a sentence's stance: who is addressed, what is said of them, what is offered, and
whether the words are the writer's own (quoted, reported to be rejected, or given as a warning).

Regex sources on lower-cased normalised text (EN and FR together: cues rarely collide across the two).
"""

from __future__ import annotations

# Who is addressed or spoken of.
TARGET_PATIENT = (
    r"you|you'?re|your|yourself|vous|votre|vos|tu|t'es|people like you|patients like you|les gens comme vous|"
    r"(?:some|these|those|such|many) patients|certains patients|ces patients|ces gens(?:-là)?|"
    r"(?:patients|people|those|parents|families) who|ceux qui|les gens qui|les patients qui|(?:les )?familles qui"
)
TARGET_COLLEAGUE = (
    r"(?:gp|gps|doctor|doctors|colleague|colleagues|consultant|consultants|nurse|nurses|surgeon|surgeons|physician|"
    r"physicians|specialist|specialists|staff|physio|physios|paramedics?|radiologists?|registrar|juniors?|"
    r"walk-in cent(?:re|er)|urgent care|a&e|er|emergency department|hospital|practice|surgery|clinic|that lot|"
    r"locums?|registrars?|psychiatrists?|pharmacists?|dentists?|prescripteurs?|psychiatres?|pharmaciens?|dentistes?|"
    r"those guys|these guys|that lot|whoever|"
    r"médecins?|généralistes?|confrères?|consœurs?|collègues?|urgentistes?|infirmières?|infirmiers?|chirurgiens?|"
    r"kinés?|kinésithérapeutes?|spécialistes?|internes?|hôpital|urgences|clinique|cabinet|service)"
)

# What is said of them: contempt, mockery, blame in everyday words (beyond insult words).
CONTEMPT = (
    r"slept through (?:\w+ ){0,2}(?:medical school|med school|training|lectures)",
    r"couldn'?t (?:spot|diagnose|find|recognise|recognize|tell|treat) (?:\S+ ){1,6}if (?:it|they|he|she)",
    r"clowns?",
    r"muppets?",
    r"cowboys?",
    r"(?:is|are|was|were) a (?:total |complete |bad )?joke",
    r"(?:utterly |totally |completely )?useless lot",
    r"amateur hour",
    r"numpties?",
    r"plonkers?",
    r"buffoons?",
    r"bras cassés",
    r"pieds nickelés",
    r"branquignols?",
    r"guignols?",
    r"rigolos?",
    r"tocards?",
    r"nullards?",
    r"marchands? de (?:massages?|sommeil|rêves?|soupe|tapis|vent|miracles?)",
    r"ne connaissent rien",
    r"n'y connaissent rien",
    r"don'?t know the first thing",
    r"(?:is|are|was|were) a (?:real |total |complete )?(?:liability|menace|disgrace|danger to (?:patients|the public))",
    r"wouldn'?t let (?:him|her|them) (?:near|treat|touch)",
    r"à la chaîne",
    r"ne savent rien faire",
    r"vous a bourrée? de",
    r"(?:was|is|that'?s) (?:\w+ )?(?:idiotic|moronic|brainless|pathetic)",
    r"(?:is|are|was|were) a (?:total |complete )?shambles",
    r"couldn'?t care less",
    r"act surprised",
    r"(?:exactly )?what you asked for",
    r"n'importe quoi",
    r"(?:une? )?(?:incurie|incompétence|négligence) (?:\w+ )?(?:déplorable|crasse|totale|coupable)",
    r"comme souvent dans ces services",
    r"pour partir en vacances tranquilles?",
)
MOCKERY = (
    r"congratulations,? you'?ve",
    r"well done,? you'?ve",
    r"bravo,? vous vous êtes",
    r"bravo,? vous avez",
    r"(?:diagnosed|googled) yourself",
    r"auto-?diagnostiqué",
    r"leave (?:the )?medicine to",
    r"laissez (?:\w+ )?la médecine à",
    r"people who (?:actually )?went to medical school",
    r"ceux qui ont fait des études",
    r"disease of the week",
    r"maladie à la mode",
    r"🙄",
    r"il faut le faire",
    r"vous auriez pu réfléchir",
)
BLAME = (
    r"put (?:the|that|your) (?:fork|takeaway|biscuits?|cakes?|crisps|chips|pies?|burgers?|doughnuts?|donuts?|beers?|"
    r"bottle|wine|fags?|cigarettes?)(?: \w+)? down",
    r"if you(?:'d| had| would)? (?:only |just |actually )?bothered",
    r"(?:we|i) see (?:a dozen|dozens|loads|hundreds|ten|\w+) of you",
    r"on en voit (?:\w+ )?comme vous",
    r"what people like you do",
    r"ce que font les gens comme vous",
    r"(?:stop|quit) (?:moaning|whining|complaining|making a fuss)",
    r"arrêtez de (?:vous plaindre|geindre|pleurnicher|râler)",
    r"pour trois fois rien",
    r"si vous lâchiez",
    r"lâchez un peu (?:les|le|la)",
    r"no wonder you",
    r"pas étonnant que vous",
    r"si vous (?:aviez|faisiez) (?:pris la peine|l'effort|un effort)",
    r"your own fault",
    r"de votre faute",
    r"(?:should|ought to) (?:know|have known) better",
    r"deserve what (?:they|you) get",
    r"(?:had|has|have) it coming",
    r"serves? (?:them|you|him|her) right",
    r"(?:stop |quit )?wasting (?:everyone's|everybody's|our|my|the doctor's|"
    r"doctors'|the nhs's|people's) time",
    r"come running to (?:the|a|your) doctor",
    r"faut pas venir (?:pleurer|vous plaindre)",
    r"venir pleurer",
    r"(?:l'ont|l'avez|l'a) bien cherché",
    r"c'est bien fait pour",
)

# What is offered: the writer's own services (subject), the thing offered, and the commercial cue.
PROVIDER = r"i|i'?m|i'?ve|i'?d|we|we'?re|we'?ve|we'?ll|my|our|je|j'ai|j'|nous|mon|ma|mes|notre|nos|on lance|on propose"
OFFER = (
    r"consultations?|appointments?|slots?|openings?|sessions?|tests?|testing|panels?|packages?|programmes?|programs?|"
    r"protocols?|study|studies|services?|treatments?|injections?|courses?|screening|check-?ups?|clinic|"
    r"rendez-vous|rdv|créneaux|créneau|séances?|bilans?|forfaits?|protocoles?|polygraphies?|analyses?|"
    r"programmes?|cures?|soins|dépistages?|téléconsultations?|centre|center|cabinet|clinique|practice|visits?|"
    r"platform|plateforme|courses?|cours|groups?|groupes?|range|gamme|crèmes?|products?|produits?|places|removals?|"
    r"procedures?|interventions?|poses?"
)
COMMERCIAL = (
    r"half[- ]price",
    r"à moitié prix",
    r"early[- ]bird",
    r"tarif de lancement",
    r"prix de lancement",
    r"launch price",
    r"only (?:practice|clinic|centre|center|place|one) in",
    r"exclusive",
    r"exclusif",
    r"exclusive?s?",
    r"le seul (?:centre|cabinet|médecin)",
    r"la seule clinique",
    r"seuls? à proposer",
    r"zocdoc",
    r"doctolib",
    r"calendly",
    r"search (?:for )?my name",
    r"tapez mon nom",
    r"sign up",
    r"inscrits?",
    r"(?:first|premières?) \d+ (?:people|patients|personnes)",
    r"openings",
    r"créneaux",
    r"fit (?:people|you|patients) in",
    r"within the week",
    r"dans la semaine",
    r"soon",
    r"bientôt",
    r"next month",
    r"le mois prochain",
    r"launching",
    r"(?:we|on|nous) lan(?:ce|çons)",
    r"coming soon",
    r"privately",
    r"en privé",
    r"harley street",
    r"private clinic",
    r"clinique privée",
    r"(?:first|1st) (?:month|visit|session|consultation|assessment)s? (?:is |are )?free",
    r"new members",
    r"(?:premiers?|premières?) \w+ (?:sont |est )?(?:offerts?|offertes?|gratuits?|gratuites?)",
    r"\w+ places? (?:left|remaining)",
    r"places? restantes?",
    r"plus que \w+ places?",
    r"limited places",
    r"grab one",
    r"private (?:\w+ ){0,2}(?:consultations?|assessments?|packages?|sessions?)",
    r"at my rooms",
    r"(?:disponibles?|available) (?:au cabinet|at my (?:clinic|practice|rooms))",
    r"just [£$€]\s?\d+",
    r"priority (?:slots|appointments|access)",
    r"now offer",
    r"\d+\s?% (?:less|cheaper|off)",
    r"first-time (?:patients|clients)",
    r"call our front desk",
    r"au lieu de \d+",
    r"lien dans (?:mon|ma) (?:profil|bio)",
    r"link in (?:my )?(?:bio|profile)",
    r"(?:prise de )?(?:rdv|rendez-vous) sur (?:mon|notre) site",
    r"dépassement d'honoraires",
    r"(?:j'anime|i run|je fais)",
)

# Frames that make words someone else's: reported to be rejected, or quoted as a warning sign.
REPORTING = (
    r"told|tell|tells|telling|say|says|said|saying|claims?|call(?:s|ed)? you|believes?|insists?|according to|"
    r"dit|disent|dira|dise|disait|prétend\w*|affirme\w*|raconte\w*|on vous a dit|qu'en dise"
)
REJECTION = (
    r"wrong|not true|untrue|false|a myth|myth|nonsense|not your fault|unkind|unfair|isn'?t|is not|"
    r"faux|fausse|mythe|idée reçue|pas vrai|pas de votre faute|blessant\w*|injuste"
)
WARNING = (
    r"beware|be wary|be careful|careful with|watch out|avoid|steer clear|anyone who|whoever says|clinics? (?:that|which|advertising)|"
    r"sites? (?:that|which|selling)|adverts?|advertis\w+|lines like|slogans?|méfiez-vous|attention aux|fuyez|évitez|"
    r"quiconque|ceux qui promettent|qui promettent|qui vendent|promet(?:tent)?"
)

ENDORSE = (
    r"(?:says|said|puts) it (?:best|well|clearly)|puts it well|le dit (?:très |si |fort )?bien|comme le dit|"
    r"as (?:the \w+ )?(?:says|puts it)|rightly|à juste titre|i agree|je confirme|je le constate|i'?ve seen exactly"
)

# False reassurance: dismissing a symptom (warns; blocks when the case carries a red flag).
REASSURANCE = (
    r"don'?t worry",
    r"do not worry",
    r"no need to worry",
    r"nothing to worry about",
    r"not worth worrying about",
    r"(?:it'?s|it is|that'?s|that is) (?:(?:almost certainly|almost|certainly|probably|surely|honestly|definitely|really|"
    r"just|most likely) )*nothing(?= *(?:[.,;:!-]|$| at all| serious| to worry))",
    r"nothing serious",
    r"(?:is|are) never (?:cancer|serious|dangerous)",
    r"never cancer",
    r"it'?ll (?:pass|go away)",
    r"leave it be",
    r"(?:just|only|simply) (?:shock|stress|anxiety|nerves|a trapped nerve|muscular|a pulled muscle|indigestion|wind|a virus)",
    r"nothing to worry about at all",
    r"(?:and|et) nothing (?:more|else)",
    r"rien de plus",
    r"never anything (?:serious|to worry about|bad)",
    r"jamais (?:rien de )?grave",
    r"(?:it'?ll|it will|this will|they'?ll) sort (?:itself|themselves) out",
    r"(?:ça|cela) va s'arranger",
    r"no need to (?:seek|see|go|call|come|get)\b",
    r"pas la peine (?:d'aller|de consulter|d'appeler)",
    r"inutile de consulter",
    r"(?:it'?ll|it will) be (?:just )?(?:a |an )?(?:pulled|strained|trapped) \w+",
    r"(?:it )?comes with (?:age|old age)",
    r"c'est l'âge",
    r"wouldn'?t read anything into",
    r"can be left alone",
    r"almost always harmless",
    r"pas de quoi s'(?:alarmer|inquiéter)",
    r"bénin à 100",
    r"pas besoin d'(?:écho|examen|consulter|imagerie)",
    r"no need for (?:a |an )?(?:scan|test|ultrasound|x-ray)",
    r"ne vous (?:inquiétez|en faites) pas",
    r"pas (?:de quoi|la peine de) (?:vous |s')inquiéter",
    r"ce n'est rien",
    r"c'est rien",
    r"ce n'est (?:sûrement |sans doute |probablement |certainement )rien",
    r"rien de grave",
    r"n'est jamais (?:un cancer|grave|dangereux)",
    r"jamais un cancer",
    r"ça va passer",
    r"laissez faire",
    r"c'est (?:juste |seulement )?le (?:choc|stress)",
    r"(?:juste|seulement) (?:le stress|le choc|nerveux|musculaire)",
)
# "Don't worry about bothering them / about asking": encouragement to seek care, not reassurance.
REASSURANCE_OK_AFTER = (
    r"\s+(?:about|of) (?:bothering|wasting|asking|calling|going|being a (?:nuisance|bother)|phoning|coming|troubling)",
    r"\s+about \w+ing\b",
    r"\s+(?:de|d') ?(?:déranger|appeler|consulter|demander|venir|aller)",
    r"\s+if you(?:'re| are)? (?:not sure|unsure|wrong)",
)
