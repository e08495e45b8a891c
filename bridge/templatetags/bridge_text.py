"""Rendering user text safely: everything is escaped first; bleach allows only the few tags we add."""

from __future__ import annotations

import re
from collections.abc import MutableMapping

import bleach
from bleach.linkifier import Linker
from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

_PLACEHOLDER = re.compile(r"\[([A-Z_]+)_(\d+)\]")
_ALLOWED_TAGS = frozenset({"p", "br", "a", "mark"})
_ALLOWED_ATTRS = {"a": ["href", "rel", "target"], "mark": ["class", "title"]}


def _nofollow(attrs: MutableMapping[tuple[str | None, str], str], new: bool = False) -> MutableMapping[tuple[str | None, str], str]:
    attrs[(None, "rel")] = "nofollow noopener noreferrer"
    href = attrs.get((None, "href"), "")
    if not href.startswith(("https://", "http://")):
        return {}  # not a web link: leave it as text
    return attrs


_linker = Linker(callbacks=[_nofollow], parse_email=False)


@register.filter
def placeholders(value: str) -> SafeString:
    """Escape the anonymised text and mark its [LABEL_n] placeholders."""
    escaped = escape(value)
    marked = _PLACEHOLDER.sub(lambda m: f'<mark class="ph" title="{m.group(1).lower()}">[{m.group(1)}_{m.group(2)}]</mark>', escaped)
    html = marked.replace("\n", "<br>")
    return mark_safe(bleach.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRS, strip=True))  # noqa: S308  cleaned by bleach


@register.filter
def answer_html(value: str) -> SafeString:
    """Escape a doctor's answer, make paragraphs and web links, then sanitise with bleach."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    html = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    html = _linker.linkify(html)
    return mark_safe(bleach.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRS, protocols=["http", "https"], strip=True))  # noqa: S308  cleaned by bleach


@register.filter
def specialty_label(code: str) -> str:
    """The specialty's name in the current language."""
    from django.utils.translation import get_language

    from triage.core import SPECIALTIES

    lang = (get_language() or "en")[:2]
    labels = SPECIALTIES.get(code, {})
    return labels.get(lang) or labels.get("en") or code
