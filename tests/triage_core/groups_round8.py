"""Round 8 (issue 8): compartment syndrome and non-fatal strangulation.

Written from the published guidance (BOAST 10 and NICE NG37/NG38 on compartment syndrome, NHS cast aftercare;
IFAS / FFLM guidance on non-fatal strangulation), never from a held-out item. POST HOC: the two categories were
chosen knowing that blind5 (bench/corpus/heldout-2026-12-04b) missed them at first contact (0/2 each); none of
its items was read. Run by test_discriminators.py.
"""

from __future__ import annotations

# discriminator: (flag, [(lang, text) that must raise it], [(lang, text) that must raise nothing])
GROUPS: dict[str, tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "compartment_syndrome": (
        "compartment_syndrome",
        [
            (
                "en",
                "my son broke his arm yesterday and now the pain is way worse than it should be",
            ),
            (
                "en",
                "leg in plaster since this afternoon, it feels far too tight and my toes are numb",
            ),
            (
                "en",
                "crushed my forearm at work, it's rock hard and the painkillers aren't touching it",
            ),
            ("en", "her new cast is digging in and she screams when the nurse moves her fingers"),
            ("en", "fractured tibia pinned on monday, tonight i can't feel my foot and it's agony"),
            (
                "fr",
                "mon fils s'est cassé le bras hier, le plâtre est trop serré et ses doigts sont tout engourdis",
            ),
            ("fr", "jambe fracturée, la douleur est disproportionnée, le doliprane ne fait rien"),
            ("fr", "depuis la pose de la résine il hurle quand on bouge ses orteils"),
            (
                "fr",
                "mollet écrasé sous une palette, il est dur comme du bois et la morphine ne calme pas",
            ),
            ("fr", "mon plâtre me serre de plus en plus, je ne sens plus mes orteils"),
        ],
        [
            ("en", "my cast is really itchy underneath, can I use a knitting needle to scratch?"),
            ("en", "the plaster on my wrist feels a bit loose now the swelling went down"),
            ("en", "I broke my leg two years ago and it still aches when it rains"),
            ("fr", "mon plâtre me gratte énormément, que faire ?"),
            ("fr", "poignet cassé l'an dernier, j'ai encore un peu mal quand il fait froid"),
            ("fr", "combien de temps faut-il garder une attelle pour une entorse ?"),
        ],
    ),
    "non_fatal_strangulation": (
        "strangulation",
        [
            ("en", "my partner strangled me last night and today my voice is hoarse"),
            ("en", "he had his hands around my neck until I blacked out, I feel ok now"),
            ("en", "my ex tried to strangle me, my neck is bruised and it hurts to swallow"),
            (
                "en",
                "her boyfriend choked her, she has tiny red dots in her eyes and can't talk properly",
            ),
            ("en", "someone grabbed me by the throat and squeezed, now it's hard to swallow"),
            ("fr", "mon conjoint m'a étranglée hier soir, depuis j'ai la voix cassée"),
            ("fr", "il a serré mon cou jusqu'à ce que je perde connaissance"),
            (
                "fr",
                "mon ex a essayé de m'étrangler, j'ai des marques sur le cou et du mal à avaler",
            ),
            (
                "fr",
                "il avait les mains autour de ma gorge, j'ai des petits points rouges dans les yeux",
            ),
            ("fr", "ma soeur a été étranglée par son mari, elle a du mal à respirer depuis"),
        ],
        [
            ("en", "I choked on a bit of steak at dinner but it came up, my throat is a bit sore"),
            ("en", "my scarf felt tight round my neck in the cold, is that bad for circulation?"),
            ("en", "what are the signs of strangulation that doctors look for in court cases?"),
            ("fr", "je me suis étranglé en buvant trop vite, ça va mieux"),
            ("fr", "ma cravate me serre le cou, est-ce que ça peut donner des maux de tête ?"),
            ("fr", "c'est quoi une hernie étranglée ?"),
        ],
    ),
}

NEW_FLAGS = ("compartment_syndrome", "strangulation")
