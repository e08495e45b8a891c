"""Dates of paperwork and messages (deid31, issue 9): weekday abbreviations in rotas, events used as dates,
lowercase month ranges, "two Thursdays ago", « cet aprem »; each with look-alikes that must stay visible
(doses, frequencies, mid-cycle, « Mon père », "Sat down", "Sun cream", « la mer. », a generic "party")."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        (
            "Rota for the carers: Priya Shah – Mon, Wed; Tom Baird – Fri.",
            "en",
            ["Mon", "Wed", "Fri"],
        ),
        ("Dad's dialysis is Mon/Thu at the unit.", "en", ["Mon", "Thu"]),
        ("Timesheet: Wed 08:00–16:00, Thu 08:00–12:00.", "en", ["Wed", "Thu"]),
        ("Claim ref: injury Sat 3rd, seen on Mon 5th.", "en", ["Sat 3rd", "Mon 5th"]),
        ("Planning : Mme Diallo lun./jeu., M. Roche mer.", "fr", ["lun.", "jeu.", "mer."]),
        ("Permanences : lun., mer. et ven. de 9h à 12h.", "fr", ["lun.", "mer.", "ven."]),
        ("My son hurt his knee during the county final.", "en", ["county final"]),
        ("My daughter twisted her ankle during Saturday lessons.", "en", ["Saturday lessons"]),
        ("The rash started around the end of the first term.", "en", ["end of the first term"]),
        ("We were away the week of Thanksgiving.", "en", ["week of Thanksgiving"]),
        ("Since Easter week my blood pressure has been high.", "en", ["Easter week"]),
        ("My knee gave way during the Boxing Day match.", "en", ["Boxing Day match"]),
        ("He collapsed on the bank holiday Monday.", "en", ["bank holiday Monday"]),
        ("The pain came back two Thursdays ago.", "en", ["two Thursdays ago"]),
        ("Between october and february his psoriasis flares.", "en", ["october", "february"]),
        (
            "Elle s'est fait une entorse lors de la compétition de dimanche.",
            "fr",
            ["compétition de dimanche"],
        ),
        ("Il a pris un coup à l'entraînement de vendredi.", "fr", ["entraînement de vendredi"]),
        ("On part la semaine du Carnaval à Binche.", "fr", ["semaine du Carnaval"]),
        ("Pendant le Carnaval il a beaucoup bu.", "fr", ["le Carnaval"]),
        ("Depuis le Jeûne fédéral ma grand-mère tousse.", "fr", ["le Jeûne fédéral"]),
        ("Mon père a eu un malaise la nuit du Magal à Touba.", "fr", ["nuit du Magal"]),
        ("Je travaille à l'ouverture du homard à Shippagan.", "fr", ["l'ouverture du homard"]),
        ("Depuis les fêtes je dors mal.", "fr", ["les fêtes"]),
        ("J'ai rendez-vous cet aprem chez le dermatologue.", "fr", ["cet aprem"]),
        (
            "On a fait la route la fin de semaine de la fête du Travail.",
            "fr",
            ["fin de semaine de la fête du Travail"],
        ),
        (
            "Il est tombé le lendemain de la fête nationale de l'Acadie.",
            "fr",
            ["fête nationale de l'Acadie"],
        ),
    ],
)
def test_paperwork_dates_hidden(text: str, lang: str, hidden: list[str]) -> None:
    out = shown(text, lang)
    for h in hidden:
        assert h not in out, (h, out)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Mon père prend du Kardégic, faut-il l'arrêter ?", "fr", "Mon père"),
        ("Sat down too fast and felt dizzy, is it low blood pressure?", "en", "Sat down"),
        ("Sun cream with factor 50 for my eczema?", "en", "Sun cream"),
        ("Nous sommes allés à la mer. Mon fils a une otite.", "fr", "la mer."),
        ("I had the 2nd dose of the vaccine, arm sore.", "en", "the 2nd dose"),
        ("I take metformin 3 times a day and paracetamol every 6 hours.", "en", "3 times a day"),
        ("Pain at mid-cycle and twice a week headaches.", "en", "mid-cycle"),
        ("I got a cough after the party, is it covid?", "en", "the party"),
        ("We watched the final on TV and he had chest pain.", "en", "the final"),
        (
            "La compétition de natation me fatigue, est-ce l'asthme ?",
            "fr",
            "La compétition de natation",
        ),
        ("Is a Saturday job okay with my asthma?", "en", "Saturday job"),
    ],
)
def test_look_alikes_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Il s'est blessé hier vers 15h en tondant.", "vers 15h"),
        ("He slipped Sunday 2pm, bruised coccyx.", "2pm"),
        ("Admitted Friday night at 10, discharged Sunday at 3.", "at 10"),
    ],
)
def test_clock_after_a_day_is_a_possible_identifier(text: str, offered: str) -> None:
    """The clock after a day is offered to the patient, not hidden (withdrawn for a blind floor)."""
    from guidelines.deid import possible_identifiers

    got = [text[s.start : s.end] for s in possible_identifiers(text, "en")]
    assert offered in got
    assert offered in shown(text)


def test_clock_alone_is_not_offered() -> None:
    from guidelines.deid import possible_identifiers

    text = "I take it at 6 every day and 2 tablets at 10pm."
    assert not [s for s in possible_identifiers(text, "en") if s.label == "DATE"]
