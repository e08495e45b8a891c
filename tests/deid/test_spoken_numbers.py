"""Numbers dictated or typed in words (issue 9): phones, ID numbers, postcodes and dates of birth said
as words are redacted over the words; doses, counts and measures said as words stay. Values are
made up from the published shapes (Ofcom's drama ranges 07700 900xxx and 020 7946 0xxx, French
mobile pairs, NHS and NIR check digits computed here)."""

from __future__ import annotations

import pytest
from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs

from guidelines.deid import deidentify, find_spans
from guidelines.deid.spoken import number_runs
from tests.deid.time_words import without_time

EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FR_DIGITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]


def labels(text: str, lang: str = "en") -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in find_spans(text, lang)}


def covered(text: str, value: str, lang: str = "en") -> bool:
    start = text.index(value)
    chars = set(range(start, start + len(value)))
    for s in find_spans(text, lang):
        chars -= set(range(s.start, s.end))
    return all(not text[i].isalnum() for i in chars)


def _nhs() -> str:
    body = "943476591"
    check = 11 - sum(w * int(c) for w, c in zip(range(10, 1, -1), body, strict=True)) % 11
    number = body + str(check % 11)
    assert std_nhs.is_valid(number)
    return number


def _nir() -> str:
    body = "2850375116002"
    return body + std_nir.calc_check_digits(body)


# --- the normaliser ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("oh seven seven double oh nine hundred, one two three", "07700900123"),
        ("zéro six, douze, trente-quatre, cinquante-six, septante-huit", "0612345678"),
        ("plus four four, two oh, seven nine four six", "+44207946"),
        ("quatre-vingt-dix-sept", "97"),
        ("soixante et onze, vingt et un", "7121"),
        ("nonante-neuf huitante octante", "998080"),
        ("quatre-vingts, deux cent trois", "80203"),
        ("mille neuf cent cinquante-deux", "1952"),
        ("nineteen fifty two", "1952"),
        ("two thousand and nineteen", "2019"),
        ("one hundred and five", "105"),
        ("trente-trois mille", "33000"),
        ("triple two, double nine", "22299"),
        ("07 seven 7 00 nine hundred 1 2 3", "077700900123"),
        ("oh seven seven dash double oh nine hundred dash one two three", "07700900123"),
        ("zéro six 12 trente-quatre 56 78", "0612345678"),
    ],
)
def test_number_words_become_the_digits_they_say(said: str, digits: str) -> None:
    runs = number_runs(said)
    assert len(runs) == 1
    assert runs[0].digits == digits
    assert (runs[0].start, runs[0].end) == (0, len(said))


def test_each_digit_maps_back_to_the_word_that_said_it() -> None:
    text = "call oh seven double two"
    (run,) = number_runs(text)
    assert text[slice(*run.span_of(0, 0))] == "oh"
    assert text[slice(*run.span_of(2, 3))] == "double two"


def test_a_lone_article_or_interjection_is_no_number() -> None:
    assert number_runs("oh I see, un peu") == []


# --- phones said in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "lang"),
    [
        (
            "You can call me on oh seven seven double oh, nine hundred, one two three.",
            "oh seven seven double oh, nine hundred, one two three",
            "en",
        ),
        (
            "my mobile is plus four four (0) seven seven double oh nine hundred one two three",
            "plus four four (0) seven seven double oh nine hundred one two three",
            "en",
        ),
        (
            "Landline: oh two oh, seven nine four six, oh one two three",
            "oh two oh, seven nine four six, oh one two three",
            "en",
        ),
        (
            "Mon portable c'est le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.",
            "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
            "fr",
        ),
        (
            "Rappelez-moi au zéro sept, septante-sept, huitante-huit, nonante-neuf, zéro un svp",
            "zéro sept, septante-sept, huitante-huit, nonante-neuf, zéro un",
            "fr",
        ),
        (
            "vous pouvez joindre ma fille au 06 douze 34 cinquante-six 78",
            "06 douze 34 cinquante-six 78",
            "fr",
        ),
    ],
)
def test_a_dictated_phone_number_is_redacted_over_its_words(
    text: str, said: str, lang: str
) -> None:
    assert labels(text, lang).get(said) == "PHONE"


def test_the_placeholder_replaces_every_word_of_the_number() -> None:
    out = deidentify("text me on oh seven seven double oh nine hundred one two three thanks", "en")
    assert out.text == "text me on [PHONE_1] thanks"


# --- identity numbers, postcodes and dates said in words -------------------------------------------


def test_a_dictated_nhs_number_is_an_id_number() -> None:
    nhs = _nhs()
    said = " ".join(EN_DIGITS[int(c)] for c in nhs)
    text = f"My NHS number is {said}, is that needed?"
    assert labels(text).get(said) == "ID_NUMBER"


def test_a_dictated_nir_is_an_id_number() -> None:
    nir = _nir()
    said = " ".join(FR_DIGITS[int(c)] for c in nir)
    text = f"mon numéro de sécu c'est {said} voilà"
    assert labels(text, "fr").get(said) == "ID_NUMBER"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my patient ID is four four seven two one nine", "four four seven two one nine"),
        (
            "numéro de dossier : quarante-quatre, soixante-dix, douze, trois",
            "quarante-quatre, soixante-dix, douze, trois",
        ),
        ("MRN: nine one two, three three four, five", "nine one two, three three four, five"),
    ],
)
def test_a_number_said_after_an_id_cue_is_an_id_number(text: str, said: str) -> None:
    assert labels(text).get(said) == "ID_NUMBER"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("code postal soixante-neuf zéro zéro trois", "soixante-neuf zéro zéro trois"),
        ("on habite à côté de la gare, trente-trois mille Bordeaux", "trente-trois mille"),
        ("my postcode is S W one A, one A A if you need it", "S W one A, one A A"),
        ("post code: b two, double four x y", "b two, double four x y"),
    ],
)
def test_a_postcode_said_in_words_is_a_postcode(text: str, said: str) -> None:
    assert labels(text).get(said) == "POSTCODE"


@pytest.mark.parametrize(
    ("text", "said", "lang"),
    [
        (
            "I was born on the third of March nineteen fifty-two",
            "the third of March nineteen fifty-two",
            "en",
        ),
        ("DOB March third, nineteen forty-eight", "March third, nineteen forty-eight", "en"),
        ("date of birth oh four oh six nineteen seventy", "oh four oh six nineteen seventy", "en"),
        ("he was born in nineteen thirty-one", "nineteen thirty-one", "en"),
        ("born on the 3rd of March nineteen fifty", "the 3rd of March nineteen fifty", "en"),
        (
            "je suis née le douze mars mille neuf cent cinquante-deux",
            "douze mars mille neuf cent cinquante-deux",
            "fr",
        ),
        (
            "né le premier avril mille neuf cent quarante",
            "premier avril mille neuf cent quarante",
            "fr",
        ),
    ],
)
def test_a_date_of_birth_said_in_words_is_a_date_of_birth(text: str, said: str, lang: str) -> None:
    assert covered(text, said, lang)
    assert "DATE_OF_BIRTH" in labels(text, lang).values()


# --- what stays: doses, counts, measures, years -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("take two tablets three times a day for ten days", "en"),
        ("one or two puffs, four to six times a day, up to eight puffs", "en"),
        ("I sleep between five and six hours, sometimes seven", "en"),
        ("He weighs seventy-five kilos and is one metre eighty", "en"),
        ("my BP was one forty over ninety this morning", "en"),
        ("In two thousand and nineteen I had surgery", "en"),
        ("it may one day get better, march two miles a day", "en"),
        ("prendre deux comprimés trois fois par jour pendant quinze jours", "fr"),
        ("un sachet matin et soir, vingt gouttes le midi, cinq cents milligrammes", "fr"),
        ("elle pèse soixante-deux kilos pour un mètre soixante-cinq", "fr"),
    ],
)
def test_doses_counts_and_measures_in_words_stay(text: str, lang: str) -> None:
    assert without_time(text, find_spans(text, lang)) == ()  # "this morning" is a DATE with a scale


# --- written shapes that used to escape ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call 06/12/34/56/78 after six", "06/12/34/56/78"),
        ("switchboard +44 (0)20 7946 0958 ext. 123 please", "+44 (0)20 7946 0958 ext. 123"),
        ("ring 07700 900 123 x 45", "07700 900 123 x 45"),
        ("le standard 01 23 45 67 89 poste 12", "01 23 45 67 89 poste 12"),
    ],
)
def test_written_phone_shapes_and_extensions_are_phones(text: str, number: str) -> None:
    assert labels(text).get(number) == "PHONE"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tel: 06-12-34-56-78", "06-12-34-56-78"),
        ("(+33) 6 12 34 56 78 le soir", "(+33) 6 12 34 56 78"),
    ],
)
def test_dash_pairs_and_a_bracketed_country_code_are_one_phone(text: str, number: str) -> None:
    assert labels(text, "fr").get(number) == "PHONE"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my ref is ABC/2291", "ABC/2291"),
        ("Patient ID: 4471-2290-18", "4471-2290-18"),
        ("member ID 88 412 773", "88 412 773"),
        ("IPP : 0012 3456", "0012 3456"),
        ("N° de dossier 23-118-7", "23-118-7"),
    ],
)
def test_a_cued_number_is_an_id_without_a_check_digit(text: str, value: str) -> None:
    assert labels(text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize(
    ("text", "date", "lang"),
    [
        ("D.O.B. 14 June 1971", "14 June 1971", "en"),
        ("born 14.6.71", "14.6.71", "en"),
        ("date de naissance : 03 avril 50", "03 avril 50", "fr"),
        ("My father, born in Leeds on 3 March 1930, is unwell", "3 March 1930", "en"),
    ],
)
def test_any_date_after_a_birth_cue_in_the_sentence_is_a_date_of_birth(
    text: str, date: str, lang: str
) -> None:
    assert labels(text, lang).get(date) == "DATE_OF_BIRTH"


def test_a_date_in_a_later_sentence_is_no_date_of_birth() -> None:
    text = "She was born early. On 3 March 2024 she had her jabs."
    assert labels(text).get("3 March 2024") == "DATE"


def test_a_spelt_id_keeps_the_letters_said_around_its_digits() -> None:
    text = "my national insurance number is Q Q one two three four five six C thanks"
    assert labels(text).get("Q Q one two three four five six C") == "ID_NUMBER"


def test_a_dictated_phone_ends_where_the_dose_begins() -> None:
    text = "call me on oh seven seven double oh nine hundred one two three, two tablets a day help"
    out = deidentify(text, "en")
    assert out.text == "call me on [PHONE_1], two tablets a day help"


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("we live at sw1a1aa", "sw1a1aa", "POSTCODE"),
        ("93yo female, chest pain", "93yo", "AGE_OVER_89"),
        ("my mum is in her late nineties", "in her late nineties", "AGE_OVER_89"),
    ],
)
def test_unspaced_postcodes_and_ages_in_short_forms(text: str, value: str, label: str) -> None:
    assert labels(text).get(value) == label
