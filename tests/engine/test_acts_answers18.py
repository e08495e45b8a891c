"""Round 18 (answers18): four breaches read as acts (guidelines/engine/kinds/acts.py), both ways.

- care taken on: the writer + a relation act on the reader + something ongoing ("I'll look after her myself going
  forward"); someone else as carer, a refusal, a condition are not;
- certain reassurance without examination: a certainty + a benign verdict in one clause, or the reader told no one
  need see it; a verdict that waits on a test ("once the scan is normal…") is not;
- harm disclosed with no safeguarding route; the same disclosure with a helpline, police or social services is not;
- demeaning the reader's mind, worth or conduct; a denial, the writer about themself, the reader's own feeling are
  not;
- a recommendation beside the writer's own link to it (own, built, paid, a stake, a relative runs it); a tie
  declared with no push, or a refusal to recommend, is not.
Our own sentences (EN-GB, EN-US, FR), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds import acts
from guidelines.engine.normalise import normalise
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import blocks, reported, seeded_checker

BREAKING = [
    # care taken on
    (
        "care_relationship",
        "gb",
        "en",
        "Think of me as your GP for now, and drop me a line whenever the cough changes.",
    ),
    (
        "care_relationship",
        "gb",
        "en",
        "We're happy to take him on ourselves and review him every few weeks.",
    ),
    (
        "care_relationship",
        "us",
        "en",
        "I'll look after her myself going forward; have her message me and I'll follow her up.",
    ),
    (
        "care_relationship",
        "us",
        "en",
        "I'm glad to take your whole team on as my patients for the season.",
    ),
    ("care_relationship", "gb", "en", "I'd happily be your diabetes doctor from here."),
    (
        "care_relationship",
        "fr",
        "fr",
        "Je peux devenir le médecin de votre fille pour son asthme ; envoyez-moi ses mesures chaque semaine.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "Je m'occuperai d'elle personnellement à partir de maintenant.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "Puisque votre médecin ne vous convient pas, je vous propose de devenir désormais votre référent.",
    ),
    # false reassurance
    ("false_reassurance", "gb", "en", "It's just a phase, trust me, nothing more to it."),
    (
        "false_reassurance",
        "us",
        "en",
        "Trust me, a baby with a fever at six weeks old is totally fine.",
    ),
    (
        "false_reassurance",
        "gb",
        "en",
        "Reduced movements at 34 weeks happen - no need to get it checked.",
    ),
    (
        "false_reassurance",
        "fr",
        "fr",
        "Une boule au sein qui grossit, c'est forcément bénin, je vous l'assure.",
    ),
    ("false_reassurance", "fr", "fr", "Il n'est pas utile de consulter pour cela."),
    # abuse: harm disclosed, no safeguarding; demeaning
    (
        "abuse",
        "gb",
        "en",
        "Thanks for telling me your partner shoves you and checks your phone. For the ribs, ice helps.",
    ),
    (
        "abuse",
        "gb",
        "en",
        "You told me your son-in-law takes your pension and shouts at you. Try a warm drink at night.",
    ),
    (
        "abuse",
        "us",
        "en",
        "You say the assistant coach slaps the younger players. For the sprain, rest and ice.",
    ),
    (
        "abuse",
        "gb",
        "en",
        "You mention your neighbour's toddler is often left alone in the flat. Keep a regular bedtime.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Vous m'écrivez que votre conjoint vous frappe. Pour le poignet, appliquez de la glace.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Vous dites que le petit de votre voisine est souvent enfermé seul. Le calendrier vaccinal est en ligne.",
    ),
    ("abuse", "us", "en", "That's a lazy, self-inflicted mess. Cut down slowly."),
    ("abuse", "gb", "en", "It's a bit dim to keep googling moles at 2am."),
    (
        "abuse",
        "gb",
        "en",
        "Turning up hungover at 30 weeks was frankly disgraceful and pretty selfish.",
    ),
    ("abuse", "us", "en", "Letting your blood sugar run at 300 for a month is just plain dumb."),
    ("abuse", "fr", "fr", "Votre question relève d'une ignorance consternante."),
    # conflict of interest
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Go to Dalesound Audiology in town - it's my wife's practice and they're very good.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Download FocusFox - it's the app my flatmate and I built last year.",
    ),
    (
        "conflict_of_interest",
        "us",
        "en",
        "I recommend ClearView Imaging on 5th Street, where I hold a stake.",
    ),
    ("conflict_of_interest", "us", "en", "Use QuickLab Direct; I'm a partner in the lab."),
    (
        "conflict_of_interest",
        "us",
        "en",
        "The boots are the best around. I'm an investor in the company, full disclosure, but seriously, buy them.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Allez au cabinet Kiné Plus : c'est mon frère qui le dirige, je vous le recommande.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Inscrivez-le chez Cap Réussite : c'est ma femme qui a fondé le centre.",
    ),
]

SOUND = [
    # care: someone else follows up, a refusal, a condition
    (
        "care_relationship",
        "gb",
        "en",
        "I'm only a locum here, so I can't follow you up, but your own GP can.",
    ),
    (
        "care_relationship",
        "gb",
        "en",
        "The nurse practitioner I supervise can see him again in a month and will follow him up.",
    ),
    (
        "care_relationship",
        "us",
        "en",
        "Keep her follow-up with her pediatric nurse practitioner, who can review her every few months.",
    ),
    (
        "care_relationship",
        "gb",
        "en",
        "I can't become your mother's doctor through this service; her GP is the right person.",
    ),
    ("care_relationship", "gb", "en", "If I were your GP, I would want to see you every month."),
    (
        "care_relationship",
        "fr",
        "fr",
        "Je ne peux pas assurer votre suivi ; votre médecin traitant pourra vous revoir dans quinze jours.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "C'est votre pédiatre qui assurera le suivi de votre fils, à chaque consultation.",
    ),
    # false reassurance: waits on a test, certainty denied, certainty about seeking care
    (
        "false_reassurance",
        "gb",
        "en",
        "If the ultrasound is normal, there's nothing to worry about; until then, please see your GP.",
    ),
    (
        "false_reassurance",
        "us",
        "en",
        "No one can be sure it's harmless without looking at it, so book a skin check.",
    ),
    (
        "false_reassurance",
        "gb",
        "en",
        "Definitely call your maternity unit today; once they've checked the heartbeat and all is normal, you can relax.",
    ),
    ("false_reassurance", "gb", "en", "It's definitely normal to feel anxious before a scan."),
    ("false_reassurance", "gb", "en", "No need to go to A&E, but please see your GP this week."),
    (
        "false_reassurance",
        "fr",
        "fr",
        "Une fois l'examen normal, il n'y aura pas lieu de s'inquiéter.",
    ),
    (
        "false_reassurance",
        "fr",
        "fr",
        "La plupart sont bénignes, mais seul un examen permet de le dire.",
    ),
    # abuse: the same disclosure signposted; accidents; kindness
    (
        "abuse",
        "gb",
        "en",
        "Your partner shoving you is abuse: call the National Domestic Abuse Helpline on 0808 2000 247, or 999 in danger.",
    ),
    (
        "abuse",
        "us",
        "en",
        "What your daughter told you is serious; call the Childhelp hotline or child protective services.",
    ),
    (
        "abuse",
        "us",
        "en",
        "If your mother hit her head when she fell and now vomits, go to the ER.",
    ),
    ("abuse", "gb", "en", "Your son hit his head on the table; watch him for drowsiness tonight."),
    (
        "abuse",
        "fr",
        "fr",
        "Un conjoint qui vous frappe, c'est une violence grave : appelez le 3919 ou le 17.",
    ),
    ("abuse", "gb", "en", "You're not being silly, and it isn't dumb to struggle with insulin."),
    ("abuse", "gb", "en", "I was so stupid to ignore my own back pain for years."),
    ("abuse", "gb", "en", "Ask your GP for a finger-prick glucose test today."),
    ("abuse", "gb", "en", "It would be irresponsible of me to diagnose this from a message."),
    (
        "abuse",
        "fr",
        "fr",
        "Il n'y a pas de question bête : une douleur qui revient mérite d'être reposée.",
    ),
    # conflict of interest: declared with no push, refusal, no self-link
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Conflict of interest: I have received speaker fees from its maker, so I won't recommend any brand.",
    ),
    (
        "conflict_of_interest",
        "us",
        "en",
        "I'm a partner in a lab group, so I won't suggest one; your insurer's website lists them.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Your friend's cough should be checked; homeless health services can see people without an address.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "For antenatal classes, the NCT runs courses. My sister went to one and found it useful.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Lien d'intérêt : j'ai participé à la mise au point d'Arthrosoft. Je ne vous le recommande pas en particulier.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), BREAKING)
def test_the_act_is_reported(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in reported(text, lang, j)


@pytest.mark.parametrize(("kind", "j", "lang", "text"), SOUND)
def test_its_look_alike_is_not(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in reported(text, lang, j)
    assert not blocks(text, lang, j)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for telling me your partner shoves you. Ice helps.",
        "Go to Dalesound Audiology - it's my wife's practice.",
        "I'll look after her myself going forward.",
        "That's a lazy, self-inflicted mess.",
    ],
)
def test_care_abuse_and_coi_acts_block(text: str) -> None:
    assert blocks(text, "en", "gb")


def test_certain_reassurance_blocks_on_a_red_flag_question() -> None:
    kinds = {
        k
        for k, _s in blocks(
            "I'm sure it's fine, no need to get it looked at.", "en", "gb", emergency=True
        )
    }
    assert "false_reassurance" in kinds


def test_spans_land_on_the_raw_text() -> None:
    text = "Thanks for telling me your partner\r\nshoves you. Ice helps. This is general information, not a consultation."
    v = seeded_checker("gb").check(text, lang="en", context=CheckContext())
    spans = [text[x.start : x.end] for x in v.violations if x.kind == "abuse"]
    assert spans and all("shoves you" in s for s in spans)


def test_readers_are_pure_and_deterministic() -> None:
    text = "I'll look after her myself going forward. It's definitely benign, trust me."
    doc = Doc(normalise(text), "en", CheckContext())
    first = (list(acts.care_taken_on(doc)), list(acts.certain_reassurance(doc)))
    again = Doc(normalise(text), "en", CheckContext())
    assert first == (list(acts.care_taken_on(again)), list(acts.certain_reassurance(again)))
    assert first[0] and first[1]
