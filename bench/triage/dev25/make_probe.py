"""Write dev25/probe/triage.jsonl: a third set, written AFTER 50efb8d and BEFORE any later change; its first-contact
figure on 50efb8d is the honest check of the round's rules (same categories, new wordings, other writers' styles
imagined: minimised, embarrassed, hedged, with first-aid and motion-sickness look-alikes). Regenerate: python make_probe.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _write import write_set

E, H = "emergency", "hard_negative"

EN = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Probably being dramatic but my dad had a seizure 10 min ago and he's now had a second one and still hasn't opened his eyes or spoken",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "wife's epileptic, this one's been going since before I started typing and she's gone a bit blue",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Bit embarrassing. Bad back for days, now I've noticed I can't feel anything down there when I wipe and I've had a little accident without knowing",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "My back went at the gym, and since then I keep dribbling urine and don't feel it, and my saddle area is tingly",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Just got stung on the lip by a wasp, my throat feels like it's closing a bit and I feel really faint and sick. Haven't got an epipen",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "at a restaurant, think there were nuts in the sauce, my girlfriend's voice has gone really quiet and raspy and she's holding her throat",
    ),
    (
        E,
        "stroke",
        "neurology",
        "The dizziness came on all at once while I was driving, I had to pull over, I can't focus my eyes, I see two of the road, and my left hand won't do what I tell it",
    ),
    (
        E,
        "stroke",
        "neurology",
        "I'm 68, had labyrinthitis before so didn't worry, but this vertigo started suddenly an hour ago and I keep staggering and my speech is thick",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "my inhaler's done nothing all evening, I've been sat upright struggling, lips look a bit dusky in the mirror",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "My 8yo's asthma: 10 puffs of the blue one through the spacer, no better, her tummy is sucking in and she's only saying single words",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've got everything I need in the bathroom cabinet and I'm going to take it all tonight once my flatmate is asleep",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've written the letters and sorted my will. Tomorrow morning, the railway line near my house. I don't want to be talked out of it",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "My husband's lips and tongue are swelling up after the new blood pressure tablets and he's struggling to breathe",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Had a fit in my sleep last night I think (bitten tongue, wet the bed), I'm epileptic and fully myself now. Should I tell my neurologist?",
    ),
    (
        H,
        "cauda_equina",
        "endocrinology",
        "My father's back pain and numb feet are from his diabetes, he's had them for years. Can he use a heat pad?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "I was stung by a wasp in the garden; I've got a big itchy lump, but my throat and voice are fine. How long does the swelling last?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "What should you do if someone is having a seizure that won't stop? I'm writing a first aid leaflet for our club.",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "I'm so tired of everything at work, I could just lie down and never get up lol. Anyway, how do I get a fit note?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "My motion sickness is terrible, on the ferry the room was spinning and I could barely walk straight. Best tablets for the next trip?",
    ),
    (
        H,
        "breathing",
        "paediatrics",
        "My son's asthma flared last winter and the inhaler stopped helping, he was admitted for 2 nights. He's fine now; should he get the flu jab?",
    ),
]

FR = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Je dramatise peut-être mais mon père a fait une crise il y a 10 minutes, et là il en refait une, il n'a toujours pas ouvert les yeux ni parlé entre les deux",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Ma femme est épileptique, ça convulse depuis avant que je commence à écrire et elle devient un peu bleue",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Un peu gênant. Mal de dos depuis des jours, et là je ne sens plus rien en bas quand je m'essuie et j'ai eu un petit accident sans m'en rendre compte",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Je me suis bloqué le dos à la salle, depuis j'ai des fuites d'urine que je ne sens pas et la zone de la selle qui fourmille",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Piquée sur la lèvre par une guêpe, j'ai l'impression que ma gorge se ferme un peu et je me sens vraiment sur le point de m'évanouir, j'ai envie de vomir. Je n'ai pas d'Anapen",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Au restaurant, je pense qu'il y avait des noix dans la sauce, la voix de ma copine est devenue toute faible et éraillée et elle se tient la gorge",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Le vertige est venu d'un coup en conduisant, j'ai dû m'arrêter, je n'arrive pas à fixer, je vois la route en double et ma main gauche n'obéit plus",
    ),
    (
        E,
        "stroke",
        "neurology",
        "J'ai 68 ans, j'ai déjà eu une labyrinthite donc je ne m'inquiétais pas, mais ce vertige a commencé brutalement il y a une heure, je titube et j'ai la parole pâteuse",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Ma Ventoline n'a rien fait de la soirée, je suis assis bien droit à lutter pour respirer, mes lèvres sont un peu grises dans le miroir",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "Ma fille de 8 ans, asthme : 10 bouffées de Ventoline avec la chambre d'inhalation, pas mieux, son ventre se creuse et elle ne dit plus que des mots isolés",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai tout ce qu'il faut dans l'armoire à pharmacie et je vais tout prendre ce soir quand ma colocataire dormira",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai écrit les lettres et réglé mon testament. Demain matin, la voie ferrée près de chez moi. Je ne veux pas qu'on me fasse changer d'avis",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Les lèvres et la langue de mon mari gonflent depuis son nouveau traitement pour la tension et il a du mal à respirer",
    ),
    (
        H,
        "seizure",
        "neurology",
        "J'ai fait une crise pendant mon sommeil cette nuit je crois (langue mordue, lit mouillé), je suis épileptique et tout à fait moi-même maintenant. Je dois le dire à mon neurologue ?",
    ),
    (
        H,
        "cauda_equina",
        "endocrinology",
        "Le mal de dos et les pieds engourdis de mon père viennent de son diabète, il a ça depuis des années. Peut-il utiliser une bouillotte ?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Piqué par une guêpe au jardin, j'ai une grosse bosse qui gratte, mais ma gorge et ma voix vont bien. Combien de temps dure le gonflement ?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Que faire si quelqu'un fait une crise qui ne s'arrête pas ? J'écris une fiche de premiers secours pour notre club.",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "Je suis tellement crevé par le boulot que je pourrais m'allonger et ne jamais me relever mdr. Bref, comment avoir un arrêt de travail ?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "J'ai un mal des transports terrible, sur le ferry tout tournait et j'arrivais à peine à marcher droit. Quels comprimés pour le prochain voyage ?",
    ),
    (
        H,
        "breathing",
        "paediatrics",
        "L'asthme de mon fils s'est aggravé l'hiver dernier et la Ventoline ne faisait plus effet, il a été hospitalisé 2 nuits. Il va bien maintenant ; doit-il faire le vaccin contre la grippe ?",
    ),
]


def main() -> None:
    write_set(Path(__file__).with_name("probe") / "triage.jsonl", "d25p", (("en", EN), ("fr", FR)))


if __name__ == "__main__":
    main()
