"""Safety-net advice (the middle tier): what would make it an emergency, and whom to call then.

Where the signals are partial (chest pain alone, a seizure that stopped, a knock to the head),
the patient gets one line per signal instead of nothing; every question page without an answer
carries the line of its specialty, as NHS pages do. Wording: data/safety_net.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from triage.core.guidance import country_code, language, primary_number
from triage.core.rules import TriageDataError, load_json

_DATA = load_json("safety_net.json")
_SPECIALTY: dict[str, dict[str, str]] = _DATA["specialty"]
_PARTIAL: dict[str, dict[str, str]] = _DATA["partial"]
PARTIAL_SIGNALS: frozenset[str] = frozenset(_PARTIAL)
_DEFAULT = "general_practice"
if _DEFAULT not in _SPECIALTY:
    raise TriageDataError("safety_net.json: needs a general_practice line")


@dataclass(frozen=True)
class SafetyNet:
    """Safety-net lines for one page, in the patient's language, naming the country's number."""

    country: str
    lang: str
    lines: tuple[str, ...]  # one per partial signal (most specific first), then the specialty's

    @property
    def text(self) -> str:
        """The lines as one paragraph."""
        return " ".join(self.lines)

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form for the API and templates."""
        return {"country": self.country, "lang": self.lang, "lines": list(self.lines)}


def safety_net(specialty: str, lang: str, country: str, partial: Sequence[str] = ()) -> SafetyNet:
    """Safety-net advice for a specialty page, plus one line per partial signal of `assess`.

    An unknown specialty gets the general-practice line; an unknown partial signal raises
    ValueError (it would be a bug: the codes come from `TriageResult.partial`).
    """
    unknown = [code for code in partial if code not in _PARTIAL]
    if unknown:
        raise ValueError(f"unknown safety-net signal(s): {', '.join(unknown)}")
    lang = language(lang)
    code = country_code(country)
    number = primary_number(code)
    lines = [_PARTIAL[p][lang].format(primary=number) for p in dict.fromkeys(partial)]
    lines.append(_SPECIALTY.get(specialty, _SPECIALTY[_DEFAULT])[lang].format(primary=number))
    return SafetyNet(country=code, lang=lang, lines=tuple(lines))
