"""The "possible identifier" tier shown to the patient before sending: recall-first, never medicine,
never overlapping what the anonymiser already redacts."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from guidelines.deid import find_spans, possible_identifiers

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "deid" / "dev.jsonl"


def possible(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.label) for s in possible_identifiers(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        # a lowercase unknown word without a cue (capitalised unknown words at a sentence start,
        # "Siosaia has a cough", are now redacted by the statistical tagger)
        ("en", "had lunch with tavita and now my stomach hurts", "tavita", "PERSON"),
        # a long number without a cue: maybe an ID
        ("fr", "numéro 4521 8890 1234 svp", "4521 8890 1234", "ID_NUMBER"),
    ],
)
def test_flags_what_the_anonymiser_left(lang: str, text: str, value: str, label: str) -> None:
    assert (value, label) in possible(text, lang)
    assert value not in {text[s.start : s.end] for s in find_spans(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I take Metformin 500 mg twice a day and Ramipril at night."),
        ("en", "She has Parkinson's and Crohn's disease; her HbA1c is 48."),
        ("fr", "Je prends du Doliprane 1000 et du Kardégic 75 depuis 2019."),
        ("en", "My BP was 120/80 at 14h30, weight 82 kg, 10000 steps a day."),
        ("en", "Yesterday I felt dizzy. Tonight it is worse. Should I go to A&E?"),
        ("en", "I'm worried, I've read PMID 28123456 and NCT01234567 about it."),
        ("fr", "Pouvez-vous m'aider ? Est-ce grave ? Peut-on attendre ?"),
    ],
)
def test_medicine_and_ordinary_words_are_not_flagged(lang: str, text: str) -> None:
    assert possible(text, lang) == set()


def test_lowercase_known_first_name() -> None:
    text = "went to the shop with kwabena and then the rash came back"
    spans = {text[s.start : s.end] for s in find_spans(text)} | {v for v, _ in possible(text)}
    assert "kwabena" in spans


def test_label_follows_context() -> None:
    text = "we moved to Zlatograd last year"
    both = {(text[s.start : s.end], s.label) for s in find_spans(text)} | possible(text)
    assert ("Zlatograd", "CITY") in both


def test_empty_text() -> None:
    assert possible_identifiers("") == ()


def test_contract_on_the_development_corpus() -> None:
    """Sorted, non-overlapping, inside the text, disjoint from find_spans; medicine never flagged."""
    medical_flags = fragments = 0
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text, lang = rec["text"], rec["lang"]
        sure = find_spans(text, lang)
        maybe = possible_identifiers(text, lang)
        fragments += len(rec["medical"])
        assert list(maybe) == sorted(maybe, key=lambda s: s.start)
        for a, b in itertools.pairwise(maybe):
            assert a.end <= b.start
        for s in maybe:
            assert 0 <= s.start < s.end <= len(text)
            assert not any(s.start < t.end and t.start < s.end for t in sure)
            medical_flags += any(s.start < m["end"] and m["start"] < s.end for m in rec["medical"])
    assert medical_flags <= 0.01 * fragments  # at most 1 % of medical fragments shown as names


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "We moved here three weeks ago and the cough started then.", "three weeks ago"),
        ("en", "I had glandular fever last spring, is this related?", "last spring"),
        ("en", "He had gout the week before last, now his knee is red.", "the week before last"),
        ("en", "I fly to Japan next month, which jabs do I need?", "next month"),
        ("fr", "Arrivée il y a trois semaines, j'ai une toux qui traîne.", "il y a trois semaines"),
        ("fr", "Absente la semaine dernière, elle tousse encore.", "la semaine dernière"),
        ("fr", "Hospitalisée l'automne dernier pour une pneumonie.", "l'automne dernier"),
        ("fr", "Il part à Santiago dans quinze jours, quels vaccins ?", "dans quinze jours"),
    ],
)
def test_time_phrases_once_offered_to_the_patient_are_now_redacted_with_a_scale(
    lang: str, text: str, phrase: str
) -> None:
    # Since 2026-12-06 they are DATE spans ("[DATE_1 · weeks ago]"), so the preview no longer asks about them.
    assert (phrase, "DATE") not in possible(text, lang)
    assert phrase in {text[s.start : s.end] for s in find_spans(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since yesterday I have chest pain and this morning I vomited."),
        ("en", "Last night the fever was 39, today it is 38. I slept badly tonight."),
        ("fr", "Depuis hier soir j'ai mal, ce matin j'ai vomi, cette nuit aussi."),
        ("fr", "Depuis avant-hier il tousse, cette semaine c'est pire."),
        ("en", "The pain has lasted for three weeks and comes every two days."),
    ],
)
def test_the_days_around_the_post_and_durations_are_not_marked(lang: str, text: str) -> None:
    # They date the symptoms a doctor must read; asking about each would hide acute timing.
    assert not {v for v, label in possible(text, lang) if label == "DATE"}
