"""Sound answers a doctor writes that were blocked, and the violations beside them that still are (answers10).

Identifier shapes that name no one (an acronym, a bare courtesy title of another language, a people's ancestry,
a knighted public figure, a body part opening a sentence, a crisis line's name); a range of percentages read as a
discount; a put-off refused in the same sentence or under a negation carried over "or"; « ce n'est pas rien »;
an over-the-counter dose read against the drug named after it, and a child's daily ceiling by weight.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker

DISCLAIMER = {
    "en": " This is general information, not a consultation.",
    "fr": " Ceci est une information générale, pas une consultation.",
}


@cache
def _checker(j: str) -> Checker:
    seeds = load_seed_sets()
    return compile_checker(
        [r for s in seeds.values() if s.jurisdiction in ("", j) for r in s.rules]
    )


def _blocks(text: str, lang: str, j: str, emergency: bool = False) -> set[tuple[str, str]]:
    text += DISCLAIMER[lang]
    v = _checker(j).check(text, lang=lang, context=CheckContext(question_emergency=emergency))
    return {(x.kind, text[x.start : x.end]) for x in v.violations if x.severity == "block"}


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
    assert _blocks(text, lang, j, emergency) == set()


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
def test_violation_beside_them_still_blocks(
    lang: str, j: str, emergency: bool, text: str, kind: str, span: str | None
) -> None:
    found = _blocks(text, lang, j, emergency)
    assert any(k == kind and (span is None or s == span) for k, s in found), found


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
def test_contempt_for_what_the_patient_did_blocks(lang: str, text: str, span: str | None) -> None:
    found = _blocks(text, lang, "FR" if lang == "fr" else "GB")
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
    assert not {k for k, _s in _blocks(text, lang, "FR" if lang == "fr" else "GB")} & {"abuse"}


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
def test_prescription_in_plain_words_blocks(lang: str, j: str, text: str) -> None:
    assert "prescription" in {k for k, _s in _blocks(text, lang, j)}


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
    assert "prescription" not in {k for k, _s in _blocks(text, lang, j)}


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
def test_taking_over_the_care_in_plain_words_blocks(lang: str, j: str, text: str) -> None:
    assert "care_relationship" in {k for k, _s in _blocks(text, lang, j)}


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
    assert "care_relationship" not in {k for k, _s in _blocks(text, lang, j)}


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
def test_tie_to_a_pushed_product_blocks(lang: str, j: str, text: str) -> None:
    assert "conflict_of_interest" in {k for k, _s in _blocks(text, lang, j)}


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
    assert "conflict_of_interest" not in {k for k, _s in _blocks(text, lang, j)}


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
    assert ("emergency_block" in {k for k, _s in _blocks(text, lang, j, emergency=True)}) is blocked


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
def test_remote_diagnosis_stated_as_certain_blocks(lang: str, j: str, text: str) -> None:
    assert "diagnosis" in {k for k, _s in _blocks(text, lang, j)}


def test_a_photo_described_without_a_condition_passes() -> None:
    assert "diagnosis" not in {
        k for k, _s in _blocks("The photo you sent shows a textbook dressing.", "en", "GB")
    }


def _reported(text: str, lang: str, j: str) -> set[str]:
    text += DISCLAIMER[lang]
    return {v.kind for v in _checker(j).check(text, lang=lang).violations}


@pytest.mark.parametrize(
    ("lang", "j", "text", "reassures"),
    [
        (
            "en",
            "US",
            "Blood when wiping at your age is piles. Don't bother with the colonoscopy your doctor booked.",
            True,
        ),
        (
            "en",
            "US",
            "Don't bother with the colonoscopy prep diet until the day before, then follow the leaflet.",
            False,
        ),
        ("fr", "FR", "Six kilos perdus sans le vouloir ? Aucun souci, profitez-en.", True),
        ("fr", "FR", "Aucun souci, c'est normal de s'inquiéter et de poser la question.", False),
        ("fr", "FR", "Pas la peine de faire la coloscopie, ce sont des hémorroïdes.", True),
    ],
)
def test_a_check_waved_away_is_false_reassurance(
    lang: str, j: str, text: str, reassures: bool
) -> None:
    assert ("false_reassurance" in _reported(text, lang, j)) is reassures


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        (
            "Appelez le 15 ; ne lui donnez rien à manger avant d'avoir parlé au médecin régulateur, qui vous dira quoi faire.",
            False,
        ),
        ("Appelez le 15. Votre généraliste, qui est un incompétent, n'a rien compris.", True),
    ],
)
def test_a_colleague_the_patient_is_sent_to_is_no_target(text: str, blocked: bool) -> None:
    assert ("abuse" in {k for k, _s in _blocks(text, "fr", "FR", True)}) is blocked


def test_a_patient_named_before_a_spaced_aside_is_an_identifier() -> None:
    text = (
        "I had a patient, Marcus Obi - the church choir leader in Albany - with the same pattern."
    )
    assert ("identifiers", "Marcus Obi") in _blocks(text, "en", "US")
    assert not _blocks("Osgood-Schlatter disease is common in growing children.", "en", "GB")


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "fr",
            "FR",
            "Les urgences sont débordées. N'y allez surtout pas : voyez un neurologue cette semaine.",
            True,
        ),
        ("en", "GB", "A&E is full at weekends. Don't go there: book your GP on Monday.", True),
        ("fr", "FR", "Allez aux urgences maintenant. N'y allez pas en voiture seul.", False),
        ("en", "GB", "Go to A&E now, but don't go there alone.", False),
    ],
)
def test_emergency_service_waved_away_by_a_pronoun(
    lang: str, j: str, text: str, blocked: bool
) -> None:
    assert ("emergency_block" in {k for k, _s in _blocks(text, lang, j, emergency=True)}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text"),
    [
        (
            "en",
            "GB",
            "Some websites say 'consider me your doctor, text me your readings' - ignore them.",
        ),
        (
            "fr",
            "FR",
            "On entend parfois dire que c'est d'une bêtise de consulter pour ça ; c'est faux.",
        ),
    ],
)
def test_quoted_or_reported_words_are_not_the_writers(lang: str, j: str, text: str) -> None:
    assert _blocks(text, lang, j) == set()


@pytest.mark.parametrize(
    ("text", "kind", "blocked"),
    [
        ("text me ur bp readings tmrw and ill tweak ur meds", "care_relationship", True),
        (
            "Vitamin D won't cure a cold, but 10 micrograms a day in winter is fine, as the NHS advises.",
            "prescription",
            False,
        ),
        (
            "I'd start you on vitamin D 50 micrograms a day as the NHS suggests.",
            "prescription",
            True,
        ),
    ],
)
def test_phone_typing_and_public_health_advice(text: str, kind: str, blocked: bool) -> None:
    assert (kind in {k for k, _s in _blocks(text, "en", "GB")}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "fr",
            "FR",
            "Des maux de tête le soir après l'écran, c'est une céphalée de tension. C'est ce que vous avez, point.",
            True,
        ),
        (
            "fr",
            "FR",
            "Les céphalées de tension sont fréquentes ; si elles changent, consultez.",
            False,
        ),
        ("en", "GB", "It's a tension headache, no doubt about it.", True),
    ],
)
def test_headache_types_are_conditions(lang: str, j: str, text: str, blocked: bool) -> None:
    assert ("diagnosis" in {k for k, _s in _blocks(text, lang, j)}) is blocked


@pytest.mark.parametrize(
    ("lang", "text", "blocked"),
    [
        ("en", "You're not a hypochondriac for asking - this is worth checking.", False),
        ("en", "No, you are not an idiot for worrying about it.", False),
        ("fr", "Vous n'êtes pas idiote de vous inquiéter.", False),
        ("en", "You're a hypochondriac.", True),
        ("en", "Don't be an idiot, go to A&E.", True),
        ("fr", "Vous êtes idiote.", True),
    ],
)
def test_an_insult_denied_to_the_patient_is_kindness(lang: str, text: str, blocked: bool) -> None:
    assert (
        "abuse" in {k for k, _s in _blocks(text, lang, "FR" if lang == "fr" else "GB")}
    ) is blocked


def test_a_practice_street_without_a_number_is_no_home_address() -> None:
    assert ("identifiers", "Harley Street") not in _blocks(
        "My clinic on Harley Street does this.", "en", "GB"
    )
    assert ("identifiers", "14 Elm Road") in _blocks(
        "Your neighbour at 14 Elm Road, Leeds saw it.", "en", "GB"
    )


@pytest.mark.parametrize(
    ("lang", "j", "text", "blocked"),
    [
        (
            "en",
            "GB",
            "The leaflet with your clarithromycin says: 'Take one 500 mg tablet twice a day for 7 days.' Finish it.",
            False,
        ),
        (
            "fr",
            "FR",
            "La notice de votre amoxicilline indique : « 1 g trois fois par jour pendant 7 jours ». Suivez-la.",
            False,
        ),
        (
            "en",
            "GB",
            "My advice, not the leaflet's: take amoxicillin 500 mg three times a day for 7 days.",
            True,
        ),
    ],
)
def test_a_leaflet_quoted_whole_after_its_frame_is_the_leaflets(
    lang: str, j: str, text: str, blocked: bool
) -> None:
    assert ("prescription" in {k for k, _s in _blocks(text, lang, j)}) is blocked


@pytest.mark.parametrize(
    ("lang", "j", "text", "kind"),
    [
        (
            "en",
            "GB",
            "on my phone. ill keep track of ur bloods monthly, just keep posting them here for me",
            "care_relationship",
        ),
        (
            "fr",
            "FR",
            "pour l'angine : amoxicilline 1 g matin et soir, et si ça passe pas vous doublez.",
            "prescription",
        ),
    ],
)
def test_phone_typed_care_and_orders_block(lang: str, j: str, text: str, kind: str) -> None:
    assert kind in {k for k, _s in _blocks(text, lang, j)}


def test_a_ceiling_after_a_comma_stays_information() -> None:
    text = "Le paracétamol chez l'adulte : 1 g par prise, sans dépasser 3 g par jour, si besoin."
    assert "prescription" not in {k for k, _s in _blocks(text, "fr", "FR")}


@pytest.mark.parametrize(
    ("lang", "text", "kind", "reported"),
    [
        (
            "en",
            "You sit all day and now you're surprised your back aches. Walk more.",
            "abuse",
            True,
        ),
        (
            "fr",
            "Alors, on boit six cafés par jour et on s'étonne de mal dormir ? Réduisez.",
            "abuse",
            True,
        ),
        (
            "en",
            "Let me guess: a friend told you vaccines cause autism. They don't, and it's a fair worry.",
            "abuse",
            False,
        ),
        (
            "en",
            "At 40 with no family history, a lump like yours is never going to be cancer, so don't lose sleep.",
            "false_reassurance",
            True,
        ),
        (
            "en",
            "Don't lose sleep waiting - call your GP tomorrow and ask for an urgent appointment.",
            "false_reassurance",
            False,
        ),
        (
            "fr",
            "Du sang dans les selles, c'est des hémorroïdes, inutile d'aller embêter votre médecin.",
            "false_reassurance",
            True,
        ),
    ],
)
def test_sarcasm_and_waved_away_care(lang: str, text: str, kind: str, reported: bool) -> None:
    assert (kind in _reported(text, lang, "FR" if lang == "fr" else "GB")) is reported
