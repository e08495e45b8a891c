"""The patient reads exactly the text the guidelines checked, links of every scheme included (review finding 6)."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bridge.templatetags.bridge_text import answer_html, placeholders

LINKS = [
    "https://www.nhs.uk/conditions/atopic-eczema/",
    "http://example.org/a?b=1&c=<2>",
    "HTTPS://EXAMPLE.ORG/UPPER",
    "ftp://files.example.org/leaflet.pdf",
    "mailto:gp@example.org",
    "tel:+441234567890",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "vbscript:msgbox(1)",
    "sms:+33612345678",
    "whatsapp://send?phone=33612345678",
    "www.example.org/no-scheme",
    "example.org",
    '<a href="https://evil.example">click</a>',
    "https://example.org/path).",
    "(see https://example.org/x),",
    "https://",
]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "p"):
            self.parts.append("\n")
        if tag == "a":
            self.hrefs.extend(v or "" for k, v in attrs if k == "href")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _read(html: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split()), parser.hrefs


def test_links_of_every_scheme_keep_the_checked_text() -> None:
    for link in LINKS:
        checked = f"Read more: {link} and ask your GP.\n\nSecond paragraph {link}"
        shown, hrefs = _read(answer_html(checked))
        assert shown == " ".join(checked.split()), link
        assert all(h.lower().startswith(("http://", "https://")) for h in hrefs), (link, hrefs)


def test_web_links_are_links_and_others_are_text() -> None:
    _, hrefs = _read(
        answer_html(
            "See https://www.nhs.uk/eczema/. Or mailto:gp@example.org or javascript:alert(1)"
        )
    )
    assert hrefs == ["https://www.nhs.uk/eczema/"]
    html = str(answer_html("https://example.org"))
    assert 'rel="nofollow noopener noreferrer"' in html


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
        | st.sampled_from(["https://", "http://x.y/", "<", ">", "&", '"', "\n", ":", ")", "."]),
        max_size=20,
    ).map("".join)
)
def test_any_text_renders_to_itself(checked: str) -> None:
    shown, hrefs = _read(answer_html(checked))
    assert shown == " ".join(checked.split())
    assert all(h.lower().startswith(("http://", "https://")) for h in hrefs)


def test_placeholders_keep_the_text_and_mark_only_placeholders() -> None:
    text = "I am [PERSON_1], call [PHONE_1] <b>now</b> javascript:alert(1)"
    shown, hrefs = _read(placeholders(text))
    assert shown == text and hrefs == []
    assert '<mark class="ph" title="person">[PERSON_1]</mark>' in str(placeholders(text))
