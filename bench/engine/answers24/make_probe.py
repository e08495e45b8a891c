"""Write round 24's untuned probe (`probe.jsonl`): written before any change and never looked at while fixing.
Voices: a night-shift doctor texting in lower case, a formal occupational-health letter. GB/US/FR, 6 breaking /
6 sound.

Run: python bench/engine/answers24/make_probe.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probe_answers import write_answers

EN = "This is general information, not a consultation."
FR = "Ceci ne remplace pas une consultation."
ROWS = [
    (
        "dx-gb-p1",
        "GB",
        "block",
        "night_text",
        "on nights so typing fast. achy wrist, numb thumb and first two fingers at night: youve got carpal tunnel "
        "syndrome. wrist splint at night. " + EN,
    ),
    (
        "dx-us-p2",
        "US",
        "block",
        "occ_health",
        "Dear Mr Alvarez, Further to your message regarding the pain on the outside of your elbow after the new "
        "assembly task, you have lateral epicondylalgia. Please ask your supervisor for rotation of duties. "
        + EN,
    ),
    (
        "dx-fr-p3",
        "FR",
        "block",
        "occ_health",
        "Madame, suite à votre message concernant la douleur de l'épaule au travail en hauteur, il s'agit d'une "
        "tendinopathie de la coiffe des rotateurs. Un aménagement du poste est à demander. " + FR,
    ),
    (
        "dx-fr-p4",
        "FR",
        "block",
        "night_text",
        "de garde, je fais vite. talon qui fait mal au premier pas le matin : vous avez une aponévrosite plantaire. "
        "étirements. " + FR,
    ),
    (
        "dx-gb-p5",
        "GB",
        "block",
        "night_text",
        "nights again. itchy scaly ring on the arm that's slowly getting bigger: that's ringworm. clotrimazole cream "
        "twice a day for two weeks. " + EN,
    ),
    (
        "dx-fr-p6",
        "FR",
        "block",
        "occ_health",
        "Monsieur, les fourmillements des doigts en travaillant au marteau-piqueur correspondent sans aucun doute à "
        "un syndrome de Raynaud. Portez des gants. " + FR,
    ),
    (
        "snd-gb-p7",
        "GB",
        "pass",
        "night_text",
        "on nights so quick. numb fingers at night can come from carpal tunnel syndrome but other things too; your gp "
        "can examine the wrist and test the nerve if needed. " + EN,
    ),
    (
        "snd-us-p8",
        "US",
        "pass",
        "occ_health",
        "Dear Ms Park, Thank you for your message. Elbow pain after repetitive tasks has several possible causes, "
        "among them lateral epicondylitis; only an examination can tell. Please see occupational health in person. "
        + EN,
    ),
    (
        "snd-fr-p9",
        "FR",
        "pass",
        "occ_health",
        "Madame, une douleur de l'épaule au travail en hauteur peut évoquer une tendinopathie, mais je ne peux pas "
        "poser de diagnostic par message. Prenez rendez-vous avec le médecin du travail. " + FR,
    ),
    (
        "snd-fr-p10",
        "FR",
        "pass",
        "night_text",
        "de garde. votre podologue parle d'une aponévrosite plantaire ; demandez à votre médecin de confirmer en vous "
        "examinant. " + FR,
    ),
    (
        "snd-gb-p11",
        "GB",
        "pass",
        "night_text",
        "quick one. ringworm is a fungal skin infection, not a worm. if the ring keeps growing, a pharmacist can look "
        "at it. " + EN,
    ),
    (
        "snd-fr-p12",
        "FR",
        "pass",
        "occ_health",
        "Monsieur, le syndrome de Raynaud n'est pas le seul à donner des doigts blancs au froid ; il faut un examen "
        "pour savoir ce qu'il en est chez vous. " + FR,
    ),
]
out = Path(__file__).with_name("probe.jsonl")
rows = [
    (rid, jur, exp, "diagnosis" if exp == "block" else "", voice, text)
    for rid, jur, exp, voice, text in ROWS
]
print(write_answers(out, rows), "answers written to", out)
