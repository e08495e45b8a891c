from doctor_space.views import highlight_segments


def test_segments_cover_the_text_once_and_mark_violations() -> None:
    text = "call me on 07700 900456 today"
    pieces = highlight_segments(
        text,
        [
            (0, 7, "block", "CONTACT-01"),
            (11, 23, "block", "PII-01"),
            (11, 23, "block", "CONTACT-01"),
        ],
    )
    assert "".join(p for p, _, _ in pieces) == text
    assert [(p, sev) for p, sev, _ in pieces if sev] == [
        ("call me", "block"),
        ("07700 900456", "block"),
    ]


def test_out_of_range_spans_are_ignored() -> None:
    assert highlight_segments("abc", [(2, 10, "warn", "X")]) == [("abc", "", "")]


def test_overlapping_marks_stack_instead_of_hiding_each_other() -> None:
    text = "Don't worry, call me on 07700 900456 tonight."
    phone = text.index("07700")
    pieces = highlight_segments(
        text, [(0, len(text), "warn", "SAFE-01"), (phone, phone + 12, "block", "CONTACT-01")]
    )
    assert "".join(p for p, _, _ in pieces) == text
    assert (text[phone : phone + 12], "block", "SAFE-01 CONTACT-01") in pieces
    assert pieces[0] == (text[:phone], "warn", "SAFE-01")
    assert pieces[-1] == (text[phone + 12 :], "warn", "SAFE-01")


def test_zero_width_violations_mark_nothing() -> None:
    assert highlight_segments(
        "short answer", [(0, 0, "warn", "LEN-01"), (12, 12, "block", "DISC-01")]
    ) == [("short answer", "", "")]
