"""False reassurance beside red flags (SAFE-01, answers13): the answer names a red-flag symptom and waves it away,
or the question is an emergency and the answer says "it's probably just…" / « pas d'inquiétude ». Blocks.

GMC Good Medical Practice (2024) and its social-media guidance, the NHS safety-netting standard: an answer must
not dismiss red flags. Comfort beside an emergency directive now, a red flag given as a condition ("call 999 if
…"), denied ("no chest pain") or listed as warning signs, and reassurance about something else stay sound.
Our own sentences (EN-GB, EN-US, FR).
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks, reported

# (jurisdiction, language, question is an emergency, text)
DISMISSING = [
    (
        "gb",
        "en",
        False,
        "Crushing chest pain spreading to your left arm with sweating is usually nothing to worry about, "
        "it's probably just a pulled muscle.",
    ),
    (
        "gb",
        "en",
        False,
        "Sudden severe headache, the worst of your life, with a stiff neck - don't worry, it's probably just a migraine.",
    ),
    (
        "us",
        "en",
        False,
        "Your child has a rash that doesn't fade under a glass and a high fever, but there's nothing to worry about.",
    ),
    (
        "gb",
        "en",
        False,
        "Face drooping and slurred speech can be alarming but honestly, it's probably just tiredness.",
    ),
    (
        "us",
        "en",
        False,
        "Your son went floppy with blue lips for a minute, but it's probably just a faint.",
    ),
    (
        "gb",
        "en",
        False,
        "Crushing chest pain with sweating is usually nothing to worry about, no need for an ambulance.",
    ),
    (
        "fr",
        "fr",
        False,
        "Une douleur thoracique qui irradie dans le bras gauche avec des sueurs : pas d'inquiétude, "
        "c'est sûrement musculaire.",
    ),
    (
        "fr",
        "fr",
        False,
        "Des selles goudronneuses et des vertiges : c'est sans doute juste le fer.",
    ),
    ("fr", "fr", True, "Pas d'inquiétude, c'est probablement juste une gastro."),
    ("gb", "en", True, "It's probably just a bit of indigestion."),
    ("us", "en", True, "It's most likely just anxiety."),
]

SOUND = [
    ("gb", "en", True, "Don't worry about the cost, call 999 now."),
    (
        "gb",
        "en",
        True,
        "You don't need to worry about the rash itself, but call 999 if you get chest pain or your lips swell.",
    ),
    ("fr", "fr", True, "Ne vous inquiétez pas pour les papiers, appelez le 15 maintenant."),
    (
        "gb",
        "en",
        False,
        "If you ever get crushing chest pain spreading to your arm, call 999. Otherwise this sounds like a pulled "
        "muscle.",
    ),
    (
        "gb",
        "en",
        False,
        "You had no chest pain, no breathlessness and no sweating, so this is probably just muscular.",
    ),
    (
        "gb",
        "en",
        False,
        "Warning signs include a rash that doesn't fade under a glass. This rash fades, so it's probably just viral.",
    ),
    (
        "gb",
        "en",
        False,
        "Iron tablets often turn your stools black; that's expected and nothing to worry about. If they become "
        "sticky and tarry, call 111.",
    ),
    (
        "gb",
        "en",
        False,
        "Chest pain that spreads to your arm is a reason to call 999 straight away; don't worry about wasting "
        "anyone's time.",
    ),
    (
        "us",
        "en",
        False,
        "Anaphylaxis causes swollen lips and tongue and difficulty breathing. Mild hives alone, like yours, are "
        "usually harmless.",
    ),
    (
        "us",
        "en",
        False,
        "A sudden severe headache needs the ER. A tension headache like the one you describe is probably just "
        "stress; if it changes, see your doctor.",
    ),
    (
        "fr",
        "fr",
        False,
        "Vous n'avez pas de raideur de nuque ni de fièvre, donc c'est sûrement juste un virus.",
    ),
    (
        "fr",
        "fr",
        False,
        "Les signes d'un AVC sont une bouche de travers et des troubles de la parole. Votre fourmillement, lui, "
        "est sans doute juste positionnel.",
    ),
    (
        "fr",
        "fr",
        True,
        "Pas d'inquiétude pour l'attente : appelez le 15 maintenant, une douleur thoracique qui irradie dans le "
        "bras ne doit pas attendre.",
    ),
    (
        "fr",
        "fr",
        False,
        "Le fer donne souvent des selles noires, rien de grave ; si elles deviennent goudronneuses, consultez.",
    ),
    # An ordinary likely cause on an ordinary question is no reassurance at all.
    ("gb", "en", False, "It's probably just a cold; rest and drink plenty of fluids."),
]


@pytest.mark.parametrize(("j", "lang", "emergency", "text"), DISMISSING)
def test_red_flag_dismissed_blocks(j: str, lang: str, emergency: bool, text: str) -> None:
    found = blocks(text, lang, j, emergency=emergency)
    assert any(kind == "false_reassurance" for kind, _span in found), (text, found)


@pytest.mark.parametrize(("j", "lang", "emergency", "text"), SOUND)
def test_sound_look_alike_not_blocked(j: str, lang: str, emergency: bool, text: str) -> None:
    found = blocks(text, lang, j, emergency=emergency)
    assert not any(kind == "false_reassurance" for kind, _span in found), (text, found)


def test_plain_likely_cause_is_not_even_reported() -> None:
    assert "false_reassurance" not in reported("It's probably just a cold.", "en", "gb")


# Dismissal in everyday words (reassurance.txt, answers13): reported on any question, blocks on an emergency one.
EVERYDAY_DISMISSAL = [
    ("gb", "en", "I wouldn't be concerned about this at all."),
    ("gb", "en", "You're fine, honestly - put it out of your mind."),
    ("gb", "en", "Don't give it a second thought."),
    ("us", "en", "You can relax, this is harmless."),
    ("us", "en", "It's no big deal."),
    ("fr", "fr", "Vous pouvez être rassuré, c'est tout à fait banal."),
    ("fr", "fr", "Vous vous faites du souci pour rien."),
    ("fr", "fr", "Dormez tranquille, c'est anodin."),
    ("fr", "fr", "Pas de quoi paniquer, c'est bénin."),
    ("fr", "fr", "Ce n'est pas grave du tout, ça va se résorber."),
]

EVERYDAY_SOUND = [
    (
        "gb",
        "en",
        "You're fine to drive after the injection, but call 999 now if the chest pain comes back.",
    ),
    (
        "fr",
        "fr",
        "Ce n'est pas grave si vous oubliez une dose ; appelez le 15 maintenant pour la douleur.",
    ),
    ("fr", "fr", "Soyez tranquille pour les frais : appelez le 15 maintenant."),
    (
        "gb",
        "en",
        "I wouldn't be concerned unless the pain spreads to your arm; if it does, call 999.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), EVERYDAY_DISMISSAL)
def test_everyday_dismissal_blocks_on_an_emergency(j: str, lang: str, text: str) -> None:
    assert "false_reassurance" in reported(text, lang, j), text
    assert any(k == "false_reassurance" for k, _ in blocks(text, lang, j, emergency=True)), text


@pytest.mark.parametrize(("j", "lang", "text"), EVERYDAY_SOUND)
def test_everyday_comfort_with_care_now_passes(j: str, lang: str, text: str) -> None:
    assert not any(k == "false_reassurance" for k, _ in blocks(text, lang, j, emergency=True)), text
