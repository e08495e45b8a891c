"""Compiling rules into a checker and checking answers."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guidelines.engine.contractions import restore_contractions
from guidelines.engine.kinds import KINDS
from guidelines.engine.kinds.base import BuildEnv, Doc, Hit, IdentifierFinder, Matcher
from guidelines.engine.model import LANGUAGES, CheckContext, Rule, RuleError, Verdict, Violation
from guidelines.engine.normalise import normalise
from guidelines.engine.rules import rule_from_dict, rule_to_dict
from guidelines.engine.spoken import read_spoken_punctuation

MAX_TEXT_CHARS = 200_000
_EMPTY_CONTEXT = CheckContext()


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    matcher: Matcher
    # Rules of the same kind with the same parameters share one matcher run per check.
    key: str


class Checker:
    """A compiled set of rules; ``check`` is deterministic and thread-safe."""

    def __init__(self, compiled: Sequence[_Compiled], finder: IdentifierFinder | None) -> None:
        self._by_lang: dict[str, tuple[_Compiled, ...]] = {
            lang: tuple(c for c in compiled if lang in c.rule.languages) for lang in LANGUAGES
        }
        self._finder = finder
        self.rules: tuple[Rule, ...] = tuple(c.rule for c in compiled)

    def check(self, text: str, *, lang: str = "en", context: CheckContext | None = None) -> Verdict:
        """Check an answer; violations carry spans into the original text, sorted by (start, rule)."""
        if lang not in self._by_lang:
            raise ValueError(f"Unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}.")
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
        # a dictated answer's spoken marks ("comma", « à la ligne ») read as punctuation (engine/spoken.py)
        norm = read_spoken_punctuation(normalise(text))
        # phone-typed negations ("dont", "wont") read with their apostrophe (engine/contractions.py)
        norm = restore_contractions(norm, lang)
        doc = Doc(norm, lang, context or _EMPTY_CONTEXT, self._finder)
        found: set[Violation] = set()
        shared: dict[str, list[Hit]] = {}
        for c in self._by_lang[lang]:
            r = c.rule
            hits = shared.get(c.key)
            if hits is None:
                hits = shared[c.key] = list(c.matcher(doc))
            for hit in hits:
                start, end = norm.to_original(hit.start, hit.end)
                severity = hit.severity or r.severity
                found.add(
                    Violation(
                        r.code, r.kind, severity, hit.message, start, end, r.explanation, r.source
                    )
                )
        ordered = tuple(
            sorted(merge_equivalent(found), key=lambda v: (v.start, v.rule, v.end, v.message))
        )
        return Verdict(passed=not any(v.severity == "block" for v in ordered), violations=ordered)


# Kinds whose rules say the same thing whatever the set (URG-01 and GB-URG-01 both ask for emergency guidance);
# committee-written kinds and required statements differ from rule to rule and are never merged.
_NOT_MERGED = frozenset({"pattern", "forbidden_phrase", "required_phrase"})
_JURISDICTION_CODE = re.compile(r"^[A-Z]{2}-")


def merge_equivalent(found: Iterable[Violation]) -> list[Violation]:
    """One message per problem: overlapping violations of the same built-in kind are merged across sets.

    The one kept blocks if any of them blocks, and is the jurisdiction's own rule when there is one (its message
    names the local numbers and sources), then the smallest code: deterministic whatever the rule order.
    """
    by_kind: dict[str, list[Violation]] = {}
    for v in found:
        by_kind.setdefault(v.kind, []).append(v)
    kept: list[Violation] = []
    for kind, group in by_kind.items():
        if kind in _NOT_MERGED or len({v.rule for v in group}) < 2:
            kept.extend(group)
            continue
        kept.extend(_merge_group(group))
    return kept


def _rank(v: Violation) -> tuple[bool, bool, str, int, int, str]:
    return (
        v.severity != "block",
        not _JURISDICTION_CODE.match(v.rule),
        v.rule,
        v.start,
        v.end,
        v.message,
    )


def _merge_group(group: list[Violation]) -> list[Violation]:
    # Kept spans sorted by start (bisect), so hostile answers with thousands of hits stay linear-ish.
    starts: list[int] = []
    spans: list[tuple[int, int, str]] = []
    points: dict[int, set[str]] = {}
    longest = 0
    out: list[Violation] = []
    for v in sorted(group, key=_rank):
        if v.start == v.end:
            if points.get(v.start, set()) - {v.rule}:
                continue
            points.setdefault(v.start, set()).add(v.rule)
            out.append(v)
            continue
        i = bisect_left(starts, v.end)
        clash = False
        while i > 0:
            i -= 1
            s, e, rule = spans[i]
            if s + longest <= v.start:
                break
            if e > v.start and rule != v.rule:
                clash = True
                break
        if clash:
            continue
        j = bisect_left(starts, v.start)
        starts.insert(j, v.start)
        spans.insert(j, (v.start, v.end, v.rule))
        longest = max(longest, v.end - v.start)
        out.append(v)
    return out


def compile_rules(
    rules: Sequence[Rule],
    *,
    identifier_finder: IdentifierFinder | None = None,
    drug_names: Iterable[str] = (),
) -> Checker:
    """Compile rules once into a Checker (regexes precompiled); raise RuleError on invalid rules.

    ``identifier_finder`` (the anonymiser, ``guidelines.identifiers.find_identifiers``) is required when a rule
    of the identifiers kind is compiled. ``drug_names`` (folded single words, ``guidelines.identifiers.medicine_names``)
    are read as drugs by the prescription kind besides its own list; none by default."""
    compiled: list[_Compiled] = []
    needs_ids = any(KINDS[r.kind].needs_identifiers for r in rules if r.kind in KINDS)
    finder = identifier_finder
    if needs_ids and finder is None:
        # The anonymiser is injected, never guessed: an identifiers rule without it would pass everything.
        raise RuleError(
            {
                "kind": [
                    "The identifiers kind needs an identifier finder (the anonymiser): pass "
                    "identifier_finder= to compile_rules."
                ]
            }
        )
    env = BuildEnv(identifier_finder=finder, drug_names=frozenset(drug_names))
    built: dict[str, Matcher] = {}
    for r in rules:
        if r.kind not in KINDS:
            raise RuleError({"kind": [f'Unknown kind "{r.kind}" in rule {r.code}.']})
        # Rules built by hand (not via rule_from_dict) get their parameters validated and defaulted.
        rule = rule_from_dict(rule_to_dict(r)) if not _looks_validated(r) else r
        key = rule.kind + json.dumps(rule_to_dict(rule)["params"], sort_keys=True)
        matcher = built.get(key)
        if matcher is None:
            matcher = built[key] = KINDS[r.kind].build(rule, env)
        compiled.append(_Compiled(rule, matcher, key))
    return Checker(compiled, finder if needs_ids else None)


def _looks_validated(rule: Rule) -> bool:
    names = {p.name for p in KINDS[rule.kind].params}
    return set(rule.params) == names
