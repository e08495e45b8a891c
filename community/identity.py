"""How a doctor is shown to colleagues: real name, or a verified pseudonym where the jurisdiction allows it.

Either way the line carries the specialty, the register country and a "verified doctor" badge; the
real identity stays known to staff (the doctor profile), whatever is displayed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guidelines.models import GuidelineSet


@dataclass(frozen=True)
class Identity:
    """What colleagues see of an author."""

    name: str
    specialty: str
    country: str
    pseudonymous: bool
    verified: bool


def pseudonym_jurisdictions() -> frozenset[str]:
    """Jurisdictions whose guideline set lets doctors appear under a pseudonym (one query)."""
    return frozenset(
        GuidelineSet.objects.filter(author_display=GuidelineSet.AuthorDisplay.PSEUDONYM)
        .exclude(jurisdiction="")
        .values_list("jurisdiction", flat=True)
    )


def pseudonym_allowed(profile: Any) -> bool:
    """True when the doctor's jurisdiction allows a pseudonym."""
    return profile is not None and profile.jurisdiction in pseudonym_jurisdictions()


def identity_of(user: Any, allowed: frozenset[str]) -> Identity:
    """The identity shown for a user (expects doctor_profile and community_profile to be selected)."""
    profile = getattr(user, "doctor_profile", None)
    if profile is None:
        return Identity(name="—", specialty="", country="", pseudonymous=False, verified=False)
    community = getattr(user, "community_profile", None)
    use_pseudonym = bool(
        community
        and community.use_pseudonym
        and community.pseudonym
        and profile.jurisdiction in allowed
    )
    return Identity(
        name=community.pseudonym if use_pseudonym and community else f"Dr {profile.full_name}",
        specialty=profile.specialty,
        country=profile.jurisdiction,
        pseudonymous=use_pseudonym,
        verified=profile.is_verified,
    )


def author_relations(prefix: str = "author") -> tuple[str, str]:
    """select_related paths that make identity_of free of extra queries."""
    return f"{prefix}__doctor_profile", f"{prefix}__community_profile"
