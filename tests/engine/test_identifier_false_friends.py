"""Words the anonymiser may read as identifiers in sound answers, and the real identifiers beside them.

Welsh public services ("Iechyd Cyhoeddus Cymru", "GIG Cymru", "Ysbyty …"), the French idiom « (tout) de suite »
(at once, not a flat number), an emoji inside an "address", a bare day number read as a date of birth
(« c'est le 15 » is the SAMU), and a greeting name followed by an emoji rather than a comma (the asker's: a warning).
"""

from __future__ import annotations

import pytest

from tests.engine.identifiers_checker import identifiers_checker

_checker = identifiers_checker


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (v.severity, text[v.start : v.end]) for v in _checker().check(text, lang=lang).violations
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Screening leaflets from Iechyd Cyhoeddus Cymru come in Welsh and English."),
        ("en", "Ask GIG Cymru about the programme; Ysbyty Glan Clwyd runs the clinic."),
        ("fr", "Rendez-vous de suite 🚨 Une raideur de nuque avec de la fièvre, c'est le 15."),
        ("fr", "Appelez tout de suite ⚠️ Des lèvres bleues ne peuvent pas attendre."),
        ("fr", "Si votre enfant ne se réveille pas bien, c'est le 15, sans attendre."),
    ],
)
def test_sound_wording_is_no_identifier(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Coucou Margaux 😊 Pour une toux de trois jours, du repos suffit souvent.",
            "Margaux",
        ),
        ("en", "Hi Theo 👋\nA sore throat for two days is usually viral.", "Theo"),
    ],
)
def test_a_greeting_name_before_an_emoji_only_warns(lang: str, text: str, name: str) -> None:
    assert _found(text, lang) == [("warn", name)]


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("fr", "Écrivez à Mme Lefort, 14 rue des Lilas, suite 3, à Nantes.", "14 rue des Lilas"),
        ("en", "Mail it to 400 Maple Avenue, Suite 210, in Dayton.", "400 Maple Avenue"),
        ("fr", "Sa fille, née le 15 mars 2012, a eu la même chose.", "15 mars 2012"),
    ],
)
def test_real_identifiers_beside_them_still_block(lang: str, text: str, piece: str) -> None:
    found = _found(text, lang)
    assert any(sev == "block" and piece in frag for sev, frag in found), found


# Issue 16 (answers8): a clinical tool's capitalised name, a stage or version numeral, a maker after
# « Laboratoires », and a sentence opening with its subject left out ("Hope that helps") are no person.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ask about the Bristol Stool Chart at your appointment."),
        ("en", "The Epworth Sleepiness Scale is a short questionnaire."),
        ("en", "The Edinburgh Postnatal Depression Scale is used by health visitors."),
        ("en", "The Manchester Triage System decides how quickly you are seen."),
        ("fr", "Les critères de Rome IV décrivent le syndrome de l'intestin irritable."),
        ("fr", "Les Laboratoires Mayoly commercialisent ce produit."),
        ("en", "Hope that helps!"),
        ("en", "Hope you feel better soon."),
        ("en", "Walter Reed has a travel clinic for service members."),
        ("en", "Ask at the Elizabeth Garrett Anderson wing."),
        ("en", "Q: Will It Come Back? A: Sometimes, so keep the inhaler handy."),
    ],
)
def test_tools_numerals_makers_and_elliptic_openings_are_no_person(lang: str, text: str) -> None:
    assert [s for s, _ in _found(text, lang) if s == "block"] == []


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("en", "My patient Margaret Scale had the same.", "Margaret Scale"),
        ("en", "Your daughter Hope needs a check.", "Hope"),
        ("en", "Emma that you mentioned should see her GP.", "Emma"),
        ("en", "I saw Grace this morning and she is better.", "Grace"),
        ("en", "John Smith has a clinic appointment next week.", "John Smith"),
        ("en", "Dr Shah runs a clinic for this on Tuesdays.", "Shah"),
        ("en", "Sarah Jones has a cancer team looking after her.", "Sarah Jones"),
        ("en", "I Saw John Smith Today And He Is Better.", "John Smith"),
    ],
)
def test_names_beside_those_cues_still_block(lang: str, text: str, piece: str) -> None:
    assert ("block", piece) in _found(text, lang)


# Issue 16 (answers8): markdown (table pipes, heading hashes, bold stars) and numbered steps read as addresses,
# postcodes or names; a real address or a name in a table still blocks.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "| Symptom | What to do |\n|---|---|\n| Fever 38.5 | Paracetamol |\n| Rash | Glass test |",
        ),
        ("en", "### Section 2 Red Flags\nNew weakness: call 999."),
        ("en", "Step 1 — Rest\nStep 2 — Ice\nStep 3 — Compress"),
        ("en", "Level 2 Physio review, then a rheumatology clinic."),
        ("fr", "**Étape 1** – Repos.\n**Étape 2** – Glace 20 min."),
    ],
)
def test_markdown_and_steps_are_no_identifier(lang: str, text: str) -> None:
    assert [s for s, _ in _found(text, lang) if s == "block"] == []


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("en", "| Patient | Age |\n|---|---|\n| Margaret | 54 |", "Margaret"),
        ("en", "## Where to go\nThe clinic is at 12 Baker Street, London NW1 6XE.", "NW1 6XE"),
        ("fr", "**Adresse :** 15 rue de la Paix, 75002 Paris", "75002"),
    ],
)
def test_identifiers_in_markdown_still_block(lang: str, text: str, piece: str) -> None:
    assert ("block", piece) in _found(text, lang)


# Issue 16 (answers8): a line in another language inside the answer opens with a verb or a greeting, not a name.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Your abuela's remedies won't hurt, but see your doctor. Cuídese mucho."),
        ("en", "Rest and drink plenty. Muchas gracias por su pregunta."),
        ("en", "Bravo pour votre démarche. Well done for asking."),
    ],
)
def test_a_foreign_sentence_opening_is_no_name(lang: str, text: str) -> None:
    assert [s for s, _ in _found(text, lang) if s == "block"] == []


@pytest.mark.parametrize(
    ("lang", "text", "piece"),
    [
        ("en", "Su hija María tiene fiebre, llame al médico.", "María"),
        ("en", "Carlos tiene fiebre y tos desde ayer.", "Carlos"),
    ],
)
def test_a_name_in_a_foreign_sentence_still_blocks(lang: str, text: str, piece: str) -> None:
    # the marked words may run past the name (the anonymiser completes a name over unknown words that
    # follow it, here Spanish ones): what matters is that the answer blocks on a span holding the name
    assert any(severity == "block" and piece in found for severity, found in _found(text, lang))
