"""Emergency routing: the specialty of a red-flag case follows from the flag and its concepts.

The table is data (`data/routing.json`, "emergency_routing"): ordered rules written from published
pathways (a deliberate overdose goes to mental health, a cardiac arrest to cardiology, a fit's blue
lips stay with the seizure). A rule marked any_flag names a condition by its own words (a priapism, a
lithium toxicity) and holds whichever flag fired, since such a case often raises an unrelated one.
The first rule that holds decides; when none does, assess() keeps the
flag order of redflags.json's `routing_priority`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from triage.core.patterns import TriageDataError, load_json

if TYPE_CHECKING:  # document.py imports the Model, which reads this module's table
    from triage.core.document import Document


@dataclass(frozen=True)
class RoutingRule:
    """One line of the emergency routing table."""

    code: str
    flags: frozenset[str]  # one of them fired (empty: any flag)
    flags_all: frozenset[str]  # every one of them fired
    concepts: tuple[frozenset[str], ...]  # each group: one concept asserted
    not_concepts: frozenset[str]  # none asserted
    specialty: str
    any_flag: bool = False  # a condition named by its own words, whichever flag fired

    def holds(self, doc: Document, fired: Collection[str]) -> bool:
        """True when the fired flags and the text's concepts meet the rule's conditions."""
        if self.flags and not self.flags & set(fired):
            return False
        if not self.flags_all <= set(fired):
            return False
        if any(not any(doc.hits(name) for name in group) for group in self.concepts):
            return False
        return not any(doc.hits(name) for name in self.not_concepts)


def _names(raw: Any, *, what: str) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise TriageDataError(f"{what}: expected a list of names")
    return frozenset(raw)


def parse_table(
    raw: Any, *, flags: Collection[str], concepts: Collection[str], specialties: Collection[str]
) -> tuple[RoutingRule, ...]:
    """Check and parse the 'emergency_routing' list; unknown names are a TriageDataError."""
    if not isinstance(raw, list):
        raise TriageDataError("routing.emergency_routing: expected a list")
    rules: list[RoutingRule] = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict):
            raise TriageDataError(f"routing.emergency_routing[{n}]: expected an object")
        code = str(item.get("code", n))
        what = f"routing.emergency_routing.{code}"
        groups = item.get("concepts", [])
        if not isinstance(groups, list):
            raise TriageDataError(f"{what}.concepts: expected a list of lists")
        rule = RoutingRule(
            code=code,
            flags=_names(item.get("flags"), what=f"{what}.flags"),
            flags_all=_names(item.get("flags_all"), what=f"{what}.flags_all"),
            concepts=tuple(_names(g, what=f"{what}.concepts") for g in groups),
            not_concepts=_names(item.get("not_concepts"), what=f"{what}.not_concepts"),
            specialty=str(item.get("specialty")),
            any_flag=item.get("any_flag") is True,
        )
        if not rule.flags and not rule.flags_all and not rule.any_flag:
            raise TriageDataError(f"{what}: names no flag")
        if rule.any_flag and not rule.concepts:
            raise TriageDataError(f"{what}: any_flag needs concepts (the condition's own words)")
        unknown_flags = (rule.flags | rule.flags_all) - set(flags)
        if unknown_flags:
            raise TriageDataError(f"{what}: unknown flags {sorted(unknown_flags)}")
        named = rule.not_concepts.union(*rule.concepts)
        unknown = named - set(concepts)
        if unknown:
            raise TriageDataError(f"{what}: unknown concepts {sorted(unknown)}")
        if rule.specialty not in specialties:
            raise TriageDataError(f"{what}: unknown specialty {rule.specialty!r}")
        rules.append(rule)
    return tuple(rules)


def routing_concepts() -> dict[str, Any]:
    """The routing-only vocabularies (compiled with the red-flag concepts by the Model)."""
    raw = load_json("routing.json").get("concepts", {})
    if not isinstance(raw, dict):
        raise TriageDataError("routing.concepts: concepts must be an object")
    return raw


def emergency_specialty(
    rules: Iterable[RoutingRule], doc: Document, fired: Collection[str]
) -> tuple[str, str] | None:
    """(rule code, specialty) of the first rule that holds for these fired flags, else None."""
    if not fired:
        return None
    for rule in rules:
        if rule.holds(doc, fired):
            return rule.code, rule.specialty
    return None


def condition_specialty(rules: Iterable[RoutingRule], doc: Document) -> tuple[str, str] | None:
    """(rule code, specialty) of the first any_flag rule whose words hold when no flag fired: a
    lithium tremor or a cord prolapse names its pathway whether or not it is an emergency."""
    for rule in rules:
        if rule.any_flag and not rule.flags_all and rule.holds(doc, ()):
            return rule.code, rule.specialty
    return None
