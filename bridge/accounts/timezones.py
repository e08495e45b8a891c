"""Time zones: the account's own, else its country's main one."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.utils.translation import gettext_lazy as _

# The countries a person can choose (emergency numbers, default time zone).
COUNTRIES = [
    ("GB", _("United Kingdom")),
    ("FR", _("France")),
    ("US", _("United States")),
    ("BE", _("Belgium")),
    ("CH", _("Switzerland")),
    ("CA", _("Canada")),
    ("DE", _("Germany")),
]

# The main zone of each country a patient can choose at sign-up.
COUNTRY_TIME_ZONES = {
    "GB": "Europe/London",
    "FR": "Europe/Paris",
    "US": "America/New_York",
    "BE": "Europe/Brussels",
    "CH": "Europe/Zurich",
    "CA": "America/Toronto",
    "DE": "Europe/Berlin",
}

# What the settings page offers: "" follows the country; the rest are the zones people here live in.
TIME_ZONE_CHOICES = [
    ("", _("The time of my country")),
    *[
        (zone, zone.replace("_", " "))
        for zone in (
            "Europe/London",
            "Europe/Dublin",
            "Europe/Paris",
            "Europe/Brussels",
            "Europe/Zurich",
            "Europe/Berlin",
            "Europe/Madrid",
            "Europe/Lisbon",
            "Atlantic/Canary",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "America/Montreal",
            "America/Toronto",
            "America/Vancouver",
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "Africa/Casablanca",
            "Africa/Dakar",
            "Africa/Abidjan",
            "UTC",
        )
    ],
]


@cache
def _known_zones() -> frozenset[str]:
    """The zones of this machine's tz database, read once per process (each read lists ~600 files: ~10 ms,
    paid on every request of a person who chose a zone before)."""
    return frozenset(available_timezones())


def time_zone_name(*, time_zone: str, country: str) -> str:
    """The zone to show this person's times in: their choice if valid, else their country's, else UTC."""
    if time_zone and time_zone in _known_zones():
        return time_zone
    return COUNTRY_TIME_ZONES.get(country.upper(), "UTC")


def time_zone_of(user: object) -> ZoneInfo:
    """The ZoneInfo for a user object (anything with `time_zone` and `country`)."""
    return ZoneInfo(
        time_zone_name(
            time_zone=getattr(user, "time_zone", "") or "",
            country=getattr(user, "country", "") or "",
        )
    )
