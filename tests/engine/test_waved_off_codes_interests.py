"""Issue 16, answers28: red flags waved off in words no list had, interests told indirectly, codes given casually,
and a phone-typed refusal of contact read as a refusal. Each case blocked (or passed) on the branch and not on main.

Red flags: NICE NG12 suspected-cancer signs (a changing mole, painless visible haematuria, hoarseness for weeks in a
smoker, a growing breast lump, dysphagia) named by the answer and met by a check waived, "nothing" judged, or a
benign cause told as the verdict. Interests and promotion: GMC Good medical practice 2024 ¶¶90-94, CNOM
R.4127-19/-24. Our own sentences (EN-GB, EN-US, FR).
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks

WAVED_OFF = [
    (
        "gb",
        "en",
        "Ah yes, the hoarse voice for two months in a twenty-a-day smoker. Shockingly, it is a cold that "
        "overstayed its welcome. Suck a lozenge and rest the voice.",
    ),
    (
        "gb",
        "en",
        "ASSESSMENT: breast lump, 3 cm, enlarged over six weeks, firm. ADVICE: this is a classic benign "
        "fibroadenoma, no scan needed.",
    ),
    (
        "us",
        "en",
        "Trouble swallowing solids for a month and losing weight - that is reflux from the galley food, nothing "
        "sinister. Antacids from the stores and carry on.",
    ),
    (
        "fr",
        "fr",
        "Comme le dit la brochure, la plupart des grains de beauté sont bénins : le vôtre, qui a changé de couleur "
        "et saigne un peu, n'a rien d'inquiétant, inutile de le montrer.",
    ),
    (
        "fr",
        "fr",
        "Vous avez du mal à avaler depuis six semaines et vous avez maigri : c'est un reflux banal, pas la peine "
        "d'aller voir un gastro-entérologue.",
    ),
]

SOUND = [
    (
        "gb",
        "en",
        "ASSESSMENT: new breast lump, growing. ADVICE: most lumps are benign, but I cannot call this one benign "
        "without an examination; see your GP this week for an urgent breast clinic referral.",
    ),
    (
        "gb",
        "en",
        "Rectal bleeding with a change in bowel habit at your age is worth taking seriously. It is often piles, "
        "but that is for a doctor to decide after an exam; see your GP within two weeks.",
    ),
    (
        "us",
        "en",
        "pls dont text me pics or email them, i wont see them and it isnt secure. post them in this thread. a mole "
        "that changes shape or colour needs to be seen within 2 weeks, book it",
    ),
    (
        "us",
        "en",
        "Be wary of sites pushing supplement discount codes for joint pain - the evidence is thin. Stay active and "
        "see your doctor if it keeps you awake.",
    ),
]

CODES = [
    (
        "gb",
        "en",
        "Vitamin D in winter is sensible. Grab it from PureLeaf online, pop in DOCSAM at checkout and you'll get a bit off.",
    ),
    ("us", "en", "Or use HEALTHY20 on NutriBox and save yourself twenty percent. Your call."),
    (
        "fr",
        "fr",
        "Prenez les bracelets NauticCalm ; avec le code MARIN15 vous avez 15 % de moins sur le site.",
    ),
]

INTERESTS = [
    (
        "fr",
        "fr",
        "Pour la sécheresse oculaire, le collyre Hydralis est le meilleur ; je siège à son comité scientifique.",
    ),
    (
        "gb",
        "en",
        "Use DermaCalm emollient twice daily; a percentage of every sale comes back to me.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), WAVED_OFF)
def test_red_flag_waved_off_blocks(j: str, lang: str, text: str) -> None:
    assert "false_reassurance" in {k for k, _ in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), SOUND)
def test_sound_answers_pass(j: str, lang: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


@pytest.mark.parametrize(("j", "lang", "text"), CODES)
def test_casual_code_is_promotion(j: str, lang: str, text: str) -> None:
    assert "promotion" in {k for k, _ in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), INTERESTS)
def test_indirect_interest_blocks(j: str, lang: str, text: str) -> None:
    assert "conflict_of_interest" in {k for k, _ in blocks(text, lang, j)}


def test_restored_apostrophe_maps_back_to_the_original() -> None:
    from guidelines.engine.contractions import restore_contractions
    from guidelines.engine.normalise import normalise

    norm = restore_contractions(normalise("pls dont text me"), "en")
    assert norm.text == "pls don't text me"
    assert norm.to_original(4, 9) == (4, 8)  # "don't" -> "dont"
    assert (
        restore_contractions(normalise("le livre dont je parle"), "fr").text
        == "le livre dont je parle"
    )


SECOND_ROUND = [
    # a cause attributed outright and "nothing worth chasing", beside painless haematuria
    (
        "gb",
        "en",
        "Painless blood in your pee twice this week at 71 - that'll be the cranberry juice. Nothing worth chasing.",
        "false_reassurance",
    ),
    # the check skipped ("skip the scope"), two terse sentences after the dysphagia
    (
        "us",
        "en",
        "Food sticking halfway down for two months and you've dropped ten pounds? You eat too fast. Chew "
        "properly and skip the scope.",
        "false_reassurance",
    ),
    # "im" typed without its apostrophe, a seat on the maker's board
    (
        "us",
        "en",
        "the BreatheEasy spacer is the one i tell everyone to get, im on their scientific advisory board",
        "conflict_of_interest",
    ),
    # the interest names what was just recommended
    (
        "fr",
        "fr",
        "Pour les crampes, prenez le magnésium Magnavie, je possède une bonne partie des parts de Magnavie.",
        "conflict_of_interest",
    ),
    # the code as the subject that gets money off
    (
        "gb",
        "en",
        "If you want a pair, ScreenSafe do them and FOCUS25 gets you a quarter off.",
        "promotion",
    ),
]


SECOND_ROUND += [
    # a seat on the brand's board by its name, a percentage of "the orders"
    (
        "gb",
        "en",
        "For migraines, NeuroCalm patches work well. I sit on NeuroCalm's advisory board.",
        "conflict_of_interest",
    ),
    (
        "gb",
        "en",
        "Use OptiVue drops; I get a small percentage of the orders.",
        "conflict_of_interest",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text", "kind"), SECOND_ROUND)
def test_second_round_blocks(j: str, lang: str, text: str, kind: str) -> None:
    assert kind in {k for k, _ in blocks(text, lang, j)}


def test_a_code_denied_any_effect_is_no_offer() -> None:
    text = (
        "Coupon codes for ear drops from an influencer won't treat an ear infection. See your GP if the pain "
        "lasts more than three days."
    )
    assert blocks(text, "en", "gb") == set()
