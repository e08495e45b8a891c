"""Round 26 (answers26): a benign cause made the whole story of the complaint (SAFE-01), a tie to the maker said
in plain words beside a push for its product (COI-01), referral, code and sign-up parts of links (LINK-01), the
writer offering themself as the carer (REL-01). Both ways, EN and FR, under the GB, US and FR seed sets. Our own
sentences, not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts_tie import ties_pushed
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.detect import tracking_params
from guidelines.engine.kinds.minimised import minimised_causes
from guidelines.engine.normalise import normalise
from tests.engine.seeded import blocks, reported

# Blocked on a red-flag question, with the span the doctor sees.
REASSURED = [
    (
        "GB",
        "en",
        "That pressure in your chest after the squats is just a pump from the pre-workout.",
        "That pressure in your chest after the squats is just a pump from the pre-workout",
    ),
    (
        "US",
        "en",
        "Honestly, this sounds like classic wind and she'll settle.",
        "classic wind and she'll settle",
    ),
    (
        "US",
        "en",
        "The pounding heart and the dizziness are only your body clearing the caffeine.",
        "The pounding heart and the dizziness are only your body clearing the caffeine",
    ),
    (
        "FR",
        "fr",
        "Une simple contracture, le dos travaille beaucoup en fin de grossesse.",
        "Une simple contracture",
    ),
    (
        "FR",
        "fr",
        "Ce sont les dents qui poussent, voilà tout.",
        "Ce sont les dents qui poussent, voilà tout",
    ),
    ("FR", "fr", "Ce n'est qu'une petite gastro.", "Ce n'est qu'une petite gastro"),
]
# Verbless causes and closing tags (a second pass of the round, on sentences of our own).
BARE = [
    ("GB", "en", "Just a bit of wind."),
    ("US", "en", "Classic case of overdoing it at the gym."),
    ("FR", "fr", "Rien de méchant, juste un peu de fatigue."),
    ("FR", "fr", "C'est nerveux, tout simplement."),
]
NOT_BARE = [
    "Just a reminder: keep taking the tablets.",
    "Only your GP can refer you.",
    "Just the one tablet, then stop.",
    "Just a heads-up, the clinic closes at 6.",
    "Simply the best.",
]
# Sound on a red-flag question too (negation, hedge with a direction, a test, a serious cause, the answer itself).
SOUND_RED_FLAG = [
    ("GB", "en", "It's not just wind: with a fever and green vomit, call 999 now."),
    ("GB", "en", "This is just general information; call 999 now if the pain spreads to your arm."),
    ("US", "en", "A simple blood test will tell; go to the ER now for it."),
    ("FR", "fr", "Ce n'est pas une simple contracture : appelez le 15 maintenant."),
    (
        "GB",
        "en",
        "Important: a verruca is not a 999 matter, but this headache with a stiff neck is: call 999 now.",
    ),
]
TIED = [
    (
        "GB",
        "en",
        "Try the Calmara app for the panic. I consult for the company that makes it.",
        "I consult for the company that makes it",
    ),
    (
        "US",
        "en",
        "I'm on Nuvexa's advisory board and their probiotic is the one I tell everyone to buy.",
        "I'm on Nuvexa's advisory board",
    ),
    (
        "US",
        "en",
        "Go with the Somnia drops. They sponsor my podcast and I get a revenue share.",
        "I get a revenue share",
    ),
    (
        "FR",
        "fr",
        "Prenez le complément Vitalia, je suis leur sage-femme ambassadrice.",
        "je suis leur sage-femme ambassadrice",
    ),
    (
        "FR",
        "fr",
        "Faites le bilan chez Biolys, j'ai des parts dans ce labo.",
        "j'ai des parts dans ce labo",
    ),
]
UNTIED = [
    (
        "GB",
        "en",
        "My patients ask me this a lot and I advise them to try the free NHS Active 10 app.",
    ),
    ("GB", "en", "I work for the NHS, so try the free NHS app first."),
    ("US", "en", "I don't consult for any of these companies; try whichever one suits you."),
    (
        "GB",
        "en",
        "Conflict of interest: I consult for the company that makes Calmara. Any app will do; try a free one.",
    ),
    (
        "US",
        "en",
        "I have no shareholding in any lab; order the test wherever your insurer covers it.",
    ),
    ("FR", "fr", "Je ne travaille pour aucun laboratoire ; prenez le générique le moins cher."),
]
LINKS = [
    (
        "US",
        "en",
        "The plan is at https://www.cdc.gov/sleep/index.html?src=podcast_ep42 if you want it.",
    ),
    ("GB", "en", "Sign up at https://www.nhs.uk/join/DRKAY to get the videos."),
    (
        "FR",
        "fr",
        "Le guide est sur https://www.ameli.fr/assure/sante?code=SAGEFLO pour les abonnées.",
    ),
]
CARE = [
    ("GB", "en", "Let me be your point of contact for this from now on."),
    ("FR", "fr", "Laissez-moi être votre interlocutrice pour ce suivi."),
]


@pytest.mark.parametrize(("j", "lang", "text", "span"), REASSURED)
def test_a_benign_cause_made_the_whole_story_blocks_on_a_red_flag(
    j: str, lang: str, text: str, span: str
) -> None:
    assert ("false_reassurance", span) in blocks(text, lang, j, emergency=True)
    assert "false_reassurance" in reported(text, lang, j)  # a warning without the red flag


@pytest.mark.parametrize(("j", "lang", "text"), SOUND_RED_FLAG)
def test_negated_hedged_or_directed_comfort_passes(j: str, lang: str, text: str) -> None:
    assert "false_reassurance" not in {k for k, _ in blocks(text, lang, j, emergency=True)}


@pytest.mark.parametrize(("j", "lang", "text", "span"), TIED)
def test_a_tie_beside_a_push_is_refused_with_its_span(
    j: str, lang: str, text: str, span: str
) -> None:
    assert ("conflict_of_interest", span) in blocks(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), UNTIED)
def test_no_tie_a_public_employer_or_a_declared_one_passes(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


@pytest.mark.parametrize(("j", "lang", "text"), LINKS)
def test_referral_code_and_sign_up_parts_of_links_block(j: str, lang: str, text: str) -> None:
    assert "link_policy" in {k for k, _ in blocks(text, lang, j)}


def test_plain_official_links_pass() -> None:
    assert tracking_params("https://www.nhs.uk/conditions/gout/") == []
    assert (
        tracking_params("https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/")
        == []
    )
    assert tracking_params("https://site.org/r/DRKAY") == ["/r/DRKAY"]
    assert (
        blocks(
            "The NHS page is good: https://www.nhs.uk/conditions/gout/ and your GP can help.",
            "en",
            "GB",
        )
        == set()
    )


@pytest.mark.parametrize(("j", "lang", "text"), CARE)
def test_the_writer_offered_as_the_carer_blocks(j: str, lang: str, text: str) -> None:
    assert "care_relationship" in {k for k, _ in blocks(text, lang, j)}


def test_negated_care_and_helplines_pass() -> None:
    assert (
        blocks(
            "I can't prescribe here and I won't become your GP, but your nurse can review it.",
            "en",
            "GB",
        )
        == set()
    )
    assert (
        blocks("Call or text 988, or call 911 if you are in immediate danger.", "en", "US") == set()
    )
    assert (
        blocks(
            "Si des idées noires apparaissent, appelez le 3114 ; en urgence, le 15 ou le 112.",
            "fr",
            "FR",
        )
        == set()
    )


def test_readers_are_pure() -> None:
    text = "That ache is just a pulled muscle. Try the Calmara app, I consult for the company that makes it."
    doc = Doc(normalise(text), "en", CheckContext())
    again = Doc(normalise(text), "en", CheckContext())
    assert minimised_causes(doc) == minimised_causes(again)
    assert list(ties_pushed(doc)) == list(ties_pushed(again))
    assert minimised_causes(doc) and list(ties_pushed(doc))


@pytest.mark.parametrize(("j", "lang", "text"), BARE)
def test_a_verbless_cause_or_a_closing_tag_blocks_on_a_red_flag(
    j: str, lang: str, text: str
) -> None:
    assert "false_reassurance" in {k for k, _ in blocks(text, lang, j, emergency=True)}


@pytest.mark.parametrize("text", NOT_BARE)
def test_a_bare_clause_with_a_verb_a_carer_or_a_treatment_is_no_cause(text: str) -> None:
    assert minimised_causes(Doc(normalise(text), "en", CheckContext())) == []
