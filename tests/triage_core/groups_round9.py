"""Round 9 (issue 8, helper triage14): scopes for text the patient did not write about themselves.

Reported text (a chatbot's or a website's answer, a leaflet, another poster's words) raises nothing
unless the patient states the symptom as their own or adopts the list ("I have all of those"); a
fear that names a diagnosis ("I'm scared it's a stroke") is not a statement of it, while the
discriminating features told beside the fear still raise the flag.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "reported_chatbot_or_website_list": (
        "acute_coronary_syndrome",
        [
            # The patient states the symptom as their own after the reported list.
            (
                "en",
                "The NHS website says call 999 if chest pain spreads to your arm. "
                "I have crushing chest pain going down my left arm right now",
            ),
            (
                "en",
                "chatgpt told me to ring 999 for chest pain with sweating. "
                "my dad has chest pain and he's sweating buckets",
            ),
            # The patient adopts the list.
            (
                "en",
                "According to the leaflet you should call an ambulance for chest pain with "
                "breathlessness or sweating. I've got all of those",
            ),
            (
                "en",
                "the symptom checker said chest pain plus pain in the arm means 999. that's exactly how I feel",
            ),
            ("en", "Crushing chest pain down my arm, the app says it could be my heart, is it?"),
            ("en", "Google says it's a heart attack. Crushing chest pain down my arm for 20 min"),
            (
                "fr",
                "Le site ameli dit d'appeler le 15 si la douleur thoracique irradie dans le bras. "
                "J'ai une douleur dans la poitrine qui descend dans le bras gauche",
            ),
            (
                "fr",
                "ChatGPT m'a dit qu'une douleur à la poitrine avec des sueurs, c'est le 15. "
                "j'ai tous ces symptômes",
            ),
            (
                "fr",
                "d'après la notice il faut appeler le 15 en cas de douleur dans la poitrine avec "
                "essoufflement. Mon mari a une douleur dans la poitrine et il est essoufflé",
            ),
            (
                "fr",
                "selon l'appli il faut appeler le 15 pour une douleur thoracique avec sueurs, c'est exactement ce que j'ai",
            ),
            (
                "fr",
                "douleur dans la poitrine qui serre et irradie dans le bras, google dit que c'est grave ?",
            ),
        ],
        [
            (
                "en",
                "ChatGPT said: call 999 if you have chest pain that spreads to your arm or jaw, "
                "or chest pain with sweating. I only have a sore throat, is that a cold?",
            ),
            (
                "en",
                "The NHS site says go to A&E if chest pain comes with breathlessness. "
                "Mine is a pulled muscle from the gym, it hurts when I press it",
            ),
            (
                "en",
                "an ai chatbot listed chest pain radiating to the arm and sweating as heart attack "
                "signs. i'm fine, just want to know for my mum's first aid course",
            ),
            (
                "fr",
                "ChatGPT m'a répondu : appelez le 15 si douleur thoracique qui irradie dans le bras "
                "ou avec sueurs. Moi j'ai juste le nez qui coule",
            ),
            (
                "fr",
                "le site ameli indique d'appeler le 15 en cas de douleur dans la poitrine avec "
                "essoufflement. Je n'ai rien de tout ça, c'est pour savoir",
            ),
        ],
    ),
    "reported_other_poster": (
        "meningitis",
        [
            (
                "en",
                "you said your son had a rash, same here: my son has a stiff neck and a fever of 39.8 now",
            ),
            (
                "en",
                "@mum_of_3 we're in A&E too, my baby has a purple rash that doesn't fade under a glass",
            ),
            (
                "en",
                "replying to the thread: my daughter has a stiff neck and fever since this morning",
            ),
            (
                "fr",
                "tu dis que ton fils avait de la fièvre ; moi mon fils a la nuque raide et 39,5 de fièvre",
            ),
            (
                "fr",
                "en réponse au post : ma fille a des taches violettes qui ne s'effacent pas au verre",
            ),
        ],
        [
            (
                "en",
                "@jenny you said your son has a stiff neck, a fever and a rash that doesn't fade, "
                "please take him to A&E now!",
            ),
            ("en", "your daughter's stiff neck with fever needs a doctor tonight, don't wait"),
            (
                "fr",
                "tu as dit que ton fils a la nuque raide et de la fièvre, il faut l'emmener aux urgences",
            ),
            (
                "fr",
                "votre fille a des taches violettes qui ne s'effacent pas ? appelez le 15 tout de suite",
            ),
        ],
    ),
    "feared_named_diagnosis": (
        "stroke",
        [
            # The fear and the discriminating features together: the features raise the flag.
            ("en", "I'm scared he's having a stroke, his face is drooping on one side"),
            ("en", "terrified it's a stroke: her speech is slurred and her arm is weak"),
            ("en", "I think my dad is having a stroke"),
            ("fr", "j'ai peur que ce soit un AVC, il a la bouche de travers"),
            ("fr", "je crains un AVC, elle n'arrive plus à parler correctement"),
            ("fr", "je pense que ma mère fait un AVC"),
        ],
        [
            (
                "en",
                "I'm scared it's a stroke but my face and speech are fine, I just have a tension headache",
            ),
            ("en", "my anxiety makes me worried I'm having a stroke every time my eye twitches"),
            (
                "fr",
                "j'ai peur que ce soit un AVC mais je parle normalement, c'est juste une migraine",
            ),
            ("fr", "je suis angoissée d'avoir un AVC depuis que ma tante en a fait un"),
        ],
    ),
    "feared_heart_attack": (
        "acute_coronary_syndrome",
        [
            ("en", "worried it's a heart attack, crushing chest pain and I'm sweating"),
            ("en", "he's having a heart attack"),
            ("fr", "peur que ce soit un infarctus, douleur dans la poitrine qui serre et sueurs"),
            ("fr", "il fait une crise cardiaque"),
        ],
        [
            ("en", "I'm always worried it's a heart attack when I get heartburn after pizza"),
            ("en", "scared of having a heart attack like my dad, my cholesterol is a bit high"),
            (
                "fr",
                "j'ai peur de faire un infarctus comme mon père, mon cholestérol est un peu haut",
            ),
            ("fr", "je stresse que ce soit un infarctus dès que j'ai des brûlures d'estomac"),
        ],
    ),
    "hyperbole_names_no_diagnosis": (
        "acute_coronary_syndrome",
        [
            ("en", "I nearly fainted, crushing chest pain going down my left arm"),
            ("en", "she's having a heart attack, she's grey and sweating"),
            ("fr", "j'ai cru mourir, douleur dans la poitrine qui serre avec des sueurs"),
            ("fr", "il fait un infarctus, il a mal dans la poitrine et il transpire"),
        ],
        [
            (
                "en",
                "the electricity bill nearly gave me a heart attack, anyway my question is about my mole",
            ),
            ("en", "my boss almost had a heart attack when I quit, lol. can I get a sick note?"),
            (
                "fr",
                "j'ai failli faire une crise cardiaque en voyant la facture, bref, question sur mon grain de beauté",
            ),
            (
                "fr",
                "ma mère a cru qu'elle allait faire un infarctus en voyant mes notes, c'est pour un certificat",
            ),
        ],
    ),
    "words_that_only_look_like_a_flag": (
        "severe_breathing_difficulty",
        [
            ("en", "my toddler is choking on a grape and can't cough"),
            ("en", "he's choking and going blue"),
            ("fr", "il s'étouffe avec un bonbon, il devient bleu"),
        ],
        [
            # "hay fever" is no fever; a choking-hazard label is no choking; 💀 marks hyperbole.
            ("en", "the toy box says choking hazard, small parts, is it safe for a 4 year old?"),
            (
                "en",
                "hay fever every spring and now my chemo nurse asked about allergies, which antihistamine?",
            ),
            ("en", "literally can't breathe 💀 this meme is too good"),
            ("fr", "j'arrive plus à respirer 💀 ce prof est trop drôle"),
        ],
    ),
    "carbon_monoxide_near_an_appliance": (
        "overdose_poisoning",
        [
            (
                "en",
                "since the gas fire went on we've all got headaches, and the dog is lethargic too",
            ),
            (
                "en",
                "headache and dizziness at home every evening, fine when I go out to work, old boiler in the flat",
            ),
            ("en", "new wood burner, I have a headache and feel sick and dizzy"),
            ("en", "the boiler is making a funny noise, my husband is drowsy and nauseous, me too"),
            ("en", "we both feel sick with headaches since we lit the stove"),
            (
                "fr",
                "depuis qu'on a allumé le poêle, j'ai mal à la tête et des nausées, les enfants aussi",
            ),
            (
                "fr",
                "maux de tête et vertiges, ça passe quand je sors de la maison, on a une vieille chaudière",
            ),
            (
                "fr",
                "chauffage d'appoint au pétrole dans la chambre, mal à la tête, nausées et vertiges",
            ),
            (
                "fr",
                "la chaudière fait un bruit bizarre, ma femme a des vertiges et moi aussi, nous sommes tous somnolents",
            ),
            (
                "fr",
                "le chien est amorphe et j'ai mal à la tête depuis qu'on utilise le poêle à bois",
            ),
        ],
        [
            ("en", "our boiler was serviced today. I have a headache from work stress"),
            ("en", "the gas cooker is old, should I replace it? my son has a headache from school"),
            ("fr", "la chaudière est en panne, il fait froid, j'ai un petit rhume"),
            (
                "fr",
                "on a installé un poêle à bois, est-ce que la fumée est mauvaise pour l'asthme ?",
            ),
        ],
    ),
    "priapism_over_four_hours": (
        "priapism",
        [
            ("en", "my erection has lasted more than 4 hours and it's really painful"),
            ("en", "painful erection that won't go down"),
            ("en", "had a hard on for 5 hours now, nothing makes it go down"),
            ("en", "six hour erection after an injection, it hurts"),
            ("en", "priapism since this morning, the pain is severe"),
            ("fr", "érection depuis 5 heures, ça ne redescend pas"),
            ("fr", "j'ai une érection douloureuse qui ne part pas"),
            ("fr", "érection qui dure depuis plus de 4 heures après mon traitement"),
            ("fr", "priapisme depuis cette nuit, très douloureux"),
            ("fr", "mon mari a une érection pendant plus de six heures, il a très mal"),
        ],
        [
            ("en", "what is priapism?"),
            ("en", "erection lasts about 20 minutes, is that normal?"),
            ("fr", "c'est quoi le priapisme ?"),
            ("fr", "mes érections ne durent que quelques minutes, est-ce normal ?"),
        ],
    ),
    "reported_by_search_engines_and_letters": (
        "diabetic_emergency",
        [
            (
                "en",
                "bing says DKA can be deadly. my son is diabetic, his sugar is 30 and he's confused now",
            ),
            (
                "fr",
                "selon google c'est grave. mon fils diabétique a une glycémie à 4 g et il est confus",
            ),
        ],
        [
            ("en", "bing said diabetic ketoacidosis needs 999. I don't have diabetes, just asking"),
            (
                "en",
                "his discharge summary says he was admitted with DKA, can he go back to football?",
            ),
            (
                "fr",
                "le compte rendu de sortie dit qu'il a été hospitalisé pour une acidocétose, peut-il reprendre le sport ?",
            ),
        ],
    ),
    "palpitations_with_fainting": (
        "critical_vital_signs",
        [
            ("en", "my heart is racing and I fainted at work"),
            ("en", "palpitations and I passed out for a few seconds"),
            ("en", "heart pounding then she collapsed in the kitchen"),
            ("fr", "palpitations puis j'ai perdu connaissance"),
            ("fr", "coeur qui s'emballe et je suis tombée dans les pommes"),
            ("fr", "mon père a des palpitations et il s'est effondré"),
        ],
        [
            ("en", "I get palpitations after coffee, no fainting"),
            ("en", "I used to faint as a teen; now I get palpitations after coffee"),
            ("fr", "des palpitations quand je stresse, pas de malaise"),
            ("fr", "j'ai des palpitations le soir, je ne me suis jamais évanouie"),
        ],
    ),
    "french_ne_que_is_not_a_negation": (
        "severe_bleeding",
        [
            ("fr", "je ne vomis que du sang depuis ce matin"),
            ("fr", "il ne crache que du sang rouge quand il vomit"),
        ],
        [
            ("fr", "je ne vomis pas de sang, juste de la bile"),
            ("fr", "il ne vomit plus que de l'eau, pas de sang"),
        ],
    ),
}

NEW_FLAGS = ("priapism",)
