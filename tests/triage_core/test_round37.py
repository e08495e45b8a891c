"""Round 37 (the lead, post hoc on blind29; docs/triage.md "Round 37"): saddle numbness told with "and between my legs"
and a retention told as "haven't peed though I need to" beside back pain (NICE CKS, GIRFT cauda equina pathway); the
opioid toxicity of WHO's triad (pinpoint pupils with slowed or paused breathing), above all after a release from prison
with lost tolerance; a rope bought today by someone writing from a secluded place (C-SSRS: preparatory behaviour).
And the learned evidence alone no longer raises a severe burn on a text without a word of heat, fire, chemical or
electricity: a bruise or a wrist drop is not a burn (the text gets the middle tier). Each beside a look-alike. Our
own sentences, not the set's."""

from __future__ import annotations

import pytest

from triage.core import assess

CASES = [
    (
        "en",
        "cauda_equina",
        "Low back agony for a week and now my backside and between my legs feel numb, like after a filling.",
        "Low back agony for a week and now my backside and between my legs feel fine, like nothing happened.",
    ),
    (
        "en",
        "cauda_equina",
        "My back has been killing me for days and I haven't peed since this morning even though I need to.",
        "My back has been sore for days but I am peeing normally and nothing feels numb.",
    ),
    (
        "fr",
        "cauda_equina",
        "Mal au dos depuis dix jours, et là je n'ai pas uriné depuis hier soir alors que j'ai envie.",
        "Mal au dos depuis dix jours, et là je n'ai pas beaucoup uriné depuis hier soir car j'ai peu bu.",
    ),
    (
        "en",
        "overdose_poisoning",
        "My cousin got out of prison today and used straight away. He's on the sofa, pinpoint pupils, breathing with "
        "long pauses.",
        "My cousin got out of prison today and is clean. He's on the sofa, normal pupils, breathing normally, "
        "watching TV.",
    ),
    (
        "fr",
        "overdose_poisoning",
        "Mon ami a repris de l'héroïne ce soir, il a les pupilles en tête d'épingle et il ronfle avec des pauses.",
        "Mon ami a arrêté l'héroïne depuis un an, il a les pupilles normales et il ronfle comme d'habitude.",
    ),
    (
        "en",
        "suicide_risk",
        "Nowhere to sleep tonight and my girlfriend has left. I bought a rope this afternoon and I'm in the woods "
        "behind the estate.",
        "We are camping tonight. I bought a rope this afternoon for the tarp and I am in the woods "
        "behind the estate with friends.",
    ),
    (
        "fr",
        "suicide_risk",
        "Sorti de détention ce matin, plus de logement. J'ai acheté une corde et je suis sur le pont.",
        "Sorti de détention ce matin, je suis logé chez ma sœur. J'ai acheté une corde à sauter pour le sport.",
    ),
]


@pytest.mark.parametrize(("lang", "flag", "said", "look_alike"), CASES)
def test_the_emergency_alarms_and_its_look_alike_does_not(
    lang: str, flag: str, said: str, look_alike: str
) -> None:
    assert flag in assess(said, lang).red_flags
    assert not assess(look_alike, lang).emergency


@pytest.mark.parametrize(
    "text",
    [
        "Support worker here. Her ex grabbed her by the upper arm last week and pushed her against the door. There's "
        "a yellow bruise on the arm, no neck injury, breathing and voice normal. Can it be documented for the police?",
        "He woke after a heavy night with his wrist hanging, can't lift the hand back, the back of the hand tingles. "
        "He slept with his arm over a chair. Face and speech fine. Is it a stroke?",
    ],
)
def test_the_learned_evidence_alone_does_not_call_a_bruise_or_a_wrist_drop_a_burn(
    text: str,
) -> None:
    result = assess(text, "en")
    assert "severe_burn" not in result.red_flags


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "My son knocked a pan of boiling pasta water over his thigh and tummy, big white patches bigger than "
            "his hand. We ran it under the cold tap. Can we just put cream on?",
        ),
        (
            "fr",
            "Mon frère s'est renversé l'huile de la friteuse sur le bras, c'est blanc et cartonné sur une grande "
            "surface et ça ne fait pas mal par endroits.",
        ),
    ],
)
def test_a_burn_told_with_its_cause_still_alarms(lang: str, text: str) -> None:
    assert assess(text, lang).emergency


# A negation closed at once by a comma negates what came before it ("I'm not waking him," / « je le réveille pas, »).
@pytest.mark.parametrize(
    ("text", "alarm"),
    [
        (
            "Il dort sur le canapé, il respire avec de longues pauses, je le secoue pas, pupilles minuscules.",
            True,
        ),
        (
            "Il dort sur le canapé, il respire normalement, pas de pupilles minuscules, il se retourne.",
            False,
        ),
    ],
)
def test_a_negation_closed_by_a_comma_does_not_reach_past_it(text: str, alarm: bool) -> None:
    assert assess(text, "fr").emergency is alarm
