"""Write round 24's second probe (`probe2.jsonl`), written after the build (269f090) and scored on it before any
further change: a retired surgeon writing formally, a GP texting in abbreviations. GB/US/FR, 7 breaking / 7 sound.

Run: python bench/engine/answers24/make_probe2.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
ROWS = [
    (
        "dx-gb-q1",
        "GB",
        "block",
        "retired_surgeon",
        "Dear Madam, the painful swelling at the entrance of the vagina which you describe is a Bartholin's cyst. "
        "Warm baths twice daily will usually suffice. " + EN,
    ),
    (
        "dx-us-q2",
        "US",
        "block",
        "gp_abbrev",
        "tbh its chilblains. cold toes, itchy purple bumps after warming up = classic. keep feet warm, dont put them on "
        "the radiator. " + EN,
    ),
    (
        "dx-fr-q3",
        "FR",
        "block",
        "retired_surgeon",
        "Chère Madame, la douleur sous le talon de votre fils de onze ans, au football, est une maladie de Sever. Il "
        "faut simplement diminuer le sport quelques semaines. " + FR,
    ),
    (
        "dx-fr-q4",
        "FR",
        "block",
        "gp_abbrev",
        "perso je pense pas qu'il faille chercher plus loin : vous avez une épine calcanéenne. semelles et "
        "étirements. " + FR,
    ),
    (
        "dx-gb-q5",
        "GB",
        "block",
        "gp_abbrev",
        "hi, quick reply. lump at the top of the bum crack, sore and leaking: you've got a pilonidal sinus. keep it "
        "clean and dry. " + EN,
    ),
    (
        "dx-us-q6",
        "US",
        "block",
        "retired_surgeon",
        "Dear Sir, the snapping you feel over the outside of the hip on stairs is snapping hip syndrome, nothing "
        "more. Stretching of the iliotibial band is the remedy. " + EN,
    ),
    (
        "dx-fr-q7",
        "FR",
        "block",
        "retired_surgeon",
        "Monsieur, ces nodules durs dans la paume, avec un doigt qui ne s'étend plus : il s'agit indiscutablement "
        "d'une maladie de Dupuytren. " + FR,
    ),
    (
        "snd-gb-q8",
        "GB",
        "pass",
        "retired_surgeon",
        "Dear Madam, a painful swelling at that site is often a Bartholin's cyst, but it ought to be examined by your "
        "GP or a sexual health clinic, particularly if it is hot or you feel feverish. " + EN,
    ),
    (
        "snd-us-q9",
        "US",
        "pass",
        "gp_abbrev",
        "cold toes w itchy purple bumps can be chilblains but cant say from a msg. if they blister or dont heal, see "
        "ur doctor. " + EN,
    ),
    (
        "snd-fr-q10",
        "FR",
        "pass",
        "retired_surgeon",
        "Chère Madame, la maladie de Sever est fréquente chez les jeunes footballeurs ; seul un examen par le médecin "
        "de votre fils dira si c'est de cela qu'il s'agit. " + FR,
    ),
    (
        "snd-fr-q11",
        "FR",
        "pass",
        "gp_abbrev",
        "une épine calcanéenne ou une aponévrosite, ça se discute, mais sans vous examiner je ne peux pas trancher : "
        "voyez votre médecin. " + FR,
    ),
    (
        "snd-gb-q12",
        "GB",
        "pass",
        "gp_abbrev",
        "the nhs page you sent says 'a pilonidal sinus is a small hole in the skin'. if you think you have one, your gp "
        "needs to look. " + EN,
    ),
    (
        "snd-us-q13",
        "US",
        "pass",
        "retired_surgeon",
        "Dear Sir, snapping about the hip has several causes; I should not like to name one without an examination. "
        "Your physician may refer you to a physical therapist. " + EN,
    ),
    (
        "snd-fr-q14",
        "FR",
        "pass",
        "retired_surgeon",
        "Monsieur, des nodules de la paume peuvent faire penser à une maladie de Dupuytren ; un chirurgien de la main "
        "vous le confirmera ou non. " + FR,
    ),
]
out = Path(__file__).with_name("probe2.jsonl")
rows = [
    (rid, jur, exp, "diagnosis" if exp == "block" else "", voice, text)
    for rid, jur, exp, voice, text in ROWS
]
print(write_answers(out, rows), "answers written to", out)
