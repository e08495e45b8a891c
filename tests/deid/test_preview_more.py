"""deidpreview: the preview marks more of what the anonymiser misses (possible_more.py), and still never an
ordinary word or a medicine, in English and in French. The redaction itself is unchanged."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans, possible_identifiers


def marked(text: str, lang: str) -> set[str]:
    return {text[s.start : s.end] for s in possible_identifiers(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a name that is a rare word in the text's language (frequent in the other one), mid-sentence
        ("en", "The night carer Gaz called an ambulance when her sats dropped.", "Gaz"),
        ("fr", "On a fait une halte à Die avant la montée, et j'ai eu des vertiges.", "Die"),
        # a name at a sentence start, before a person's verb
        ("fr", "Doudou a dit que la toux passerait.", "Doudou"),
        # a hospital's acronym that is neither medicine nor a common abbreviation
        ("en", "My claim went to the office and the QMC lost my notes on my COPD.", "QMC"),
        ("fr", "Le CHIC m'a opérée de la vésicule, la cicatrice tire encore.", "CHIC"),
        # a flat number without a street
        ("en", "We moved to Flat 12 and my eczema flared.", "Flat 12"),
        ("fr", "On vit bâtiment C2 et mon asthme empire avec l'humidité.", "bâtiment C2"),
        # a month alone, which the date policy keeps: the patient decides
        ("en", "Next review June, is that too late for my thyroid?", "June"),
        ("fr", "Le rendez-vous est reporté à juin, ma thyroïde attendra ?", "juin"),
        # a lowercase family name right after a title
        ("fr", "le carnet de m. kerbrat dit que la tension reste haute", "kerbrat"),
    ],
)
def test_a_missed_identifier_is_marked(lang: str, text: str, value: str) -> None:
    assert value not in {text[s.start : s.end] for s in find_spans(text, lang)}
    assert value in marked(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I take Ramipril and my Lisinopril dose changed; my HbA1c is 48 and my GP is kind."),
        ("en", "The school holiday was fine but my knee hurts when I run, is it my ACL or my MCL?"),
        ("en", "Is my BMI too HIGH for IVF? My TSH was normal in the Summer."),
        ("fr", "Le matin je prends du Kardégic et de la Ventoline, la fatigue persiste."),
        ("fr", "Ma PPC me gêne la nuit et mon IMC a augmenté, faut-il un TDM ?"),
        ("fr", "Depuis la Rentrée, mon Asthme et ma Toux empirent le Soir."),
        # a cue word that is not just before the word, and a year (the policy keeps years)
        ("fr", "C'est pour ma fille, tension 14/9 depuis 2019."),
        ("en", "My son, nauseous since 2019, takes ondansetron."),
        # the words after a lowercase name are chained only when they are names, not verbs
        ("fr", "ma mamie tousse la nuit, elle est sous Ventoline."),
    ],
)
def test_ordinary_words_and_medicine_are_not_marked(lang: str, text: str) -> None:
    assert marked(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Summer said the QMC lost my notes. We live at Flat 3 in Mold since 2015."),
        ("fr", "pour m. kerbrat : le CHIC a perdu mon dossier, on vit bâtiment B depuis 2012."),
    ],
)
def test_the_redaction_is_unchanged(lang: str, text: str) -> None:
    """The preview tier never overlaps what find_spans redacts."""
    spans = find_spans(text, lang)
    for p in possible_identifiers(text, lang):
        assert not any(p.start < s.end and s.start < p.end for s in spans)
