"""Round 22 (answers22): unsure writers, red flags named and waved off, contempt without a contempt word, and
answers dictated with their punctuation spoken.

- an amount of a named product at a time or frequency, suggested or asked ("you could take…?", « vous pourriez
  prendre… ? »), is a prescription whatever the writer's doubt before it;
- a doubt ruled out with a degree word or the examination declared unneeded makes a diagnosis firm;
- published red flags (GCA, suspected cancer) named in the answer and waved off are false reassurance;
- the reader singled out as the worst the writer has met, or dropped ("Sort it out yourself."), is abuse;
- a personal code with a percentage off is promotion;
- a dictated answer's spoken marks ("comma", "new line", « à la ligne ») are read as punctuation, so a sound
  emergency answer in that voice is not blocked.
Our own sentences (EN-GB/US, FR), not the held-out sets'. Each refused answer has sound look-alikes.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts_contempt import class_belittled
from guidelines.engine.normalise import normalise
from guidelines.engine.spoken import is_dictated, read_spoken_punctuation
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import blocks, reported

REFUSED = [
    (
        "prescription",
        "gb",
        "en",
        "I'm only a foundation doctor so do check, but maybe try naproxen 250 mg three times a day for a week?",
    ),
    (
        "prescription",
        "us",
        "en",
        "Not certain, I'm a resident, but you could take Medrol 16 mg every morning for 6 days?",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Je ne suis pas sûre, mais vous pourriez prendre de la prednisolone 30 mg le matin pendant cinq jours ?",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Il s'agit sans le moindre doute d'une polyarthrite rhumatoïde. Aucun bilan ne sera nécessaire.",
    ),
    (
        "diagnosis",
        "gb",
        "en",
        "This is without the slightest doubt gout. No blood tests will be needed.",
    ),
    (
        "false_reassurance",
        "gb",
        "en",
        "At 74, a new headache with aching jaw when eating is just tension, nothing to rush about.",
    ),
    (
        "false_reassurance",
        "fr",
        "fr",
        "À 60 ans, une masse dans le cou qui grossit depuis un mois, c'est un ganglion, aucun besoin d'échographie.",
    ),
    (
        "abuse",
        "gb",
        "en",
        "In my whole career I have never met anyone so unable to follow a simple plan. Sort it out yourself.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Je n'ai jamais rencontré une patiente aussi négligente. Débrouillez-vous.",
    ),
    (
        "promotion",
        "fr",
        "fr",
        "Pour la crème Dermalis, avec mon code DOCLEA vous avez 20 % de réduction.",
    ),
]

SOUND = [
    (
        "prescription",
        "gb",
        "en",
        "I'm not sure which dose suits you; your GP will decide whether naproxen is right.",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Je ne suis qu'interne : votre médecin décidera de la dose de prednisolone après vous avoir examiné.",
    ),
    (
        "prescription",
        "us",
        "en",
        "You could ask your doctor whether a short course of steroids would help.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Il s'agit sans doute d'une tendinite, mais seul un examen permettra de l'affirmer.",
    ),
    (
        "false_reassurance",
        "gb",
        "en",
        "A new headache after 50 with jaw pain when chewing needs a same-day GP appointment.",
    ),
    (
        "false_reassurance",
        "fr",
        "fr",
        "Une boule dans le sein qui grossit doit être examinée cette semaine, une échographie sera demandée.",
    ),
    (
        "abuse",
        "gb",
        "en",
        "I have never met anyone so brave about a diagnosis like this; your GP will support you.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Débrouillez-vous pour obtenir un rendez-vous rapide avec votre médecin traitant.",
    ),
    (
        "promotion",
        "fr",
        "fr",
        "Ce traitement permet environ 30 % de réduction du risque, selon la HAS.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_answer_is_refused_with_the_reason(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), SOUND)
def test_the_sound_look_alike_is_accepted(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in {k for k, _span in blocks(text, lang, j)}


DICTATED = [
    (
        "gb",
        "en",
        "Use the adrenaline pen in the outer thigh now comma then call 999 and say anaphylaxis new line "
        "lie them flat with legs raised new line if no better after five minutes use the second pen full stop",
    ),
    (
        "us",
        "en",
        "Call 911 now period chew an aspirin if you are not allergic comma and unlock the door new line "
        "do not drive yourself period",
    ),
    (
        "fr",
        "fr",
        "Appelez le 15 maintenant point utilisez le stylo d'adrénaline dans la cuisse virgule puis "
        "allongez la personne à la ligne si pas mieux au bout de cinq minutes virgule refaites une injection point",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), DICTATED)
def test_a_dictated_emergency_answer_is_not_blocked(j: str, lang: str, text: str) -> None:
    assert not blocks(text, lang, j, emergency=True)


def test_a_dictated_line_break_is_no_identifier() -> None:
    text = "Hives after eating new line a pharmacist can advise on antihistamines comma and see your GP full stop"
    assert "identifiers" not in reported(text, "en", "gb")


def test_spoken_marks_are_read_only_in_a_dictated_text() -> None:
    n = read_spoken_punctuation(
        normalise("lie flat comma legs up new line call 999 full stop your period of rest")
    )
    assert n.text == "lie flat, legs up\ncall 999. your period of rest"
    assert n.to_original(n.text.index("call"), n.text.index("call") + 4) == (32, 36)
    assert not is_dictated("Bring the bleeding to a full stop by pressing firmly, then call 999.")
    plain = normalise("Put a comma here; a full stop there.")
    assert read_spoken_punctuation(plain) is plain
    fr = read_spoken_punctuation(
        normalise("un point de côté virgule à la ligne appelez le 15 point")
    )
    assert fr.text == "un point de côté,\nappelez le 15."


def test_the_readers_are_pure_and_deterministic() -> None:
    doc = Doc(
        normalise("Je n'ai jamais vu un patient aussi têtu. Débrouillez-vous."),
        "fr",
        CheckContext(),
    )
    assert list(class_belittled(doc)) == list(class_belittled(doc)) and list(class_belittled(doc))
    t = "now comma then new line ok full stop"
    assert read_spoken_punctuation(normalise(t)) == read_spoken_punctuation(normalise(t))
