"""Round 40 (helper triage40; docs/triage.md "Round 40"): look-alikes whose cause or resolution is stated in
the message (a passive wish with intent denied, purple marks named as love bites, chest tightness gone as soon
as the effort or the garment stops, « mal au cœur » = nausea) and their true-emergency twins. Our own
sentences, not a held-out set's."""

from __future__ import annotations

import importlib

import pytest

from triage.core import assess
from triage.core.rules import Document

A = importlib.import_module("triage.core.assess")


def rule_flags(text: str) -> list[str]:
    compiled = A.model()
    return list(A._rule_flags(compiled, Document(text, compiled))[0])


LOOKALIKES = [
    # C-SSRS item 1 without intent, explicitly denied (NICE NG225)
    (
        "en",
        "Sometimes I wish I could vanish for a few days. I'm not suicidal and I have no plans to hurt "
        "myself, my partner knows how I feel.",
    ),
    (
        "fr",
        "J'ai parfois envie de disparaître un moment. Je ne suis pas suicidaire, aucun projet, ma sœur "
        "est au courant.",
    ),
    # purple marks named by their cause
    ("en", "Two purple marks on my neck, they are just hickeys from Saturday. No fever."),
    ("fr", "J'ai des marques violettes sur le cou, c'est des suçons, pas de fièvre."),
    # chest tightness only during the effort / in the garment, gone at once when it stops (NICE CG95)
    (
        "en",
        "When I cycle in my binder my chest gets tight and I'm short of breath, it goes away the moment "
        "I take it off.",
    ),
    (
        "fr",
        "Poitrine serrée et essoufflement quand je fais du sport avec mon binder, ça passe dès que je "
        "l'enlève.",
    ),
    # « mal au cœur » is nausea in French
    (
        "fr",
        "J'ai avalé deux comprimés de ma pilule par erreur, j'ai juste un peu mal au cœur depuis.",
    ),
]

EMERGENCIES = [
    ("suicide_risk", "en", "I want to disappear for good, I'm going to take all my pills tonight."),
    (
        "suicide_risk",
        "fr",
        "J'ai envie de disparaître, j'ai acheté une corde et j'ai écrit une lettre d'adieu.",
    ),
    ("suicide_risk", "en", "I wish I could sleep and never wake up. I'm not scared any more."),
    (
        "meningitis",
        "en",
        "He has purple spots on his legs that don't fade under a glass and a fever.",
    ),
    (
        "acute_coronary_syndrome",
        "en",
        "I took off my binder but the tight chest and the breathlessness are still there an hour later.",
    ),
    (
        "acute_coronary_syndrome",
        "fr",
        "J'ai mal à la poitrine au repos et je suis essoufflé depuis 30 minutes.",
    ),
    (
        "acute_coronary_syndrome",
        "fr",
        "Douleur au cœur qui serre, avec des sueurs, depuis une heure.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LOOKALIKES)
def test_lookalike_is_not_an_emergency(lang: str, text: str) -> None:
    res = assess(text, lang)
    assert not res.emergency, (text, res.red_flags)


@pytest.mark.parametrize(("flag", "lang", "text"), EMERGENCIES)
def test_twin_emergency_keeps_its_rule_flag(flag: str, lang: str, text: str) -> None:
    assert flag in rule_flags(text), text
    assert assess(text, lang).emergency


def test_denied_passive_wish_stays_urgent() -> None:
    # the denial closes the emergency, not the concern: the urgency cues still read the wish
    res = assess(
        "I want to vanish for a while. I'm not suicidal, no plans, I'd never act on it.", "en"
    )
    assert not res.emergency
    assert res.urgency != "routine"


def test_denial_before_a_new_wish_does_not_close_it() -> None:
    # a denial closes only the wishes before it (timeline.resolved): a later statement stands
    text = "I'm not suicidal. But last night I wanted to kill myself."
    assert "suicide_risk" in rule_flags(text)
