"""A care relationship offered in plain words, read as a sentence (REL-01, answers13): the writer as the one who
carries on the care, the reader reporting back, a recurrence or next time, data to send.

GMC Good Medical Practice (2024) and "Doctors' use of social media", CNOM (R.4127-53 CSP): a doctor answering an
anonymous question must not establish a doctor-patient relationship through it. Someone else as the carer, a
refusal, a quotation, and a report with nothing to report stay sound. Our own sentences (EN-GB, EN-US, FR).
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks

# (jurisdiction, language, text)
OFFERS = [
    ("gb", "en", "Happy to keep an eye on your numbers if you post them here monthly."),
    ("gb", "en", "From now on I'll handle your thyroid medication."),
    ("gb", "en", "Let's do this together: you send the numbers, I'll tell you what to change."),
    ("gb", "en", "I'd like to see you again in six weeks."),
    ("us", "en", "Check back with me in a month and we'll review the dose."),
    ("us", "en", "Update me after your scan and I'll tell you the next step."),
    ("us", "en", "We can carry on managing this here, week by week."),
    ("us", "en", "Let me know your readings each week and I'll tell you how much insulin to take."),
    ("fr", "fr", "Revenez vers moi dans un mois avec vos analyses."),
    ("fr", "fr", "Je m'occupe de votre suivi à partir de maintenant."),
    ("fr", "fr", "Tenez-moi informé de l'évolution et on ajustera."),
    ("fr", "fr", "Faites-moi parvenir vos bilans tous les mois."),
    ("fr", "fr", "Je vous propose un suivi régulier ici."),
    ("fr", "fr", "On se revoit dans trois semaines pour faire le point."),
    ("fr", "fr", "Je serai votre référent pour ce problème."),
    ("fr", "fr", "Donnez-moi des nouvelles après l'IRM et je vous dirai quoi faire."),
    ("fr", "fr", "Je prends le relais de votre endocrinologue pour l'insuline."),
    ("fr", "fr", "Communiquez-moi vos glycémies chaque semaine, j'adapterai les doses."),
    # More voices (answers13, second round of own probes).
    ("fr", "fr", "Je vous propose de faire le point ensemble dans quinze jours."),
    ("fr", "fr", "Repassez me voir dans un mois, on refera le bilan."),
    (
        "fr",
        "fr",
        "Écrivez-moi ici après la prise de sang, je vous dirai s'il faut changer la dose.",
    ),
    ("fr", "fr", "N'hésitez pas à me tenir au courant de l'évolution, je vous guiderai."),
    ("fr", "fr", "Je peux assurer votre suivi à distance."),
    (
        "fr",
        "fr",
        "Nous pouvons continuer à échanger ici chaque semaine pour ajuster votre traitement.",
    ),
    ("fr", "fr", "Je me charge de votre suivi jusqu'au rendez-vous chez le spécialiste."),
    (
        "fr",
        "fr",
        "Je vous accompagnerai dans cette démarche, revenez vers moi quand vous aurez les résultats.",
    ),
    ("fr", "fr", "Gardez le contact avec moi pour les prochains mois."),
    ("fr", "fr", "Si vous voulez, je surveille vos analyses chaque trimestre."),
    ("fr", "fr", "On peut faire votre suivi ensemble par messages."),
    ("gb", "en", "Message me again once the results are back and I'll interpret them for you."),
    ("gb", "en", "I'm happy to be your point of contact while you wait for the clinic."),
    ("gb", "en", "We can keep in touch here and tweak things as we go."),
    ("gb", "en", "Ping me your numbers next week."),
    ("us", "en", "I can keep following your case here until you get a new doctor."),
    (
        "us",
        "en",
        "Reach out to me again after the blood work and we'll plan the next steps together.",
    ),
    ("us", "en", "I'll keep tabs on your progress if you check in each month."),
    ("us", "en", "Let me handle the adjustments from now on."),
    ("gb", "en", "Don't hesitate to keep me posted with your readings every week."),
    ("fr", "fr", "N'hésitez pas à me transmettre vos glycémies chaque semaine."),
    ("gb", "en", "Don't hesitate to update me after your scan and I'll tell you the next step."),
    # The lead's round (post hoc from blind10, by class): becoming the reader's doctor, dropping their own doctor.
    ("fr", "fr", "Je deviens votre médecin pour cette maladie, je m'occupe de tout."),
    ("fr", "fr", "Inutile de revoir votre médecin traitant, je gère à distance."),
    ("gb", "en", "I'll become your GP for this; no need to see your own doctor again."),
]

SOUND = [
    (
        "fr",
        "fr",
        "Votre médecin traitant reste votre interlocuteur ; je ne peux pas devenir votre médecin ici.",
    ),
    ("fr", "fr", "Votre pharmacien s'occupe de tout pour le renouvellement."),
    ("gb", "en", "Your own GP will take over your care; please see them this week."),
    ("gb", "en", "Check back with your GP in a month."),
    ("gb", "en", "I'd like you to see your GP again in six weeks."),
    ("gb", "en", "Many readers ask me to follow them up; I can't do that here."),
    ("fr", "fr", "Votre endocrinologue prendra le relais."),
    ("fr", "fr", "Revenez vers votre médecin dans un mois avec vos analyses."),
    ("fr", "fr", "Tenez votre médecin informé de l'évolution."),
    ("fr", "fr", "Donnez des nouvelles à votre médecin après l'IRM."),
    ("us", "en", "Let your doctor know your readings each week so they can adjust the insulin."),
    ("gb", "en", "I'll tell you what to look out for: a fever over 38 or a rash."),
    ("gb", "en", "Let me know if anything is unclear."),
    ("gb", "en", "Your GP will review your results in a month and adjust the dose."),
    ("us", "en", "In general, we adjust the dose every few weeks based on blood tests."),
    (
        "us",
        "en",
        "Your diabetes team will adjust the insulin each week; I can't do that from here.",
    ),
    ("gb", "en", "Keep a log of your readings each week and show it to your GP."),
    ("gb", "en", "I will review the evidence below."),
    ("fr", "fr", "Je vous le dis franchement : consultez votre médecin dans la semaine."),
    ("fr", "fr", "Notez vos glycémies chaque semaine dans un carnet pour votre médecin."),
    ("fr", "fr", "Votre médecin verra vos résultats dans un mois et adaptera le traitement."),
    ("gb", "en", "Update your GP after the scan."),
    ("us", "en", "Post your question again here if the answer is unclear."),
    ("gb", "en", "I'm happy to explain what your results mean in general terms."),
    ("fr", "fr", "Je ne peux pas vous suivre ici : revenez vers votre médecin dans un mois."),
    (
        "gb",
        "en",
        "I can't review your readings each week through this site; your practice nurse can.",
    ),
    (
        "us",
        "en",
        'Some sites say "send me your numbers every week and I\'ll adjust"; that is not how safe care works.',
    ),
    ("gb", "en", "Your GP will keep tabs on your progress."),
    ("gb", "en", "Keep in touch with your diabetes team every month."),
    ("gb", "en", "Reach out to your GP again after the blood work."),
    ("fr", "fr", "Revenez voir votre médecin dans un mois."),
    ("fr", "fr", "On peut faire le point sur ce que l'on sait aujourd'hui."),
    ("gb", "en", "Your nurse can adjust the dose as you go."),
    ("us", "en", "Your doctor and you will plan the next steps together."),
    ("fr", "fr", "Votre médecin vous accompagnera dans cette démarche."),
    ("gb", "en", "The next steps are a blood test and a scan, which your GP will arrange."),
    ("gb", "en", "I can't keep tabs on your progress from here."),
    ("gb", "en", "Don't hesitate to let me know if anything is unclear."),
    ("gb", "en", "Don't send me your readings; your GP needs them."),
    ("gb", "en", "Please don't keep me posted with your readings every week; your GP will."),
]


@pytest.mark.parametrize(("j", "lang", "text"), OFFERS)
def test_care_offer_blocks(j: str, lang: str, text: str) -> None:
    found = blocks(text, lang, j)
    assert any(kind == "care_relationship" for kind, _span in found), (text, found)


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_sound_look_alike_passes(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set(), text
