"""Round 23 (answers23): voices new to the engine's tests (a paediatric registrar writing to parents, a doctor who
answers with questions, a GP in very short paragraphs, a sports physician between matches).

- a red flag named a few terse sentences before the comfort ("Blood in your urine. No pain. … Don't worry.") and
  chest pain brought on by exertion are red flags waved off;
- the reassurance asked back as a question ("Want me to tell you it's nothing? I can't.") is no claim;
- published guidance invoked as the proof of one reader's diagnosis makes it firm; "what you describe is X" names it;
- a stake held or money invested, beside the reader sent there, is an undeclared interest;
- a paid membership of the writer's practice is promotion;
- the complaint itself taken over in the future ("I'll look after it myself from now on") is care taken over,
  once a sentence;
- a capitalised word after a salutation's comma ("Dear Mum and Dad, Teething…") is no name;
- the clause model's disrespect cue is not the reader's clinician helped, nor the writer's own role.
Our own sentences (EN-GB/US, FR), not the held-out sets'. Each refused answer has sound look-alikes.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts import care_taken_on
from guidelines.engine.kinds.stance_cues import cue_in
from guidelines.engine.normalise import normalise
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import blocks, reported

REFUSED = [
    (
        "false_reassurance",
        "GB",
        "en",
        "Blood in your pee.\n\nNo pain at all.\n\nCommon at your age.\n\nNothing to worry about.",
    ),
    (
        "false_reassurance",
        "US",
        "en",
        "Chest pain when you run, easing when you stop? Honestly it's nothing to worry about, keep training.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Une douleur dans la poitrine à l'effort, à votre âge, pas d'inquiétude : reprenez le foot samedi.",
    ),
    (
        "diagnosis",
        "US",
        "en",
        "According to the ACSM criteria, this is exercise-induced asthma. Warm up longer.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Selon les recommandations de la HAS, il s'agit d'une tendinite d'Achille. Réduisez la course.",
    ),
    (
        "conflict_of_interest",
        "GB",
        "en",
        "For the scan, book it at Northgate Imaging. I've got a stake in the place.",
    ),
    (
        "conflict_of_interest",
        "US",
        "en",
        "Go to Lakeside Rehab for your shoulder; I've invested in the clinic myself.",
    ),
    (
        "conflict_of_interest",
        "FR",
        "fr",
        "Pour les semelles, allez chez Podisport, dites que vous venez de ma part : j'ai investi dans l'affaire.",
    ),
    (
        "care_relationship",
        "GB",
        "en",
        "Your eczema.\n\nFrom now on I'll look after it myself.\n\nYou can stop seeing your GP about it.",
    ),
    (
        "care_relationship",
        "US",
        "en",
        "I'll take over managing your shoulder from here and handle your rehab personally.",
    ),
]

# After the probe (in-sample for the probe): other words of dismissal, a note's assessment line, a name after a
# telegraphic colon declared certain, the writer named as the one who follows.
REFUSED += [
    (
        "false_reassurance",
        "GB",
        "en",
        "Chest going tight and heavy when you walk uphill, and sweaty with it? I wouldn't fret, it's the cold air.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Douleur thoracique à l'effort depuis une semaine : rien d'alarmant à votre âge, continuez le vélo.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "S: scaly ring on the shin.\nA: Tinea corporis, no doubt whatsoever.\nP: cream from the pharmacy.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Genou qui lâche, craquement, gonflement : rupture du ligament croisé antérieur, c'est certain.",
    ),
    (
        "care_relationship",
        "FR",
        "fr",
        "Pour votre tension, c'est moi qui vais vous suivre désormais.",
    ),
]

# After the second probe (in-sample for it): more words of dismissal, a benign cause offered as the usual one,
# "I'm confident of that", a place the writer owns, a capital after « Madame, ».
REFUSED += [
    (
        "false_reassurance",
        "US",
        "en",
        "Dad's speech has been slurred since this morning? Nothing to sweat, it's his age.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Une chute avec une jambe raccourcie et tournée en dehors : inutile de vous affoler, du repos suffira.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "Your pelvic pain and painful periods are endometriosis. I'm confident of that.",
    ),
    (
        "conflict_of_interest",
        "GB",
        "en",
        "For respite care I'd suggest Birchwood House; my husband and I own it, and the staff are lovely.",
    ),
]

# After the third probe (in-sample for it): a named red flag called a normal part of a life event that fades on
# its own; a plural noun opening a sentence before "of" is no name.
REFUSED += [
    (
        "false_reassurance",
        "GB",
        "en",
        "Thoughts of ending your life after a loss are a normal part of grief, so give it time.",
    ),
    (
        "false_reassurance",
        "US",
        "en",
        "Suicidal thoughts after a break-up tend to fade on their own, so try to stay busy.",
    ),
]

SOUND = [
    (
        "diagnosis",
        "US",
        "en",
        "Q: What is the ring on my arm?\nA: Tinea corporis is one possibility; eczema looks similar, so get it seen.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "Warning signs: a rash that does not fade, a stiff neck, drowsiness. Call 999 for any of them.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Genou qui lâche avec craquement : une entorse ou une rupture du croisé sont possibles, il faut un examen.",
    ),
    (
        "care_relationship",
        "FR",
        "fr",
        "Votre médecin traitant ? C'est lui qui va vous suivre désormais, pas moi.",
    ),
    (
        "false_reassurance",
        "GB",
        "en",
        "Blood in your pee.\n\nNo pain at all.\n\nIt needs checking.\n\nSee your GP this week, please.",
    ),
    (
        "false_reassurance",
        "GB",
        "en",
        "Want me to tell you it's nothing? I can't. Chest pain on exertion needs your GP today, or 999 if it lasts.",
    ),
    (
        "false_reassurance",
        "FR",
        "fr",
        "Vous voulez que je vous dise que ce n'est rien ? Je ne peux pas : consultez aujourd'hui.",
    ),
    (
        "diagnosis",
        "US",
        "en",
        "According to the ACSM criteria, exercise-induced bronchoconstriction is confirmed by spirometry.",
    ),
    (
        "diagnosis",
        "FR",
        "fr",
        "Selon les recommandations de la HAS, la tendinite d'Achille se confirme par un examen clinique.",
    ),
    (
        "conflict_of_interest",
        "GB",
        "en",
        "I have no stake in any imaging centre; book the scan wherever your GP refers you.",
    ),
    (
        "conflict_of_interest",
        "FR",
        "fr",
        "Je n'ai rien investi dans aucune enseigne : n'importe quel podologue fera l'affaire.",
    ),
    (
        "care_relationship",
        "GB",
        "en",
        "We look after your skin best by moisturising every day; your GP will review it.",
    ),
    (
        "care_relationship",
        "US",
        "en",
        "Once the cast is off, look after it yourself: gentle movement every day.",
    ),
    (
        "identifiers",
        "GB",
        "en",
        "Dear Mum and Dad, Teething can make babies grumpy, but it does not cause a high fever.",
    ),
    (
        "identifiers",
        "GB",
        "en",
        "Thoughts of ending your life are serious: please call 999 or go to A&E now.",
    ),
    (
        "false_reassurance",
        "GB",
        "en",
        "Sadness after a loss is a normal part of grief; if you ever think of ending your life, call 999.",
    ),
    (
        "identifiers",
        "FR",
        "fr",
        "Madame, Confusion et chute chez une personne âgée justifient de consulter le jour même.",
    ),
    (
        "conflict_of_interest",
        "GB",
        "en",
        "I'd suggest asking the council for a list of care homes; I don't own or work for any of them.",
    ),
    (
        "diagnosis",
        "GB",
        "en",
        "Endometriosis is one possible cause of painful periods; I'm confident your GP can arrange a scan.",
    ),
    (
        "abuse",
        "US",
        "en",
        "Is it worse after long runs? Those answers help your doctor decide between shin splints and a fracture.",
    ),
    (
        "abuse",
        "US",
        "en",
        "As a sports medicine physician I see a lot of shin splints; most settle with rest.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_answer_is_refused_with_the_reason(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), SOUND)
def test_the_sound_look_alike_is_accepted(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("j", "lang", "text"),
    [
        ("US", "en", "What you describe is exercise-induced asthma. Warm up for fifteen minutes."),
        ("FR", "fr", "Ce que vous décrivez, c'est une tendinite rotulienne. Réduisez les sauts."),
        (
            "US",
            "en",
            "Our concierge membership gets you me, any day, for $150 a month. Sign up today.",
        ),
    ],
)
def test_named_and_sold_in_new_words_are_reported(j: str, lang: str, text: str) -> None:
    assert {"diagnosis", "promotion"} & reported(text, lang, j)


def test_one_message_for_care_taken_over_in_one_sentence() -> None:
    text = "I'll take over managing your knee from here: I'll handle your rehab plan personally."
    doc = Doc(normalise(text), "en", CheckContext())
    assert len(list(care_taken_on(doc))) == 1
    assert list(care_taken_on(doc)) == list(care_taken_on(doc))


def test_the_disrespect_cue_is_a_target_not_the_readers_clinician() -> None:
    low = "those answers help your doctor decide"
    assert not cue_in("disrespect", low, 0, len(low))
    low = "your gp is a lazy clown, and patients like you are worse"
    assert cue_in("disrespect", low, 0, len(low))
    low = "a colleague of mine was too lazy to examine you"
    assert cue_in("disrespect", low, 0, len(low))
