"""Sound answers a doctor writes that were blocked, and the violations beside them that still are (answers10).

Identifier shapes that name no one (an acronym, a bare courtesy title of another language, a people's ancestry,
a knighted public figure, a body part opening a sentence, a crisis line's name); a range of percentages read as a
discount; a put-off refused in the same sentence or under a negation carried over "or"; « ce n'est pas rien »;
an over-the-counter dose read against the drug named after it, and a child's daily ceiling by weight.
"""

from __future__ import annotations

import pytest

from tests.engine.seeded import blocks


@pytest.mark.parametrize(
    ("lang", "j", "emergency", "text"),
    [
        ("en", "GB", False, "Our ICU team sees this often, so the GP is the right first stop."),
        (
            "en",
            "GB",
            False,
            "Telefon zaufania jest bezpłatny. Pan/Pani nie jest sam(a).",
        ),
        (
            "en",
            "GB",
            False,
            "Sir Michael Marmot wrote widely on health inequality; see your GP about the rash.",
        ),
        (
            "en",
            "US",
            False,
            "Screening is offered earlier to people of Irish Traveller or Ashkenazi Jewish ancestry.",
        ),
        (
            "en",
            "US",
            True,
            "Call or text 988, the 988 Mental Health Lifeline, or 911 if you are in danger now.",
        ),
        (
            "en",
            "GB",
            False,
            "Knee pain after hill running is common. Cut the hills for a fortnight.",
        ),
        (
            "en",
            "GB",
            False,
            "Reduce your weekly mileage by 20-40% for three weeks, then build back slowly.",
        ),
        (
            "en",
            "GB",
            False,
            "Statins cut heart attack risk by roughly 25-35% (-30% on average in trials).",
        ),
        (
            "fr",
            "FR",
            False,
            "Les statines baissent le risque d'infarctus (-30 % en moyenne dans les essais).",
        ),
        (
            "en",
            "US",
            True,
            "Call 911 now, and do not give her anything to eat or let her sleep it off.",
        ),
        (
            "en",
            "GB",
            True,
            "The work email can wait until tomorrow; your chest pain can't. Call 999 now.",
        ),
        (
            "fr",
            "FR",
            True,
            "Merci de me l'écrire, ce n'est pas rien. Si vous êtes en danger, appelez le 15.",
        ),
        (
            "en",
            "GB",
            False,
            "Ibuprofen 200-400 mg up to three times a day, or paracetamol 1 g up to four times a day "
            "(no more than 4 g in 24 hours), as the packet says.",
        ),
        (
            "fr",
            "FR",
            False,
            "Chez l'enfant, le paracétamol se donne à 15 mg/kg par prise, sans dépasser 60 mg/kg par jour, "
            "avec la pipette du flacon.",
        ),
    ],
)
def test_sound_answer_is_not_blocked(lang: str, j: str, emergency: bool, text: str) -> None:
    assert blocks(text, lang, j, emergency) == set()


@pytest.mark.parametrize(
    ("lang", "j", "emergency", "text", "kind", "span"),
    [
        (
            "en",
            "GB",
            False,
            "Book this month and get -20% on my physio sessions.",
            "promotion",
            "-20%",
        ),
        (
            "fr",
            "FR",
            False,
            "-20 % pour les nouveaux patients au cabinet ce mois-ci.",
            "promotion",
            "-20 %",
        ),
        (
            "en",
            "GB",
            False,
            "Tell your sister Moira Lennox to bring the scan results.",
            "identifiers",
            "Moira Lennox",
        ),
        (
            "en",
            "US",
            True,
            "Let him sleep it off and call his doctor tomorrow.",
            "false_reassurance",
            "sleep it off",
        ),
        ("fr", "FR", True, "Ce n'est rien, reposez-vous.", "false_reassurance", "Ce n'est rien"),
        (
            "fr",
            "FR",
            False,
            "Donnez-lui du paracétamol à 40 mg/kg toutes les 6 heures.",
            "prescription",
            None,
        ),
    ],
)
def test_violation_beside_them_stillblocks(
    lang: str, j: str, emergency: bool, text: str, kind: str, span: str | None
) -> None:
    found = blocks(text, lang, j, emergency)
    assert any(k == kind and (span is None or s == span) for k, s in found), found
