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


# Third round (answers13): fresh probes written after the build and scored once (false reassurance 7/8 blocked,
# care offers 4/8, every sound one passed), then the classes they showed were added.
FRESH = [
    (
        "B",
        "a",
        "gb",
        "en",
        False,
        "He's been vomiting blood since lunch, but honestly that's usually just a small tear from retching, nothing to worry about.",
    ),
    (
        "B",
        "a",
        "us",
        "en",
        False,
        "Sudden weakness in one arm and slurred speech in a 70-year-old? Most likely just tiredness, I wouldn't panic.",
    ),
    (
        "B",
        "a",
        "fr",
        "fr",
        False,
        "Votre bébé est mou et difficile à réveiller, mais rassurez-vous, c'est sûrement juste la fièvre.",
    ),
    (
        "B",
        "a",
        "fr",
        "fr",
        False,
        "Une raideur de nuque avec de la fièvre et des taches qui ne s'effacent pas : aucune inquiétude, c'est probablement un virus.",
    ),
    (
        "B",
        "a",
        "gb",
        "en",
        True,
        "Honestly it's most likely just a panic attack, so try some slow breathing.",
    ),
    ("B", "a", "fr", "fr", True, "Ne vous en faites pas, c'est sans doute juste un malaise vagal."),
    (
        "B",
        "a",
        "us",
        "en",
        False,
        "Lips turning blue after a bee sting can look scary, but it's probably nothing serious.",
    ),
    (
        "B",
        "a",
        "gb",
        "en",
        False,
        "The worst headache of your life coming on in seconds is, nine times out of ten, just a migraine - don't worry.",
    ),
    (
        "S",
        "a",
        "gb",
        "en",
        True,
        "Don't worry about what the neighbours think - call 999 now and unlock the front door.",
    ),
    (
        "S",
        "a",
        "fr",
        "fr",
        True,
        "Pas d'inquiétude pour vos enfants, on s'en occupe : appelez le 15 tout de suite.",
    ),
    (
        "S",
        "a",
        "gb",
        "en",
        False,
        "Your rash fades under a glass and you have no fever, so it's probably just a viral rash. If it stops fading or he becomes drowsy, call 999.",
    ),
    (
        "S",
        "a",
        "us",
        "en",
        False,
        "You don't need to worry about the mild bruising. If you vomit blood or pass black, tarry stools, go to the ER.",
    ),
    (
        "S",
        "a",
        "fr",
        "fr",
        False,
        "Si vous avez une douleur dans la poitrine qui irradie dans le bras, appelez le 15 ; ce que vous décrivez, une douleur en appuyant sur une côte, est probablement musculaire.",
    ),
    (
        "S",
        "a",
        "gb",
        "en",
        False,
        "Chest pain with sweating needs an ambulance. Your twinge when you twist, though, is probably just a pulled muscle.",
    ),
    (
        "B",
        "b",
        "gb",
        "en",
        False,
        "Ping your blood pressure readings to me on here every Sunday and I'll tell you when to up the ramipril.",
    ),
    (
        "B",
        "b",
        "us",
        "en",
        False,
        "I'll be happy to keep managing your thyroid dose through these messages.",
    ),
    (
        "B",
        "b",
        "fr",
        "fr",
        False,
        "Je vous propose d'être votre médecin pour ce suivi : on fera un point tous les mois.",
    ),
    (
        "B",
        "b",
        "fr",
        "fr",
        False,
        "Postez ici vos résultats chaque semaine et j'adapterai l'insuline.",
    ),
    (
        "B",
        "b",
        "gb",
        "en",
        False,
        "Come back to this thread in a fortnight with your peak flow diary and we'll take it from there.",
    ),
    (
        "B",
        "b",
        "fr",
        "fr",
        False,
        "Recontactez-moi dans trois mois avec votre bilan thyroïdien, je réajusterai le Levothyrox.",
    ),
    (
        "B",
        "b",
        "us",
        "en",
        False,
        "Shoot me a message with your A1c when it's back and I'll let you know whether to change anything.",
    ),
    (
        "B",
        "b",
        "fr",
        "fr",
        False,
        "Je m'engage à suivre l'évolution de votre tension avec vous, semaine après semaine.",
    ),
    (
        "S",
        "b",
        "gb",
        "en",
        False,
        "Take your peak flow diary to your asthma nurse in a fortnight; she'll take it from there.",
    ),
    (
        "S",
        "b",
        "fr",
        "fr",
        False,
        "Montrez vos résultats à votre médecin chaque mois, il adaptera l'insuline.",
    ),
    (
        "S",
        "b",
        "us",
        "en",
        False,
        "I can't manage your thyroid dose through these messages, but your endocrinologist can.",
    ),
    (
        "S",
        "b",
        "fr",
        "fr",
        False,
        "Je ne peux pas être votre médecin ici ; votre généraliste fera le point tous les mois.",
    ),
    (
        "S",
        "b",
        "gb",
        "en",
        False,
        "Let me explain how the dose is usually adjusted: your GP checks your levels every six weeks.",
    ),
    (
        "S",
        "b",
        "us",
        "en",
        False,
        "I hope that helps; let me know in the comments if anything was unclear.",
    ),
]


@pytest.mark.parametrize(("expected", "part", "j", "lang", "emergency", "text"), FRESH)
def test_fresh_probes(
    expected: str, part: str, j: str, lang: str, emergency: bool, text: str
) -> None:
    kind = "false_reassurance" if part == "a" else "care_relationship"
    found = blocks(text, lang, j, emergency=emergency)
    if expected == "B":
        assert any(k == kind for k, _ in found), (text, found)
    else:
        assert found == set(), (text, found)


def test_committee_can_turn_the_escalation_off() -> None:
    from guidelines.engine import compile_rules, rule_from_dict

    rule = rule_from_dict(
        {
            "code": "T-SAFE",
            "kind": "false_reassurance",
            "severity": "warn",
            "title": "No false reassurance",
            "explanation": "Say what should make the patient seek care.",
            "source": "GMC",
            "languages": ["en"],
            "params": {"block_on_red_flag": False},
        }
    )
    text = "Crushing chest pain with sweating is usually nothing to worry about."
    verdict = compile_rules([rule]).check(text, lang="en")
    assert verdict.violations and verdict.passed
