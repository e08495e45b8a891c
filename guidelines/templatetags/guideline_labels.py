"""Template filters: plain kind names and readable parameter values for committee pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

from guidelines.labels import SEVERITY_LABELS, kind_label, param_label

register = template.Library()


@register.filter
def kind_name(kind: str) -> str:
    """``contact_solicitation`` → "Private contact outside Bridge" (in the reader's language)."""
    return kind_label(str(kind))


@register.filter
def severity_name(severity: str) -> str:
    """``warn`` → "Warning to acknowledge"."""
    label = SEVERITY_LABELS.get(str(severity))
    return str(label) if label is not None else str(severity)


@register.filter
def field_name(name: str) -> str:
    """A rule field or parameter name as words."""
    names = {
        "kind": _("Kind"),
        "severity": _("Severity"),
        "title": _("Title"),
        "explanation": _("Explanation shown to doctors"),
        "source": _("Source clause and citation"),
        "languages": _("Languages"),
        "discussion": _("Discussion between doctors"),
    }
    return str(names.get(str(name), param_label(str(name))))


@register.filter
def rule_value(value: Any) -> str:
    """A stored value as a reader would write it: lists one per line, phrases by language, booleans as yes/no."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, dict):
        return "\n".join(
            f"{lang}: {item}"
            for lang, items in value.items()
            for item in (items if isinstance(items, list) else [items])
        )
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value)
    return str(value)
