"""deid36 (docs/deid.md "deid36"): days counted from a rite and rota ordinals are dates; family-first names, name
and name fields are persons; faith words are never persons or places. EN and FR, with the
look-alikes that must stay visible (a day count of an illness, a dose, an ordinal in a list of reasons, a name of a
city, "Do you", « Le » the article, a faith word in ordinary prose)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def spans(text: str, lang: str, label: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == label]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("The naming is on the 7th day after birth; baby has jaundice.", "en", "7th day"),
        ("Prayers on the 40th day after the funeral; Mum cannot sleep.", "en", "40th day"),
        ("I stayed up praying on the 27th night and my heart raced.", "en", "27th night"),
        ("Le baptême est prévu le 7e jour, le bébé tousse.", "fr", "7e jour"),
        ("Au 3e jour des funérailles, ma tante a fait un malaise.", "fr", "3e jour"),
        ("The Shabbat after Pesach my grandmother fell.", "en", "Shabbat after Pesach"),
        ("Pendant le mois de ramadan ma glycémie baisse.", "fr", "mois de ramadan"),
        ("During the month of Ramadan my sugar drops.", "en", "month of Ramadan"),
        ("Le dimanche des Rameaux j'ai eu un malaise.", "fr", "dimanche des Rameaux"),
        ("On Palm Sunday I fainted at church.", "en", "Palm Sunday"),
    ],
)
def test_rite_days_are_dates(text: str, lang: str, date: str) -> None:
    assert date in spans(text, lang, "DATE")
    assert date not in deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "dates", "persons"),
    [
        (
            "Flower rota: 1st Sunday Isobel, 2nd Morag, 3rd Ailsa. I cut my hand.",
            "en",
            ["1st Sunday", "2nd", "3rd"],
            ["Isobel", "Morag", "Ailsa"],
        ),
        (
            "Planning : 1er samedi Kavitha, 2e samedi Rajan, 3e Priya. J'ai des migraines.",
            "fr",
            ["1er samedi", "2e samedi", "3e"],
            ["Kavitha", "Rajan", "Priya"],
        ),
    ],
)
def test_rota_ordinals(text: str, lang: str, dates: list[str], persons: list[str]) -> None:
    found = spans(text, lang, "DATE")
    assert all(d in found for d in dates)
    shown = deidentify(text, lang).text
    assert not any(p in shown for p in persons)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a day count of an illness or a treatment is clinical, even beside a rite
        ("After the funeral I got a fever; on the 3rd day of fever I had a rash.", "en"),
        ("Depuis l'enterrement j'ai de la fièvre ; au 3e jour de fièvre, une éruption.", "fr"),
        # no rite in the text: a counted day stays
        ("On the 5th day of antibiotics my rash appeared.", "en"),
        ("Le 3e jour je n'avais plus de fièvre.", "fr"),
        # ordinals that are no rota
        ("My 2nd dose, then the 3rd dose, made me tired.", "en"),
    ],
)
def test_day_counts_without_a_rite_stay(text: str, lang: str) -> None:
    assert spans(text, lang, "DATE") == []


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Registration form. Surname: NGUYEN. Reason: rash.", "en", "NGUYEN"),
        ("Fiche. Nom : ALVES. Prénom : Rafaela. Motif : toux.", "fr", "ALVES"),
        ("Fiche. Nom : ALVES. Prénom : Rafaela. Motif : toux.", "fr", "Rafaela"),
        ("Form. Given names: Van An. Surname: PHAM.", "en", "PHAM"),
        ("My mother Hoang Thi Mai has dementia.", "en", "Hoang Thi Mai"),
        ("Patient: Do Minh Chau, 6, high fever.", "en", "Do Minh Chau"),
        ("My friend Nguyen Van Hung translates for me.", "en", "Nguyen Van Hung"),
        ("Ma voisine Tran Thi Lan m'aide pour les courses.", "fr", "Tran Thi Lan"),
        ("My colleague Thanh Do drives me.", "en", "Thanh Do"),
    ],
)
def test_name_forms_are_hidden(text: str, lang: str, person: str) -> None:
    assert person not in deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Do you think my cough is asthma?", "en", "Do you"),
        ("Le Van est garé devant la pharmacie.", "fr", "Le "),
        ("Name of the drug: metformin.", "en", "metformin"),
        ("Prénom : inconnu. Motif : toux.", "fr", "inconnu"),
    ],
)
def test_name_look_alikes_stay(text: str, lang: str, word: str) -> None:
    assert word in deidentify(text, lang).text


def test_a_city_named_after_a_person_is_no_person() -> None:
    text = "We flew to Ho Chi Minh City and I got diarrhoea."
    assert spans(text, "en", "PERSON") == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Islam teaches care of the body.", "en", "Islam"),
        ("Before Umrah I got the meningitis vaccine.", "en", "Umrah"),
        ("My sister put Henna on her hands and has blisters.", "en", "Henna"),
        ("We keep Shabbat so I can't drive.", "en", "Shabbat"),
        ("I plan Hajj with my diabetes.", "en", "Hajj"),
        (
            "Je marche sur le chemin de Compostelle avec une tendinite.",
            "fr",
            "chemin de Compostelle",
        ),
        ("L'islam autorise-t-il les injections pendant le jeûne ?", "fr", "islam"),
    ],
)
def test_faith_words_are_no_names(text: str, lang: str, word: str) -> None:
    assert word in deidentify(text, lang).text
    assert not [s for s in find_spans(text, lang) if s.label in ("PERSON", "ADDRESS", "CITY")]


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("Langar this Gurpurab is sponsored by our family.", "en", "Gurpurab"),
        ("Nous jeûnons pendant Pesach et j'ai des vertiges.", "fr", "Pesach"),
    ],
)
def test_a_feast_after_a_time_word_stays_a_date(text: str, lang: str, date: str) -> None:
    assert date not in deidentify(text, lang).text
    assert spans(text, lang, "PERSON") == []


def test_a_faith_word_beside_a_name_keeps_the_name() -> None:
    text = "Eid Mohammed Rahman came for Hajj advice."
    assert "Mohammed Rahman" not in deidentify(text, "en").text
