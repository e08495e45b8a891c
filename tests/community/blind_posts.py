"""Blind set of colleague posts (EN/FR), written for the community before scoring; never tuned against.

Style not used elsewhere in the project: doctors talking shop to each other (jargon, abbreviations,
references to colleagues, papers and guidelines), not patient questions nor answers to patients.
Each row: (text, lang, should_block, why).
"""

from __future__ import annotations

POSTS: tuple[tuple[str, str, bool, str], ...] = (
    # --- should pass: ordinary colleague discussion
    (
        "Anyone else seeing more scabies in care homes this winter? Permethrin x2 a week apart still works for us.",
        "en",
        False,
        "clinical",
    ),
    (
        "Per NICE NG136 I'd uptitrate the ramipril before adding amlodipine, but happy to be challenged.",
        "en",
        False,
        "guideline ref",
    ),
    (
        "Good paper by Williams et al. in the BJGP last month on deprescribing PPIs, worth a read.",
        "en",
        False,
        "author of a paper",
    ),
    (
        "I trained under Prof. Chen at Guy's and she always scraped annular lesions before treating.",
        "en",
        False,
        "colleague named as teacher",
    ),
    (
        "HbA1c 78 on met + gliclazide, BMI 36: SGLT2i or GLP-1 next? Renal function normal.",
        "en",
        False,
        "numbers that are lab values",
    ),
    (
        "Our ED registrar rota is short this weekend; if you can cover a 12h shift let the rota lead know.",
        "en",
        False,
        "rota talk",
    ),
    (
        "For the FR colleagues: is the HAS 2023 guidance on bronchiolitis different from ours?",
        "en",
        False,
        "agency names",
    ),
    (
        "A 34-year-old with a new murmur and fever: would you echo before or after blood cultures?",
        "en",
        False,
        "age in a case",
    ),
    (
        "@Dr.Derm thanks, scraping came back positive for Trichophyton rubrum.",
        "en",
        False,
        "mention of a colleague",
    ),
    (
        "Quelqu'un a de l'expérience avec le dupilumab chez l'enfant de moins de six ans ?",
        "fr",
        False,
        "clinical FR",
    ),
    (
        "Selon les recommandations de la HAS, l'amoxicilline reste le premier choix dans l'otite moyenne aiguë.",
        "fr",
        False,
        "guideline FR",
    ),
    (
        "Le service de dermatologie du CHU accepte maintenant les avis par télé-expertise, c'est rapide.",
        "fr",
        False,
        "service, not a person",
    ),
    (
        "Patiente de 67 ans, FA non anticoagulée, CHA2DS2-VASc à 4 : vous la mettez sous AOD d'emblée ?",
        "fr",
        False,
        "case FR with scores",
    ),
    (
        "J'ai relu l'article de Dupuis et al. dans La Revue du Praticien, très clair sur l'urticaire chronique.",
        "fr",
        False,
        "paper author FR",
    ),
    (
        "Merci pour vos retours, je vais proposer une biopsie cutanée avant de conclure.",
        "fr",
        False,
        "thanks FR",
    ),
    # --- should block: identifiers of a patient
    (
        "Saw Mrs Patricia Holloway again today, her psoriasis is much worse since the methotrexate stopped.",
        "en",
        True,
        "patient name",
    ),
    (
        "The lad from 27 Elm Grove, Sheffield S10 2TN came back with the same rash.",
        "en",
        True,
        "address",
    ),
    (
        "His NHS number is 485 777 3456 if anyone wants to look him up on the shared record.",
        "en",
        True,
        "NHS number",
    ),
    ("Text the mum on 07700 900982, she is happy to send more photos.", "en", True, "phone"),
    (
        "Born 14/02/1987, presented with chest pain on 3 March: troponin negative.",
        "en",
        True,
        "date of birth",
    ),
    (
        "J'ai revu M. Bernard Lemoine ce matin, toujours pas d'amélioration sous dermocorticoïdes.",
        "fr",
        True,
        "patient name FR",
    ),
    (
        "La patiente habite 8 allée des Tilleuls à Rennes, on pourrait organiser une visite.",
        "fr",
        True,
        "address FR",
    ),
    (
        "Son numéro de sécurité sociale est 2 84 05 75 112 233 45, pour le dossier partagé.",
        "fr",
        True,
        "NIR",
    ),
    # --- should block: contact solicitation, promotion, abuse or denigration
    (
        "DM me on WhatsApp +44 7700 900555 and we can discuss privately.",
        "en",
        True,
        "private contact",
    ),
    (
        "Come to my private clinic on Harley Street, 20% off for referrals from this forum!",
        "en",
        True,
        "promotion",
    ),
    (
        "The cardiologist who saw her is a complete idiot and should be struck off.",
        "en",
        True,
        "abuse of a colleague",
    ),
    (
        "Honestly the GPs round here are useless morons who refer everything.",
        "en",
        True,
        "denigration of colleagues",
    ),
    (
        "Écrivez-moi sur mon mail perso dr.martin.cabinet@gmail.com pour en parler.",
        "fr",
        True,
        "private e-mail FR",
    ),
    (
        "Mon cabinet propose des consultations esthétiques à -30 % ce mois-ci, prenez rendez-vous.",
        "fr",
        True,
        "promotion FR",
    ),
    (
        "Ce confrère est un incapable et un charlatan, il ne devrait plus exercer.",
        "fr",
        True,
        "denigration FR",
    ),
)
