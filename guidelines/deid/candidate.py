"""Candidates (possible identifiers) and the priorities that resolve their overlaps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible identifier; overlaps are resolved by priority, then length."""

    start: int
    end: int
    label: str
    priority: int


# Priorities: validated shapes first, then context, then gazetteers alone.
PRI_EMAIL = 100
PRI_ID_CONTEXT = 95
PRI_IP = 94
PRI_DATE = 90
PRI_ID_CHECKSUM = 86
PRI_PHONE = 85
PRI_ORG_HEAD = 75
PRI_ADDRESS = 72
PRI_POSTCODE = 70
PRI_PERSON_CUE = 62
PRI_CITY_CUE = 58
PRI_ORG_CUE = 57
PRI_PERSON_GAZ = 50
PRI_CITY_GAZ = 45
PRI_ORG_GAZ = 44
PRI_AGE = 35
PRI_ID_WEAK = 20


SKIP = "_SKIP"  # a vetoing span (a literature reference): wins overlaps, never reported
