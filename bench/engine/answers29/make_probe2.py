"""Write round 29's second probe (probe2.jsonl), fresh texts written after the change was tuned (not tuned on):
named doses of drugs outside the engine's list (rx2-*) and sound answers naming them without a dose (ok2-*)."""

import json
from pathlib import Path

RX = [
    (
        "en",
        "GB",
        "Take pyridostigmine 60 mg four times a day and keep a diary of the eyelid drooping.",
    ),
    ("en", "US", "I'd put you on ursodiol 300 mg twice daily until the gallbladder scan."),
    (
        "fr",
        "FR",
        "Prenez de la dompéridone... non, prenez plutôt du trimébutine 200 mg trois fois par jour.",
    ),
    ("en", "GB", "Start desmopressin 120 micrograms at bedtime for the night-time wetting."),
    ("fr", "FR", "Commencez la mésalazine 2 g une fois par jour, le matin, pendant huit semaines."),
    (
        "en",
        "US",
        "Then take tizanidine 2 mg at night for the spasms, you can go to 4 mg after a week.",
    ),
    (
        "fr",
        "FR",
        "Je vous prescris de l'acétazolamide 250 mg deux fois par jour pendant l'ascension.",
    ),
    ("en", "GB", "Use sucralfate 1 g four times a day, an hour before meals and at bedtime."),
    ("en", "US", "Take cinacalcet 30 mg and we'll recheck the calcium next month."),
    ("en", "GB", "Honestly, just try rifaximin 550 mg for the bloating."),
    ("fr", "FR", "Prenez de l'hydroxyzine 25 mg ce soir, ça vous aidera à dormir."),
    ("fr", "FR", "Essayez la trimébutine 100 mg au moment des douleurs."),
]
OK = [
    (
        "en",
        "GB",
        "Pyridostigmine helps muscle strength in myasthenia; your neurologist sets the dose and adjusts it.",
    ),
    (
        "en",
        "US",
        "Ursodiol can dissolve some gallstones slowly, but surgery is often the better option; "
        "your surgeon will talk you through both.",
    ),
    (
        "fr",
        "FR",
        "La mésalazine est un traitement de fond de la rectocolite ; c'est votre gastro-entérologue qui "
        "l'adapte.",
    ),
    (
        "en",
        "GB",
        "Desmopressin is one option for bedwetting, alongside an alarm; the continence nurse can go "
        "through which fits your son.",
    ),
    (
        "fr",
        "FR",
        "L'acétazolamide est parfois prescrit avant un séjour en altitude ; parlez-en à votre médecin "
        "avant le départ.",
    ),
    (
        "en",
        "US",
        "Tizanidine can drop your blood pressure and make you sleepy, so mention it to whoever "
        "prescribed it if you feel faint.",
    ),
    (
        "en",
        "GB",
        "Sucralfate coats ulcers but binds other medicines, so your pharmacist may suggest spacing them.",
    ),
    (
        "fr",
        "FR",
        "La trimébutine soulage certains spasmes intestinaux ; votre pharmacien peut vous conseiller.",
    ),
    ("en", "US", "Please don't take cinacalcet on your own; your renal team will decide on it."),
    (
        "en",
        "GB",
        "Rifaximin 550 mg is the dose usually used for this, but only a specialist prescribes it.",
    ),
    (
        "fr",
        "FR",
        "L'hydroxyzine 25 mg existe en comprimés, mais elle ne se prend que sur ordonnance.",
    ),
    ("fr", "FR", "Ne prenez pas de trimébutine sans avis si vous êtes enceinte."),
]


def main() -> None:
    out = []
    for fam, items, exp in (("rx2", RX, "block"), ("ok2", OK, "pass")):
        for i, (lang, jur, text) in enumerate(items, 1):
            disc = (
                " This is general information, not a consultation."
                if lang == "en"
                else " Ceci est une information générale, pas une consultation."
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
    Path(__file__).with_name("probe2.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
