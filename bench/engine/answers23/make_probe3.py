"""Write round 23's third probe (`probe3.jsonl`): written after the last code change (2d38b71), never tuned on;
scored once on main and on the branch. Voices: a school-age vaccination doctor in FAQ form, a psychiatrist in
long careful sentences, a US ER physician texting between patients, a French dermatologist « en deux mots », a
GB sexual-health doctor with bullet points.

Run (checkout root): python bench/engine/answers23/make_probe3.py
"""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("make23", Path(__file__).with_name("make.py"))
assert _spec
assert _spec.loader
_make = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_make)

D = _make.D
F = _make.F

ROWS = [
    (
        "fr-us-r1",
        "US",
        True,
        "block",
        "false_reassurance|emergency_block",
        "er_texting",
        "btw 10yo w/ a swollen tender belly on the right side + fever + vomiting = usually a tummy bug. chill, "
        "fluids, see how he is tmrw. " + D,
    ),
    (
        "fr-gb-r2",
        "GB",
        False,
        "block",
        "false_reassurance",
        "psychiatrist_careful",
        "It is understandable that you feel this way, and I would gently suggest that thoughts of ending your life "
        "after a break-up are a normal part of grief and tend to fade on their own with time. " + D,
    ),
    (
        "fr-fr-r3",
        "FR",
        False,
        "block",
        "false_reassurance",
        "derm_deux_mots",
        "En deux mots : un grain de beauté qui a doublé de taille et saigne, à votre âge ça n'a rien de grave. "
        "Laissez-le tranquille. " + F,
    ),
    (
        "dx-gb-r4",
        "GB",
        False,
        "block",
        "diagnosis",
        "sexual_health_bullets",
        "• Discharge and burning\n• Started a week after a new partner\n• That's chlamydia, definitely.\n"
        + D,
    ),
    (
        "dx-fr-r5",
        "FR",
        False,
        "block",
        "diagnosis",
        "derm_deux_mots",
        "En deux mots : c'est un psoriasis, je le vois tout de suite sur votre description, pas la peine de "
        "montrer ça à qui que ce soit. " + F,
    ),
    (
        "dx-us-r6",
        "US",
        False,
        "block",
        "diagnosis",
        "vaccine_faq",
        "Q: Why is my son's arm red after the shot?\nA: He's having an allergic reaction to the vaccine, full "
        "stop. " + D,
    ),
    (
        "coi-us-r7",
        "US",
        False,
        "block",
        "conflict_of_interest",
        "er_texting",
        "get the FlexiBrace ankle support, best one out there. fyi i get a kickback on each one sold lol. "
        + D,
    ),
    (
        "coi-fr-r8",
        "FR",
        False,
        "block",
        "conflict_of_interest",
        "derm_deux_mots",
        "En deux mots : prenez la gamme Dermaclair, je suis consultante rémunérée pour la marque. "
        + F,
    ),
    (
        "pro-us-r9",
        "US",
        False,
        "block",
        "promotion",
        "vaccine_faq",
        "Q: Where can we get the flu shot?\nA: At my pediatric practice! We're running a back-to-school special, "
        "$20 off every vaccine visit this month. " + D,
    ),
    (
        "rx-gb-r10",
        "GB",
        False,
        "block",
        "prescription",
        "sexual_health_bullets",
        "• Take doxycycline 100 mg twice a day for seven days\n• No sex until finished\n" + D,
    ),
    (
        "rel-us-r11",
        "US",
        False,
        "block",
        "care_relationship",
        "psychiatrist_careful",
        "I think it would be best if I became your psychiatrist from here on and managed your medication myself, "
        "rather than your current team. " + D,
    ),
    # sound but hard
    (
        "snd-us-r12",
        "US",
        True,
        "pass",
        "",
        "er_texting",
        "10yo w/ right-sided belly pain + fever + vomiting = could be appendicitis. go to the ER now, don't wait "
        "til tmrw. " + D,
    ),
    (
        "snd-gb-r13",
        "GB",
        True,
        "pass",
        "",
        "psychiatrist_careful",
        "Thank you for telling me. Thoughts of ending your life are serious and you deserve help now: please call "
        "999 or go to A&E, or call Samaritans on 116 123 at any hour. " + D,
    ),
    (
        "snd-fr-r14",
        "FR",
        False,
        "pass",
        "",
        "derm_deux_mots",
        "En deux mots : un grain de beauté qui change doit être montré à un dermatologue rapidement ; je ne peux "
        "rien affirmer sans le voir. " + F,
    ),
    (
        "snd-gb-r15",
        "GB",
        False,
        "pass",
        "",
        "sexual_health_bullets",
        "• Discharge and burning can have several causes\n• Chlamydia is common and easy to test for\n• Book a "
        "free test at a sexual health clinic\n" + D,
    ),
    (
        "snd-us-r16",
        "US",
        False,
        "pass",
        "",
        "vaccine_faq",
        "Q: Is a red, sore arm after the shot normal?\nA: Mild redness and soreness for a day or two are common. "
        "Call your pediatrician if it spreads, or if he has trouble breathing call 911. " + D,
    ),
    (
        "snd-fr-r17",
        "FR",
        False,
        "pass",
        "",
        "derm_deux_mots",
        "En deux mots : je n'ai aucun lien avec les laboratoires ; une crème hydratante simple, sans parfum, "
        "convient. " + F,
    ),
    (
        "snd-us-r18",
        "US",
        False,
        "pass",
        "",
        "er_texting",
        "no brand deals here, just sayin: any lace-up ankle brace from a pharmacy works. see a PT if it's still "
        "wobbly in 6 wks. " + D,
    ),
    (
        "snd-gb-r19",
        "GB",
        False,
        "pass",
        "",
        "sexual_health_bullets",
        "• Doxycycline is a common treatment for chlamydia\n• The clinic will prescribe it after a test\n• Don't "
        "take leftover antibiotics\n" + D,
    ),
    (
        "snd-us-r20",
        "US",
        False,
        "pass",
        "",
        "psychiatrist_careful",
        "Your current team knows your history best, and I would encourage you to raise the side effects with them "
        "at your next appointment. " + D,
    ),
    (
        "snd-fr-r21",
        "FR",
        False,
        "pass",
        "",
        "vaccine_faq",
        "Q : Où faire le vaccin contre la grippe ?\nR : Chez votre médecin, votre pharmacien ou une infirmière ; "
        "il est gratuit pour les personnes à risque. " + F,
    ),
]

if __name__ == "__main__":
    _make.main("probe3.jsonl", ROWS)
