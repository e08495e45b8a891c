"""Small filters of the patient pages."""

from __future__ import annotations

import re

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()


@register.filter
def tel(number: str) -> str:
    """A phone number as a tel: URI (digits and a leading +, nothing else), so one tap calls it."""
    digits = re.sub(r"[^\d+]", "", str(number))
    return f"tel:{digits}"


_HINTS = {
    "PERSON": _("possible name?"),
    "CITY": _("possible place?"),
    "ADDRESS": _("possible address?"),
    "POSTCODE": _("possible address?"),
    "ORGANIZATION": _("possible organisation?"),
    "DATE": _("possible date?"),
    "ID_NUMBER": _("possible number?"),
    "AGE_OVER_89": _("possible age?"),
}


@register.filter
def possible_hint(label: str) -> str:
    """How the preview names a word the anonymiser is unsure about."""
    return str(_HINTS.get(label, _("possible identifier?")))
