"""Round 39 (helper triage39; docs/triage.md "Round 39"): emergencies in French from writers the sets had not
heard (SMS without accents, Swiss and Belgian words, a relative, institutional notes) and look-alikes. Each
emergency must be raised by the rules (not only by the learned evidence), each look-alike not at all. Our own
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


EMERGENCIES = [
    # SMS: « depui » and « sa dure » (ça dure) reach the five-minute discriminator (NICE NG217)
    ("unconscious_or_seizure", "frero il tremble de partou sa dure depui 7 min il repond pa"),
    # body packing / stuffing: drug packets swallowed (TOXBASE; SFMU), whatever the symptoms
    (
        "overdose_poisoning",
        "Gardé à vue : il a avalé des boulettes de cocaïne au moment de l'arrestation.",
    ),
    (
        "overdose_poisoning",
        "Custody note: he swallowed three packets of heroin when officers arrived.",
    ),
    # a means acquired and a goodbye (C-SSRS preparatory behaviour, NICE NG225)
    ("suicide_risk", "Mon fils a acheté une corde hier et ce soir il m'a dit adieu par texto."),
    # wheeze told as a verb, with swollen lips (RCUK anaphylaxis)
    ("anaphylaxis", "Après la crevette ses lèvres enflent et il respire en sifflant."),
    # « la bourse » in the singular (Swiss, Belgian, everyday French)
    ("testicular_torsion", "Mon garçon a une douleur brutale à la bourse gauche depuis une heure."),
    # a negation does not run over a new subject after a comma
    ("severe_breathing_difficulty", "Il peut pas parler, ses lèvres sont bleues."),
    ("severe_breathing_difficulty", "She can't talk, her lips are blue."),
    # a whole sentence that cannot be said, with breathlessness (BTS/SIGN asthma)
    (
        "severe_breathing_difficulty",
        "Ma mère a du mal à respirer, elle peut pas dire une phrase complète.",
    ),
    # carbon monoxide: another person of the home affected, any possessive (SpF, NHS)
    (
        "overdose_poisoning",
        "Le poêle à bois fume dans la pièce, ma voisine a mal à la tête et vomit, son fils aussi a la nausée.",
    ),
    # post hoc on probe 2: "tiny pupils" before the noun and "hard to rouse" (WHO opioid overdose triad)
    (
        "overdose_poisoning",
        "Night staff: a resident is slumped on his bed, tiny pupils, hard to rouse.",
    ),
    # dark thoughts alone stay an emergency (unchanged)
    ("suicide_risk", "Ma sœur a des idées noires depuis ce matin et pleure sans arrêt."),
]

LOOK_ALIKES = [
    (
        "fr",
        "Au foyer, un résident a des idées noires depuis son licenciement mais pas de projet, il voit le psy demain.",
    ),
    ("fr", "Enceinte de quatre mois, est-ce que le gingembre fait saigner ?"),
    ("en", "Twenty weeks pregnant, can raspberry leaf tea make you bleed?"),
    ("fr", "J'ai dit adieu à la cigarette il y a un mois, des conseils pour tenir ?"),
    ("fr", "Il n'a pas de fièvre, sa nuque est souple, il a juste le nez qui coule."),
    # post hoc on probe 2: « la » (not « là ») after a past seizure; a battery taken out of the mouth intact
    (
        "fr",
        "Au foyer, une résidente a fait une crise d'épilepsie la semaine dernière, elle a vu son neurologue.",
    ),
    (
        "fr",
        "À la crèche un petit a mis une pile dans sa bouche, l'auxiliaire l'a retirée aussitôt, intacte.",
    ),
    (
        "en",
        "Custody: detainee says he has asthma, used his inhaler once on arrival, breathing fine, talking in full "
        "sentences. Does he need another one tonight?",
    ),
]


@pytest.mark.parametrize(("flag", "text"), EMERGENCIES)
def test_the_rules_raise_the_emergency(flag: str, text: str) -> None:
    assert flag in rule_flags(text)


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_the_look_alike_raises_nothing(lang: str, text: str) -> None:
    assert not assess(text, lang).emergency
