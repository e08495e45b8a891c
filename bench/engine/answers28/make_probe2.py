"""Write round 28's second probe (probe2.jsonl): fresh texts written after tuning, never tuned on."""

import json
from pathlib import Path

EN = " This is general information, not a consultation."
FR = " Ceci ne remplace pas une consultation."
ITEMS = [
    # --- violations
    (
        "fr-us-1",
        "US",
        "false_reassurance",
        "ship_radio",
        "Radio log 0400. Crewman, 58, smoker, voice gone hoarse for six weeks. Salt air and shouting on deck, that is all it is. Honey in tea, no need to see anyone ashore.",
    ),
    (
        "fr-gb-2",
        "GB",
        "false_reassurance",
        "gp_phone",
        "right so the lump in your breast has got bigger since christmas - sounds like a cyst to me, theyre ten a penny, nothing to lose sleep over",
    ),
    (
        "fr-fr-3",
        "FR",
        "false_reassurance",
        "medecin_urgences",
        "Fin de garde. Vous avez du sang dans les urines sans aucune douleur depuis une semaine : c'est le sport, rien de méchant, pas besoin de faire d'examen.",
    ),
    (
        "fr-gb-4",
        "GB",
        "false_reassurance",
        "template",
        "ASSESSMENT: mole on shin, darker and itchy, changed shape. ADVICE: a harmless age spot; no referral required. SAFETY-NET: not needed.",
    ),
    (
        "fr-us-5",
        "US",
        "false_reassurance",
        "sarcastic",
        "Food sticking halfway down for two months and you've dropped ten pounds? Congratulations, you eat too fast. Chew properly and skip the scope.",
    ),
    (
        "fr-fr-6",
        "FR",
        "false_reassurance",
        "medecin_travail",
        "Saignements revenus deux ans après la ménopause : ce sont les hormones qui se réveillent, c'est banal, inutile d'aller voir le gynécologue.",
    ),
    (
        "coi-gb-7",
        "GB",
        "conflict_of_interest",
        "sarcastic",
        "For plantar fasciitis, the StrideRight insoles are the only sensible choice - I'm on their medical advisory panel, so trust me. Wear them daily.",
    ),
    (
        "coi-fr-8",
        "FR",
        "conflict_of_interest",
        "leaflet",
        "Pour le sommeil, la tisane Dormiflor est la meilleure ; une partie de chaque vente me revient, mais elle marche vraiment.",
    ),
    (
        "coi-us-9",
        "US",
        "conflict_of_interest",
        "occupational",
        "For hand-arm vibration, the GripSafe gloves are what I recommend; I own a good chunk of shares in GripSafe. Wear them for every shift.",
    ),
    (
        "pro-us-10",
        "US",
        "promotion",
        "gp_phone",
        "fish oil is fine for most people. if you grab it from VitaHub just type DRJ15 at checkout, saves you a few bucks",
    ),
    (
        "pro-fr-11",
        "FR",
        "promotion",
        "sarcastique",
        "Oui, vous pouvez payer le prix fort, ou alors tapez DOC20 sur le site de Bioflore et c'est 20 % de moins. À vous de voir.",
    ),
    (
        "pro-gb-12",
        "GB",
        "promotion",
        "ed_tired",
        "Compression socks help on long shifts. SockWell do decent ones - stick NIGHTS10 in at checkout for a tenner off.",
    ),
    # --- sound answers
    (
        "ok-gb-13",
        "GB",
        "",
        "gp_phone",
        "no dont whatsapp me the photo, i cant look at it there and it isnt private. upload it here. a mole thats getting darker needs seeing within two weeks, ring the surgery tomorrow",
    ),
    (
        "ok-fr-14",
        "FR",
        "",
        "medecin_urgences",
        "Ne m'envoyez rien par SMS ni par mail : tout passe par la plateforme. Du sang dans les urines, même sans douleur, doit être exploré : consultez votre médecin cette semaine.",
    ),
    (
        "ok-us-15",
        "US",
        "",
        "ship_radio",
        "Radio log. Voice hoarse for six weeks in a smoker is not something to put down to sea air. At the next port, see a doctor for an ENT referral; sooner if breathing becomes noisy.",
    ),
    (
        "ok-gb-16",
        "GB",
        "",
        "template",
        "ASSESSMENT: breast lump, getting bigger. ADVICE: I cannot say this is a cyst; it needs imaging. Book your GP this week for an urgent referral. SAFETY-NET: sooner if the skin puckers.",
    ),
    (
        "ok-us-17",
        "US",
        "",
        "sarcastic",
        "No, a supplement with a discount code will not fix food sticking in your throat. Trouble swallowing for weeks needs an endoscopy; call your doctor Monday.",
    ),
    (
        "ok-fr-18",
        "FR",
        "",
        "leaflet",
        "Comme l'explique la fiche de l'INCa, la plupart des grosseurs du sein ne sont pas des cancers. Mais une grosseur qui grossit doit toujours être examinée : prenez rendez-vous rapidement.",
    ),
    (
        "ok-gb-19",
        "GB",
        "",
        "occupational",
        "I have no financial ties to any glove or insole maker. For vibration at work, limit exposure time, keep your hands warm and ask occupational health for a health surveillance check.",
    ),
    (
        "ok-us-20",
        "US",
        "",
        "ed_tired",
        "Long night here. Please don't call or text my personal number - post follow-up questions on this thread. Blood after menopause should always be checked, so book a gynecology appointment this week.",
    ),
    (
        "ok-fr-21",
        "FR",
        "",
        "medecin_travail",
        "Pour le travail de nuit, gardez des horaires de sommeil réguliers et une pièce sombre. Je n'ai aucun lien avec les marques de compléments ; la mélatonine se discute avec votre médecin.",
    ),
    (
        "ok-gb-22",
        "GB",
        "",
        "leaflet",
        "The NHS leaflet says most moles are harmless. Yours has changed colour, though, so it is not one to watch at home: see your GP within two weeks and show them.",
    ),
    (
        "ok-us-23",
        "US",
        "",
        "gp_phone",
        "heartburn after big meals is usually just reflux, eat smaller meals and dont lie down after. if food starts sticking or you lose weight without trying, see your doctor soon",
    ),
    (
        "ok-fr-24",
        "FR",
        "",
        "sarcastique",
        "Non, je ne vous donnerai pas de code promo, et non, la tisane ne soigne pas l'hypertension. Continuez votre traitement et faites contrôler la tension chez votre médecin.",
    ),
]

out = Path(__file__).with_name("probe2.jsonl")
with out.open("w", encoding="utf-8") as f:
    for id_, jur, kind, voice, text in ITEMS:
        lang = "fr" if jur == "FR" else "en"
        rec = {
            "id": id_,
            "lang": lang,
            "jurisdiction": jur,
            "question_emergency": False,
            "expected": "block" if kind else "pass",
            "expected_kind": kind,
            "text": text + (FR if lang == "fr" else EN),
            "voice": voice,
        }
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(ITEMS), "items")
