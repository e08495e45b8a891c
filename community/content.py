"""Checking what doctors write to each other: the anonymiser and the guideline rules for discussion.

The rules come from the guideline versions in force for the author's jurisdiction (global set +
jurisdiction set), restricted to those a committee marked as applying to discussion (the optional
``discussion`` attribute of a rule) or, when unmarked, to the kinds that make sense between
colleagues. The ``identifiers`` kind runs the anonymiser (``guidelines.deid``), so a patient's name
or phone is blocked with the same explanation as in an answer.
"""

from __future__ import annotations

from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from guidelines.engine import Checker, Rule, Verdict
from guidelines.identifiers import compile_checker
from guidelines.models import GuidelineVersion
from guidelines.services import rules_of, versions_in_force

# Kinds that apply to colleague discussion when a rule does not say: identifiers and contact details
# (patients stay anonymous), abuse (which covers denigrating colleagues) and promotion.
DISCUSSION_KINDS = frozenset({"identifiers", "contact_solicitation", "abuse", "promotion"})
MAX_CHARS = 8000


def applies_to_discussion(rule: Rule) -> bool:
    """The committee's choice when given, otherwise the kind's default."""
    if rule.discussion is not None:
        return rule.discussion
    return rule.kind in DISCUSSION_KINDS


@lru_cache(maxsize=64)
def _checker(versions: tuple[tuple[int, str], ...]) -> Checker:
    # Approved versions never change, so a checker per tuple of (id, approval time) stays right
    # (the approval time guards against an id reused after a rolled-back insert).
    rules: list[Rule] = []
    for version in GuidelineVersion.objects.filter(pk__in=[pk for pk, _at in versions]).order_by(
        "pk"
    ):
        rules.extend(r for r in rules_of(version) if applies_to_discussion(r))
    return compile_checker(rules)  # the anonymiser injected for the identifiers kind


def discussion_verdict(*, text: str, lang: str, jurisdiction: str) -> Verdict:
    """The verdict of the discussion rules in force for a jurisdiction on a text."""
    versions = versions_in_force(jurisdiction=jurisdiction)
    key = tuple(sorted((v.pk, str(v.approved_at)) for v in versions))
    return _checker(key).check(text, lang=lang if lang in ("en", "fr") else "en")


def discussion_check(*, text: str, lang: str, jurisdiction: str, field: str = "body") -> None:
    """Raise a ValidationError (one message per broken rule, with its explanation) when a text is blocked."""
    if not text.strip():
        raise ValidationError({field: _("Write something first.")})
    if len(text) > MAX_CHARS:
        raise ValidationError({field: _("At most %(n)s characters.") % {"n": MAX_CHARS}})
    verdict = discussion_verdict(text=text, lang=lang, jurisdiction=jurisdiction)
    if verdict.passed:
        return
    messages: list[str] = []
    for violation in verdict.blocking:
        excerpt = text[violation.start : violation.end][:60]
        line = f"{violation.rule}: {violation.message}"
        if violation.explanation:
            line += f" {violation.explanation}"
        if excerpt:
            line += " " + _("(at “%(excerpt)s”)") % {"excerpt": excerpt}
        messages.append(line)
    raise ValidationError({field: list(dict.fromkeys(messages))})
