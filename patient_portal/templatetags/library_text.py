"""Library wording for patients."""

from __future__ import annotations

from django import template

from patient_portal.library import guidance_in_force as _guidance_in_force

register = template.Library()


@register.filter
def guidance_in_force(jurisdiction: str) -> str:
    """``GB`` → "Checked against the General Medical Council's (GMC) guidance in force …"."""
    return _guidance_in_force(str(jurisdiction or ""))
