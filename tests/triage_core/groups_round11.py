"""Round 11 (helper catalogue): catalogue coverage. Flags for published "call 999 / appelez le 15"
conditions that had no flag at all (NHS A-Z, NICE CKS, SAMU), with look-alikes that must stay
quiet (informational, past and resolved, negated). Sentences written for these tests; none comes
from a held-out set.

Each group: (flag, [(lang, text) that must raise the flag], [(lang, text) that must raise nothing]).
"""

from __future__ import annotations

NEW_FLAGS = (
    "snake_bite",
    "croup_stridor",
    "toxic_shock_syndrome",
    "postpartum_psychosis",
    "hyperkalaemia",
    "exertional_syncope",
    "orbital_cellulitis",
)

GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "snake_bite_adder": (
        "snake_bite",
        [
            ("en", "bitten by an adder on the heath, my ankle is swelling up"),
            ("en", "a snake bit my son on the hand in the dunes, his arm is puffy"),
            ("en", "I think it was a viper bite, two puncture marks on my calf"),
            ("en", "rattlesnake bite on holiday, feeling sick"),
            ("en", "my husband was bitten by a snake while gardening"),
            ("fr", "mordu par une vipère en randonnée, le pied gonfle"),
            ("fr", "morsure de serpent sur la main de ma fille, ça enfle"),
            ("fr", "une vipère m'a mordu à la cheville il y a une heure"),
            ("fr", "mon père s'est fait mordre : morsure de vipère au mollet"),
            ("fr", "ma fille a été mordue par un serpent dans les rochers"),
        ],
        [
            ("en", "our dog was bitten by an adder yesterday, the vet saw him"),
            ("en", "a grass snake bit me, it's just a scratch, do I need anything?"),
            ("fr", "c'était une couleuvre qui m'a mordu, rien de grave ?"),
            ("fr", "mon chien a été mordu par une vipère, le vétérinaire l'a soigné"),
        ],
    ),
    "croup_stridor_at_rest": (
        "croup_stridor",
        [
            ("en", "my 2 year old has croup and the skin is sucking in under his ribs"),
            ("en", "barking cough and her chest is pulling in with each breath"),
            ("en", "he makes a high pitched noise when he breathes in, even at rest"),
            ("en", "toddler with croup, noisy breathing in while sitting quietly"),
            ("en", "barky cough and his lips look blue"),
            ("fr", "mon fils de 2 ans a une laryngite et du tirage"),
            ("fr", "toux aboyante et la peau qui se creuse entre les côtes"),
            ("fr", "elle a un bruit quand elle inspire même au repos"),
            ("fr", "laryngite, il a un cornage au repos"),
            ("fr", "toux de phoque et les côtes qui rentrent quand il respire"),
        ],
        [
            ("en", "he had croup last winter, how do I stop it coming back?"),
            ("en", "barking cough at night but he is playing happily and breathing quietly"),
            ("fr", "ma fille a une toux aboyante la nuit mais respire bien au repos"),
            ("fr", "qu'est-ce qu'une laryngite chez l'enfant ?"),
        ],
    ),
    "toxic_shock_tampon_rash": (
        "toxic_shock_syndrome",
        [
            ("en", "forgot a tampon for 3 days, high temperature and a rash like sunburn"),
            ("en", "I use a menstrual cup, fever of 39.5 and my skin is red like sunburn"),
            ("en", "tampon in since yesterday, sunburn-like rash and I feel faint"),
            ("en", "rash that looks like sunburn, fever and I nearly fainted"),
            ("en", "I think I have toxic shock, fever and vomiting with a tampon in"),
            ("fr", "tampon oublié, fièvre à 40 et éruption comme un coup de soleil"),
            ("fr", "coupe menstruelle, rougeurs type coup de soleil et malaise"),
            ("fr", "éruption comme un coup de soleil, fièvre et je me sens partir"),
            ("fr", "j'ai peur d'un choc toxique : fièvre et plaques partout avec un tampon"),
            ("fr", "tampon depuis deux jours, de la fièvre, peau rouge comme un coup de soleil"),
        ],
        [
            ("en", "how long can I safely leave a tampon in?"),
            ("en", "I got sunburnt at the beach and my shoulders are peeling"),
            ("fr", "combien de temps peut-on garder un tampon ?"),
            ("fr", "j'ai pris un coup de soleil à la plage, ça pique"),
        ],
    ),
    "postpartum_psychosis_weeks_after_birth": (
        "postpartum_psychosis",
        [
            ("en", "my wife gave birth 2 weeks ago and now she believes the baby is evil"),
            ("en", "she had a baby 10 days ago and is hearing voices"),
            ("en", "postnatal, she hasn't slept for three days and is acting out of character"),
            ("en", "my sister just had a baby and she's hallucinating"),
            ("en", "since the birth she has strange beliefs and thinks the baby was swapped"),
            ("fr", "ma femme a accouché il y a 10 jours, elle ne dort plus et entend des voix"),
            ("fr", "post-partum : elle a des idées bizarres sur le bébé"),
            ("fr", "bébé né il y a deux semaines, ma femme a des hallucinations"),
            ("fr", "depuis l'accouchement elle croit que le bébé est possédé"),
            ("fr", "ma fille vient d'avoir son bébé et a un comportement bizarre"),
        ],
        [
            ("en", "I gave birth 3 weeks ago and I'm tearful and tired, is this baby blues?"),
            ("en", "since the birth I'm exhausted, the baby feeds every two hours"),
            ("fr", "j'ai accouché il y a 2 semaines, je pleure souvent, baby blues ?"),
            ("fr", "depuis l'accouchement je suis fatiguée, bébé se réveille la nuit"),
        ],
    ),
    "hyperkalaemia_kidney_or_dialysis": (
        "hyperkalaemia",
        [
            ("en", "I'm on dialysis, missed my session and my legs feel weak"),
            ("en", "potassium was 6.8 on my blood test and I have palpitations"),
            ("en", "high potassium and my heart is racing, I have kidney disease"),
            ("en", "skipped dialysis twice this week and now I'm short of breath"),
            ("en", "hyperkalaemia on spironolactone, muscles feel really weak"),
            ("fr", "dialysé, j'ai raté ma séance, je me sens très faible et j'ai des palpitations"),
            ("fr", "potassium à 7 au bilan et des palpitations"),
            ("fr", "hyperkaliémie connue, jambes en coton depuis ce matin"),
            ("fr", "insuffisance rénale, j'ai manqué ma dialyse et je suis essoufflé"),
            ("fr", "kaliémie à 6,5 avec une faiblesse dans les jambes"),
        ],
        [
            ("en", "my potassium came back a bit high, the GP wants a repeat test next week"),
            ("en", "I'm on dialysis three times a week, which foods are low in potassium?"),
            ("fr", "potassium un peu élevé au bilan, mon médecin refait une prise de sang"),
            ("fr", "je suis dialysé, quels aliments éviter pour le potassium ?"),
        ],
    ),
    "exertional_syncope_during_exercise": (
        "exertional_syncope",
        [
            ("en", "my son fainted while playing football"),
            ("en", "I passed out during a run this morning"),
            ("en", "she collapsed in the middle of a netball match"),
            ("en", "he blacked out on the treadmill at the gym"),
            ("en", "I fainted yesterday and my uncle died suddenly at 30"),
            ("fr", "mon fils s'est évanoui en plein effort pendant le match"),
            ("fr", "j'ai perdu connaissance pendant mon footing"),
            ("fr", "malaise pendant le cours de sport, elle est tombée"),
            ("fr", "il s'est évanoui en courant, son oncle est mort subitement"),
            ("fr", "perte de connaissance lors de l'entraînement de foot"),
        ],
        [
            ("en", "I fainted when they took my blood, is that normal?"),
            ("en", "I felt tired after my run today, legs heavy"),
            ("fr", "je me suis évanouie à la prise de sang"),
            ("fr", "courbatures après le footing, rien d'autre"),
        ],
    ),
    "staggered_paracetamol": (
        "overdose_poisoning",
        [
            ("en", "I've taken 2 extra paracetamol every day for 4 days for toothache"),
            ("en", "been taking paracetamol for a week, more than the maximum dose"),
            ("en", "she's had 6 grams of paracetamol a day since Monday"),
            ("en", "taking paracetamol and co-codamol together, well over the daily limit"),
            ("en", "I doubled up on paracetamol for three days for my back"),
            ("fr", "je prends 6 grammes de paracétamol par jour depuis 3 jours"),
            ("fr", "doliprane depuis 4 jours, plus que la dose maximale"),
            ("fr", "8 g de paracétamol par jour pour une rage de dents"),
            ("fr", "j'ai pris du dafalgan au-delà de la dose maximale toute la semaine"),
            ("fr", "il prend 5 g par jour de doliprane pour son dos"),
        ],
        [
            ("en", "what is the maximum dose of paracetamol per day?"),
            ("en", "I take 4 grams of paracetamol a day as prescribed for arthritis"),
            ("fr", "quelle est la dose maximale de paracétamol par jour ?"),
            ("fr", "je prends 3 g de doliprane par jour comme prescrit"),
        ],
    ),
    "compartment_pain_escalating_in_cast": (
        "compartment_syndrome",
        [
            ("en", "plaster cast on my arm, pain getting worse and worse"),
            ("en", "broke my ankle yesterday, in a cast now, the pain is unbearable"),
            ("en", "his wrist is in a cast and the pain is excruciating tonight"),
            ("en", "crushed my foot under a pallet, agonising pain since"),
            ("en", "fractured tibia pinned on Monday, pain getting worse by the hour"),
            ("fr", "poignet cassé, sous plâtre, douleur de plus en plus forte"),
            ("fr", "fracture de la jambe opérée hier, douleur atroce"),
            ("fr", "cheville cassée dans une résine, douleur insupportable"),
            ("fr", "plâtre au bras depuis hier, de plus en plus mal sous le plâtre"),
            ("fr", "avant-bras fracturé, douleur qui augmente sans cesse"),
        ],
        [
            ("en", "my leg is in a cast and it itches, is that normal?"),
            ("en", "I broke my arm two years ago and the pain was unbearable then, fine now"),
            ("fr", "plâtre enlevé hier, un peu de raideur du poignet"),
            ("fr", "j'ai un plâtre depuis 3 semaines, ça gratte"),
        ],
    ),
    "orbital_cellulitis_eye_signs": (
        "orbital_cellulitis",
        [
            ("en", "my son's eyelid is red and swollen and his eye is bulging"),
            ("en", "swollen eyelid and pain when she moves her eye"),
            ("en", "puffy red eyelid since yesterday and now I have double vision"),
            ("en", "the skin around his eye is swollen and the eye is sticking out"),
            ("en", "eye swollen shut after sinusitis, painful to look sideways"),
            ("fr", "paupière rouge et gonflée et l'œil qui ressort"),
            ("fr", "mon fils a la paupière gonflée, il a mal quand il bouge l'œil"),
            ("fr", "œil tout gonflé et je vois double"),
            ("fr", "gonflement autour de l'œil et exophtalmie"),
            ("fr", "paupières enflées, douleur quand elle tourne les yeux"),
        ],
        [
            ("en", "I have a stye on my eyelid, it's a bit swollen, how do I treat it?"),
            ("en", "puffy eyelids in the morning with hay fever, itchy"),
            ("fr", "j'ai un orgelet, la paupière est un peu gonflée"),
            ("fr", "paupières gonflées le matin avec mon allergie au pollen"),
        ],
    ),
}
