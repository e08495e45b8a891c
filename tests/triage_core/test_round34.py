"""Round 34 (the lead, post hoc on blind24; docs/triage.md "Round 34"): a seizure that goes on after the rescue
medicine (NICE NG217 / CG137: call 999 if a seizure continues 5 minutes after the rescue medicine; HAS « état de
mal épileptique ») and a staggered paracetamol overdose told as tablets a day (TOXBASE; ANSM: no more than 3-4 g a
day), each beside a look-alike in the same words. Our own sentences, not the held-out set's."""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess

PAIRS: dict[str, tuple[str, str, str, str]] = {
    "still_seizing_after_rescue_fr": (
        "unconscious_or_seizure",
        "fr",
        "Cahier de nuit : résidente épileptique en crise depuis 2h05, Buccolam donné à 2h10, toujours en crise à 2h18.",
        "Cahier de nuit : résidente épileptique, pas de crise cette nuit, elle a bien dormi jusqu'à 7h.",
    ),
    "still_seizing_after_rescue_en": (
        "unconscious_or_seizure",
        "en",
        "Night notes: Buccolam given at 02:10 as per his plan and he is still fitting at 02:20.",
        "Night notes: Buccolam kept in the office as per his plan, no fits tonight, slept well.",
    ),
    "staggered_paracetamol_fr": (
        "overdose_poisoning",
        "fr",
        "Mon collègue prend du Doliprane 1000 six fois par jour depuis une semaine pour les dents.",
        "Mon collègue prend du Doliprane 1000 trois fois par jour depuis une semaine pour les dents.",
    ),
    "staggered_paracetamol_en": (
        "overdose_poisoning",
        "en",
        "He's been taking paracetamol 1g six times a day for his back all week.",
        "He's been taking paracetamol 1g three times a day for his back all week.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_its_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


@pytest.mark.parametrize(
    ("lang", "text", "alarm"),
    [
        # A faint with a few jerks that came round at once and oriented (NICE CG109: prompt recovery without
        # confusion points to syncope): the learned model's lone seizure alarm is vetoed.
        (
            "fr",
            "Au dépôt, un collègue a fait un malaise en voyant du sang, il est tombé, trois secousses, il s'est "
            "réveillé tout de suite, il savait où il était. C'est une épilepsie ?",
            False,
        ),
        # A seizure with a confused, drowsy recovery still alarms.
        (
            "fr",
            "Au dépôt, un collègue est tombé en convulsant pendant trois minutes, c'est sa première crise, il est "
            "confus et somnolent depuis.",
            True,
        ),
    ],
)
def test_a_faint_that_came_round_at_once_is_no_seizure(lang: str, text: str, alarm: bool) -> None:
    assert assess(text, lang).emergency is alarm
