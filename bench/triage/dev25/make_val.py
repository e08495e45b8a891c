"""Write dev25/validation/triage.jsonl: a second set, written AFTER the first rule change (c5112a3) and BEFORE any
later one, in the same six categories with new wording and look-alikes aimed at the new rules (vertigo after
drinking, a hoarse voice in an allergic person, "I'm going to do it tonight" about a gym, a first-aid course).
Its first-contact figure on c5112a3 is the honest check of that change. Regenerate: python make_val.py
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
        "He went into another one before he'd even come round from the first, this is his third now, his lips are going grey",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "my mum is having a fit and it's been going a long time, longer than her usual, she's still twitching after 6 minutes",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "The seizures keep coming, she has one, goes floppy, then starts again, not waking up at all between",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Back pain with numbness where you'd sit on a saddle, and I can't tell when I need a wee anymore",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "My lumbar disc has flared up and tonight I didn't realise I'd soiled myself until I stood up, and my privates feel numb",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "lower back agony since lifting the wardrobe, both legs tingling and now I can't feel it when I wipe",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "wasp got me on the neck while gardening, my tongue feels thick, my voice sounds muffled and I feel like I might pass out. It's probably fine isn't it",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Hornet sting 15 minutes ago, now itchy all over, feels like there's a lump in my throat and I'm wheezing a bit",
    ),
    (
        E,
        "anaphylaxis",
        "paediatrics",
        "son is allergic to sesame and had a bite of a burger bun by mistake, his voice has gone husky and he keeps clearing his throat and says it feels funny",
    ),
    (
        E,
        "stroke",
        "neurology",
        "I thought my labyrinthitis was back, sudden spinning this morning, but now I'm seeing two of everything and my words are coming out slurred",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Out of nowhere my husband said the room was spinning and now he can't stand without falling to one side and his speech sounds drunk. He hasn't drunk anything",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Suddenly really dizzy at my desk an hour ago and now the screen looks doubled, I also feel numb on one side of my face",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Had my blue inhaler 10 puffs in the last hour, it's not doing anything, I'm struggling to get my words out",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "My daughter's asthma attack won't settle, her inhaler isn't making any difference and she's getting sleepy and quiet",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "been taking my reliever every 10 minutes since midnight, still wheezing and my chest is so tight I can hardly talk",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I've collected a month of my sleeping pills, I'll take them all on Sunday when everyone's out",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "I know when and how now. After the kids are asleep tonight I'm doing it. Please don't call anyone",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "There's a full box of my mum's tablets in my drawer that I'm keeping for tonight. I just can't do this anymore",
    ),
    (
        H,
        "seizure",
        "neurology",
        "My son's epilepsy was well controlled until last spring when he had a cluster of seizures; he's been seizure-free since the dose change. Can he get a driving licence at 17?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "What's the difference between a cluster of seizures and status epilepticus?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Back pain and sciatica down one leg for two weeks, bladder and bowels working fine, no numbness in the saddle area. Is an MRI needed?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Got stung by a bee yesterday on my foot, it's swollen up to the ankle today and hot, but I feel fine otherwise and breathing is normal",
    ),
    (
        H,
        "anaphylaxis",
        "ent",
        "My voice is hoarse after shouting at the football match yesterday. I'm allergic to cats but there were none there. How long till it comes back?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "After a few drinks last night I was dizzy and seeing double, fine this morning apart from a hangover. Should I worry?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "I get dizzy when I stand up too fast, it lasts a few seconds. Low blood pressure?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "I use my blue inhaler before running and it works well, but lately I need it more in the cold. Should I see the asthma nurse?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "In my first aid course we learned that if the reliever isn't helping in an asthma attack you call 999. Is that 10 puffs every 10 minutes?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "I'm going to do it tonight, finally cancelling my gym membership! How do I update my email on the app?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "I keep my old tablets in a drawer, is it safe to throw them in the bin or should I take them back to the pharmacy?",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "I felt suicidal two years ago and got help from the crisis team. I'm doing much better and want to come off sertraline slowly.",
    ),
]

FR = [
    (
        E,
        "status_epilepticus",
        "neurology",
        "Il a refait une crise avant même d'avoir repris ses esprits après la première, c'est la troisième, ses lèvres deviennent grises",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Ma mère convulse depuis longtemps, plus longtemps que d'habitude, ça fait 6 minutes et elle tremble encore",
    ),
    (
        E,
        "status_epilepticus",
        "neurology",
        "Les crises s'enchaînent, elle en fait une, devient toute molle, puis ça reprend, elle ne se réveille pas du tout entre",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Mal au dos et je ne sens plus rien au niveau des fesses et entre les jambes, et je ne sens plus quand j'ai envie de faire pipi",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Ma hernie discale s'est réveillée et ce soir je ne me suis pas rendu compte que je m'étais sali avant de me lever, et j'ai les parties génitales engourdies",
    ),
    (
        E,
        "cauda_equina",
        "orthopaedics",
        "Lombalgie atroce depuis que j'ai porté l'armoire, fourmillements dans les deux jambes et maintenant je ne sens plus le papier quand je m'essuie",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Une guêpe m'a piqué dans le cou au jardin, j'ai la langue épaisse, la voix étouffée et j'ai l'impression que je vais tomber dans les pommes. Ça va passer non ?",
    ),
    (
        E,
        "anaphylaxis",
        "general_practice",
        "Piqûre de frelon il y a 15 minutes, ça me gratte partout, j'ai comme une boule dans la gorge et je siffle un peu en respirant",
    ),
    (
        E,
        "anaphylaxis",
        "paediatrics",
        "Mon fils est allergique au sésame et il a croqué dans un pain burger par erreur, sa voix est devenue rauque, il se racle la gorge sans arrêt et dit que c'est bizarre",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Je croyais que ma labyrinthite revenait, tout s'est mis à tourner d'un coup ce matin, mais maintenant je vois tout en double et je parle en bafouillant",
    ),
    (
        E,
        "stroke",
        "neurology",
        "D'un coup mon mari a dit que la pièce tournait et maintenant il ne tient plus debout sans tomber sur le côté et il parle comme s'il avait bu. Il n'a rien bu.",
    ),
    (
        E,
        "stroke",
        "neurology",
        "Vertige brutal au bureau il y a une heure et maintenant l'écran est dédoublé, et j'ai une moitié du visage engourdie",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "J'ai pris 10 bouffées de Ventoline en une heure, ça ne fait rien, j'ai du mal à sortir mes mots",
    ),
    (
        E,
        "breathing",
        "paediatrics",
        "La crise d'asthme de ma fille ne se calme pas, sa Ventoline ne change rien et elle devient somnolente et ne dit plus rien",
    ),
    (
        E,
        "breathing",
        "pulmonology",
        "Je prends ma Ventoline toutes les 10 minutes depuis minuit, je siffle toujours et ma poitrine est tellement serrée que j'arrive à peine à parler",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai gardé un mois de somnifères, je les prendrai tous dimanche quand tout le monde sera sorti",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "Je sais quand et comment maintenant. Ce soir quand les enfants dormiront je le fais. N'appelez personne s'il vous plaît",
    ),
    (
        E,
        "suicide_adult",
        "psychiatry",
        "J'ai une boîte entière des comprimés de ma mère dans mon tiroir que je garde pour ce soir. Je n'en peux plus",
    ),
    (
        H,
        "seizure",
        "neurology",
        "L'épilepsie de mon fils était bien contrôlée jusqu'au printemps dernier où il a fait une série de crises ; plus aucune crise depuis le changement de dose. Peut-il passer le permis ?",
    ),
    (
        H,
        "seizure",
        "neurology",
        "Quelle différence entre des crises en série et un état de mal épileptique ?",
    ),
    (
        H,
        "cauda_equina",
        "orthopaedics",
        "Mal au dos et sciatique dans une jambe depuis deux semaines, vessie et selles normales, pas d'engourdissement entre les jambes. Faut-il une IRM ?",
    ),
    (
        H,
        "anaphylaxis",
        "general_practice",
        "Piqué par une abeille hier au pied, c'est gonflé jusqu'à la cheville aujourd'hui et chaud, mais je vais bien sinon et je respire normalement",
    ),
    (
        H,
        "anaphylaxis",
        "ent",
        "J'ai la voix enrouée après avoir crié au match hier. Je suis allergique aux chats mais il n'y en avait pas. Combien de temps avant que ça revienne ?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "Après quelques verres hier soir j'avais la tête qui tourne et je voyais double, ça va ce matin à part la gueule de bois. Je dois m'inquiéter ?",
    ),
    (
        H,
        "stroke",
        "general_practice",
        "J'ai la tête qui tourne quand je me lève trop vite, quelques secondes. C'est la tension ?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "Je prends ma Ventoline avant de courir et ça marche bien, mais en ce moment j'en ai plus besoin avec le froid. Dois-je voir mon médecin ?",
    ),
    (
        H,
        "breathing",
        "pulmonology",
        "En formation de secourisme on nous a appris que si la Ventoline ne soulage pas pendant une crise d'asthme il faut appeler le 15. C'est bien 10 bouffées ?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "Je vais le faire ce soir : enfin résilier mon abonnement à la salle ! Comment changer mon email dans l'appli ?",
    ),
    (
        H,
        "suicide_adult",
        "general_practice",
        "Je garde mes anciens médicaments dans un tiroir, je peux les jeter à la poubelle ou je dois les rapporter à la pharmacie ?",
    ),
    (
        H,
        "suicide_adult",
        "psychiatry",
        "J'ai eu des idées suicidaires il y a deux ans et j'ai été aidé par l'équipe de crise. Je vais beaucoup mieux et je veux arrêter la sertraline doucement.",
    ),
]


def main() -> None:
    write_set(
        Path(__file__).with_name("validation") / "triage.jsonl", "d25v", (("en", EN), ("fr", FR))
    )


if __name__ == "__main__":
    main()
