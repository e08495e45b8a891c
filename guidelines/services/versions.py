"""Reading guideline versions: which are in force, their rules, and compiled (cached) checkers."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache

from django.db.models import Q
from django.utils import timezone

from guidelines.engine import Checker, Rule, rule_from_dict
from guidelines.identifiers import compile_checker
from guidelines.models import GuidelineSet, GuidelineVersion


def text_hash(text: str) -> str:
    """SHA-256 of the exact text that was checked."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_hash(title: str | None) -> str | None:
    """SHA-256 of a library title a check covers; None for no title (as the answer guard computes it)."""
    return text_hash(title) if title else None


def versions_in_force(*, jurisdiction: str, at: datetime | None = None) -> list[GuidelineVersion]:
    """The global version plus the jurisdiction's version in force at a moment (default: now)."""
    moment = at or timezone.now()
    sets = GuidelineSet.objects.filter(Q(jurisdiction="") | Q(jurisdiction=jurisdiction.upper()))
    result = []
    for guideline_set in sets.order_by("jurisdiction"):
        version = (
            guideline_set.versions.filter(
                status__in=[GuidelineVersion.Status.ACTIVE, GuidelineVersion.Status.RETIRED],
                effective_from__lte=moment,
            )
            .filter(Q(retired_at__isnull=True) | Q(retired_at__gt=moment))
            .order_by("-effective_from", "-number")
            .first()
        )
        if version is not None:
            result.append(version)
    return result


def rules_of(version: GuidelineVersion) -> list[Rule]:
    """The engine rules of a version (stored dicts are validated again: cheap and safe)."""
    return [rule_from_dict(item) for item in version.rules]


@lru_cache(maxsize=256)
def _checker_for_approved(version_ids: tuple[int, ...]) -> Checker:
    versions = sorted(GuidelineVersion.objects.filter(pk__in=version_ids), key=lambda v: v.pk)
    rules: list[Rule] = []
    for version in versions:
        rules.extend(rules_of(version))
    return compile_checker(rules)


def checker_for(versions: Sequence[GuidelineVersion]) -> Checker:
    """A compiled checker: cached for approved versions, compiled fresh for drafts."""
    if all(
        v.status in (GuidelineVersion.Status.ACTIVE, GuidelineVersion.Status.RETIRED)
        for v in versions
    ):
        return _checker_for_approved(tuple(sorted(v.pk for v in versions)))
    rules: list[Rule] = []
    for version in versions:
        rules.extend(rules_of(version))
    return compile_checker(rules)


def author_display_for(*, jurisdiction: str) -> str:
    """How answers are signed under the set in force for a jurisdiction (name or pseudonym)."""
    guideline_set = GuidelineSet.objects.filter(jurisdiction=jurisdiction.upper()).first()
    if guideline_set is None:
        guideline_set = GuidelineSet.objects.filter(jurisdiction="").first()
    return guideline_set.author_display if guideline_set else GuidelineSet.AuthorDisplay.NAME
