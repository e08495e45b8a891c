"""What a doctor reads after the anonymiser (deid34): a business named by capitalised words closed by
what it does (`Harland Debt Recovery`, « Recouvra Conseil ») or opened by a French trade (« Transports
Lemarec »), with no cue and no list (names/org_trades.py); an insurer's kind closing a name no longer
takes the verb after it; a person's name no longer runs on into a medicine after « du ». Kept: ordinary
capitalised phrases, benefits and departments, brand medicines. Sentences invented here."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans
from guidelines.deid._data import gazetteers
from guidelines.deid.candidate import Candidate
from guidelines.deid.doc import Doc
from guidelines.deid.names.org_trades import detect_trade_orgs


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        ("Harland Debt Recovery sent me another letter and I can't sleep.", "en", ["Harland"]),
        ("Lowther Collections keep texting me about an old bill.", "en", ["Lowther"]),
        ("I got my sensor through Brightpath Diabetes Services.", "en", ["Brightpath"]),
        ("Marveline Health pays for my physio now.", "en", ["Marveline"]),
        ("Dunmore Freight Group moved me to nights and I can't sleep.", "en", ["Dunmore"]),
        ("Ask Tillbrook & Sons Ltd for a ladder?", "en", ["Tillbrook"]),
        ("Pinnacle Recruitment placed me in a freezer warehouse.", "en", ["Pinnacle"]),
        ("Recouvra Conseil m'a envoyé une relance, je n'en dors plus.", "fr", ["Recouvra"]),
        ("Les Transports Lemarec SAS m'ont mis en équipe de nuit.", "fr", ["Lemarec"]),
        ("Assurances Nordet ne veulent pas payer ma physio.", "fr", ["Nordet"]),
        ("J'ai travaillé 10 ans pour Menuiserie Kervella et mon dos lâche.", "fr", ["Kervella"]),
    ],
)
def test_business_hidden(text: str, lang: str, hidden: list[str]) -> None:
    out = shown(text, lang)
    for value in hidden:
        assert value not in out, out
    assert "[ORGANIZATION_1]" in out, out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Universal Credit want a Fit Note from me.", "en", ["Universal Credit"]),
        ("Human Resources sent me to Occupational Health.", "en", ["Human Resources"]),
        ("Social Services and the Mental Health team came round.", "en", ["Social Services"]),
        (
            "Can I take Night Nurse with Sudafed Blocked Nose spray?",
            "en",
            ["Night Nurse", "Sudafed"],
        ),
        ("Is Voltarol Pain Relief gel ok with my Ozempic?", "en", ["Voltarol", "Ozempic"]),
        ("La Sécurité sociale ne rembourse pas le Spasfon.", "fr", ["Sécurité sociale", "Spasfon"]),
        ("Working Tax Credit stopped when I went sick.", "en", ["Working Tax Credit"]),
        ("Bereavement Services rang about Dad.", "en", ["Bereavement Services"]),
        ("Les Transports en commun me fatiguent avec ma sciatique.", "fr", ["Transports"]),
        ("Le Garage est fermé, je prends du Doliprane.", "fr", ["Garage", "Doliprane"]),
    ],
)
def test_ordinary_phrases_and_medicines_kept(text: str, lang: str, kept: list[str]) -> None:
    out = shown(text, lang)
    for value in kept:
        assert value in out, out


def test_insurer_kind_closing_a_name_leaves_the_verb() -> None:
    text = "Mon assureur La Boréale Assurances refuse de couvrir mon Ozempic."
    values = [text[s.start : s.end] for s in find_spans(text, "fr")]
    assert "La Boréale Assurances" in values
    assert "refuse" not in " ".join(values)
    assert "Ozempic" in shown(text, "fr")


def test_insurer_opened_by_an_article_stays_whole() -> None:
    out = shown("La Mutualité chrétienne rembourse la kiné ?", "fr")
    assert "Mutualité" not in out and "chrétienne" not in out, out
    assert "rembourse" in out, out


def test_a_field_after_a_name_is_no_business() -> None:
    text = "Patient: LAROCHE, Marie-Ève   Health no.: 2389"
    out: list[Candidate] = []
    detect_trade_orgs(text, Doc(text), gazetteers(), out)
    assert out == []


def test_a_listed_shop_that_is_a_word_after_to() -> None:
    out = shown("I went to Boots and the pharmacist said it's fine with my Sertraline.")
    assert "Boots" not in out and "Sertraline" in out, out
    # lowercase it is the word: "my boots are muddy", "it went to orange"
    assert "boots" in shown("I went to bed in my boots, the rash went to orange.")


def test_a_name_after_chez() -> None:
    out = shown("Chez Industrielle Alliance ils refusent de payer ma physio.", "fr")
    assert "Industrielle" not in out and "[ORGANIZATION_1]" in out, out
    # a home stays a person's (« chez Marie »), a doctor stays behind the title, a medicine stays
    assert "[PERSON_1]" in shown("Je dors chez Marie ce soir.", "fr")
    assert "Doliprane" in shown("On trouve ça chez Doliprane ?", "fr")
    assert "Chez moi" in shown("Chez moi ça va mieux.", "fr")
