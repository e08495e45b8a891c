"""Round 35 (helper triage35; docs/triage.md "Round 35"): fewer false alarms on text we did not write.

- A red flag asked about and answered no ("the GP asked whether I had numbness between my legs. No to both.",
  « m'a demandé si j'avais la nuque raide : non, rien de tout ça ») is absent; answered yes it alarms.
- A brief domestic shock told as minor (« petit coup de jus », "just a tingle") with nothing new after it is no
  emergency; new palpitations after it alarm (NHS: A&E after an electric shock with symptoms).
- The learned model's lone alarm needs some evidence in the text (learned_evidence.py): with no word of its
  label, no symptom of any red flag and no urgent cue, the text gets the safety net's middle tier, not the
  emergency guidance. Our own sentences, not the held-out sets'.
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess, learned_evidence

PAIRS: dict[str, tuple[str, str, str, str]] = {
    "asked_and_absent_cauda_en": (
        "cauda_equina",
        "en",
        "My GP asked whether I had numbness between my legs or any loss of bladder control with my back pain. "
        "Yes to both, since this morning.",
        "My GP asked whether I had numbness between my legs or any loss of bladder control with my back pain. "
        "No to both. How long does a pulled back take?",
    ),
    "asked_and_absent_meningitis_fr": (
        "meningitis",
        "fr",
        "Fièvre à 39 depuis hier, la nuque raide, la lumière me fait mal aux yeux.",
        "Le pédiatre m'a demandé s'il avait la nuque raide ou mal aux yeux à la lumière avec sa fièvre : non, "
        "rien de tout ça. Combien de temps dure une grippe ?",
    ),
    "minor_domestic_shock_fr": (
        "severe_burn",
        "fr",
        "Petite décharge électrique en touchant un fil dénudé, mais maintenant j'ai des palpitations.",
        "Petit coup de jus en branchant la rallonge, ça a picoté dans les doigts une seconde, rien depuis.",
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_the_emergency_shows_call_now_and_its_look_alike_does_not(name: str) -> None:
    assert_call_now_and_quiet(*PAIRS[name])


NO_EVIDENCE = [
    # A cold's nasal voice read as a stroke or a bleed by the learned model alone (no word of either).
    (
        "en",
        "My husband got up this morning and he's been talking through his nose for an hour, blocked nose and sneezing.",
    ),
    (
        "fr",
        "Mon mari s'est levé avec le nez bouché, il éternue et il parle du nez depuis une heure.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVIDENCE)
def test_a_lone_learned_alarm_without_evidence_gets_the_safety_net(lang: str, text: str) -> None:
    got = assess(text, lang)
    assert not got.emergency, got.red_flags
    assert "possible_emergency" in got.partial
    assert got.urgency == "urgent"


@pytest.mark.parametrize(("lang", "text"), NO_EVIDENCE)
def test_the_switch_off_gives_the_alarm_back(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned_evidence, "ENABLED", False)
    assert assess(text, lang).emergency


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The learned model alone, with words of its label the rules do not combine: kept.
        (
            "fr",
            "Hello, mon dad (72) a eu un sudden drop du côté gauche du visage il y a 15 min, il parle weird.",
        ),
        (
            "en",
            "Y'all my granddaddy been actin funny since like 30 min ago, his whole left side just went weak.",
        ),
    ],
)
def test_a_lone_learned_alarm_with_evidence_still_alarms(lang: str, text: str) -> None:
    assert assess(text, lang).emergency
