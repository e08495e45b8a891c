"""Round 22 (helper triage25): emergencies told indirectly, in lay, hedged or minimised words, EN and FR.

Each discriminator both ways: what the patient sees for the emergency (the flag, the call-now guidance with the
country's number, the crisis line for a suicide plan) and that the look-alike told with the same words raises
nothing. The texts of bench/triage/dev25 (written for this round, each set before the change it then drove:
docs/triage.md, "Round 22") are pinned as a whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from triage.core import assess, emergency_guidance

DEV25 = Path(__file__).resolve().parents[2] / "bench" / "triage" / "dev25"

# (flag, language, emergency told indirectly, look-alike with the same words)
PAIRS: dict[str, tuple[str, str, str, str]] = {
    "status_epilepticus_one_fit_after_another": (
        "unconscious_or_seizure",
        "fr",
        "Ma femme a fait une crise, puis une autre juste après sans se réveiller entre les deux, et là ça recommence.",
        "Ma fille enchaîne les crises d'angoisse avant ses examens, que faire ?",
    ),
    "status_epilepticus_longer_than_usual": (
        "unconscious_or_seizure",
        "en",
        "my mum is having a fit and it's been going a long time, longer than her usual, she's still twitching after 6 minutes",
        "If a seizure lasts longer than usual, when should I call an ambulance?",
    ),
    "status_epilepticus_asked_about": (
        "unconscious_or_seizure",
        "fr",
        "Les crises s'enchaînent, elle en fait une, devient toute molle, puis ça reprend, elle ne se réveille pas du tout entre",
        "Au bout de combien de temps une crise d'épilepsie devient-elle un état de mal ?",
    ),
    "cauda_equina_not_feeling_the_paper": (
        "cauda_equina",
        "en",
        "Bit embarrassing. Bad back for days, now I've noticed I can't feel anything down there when I wipe",
        "My back has been sore since I moved house and I had a little accident without noticing, dropped a box on my toe.",
    ),
    "cauda_equina_incontinence_not_noticed": (
        "cauda_equina",
        "fr",
        "Je me suis bloqué le dos à la salle, depuis j'ai des fuites d'urine que je ne sens pas et la zone de la selle qui fourmille",
        "Six mois après l'accouchement, j'ai des petites fuites urinaires quand j'éternue ou que je ris. La rééducation du périnée ça vaut le coup ?",
    ),
    "anaphylaxis_hoarse_after_a_known_allergen": (
        "anaphylaxis",
        "fr",
        "Mon fils est allergique à l'arachide, il a mangé un biscuit à l'anniversaire, il tousse sans arrêt, sa voix est rauque et il se gratte le cou",
        "J'ai la voix enrouée après avoir crié au match hier. Je suis allergique aux chats mais il n'y en avait pas.",
    ),
    "anaphylaxis_sting_hoarse_and_faint": (
        "anaphylaxis",
        "fr",
        "Piqué par un truc à la terrasse, je suis couvert d'urticaire, ma voix est devenue très rauque et je me sens flageolant et prêt à tomber dans les pommes",
        "J'ai la voix enrouée et je me sens un peu faible avec ce rhume, je suis allergique aux acariens. Je peux prendre du miel ?",
    ),
    "posterior_stroke_vertigo_with_double_vision": (
        "stroke",
        "en",
        "Woke up at 6 with the room spinning, I had labyrinthitis two years ago so I assume it's that back, but this time I'm seeing double and I keep veering into the wall when I walk.",
        "After my labyrinthitis last year I still get dizzy if I turn quickly. No double vision. Is that normal?",
    ),
    "posterior_stroke_sudden_vertigo_and_ataxia": (
        "stroke",
        "fr",
        "Tout s'est mis à tourner d'un coup en étendant le linge, maintenant je ne tiens plus debout sans basculer et je bafouille.",
        "La pièce tourne quelques secondes quand je me retourne dans le lit, depuis un mois, sinon ça va. C'est un vertige positionnel ?",
    ),
    "asthma_reliever_not_touching_it": (
        "severe_breathing_difficulty",
        "en",
        "Asthmatic, been using my blue inhaler every 15 minutes since 3am but it's not touching it anymore, can only say a few words at a time.",
        "I use my blue inhaler before running and it works well, but lately I need it more in the cold. Should I see the asthma nurse?",
    ),
    "asthma_reliever_does_nothing_fr": (
        "severe_breathing_difficulty",
        "fr",
        "Je suis asthmatique, je prends ma Ventoline toutes les 15 minutes depuis 3h du matin mais ça ne fait plus rien, je n'arrive à dire que quelques mots.",
        "Sa Ventoline ne fait plus effet sur sa toux du soir, il ne siffle pas et parle normalement. C'est un rhume ?",
    ),
    "suicide_means_and_time": (
        "suicide_risk",
        "fr",
        "J'ai mis de côté mes comprimés depuis des semaines. Je compte le faire cette nuit. Je voulais juste le dire à quelqu'un.",
        "Je vais le faire ce soir : enfin résilier mon abonnement à la salle ! Comment changer mon email dans l'appli ?",
    ),
    "suicide_when_and_how": (
        "suicide_risk",
        "en",
        "I know when and how now. After the kids are asleep tonight I'm doing it. Please don't call anyone",
        "I'll take everything tonight: the kids' bags, the tent and the snacks. Do I need a first aid kit for camping?",
    ),
    "suicide_take_the_lot": (
        "suicide_risk",
        "en",
        "I've bought two packets of paracetamol from different shops today and I'm going to take the lot later. Nothing matters anymore",
        "I'm going to take the lot back to the pharmacy tomorrow, old meds from my late mum. Do they take inhalers?",
    ),
    "suicide_a_firearm_for_tonight": (
        "suicide_risk",
        "fr",
        "J'ai descendu le vieux fusil de mon père du grenier et je compte m'en servir ce soir quand ma femme sera au travail",
        "J'ai tout ce qu'il faut dans l'armoire à pharmacie pour les vacances, je vais tout prendre demain dans la valise.",
    ),
}

NUMBER = {"en": ("GB", "999"), "fr": ("FR", "15")}
CRISIS = {"en": "116 123", "fr": "3114"}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_indirect_emergency_shows_call_now_and_the_look_alike_does_not(name: str) -> None:
    flag, lang, emergency, look_alike = PAIRS[name]
    got = assess(emergency, lang)
    assert got.emergency and got.urgency == "emergency"
    assert flag in got.red_flags
    country, number = NUMBER[lang]
    guidance = emergency_guidance(country, lang, got.red_flags)
    assert number in [n for _, n in guidance.numbers]
    if flag == "suicide_risk":
        assert CRISIS[lang] in guidance.message
    quiet = assess(look_alike, lang)
    assert not quiet.emergency, quiet.red_flags
    assert quiet.urgency != "emergency"


def _records(name: str) -> list[dict[str, object]]:
    with (DEV25 / name / "triage.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("name", [".", "validation", "probe", "probe2", "probe3"])
def test_round22_sets_every_emergency_caught(name: str) -> None:
    missed = [
        r["id"]
        for r in _records(name)
        if r["emergency"] and not assess(str(r["text"]), str(r["lang"])).emergency
    ]
    assert missed == []


# The one look-alike of dev25 still raised: a figure of speech with a laughter marker and "if" ("jump out the window
# if HMRC sends me another letter lol"), raised by the learned evidence, not by a rule of this round.
KNOWN_RAISED = {"d25-tri-en-035"}


@pytest.mark.parametrize("name", [".", "validation", "probe", "probe2", "probe3"])
def test_round22_sets_look_alikes_raise_nothing(name: str) -> None:
    raised = {
        str(r["id"])
        for r in _records(name)
        if not r["emergency"] and assess(str(r["text"]), str(r["lang"])).emergency
    }
    assert raised <= KNOWN_RAISED
