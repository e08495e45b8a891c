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


@dataclass(frozen=True)
class ChildConvention:
    """routing.json "child_patient": when the patient is a child (or a pregnancy), which specialties
    paediatrics (or obstetrics) takes, for an emergency and for a question without a red flag."""

    # (age concepts, the specialties paediatrics takes from in an emergency, the same without a red
    # flag) per age group, the first said deciding
    groups: tuple[tuple[tuple[str, ...], frozenset[str], frozenset[str]], ...]
    not_concepts: tuple[str, ...]  # none said (a pregnancy; an older patient named)
    table_keeps: frozenset[str]  # the emergency table's pathways that keep a child (family CO)
    non_emergency_not: tuple[
        str, ...
    ]  # none said for a question without a flag (nobody ill, a product)
    pregnancy: tuple[str, ...]  # a pregnancy said (round 37): obstetrics without a red flag...
    pregnancy_takes: frozenset[str]  # ...from these specialties
    pregnancy_specialty: str

    def takes(self, doc: Document, *, emergency: bool = True) -> frozenset[str]:
        """What paediatrics takes for this text's patient: empty unless the text gives the patient's
        age as 12 or under (the first age group said decides; docs/triage.md, rounds 26 and 37)."""
        for names, takes, calm in self.groups:
            if any(self._said(doc, name) for name in names):
                return frozenset() if self.not_a_child(doc) else takes if emergency else calm
        return frozenset()

    def not_a_child(self, doc: Document) -> bool:
        """A pregnancy, or an older patient named ('my son (22)', "I'm 41")."""
        return any(self._said(doc, name) for name in self.not_concepts)

    @staticmethod
    def _said(doc: Document, name: str) -> bool:
        return doc.count(doc.model.concepts[name].matcher) > 0  # negated mentions aside

    def specialty(self, doc: Document, routed: str, *, emergency: bool, table: bool = False) -> str:
        """Paediatrics for a child when `routed` is one of the specialties it takes, else `routed`;
        without a red flag, obstetrics for a pregnancy the same way (round 37)."""
        if emergency:
            if routed == "paediatrics" or (table and routed in self.table_keeps):
                return routed
            return "paediatrics" if routed in self.takes(doc) else routed
        if any(self._said(doc, name) for name in self.non_emergency_not):
            return routed
        if routed in self.pregnancy_takes and any(self._said(doc, n) for n in self.pregnancy):
            return self.pregnancy_specialty  # the baby of a pregnancy is in the womb
        if routed == "paediatrics":
            return routed
        return "paediatrics" if routed in self.takes(doc, emergency=False) else routed


def child_convention(raw: Any, *, concepts: Collection[str]) -> ChildConvention:
    """Check and parse routing.json's "child_patient" (unknown concepts are a TriageDataError)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("groups"), list):
        raise TriageDataError("routing.child_patient: expected an object with groups")
    groups = tuple(
        (
            tuple(sorted(_names(g.get("concepts"), what="child_patient.groups.concepts"))),
            _names(g.get("takes"), what="child_patient.groups.takes"),
            _names(g.get("non_emergency_takes"), what="child_patient.groups.non_emergency_takes"),
        )
        for g in raw["groups"]
    )
    pregnancy = raw.get("pregnancy") or {}
    if not isinstance(pregnancy, dict):
        raise TriageDataError("routing.child_patient.pregnancy: expected an object")
    convention = ChildConvention(
        groups=groups,
        not_concepts=tuple(sorted(_names(raw.get("not_concepts"), what="child_patient.not"))),
        table_keeps=_names(raw.get("table_keeps"), what="child_patient.table_keeps"),
        non_emergency_not=tuple(
            sorted(_names(raw.get("non_emergency_not"), what="child_patient.non_emergency_not"))
        ),
        pregnancy=tuple(sorted(_names(pregnancy.get("concepts"), what="child_patient.pregnancy"))),
        pregnancy_takes=_names(pregnancy.get("takes"), what="child_patient.pregnancy.takes"),
        pregnancy_specialty=str(pregnancy.get("specialty", "gynaecology_obstetrics")),
    )
    named = {n for names, _, _ in groups for n in names} | set(convention.not_concepts)
    named |= set(convention.non_emergency_not) | set(convention.pregnancy)
    unknown = named - set(concepts)
    if unknown:
        raise TriageDataError(f"routing.child_patient: unknown concepts {sorted(unknown)}")
    return convention


@dataclass(frozen=True)
class GeneralPracticeRule:
    """routing.json "general_practice_first": a question general practice answers whatever the keywords
    or the learned router chose (a supply or paperwork question, a minor complaint's self-care)."""

    code: str
    concepts: tuple[tuple[str, ...], ...]  # each group: one concept said
    not_concepts: tuple[str, ...]  # none said (a specialist named, a specialist condition)
    takes: frozenset[str]  # the specialties this rule takes back to general practice

    def holds(self, doc: Document, routed: str) -> bool:
        """True when `routed` is one this rule takes and the text says what the rule needs."""
        if routed not in self.takes:
            return False
        if not all(any(ChildConvention._said(doc, n) for n in group) for group in self.concepts):
            return False
        return not any(ChildConvention._said(doc, n) for n in self.not_concepts)


def general_practice_first(
    rules: Iterable[GeneralPracticeRule], doc: Document, routed: str, default: str
) -> str:
    """`default` (general practice) when the first rule that holds takes `routed`, else `routed`."""
    for rule in rules:
        if rule.holds(doc, routed):
            return default
    return routed


def general_practice_rules(
    raw: Any, *, concepts: Collection[str], specialties: Collection[str]
) -> tuple[GeneralPracticeRule, ...]:
    """Check and parse routing.json's "general_practice_first" (unknown names: TriageDataError)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), list):
        raise TriageDataError("routing.general_practice_first: expected an object with rules")
    out: list[GeneralPracticeRule] = []
    for n, item in enumerate(raw["rules"]):
        what = f"routing.general_practice_first.{item.get('code', n)}"
        groups = item.get("concepts")
        if not isinstance(groups, list) or not groups:
            raise TriageDataError(f"{what}.concepts: expected a non-empty list of lists")
        rule = GeneralPracticeRule(
            code=str(item.get("code", n)),
            concepts=tuple(tuple(sorted(_names(g, what=f"{what}.concepts"))) for g in groups),
            not_concepts=tuple(sorted(_names(item.get("not_concepts"), what=f"{what}.not"))),
            takes=_names(item.get("takes"), what=f"{what}.takes"),
        )
        unknown = ({c for g in rule.concepts for c in g} | set(rule.not_concepts)) - set(concepts)
        if unknown:
            raise TriageDataError(f"{what}: unknown concepts {sorted(unknown)}")
        if not rule.takes <= set(specialties):
            raise TriageDataError(
                f"{what}: unknown specialties {sorted(rule.takes - set(specialties))}"
            )
        out.append(rule)
    return tuple(out)
