"""Rendering user text safely: everything is escaped first; nh3 then allows only the few tags we add.

The answer a patient reads must be the text the guidelines checked, character for character: links
are made by us (web links only, the rest stays plain text) and nothing is ever dropped. bleach's
linkifier used to delete the text of non-web links; nh3 (bleach's maintained successor, html5ever)
only sanitises markup we wrote ourselves.
"""

from __future__ import annotations

import re

import nh3
from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from guidelines.deid import PLACEHOLDER

register = template.Library()

# "[PERSON_1]", and a time phrase's "[DATE_2 · days ago]" (guidelines.deid.PLACEHOLDER, read here in escaped text).
_PLACEHOLDER = PLACEHOLDER
_TAGS = {"p", "br", "a", "mark"}
_ATTRS = {"a": {"href"}, "mark": {"class", "title"}}
_REL = "nofollow noopener noreferrer"
# A web link, up to whitespace or a character that cannot end one; trailing punctuation stays text.
_WEB_LINK = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"


def _sanitise(html: str) -> SafeString:
    clean = nh3.clean(
        html, tags=_TAGS, attributes=_ATTRS, url_schemes={"http", "https"}, link_rel=_REL
    )
    return mark_safe(clean)  # noqa: S308  escaped by us, then sanitised by nh3


def _linked(text: str) -> str:
    """Escape a paragraph, turning its web links into anchors whose text is the link itself."""
    out: list[str] = []
    pos = 0
    for match in _WEB_LINK.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if "://" not in url or url.endswith("://"):
            continue
        out.append(escape(text[pos : match.start()]))
        out.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        pos = match.start() + len(url)
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


@register.filter
def placeholders(value: str) -> SafeString:
    """Escape the anonymised text and mark its [LABEL_n] placeholders."""
    escaped = escape(value)
    marked = _PLACEHOLDER.sub(
        lambda m: f'<mark class="ph" title="{m.group(1).lower()}">{m.group(0)}</mark>', escaped
    )
    return _sanitise(marked.replace("\n", "<br>"))


@register.filter
def answer_html(value: str) -> SafeString:
    """Paragraphs and web links around the exact checked text; every other character is shown as written."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    return _sanitise("".join(f"<p>{_linked(p)}</p>" for p in paragraphs))


@register.filter
def specialty_label(code: str) -> str:
    """The specialty's name in the current language."""
    from django.utils.translation import get_language

    from triage.core import SPECIALTIES

    lang = (get_language() or "en")[:2]
    labels = SPECIALTIES.get(code, {})
    return labels.get(lang) or labels.get("en") or code
