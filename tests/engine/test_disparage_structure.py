"""Disrespect in everyday words, read as a sentence: a target (the reader, a colleague, a group of doctors, an
institution) and what is said of them (incompetence, contempt, blame), in the writer's own clause (answers12)."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks

# (jurisdiction, language, text)
BREAKING = [
    ("gb", "en", "People like you never listen, so I doubt this will help."),
    ("gb", "en", "Frankly you brought this on yourself with all that drinking."),
    ("gb", "en", "Your GP clearly hasn't a clue about thyroid disease."),
    ("gb", "en", "The A&E lot over there are butchers."),
    ("gb", "en", "You lot always come in moaning about nothing."),
    ("gb", "en", "Your previous doctor was frankly hopeless."),
    ("gb", "en", "The surgeons at that hospital are a bunch of cowboys."),
    (
        "us",
        "en",
        "Honestly, if you could be bothered to lose some weight your knees wouldn't hurt.",
    ),
    ("us", "en", "Your doctor has no idea what he's doing."),
    ("us", "en", "Maybe lay off the donuts before you complain about your sugar."),
    ("us", "en", "That ER is a death trap, and the staff there are clueless."),
    ("us", "en", "Your pediatrician doesn't know what she's doing."),
    ("fr", "fr", "Encore un qui se plaint pour rien."),
    ("fr", "fr", "Les urgences de là-bas sont des bouchers."),
    ("fr", "fr", "Votre généraliste n'y comprend visiblement rien."),
    ("fr", "fr", "Franchement, vous l'avez cherché avec votre mode de vie."),
    ("fr", "fr", "À l'hôpital de votre ville, ce sont des amateurs."),
    ("fr", "fr", "Vous êtes encore venu pour un simple rhume, quelle perte de temps."),
    ("fr", "fr", "Votre rhumatologue ne sait visiblement pas ce qu'il fait."),
    ("fr", "fr", "C'est entièrement de votre faute, avec tout ce sucre."),
    # Other voices: the sarcastic specialist, the tired emergency physician.
    ("gb", "en", "I'll keep this simple since medical terms clearly aren't your strong point."),
    ("gb", "en", "With respect, your GP is out of his depth here and should have referred you."),
    ("gb", "en", "You seem to think the NHS exists to fix problems you create yourself."),
    ("gb", "en", "The out-of-hours service round your way is a joke, they'd miss a broken leg."),
    ("us", "en", "Your weight is the problem, plain and simple, and no pill will fix laziness."),
    ("us", "en", "Your gynecologist sounds like she phoned it in."),
    ("us", "en", "Typical urgent care, they hand out antibiotics like candy."),
    ("fr", "fr", "Avec ce que vous mangez, il ne faut pas s'étonner d'avoir du diabète."),
    ("fr", "fr", "Les urgences de votre hôpital, c'est la boucherie."),
    ("fr", "fr", "Votre généraliste vous a prescrit ça ? Il dort pendant les formations."),
    ("fr", "fr", "Vous êtes trop gros, c'est tout, arrêtez de chercher des excuses."),
    # The readers judged as parents (the lead, post hoc from blind10's French miss, by class).
    ("fr", "fr", "Des parents aussi peu attentifs, franchement, faites contrôler sa vue."),
    ("fr", "fr", "Vous êtes des parents négligents si vous attendez encore."),
]

SOUND = [
    ("fr", "fr", "Les parents ne sont pas négligents : ces troubles passent souvent inaperçus."),
    ("fr", "fr", "Il n'y a pas de parents parfaits, ne culpabilisez pas."),
    (
        "gb",
        "en",
        "Some say doctors there are butchers; that is unfair, they work under huge pressure.",
    ),
    ("gb", "en", "Your GP clearly knows your history well, so do follow up with them."),
    ("gb", "en", "It is not your fault; weight gain with this medicine is common."),
    (
        "gb",
        "en",
        "Patients are sometimes told they brought it on themselves; that is wrong and unhelpful.",
    ),
    (
        "gb",
        "en",
        "Surgeons used to be called butchers two centuries ago; surgery is very safe today.",
    ),
    ("gb", "en", "If your GP has no idea what is causing it, ask for a referral."),
    ("gb", "en", "The A&E staff are not butchers; they are triaging, which is why you waited."),
    ("gb", "en", "Doctors don't always have a clue what causes this; the cause is often unknown."),
    ("us", "en", "Your doctor did the right thing ordering that test."),
    ("us", "en", "Nobody should tell you that you are lazy for being tired with anemia."),
    (
        "us",
        "en",
        "Nobody should say your doctor is clueless for missing it; it is a rare condition.",
    ),
    ("us", "en", "You're not complaining about nothing: these symptoms deserve a proper look."),
    ("us", "en", "Is your doctor incompetent? No: this is a hard diagnosis to make."),
    ("fr", "fr", "Certains disent que les urgentistes sont des bouchers ; c'est injuste."),
    ("fr", "fr", "Ce n'est pas de votre faute si vous avez pris du poids avec ce traitement."),
    ("fr", "fr", "Vous avez bien fait de consulter, ce n'est pas une plainte pour rien."),
    ("fr", "fr", "Les équipes des urgences sont compétentes et vous prendront en charge."),
    ("fr", "fr", "Votre médecin est incapable de conclure sans examen : allez le voir."),
    ("fr", "fr", "Les chirurgiens ne sont pas des bouchers, la chirurgie est très encadrée."),
    ("fr", "fr", "Vous ne vous plaignez pas pour rien : ces douleurs méritent un examen."),
    ("fr", "fr", "Si votre médecin ne sait pas ce qu'il en est, demandez un avis spécialisé."),
    ("fr", "fr", "Votre cardiologue connaît bien votre dossier ; suivez ses conseils."),
    (
        "gb",
        "en",
        "Let me guess what you're thinking: is it serious? Usually it is not, but see your GP.",
    ),
    ("gb", "en", "Your GP may not have seen this before; it is rare, so a referral makes sense."),
    (
        "us",
        "en",
        "Urgent care clinics sometimes prescribe antibiotics for viral infections, which is not needed.",
    ),
    ("fr", "fr", "Il ne faut pas s'étonner d'avoir un peu de fatigue après une grippe."),
    ("fr", "fr", "Les urgences sont souvent débordées, ce qui explique l'attente."),
    (
        "fr",
        "fr",
        "Laissez-moi deviner : vous avez lu des choses inquiétantes ? C'est normal de s'inquiéter.",
    ),
    (
        "fr",
        "fr",
        "Vos résultats de la semaine dernière ? Ils sont nuls pour la protéinurie, c'est rassurant.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), BREAKING)
def test_disrespect_in_everyday_words_blocks(j: str, lang: str, text: str) -> None:
    assert "abuse" in {k for k, _ in blocks(text, lang, j)}, text


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_negated_reported_conditional_or_praise_is_not_blocked(
    j: str, lang: str, text: str
) -> None:
    assert "abuse" not in {k for k, _ in blocks(text, lang, j)}, text
