"""The author line, as a filter: an {% include %} per post was the costliest part of a thread page."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from bridge.templatetags.bridge_text import specialty_label
from community.identity import Identity

register = template.Library()


@register.filter
def author_line(who: Identity | None) -> SafeString:
    """Name (or pseudonym) · specialty · country, and the "verified doctor" badge."""
    if who is None:
        return format_html("{}", "—")
    line = format_html('<span class="author">{}</span>', who.name)
    if who.specialty:
        line = format_html("{} · {} · {}", line, specialty_label(who.specialty), who.country)
    if who.verified:
        line = format_html('{} <span class="tag verified">{}</span>', line, _("verified doctor"))
    return line
