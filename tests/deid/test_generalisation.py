"""Names and places outside the shipped lists, found from context and shape (issue 3, held-out data)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans
from tests.deid.time_words import without_time


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in find_spans(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        # names in no list: context (relatives, titles, introductions) or shape (unknown capitalised word)
        ("en", "my husband olamide keeps waking up at night", "olamide", "PERSON"),
        (
            "en",
            "Yesterday Thandeka Mahlangu fainted at the bus stop",
            "Thandeka Mahlangu",
            "PERSON",
        ),
        ("en", "Oluwafemi and I have been trying for a baby", "Oluwafemi", "PERSON"),
        (
            "en",
            "This is Siobhán Ní Bhriain, my ICD code says F41.1",
            "Siobhán Ní Bhriain",
            "PERSON",
        ),
        ("en", "my neuro Dr. Gwen MacLeod says it is unlikely", "Gwen MacLeod", "PERSON"),
        ("fr", "moi et enguerrand on est allés à la plage", "enguerrand", "PERSON"),
        ("fr", "ma fille de 5 ans, Ysaline, tousse la nuit", "Ysaline", "PERSON"),
        ("fr", "Tugdual et moi essayons d'avoir un bébé", "Tugdual", "PERSON"),
        # places in no list, after a place cue
        ("en", "we live in Hebden Bridge and the GP is far", "Hebden Bridge", "CITY"),
        ("en", "I'm travelling to Saffron Walden next week", "Saffron Walden", "CITY"),
        ("en", "me and Oliver went to knaresborough for the weekend", "knaresborough", "CITY"),
        ("en", "129 Kings Rd, Chipping Norton OX7 5AB", "Chipping Norton", "CITY"),
        ("fr", "je pars à Bourg-la-Reine la semaine prochaine", "Bourg-la-Reine", "CITY"),
        ("fr", "elle vit seule à Plougastel-Daoulas depuis un an", "Plougastel-Daoulas", "CITY"),
        # organisations: possessive names, work context, schools and hospitals named after people
        ("en", "I work for Sainsbury's and my manager wants a note", "Sainsbury's", "ORGANIZATION"),
        ("en", "Dr. Mehta at Guy's said my ECG was normal", "Guy's", "ORGANIZATION"),
        ("en", "I had a fit at work (Rolls-Royce) last week", "Rolls-Royce", "ORGANIZATION"),
        ("en", "she was seen at St Thomas' Hospital", "St Thomas' Hospital", "ORGANIZATION"),
        ("en", "My son goes to Kingsmead College", "Kingsmead College", "ORGANIZATION"),
        (
            "fr",
            "malaise au travail (Boulangerie Kerjean), puis urgences",
            "Boulangerie Kerjean",
            "ORGANIZATION",
        ),
        ("fr", "je travaille chez La Poste depuis 10 ans", "La Poste", "ORGANIZATION"),
        ("fr", "C'est le Dr Ogbonna du CHU de Nantes qui a prescrit", "Ogbonna", "PERSON"),
        (
            "fr",
            "C'est le Dr Ogbonna du CHU de Nantes qui a prescrit",
            "CHU de Nantes",
            "ORGANIZATION",
        ),
        # numbers by context or shape
        (
            "fr",
            "Mon numéro de dossier au CHU de Rennes est 2023/0045871, merci",
            "2023/0045871",
            "ID_NUMBER",
        ),
        (
            "en",
            "Policy no. AXA-2231-7788 — will insurance cover the MRI?",
            "AXA-2231-7788",
            "ID_NUMBER",
        ),
        ("en", "so I'm 93, is the shingles vaccine still worth it?", "93", "AGE_OVER_89"),
    ],
)
def test_context_and_shape_find_unlisted_identifiers(
    lang: str, text: str, value: str, label: str
) -> None:
    assert (value, label) in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My HbA1c and eGFR came back, and the UTIs keep coming."),
        ("en", "I've had a C-section and I'm sore."),
        ("en", "The GP surgery keeps losing my referral. Is surgery safe?"),
        ("en", "I take Xarelto 20 mg and Mounjaro every week"),
        ("fr", "Écrivez-moi si la Ventoline ne suffit pas."),
        ("fr", "mon père Alzheimer, ma mère Parkinson, c'est héréditaire ?"),
        ("en", "Nan is 86 and has Sjögren's."),
    ],
)
def test_codes_drugs_and_ordinary_capitals_are_not_names(lang: str, text: str) -> None:
    assert find_spans(text, lang) == ()


def test_a_name_running_into_a_hospital_is_cut_before_the_hospital() -> None:
    text = "C'est Mme Bonnet du CHU de Bordeaux qui a prescrit les deux."
    assert (
        deidentify(text, "fr").text
        == "C'est Mme [PERSON_1] du [ORGANIZATION_1] qui a prescrit les deux."
    )


def test_word_like_places_need_a_place_cue() -> None:
    assert ("Orange", "CITY") in found("on vit à Orange depuis 2 ans", "fr")
    assert ("Orange", "ORGANIZATION") in found("je travaille chez Orange", "fr")
    assert found("un jus d'orange le matin", "fr") == set()


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        (
            "en",
            "So my mother-in-law, Beatrice Okonjo (97 next week!) has shingles",
            "97",
            "AGE_OVER_89",
        ),
        ("en", "Mum (Rose, 94) keeps falling at night", "94", "AGE_OVER_89"),
        (
            "fr",
            "ma belle-sœur est infirmière au CHU d'Angers et dit que c'est un zona",
            "CHU d'Angers",
            "ORGANIZATION",
        ),
        ("en", "hey its tasha lol, is it normal to bleed?", "tasha", "PERSON"),
        ("en", "Apt 4B, 350 West 57th Street, New York", "Apt 4B, 350 West 57th Street", "ADDRESS"),
        (
            "en",
            "We were at the infirmary until Sunday 14th; the letter says I48.0",
            "Sunday 14th",
            "DATE",
        ),
        (
            "en",
            "I'm a carer at Sunrise Senior Living in Guildford",
            "Sunrise Senior Living",
            "ORGANIZATION",
        ),
    ],
)
def test_more_context_cues(lang: str, text: str, value: str, label: str) -> None:
    assert (value, label) in found(text, lang)


def test_a_name_found_once_is_redacted_everywhere_in_the_text() -> None:
    text = "I told Marcus my symptoms and he laughed. Marcus is my flatmate."
    assert (
        deidentify(text).text
        == "I told [PERSON_1] my symptoms and he laughed. [PERSON_1] is my flatmate."
    )


def test_propagation_keeps_ordinary_words_that_open_a_sentence() -> None:
    text = "Will my son Will need stitches?"
    assert deidentify(text).text == "Will my son [PERSON_1] need stitches?"


def test_bare_numbers_far_from_relatives_are_not_ages() -> None:
    assert found("my heart rate (95) was fine, sats 97, 120/80", "en") == set()


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "Xiomara has had a cough since Friday.", "Xiomara", "PERSON"),
        ("en", "write to janedoe85 at gmail if you can", "janedoe85 at gmail", "EMAIL"),
        ("en", "the surgery on 03/04 went fine", "03/04", "DATE"),
        ("fr", "rdv au centre de radiologie de Villefranche demain", "Villefranche", "CITY"),
        ("fr", "on habite dans le 15e arrondissement", "15e arrondissement", "CITY"),
    ],
)
def test_shapes_seen_in_blind_questions(lang: str, text: str, value: str, label: str) -> None:
    assert (value, label) in found(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Xarelto makes me dizzy and Ozempic is expensive."),
        ("en", "contact me at gmail please"),
        ("fr", "je prends du Kestin et ma tension est à 14/9"),
    ],
)
def test_brands_and_vague_contacts_stay(lang: str, text: str) -> None:
    assert find_spans(text, lang) == ()


def test_employer_named_like_a_mail_provider_is_not_an_email() -> None:
    assert found("je travaille chez Orange", "fr") == {("Orange", "ORGANIZATION")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My Keytruda infusion is next week; I also take Lexapro and Wellbutrin."),
        ("en", "My psychiatrist switched me from Adderall to Vyvanse."),
        ("en", "I had the Zoladex implant. Is the Shingrix jab safe?"),
        ("fr", "Mon rhumato veut passer du Humira au Cimzia."),
    ],
)
def test_brand_medicines_are_not_names_or_places(lang: str, text: str) -> None:
    assert without_time(text, find_spans(text, lang)) == ()  # "next week" is a DATE with a scale


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "Grace's teacher says she can't see the board", "Grace"),
        ("en", "Will and I both tested positive", "Will"),
        ("fr", "Pierre m'a dit de consulter pour mon eczéma", "Pierre"),
        ("en", "my daughter May has a rash", "May"),
    ],
)
def test_word_like_first_names_opening_a_sentence(lang: str, text: str, value: str) -> None:
    assert (value, "PERSON") in found(text, lang)


def test_a_month_stays_a_date_when_a_girl_is_called_may() -> None:
    # The month is a date (Safe Harbor policy, docs/deid.md), never the girl's name spread to it.
    text = "my daughter May has a rash that started in May"
    assert deidentify(text).text == "my daughter [PERSON_1] has a rash that started in [DATE_1]"
