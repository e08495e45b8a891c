"""Property tests: spans always point inside the input and redaction only touches spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guidelines.deid import LABELS, deidentify, find_spans

# Text built from fragments that trigger every detector, mixed with arbitrary unicode.
FRAGMENTS = st.sampled_from(
    [
        "my name is Sarah Johnson",
        "ma fille Léa",
        "Dr. Ahmed",
        " 06 12 34 56 78 ",
        "+44 7700 900123",
        "jane dot doe at gmail dot com",
        "j@x.fr",
        "12 rue de la Paix, 75002 Paris",
        "NW1 6XE",
        "né le 3 mars 1950",
        "03/04/1985",
        "92 ans",
        "NHS number 943 476 5919",
        "@handle_1",
        "http://x.io/a",
        "10.0.0.1",
        "Parkinson's",
        "120/80",
        "I live near Reading",
        "lycée Victor Hugo",
        "Thanks,\nTom",
        " ",
        "\n",
        ", ",
    ]
)
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=12).map("".join)


def _rebuild(text: str) -> tuple[str, list[str]]:
    """Redacted text with every placeholder replaced by a marker, and the original spans' texts."""
    result = deidentify(text)
    return result.text, [text[s.start : s.end] for s in result.spans]


@settings(deadline=None)  # examples: the profile's (tests/conftest.py)
@given(TEXTS, st.sampled_from(["en", "fr", "xx"]))
def test_offsets_point_inside_the_input_sorted_and_disjoint(text: str, lang: str) -> None:
    spans = find_spans(text, lang)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end
        assert span.label in LABELS
        previous_end = span.end


@settings(deadline=None)  # examples: the profile's (tests/conftest.py)
@given(TEXTS, st.sampled_from(["en", "fr"]))
def test_redaction_never_changes_text_outside_spans(text: str, lang: str) -> None:
    result = deidentify(text, lang)
    # Walk the input and the output together: gaps between spans must be copied verbatim.
    out = result.text
    pos_in = 0
    pos_out = 0
    for span in result.spans:
        gap = text[pos_in : span.start]
        assert out[pos_out : pos_out + len(gap)] == gap
        pos_out += len(gap)
        assert out[pos_out] == "["
        close = out.index("]", pos_out)
        assert out[pos_out + 1 : close].rsplit("_", 1)[0] == span.label
        pos_out = close + 1
        pos_in = span.end
    assert out[pos_out:] == text[pos_in:]


@settings(deadline=None)
@given(TEXTS)
def test_deidentify_is_deterministic(text: str) -> None:
    assert deidentify(text) == deidentify(text)
    assert deidentify(text).spans == find_spans(text)
