"""Weekday habits and the date shapes of deid27 (2026-12-07): what a doctor reads.

A recurring weekday ("every second Tuesday", « tous les samedis soir ») names the patient's routine (a
dialysis slot, a shift, a visit) and is hidden with its frequency, which is what the doctor needs;
« le mardi » alone shows a bare placeholder. Look-alikes stay: weekday nouns, doses, durations, clock
times, word-like feasts without a time word. The answer check never counts a habit ("take it every Monday").
"""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify
from guidelines.identifiers import find_identifiers


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        (
            "en",
            "I go for dialysis every second Tuesday and feel wiped out.",
            "I go for dialysis [DATE_1 · every other week] and feel wiped out.",
        ),
        (
            "en",
            "I take methotrexate every Monday and folic acid on Thursdays.",
            "I take methotrexate [DATE_1 · weekly] and folic acid on [DATE_2 · weekly].",
        ),
        ("en", "He works Saturdays and Sundays.", "He works [DATE_1 · weekly]."),
        (
            "fr",
            "Je fais une crise d'angoisse chaque dimanche midi.",
            "Je fais une crise d'angoisse [DATE_1 · chaque semaine].",
        ),
        (
            "fr",
            "Mon fils boit tous les samedis soir.",
            "Mon fils boit [DATE_1 · chaque semaine].",
        ),
        (
            "fr",
            "je fais ma piqûre le lundi et le vendredi, tous les mercredis la prise de sang",
            "je fais ma piqûre [DATE_1], tous les mercredis la prise de sang".replace(
                "tous les mercredis", "[DATE_2 · chaque semaine]"
            ),
        ),
        ("fr", "Je vais à la piscine le mardi à 14h.", "Je vais à la piscine [DATE_1] à 14h."),
    ],
)
def test_weekday_habits_show_their_frequency(lang: str, text: str, shown: str) -> None:
    assert deidentify(text, lang).text == shown


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        ("en", "The rash started late Sunday.", "The rash started [DATE_1]."),
        (
            "fr",
            "Douleur dans la nuit de samedi, faut-il consulter ?",
            "Douleur dans [DATE_1], faut-il consulter ?",
        ),
        ("fr", "Ma pilule est à reprendre le 15 du mois.", "Ma pilule est à reprendre [DATE_1]."),
        (
            "fr",
            "L'arrêt court à compter du 15, et après ?",
            "L'arrêt court à compter [DATE_1], et après ?",
        ),
        (
            "en",
            "I started on the first day of Ramadan and felt faint.",
            "I started on the [DATE_1] and felt faint.",
        ),
        ("en", "My migraines got worse since Lent.", "My migraines got worse since [DATE_1]."),
        # "ne" (negation) is no birth cue: the day stays a DATE, not a DATE_OF_BIRTH
        (
            "fr",
            "le médecin ne vient que mardi prochain.",
            "le médecin ne vient que [DATE_1 · dans quelques jours].",
        ),
    ],
)
def test_anchored_days_and_feasts_are_hidden(lang: str, text: str, shown: str) -> None:
    assert deidentify(text, lang).text == shown


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "My son goes to Sunday school and has a Saturday job."),
        ("en", "I take ibuprofen twice a day for two weeks, one tablet every other day."),
        ("en", "My INR was 3.2 on the 2nd test, is that too high?"),
        ("en", "He loves Christmas cake and I lent him my Easter egg."),
        (
            "fr",
            "Je prends mon comprimé deux fois par jour, toutes les deux semaines une prise de sang.",
        ),
        ("fr", "J'ai appelé le 15 du fixe, ils ont envoyé une ambulance."),
        ("fr", "Ma fille adore la bûche de Noël."),
    ],
)
def test_look_alikes_stay(lang: str, text: str) -> None:
    assert [s for s in deidentify(text, lang).spans if s.label.startswith("DATE")] == []


def test_the_answer_check_never_counts_a_habit() -> None:
    text = "Take the methotrexate every Monday and the folic acid on Thursdays."
    assert [s for s in find_identifiers(text, "en") if s[2] == "DATE"] == []
    assert [s[2] for s in find_identifiers("We will see you on the 3rd.", "en")] == ["DATE"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a birth parent is no cue of a birth date, and a habit is never one
        (
            "Birth mum Samira has contact every second Tuesday. Is the cream fine?",
            "Birth mum [PERSON_1] has contact [DATE_1 · every other week]. Is the cream fine?",
        ),
        (
            "My birth mother came on 3 May and I felt faint.",
            "My birth mother came on [DATE_1] and I felt faint.",
        ),
        (
            "Date of birth: 3 May 1950. Is my dose right?",
            "Date of birth: [DATE_OF_BIRTH_1]. Is my dose right?",
        ),
    ],
)
def test_birth_parents_and_habits_are_no_birth_dates(text: str, shown: str) -> None:
    assert deidentify(text, lang="en").text == shown
