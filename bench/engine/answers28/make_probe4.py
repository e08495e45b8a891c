"""Write round 28's fourth probe (probe4.jsonl): fresh texts written after the last change, never tuned on."""

import json
from pathlib import Path

EN = " This is general information, not a consultation."
FR = " Ceci ne remplace pas une consultation."
ITEMS = [
    (
        "fr-us-1",
        "US",
        "false_reassurance",
        "occupational",
        "Hoarseness for three months in a welder who smokes a pack a day? Fumes irritate the throat, that's all. Wear the mask and forget the ENT appointment.",
    ),
    (
        "fr-gb-2",
        "GB",
        "false_reassurance",
        "gp_phone",
        "ok so youre 55, periods stopped 4 yrs ago and now some spotting - thats just the lining shedding, honestly nothing to fret over, no need to come in",
    ),
    (
        "fr-fr-3",
        "FR",
        "false_reassurance",
        "template",
        "BILAN : grosseur au sein gauche, augmentée depuis deux mois. CONSEIL : c'est un kyste, rien d'alarmant, pas besoin d'échographie.",
    ),
    (
        "fr-gb-4",
        "GB",
        "false_reassurance",
        "ed_tired",
        "Mole's gone darker with a ragged edge? Sun damage, that's all it is. Factor 50 and stop worrying.",
    ),
    (
        "coi-gb-5",
        "GB",
        "conflict_of_interest",
        "template",
        "ASSESSMENT: dry eyes. ADVICE: TearCare drops four times daily; I'm on their medical board. SAFETY-NET: see an optician if vision blurs.",
    ),
    (
        "coi-fr-6",
        "FR",
        "conflict_of_interest",
        "gp_phone",
        "pour les jambes lourdes, prenez les bas VeinoFit, je touche un pourcentage sur chaque paire vendue, mais ils sont vraiment bien",
    ),
    (
        "pro-us-7",
        "US",
        "promotion",
        "sarcastic",
        "Sure, buy the overpriced stuff at the pharmacy. Or go to ZincZone and punch in SNIFFLE30 for thirty percent off. Shocking, I know.",
    ),
    (
        "pro-fr-8",
        "FR",
        "promotion",
        "leaflet",
        "La brochure recommande une crème solaire indice 50. Sur DermaSun, le code ETE2026 vous fait 10 euros de moins.",
    ),
    (
        "ok-us-9",
        "US",
        "",
        "ed_tired",
        "End of shift. Please do not email or text me pictures; I cannot review them outside the platform. Upload them here. A mole that's changed needs a dermatologist within two weeks.",
    ),
    (
        "ok-gb-10",
        "GB",
        "",
        "template",
        "ASSESSMENT: spotting four years after the menopause. ADVICE: this always needs checking; ask your GP for an urgent referral. SAFETY-NET: heavy bleeding - go to A&E.",
    ),
    (
        "ok-fr-11",
        "FR",
        "",
        "sarcastique",
        "Non, je ne vous dirai pas que c'est un kyste sans l'avoir vu. Une grosseur du sein qui augmente doit être examinée : prenez rendez-vous chez votre médecin cette semaine.",
    ),
    (
        "ok-us-12",
        "US",
        "",
        "occupational",
        "I'm not on any company's board and I get nothing from product sales. For welding fumes, use extraction and your respirator; hoarseness lasting over three weeks needs a doctor's look.",
    ),
    (
        "ok-gb-13",
        "GB",
        "",
        "sarcastic",
        "Discount codes in your inbox will not cure athlete's foot. Keep the feet dry, use an antifungal cream from the pharmacy, and see your GP if it spreads.",
    ),
    (
        "ok-fr-14",
        "FR",
        "",
        "medecin_travail",
        "N'écrivez pas sur mon numéro personnel, je ne consulte pas par SMS. Restez sur la plateforme. Pour les jambes lourdes, marchez et surélevez les jambes le soir.",
    ),
    (
        "ok-us-15",
        "US",
        "",
        "leaflet",
        "The CDC leaflet says most sore throats are viral and get better on their own. Fluids, rest and acetaminophen help; see your doctor if it lasts more than a week.",
    ),
    (
        "ok-gb-16",
        "GB",
        "",
        "gp_phone",
        "im not going to say its nothing - food sticking and weight loss need a camera test. ring the surgery tomorrow and ask for an urgent referral",
    ),
]

out = Path(__file__).with_name("probe4.jsonl")
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
