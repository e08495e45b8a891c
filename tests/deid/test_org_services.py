"""What a doctor reads after the anonymiser (deid29): operators, public bodies and groups named by the
service they run, by their French kind over their town, by initials as subjects (names/org_services.py,
names/complete.py, names/org_acts.py); medicine, people and the older conventions untouched. Sentences
invented here, none from a held-out set (the names are invented or ordinary)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans, possible_identifiers


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        (
            "La municipalité de Kasserine a coupé l'eau, ma mère diabétique a fait un malaise.",
            "fr",
            "municipalité",
        ),
        (
            "Mon fils est à l'athénée royal de Braine-le-Comte et a oublié son inhalateur.",
            "fr",
            "athénée",
        ),
        (
            "Je répète avec l'Ensemble vocal de Rixensart malgré ma laryngite.",
            "fr",
            "Ensemble vocal",
        ),
        (
            "Elle chante au chœur de l'université Jean-Monnet et tousse depuis un mois.",
            "fr",
            "chœur",
        ),
        ("La chorale Sainte-Gudule répète, je suis sous anticoagulant.", "fr", "chorale"),
        (
            "La chorale Au Fil des Voix part en tournée ; l'avion avec une BPCO ?",
            "fr",
            "Fil des Voix",
        ),
        ("L'OPH de Bobigny ne traite pas les punaises de lit.", "fr", "OPH"),
        ("Le CCAS de Hennebont me propose un portage de repas.", "fr", "CCAS"),
        (
            "Le comité des fêtes de Plouvorn sert des huîtres, j'ai un Crohn.",
            "fr",
            "comité des fêtes",
        ),
        (
            "Je suis suivie à la maison médicale de Kervignac mais personne ne prescrit.",
            "fr",
            "Kervignac",
        ),
        ("Ma fille va au club de voile de Kerbrat et a une otite.", "fr", "Kerbrat"),
        ("TEC, gare de Marchienne : le chauffeur a refusé mon fauteuil.", "fr", "TEC"),
        ("La STIB m'a verbalisé pendant un malaise hypoglycémique.", "fr", "STIB"),
        (
            "L'URSSAF et la CARSAT me réclament des papiers pendant ma chimiothérapie.",
            "fr",
            "URSSAF",
        ),
        ("Complaint sent to TfL about the lift; my COPD makes stairs impossible.", "en", "TfL"),
        ("HMRC and DWP both want forms and my fatigue is terrible.", "en", "DWP"),
        ("NIHE still hasn't fixed the damp and my son's asthma is worse.", "en", "NIHE"),
        ("The Brennock Buses driver braked hard and I hit my head.", "en", "Brennock"),
        ("Farrowdale Lettings wants me out during chemotherapy.", "en", "Farrowdale"),
        ("I sing with the Pontcarreg Male Voice Choir and my voice is hoarse.", "en", "Pontcarreg"),
        ("My son rows for Tamar Amateur Rowing Club and his back hurts.", "en", "Tamar"),
        ("Kestrelbay Water cut the supply and I couldn't run my dialysis.", "en", "Kestrelbay"),
        ("Arrowline fired my dad after his stroke.", "en", "Arrowline"),
        (
            "The Glenwarrick staff at Aberfoyle Central station called an ambulance.",
            "en",
            "Central",
        ),
    ],
)
def test_organisation_is_hidden(text: str, lang: str, hidden: str) -> None:
    assert hidden not in shown(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("The ECG and MRI both said nothing abnormal.", "en", "ECG"),
        ("The MRI staff were kind but my knee still hurts.", "en", "MRI"),
        ("My Ventolin inhaler and the Libre sensor both ran out.", "en", "Ventolin"),
        ("The Dexcom app says my sugar is high.", "en", "Dexcom"),
        ("Should I stop my ramipril before the operation?", "en", "Should I"),
        ("I was sent to ICU after the surgery.", "en", "ICU"),
        ("Mum and Dad both want me home.", "en", "Mum and Dad"),
        ("TSH and T4 both said normal.", "en", "TSH"),
        ("Le Doliprane et le Spasfon me réclament un avis ?", "fr", "Spasfon"),
        ("Nous sommes allés ensemble de Paris à Lyon pour l'IRM.", "fr", "ensemble de"),
        ("La maison de Paul est humide et mon asthme empire.", "fr", "La maison de"),
        ("J'ai une maison médicale de garde près de chez moi.", "fr", "maison médicale de garde"),
        ("I take Sparkling Water with my tablets.", "en", "Sparkling Water"),
        ("I'm Ana, CURP ROMA921105MDFDRN06 from Mexico.", "en", "CURP"),
    ],
)
def test_medicine_and_words_are_kept(text: str, lang: str, kept: str) -> None:
    assert kept in shown(text, lang)


def test_a_town_after_a_lowercase_club_stays_a_town_and_the_club_is_offered_to_the_patient() -> (
    None
):
    # the older held-out writers mark the town alone: « club de judo de [Mulhouse] »
    text = "Mon fils va au club de judo de Mulhouse le samedi."
    spans = find_spans(text, "fr")
    assert [(text[s.start : s.end], s.label) for s in spans if s.label != "DATE"] == [
        ("Mulhouse", "CITY")
    ]
    offered = [text[s.start : s.end] for s in possible_identifiers(text, "fr")]
    assert "club de judo de" in offered


def test_a_capitalised_kind_is_part_of_the_name() -> None:
    text = "Il joue au Racing Club de Strasbourg et a mal au genou."
    assert [text[s.start : s.end] for s in find_spans(text, "fr")] == ["Racing Club de Strasbourg"]


def test_initials_before_a_town_are_one_body() -> None:
    text = "CFF Yverdon : malaise dans le train, on m'a parlé de tachycardie."
    spans = find_spans(text, "fr")
    assert (spans[0].start, spans[0].end, spans[0].label) == (0, 11, "ORGANIZATION")
    assert "tachycardie" in shown(text, "fr")
