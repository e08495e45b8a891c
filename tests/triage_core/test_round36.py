"""Round 36 (the lead, post hoc on blind26; docs/triage.md "Round 36"): a sense of impending doom beside an infection
(UK Sepsis Trust, NICE NG51), postpartum psychosis told by a partner (a baby's age in days, a baby "swapped", the TV
sending messages: NHS, RCPsych), a toddler named then aged in apposition among an adult's pills, and a goodbye "so he
knows it wasn't his fault" from a bridge (C-SSRS). Each beside a look-alike. Our own sentences, not the set's."""

from __future__ import annotations

import pytest

from triage.core import assess

CASES = [
    (
        "sepsis",
        "Five days after my knee operation the wound is hot and oozing, I keep shaking with chills and I feel like "
        "something awful is happening.",
        "Five days after my knee operation the wound is healing well, no chills, and I feel like something good is "
        "finally happening.",
    ),
    (
        "postpartum_psychosis",
        "Our son is 12 days old. My wife says the baby was switched at birth and that the radio is sending her "
        "messages.",
        "Our son is 12 days old. My wife says the baby was weighed at birth and that the radio is playing her "
        "favourite songs.",
    ),
    (
        "overdose_poisoning",
        "Milo, 2, has been in my handbag and my pill organiser is open, my blood pressure tablets are gone.",
        "Milo, 2, has been in my handbag and my lipstick is open, my biscuits are gone.",
    ),
    (
        "suicide_risk",
        "Parked by the bridge now. I wrote to my sister so she knows it isn't her fault.",
        "Parked by the bridge now. I wrote to my sister so she knows where the picnic is.",
    ),
]


@pytest.mark.parametrize(("flag", "said", "look_alike"), CASES)
def test_the_emergency_alarms_and_its_look_alike_does_not(
    flag: str, said: str, look_alike: str
) -> None:
    assert flag in assess(said, "en").red_flags
    assert not assess(look_alike, "en").emergency


# Round 36b: reduced fetal movements (RCOG GTG 57; NHS: call the maternity unit at once, never wait for the morning)
@pytest.mark.parametrize(
    ("lang", "text", "alarm"),
    [
        (
            "en",
            "I'm 34 weeks and he's always wriggly at bedtime but tonight hardly anything, a couple of kicks.",
            True,
        ),
        (
            "en",
            "37 weeks pregnant and the baby is kicking less than usual since this morning.",
            True,
        ),
        ("fr", "Je suis enceinte de 7 mois et bébé ne bouge plus depuis hier soir.", True),
        (
            "en",
            "I'm 30 weeks, is it normal to feel more kicks at night? Baby is kicking lots.",
            False,
        ),
        (
            "fr",
            "Enceinte de 32 semaines, bébé bouge moins hier mais il bouge de nouveau normalement ce matin.",
            False,
        ),
    ],
)
def test_reduced_fetal_movements(lang: str, text: str, alarm: bool) -> None:
    assert assess(text, lang).emergency is alarm


def test_a_number_between_commas_after_an_ordinary_word_is_no_child() -> None:
    # review of round 36: the apposition reads a name opening its sentence, not "my pain score, 3, is…"
    from triage.core.assess import explain

    assert "child" not in explain("My pain score, 3, is better today.")
    assert "child" in explain("Granny minding. Poppy, 3, has been in my handbag.")
