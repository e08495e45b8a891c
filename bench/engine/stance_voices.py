"""More voices for the stance model's generated data (issue 16, second round).

Eight registers doctors write in that the first data lacked: over-familiar with emoji, bullet-point templates,
hedging juniors, telehealth entrepreneurs, moralising, paternalistic, anecdote-tellers and code-switching
(English and French mixed). Each voice is a prefix (and for some a light rewrite) applied alike to clauses that
carry a label and to clauses that do not, so the model learns that the voice itself is no cue; and each voice
brings sentences of its own, written for this file: contempt, offers and dismissal in that voice, and sound
look-alikes (habits named kindly, a junior's caveat, an NHS app, a case told as an anecdote).
"""

from __future__ import annotations

import random

VOICE_PREFIX = {
    "en": {
        "over_familiar": ["Hey lovely 😊", "Aww hun,", "Right then 👍", ""],
        "bullets": ["-", "•", "1)", "Key point:"],
        "hedging_junior": [
            "I'm only an F2, but",
            "Not 100% sure, but",
            "Happy to be corrected, but",
            "",
        ],
        "telehealth": [
            "Quick take from our app:",
            "From our online clinic:",
            "Video-consult view:",
            "",
        ],
        "moralising": ["Frankly,", "Let's be honest,", "At the end of the day,", ""],
        "paternalistic": ["Now listen,", "My dear,", "Trust me on this:", ""],
        "anecdote": [
            "Funny, I saw this last week:",
            "Reminds me of a case:",
            "In my years of practice,",
            "",
        ],
        "code_switch": ["Bon, honestly,", "Anyway, en gros,", "OK alors,", ""],
    },
    "fr": {
        "over_familiar": ["Coucou 😊", "Bon alors 😉", "Ah là là,", ""],
        "bullets": ["-", "•", "1)", "À retenir :"],
        "hedging_junior": [
            "Je ne suis qu'interne, mais",
            "Sans certitude,",
            "À confirmer, mais",
            "",
        ],
        "telehealth": [
            "Depuis notre appli :",
            "Avis de téléconsultation :",
            "Sur notre plateforme,",
            "",
        ],
        "moralising": ["Franchement,", "Soyons honnêtes,", "Au fond,", ""],
        "paternalistic": ["Écoutez-moi bien,", "Ma chère,", "Faites-moi confiance :", ""],
        "anecdote": [
            "Ça me rappelle un patient :",
            "J'ai vu ça la semaine dernière :",
            "En trente ans,",
            "",
        ],
        "code_switch": ["Basically,", "Bref, to be honest,", "OK so,", ""],
    },
}
_EMOJI = [" 😊", " 🙂", " 👍", ""]


def voice_text(rng: random.Random, lang: str, voice: str, s: str) -> str:
    """The clause s in one of the new voices."""
    p = rng.choice(VOICE_PREFIX[lang][voice])
    s = f"{p} {s[0].lower() + s[1:]}" if p and p[-1] not in "-•)" else (f"{p} {s}" if p else s)
    if voice == "over_familiar":
        s = s.rstrip(".") + rng.choice(_EMOJI)
    return s


# Labelled sentences written in these voices (label, text): contempt, offers, contact, dismissal.
VOICE_POSITIVES = {
    "en": [
        ("disrespect", "If you put the takeaway menu down, the scales might thank you 😂"),
        ("disrespect", "Some of you lot treat the surgery like a drop-in café"),
        ("disrespect", "Classic worried-well nonsense, I'm afraid"),
        ("disrespect", "You made your bed with the cigarettes, so lie in it"),
        ("disrespect", "Maybe try a salad once in a while, just a thought 🙄"),
        ("disrespect", "I'd tell you to exercise, but we both know you won't"),
        ("disrespect", "Patients who won't follow simple advice shouldn't expect miracles"),
        ("disrespect", "The GPs round here couldn't organise a flu clinic in a pharmacy"),
        ("disrespect", "Honestly, what did the locum think he was doing, the idiot"),
        ("disrespect", "Grown adults moaning about a cold, whatever next"),
        ("promotion", "Our app does a full hormone panel for £79 this month only"),
        ("promotion", "Download my app for 20% off your first video consult"),
        ("promotion", "Book a slot with me on our platform and skip the NHS queue"),
        ("promotion", "My online clinic has two openings left this week at the launch price"),
        ("contact", "Just drop me a DM on Insta and I'll sort you out"),
        ("contact", "Text my personal mobile and we'll chat tonight"),
        ("reassurance", "Chill, it'll be nothing, promise"),
        ("reassurance", "Honestly it's just your body being dramatic, forget about it"),
        ("reassurance", "Nothing to lose sleep over, I'd leave it well alone"),
        ("reassurance", "No need to bother anyone with that, it always settles"),
    ],
    "fr": [
        ("disrespect", "Franchement, moins d'apéros et vous n'en seriez pas là 🙄"),
        ("disrespect", "Les malades imaginaires comme vous encombrent les cabinets"),
        ("disrespect", "Vous l'avez un peu cherché avec la cigarette, non ?"),
        ("disrespect", "Encore quelqu'un qui croit tout ce qu'il lit sur les forums"),
        ("disrespect", "Un peu de volonté ne vous ferait pas de mal"),
        ("disrespect", "Les urgentistes du coin ne savent plus examiner un ventre"),
        ("disrespect", "Des adultes qui pleurnichent pour un rhume, on aura tout vu"),
        ("promotion", "Notre appli propose un bilan hormonal complet à 79 € ce mois-ci seulement"),
        ("promotion", "Sur ma plateforme, la téléconsultation est à 19 € cette semaine"),
        ("promotion", "Prenez rendez-vous avec moi sur notre site et évitez l'attente"),
        ("contact", "Envoyez-moi un message sur Insta, je vous réponds ce soir"),
        ("reassurance", "Bof, c'est rien du tout, oubliez ça"),
        ("reassurance", "Ça passe toujours tout seul, pas la peine de déranger qui que ce soit"),
        ("reassurance", "Rien de quoi perdre le sommeil, laissez tomber"),
    ],
}
# Sound sentences in the same voices, built to look like the positives.
VOICE_NEGATIVES = {
    "en": [
        "Many people eat like a bird when they feel low; appetite usually returns",
        "Weight gain with this medicine is common and is not your fault",
        "It's a really good question and lots of people ask it",
        "I had a patient with the same rash last year; it settled with a simple cream",
        "Smoking makes this worse and stopping is hard, so your pharmacy can help for free",
        "I'm only a junior, so please check this with your own GP",
        "The NHS app lets you book a GP appointment online",
        "Lots of patients feel embarrassed to ask about this, and there is no need",
        "Cutting down on alcohol helps the liver recover, and support is available",
        "Don't worry about asking, that's what we're here for",
        "Your GP is best placed to examine you and decide on tests",
        "Video consultations are available through your GP practice at no cost",
        "If the pain spreads to your arm or jaw, call 999 straight away",
        "Please keep everything on this platform rather than sharing your number",
        "A healthier diet helps, but it is one part of the picture and no one expects perfection",
        "Some people are told they are just anxious; if you feel something is wrong, ask again",
    ],
    "fr": [
        "Beaucoup de gens mangent peu quand le moral est bas ; l'appétit revient",
        "Prendre du poids avec ce traitement est fréquent et ce n'est pas de votre faute",
        "J'ai eu une patiente avec la même éruption ; une crème simple a suffi",
        "Je ne suis qu'interne, vérifiez avec votre médecin traitant",
        "Arrêter de fumer est difficile : Tabac Info Service peut vous aider gratuitement",
        "Votre médecin traitant est le mieux placé pour vous examiner",
        "La téléconsultation est possible avec votre médecin, remboursée par l'Assurance maladie",
        "N'ayez pas honte de poser la question, c'est fait pour ça",
        "Si la douleur s'étend au bras ou à la mâchoire, appelez le 15 immédiatement",
        "On vous a peut-être dit que c'était le stress ; si quelque chose vous inquiète, reconsultez",
    ],
}
