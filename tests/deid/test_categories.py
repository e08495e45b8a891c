"""Each identifier category, in English and French, including the hard cases named in issue 3."""

from __future__ import annotations

import itertools

import pytest
from stdnum import luhn
from stdnum.fr import nir as std_nir

from guidelines.deid import LABELS, deidentify, find_spans
from tests.deid.time_words import without_time


def found(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in find_spans(text, lang)}


def redacted(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


def _valid_nir() -> str:
    body = "2850578006084"
    return body + std_nir.calc_check_digits(body)


def _valid_rpps() -> str:
    body = "1000123456"
    return body + luhn.calc_check_digit(body)


POSITIVES = [
    # persons: introductions, relatives, titles, lowercase, word-like names, many cultures
    ("en", "Hi, my name is Sarah Johnson and I have a rash.", "Sarah Johnson", "PERSON"),
    ("en", "my name is kwabena and i get headaches", "kwabena", "PERSON"),
    ("en", "My son Tom has had a fever for 3 days.", "Tom", "PERSON"),
    ("en", "my daughter Grace keeps coughing at night", "Grace", "PERSON"),
    ("en", "my son Will is 6 and has asthma", "Will", "PERSON"),
    ("en", "My wife, Rose, was diagnosed last week.", "Rose", "PERSON"),
    ("en", "My GP Dr Okonkwo prescribed amoxicillin.", "Okonkwo", "PERSON"),
    ("en", "I saw Dr. Priya Patel yesterday about my knee.", "Priya Patel", "PERSON"),
    ("en", "Mrs Nguyen at the surgery said it was fine.", "Nguyen", "PERSON"),
    ("en", "Thanks for your help,\nMohammed Al-Sayed", "Mohammed Al-Sayed", "PERSON"),
    ("en", "me and aisha went to the walk-in centre", "aisha", "PERSON"),
    ("fr", "Bonjour, je m'appelle Julie Martin et j'ai mal au dos.", "Julie Martin", "PERSON"),
    ("fr", "ma fille Léa tousse depuis trois jours", "Léa", "PERSON"),
    ("fr", "mon fils pierre a de la fièvre", "pierre", "PERSON"),
    ("fr", "Le Dr Lefèvre m'a prescrit du Doliprane.", "Lefèvre", "PERSON"),
    ("fr", "J'ai vu Mme Diallo hier pour mon bilan.", "Diallo", "PERSON"),
    ("fr", "Cordialement,\nNathalie Dubois", "Nathalie Dubois", "PERSON"),
    ("fr", "mon mari Jean-Pierre fait de l'hypertension", "Jean-Pierre", "PERSON"),
    # dates and dates of birth
    ("en", "The pain started on 3 March 2021.", "3 March 2021", "DATE"),
    ("en", "I had surgery on March 3rd, 2021 and it went well", "March 3rd, 2021", "DATE"),
    ("en", "I was born on 03/04/1985.", "03/04/1985", "DATE_OF_BIRTH"),
    ("en", "DOB: 12.07.1990, female", "12.07.1990", "DATE_OF_BIRTH"),
    ("fr", "J'ai été opérée le 3 mars 2021 à l'hôpital.", "3 mars 2021", "DATE"),
    ("fr", "Je suis née le 1er janvier 1980.", "1er janvier 1980", "DATE_OF_BIRTH"),
    ("fr", "prise de sang le 12/03 ce matin", "12/03", "DATE"),
    # ages over 89
    ("en", "My grandmother is a 92 year old woman with dementia.", "92 year old", "AGE_OVER_89"),
    ("en", "my dad, aged 95, fell last night", "95", "AGE_OVER_89"),
    ("fr", "Ma grand-mère a 93 ans et elle chute souvent.", "93 ans", "AGE_OVER_89"),
    # phones
    ("en", "Call me on 07700 900123 after 5pm.", "07700 900123", "PHONE"),
    ("en", "my number is (415) 555-0132", "(415) 555-0132", "PHONE"),
    ("en", "ring 020 7946 0958 please", "020 7946 0958", "PHONE"),
    ("fr", "Mon numéro : 06 12 34 56 78.", "06 12 34 56 78", "PHONE"),
    ("fr", "joignable au +33 (0)6 12 34 56 78", "+33 (0)6 12 34 56 78", "PHONE"),
    ("fr", "tel 06.12.34.56.78 le soir", "06.12.34.56.78", "PHONE"),
    # emails including obfuscated forms
    ("en", "email me at jane.doe@gmail.com", "jane.doe@gmail.com", "EMAIL"),
    (
        "en",
        "write to jane dot doe at gmail dot com thanks",
        "jane dot doe at gmail dot com",
        "EMAIL",
    ),
    ("en", "contact: j.smith [at] outlook [dot] com", "j.smith [at] outlook [dot] com", "EMAIL"),
    ("fr", "mon mail jean.dupont(at)orange(dot)fr", "jean.dupont(at)orange(dot)fr", "EMAIL"),
    (
        "fr",
        "écrivez à marie.durand arobase free point fr",
        "marie.durand arobase free point fr",
        "EMAIL",
    ),
    # URLs, handles, IPs
    (
        "en",
        "I posted photos on https://imgur.com/a/xY12z yesterday",
        "https://imgur.com/a/xY12z",
        "URL",
    ),
    ("en", "follow me @sarah_j_1988 on twitter", "@sarah_j_1988", "URL"),
    ("en", "my blog www.janesjourney.co.uk talks about it", "www.janesjourney.co.uk", "URL"),
    ("en", "the portal logged my IP 192.168.10.24 when it failed", "192.168.10.24", "IP_ADDRESS"),
    # addresses, postcodes, cities
    ("en", "We live at 12 Baker Street, London NW1 6XE.", "12 Baker Street", "ADDRESS"),
    ("en", "We live at 12 Baker Street, London NW1 6XE.", "NW1 6XE", "POSTCODE"),
    ("en", "We live at 12 Baker Street, London NW1 6XE.", "London", "CITY"),
    ("en", "I live near Reading station", "Reading", "CITY"),
    ("en", "we moved to Bath last year", "Bath", "CITY"),
    ("en", "Send it to 1600 Pennsylvania Ave, Washington, DC 20500", "20500", "POSTCODE"),
    ("fr", "J'habite 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix", "ADDRESS"),
    ("fr", "J'habite 12 rue de la Paix, 75002 Paris.", "75002", "POSTCODE"),
    ("fr", "J'habite 12 rue de la Paix, 75002 Paris.", "Paris", "CITY"),
    ("fr", "au 4 bd Haussmann depuis 2010", "4 bd Haussmann", "ADDRESS"),
    ("fr", "je vis à Nice depuis dix ans", "Nice", "CITY"),
    ("fr", "on habite près de Tours", "Tours", "CITY"),
    ("fr", "originaire d'Orange, je vis à Lyon", "Lyon", "CITY"),
    # organisations
    ("en", "I work at Tesco on night shifts", "Tesco", "ORGANIZATION"),
    ("en", "She was treated at St Mary's Hospital in May.", "St Mary's Hospital", "ORGANIZATION"),
    (
        "en",
        "he is under Great Ormond Street Hospital",
        "Great Ormond Street Hospital",
        "ORGANIZATION",
    ),
    ("fr", "suivie à l'Institut Curie pour un cancer", "Institut Curie", "ORGANIZATION"),
    ("fr", "mon fils est au lycée Victor Hugo", "lycée Victor Hugo", "ORGANIZATION"),
    ("fr", "hospitalisé au CHU de Nantes", "CHU de Nantes", "ORGANIZATION"),
    ("fr", "je travaille chez Carrefour", "Carrefour", "ORGANIZATION"),
    # identification numbers
    ("en", "My NHS number is 943 476 5919.", "943 476 5919", "ID_NUMBER"),
    ("en", "SSN 078-05-1120 was on the form", "078-05-1120", "ID_NUMBER"),
    ("en", "hospital number MRN: A1234567", "A1234567", "ID_NUMBER"),
    ("en", "passport no. 123456789", "123456789", "ID_NUMBER"),
    ("fr", "numéro de dossier 2021-004512", "2021-004512", "ID_NUMBER"),
    ("fr", "IPP 00123456 au CHU", "00123456", "ID_NUMBER"),
    (
        "fr",
        "IBAN FR76 3000 6000 0112 3456 7890 189 pour le remboursement",
        "FR76 3000 6000 0112 3456 7890 189",
        "ID_NUMBER",
    ),
    # A bank code in letters puts the first long digit run ten characters after the IBAN's start
    # (blind21 leaked "GB95 BARC …" twice): each is found whole, spaced or compact.
    (
        "en",
        "My bank is GB95 BARC 2003 8043 8976 23, they paid someone else",
        "GB95 BARC 2003 8043 8976 23",
        "ID_NUMBER",
    ),
    (
        "en",
        "Please reimburse to GB82WEST12345698765432 by Friday",
        "GB82WEST12345698765432",
        "ID_NUMBER",
    ),
    ("fr", "Virement sur NL91 ABNA 0417 1643 00 svp", "NL91 ABNA 0417 1643 00", "ID_NUMBER"),
    (
        "en",
        "Refund to IE29 AIBK 9311 5212 3456 78 please",
        "IE29 AIBK 9311 5212 3456 78",
        "ID_NUMBER",
    ),
]


@pytest.mark.parametrize(("lang", "text", "value", "label"), POSITIVES)
def test_identifier_is_found_with_its_label(lang: str, text: str, value: str, label: str) -> None:
    assert (value, label) in found(text, lang)


def test_nir_with_valid_key_is_an_id_number() -> None:
    nir = _valid_nir()
    spaced = f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
    text = f"mon numéro de sécu est le {spaced} voilà"
    assert (spaced, "ID_NUMBER") in found(text, "fr")
    assert (nir, "ID_NUMBER") in found(f"NIR {nir}", "fr")


def test_rpps_number_is_an_id_number() -> None:
    rpps = _valid_rpps()
    assert (rpps, "ID_NUMBER") in found(f"mon médecin, RPPS {rpps}, a signé", "fr")


MEDICAL_SURVIVES = [
    ("en", "My mother had Parkinson's for ten years.", "Parkinson's"),
    ("en", "I was diagnosed with Crohn's disease in my twenties.", "Crohn's"),
    ("en", "Could this be Hashimoto thyroiditis?", "Hashimoto"),
    ("en", "my dad has Alzheimer and gets confused", "Alzheimer"),
    ("en", "Raynaud's makes my fingers go white", "Raynaud's"),
    ("en", "I take 500 mg paracetamol 2x/day", "500 mg"),
    ("en", "BP was 120/80 this morning", "120/80"),
    ("en", "I'm 34+2 weeks pregnant", "34+2 weeks"),
    ("en", "My ICD code is E11.9 on the letter", "E11.9"),
    ("en", "metformin 1-0-1 since last year", "1-0-1"),
    ("en", "I have Bell's palsy on the left side", "Bell's palsy"),
    ("en", "He has Down syndrome and a heart murmur", "Down syndrome"),
    ("en", "HbA1c was 7.2% and TSH 4.5", "HbA1c was 7.2% and TSH 4.5"),
    ("en", "I'm 45 years old with chest pain", "45 years old"),
    ("fr", "Tension à 14/9 ce matin", "14/9"),
    ("fr", "enceinte de 12 SA, nausées", "12 SA"),
    ("fr", "ma mère a la maladie de Parkinson", "Parkinson"),
    ("fr", "syndrome de Raynaud depuis l'hiver", "Raynaud"),
    ("fr", "maladie de Basedow traitée par Néomercazole", "Basedow"),
    ("fr", "Doliprane 1000 mg 3 fois par jour", "Doliprane 1000 mg"),
    ("fr", "j'ai 34 ans et des migraines", "34 ans"),
]


@pytest.mark.parametrize(("lang", "text", "kept"), MEDICAL_SURVIVES)
def test_medical_content_survives_redaction(lang: str, text: str, kept: str) -> None:
    assert kept in redacted(text, lang)


HARD_NEGATIVES = [
    ("en", "I watched Dr House on TV and now I'm worried about lupus."),
    ("en", "I was reading a leaflet about sepsis."),
    ("en", "I will take a bath tonight if the fever drops."),
    ("en", "I may need a second opinion."),
    ("en", "My friend gave me an orange and some grace period."),
    ("fr", "Ça m'a fait du bien de prendre l'air, c'est nice."),
    ("fr", "Les tours de taille augmentent depuis des mois."),
    ("en", "The hospital said I need a scan."),
    ("fr", "L'hôpital m'a rappelé pour l'IRM."),
]


@pytest.mark.parametrize(("lang", "text"), HARD_NEGATIVES)
def test_hard_negatives_are_left_alone(lang: str, text: str) -> None:
    assert without_time(text, find_spans(text, lang)) == ()  # "tonight" is a DATE with a scale


def test_placeholders_are_numbered_per_label_and_reused() -> None:
    text = "My son Tom and my daughter Emma. Tom is 4; tom sleeps badly. Call 07700 900123."
    result = deidentify(text)
    assert result.text == (
        "My son [PERSON_1] and my daughter [PERSON_2]. [PERSON_1] is 4; [PERSON_1] sleeps badly. Call [PHONE_1]."
    )


def test_spans_are_sorted_disjoint_and_labelled() -> None:
    text = "je m'appelle Julie Martin, née le 3 mars 1950, 12 rue de la Paix 75002 Paris, 06 12 34 56 78"
    spans = find_spans(text, "fr")
    assert spans
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert all(s.label in LABELS for s in spans)


def test_other_languages_fall_back_to_english_rules() -> None:
    assert find_spans("my name is Sarah Johnson", "de") == find_spans(
        "my name is Sarah Johnson", "en"
    )


def test_empty_text_gives_empty_result() -> None:
    result = deidentify("")
    assert result.text == ""
    assert result.spans == ()
