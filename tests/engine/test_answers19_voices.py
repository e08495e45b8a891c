"""Round 19 (answers19): the four voices of issue 16 (a tired emergency physician, a GP replying on a phone, a
sarcastic specialist, a doctor quoting a leaflet), both ways, as the doctor sees the verdict.

- off the platform (CONTACT-01): the writer's staff reaching the reader ("my secretary will ring you"), the reader
  sent to the writer in person ("pop into my clinic", "ask for me at the desk", « passez à mon cabinet »); someone
  else's staff, a refusal, "I'll reply here" are not;
- the reader's effort scorned (TONE-01): "which you clearly didn't bother to read", "get a grip", « un peu de bon
  sens, voyons »; a condition met with care, the reader's own feeling, plain advice about sense are not;
- terse forms: "Classic shingles from what u describe", « Zona typique. », "500mg qds x7d", « 1g x3/j pdt 6j »;
  a general sentence with the same words is not;
- a self-link by a relative who makes or sells, or steering by name or price (COI-01).
Our own sentences (EN-GB, EN-US, FR), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts_abuse import effort_scorned
from guidelines.engine.kinds.acts_contact import off_platform
from guidelines.engine.normalise import normalise
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import DISCLAIMER, blocks, reported, seeded_checker

REFUSED = [
    # off the platform
    (
        "contact_solicitation",
        "gb",
        "en",
        "Rough night. My receptionist will phone you in the morning to fix a time.",
    ),
    (
        "contact_solicitation",
        "us",
        "en",
        "I'll have my nurse call you back tomorrow about those results.",
    ),
    ("contact_solicitation", "us", "en", "Just email my office and they'll get you in."),
    ("contact_solicitation", "gb", "en", "Pop into my surgery on Monday and I'll take a look."),
    ("contact_solicitation", "gb", "en", "Turn up at A&E tonight and ask for me by name."),
    (
        "contact_solicitation",
        "gb",
        "en",
        "cant do much from here. come to the clinic fri, ask for dr shah thats me.",
    ),
    (
        "contact_solicitation",
        "fr",
        "fr",
        "Mon secrétariat vous contactera cette semaine pour un rendez-vous.",
    ),
    (
        "contact_solicitation",
        "fr",
        "fr",
        "Passez me voir à mon cabinet lundi, ce sera plus simple.",
    ),
    ("contact_solicitation", "fr", "fr", "Je vous rappelle ce soir pour en parler."),
    (
        "contact_solicitation",
        "gb",
        "en",
        "Easiest is to stop by the Monday hand clinic, that's my list.",
    ),
    (
        "contact_solicitation",
        "us",
        "en",
        "The link in my profile takes you to my calendar; grab a slot with me.",
    ),
    (
        "contact_solicitation",
        "us",
        "en",
        "The front desk will call you Monday to get you on my schedule.",
    ),
    (
        "contact_solicitation",
        "fr",
        "fr",
        "Le QR code ouvre mon agenda : réservez un créneau avec moi.",
    ),
    (
        "contact_solicitation",
        "gb",
        "en",
        "I'm at the Priory on Fridays; tell reception you're the one from Bridge.",
    ),
    (
        "contact_solicitation",
        "us",
        "en",
        "Stop by the ED tonight, I'm on till 7, and I'll scan it myself.",
    ),
    ("contact_solicitation", "gb", "en", "My secretary can fit you in on Thursday."),
    (
        "contact_solicitation",
        "fr",
        "fr",
        "Venez aux urgences ce soir et faites-moi appeler à l'accueil.",
    ),
    # the reader's effort scorned
    ("abuse", "gb", "en", "The answer was in the leaflet you obviously didn't bother to open."),
    ("abuse", "us", "en", "Honestly, grow up. A cold is not an emergency."),
    ("abuse", "gb", "en", "if you can't be bothered to do the exercises, not much I can do."),
    ("abuse", "fr", "fr", "Vous n'avez même pas pris la peine de lire la notice."),
    ("abuse", "fr", "fr", "Franchement, un minimum de bon sens suffirait."),
    ("abuse", "us", "en", "ok, stop being such a baby about a flu shot."),
    ("abuse", "gb", "en", "Well done, Sherlock. The leaflet says the same."),
    ("abuse", "fr", "fr", "Encore un docteur Google qui a tout compris."),
    ("abuse", "gb", "en", "The leaflet is short, so even you should manage it."),
    # terse diagnoses and regimens
    ("diagnosis", "gb", "en", "thats a tennis elbow, seen hundreds, no doubt about it."),
    ("diagnosis", "us", "en", "Textbook plantar fasciitis, tbh."),
    ("diagnosis", "fr", "fr", "Sciatique typique. Pas de doute."),
    (
        "diagnosis",
        "fr",
        "fr",
        "C'est une colique néphrétique, je n'ai pas besoin de vous examiner pour le dire.",
    ),
    ("prescription", "gb", "en", "clarithromycin 500mg bd x7d should clear it."),
    ("prescription", "fr", "fr", "prenez augmentin 1g x3/j pdt 7j."),
    ("promotion", "FR", "fr", "Inscrivez-vous à ma formation sur le sommeil, 39 €."),
    # self-links and steering
    (
        "conflict_of_interest",
        "us",
        "en",
        "NovaDerm, who fund my research, make the best cream; it's the one I'd get.",
    ),
    ("conflict_of_interest", "gb", "en", "The sleep app my son in law built is worth a go."),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Allez à l'institut de ma sœur, dites que vous venez de ma part.",
    ),
]

ACCEPTED = [
    (
        "contact_solicitation",
        "gb",
        "en",
        "Your GP's receptionist will call you when the results are back.",
    ),
    (
        "contact_solicitation",
        "us",
        "en",
        "I can't call you or see you from here; your doctor's office can.",
    ),
    ("contact_solicitation", "gb", "en", "I'll reply here if you post an update in this thread."),
    (
        "contact_solicitation",
        "gb",
        "en",
        "Your practice can fit you in this week; come to the surgery early.",
    ),
    (
        "contact_solicitation",
        "fr",
        "fr",
        "Le secrétariat de votre médecin vous rappellera pour les résultats.",
    ),
    ("contact_solicitation", "fr", "fr", "Je vous appelle à la prudence avec ces compléments."),
    (
        "abuse",
        "gb",
        "en",
        "If you can't be bothered to cook every night, frozen vegetables are fine.",
    ),
    (
        "abuse",
        "gb",
        "en",
        "Low mood can make you feel you can't be bothered with anything; your GP can help.",
    ),
    ("abuse", "gb", "en", "A bit of common sense about portion sizes goes a long way."),
    (
        "abuse",
        "gb",
        "en",
        "You don't need to be a genius to use an inhaler; the nurse can show you.",
    ),
    ("abuse", "gb", "en", "Try not to be so hard on yourself; your GP can help."),
    (
        "contact_solicitation",
        "gb",
        "en",
        "The QR code on the leaflet goes to the NHS page on asthma.",
    ),
    ("contact_solicitation", "gb", "en", "If you come to the clinic, the nurse will have a look."),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Dermacalm fund my research, so I won't recommend any cream; ask your pharmacist.",
    ),
    ("abuse", "fr", "fr", "Si vous ne pouvez pas faire d'effort aujourd'hui, reposez-vous."),
    ("diagnosis", "gb", "en", "Classic migraine starts with an aura in some people."),
    (
        "diagnosis",
        "gb",
        "en",
        "thats normal after a cold; see your GP if it isn't better in a fortnight.",
    ),
    ("abuse", "gb", "en", "Even you can't be expected to know this; nobody is taught it."),
    ("diagnosis", "gb", "en", "Typical symptoms of shingles include a band of pain on one side."),
    (
        "prescription",
        "gb",
        "en",
        "The usual course is 500 mg four times a day for 7 days, but your GP will decide.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Mindfulness apps are worth a go for some people; your GP can suggest NHS ones.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_answer_is_refused_with_the_reason(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), ACCEPTED)
def test_the_sound_answer_is_accepted(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in reported(text, lang, j)
    assert not blocks(text, lang, j)


def test_the_doctor_reads_why_in_the_answers_language() -> None:
    en = "My secretary will ring you tomorrow to sort a slot."
    v = seeded_checker("gb").check(en + DISCLAIMER["en"], lang="en")
    assert not v.passed
    hit = next(x for x in v.violations if x.kind == "contact_solicitation")
    assert hit.message == 'Moves the conversation off the platform: "My secretary will ring you"'
    assert (en + DISCLAIMER["en"])[hit.start : hit.end] == "My secretary will ring you"
    fr = "Ma secrétaire vous rappellera demain."
    v = seeded_checker("fr").check(fr + DISCLAIMER["fr"], lang="fr")
    assert not v.passed
    assert any(
        x.message == "Déplace l'échange hors de la plateforme : « Ma secrétaire vous rappellera »"
        for x in v.violations
    )


def test_readers_are_pure_and_deterministic() -> None:
    text = "Get a grip. My PA will call you tomorrow."
    doc = Doc(normalise(text), "en", CheckContext())
    first = (list(off_platform(doc)), list(effort_scorned(doc)))
    again = Doc(normalise(text), "en", CheckContext())
    assert first == (list(off_platform(again)), list(effort_scorned(again)))
    assert first[0] and first[1]


def test_plain_advice_about_sense_is_not_scorn() -> None:
    # the clause model already warns on this sentence (as on main); the new reading adds nothing and nothing blocks
    text = "Un peu de bon sens suffit : lavez-vous les mains avant de manger."
    assert not list(effort_scorned(Doc(normalise(text), "fr", CheckContext())))
    assert not blocks(text, "fr", "fr")
