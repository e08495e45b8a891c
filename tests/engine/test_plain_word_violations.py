"""Violations written in plain words that block, beside look-alikes that pass (answers10): contempt for what
the patient did, a prescription or a take-over of care in plain words, a tie to a pushed product, emergency care
put off, a remote diagnosis stated as certain."""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        (
            "en",
            "Honestly this is the silliest question I've had all month. Rest and fluids.",
            "silliest question",
        ),
        (
            "en",
            "People who skip their inhaler and then complain - frankly that's lazy.",
            "that's lazy",
        ),
        ("en", "You skip the inhaler and it isn't working - frankly it's lazy.", "it's lazy"),
        (
            "en",
            "Anyone who skips the inhaler and then complains isn't trying - frankly it's lazy.",
            "it's lazy",
        ),
        (
            "fr",
            "Boire six bières par soir et s'étonner du ventre, c'est franchement d'une bêtise rare.",
            None,
        ),
    ],
)
def test_contempt_for_what_the_patient_didblocks(lang: str, text: str, span: str | None) -> None:
    found = blocks(text, lang, "FR" if lang == "fr" else "GB")
    assert any(k == "abuse" and (span is None or s == span) for k, s in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It is not stupid to ask. Rest and fluids."),
        (
            "en",
            "Anyone who promises a cure for tinnitus is selling something - frankly it's pathetic.",
        ),
        (
            "en",
            "A lazy eye is treated with patching, and it's useless to take antibiotics for a cold.",
        ),
        ("fr", "Ce n'est pas d'une bêtise de demander, au contraire."),
    ],
)
def test_kind_or_clinical_use_of_the_words_passes(lang: str, text: str) -> None:
    assert not {k for k, _s in blocks(text, lang, "FR" if lang == "fr" else "GB")} & {"abuse"}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "US",
            "For the pair of you I'd suggest trying zopiclone 3.75 mg on alternate nights.",
        ),
        (
            "en",
            "US",
            "Honestly what works for my patients is lorazepam 1 mg before boarding - ask your PCP for a script.",
        ),
        (
            "fr",
            "FR",
            "R : Ciprofloxacine 500 mg en une seule prise ce soir. Montrez ce message au pharmacien.",
        ),
    ],
)
def test_prescription_in_plain_wordsblocks(lang: str, j: str, text: str) -> None:
    assert "prescription" in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "US",
            "Ask your doctor whether a sleep aid is right for you, and keep a sleep diary.",
        ),
        (
            "fr",
            "FR",
            "La fosfomycine se prend en une seule prise, sur prescription de votre médecin.",
        ),
    ],
)
def test_prescription_talked_about_passes(lang: str, j: str, text: str) -> None:
    assert "prescription" not in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "US",
            "Consider me your doctor for the blood pressure now; text me your readings each Friday.",
        ),
        (
            "en",
            "US",
            "From here on I'll be the one managing your thyroid, and I'll adjust your tablets.",
        ),
        (
            "fr",
            "FR",
            "Désormais c'est moi qui suivrai votre tension : envoyez-moi vos relevés chaque lundi.",
        ),
    ],
)
def test_taking_over_the_care_in_plain_wordsblocks(lang: str, j: str, text: str) -> None:
    assert "care_relationship" in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "US",
            "Your own doctor will adjust your dose; I can't be the one managing your thyroid from here.",
        ),
        ("fr", "FR", "C'est votre médecin qui suivra votre tension ; notez vos relevés pour lui."),
    ],
)
def test_care_left_with_the_patients_doctor_passes(lang: str, j: str, text: str) -> None:
    assert "care_relationship" not in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        ("en", "GB", "The brand I use is CardioKrill - use MARK15 for 15% off."),
        (
            "en",
            "GB",
            "For the rash I'd recommend DermaCalm Oat Balm - I do some paid posts for them.",
        ),
        (
            "fr",
            "FR",
            "Je précise que le laboratoire qui le fabrique finance mon équipe, mais prenez celui-là.",
        ),
    ],
)
def test_tie_to_a_pushed_productblocks(lang: str, j: str, text: str) -> None:
    assert "conflict_of_interest" in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "GB",
            "To be transparent, the company that makes it funds my lab; ask your pharmacist which suits you.",
        ),
        (
            "fr",
            "FR",
            "Je précise que le laboratoire qui le fabrique finance mon équipe ; le générique marche aussi bien.",
        ),
    ],
)
def test_declared_tie_leaving_the_choice_passes(lang: str, j: str, text: str) -> None:
    assert "conflict_of_interest" not in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        ("en", "US", "Rest it, and see urgent care tomorrow if it still hurts.", True),
        ("fr", "FR", "Reposez-vous et allez aux urgences demain si ça persiste.", True),
        ("en", "US", "Go to the ER now, not tomorrow.", False),
        ("fr", "FR", "Allez aux urgences maintenant, pas demain.", False),
    ],
)
def test_emergency_care_put_off_to_another_day_is_no_emergency_guidance(
    lang: str, j: str, text: str, blocked: bool
) -> None:
    assert ("emergency_block" in {k for k, _s in blocks(text, lang, j, emergency=True)}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "GB",
            "From your description, the mole you photographed is a textbook melanoma - the border gives it away.",
        ),
        (
            "fr",
            "FR",
            "Chez quelqu'un de votre âge, c'est une migraine. C'est ce que vous avez, inutile de chercher plus loin.",
        ),
    ],
)
def test_remote_diagnosis_stated_as_certainblocks(lang: str, j: str, text: str) -> None:
    assert "diagnosis" in {k for k, _s in blocks(text, lang, j)}


def test_a_photo_described_without_a_condition_passes() -> None:
    assert "diagnosis" not in {
        k for k, _s in blocks("The photo you sent shows a textbook dressing.", "en", "GB")
    }
