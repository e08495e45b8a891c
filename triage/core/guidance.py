"""Emergency guidance per country, in the patient's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from triage.core.rules import load_json

_DATA = load_json("emergency.json")
_LANGS: tuple[str, ...] = tuple(_DATA["languages"])
_MENTAL = frozenset(_DATA["mental_health_flags"])
_POISON = frozenset(_DATA["poisoning_flags"])
_COUNTRIES: dict[str, dict[str, Any]] = _DATA["countries"]
# Flags whose first call is a named service (maternity unit, eye casualty), not the emergency number.
_SERVICE: dict[str, str] = dict(_DATA.get("service_flags", {}))
# Common non-ISO spellings people and browsers send.
_ALIASES = {"UK": "GB", "EN": "GB", "USA": "US", "FX": "FR"}

GUIDANCE_COUNTRIES: tuple[str, ...] = tuple(c for c in _COUNTRIES if c != "default")


@dataclass(frozen=True)
class EmergencyGuidance:
    """What the patient sees at once when a red flag fires."""

    country: str
    lang: str
    headline: str
    message: str
    numbers: tuple[tuple[str, str], ...]  # (label, number), most important first

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form for the API and templates."""
        return {
            "country": self.country,
            "lang": self.lang,
            "headline": self.headline,
            "message": self.message,
            "numbers": [{"label": label, "number": number} for label, number in self.numbers],
        }


def _lang(lang: str) -> str:
    base = (lang or "").lower().replace("_", "-").split("-")[0]
    return base if base in _LANGS else _LANGS[0]


def _country(country: str) -> str:
    code = (country or "").strip().upper()
    code = _ALIASES.get(code, code)
    return code if code in _COUNTRIES else "default"


def language(lang: str) -> str:
    """The supported language for a code ("fr-CA" → "fr"; unknown → "en")."""
    return _lang(lang)


def country_code(country: str) -> str:
    """The ISO code used for a country ("uk" → "GB"); "default" when it has no entry."""
    return _country(country)


def primary_number(code: str) -> str:
    """The emergency number named in messages for a country_code() result."""
    return str(_COUNTRIES[code]["primary"])


def emergency_guidance(country: str, lang: str, red_flags: Sequence[str] = ()) -> EmergencyGuidance:
    """Emergency numbers and wording for a country (112 fallback) in English or French."""
    code = _country(country)
    lang = _lang(lang)
    spec = _COUNTRIES[code]
    text = _DATA["text"][lang]
    flags = list(red_flags)
    mental = any(f in _MENTAL for f in flags)
    poison = any(f in _POISON for f in flags)

    always: list[tuple[str, str]] = []
    extra: list[tuple[str, str]] = []
    for entry in spec["numbers"]:
        item = (str(entry["label"][lang]), str(entry["number"]))
        when = entry["when"]
        if when == "always":
            always.append(item)
        elif (when == "mental_health" and mental) or (when == "poisoning" and poison):
            extra.append(item)
    # The crisis line or poison centre comes right after the main emergency number.
    numbers = tuple(always[:1] + extra + always[1:])

    primary = str(spec["primary"])
    crisis = spec.get("crisis")
    parts: list[str] = []
    if mental:
        template = (
            text["message_mental_health"] if crisis else text["message_mental_health_no_line"]
        )
        parts.append(template.format(primary=primary, crisis=crisis))
    if not flags:
        parts.append(text["message_no_flag"].format(primary=primary))
    elif not mental or any(f not in _MENTAL for f in flags):
        services = {_SERVICE.get(f) for f in flags}
        if len(services) == 1 and None not in services:
            # Every flag names the same service: it is the first call, the number the fallback.
            (service,) = services
            lead = text["message_service"][service]
        else:
            lead = text["message"]
        parts.insert(0, lead.format(primary=primary))
    for flag in flags:
        advice = _DATA["flag_advice"].get(flag)
        if advice:
            parts.append(str(advice[lang]))
    only_mental = mental and all(f in _MENTAL for f in flags)
    headline = text["headline_mental_health"] if only_mental else text["headline"]
    return EmergencyGuidance(
        country=code if code != "default" else (country or "").strip().upper(),
        lang=lang,
        headline=str(headline),
        message=" ".join(parts),
        numbers=numbers,
    )
