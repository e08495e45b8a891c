"""Round 26's fresh set (helper triage26, written before any change): suicide plans with means and time, and look-alikes.

    python bench/triage/dev26/make_dev.py   # writes bench/triage/dev26/triage.jsonl

Written from the published discriminators (C-SSRS: method, intent, plan, preparatory behaviour; NICE NG225;
HAS crise suicidaire), in varied voices (the writer, a parent, a teacher, a school office, a friend, a housemate,
a carer), not from the rules' phrasings. Scored once at first contact on d9228ae (docs/triage.md, "Round 26").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev25"))

from _write import E, write_set  # type: ignore[import-not-found]

H = "hard_negative"
S, L = "suicide_plan", "suicide_look_alike"
P, G = "psychiatry", "general_practice"

EN: list[tuple[str, str, str, str]] = [
    (
        E,
        S,
        P,
        "Our school office found a note in a Year 9 pupil's planner saying she has been saving up her nan's tablets and is going to take them tonight. She seems calm in lessons. Who should we contact?",
    ),
    (
        E,
        S,
        P,
        "One of my sixth formers handed in his coursework with a letter tucked inside saying goodbye to everyone and that he'd be gone after the exams finish on Friday. He has been giving his games console and trainers away to friends this week.",
    ),
    (
        E,
        S,
        P,
        "My 16 year old daughter has been giving away her things, her guitar, her clothes, and I found about 10 packs of paracetamol hidden in her wardrobe. Her diary says 'on my birthday it ends'. Her birthday is Saturday.",
    ),
    (
        E,
        S,
        P,
        "I've been buying paracetamol from different shops for a month, I have enough now. I've written letters to my kids. I plan to do it on Sunday when my husband is at his mum's. I'm not asking for help, I just wanted someone to know.",
    ),
    (
        E,
        S,
        P,
        "My mate texted me a really weird goodbye message at 11pm saying thanks for everything and sorry, and last week he told me he'd bought a rope. He's not answering now.",
    ),
    (
        E,
        S,
        P,
        "My housemate ordered a bag of barbecue charcoal and some tape online, she doesn't have a barbecue. She's left a note on her desk addressed to her parents and said she'll be out of everyone's hair by the weekend.",
    ),
    (
        E,
        S,
        P,
        "I'm a carer for an older man who lives alone. Today he told me very calmly he has been keeping back his morphine for weeks and will take it all tonight when his daughter has gone. He gave me his watch to keep.",
    ),
    (
        E,
        S,
        P,
        "I've stockpiled my amitriptyline, about 60 tablets. Tonight's the night. Sorry for the hassle.",
    ),
    (
        E,
        S,
        P,
        "After my last exam on Thursday I'm going up to the top of the multi-storey car park. I've already written my goodbye letters and deleted my accounts.",
    ),
    (
        E,
        S,
        P,
        "My granddaughter (14) left a note on her phone that I saw: 'I've got enough of mum's sleeping pills saved, I'll take them after everyone's asleep tonight'. Should I say something to her?",
    ),
    (
        E,
        S,
        P,
        "A pupil's friend told me that he has a stash of his dad's tablets in his bag and says he'll take them at the weekend because he can't cope any more. He's acting normal. What is the correct procedure?",
    ),
    (
        E,
        S,
        P,
        "My boyfriend has been really quiet and today he gave me his dog and told me to look after her for good. He bought a length of rope yesterday and said he'd sort everything out tomorrow morning.",
    ),
    (
        E,
        S,
        P,
        "My colleague told me over lunch, quite matter-of-fact, that she has the pills ready and has picked the date, the anniversary of her son's death next Tuesday.",
    ),
    (
        E,
        S,
        P,
        "My son (19) has a hosepipe and duct tape in his car boot and has written a letter to his sister. He said he's going for a long drive tonight. He's not picking up.",
    ),
    (
        E,
        S,
        P,
        "planning to take all my stored up meds on friday night, already wrote notes for my family. just wanted to cancel my GP appointment next week.",
    ),
    (
        E,
        S,
        P,
        "School nurse here. A pupil disclosed she has been collecting her mum's co-codamol for weeks and intends to take it on Friday after school. Parent not yet informed.",
    ),
    (
        E,
        S,
        P,
        "My flatmate has been giving away her books and clothes and told me she's chosen the day she's going to end it, the day after her last exam. She has a bag of pills under her bed.",
    ),
    (
        E,
        S,
        P,
        "Don't worry, I've made my peace. I've got a box of pills put by and I'll go to sleep for good tonight. I just want to ask how to register as an organ donor.",
    ),
    (
        H,
        L,
        G,
        "I've been saving my sleeping tablets for the long-haul flight to Sydney and I'll take one tonight before we board. Is zopiclone OK with a glass of wine?",
    ),
    (
        H,
        L,
        G,
        "My daughter wrote a note of apology to her teacher tonight after she was rude in class. Should I let her hand it in herself?",
    ),
    (
        H,
        L,
        G,
        "After my cancer diagnosis I wrote my will and gave my daughter my mum's ring. My oncologist says treatment starts after Christmas. How do I cope with the fatigue?",
    ),
    (
        H,
        L,
        G,
        "Is it dangerous for older people to stockpile their tablets at home? My dad keeps boxes of old pills in a drawer.",
    ),
    (
        H,
        L,
        G,
        "I'm saving up my repeat prescription so I have enough medication for our three-week holiday in Spain. Can the GP give me an extra month?",
    ),
    (
        H,
        L,
        P,
        "My son took an overdose two years ago; he's now seen by CAMHS every fortnight and is doing much better. Can he start driving lessons?",
    ),
    (
        H,
        L,
        G,
        "If my boss makes me do another spreadsheet I'm going to kill myself lol. Anyway, what's good for a tension headache?",
    ),
    (
        H,
        L,
        G,
        "A pupil left a note at the school office saying she'll take her steroid tablets tonight after PE because she forgot this morning. Is that ok?",
    ),
    (
        H,
        L,
        G,
        "One of my pupils is giving away his football cards because he's moving school after the exams. How can I help him settle in?",
    ),
    (
        H,
        L,
        G,
        "I bought paracetamol in bulk from the cash and carry for the care home's first aid cupboard. How should it be stored?",
    ),
    (
        H,
        L,
        G,
        "My grandmother has written goodbye letters to her friends because she is moving to Australia to live with my aunt on Saturday. She's anxious about the flight, any advice on DVT?",
    ),
    (
        H,
        L,
        G,
        "We bought charcoal and rope for the camping trip this weekend. My son has asthma, is smoke from the campfire a risk?",
    ),
    (
        H,
        L,
        G,
        "My mum has been saving the morphine patches she no longer uses, how do I dispose of them safely at the pharmacy?",
    ),
    (
        H,
        L,
        G,
        "Carer here: my client takes all his tablets tonight at 10pm as usual from the dosette box, but he spat one out. Should I give another?",
    ),
    (
        H,
        L,
        G,
        "My flatmate gave her clothes away to a charity shop and posted a farewell message to the group chat because she's leaving for her year abroad tomorrow. She's stressed about her visa. Can stress cause hair loss?",
    ),
    (
        H,
        L,
        P,
        "I had thoughts of ending my life last year and made a plan, but I got help from the crisis team, I'm now under the community mental health team and feel much safer. Is it ok to stop sertraline?",
    ),
    (
        H,
        L,
        P,
        "What does the Columbia scale mean by 'preparatory behaviour'? I'm a trainee nurse writing an essay about suicide risk assessment.",
    ),
    (
        H,
        L,
        G,
        "My daughter's friend wrote 'I'm dead if my mum sees my report tonight' on Snapchat. Kids, eh. Anyway should she have the HPV jab?",
    ),
]

FR: list[tuple[str, str, str, str]] = [
    (
        E,
        S,
        P,
        "La vie scolaire a trouvé un mot d'une élève de 4e qui dit qu'elle a mis de côté les comprimés de sa grand-mère pour les prendre ce soir. Elle a l'air calme. Que devons-nous faire ?",
    ),
    (
        E,
        S,
        P,
        "Ma fille de 17 ans a donné ses affaires à ses amies cette semaine et j'ai trouvé une dizaine de boîtes de Doliprane dans son tiroir. Elle a écrit dans son carnet qu'après le bac elle ne sera plus là.",
    ),
    (
        E,
        S,
        P,
        "J'ai accumulé mes somnifères depuis un mois, j'en ai assez maintenant. J'ai écrit une lettre d'adieu à mes enfants. Je le ferai dimanche quand mon mari sera parti.",
    ),
    (
        E,
        S,
        P,
        "Mon meilleur ami m'a envoyé un message d'adieu ce soir, il me remercie pour tout. La semaine dernière il m'avait dit avoir acheté une corde. Il ne répond plus.",
    ),
    (
        E,
        S,
        P,
        "Ma coloc a acheté du charbon de bois alors qu'on n'a pas de barbecue, elle a laissé une lettre pour ses parents sur son bureau et dit qu'à la fin de la semaine on sera débarrassés d'elle.",
    ),
    (
        E,
        S,
        P,
        "Je suis aide à domicile chez un monsieur de 82 ans. Il m'a dit très calmement qu'il garde ses cachets de morphine depuis des semaines et qu'il les prendra tous ce soir. Il m'a donné sa montre.",
    ),
    (
        E,
        S,
        P,
        "J'ai mis de côté 50 comprimés de mon traitement. C'est pour ce soir. Désolé pour le dérangement.",
    ),
    (
        E,
        S,
        P,
        "Après mon dernier partiel jeudi, je monterai en haut du parking de la fac. J'ai déjà écrit mes lettres d'adieu.",
    ),
    (
        E,
        S,
        P,
        "Mon petit-fils de 15 ans a écrit sur son téléphone qu'il a gardé assez de cachets de sa mère et qu'il les avalera cette nuit quand tout le monde dormira.",
    ),
    (
        E,
        S,
        P,
        "Un élève m'a confié que son camarade a une réserve de médicaments de son père dans son sac et compte les prendre ce week-end. Il se comporte normalement. Quelle est la procédure ?",
    ),
    (
        E,
        S,
        P,
        "Mon compagnon m'a confié son chien « pour toujours » aujourd'hui. Il a acheté une corde hier et dit qu'il réglera tout demain matin.",
    ),
    (
        E,
        S,
        P,
        "Une collègue m'a dit au déjeuner, comme si de rien n'était, qu'elle a les médicaments prêts et qu'elle a choisi la date : mardi prochain, l'anniversaire de la mort de son fils.",
    ),
    (
        E,
        S,
        P,
        "Mon fils de 19 ans a un tuyau et du scotch dans le coffre de sa voiture et a écrit une lettre à sa sœur. Il dit qu'il part faire un long tour en voiture cette nuit. Il ne décroche pas.",
    ),
    (
        E,
        S,
        P,
        "je compte prendre tous les médicaments que j'ai stockés vendredi soir, j'ai déjà écrit des mots pour ma famille. je voulais juste annuler mon rdv.",
    ),
    (
        E,
        S,
        P,
        "Infirmière scolaire : une élève m'a dit qu'elle récupère la codéine de sa mère depuis des semaines et qu'elle a l'intention de tout prendre vendredi après les cours.",
    ),
    (
        E,
        S,
        P,
        "Ma colocataire donne ses livres et ses vêtements et m'a dit qu'elle a choisi le jour pour en finir : le lendemain de son dernier examen. Elle a un sac de médicaments sous son lit.",
    ),
    (
        E,
        S,
        P,
        "Ne vous inquiétez pas, je suis en paix. J'ai une boîte de cachets de côté et ce soir je m'endormirai pour de bon. Je voulais savoir comment donner mes organes.",
    ),
    (
        E,
        S,
        P,
        "Mon fils a acheté plusieurs boîtes de paracétamol dans différentes pharmacies, il a offert sa console à son cousin et il a écrit « le jour de mon anniversaire, ce sera fini ». C'est samedi.",
    ),
    (
        H,
        L,
        G,
        "J'ai gardé des somnifères pour le vol vers La Réunion, j'en prendrai un ce soir dans l'avion. Est-ce compatible avec mon traitement pour la tension ?",
    ),
    (
        H,
        L,
        G,
        "Mon fils a écrit une lettre d'excuses à sa maîtresse ce soir. Est-ce normal qu'il soit si anxieux à 8 ans ?",
    ),
    (
        H,
        L,
        G,
        "Après l'annonce de mon cancer, j'ai rédigé mon testament et donné la bague de ma mère à ma fille. Comment gérer la fatigue de la chimio ?",
    ),
    (
        H,
        L,
        G,
        "Est-ce dangereux de stocker des médicaments chez soi ? Ma mère garde toutes ses vieilles boîtes dans un tiroir.",
    ),
    (
        H,
        L,
        G,
        "Je mets de côté mon traitement pour en avoir assez pour les vacances d'un mois au Québec. Le médecin peut-il me prescrire deux mois ?",
    ),
    (
        H,
        L,
        P,
        "Ma fille a fait une tentative de suicide il y a deux ans, elle est suivie au CMP et va beaucoup mieux. Peut-elle passer le permis ?",
    ),
    (
        H,
        L,
        G,
        "Je vais me tuer si je rate encore mon permis ! Bref, est-ce que le magnésium aide pour le stress ?",
    ),
    (
        H,
        L,
        G,
        "J'ai oublié mes comprimés ce matin, est-ce que je peux les prendre tous ce soir en même temps que ceux du soir ?",
    ),
    (
        H,
        L,
        G,
        "Un élève donne ses cartes Pokémon à ses copains parce qu'il déménage après le bac blanc. Comment l'aider ?",
    ),
    (
        H,
        L,
        G,
        "J'achète du paracétamol en grande quantité pour l'infirmerie de l'entreprise. Comment le conserver ?",
    ),
    (
        H,
        L,
        G,
        "Ma grand-mère a écrit des lettres d'adieu à ses amies car elle part vivre chez ma tante au Canada samedi. Elle a peur de la phlébite dans l'avion.",
    ),
    (
        H,
        L,
        G,
        "On a acheté du charbon et une corde pour le camping ce week-end. Mon fils est asthmatique, la fumée du feu est-elle un risque ?",
    ),
    (
        H,
        L,
        G,
        "Ma mère a gardé les patchs de morphine de mon père décédé, comment les rapporter à la pharmacie ?",
    ),
    (
        H,
        L,
        G,
        "Je suis aide-soignante : mon patient prend tous ses comprimés ce soir à 22h comme d'habitude, mais il en a recraché un. Faut-il lui en redonner un ?",
    ),
    (
        H,
        L,
        G,
        "Ma coloc a donné ses vêtements et envoyé un message d'au revoir au groupe parce qu'elle part en Erasmus demain. Le stress peut-il faire tomber les cheveux ?",
    ),
    (
        H,
        L,
        P,
        "J'ai eu des idées suicidaires l'an dernier avec un plan, mais j'ai été aidé par le CMP et je vais beaucoup mieux. Puis-je arrêter la sertraline ?",
    ),
    (
        H,
        L,
        P,
        "Dans l'échelle C-SSRS, que veut dire « comportement préparatoire » ? Je suis étudiante infirmière et je prépare un exposé sur l'évaluation du risque suicidaire.",
    ),
    (
        H,
        L,
        G,
        "Ma fille a écrit « je suis morte si maman voit mon bulletin ce soir » sur Snapchat. Bref, doit-elle faire le vaccin HPV ?",
    ),
]

if __name__ == "__main__":
    write_set(Path(__file__).parent / "triage.jsonl", "d26", (("en", EN), ("fr", FR)))
