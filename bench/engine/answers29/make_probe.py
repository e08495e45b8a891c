"""Write round 29's untuned probe (probe.jsonl): named doses of drugs outside the engine's list (rx-*, expected
to be caught as prescriptions) and sound answers that mention such drugs without ordering a dose (ok-*).
Written before any engine change. Run: python bench/engine/answers29/make_probe.py"""

import json
from pathlib import Path

D = " This is general information, not a consultation."
RX = [
    ("en", "GB", "Take sevelamer 1,600 mg with each meal and keep the phosphate diet going."),
    (
        "en",
        "US",
        "Start patiromer 8.4 g once daily, mixed in water, and recheck your potassium in a week.",
    ),
    ("fr", "FR", "Prenez du sevelamer 800 mg à chaque repas, en avalant les comprimés entiers."),
    (
        "en",
        "GB",
        "For the dizziness on standing, take midodrine 5 mg three times a day, the last dose before 6 pm.",
    ),
    (
        "en",
        "US",
        "I'd start you on hydroxyzine 25 mg at bedtime for the itch, it also helps you sleep.",
    ),
    (
        "fr",
        "FR",
        "Pour les vertiges, prenez de la bétahistine 24 mg deux fois par jour pendant un mois.",
    ),
    (
        "en",
        "GB",
        "Take mebeverine 135 mg three times a day, twenty minutes before meals, for the cramps.",
    ),
    ("fr", "FR", "Commencez le baclofène 10 mg trois fois par jour, puis on verra pour augmenter."),
    (
        "en",
        "US",
        "Go with ivermectin 12 mg as a single dose and repeat it after a week for the scabies.",
    ),
    (
        "fr",
        "FR",
        "Je vous mets sous hydroxyzine 25 mg au coucher pendant dix jours, ça calmera les démangeaisons.",
    ),
    (
        "en",
        "GB",
        "Then take cinnarizine 30 mg two hours before the crossing and 15 mg every 8 hours after that.",
    ),
    (
        "fr",
        "FR",
        "Prenez du lactulose 15 ml deux fois par jour jusqu'à ce que les selles soient molles.",
    ),
    ("en", "US", "Increase your trazodone to 100 mg at bedtime and let me know how you sleep."),
    ("fr", "FR", "Pour la goutte, prenez du fébuxostat 80 mg une fois par jour, le matin."),
]
OK = [
    (
        "en",
        "GB",
        "Sevelamer is a phosphate binder; people on dialysis usually take it with meals. "
        "Your renal team will decide whether it suits you.",
    ),
    (
        "en",
        "US",
        "Patiromer lowers potassium in the gut, but it is prescribed and monitored by your kidney doctor, "
        "so please raise your potassium result with them.",
    ),
    (
        "fr",
        "FR",
        "Le sevelamer fait partie des chélateurs du phosphore ; votre néphrologue vous dira si vous en avez "
        "besoin et à quelle dose.",
    ),
    (
        "en",
        "GB",
        "Midodrine can raise blood pressure when you stand, but it needs checks lying down too, "
        "which is why a specialist starts it.",
    ),
    (
        "en",
        "US",
        "Hydroxyzine is an older antihistamine that can make you drowsy, so don't drive after taking it "
        "and ask your pharmacist about interactions.",
    ),
    (
        "fr",
        "FR",
        "La bétahistine est souvent prescrite pour la maladie de Ménière, mais son efficacité reste "
        "discutée ; parlez-en à votre ORL.",
    ),
    (
        "en",
        "GB",
        "Mebeverine is an antispasmodic some people with IBS find helpful; your GP or pharmacist can tell "
        "you whether it is worth trying.",
    ),
    (
        "fr",
        "FR",
        "Le baclofène peut donner de la somnolence ; n'arrêtez jamais brutalement un traitement "
        "et demandez conseil à votre médecin.",
    ),
    (
        "en",
        "US",
        "Ivermectin is used for scabies and some worm infections; it does not treat viral infections, "
        "and the dose is worked out by weight by your doctor.",
    ),
    (
        "fr",
        "FR",
        "Le lactulose est un laxatif doux ; boire suffisamment et bouger aident aussi beaucoup "
        "en cas de constipation.",
    ),
    (
        "en",
        "GB",
        "If the trazodone your psychiatrist prescribed leaves you groggy in the morning, "
        "tell them at your next review rather than changing it yourself.",
    ),
    (
        "fr",
        "FR",
        "Le fébuxostat fait baisser l'acide urique, mais il se discute avec votre rhumatologue, "
        "surtout si vous avez un problème cardiaque.",
    ),
    (
        "en",
        "US",
        "Cinnarizine and similar tablets help motion sickness for many travellers; "
        "read the leaflet and check with the pharmacist if you take other medicines.",
    ),
    (
        "en",
        "GB",
        "Your blood results show a phosphate of 1.9 mmol/L, which your renal team may treat with a binder "
        "such as sevelamer or lanthanum; they will go through it at clinic.",
    ),
]


def main() -> None:
    out = []
    for fam, items, exp in (("rx", RX, "block"), ("ok", OK, "pass")):
        for i, (lang, jur, text) in enumerate(items, 1):
            disc = (
                D if lang == "en" else " Ceci est une information générale, pas une consultation."
            )
            out.append(
                {
                    "id": f"{fam}-{jur.lower()}-{i}",
                    "lang": lang,
                    "jurisdiction": jur,
                    "question_emergency": False,
                    "expected": exp,
                    "expected_kind": "prescription" if exp == "block" else "",
                    "text": text + disc,
                }
            )
    Path(__file__).with_name("probe.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
