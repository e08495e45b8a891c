"""Doctor-space labels in the page's language."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

_URGENCY = {
    "emergency": _("Emergency"),
    "urgent": _("Urgent"),
    "soon": _("Soon"),
    "routine": _("Routine"),
}


@register.filter
def urgency_label(code: str) -> str:
    """``urgent`` → "Urgent" / "Urgent", ``soon`` → "Soon" / "Bientôt"."""
    label = _URGENCY.get(str(code))
    return str(label) if label is not None else str(code)
