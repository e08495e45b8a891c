"""Evasions (look-alikes, zero-width characters, spacing) are caught, and spans point into the original text."""

from __future__ import annotations

import pytest

from guidelines.engine import normalise

from .helpers import violations

ZW = "\u200b"


@pytest.mark.parametrize(
    ("text", "lang", "needle"),
    [
        # Cyrillic о and а inside "gmail.com"
        ("Write to jo.smith@gmаil.cоm tonight.", "en", "jo.smith@gmаil.cоm"),
        # zero-width spaces inside the address
        (f"Write to jo.smith@gm{ZW}ail{ZW}.com tonight.", "en", f"jo.smith@gm{ZW}ail{ZW}.com"),
        # fullwidth digits
        ("Call ０７７００ ９００１２３ tonight.", "en", "０７７００ ９００１２３"),
        # digits split by zero-width joiners and dots
        ("Appelez le 06\u200d.12\u200d.34.56.78 demain.", "fr", "06\u200d.12\u200d.34.56.78"),
        # spaced-out digits
        ("Texte au 0 6 1 2 3 4 5 6 7 8 le soir.", "fr", "0 6 1 2 3 4 5 6 7 8"),
        # "gmail dot com" and "[at]"
        ("My address: jo.smith [at] gmail [dot] com", "en", "jo.smith [at] gmail [dot] com"),
        (
            "Mon adresse : jean.dupont arobase gmail point com",
            "fr",
            "dupont arobase gmail point com",
        ),
        # "DM me" hidden with look-alike letters (Cyrillic М) and a zero-width space
        (f"Just D{ZW}М me.", "en", f"D{ZW}М me"),
        # letters spaced out around the "@"
        (
            "Write to j o h n . s m i t h @ g m a i l . c o m today",
            "en",
            "j o h n . s m i t h @ g m a i l . c o m",
        ),
        # "écrivez-moi" written with a combining accent and a non-breaking hyphen
        ("E\u0301crivez\u2011moi directement.", "fr", "E\u0301crivez\u2011moi"),
    ],
)
def test_contact_evasions_are_caught_with_original_spans(text: str, lang: str, needle: str) -> None:
    found = violations("contact_solicitation", text, lang)
    assert found, text
    spans = {text[v.start : v.end] for v in found}
    assert needle in spans or any(needle in s or (s in needle and len(s) > 4) for s in spans), spans


def test_lookalike_letters_in_overclaiming_are_caught() -> None:
    text = "This is guаrаnteed to work."  # Cyrillic а
    (v,) = violations("overclaiming", text)
    assert text[v.start : v.end] == "guаrаnteed"


def test_zero_width_inside_forbidden_phrase_is_caught_and_span_is_original() -> None:
    text = f"Try our na{ZW}tural cu{ZW}re today."
    (v,) = violations("forbidden_phrase", text, params={"phrases": ["natural cure"]})
    assert text[v.start : v.end] == f"na{ZW}tural cu{ZW}re"


def test_fullwidth_link_is_caught() -> None:
    text = "Voir ｂｉｔ.ｌｙ/abc pour la suite."
    (v,) = violations("link_policy", text, "fr")
    assert text[v.start : v.end] == "ｂｉｔ.ｌｙ/abc"


def test_normalise_keeps_a_map_to_original_offsets() -> None:
    original = f"é{ZW}ﬁ ０６ Ｘ"
    norm = normalise(original)
    assert norm.text == "éfi 06 X"
    # "fi" came from the single ligature at original index 2
    i = norm.text.index("fi")
    assert norm.to_original(i, i + 2) == (2, 3)
    assert norm.to_original(i + 1, i + 2) == (2, 3)
    j = norm.text.index("06")
    assert original[slice(*norm.to_original(j, j + 2))] == "０６"


def test_normalise_composes_combining_accents() -> None:
    original = "E\u0301crivez-moi"
    norm = normalise(original)
    assert norm.text == "Écrivez-moi"
    assert norm.to_original(0, 1) == (0, 2)


def test_ascii_text_is_not_copied() -> None:
    norm = normalise("plain ascii text")
    assert norm.starts is None
    assert norm.to_original(2, 5) == (2, 5)


def test_spans_after_removed_characters_still_point_at_the_right_words() -> None:
    text = f"{ZW * 5}Résumé: take 2 tablets of 500 mg three times a day."
    (v,) = violations("prescription", text)
    assert text[v.start : v.end].startswith("Résumé") or text[v.start : v.end].startswith("take")
    assert text[v.end - 1] == "."
