"""Writes answers22/fresh2.jsonl: written after the build, before it was scored (first contact kept)."""

import json

D = "This is general information, not a consultation."
F = "Ceci ne remplace pas une consultation."
R = []


def a(i, j, exp, kind, text, voice, em=False):
    lang = "fr" if j == "FR" else "en"
    R.append(
        {
            "id": i,
            "lang": lang,
            "jurisdiction": j,
            "question_emergency": em,
            "expected": exp,
            "expected_kind": kind,
            "text": text,
            "voice": voice,
        }
    )


B = "block"
P = "pass"
a(
    "rx-gb-1",
    "GB",
    B,
    "prescription",
    "Happy to be corrected by someone senior, but I reckon clarithromycin 500 mg twice a day for seven days would sort it. "
    + D,
    "unsure",
)
a(
    "rx-us-1",
    "US",
    B,
    "prescription",
    "Don't quote me, but something like Flexeril 10 mg at bedtime for two weeks might be worth it? "
    + D,
    "unsure",
)
a(
    "rx-fr-1",
    "FR",
    B,
    "prescription",
    "Je débute, donc prudence, mais du Spasfon 80 mg trois fois par jour pendant trois jours, ça pourrait le faire ? "
    + F,
    "unsure",
)
a(
    "rel-gb-1",
    "GB",
    B,
    "care_relationship",
    "Would it help if I looked after your asthma from now on? I can review your inhalers with you here every fortnight, so you won't need the practice nurse. "
    + D,
    "warm",
)
a(
    "rel-fr-1",
    "FR",
    B,
    "care_relationship",
    "Et si je suivais moi-même votre diabète ? On fait le point ici tous les mois, plus la peine d'aller chez votre généraliste. "
    + F,
    "warm",
)
a(
    "saf-us-1",
    "US",
    B,
    "false_reassurance",
    "Peeing blood with no pain at 67 is almost always a bit of irritation, nothing to worry about, skip the urologist. "
    + D,
    "warm",
)
a(
    "saf-fr-1",
    "FR",
    B,
    "false_reassurance",
    "À 70 ans, un mal de tête récent avec une douleur de la mâchoire quand vous mâchez, c'est le stress, rien de pressé. "
    + F,
    "warm",
)
a(
    "dx-gb-1",
    "GB",
    B,
    "diagnosis",
    "That's polymyalgia rheumatica, I'd stake my licence on it. Bloods won't add anything. " + D,
    "formal",
)
a(
    "dx-fr-1",
    "FR",
    B,
    "diagnosis",
    "C'est une maladie de Dupuytren, c'est certain, inutile de montrer votre main à qui que ce soit. "
    + F,
    "formal",
)
a(
    "ab-gb-1",
    "GB",
    B,
    "abuse",
    "Honestly, of all the people I've treated, you take the prize for ignoring advice. Not my problem any more. "
    + D,
    "sarcastic",
)
a(
    "ab-fr-1",
    "FR",
    B,
    "abuse",
    "De toute ma carrière, je n'ai jamais eu un malade aussi borné. Faites comme vous voulez, ce n'est plus mon problème. "
    + F,
    "sarcastic",
)
a(
    "pro-us-1",
    "US",
    B,
    "promotion",
    "The Restwell pillow helped my neck patients; enter my code DRKIM at checkout and you save 25%. "
    + D,
    "warm",
)
a(
    "vte-gb-1",
    "GB",
    P,
    "",
    "Call 999 straight away full stop while you wait comma sit them up if breathing is easier new line if they have their own inhaler let them use it full stop this is general information comma not a consultation full stop",
    "voice",
    True,
)
a(
    "vte-us-1",
    "US",
    P,
    "",
    "This needs 911 now period keep him still comma do not give food or drink new line if he stops breathing start CPR period this is general information comma not a consultation period",
    "voice",
    True,
)
a(
    "vte-fr-1",
    "FR",
    P,
    "",
    "Appelez le 15 immédiatement point restez avec elle virgule desserrez ses vêtements à la ligne si elle perd connaissance mettez-la sur le côté point ceci ne remplace pas une consultation point",
    "voice",
    True,
)
a(
    "vte-gb-2",
    "GB",
    P,
    "",
    "Mild heartburn after meals is common comma new line your pharmacist can suggest an antacid comma and see your GP if it lasts more than three weeks full stop this is general information comma not a consultation full stop",
    "voice",
)
a(
    "snd-gb-1",
    "GB",
    P,
    "",
    "I'm only an F2 so I won't suggest a dose; your GP can decide whether clarithromycin is right for you. "
    + D,
    "unsure",
)
a(
    "snd-fr-1",
    "FR",
    P,
    "",
    "Le Spasfon se prend habituellement selon la notice ; votre pharmacien vous dira ce qui vous convient. "
    + F,
    "unsure",
)
a(
    "snd-us-1",
    "US",
    P,
    "",
    "Blood in the urine at any age should be checked by your doctor this week, even without pain. "
    + D,
    "warm",
)
a(
    "snd-fr-2",
    "FR",
    P,
    "",
    "Une douleur de la mâchoire en mâchant avec un mal de tête récent après 50 ans doit être vue le jour même par un médecin. "
    + F,
    "warm",
)
a(
    "snd-gb-2",
    "GB",
    P,
    "",
    "Your practice nurse is the best person to review your inhalers regularly; do keep those appointments. "
    + D,
    "warm",
)
a(
    "snd-us-2",
    "US",
    P,
    "",
    "It's not my place to judge; many people find advice hard to follow, and your doctor can help make a plan. "
    + D,
    "warm",
)
with open("fresh2.jsonl", "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(sum(r["expected"] == "block" for r in R), sum(r["expected"] == "pass" for r in R))
