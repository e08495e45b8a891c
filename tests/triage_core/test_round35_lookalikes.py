"""Round 35 (helper triage35; docs/triage.md "Round 35"): fewer false alarms on text we did not write.

- A red flag asked about and answered no ("the GP asked whether I had numbness between my legs. No to both.",
  « m'a demandé si j'avais la nuque raide : non, rien de tout ça ») is absent; answered yes it alarms.
- A brief domestic shock told as minor (« petit coup de jus », "just a tingle") with nothing new after it is no
  emergency; new palpitations after it alarm (NHS: A&E after an electric shock with symptoms).
- A past crisis now followed by a team, dated by a season (« au printemps », "last spring"), is closed.
- Vocabulary: a whole side gone weak, slurry words, a cable touched or fingers in the socket, skin burnt black.
Our own sentences, not the held-out sets'. The learned evidence test of the round was measured and not shipped
(bench/triage/round35/evidence.py).
"""

from __future__ import annotations

import pytest

from tests.triage_core.pairs import assert_call_now_and_quiet
from triage.core import assess

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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A past crisis now followed by a team, dated by a season (round 31's handover with a past anchor).
        (
            "fr",
            "Après ma crise suicidaire au printemps, je suis suivie par le CMP chaque semaine et je vais "
            "bien mieux. Je peux reprendre le sport ?",
        ),
        (
            "en",
            "After my suicidal crisis last spring I've been seen by the crisis team every week and I'm doing "
            "much better. Can I go back to work?",
        ),
        # A red flag asked about and absent, clinician's questions told back.
        (
            "en",
            "The 111 nurse asked if she had a rash that doesn't fade under a glass or a stiff neck. Neither. "
            "Just a cold.",
        ),
    ],
)
def test_look_alikes_told_as_over_or_absent_raise_nothing(lang: str, text: str) -> None:
    assert not assess(text, lang).emergency


@pytest.mark.parametrize(
    ("flag", "lang", "text"),
    [
        # A past crisis, followed, that is back tonight: reopened.
        (
            "suicide_risk",
            "fr",
            "Après ma crise suicidaire au printemps, je suis suivie par le CMP mais ce soir j'ai de nouveau "
            "envie d'en finir.",
        ),
        # FAST: weakness of one side, in words the rules did not read (round 35's vocabulary).
        (
            "stroke",
            "en",
            "Dad's whole left side just went weak twenty minutes ago and he can't hold his tea.",
        ),
        (
            "stroke",
            "fr",
            "Depuis une demi-heure tout le côté droit est devenu faible, il ne tient plus debout.",
        ),
        ("stroke", "en", "Her words comin out slurry since lunch, never like this."),
        # An electric injury: a cable touched, fingers in the socket, skin burnt black (NHS: A&E).
        (
            "severe_burn",
            "en",
            "My toddler put his fingers in the socket, his fingertips are burnt black.",
        ),
        (
            "severe_burn",
            "fr",
            "Mon fils a mis une fourchette dans la prise, il a les doigts noirs et il pleure.",
        ),
    ],
)
def test_emergencies_in_words_the_rules_did_not_read(flag: str, lang: str, text: str) -> None:
    got = assess(text, lang)
    assert got.emergency and flag in got.red_flags, got.red_flags
