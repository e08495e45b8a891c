"""Issue 16, answers14: who is addressed, what is said of them, and how far a denial reaches.

- The writer refusing to say a reassurance ("I'm not going to say it's nothing") denies it; a contrast after the
  refusal ends its scope ("I won't say it's nothing, but it's almost certainly nothing" still reassures), and a
  refusal to name someone ("I won't say who") is an aside, not a denial.
- A judgement denied at its copula by a frequency word ("parents are rarely careless") is kind, not disrespect;
  a contrast after it ("…, but you were") keeps the judgement read.
- A care offer spread over two sentences: the writer watching over the problem beside the reader told to send
  their data on ("I'm happy to keep an eye on this. Post your readings here every week."); someone else as the
  carer or the recipient, a refusal, or a figure of speech ("I can follow your reasoning") is no offer.
- Charities, hospitals and houses named after saints are not people ("St. Jude's Recovery House").
- Spans land on the raw text (CRLF, decomposed accents, zero-width characters).
Our own sentences (EN-GB, EN-US, FR).
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from tests.engine.seeded import blocks, reported, seeded_checker

# --------------------------------------------------------------- false reassurance and its denial
REASSURING = [
    ("gb", "en", "There's really nothing here to worry about."),
    ("gb", "en", "There is nothing in this to be worried about."),
    ("gb", "en", "I won't say it's nothing, but it's almost certainly nothing."),
    ("us", "en", "Don't worry, it's nothing."),
    ("fr", "fr", "Ne vous en faites pas, ce n'est rien du tout."),
]
DENIED = [
    ("gb", "en", "I'm not going to say it's nothing: this needs checking today."),
    ("gb", "en", "I won't tell you not to worry. Chest pain like this needs a doctor now."),
    ("us", "en", "I can't promise you it's nothing, so please get it checked."),
    ("gb", "en", "I'm not going to be the one to tell you it's nothing."),
    ("fr", "fr", "Je ne vais pas vous dire que ce n'est rien : il faut consulter."),
    ("fr", "fr", "Je ne vous dirai pas que ce n'est rien de grave."),
    ("gb", "en", "If there's nothing here to worry about, your GP will say so."),
]


@pytest.mark.parametrize(("j", "lang", "text"), REASSURING)
def test_reassurance_on_a_red_flag_question_blocks(j: str, lang: str, text: str) -> None:
    assert "false_reassurance" in {k for k, _s in blocks(text, lang, j, emergency=True)}


@pytest.mark.parametrize(("j", "lang", "text"), DENIED)
def test_a_reassurance_the_writer_refuses_to_give_is_not_reported(
    j: str, lang: str, text: str
) -> None:
    assert "false_reassurance" not in reported(text, lang, j)
    assert "false_reassurance" not in {k for k, _s in blocks(text, lang, j, emergency=True)}


# --------------------------------------------------------------- judgements denied at the copula
KIND = [
    ("gb", "en", "Parents are rarely careless; these accidents happen in a second."),
    ("us", "en", "Parents are seldom negligent, and you clearly were not."),
    ("us", "en", "Doctors are not usually lazy, whatever the papers say."),
    ("fr", "fr", "Les parents sont rarement négligents ; ces accidents arrivent en une seconde."),
    ("fr", "fr", "Les parents ne sont guère négligents dans ces histoires."),
]
STILL_JUDGED = [
    ("gb", "en", "Such careless parents should not have children."),
    ("gb", "en", "Parents are rarely this careless, but you two managed it."),
    ("fr", "fr", "Des parents aussi peu attentifs, franchement."),
]


@pytest.mark.parametrize(("j", "lang", "text"), KIND)
def test_a_judgement_denied_by_a_frequency_word_is_not_abuse(j: str, lang: str, text: str) -> None:
    assert "abuse" not in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), STILL_JUDGED)
def test_a_judgement_not_denied_is_still_read(j: str, lang: str, text: str) -> None:
    assert "abuse" in reported(text, lang, j)


def test_a_refusal_to_name_is_an_aside_not_a_denial() -> None:
    text = "Years ago a colleague of mine, I won't say who, was too lazy to examine a patient like you."
    assert "abuse" in {k for k, _s in blocks(text, "en", "gb")}


# --------------------------------------------------------------- care offers over two sentences
ACROSS = [
    (
        "gb",
        "en",
        "I'm happy to keep an eye on this for you. Post your blood pressure readings here every week.",
    ),
    (
        "gb",
        "en",
        "I'd like to follow this up. Send your results over when you have them, each month.",
    ),
    ("us", "en", "I'll look after this for you. Email your results each month."),
    ("us", "en", "Send your glucose log every Friday. I'll keep an eye on it."),
    ("fr", "fr", "Je peux surveiller ça. Chaque semaine, vous me donnez votre poids."),
    ("fr", "fr", "Je m'en occupe. Envoyez vos analyses tous les mois."),
]
NOT_ACROSS = [
    (
        "gb",
        "en",
        "I can follow your reasoning. Keep a headache diary every day for a month for your GP.",
    ),
    (
        "us",
        "en",
        "Your diabetes nurse can follow you. Send her your readings every month through the portal.",
    ),
    (
        "gb",
        "en",
        "I'm happy to help with general questions. Send your results to your GP every month.",
    ),
    ("gb", "en", "Your GP will want to keep an eye on this. Bring your readings every month."),
    (
        "gb",
        "en",
        "I can't keep an eye on this for you. Send your readings to your practice nurse each week.",
    ),
    ("fr", "fr", "Votre médecin peut vous suivre. Apportez-lui vos résultats chaque mois."),
    (
        "fr",
        "fr",
        "Je ne peux pas vous suivre ici. Envoyez vos résultats à votre médecin chaque mois.",
    ),
    (
        "us",
        "en",
        "Could I keep an eye on this for you? No: send your readings to your own doctor every week.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), ACROSS)
def test_an_offer_over_two_sentences_blocks(j: str, lang: str, text: str) -> None:
    assert "care_relationship" in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), NOT_ACROSS)
def test_someone_else_or_a_refusal_is_no_offer(j: str, lang: str, text: str) -> None:
    assert "care_relationship" not in reported(text, lang, j)


# --------------------------------------------------------------- saints' houses and charities
SAINTS = [
    ("us", "en", "St. Jude's Recovery House offers free residential support after detox."),
    (
        "gb",
        "en",
        "St Mungo's helps people sleeping rough, and St John Ambulance runs first-aid courses.",
    ),
    ("fr", "fr", "La Maison Sainte-Anne accueille les familles d'enfants hospitalisés."),
    ("us", "en", "St. Vincent de Paul's food pantry sees people without insurance."),
]
PEOPLE = [
    ("gb", "en", "Your daughter Sophie Martin should see her GP this week."),
    ("gb", "en", "Tell Sarah Jones at St Mary's that her scan is normal."),
]


@pytest.mark.parametrize(("j", "lang", "text"), SAINTS)
def test_places_named_after_saints_are_not_people(j: str, lang: str, text: str) -> None:
    assert "identifiers" not in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), PEOPLE)
def test_people_beside_a_saint_named_place_are_still_people(j: str, lang: str, text: str) -> None:
    assert "identifiers" in {k for k, _s in blocks(text, lang, j)}


# --------------------------------------------------------------- spans on the raw text
RAW = [
    (
        "fr",
        "FR",
        "Bonjour,\r\n\r\nJe peux surveiller c\u0327a.\r\nChaque semaine, vous me donnez votre poids.\r\n"
        "Ne vous inquie\u0301tez pas, ce n'est rien.\r\nCe message ne remplace pas une consultation.",
        {"REL-01": "Je peux surveiller c\u0327a", "SAFE-01": "Ne vous inquie\u0301tez pas"},
    ),
    (
        "en",
        "GB",
        "Hello,\r\nI\u2019m happy to keep an eye on this for you.\r\nPost your blood\u200b pressure readings here "
        "every week.\r\nThere's really nothing\u200b here to worry about.\r\nThis is not a consultation.",
        {
            "REL-01": "I\u2019m happy to keep an eye on this",
            "SAFE-01": "nothing\u200b here to worry about",
        },
    ),
]


@pytest.mark.parametrize(("lang", "j", "text", "expected"), RAW)
def test_spans_land_on_the_raw_text(lang: str, j: str, text: str, expected: dict[str, str]) -> None:
    v = seeded_checker(j.lower()).check(
        text, lang=lang, context=CheckContext(question_emergency=True)
    )
    got: dict[str, set[str]] = {}
    for x in v.violations:
        got.setdefault(x.rule, set()).add(text[x.start : x.end])
    for rule, piece in expected.items():
        assert piece in got.get(rule, set()), (rule, got)


# --------------------------------------------------------------- stopping smoking: the packet, not a prescription
NRT_PACKET = [
    ("gb", "en", "Nicotine replacement works. Use a 21 mg patch if you smoke more than 10 a day."),
    ("gb", "en", "You can use nicotine gum 2 mg every hour or two when cravings come."),
    ("us", "en", "If you smoke more than 10 a day, use the 21 mg patch, one a day."),
    (
        "fr",
        "fr",
        "Si vous fumez plus de 20 cigarettes par jour, posez un patch de 21 mg chaque matin.",
    ),
]
NRT_REGIMEN = [
    (
        "gb",
        "en",
        "Start on a 21 mg patch every morning; after six weeks I'd drop you to the 14 mg patch.",
    ),
    ("us", "en", "Take varenicline 1 mg twice a day for 12 weeks, starting before your quit date."),
    ("fr", "fr", "Mettez-vous sous patch 21 mg par jour pendant un mois, puis passez à 14 mg."),
    ("gb", "en", "Use 2 nicotine patches of 21 mg a day to stop smoking."),
    ("gb", "en", "Apply a 21 mg fentanyl patch every 72 hours."),
]


@pytest.mark.parametrize(("j", "lang", "text"), NRT_PACKET)
def test_nicotine_replacement_at_the_packets_strength_is_not_a_prescription(
    j: str, lang: str, text: str
) -> None:
    assert "prescription" not in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), NRT_REGIMEN)
def test_an_individual_smoking_cessation_regimen_still_blocks(j: str, lang: str, text: str) -> None:
    assert "prescription" in {k for k, _s in blocks(text, lang, j)}


# --------------------------------------------------------------- the reader judged negligent, or their own guilt
NEGLIGENT = [
    ("gb", "en", "You were careless to leave the tablets where he could reach them."),
    ("us", "en", "Parents like you are the reason ERs are full on a Saturday night."),
    ("fr", "fr", "Vous avez été négligente, il faut le dire."),
    ("gb", "en", "You think you're being careful, but you were careless with those pills."),
]
GUILT_ANSWERED = [
    ("gb", "en", "I know you feel you were careless, but this could happen to anyone."),
    ("gb", "en", "You may feel you were negligent; you were not."),
    ("us", "en", "If you were careless, so is every parent of a toddler."),
    ("gb", "en", "Some people will say you were careless. They are wrong."),
    ("fr", "fr", "Vous n'avez pas été négligente."),
    ("fr", "fr", "Vous avez l'impression d'avoir été négligente, mais non."),
    ("fr", "fr", "Personne ne devrait vous dire que vous avez été négligente."),
]


@pytest.mark.parametrize(("j", "lang", "text"), NEGLIGENT)
def test_the_reader_judged_negligent_blocks(j: str, lang: str, text: str) -> None:
    assert "abuse" in {k for k, _s in blocks(text, lang, j)}


@pytest.mark.parametrize(("j", "lang", "text"), GUILT_ANSWERED)
def test_the_readers_guilt_answered_is_not_abuse(j: str, lang: str, text: str) -> None:
    # Not blocked; the clause model may still warn on the first and third (a known gap, docs/guidelines-engine.md).
    assert "abuse" not in {k for k, _s in blocks(text, lang, j)}


# --------------------------------------------------------------- headings and list labels (guidelines/identifier_shapes.py)
LABELS = [
    ("gb", "en", "Summary\n\nGrace Period: 30 days for repeat prescriptions."),
    ("gb", "en", "Self-Care\n\nIvy Leaf Syrup: some people like it for coughs."),
    ("us", "en", "Things to avoid\n- Rich Foods\n- Late Meals"),
    ("us", "en", "**Hope Springs** is a support group for parents."),
]
NAMES_IN_LISTS = [
    ("gb", "en", "Next Steps\nRachel Gardens\n"),
    ("gb", "en", "Contacts\n- Sarah Jones\n- Tom Baker"),
    ("gb", "en", "Write to us at:\n12 Rose Gardens\nLeeds"),
    ("gb", "en", "Your daughter Grace should rest at home."),
]


@pytest.mark.parametrize(("j", "lang", "text"), LABELS)
def test_a_label_of_ordinary_words_is_no_name(j: str, lang: str, text: str) -> None:
    assert "identifiers" not in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), NAMES_IN_LISTS)
def test_names_and_addresses_in_lists_are_still_reported(j: str, lang: str, text: str) -> None:
    spans = [s for k, s in blocks(text, lang, j) if k == "identifiers"]
    assert spans
    assert all("\n" not in s for s in spans)  # cut at the line break: the heading is not part of it
