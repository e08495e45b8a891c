"""Dates built from a calendar anchor and what modifies it (deid32, issue 9; docs/deid.md "Round 32 (dates)"):
an ordinal of a month or a holiday, a weekday before a feast, a unit or a year after a feast or a season, a
time preposition before a feast, EN and FR and several calendars; each with look-alikes that stay visible
("May" the name, "Easter egg", "March" the verb, « le comité du carnaval », a New Year's resolution, « une fête »
for a birthday, a bare year, the practice « jeûner pendant le ramadan »)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans
from guidelines.deid.detectors.calendar_anchors import calendar_anchor_spans


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


def dates(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text, lang) if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        (
            "The trip leaves on the first Saturday in September.",
            "en",
            "first Saturday in September",
        ),
        (
            "The AGM is on the second Tuesday of November; bring your readings.",
            "en",
            "second Tuesday of November",
        ),
        (
            "We stayed for the last week of the summer holidays and I caught shingles.",
            "en",
            "last week of the summer holidays",
        ),
        ("On the hottest day of July my son collapsed.", "en", "hottest day of July"),
        (
            "The social is the Friday before May Day, bring your inhaler.",
            "en",
            "Friday before May Day",
        ),
        ("The kitchen shift Christmas week is still open.", "en", "Christmas week"),
        ("The rash started last Christmas Eve and came back.", "en", "last Christmas Eve"),
        ("The coach steps down after Whit weekend.", "en", "Whit weekend"),
        ("I was diagnosed in summer 2023, will it come back?", "en", "summer 2023"),
        ("My hay fever was terrible in spring 2022.", "en", "spring 2022"),
        ("Le départ est prévu le 3e dimanche d'octobre.", "fr", "3e dimanche d'octobre"),
        ("Inscription pour le premier dimanche de mai.", "fr", "premier dimanche de mai"),
        (
            "Camp de jour : la 2e semaine de juillet, mon fils sera absent.",
            "fr",
            "2e semaine de juillet",
        ),
        ("La vente aura lieu le dernier samedi de l'Avent.", "fr", "dernier samedi de l'Avent"),
        (
            "Depuis la fin de semaine de l'Action de grâce, j'ai une toux.",
            "fr",
            "fin de semaine de l'Action de grâce",
        ),
        ("Pendant le carnaval à Binche, je me suis tordu la cheville.", "fr", "carnaval"),
        (
            "Pendant la semaine de relâche, les enfants ont eu la varicelle.",
            "fr",
            "semaine de relâche",
        ),
        ("Le dimanche gras, ma fille a vomi.", "fr", "dimanche gras"),
        ("Pendant l'été 2024 j'ai perdu 6 kilos.", "fr", "été 2024"),
        ("Pendant le Ramadan de 2025 j'ai fait une hypoglycémie.", "fr", "Ramadan de 2025"),
        ("Depuis le Têt, ma grand-mère tousse la nuit.", "fr", "Têt"),
        ("What can my diabetic son eat during the summer holidays?", "en", "summer holidays"),
        ("Pendant les vacances d'été, mon fils a fait une otite.", "fr", "vacances d'été"),
        ("Pendant les grandes vacances, mon fils a fait une otite.", "fr", "grandes vacances"),
    ],
)
def test_anchored_dates_are_hidden(text: str, lang: str, span: str) -> None:
    assert span in dates(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "visible"),
    [
        ("My aunt May has had vertigo for weeks.", "en", "vertigo"),
        ("She got hives after an Easter egg, could it be milk?", "en", "Easter egg"),
        (
            "My New Year's resolution is to lose weight; is orlistat safe?",
            "en",
            "New Year's resolution",
        ),
        ("They will March in the parade but my knee is swollen.", "en", "March"),
        ("I had a fall in 2021 and my hip still hurts.", "en", "fall"),
        ("Le comité du carnaval m'a demandé un certificat.", "fr", "carnaval"),
        ("Ma fille fait une fête pour ses 10 ans, elle est allergique.", "fr", "fête"),
        ("Je peux jeûner pendant le ramadan ?", "fr", "ramadan"),
        ("The first week of treatment was hard.", "en", "first week of treatment"),
        ("La 2e semaine de grossesse, j'avais des nausées.", "fr", "2e semaine de grossesse"),
        ("I love the summer holidays but what can my diabetic son eat?", "en", "summer holidays"),
    ],
)
def test_look_alikes_stay_visible(text: str, lang: str, visible: str) -> None:
    assert visible in shown(text, lang)


def test_articles_stay_outside_as_the_training_sets_mark_them() -> None:
    # the training sets' gold: `Tuesday after Easter`, « le [Ramadan] », « l'[Aïd el-Kébir] »
    assert "Tuesday after Easter" in dates("We flew back the Tuesday after Easter.")
    assert dates("Depuis l'Aïd el-Kébir, mon père a mal au genou.", "fr") == ["Aïd el-Kébir"]


def test_a_found_date_is_joined_not_duplicated() -> None:
    text = "arrive Saturday 14th, leave on the first Sunday in October"
    assert dates(text) == ["Saturday 14th", "first Sunday in October"]


def test_the_grammar_alone_needs_a_modifier() -> None:
    assert calendar_anchor_spans("Easter and Christmas are busy for pharmacies.") == []
    assert calendar_anchor_spans("summer is hot, autumn is wet") == []
