"""Compiles the reviewable JSON data into concepts, rules and cue regexes (the Model)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from textkit.literals import LiteralIndex, required_literals, usable
from triage.core import learned_gate
from triage.core.normalize import Normalizer, pattern_words
from triage.core.patterns import (
    Matcher,
    TriageDataError,
    build_matcher,
    compile_any,
    load_json,
    load_words,
    per_language,
)
from triage.core.routing import child_convention, parse_table, routing_concepts

RULE_LEVELS = ("emergency", "urgent", "soon", "bump")


@dataclass(frozen=True)
class Concept:
    """A clinical notion (e.g. chest pain) and the patterns that express it."""

    name: str
    matcher: Matcher
    unless: re.Pattern[str] | None
    # The concept names a diagnosis ("a stroke", "une méningite"): a fear of it ("I'm scared it's a
    # stroke") is not a statement of it (scope.feared); its discriminating features still count.
    named: bool = False
    # Exclusions read anywhere in the text, not only in the match's sentence: an explanation or a
    # resolution told apart ("black stools. I take iron", "it came out in his nappy").
    unless_text: re.Pattern[str] | None = None
    # An event an emergency service has already assessed ("seen in A&E and discharged", "the poison
    # centre said it is non-toxic") is no emergency now unless something new follows (scope.outcome).
    outcome: bool = False
    # ... or an exposure told as minor (NPIS: a mouthful spat out at once, a lick): an adult's only.
    minor: bool = False
    # A diagnosis that, named alone in a general question ("Is sepsis treated in intensive care?"), is
    # the topic asked about (scope.question, round 18): the named concepts and meningitis_explicit.
    topic: bool = False
    # A threat or note told in the past, handed to a service that acted (scope.outcome.handed_over, round 31).
    handed_over: bool = False


@dataclass(frozen=True)
class Combination:
    """Concepts that must all be present (in one sentence when same_sentence)."""

    concepts: tuple[str, ...]
    same_sentence: bool
    specialty: str | None = None  # overrides the flag's specialty when this combination fires
    by_keywords: bool = False  # "route": "keywords": the specialty comes from the text's keywords


@dataclass(frozen=True)
class Rule:
    """A red flag (level emergency) or a weaker urgency cue."""

    code: str
    level: str
    combinations: tuple[Combination, ...]
    label_en: str
    label_fr: str
    specialty: str | None
    mental_health: bool


def _raw_patterns(concepts: Any) -> list[str]:
    """Every pattern string of a concepts object, all languages."""
    return [
        p
        for spec in concepts.values()
        for patterns in (spec.get("patterns") or {}).values()
        for p in patterns
    ]


def _parse_concepts(raw: Any, *, what: str) -> dict[str, Concept]:
    if not isinstance(raw, dict):
        raise TriageDataError(f"{what}: concepts must be an object")
    out: dict[str, Concept] = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise TriageDataError(f"{what}.{name}: expected an object")
        matcher = build_matcher(
            per_language(spec.get("patterns"), what=f"{what}.{name}"), what=name
        )
        if matcher is None:
            raise TriageDataError(f"{what}.{name}: no patterns")
        unless = compile_any(
            per_language(spec.get("unless"), what=f"{what}.{name}.unless"), what=name
        )
        unless_text = compile_any(
            per_language(spec.get("unless_text"), what=f"{what}.{name}.unless_text"), what=name
        )
        out[name] = Concept(
            name,
            matcher,
            unless,
            bool(spec.get("named", False)),
            unless_text=unless_text,
            outcome=bool(spec.get("outcome", False)),
            minor=spec.get("outcome") == "minor",
            topic=bool(spec.get("named", False) or spec.get("topic", False)),
            handed_over=bool(spec.get("handed_over", False)),
        )
    return out


def _parse_rules(raw: Any, concepts: Collection[str], *, what: str) -> list[Rule]:
    if not isinstance(raw, list):
        raise TriageDataError(f"{what}: expected a list")
    rules: list[Rule] = []
    for item in raw:
        code = str(item["code"])
        level = str(item["level"])
        if level not in RULE_LEVELS:
            raise TriageDataError(f"{what}.{code}: unknown level {level!r}")
        combos: list[Combination] = []
        for combo in item["any_of"]:
            spec, by_keywords = None, False
            if isinstance(combo, dict):
                names = tuple(combo["all"])
                same = combo.get("scope", "text") == "sentence"
                spec = combo.get("specialty")
                by_keywords = combo.get("route") == "keywords"
            else:
                names, same = tuple(combo), False
            for name in names:
                if name not in concepts:
                    raise TriageDataError(f"{what}.{code}: unknown concept {name!r}")
            combos.append(Combination(names, same, spec, by_keywords))
        label = item.get("label", {})
        rules.append(
            Rule(
                code=code,
                level=level,
                combinations=tuple(combos),
                label_en=str(label.get("en", code)),
                label_fr=str(label.get("fr", label.get("en", code))),
                specialty=item.get("specialty"),
                mental_health=bool(item.get("mental_health", False)),
            )
        )
    return rules


def _cue_regex(cues: Iterable[str], *, what: str) -> re.Pattern[str]:
    regex = compile_any(cues, what=what)
    if regex is None:
        raise TriageDataError(f"{what}: empty")
    return regex


class Catalogue:
    """The facts of the data files that need no regex: flags, cues, routing, labels, target times.

    Cheap (the JSON is read and checked, nothing is compiled), so importing triage costs little;
    the compiled Model below is built on the first triage (assess.model()).
    """

    def __init__(self) -> None:
        redflags = load_json("redflags.json")
        urgency = load_json("urgency.json")
        self.version = f"redflags {redflags['version']}, urgency {urgency['version']}"
        for what, raw in (
            ("redflags.concepts", redflags["concepts"]),
            ("urgency.concepts", urgency["concepts"]),
        ):
            if not isinstance(raw, dict):
                raise TriageDataError(f"{what}: concepts must be an object")
        clash = set(urgency["concepts"]) & set(redflags["concepts"])
        if clash:
            raise TriageDataError(f"urgency.json redefines concepts {sorted(clash)}")
        names = set(redflags["concepts"]) | set(urgency["concepts"])
        self.flags = _parse_rules(redflags["flags"], names, what="redflags.flags")
        priority = [str(code) for code in redflags.get("routing_priority", [])]
        unknown = set(priority) - {rule.code for rule in self.flags}
        if unknown:
            raise TriageDataError(f"redflags.routing_priority: unknown flags {sorted(unknown)}")
        self.routing_priority = priority
        if any(rule.level != "emergency" for rule in self.flags):
            raise TriageDataError("redflags.flags: every red flag has level 'emergency'")
        self.cues = _parse_rules(urgency["cues"], names, what="urgency.cues")
        self.target_minutes = {str(k): int(v) for k, v in urgency["target_minutes"].items()}

        self._specialties = load_json("specialties.json")
        self.default_specialty = str(self._specialties["default"])
        self.specialty_labels: dict[str, dict[str, str]] = {
            code: {"en": str(spec["en"]), "fr": str(spec["fr"])}
            for code, spec in self._specialties["specialties"].items()
        }
        if self.default_specialty not in self.specialty_labels:
            raise TriageDataError("specialties.json: default is not a specialty")
        for rule in self.flags:
            for spec in (rule.specialty, *(c.specialty for c in rule.combinations)):
                if spec is not None and spec not in self.specialty_labels:
                    raise TriageDataError(f"{rule.code}: unknown specialty {spec!r}")


class Model(Catalogue):
    """Everything compiled from the data files (about a second of regex compilation: built once, on first use)."""

    def __init__(self) -> None:
        super().__init__()
        redflags = load_json("redflags.json")
        urgency = load_json("urgency.json")
        lexicon = load_json("lexicon.json")
        self.concepts = _parse_concepts(redflags["concepts"], what="redflags.concepts")
        self.concepts.update(_parse_concepts(urgency["concepts"], what="urgency.concepts"))
        # Routing-only vocabularies (routing.json): read by the emergency routing table, never a flag.
        extra = routing_concepts()
        clash = set(extra) & set(self.concepts)
        if clash:
            raise TriageDataError(f"routing.json redefines concepts {sorted(clash)}")
        self.concepts.update(_parse_concepts(extra, what="routing.concepts"))
        # A flag's 'learned_unless': where one of these occurs (an ingestion passed or found), the
        # learned evidence cannot raise that flag on its own; the rules still can.
        self.learned_unless: dict[str, re.Pattern[str]] = {}
        for item in redflags["flags"]:
            code = str(item["code"])
            veto = compile_any(
                per_language(item.get("learned_unless"), what=f"{code}.learned_unless"), what=code
            )
            if veto is not None:
                self.learned_unless[code] = veto
        # 'learned_requires' (round 28): what the learned evidence needs to raise a flag alone.
        self.learned_requires = learned_gate.parse(redflags["flags"], self.concepts)
        routing = load_json("routing.json")
        self.emergency_routing = parse_table(
            routing.get("emergency_routing"),
            flags=[rule.code for rule in self.flags],
            concepts=self.concepts,
            specialties=self.specialty_labels,
        )
        self.child_patient = child_convention(routing.get("child_patient"), concepts=self.concepts)

        self.normalize = Normalizer(
            [
                (str(p), str(r), [str(t) for t in triggers])
                for p, r, triggers in lexicon["rewrites"]
            ],
            [str(w) for w in lexicon["typo_words"]],
            [str(w) for w in lexicon["protected"]],
            # The flags' own words are reached from one typo away, unless the token is a real word.
            pattern_words(_raw_patterns(redflags["concepts"]) + _raw_patterns(urgency["concepts"])),
            load_words("common_words.txt.gz"),
        )
        neg = lexicon["negation"]
        self.neg_pre = _cue_regex(neg["pre"], what="negation.pre")
        self.neg_pseudo = _cue_regex(neg["pseudo"], what="negation.pseudo")
        self.neg_affirm = _cue_regex(neg["affirm"], what="negation.affirm")
        post = _cue_regex(neg["post"], what="negation.post")
        self.neg_post = re.compile(r"[ ,]*(?:" + post.pattern + ")")
        # A symptom asked as a question and answered "no" ("numbness in the saddle area? no."), round 28.
        answered = _cue_regex(neg["answered_no"], what="negation.answered_no")
        self.neg_answered = re.compile(r" ?\? ?(?:" + answered.pattern + r") ?(?:[.,;!]|$)")
        self.neg_window = int(neg["window_tokens"])
        scope = lexicon["scope"]
        self.terminators = _cue_regex(scope["terminators"], what="scope.terminators")
        self.terminator_literals = usable(required_literals(self.terminators.pattern))
        self.history = _cue_regex(scope["history"], what="scope.history")
        self.generic = _cue_regex(scope["generic"], what="scope.generic")
        # A question about a condition ("what does … mean?", "c'est quoi …") is informational unless
        # its sentence also describes someone now ("what does it mean when my son has …").
        self.asking = _cue_regex(scope["asking"], what="scope.asking")
        self.current = _cue_regex(scope["current"], what="scope.current")
        # Informational or hypothetical sentences: only the learned evidence reads "hypothetical"
        # (as a scope tag on its features); the rules keep their narrower "generic" list.
        hypothetical = _cue_regex(scope["hypothetical"], what="scope.hypothetical")
        self.informational = re.compile(f"{self.generic.pattern}|{hypothetical.pattern}")
        # Reported text (a chatbot's or a website's answer, another poster's words) runs from its
        # cue to the patient's next own statement; "I have all of those" adopts it (Document.reported).
        self.reported = _cue_regex(
            per_language(scope["reported"], what="scope.reported"), what="scope.reported"
        )
        self.own = _cue_regex(per_language(scope["own"], what="scope.own"), what="scope.own")
        self.adopt = _cue_regex(
            per_language(scope["adopt"], what="scope.adopt"), what="scope.adopt"
        )
        self.feared = _cue_regex(
            per_language(scope["feared"], what="scope.feared"), what="scope.feared"
        )
        outcome = scope["outcome"]
        self.outcome = _cue_regex(per_language(outcome["assessed"], what="outcome"), what="outcome")
        self.reopen = _cue_regex(per_language(outcome["reopen"], what="reopen"), what="reopen")
        self.minor = _cue_regex(per_language(outcome["minor"], what="minor"), what="minor")
        # Round 18: an event dated in the past ("over Christmas") and told as over ("fine now") is closed.
        # Round 31: a threat or note handed to a service that acted (handed_over, its anchor).
        self.resolution, self.handover, self.handover_anchor, self.past_anchor = (
            _cue_regex(per_language(outcome[k], what=k), what=k)
            for k in ("resolved", "handed_over", "handed_over_anchor", "past_anchor")
        )
        self.never_settled = frozenset(str(c) for c in outcome["never_settled"]["concepts"])
        narrative = scope["narrative"]
        self.narrative_past, self.narrative_present, self.narrative_closure = (
            _cue_regex(per_language(narrative[k], what=f"narrative.{k}"), what=f"narrative.{k}")
            for k in ("past", "present", "closure")
        )
        self.narrative_subject = re.compile(str(narrative["subject"]))
        question = scope["question"]
        self.question_opening = re.compile(
            r"\s*(?:" + "|".join(per_language(question["opening"], what="question")) + r")(?![a-z])"
        )
        self.question_person = _cue_regex(
            per_language(question["person"], what="question"), what="question"
        )
        # Flags a resolution, a minor exposure or a handover can close: learned evidence alone
        # may not raise them in a text so closed (round 31: an assessment closes all but suicide's).
        self.outcome_flags, self.minor_flags, self.handover_flags = (
            frozenset(
                rule.code
                for rule in self.flags
                for combo in rule.combinations
                if any(getattr(self.concepts[c], kind) for c in combo.concepts)
            )
            for kind in ("outcome", "minor", "handed_over")
        )

        self.specialty_keywords: dict[str, Matcher] = {}
        self.specialty_weak: dict[str, Matcher] = {}
        for code, spec in self._specialties["specialties"].items():
            keywords = build_matcher(
                per_language(spec.get("keywords"), what=f"specialties.{code}"),
                what=f"specialties.{code}",
            )
            if keywords is not None:
                self.specialty_keywords[code] = keywords
            weak = build_matcher(
                per_language(spec.get("weak"), what=f"specialties.{code}.weak"),
                what=f"specialties.{code}.weak",
            )
            if weak is not None:
                self.specialty_weak[code] = weak

        # One pass over a text tells which literals occur, hence which regexes can be skipped.
        self.index = LiteralIndex(
            [lits for c in self.concepts.values() for lits in c.matcher.literals]
            + [lits for m in self.specialty_keywords.values() for lits in m.literals]
            + [lits for m in self.specialty_weak.values() for lits in m.literals]
            + [self.terminator_literals]
        )
