"""Compiles the reviewable JSON data into regular expressions and evaluates them on one text."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from textkit.literals import LiteralIndex, Literals, may_match, required_literals, usable
from triage.core.normalize import Normalizer

LANGUAGES = ("en", "fr")
RULE_LEVELS = ("emergency", "urgent", "soon", "bump")

# Shorthands usable in every pattern of the data files.
# A gap never jumps over a negation word: "vomis pas de sang" must not read as "vomis ... sang".
_NOT_NEGATION = r"(?!(?:not|no|never|without|pas|plus|jamais|sans|aucun|aucune|ni)(?![a-z0-9']))"
MACROS = {
    "%gap%": rf"(?:[ ,]+{_NOT_NEGATION}[a-z0-9']+){{0,3}}?,?",
    "%gap6%": rf"(?:[ ,]+{_NOT_NEGATION}[a-z0-9']+){{0,6}}?,?",
    "%pos%": (
        r"(?:my|his|her|their|your|our|the|a|an|this|that|its|mon|ma|mes|son|sa|ses|le|la|les|"
        r"l'|un|une|leur|notre|votre)"
    ),
}
_MACRO = re.compile("|".join(re.escape(m) for m in MACROS))
_LEFT = r"(?<![a-z0-9])"
_RIGHT = r"(?![a-z0-9])"
# "." splits sentences except inside a decimal number ("38.5"); a line break became " . ".
_SENTENCE_END = re.compile(r"(?<![0-9])\.|\.(?![0-9])|[!?;|]")
# French "ne" sits right before the verb it negates ("je ne vomis pas de sang"), maybe with a pronoun.
# "nouveau-né", "il est né" are "born", not negations.
_FRENCH_NE = re.compile(
    r"(?<![a-z0-9])(?<!nouveau )(?<!nouveaux )(?<!est )(?<!suis )(?<!sont )(?:ne|n')(?: ?(?:me|m'|te|t'|se|s'|le|la|les|l'|lui|leur|nous|vous|y|en))? ?$"
)


_HISTORY_REACH = 60  # characters either side of a match that a history cue covers
# Matches of one concept examined per text: each costs a clause-wide scope check, so hostile input
# ("(2) (2) (2) …" ten thousand times) would be quadratic; no real question comes near this.
_MAX_MATCHES = 64


class TriageDataError(Exception):
    """The triage data files are malformed."""


def load_json(name: str) -> dict[str, Any]:
    """Load one data file shipped in triage/core/data/."""
    text = resources.files("triage.core").joinpath("data", name).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TriageDataError(f"{name}: top level must be an object")
    return data


def expand(pattern: str) -> str:
    """Replace the %macros% of a data pattern."""
    return _MACRO.sub(lambda m: MACROS[m.group()], pattern)


def _right_bounded(pattern: str) -> str:
    # A pattern that ends in an apostrophe or a space ("pas d'") may run straight into the next word.
    right = "" if pattern.endswith(("'", " ")) else _RIGHT
    return f"(?:{expand(pattern)}){right}"


def compile_any(patterns: Iterable[str], *, what: str) -> re.Pattern[str] | None:
    """Compile patterns into one alternation with word boundaries (None when empty)."""
    parts = [_right_bounded(p) for p in patterns if p]
    if not parts:
        return None
    # One left-boundary test in front of the whole alternation (not one per alternative) lets
    # the engine reject positions inside words at once: about 5x faster on long texts.
    try:
        return re.compile(_LEFT + "(?:" + "|".join(parts) + ")")
    except re.error as exc:
        raise TriageDataError(f"{what}: bad pattern: {exc}") from exc


def _per_language(value: Any, *, what: str) -> list[str]:
    """Flatten {"en": [...], "fr": [...]} into one list (every language is always searched)."""
    if value is None:
        return []
    if not isinstance(value, dict):
        raise TriageDataError(f"{what}: expected an object keyed by language")
    out: list[str] = []
    for lang, patterns in value.items():
        if lang not in LANGUAGES:
            raise TriageDataError(f"{what}: unknown language {lang!r}")
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise TriageDataError(f"{what}.{lang}: expected a list of strings")
        out.extend(patterns)
    return out


@dataclass(frozen=True)
class Matcher:
    """Alternatives split into parts that each run only when their literals occur (literals.py)."""

    parts: tuple[tuple[re.Pattern[str], Literals], ...]

    def finditer(self, text: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
        """Matches of every part that may match a text containing the present literals."""
        for regex, literals in self.parts:
            if may_match(literals, present):
                yield from regex.finditer(text)

    @property
    def literals(self) -> list[Literals]:
        """The literal sets of the parts (for the text-wide LiteralIndex)."""
        return [literals for _, literals in self.parts]


def split_top(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|' (outside groups, classes and escapes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_PART_SIZE = 8  # alternatives per gated part: fewer scans vs. finer gating


def build_matcher(patterns: Iterable[str], *, what: str) -> Matcher | None:
    """Compile patterns into a Matcher (None when there are none)."""
    gated: list[tuple[str, frozenset[str]]] = []
    always: list[str] = []
    for pattern in patterns:
        for alt in split_top(expand(pattern)):
            if not alt:
                continue
            literals = usable(required_literals(_right_bounded(alt)))
            if literals is None:
                always.append(alt)
            else:
                gated.append((alt, literals))
    parts: list[tuple[re.Pattern[str], Literals]] = []
    for i in range(0, len(gated), _PART_SIZE):
        chunk = gated[i : i + _PART_SIZE]
        regex = compile_any([alt for alt, _ in chunk], what=what)
        if regex is not None:
            parts.append((regex, frozenset().union(*(lits for _, lits in chunk))))
    regex = compile_any(always, what=what)
    if regex is not None:
        parts.append((regex, None))
    return Matcher(tuple(parts)) if parts else None


@dataclass(frozen=True)
class Concept:
    """A clinical notion (e.g. chest pain) and the patterns that express it."""

    name: str
    matcher: Matcher
    unless: re.Pattern[str] | None


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


def _parse_concepts(raw: Any, *, what: str) -> dict[str, Concept]:
    if not isinstance(raw, dict):
        raise TriageDataError(f"{what}: concepts must be an object")
    out: dict[str, Concept] = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise TriageDataError(f"{what}.{name}: expected an object")
        matcher = build_matcher(
            _per_language(spec.get("patterns"), what=f"{what}.{name}"), what=name
        )
        if matcher is None:
            raise TriageDataError(f"{what}.{name}: no patterns")
        unless = compile_any(
            _per_language(spec.get("unless"), what=f"{what}.{name}.unless"), what=name
        )
        out[name] = Concept(name, matcher, unless)
    return out


def _parse_rules(raw: Any, concepts: Mapping[str, Concept], *, what: str) -> list[Rule]:
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


class Model:
    """Everything compiled from the data files, built once at import."""

    def __init__(self) -> None:
        redflags = load_json("redflags.json")
        urgency = load_json("urgency.json")
        lexicon = load_json("lexicon.json")
        self.version = f"redflags {redflags['version']}, urgency {urgency['version']}"
        self.concepts = _parse_concepts(redflags["concepts"], what="redflags.concepts")
        extra = _parse_concepts(urgency["concepts"], what="urgency.concepts")
        clash = set(extra) & set(self.concepts)
        if clash:
            raise TriageDataError(f"urgency.json redefines concepts {sorted(clash)}")
        self.concepts.update(extra)
        self.flags = _parse_rules(redflags["flags"], self.concepts, what="redflags.flags")
        priority = [str(code) for code in redflags.get("routing_priority", [])]
        unknown = set(priority) - {rule.code for rule in self.flags}
        if unknown:
            raise TriageDataError(f"redflags.routing_priority: unknown flags {sorted(unknown)}")
        self.routing_priority = priority
        if any(rule.level != "emergency" for rule in self.flags):
            raise TriageDataError("redflags.flags: every red flag has level 'emergency'")
        self.cues = _parse_rules(urgency["cues"], self.concepts, what="urgency.cues")
        self.target_minutes = {str(k): int(v) for k, v in urgency["target_minutes"].items()}

        self.normalize = Normalizer(
            [
                (str(p), str(r), [str(t) for t in triggers])
                for p, r, triggers in lexicon["rewrites"]
            ],
            [str(w) for w in lexicon["typo_words"]],
            [str(w) for w in lexicon["protected"]],
        )
        neg = lexicon["negation"]
        self.neg_pre = _cue_regex(neg["pre"], what="negation.pre")
        self.neg_pseudo = _cue_regex(neg["pseudo"], what="negation.pseudo")
        self.neg_affirm = _cue_regex(neg["affirm"], what="negation.affirm")
        post = _cue_regex(neg["post"], what="negation.post")
        self.neg_post = re.compile(r"[ ,]*(?:" + post.pattern + ")")
        self.neg_window = int(neg["window_tokens"])
        scope = lexicon["scope"]
        self.terminators = _cue_regex(scope["terminators"], what="scope.terminators")
        self.terminator_literals = usable(required_literals(self.terminators.pattern))
        self.history = _cue_regex(scope["history"], what="scope.history")
        self.generic = _cue_regex(scope["generic"], what="scope.generic")
        # Informational or hypothetical sentences: only the learned evidence reads "hypothetical"
        # (as a scope tag on its features); the rules keep their narrower "generic" list.
        hypothetical = _cue_regex(scope["hypothetical"], what="scope.hypothetical")
        self.informational = re.compile(f"{self.generic.pattern}|{hypothetical.pattern}")

        specialties = load_json("specialties.json")
        self.default_specialty = str(specialties["default"])
        self.specialty_labels: dict[str, dict[str, str]] = {}
        self.specialty_keywords: dict[str, Matcher] = {}
        self.specialty_weak: dict[str, Matcher] = {}
        for code, spec in specialties["specialties"].items():
            self.specialty_labels[code] = {"en": str(spec["en"]), "fr": str(spec["fr"])}
            keywords = build_matcher(
                _per_language(spec.get("keywords"), what=f"specialties.{code}"),
                what=f"specialties.{code}",
            )
            if keywords is not None:
                self.specialty_keywords[code] = keywords
            weak = build_matcher(
                _per_language(spec.get("weak"), what=f"specialties.{code}.weak"),
                what=f"specialties.{code}.weak",
            )
            if weak is not None:
                self.specialty_weak[code] = weak
        if self.default_specialty not in self.specialty_labels:
            raise TriageDataError("specialties.json: default is not a specialty")
        for rule in self.flags:
            for spec in (rule.specialty, *(c.specialty for c in rule.combinations)):
                if spec is not None and spec not in self.specialty_labels:
                    raise TriageDataError(f"{rule.code}: unknown specialty {spec!r}")

        # One pass over a text tells which literals occur, hence which regexes can be skipped.
        self.index = LiteralIndex(
            [lits for c in self.concepts.values() for lits in c.matcher.literals]
            + [lits for m in self.specialty_keywords.values() for lits in m.literals]
            + [lits for m in self.specialty_weak.values() for lits in m.literals]
            + [self.terminator_literals]
        )


class Document:
    """One normalised text with its sentences and clauses; concept hits are computed lazily."""

    def __init__(self, text: str, model: Model) -> None:
        self.model = model
        self.text = model.normalize(text)
        t = self.text
        self.present = model.index.present(t)
        sent_starts = [0]
        sent_ends = []
        for m in _SENTENCE_END.finditer(t):
            sent_ends.append(m.start())
            sent_starts.append(m.end())
        sent_ends.append(len(t))
        self.sent_starts = sent_starts
        self.sent_ends = sent_ends
        # Clauses: sentences further cut at "but", "mais", "now"... so that negation and history
        # cues only reach the part of a sentence they belong to.
        clause_starts = list(sent_starts)
        clause_ends = list(sent_ends)
        if may_match(model.terminator_literals, self.present):
            for m in model.terminators.finditer(t):
                clause_ends.append(m.start())
                clause_starts.append(m.end())
        clause_starts.sort()
        clause_ends.sort()
        self.clause_starts = clause_starts
        self.clause_ends = clause_ends
        self._hits: dict[tuple[str, bool], frozenset[int]] = {}

    def _sentence_of(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        cstart = self.clause_starts[bisect_right(self.clause_starts, start) - 1]
        i = bisect_right(self.clause_ends, end - 1)
        cend = self.clause_ends[i] if i < len(self.clause_ends) else len(self.text)
        return cstart, max(cend, end)

    def negated(self, start: int, end: int) -> bool:
        """True when a negation cue governs the span ("no chest pain", "pas de fièvre")."""
        m = self.model
        t = self.text
        cstart, cend = self._clause(start, end)
        if _FRENCH_NE.search(t, cstart, start):
            return True
        pseudo = [(p.start(), p.end()) for p in m.neg_pseudo.finditer(t, cstart, end)]
        last = None
        # A match that carries its own negation ("n'a pas fait pipi", "no tears", "can't breathe")
        # is not undone by an earlier cue: "sans larmes et il n'a pas fait pipi" asserts both.
        own = m.neg_pre.match(t, start) is not None
        for cue in () if own else m.neg_pre.finditer(t, cstart, start):
            if not any(a <= cue.start() < b or a < cue.end() <= b for a, b in pseudo):
                last = cue
        if last is not None:
            between = t[last.end() : start]
            if between.count(" ") <= m.neg_window and not m.neg_affirm.search(between):
                return True
        return m.neg_post.match(t, end, cend) is not None

    def _valid(self, concept: Concept, start: int, end: int, *, strict: bool) -> bool:
        m = self.model
        cstart, cend = self._clause(start, end)
        if m.generic.search(self.text, cstart, cend):
            return False
        # A history cue dates what is near it: "widowed since last year, ... he has his gun out"
        # keeps the gun (one long clause), "a stroke in 2019" loses the stroke.
        near = max(cstart, start - _HISTORY_REACH), min(cend, end + _HISTORY_REACH)
        if m.history.search(self.text, *near):
            return False
        if strict and concept.unless is not None:
            s = self._sentence_of(start)
            if concept.unless.search(self.text, self.sent_starts[s], self.sent_ends[s]):
                return False
        return not self.negated(start, end)

    def hits(self, name: str, *, strict: bool = True) -> frozenset[int]:
        """Sentence indexes where the concept is asserted (not negated, not historical).

        strict applies the concept's 'unless' exclusions; urgency cues are not strict, so that
        "chest pain, clearly muscular when I press" is no emergency but still urgent.
        """
        key = (name, strict)
        found = self._hits.get(key)
        if found is None:
            concept = self.model.concepts[name]
            if not strict and concept.unless is None:
                return self.hits(name)
            sentences: set[int] = set()
            for n, mt in enumerate(concept.matcher.finditer(self.text, self.present)):
                if n >= _MAX_MATCHES:
                    break
                sentence = self._sentence_of(mt.start())
                if sentence not in sentences and self._valid(
                    concept, mt.start(), mt.end(), strict=strict
                ):
                    sentences.add(sentence)
            found = frozenset(sentences)
            self._hits[key] = found
        return found

    def count(self, matcher: Matcher) -> int:
        """Number of non-negated keyword matches."""
        total = 0
        for n, mt in enumerate(matcher.finditer(self.text, self.present)):
            if n >= _MAX_MATCHES:
                break
            total += not self.negated(mt.start(), mt.end())
        return total

    def fires(self, rule: Rule) -> bool:
        """True when one of the rule's combinations is fully present."""
        return self.fired(rule) is not None

    def fired(self, rule: Rule) -> Combination | None:
        """The first of the rule's combinations that is fully present, if any."""
        strict = rule.level == "emergency"
        for combo in rule.combinations:
            sets = []
            for name in combo.concepts:
                hit = self.hits(name, strict=strict)
                if not hit:
                    break
                sets.append(hit)
            else:
                if not combo.same_sentence or frozenset.intersection(*sets):
                    return combo
        return None
