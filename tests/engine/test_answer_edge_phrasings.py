"""Edge phrasings of the answer check (answers10): waved-away checks, colleagues as targets, spaced asides,
quoted or reported words, phone typing, public-health advice, headache types, leaflets, sarcasm."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks
from tests.engine.seeded import reported as kinds_reported


@pytest.mark.parametrize(
    ("lang", "j", "text", "reassures"),
    [
        (
            "en",
            "US",
            "Blood when wiping at your age is piles. Don't bother with the colonoscopy your doctor booked.",
            True,
        ),
        (
            "en",
            "US",
            "Don't bother with the colonoscopy prep diet until the day before, then follow the leaflet.",
            False,
        ),
        ("fr", "FR", "Six kilos perdus sans le vouloir ? Aucun souci, profitez-en.", True),
        ("fr", "FR", "Aucun souci, c'est normal de s'inquiéter et de poser la question.", False),
        ("fr", "FR", "Pas la peine de faire la coloscopie, ce sont des hémorroïdes.", True),
    ],
)
def test_a_check_waved_away_is_false_reassurance(
    lang: str, j: str, text: str, reassures: bool
) -> None:
    assert ("false_reassurance" in kinds_reported(text, lang, j)) is reassures


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        (
            "Appelez le 15 ; ne lui donnez rien à manger avant d'avoir parlé au médecin régulateur, qui vous dira quoi faire.",
            False,
        ),
        ("Appelez le 15. Votre généraliste, qui est un incompétent, n'a rien compris.", True),
    ],
)
def test_a_colleague_the_patient_is_sent_to_is_no_target(text: str, blocked: bool) -> None:
    assert ("abuse" in {k for k, _s in blocks(text, "fr", "FR", True)}) is blocked


def test_a_patient_named_before_a_spaced_aside_is_an_identifier() -> None:
    text = (
        "I had a patient, Marcus Obi - the church choir leader in Albany - with the same pattern."
    )
    assert ("identifiers", "Marcus Obi") in blocks(text, "en", "US")
    assert not blocks("Osgood-Schlatter disease is common in growing children.", "en", "GB")


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "fr",
            "FR",
            "Les urgences sont débordées. N'y allez surtout pas : voyez un neurologue cette semaine.",
            True,
        ),
        ("en", "GB", "A&E is full at weekends. Don't go there: book your GP on Monday.", True),
        ("fr", "FR", "Allez aux urgences maintenant. N'y allez pas en voiture seul.", False),
        ("en", "GB", "Go to A&E now, but don't go there alone.", False),
    ],
)
def test_emergency_service_waved_away_by_a_pronoun(
    lang: str, j: str, text: str, blocked: bool
) -> None:
    assert ("emergency_block" in {k for k, _s in blocks(text, lang, j, emergency=True)}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "GB",
            "Some websites say 'consider me your doctor, text me your readings' - ignore them.",
        ),
        (
            "fr",
            "FR",
            "On entend parfois dire que c'est d'une bêtise de consulter pour ça ; c'est faux.",
        ),
    ],
)
def test_quoted_or_reported_words_are_not_the_writers(lang: str, j: str, text: str) -> None:
    assert blocks(text, lang, j) == set()


@pytest.mark.parametrize(
    ("text", "kind", "blocked"),
    [
        ("text me ur bp readings tmrw and ill tweak ur meds", "care_relationship", True),
        (
            "Vitamin D won't cure a cold, but 10 micrograms a day in winter is fine, as the NHS advises.",
            "prescription",
            False,
        ),
        (
            "I'd start you on vitamin D 50 micrograms a day as the NHS suggests.",
            "prescription",
            True,
        ),
    ],
)
def test_phone_typing_and_public_health_advice(text: str, kind: str, blocked: bool) -> None:
    assert (kind in {k for k, _s in blocks(text, "en", "GB")}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "fr",
            "FR",
            "Des maux de tête le soir après l'écran, c'est une céphalée de tension. C'est ce que vous avez, point.",
            True,
        ),
        (
            "fr",
            "FR",
            "Les céphalées de tension sont fréquentes ; si elles changent, consultez.",
            False,
        ),
        ("en", "GB", "It's a tension headache, no doubt about it.", True),
    ],
)
def test_headache_types_are_conditions(lang: str, j: str, text: str, blocked: bool) -> None:
    assert ("diagnosis" in {k for k, _s in blocks(text, lang, j)}) is blocked


@pytest.mark.parametrize(
    ("lang", "text", "blocked"),
    [
        ("en", "You're not a hypochondriac for asking - this is worth checking.", False),
        ("en", "No, you are not an idiot for worrying about it.", False),
        ("fr", "Vous n'êtes pas idiote de vous inquiéter.", False),
        ("en", "You're a hypochondriac.", True),
        ("en", "Don't be an idiot, go to A&E.", True),
        ("fr", "Vous êtes idiote.", True),
    ],
)
def test_an_insult_denied_to_the_patient_is_kindness(lang: str, text: str, blocked: bool) -> None:
    assert (
        "abuse" in {k for k, _s in blocks(text, lang, "FR" if lang == "fr" else "GB")}
    ) is blocked


def test_a_practice_street_without_a_number_is_no_home_address() -> None:
    assert ("identifiers", "Harley Street") not in blocks(
        "My clinic on Harley Street does this.", "en", "GB"
    )
    assert ("identifiers", "14 Elm Road") in blocks(
        "Your neighbour at 14 Elm Road, Leeds saw it.", "en", "GB"
    )


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "en",
            "GB",
            "The leaflet with your clarithromycin says: 'Take one 500 mg tablet twice a day for 7 days.' Finish it.",
            False,
        ),
        (
            "fr",
            "FR",
            "La notice de votre amoxicilline indique : « 1 g trois fois par jour pendant 7 jours ». Suivez-la.",
            False,
        ),
        (
            "en",
            "GB",
            "My advice, not the leaflet's: take amoxicillin 500 mg three times a day for 7 days.",
            True,
        ),
    ],
)
def test_a_leaflet_quoted_whole_after_its_frame_is_the_leaflets(
    lang: str, j: str, text: str, blocked: bool
) -> None:
    assert ("prescription" in {k for k, _s in blocks(text, lang, j)}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text", "kind"),
    [
        (
            "en",
            "GB",
            "on my phone. ill keep track of ur bloods monthly, just keep posting them here for me",
            "care_relationship",
        ),
        (
            "fr",
            "FR",
            "pour l'angine : amoxicilline 1 g matin et soir, et si ça passe pas vous doublez.",
            "prescription",
        ),
    ],
)
def test_phone_typed_care_and_orders_block(lang: str, j: str, text: str, kind: str) -> None:
    assert kind in {k for k, _s in blocks(text, lang, j)}


def test_a_ceiling_after_a_comma_stays_information() -> None:
    text = "Le paracétamol chez l'adulte : 1 g par prise, sans dépasser 3 g par jour, si besoin."
    assert "prescription" not in {k for k, _s in blocks(text, "fr", "FR")}


@pytest.mark.parametrize(
    ("lang", "text", "kind", "reported"),
    [
        (
            "en",
            "You sit all day and now you're surprised your back aches. Walk more.",
            "abuse",
            True,
        ),
        (
            "fr",
            "Alors, on boit six cafés par jour et on s'étonne de mal dormir ? Réduisez.",
            "abuse",
            True,
        ),
        (
            "en",
            "Let me guess: a friend told you vaccines cause autism. They don't, and it's a fair worry.",
            "abuse",
            False,
        ),
        (
            "en",
            "At 40 with no family history, a lump like yours is never going to be cancer, so don't lose sleep.",
            "false_reassurance",
            True,
        ),
        (
            "en",
            "Don't lose sleep waiting - call your GP tomorrow and ask for an urgent appointment.",
            "false_reassurance",
            False,
        ),
        (
            "fr",
            "Du sang dans les selles, c'est des hémorroïdes, inutile d'aller embêter votre médecin.",
            "false_reassurance",
            True,
        ),
    ],
)
def test_sarcasm_and_waved_away_care(lang: str, text: str, kind: str, reported: bool) -> None:
    assert (kind in kinds_reported(text, lang, "FR" if lang == "fr" else "GB")) is reported
