from doctor_space.views import highlight_segments


def test_segments_cover_the_text_once_and_mark_violations() -> None:
    text = "call me on 07700 900456 today"
    pieces = highlight_segments(text, [(0, 7, "block", "CONTACT-01"), (11, 23, "block", "PII-01"), (11, 23, "block", "CONTACT-01")])
    assert "".join(p for p, _, _ in pieces) == text
    assert [(p, sev) for p, sev, _ in pieces if sev] == [("call me", "block"), ("07700 900456", "block")]


def test_out_of_range_spans_are_ignored() -> None:
    assert highlight_segments("abc", [(2, 10, "warn", "X")]) == [("abc", "", "")]
