"""Guideline services: versions and the four-eyes workflow, answer checks, impact preview, seeding.

The rule engine itself is pure Python (``guidelines.engine``); these modules turn models into engine
inputs, cache compiled checkers per approved version (approved versions never change), and store
every verdict with the hash of the exact text and the version ids it was checked against.

One module per concern; this package re-exports the public names so callers import from
``guidelines.services`` as before.
"""

from guidelines.services.checks import (
    CheckOutcome,
    answer_check,
    answer_recheck,
    check_cover_title,
    check_still_valid,
    message_check,
    title_check,
    versions_in_force_lock,
)
from guidelines.services.impact import (
    AnswerSource,
    ImpactReport,
    ImpactRow,
    guideline_version_impact,
    guideline_version_impact_report,
    register_answer_source,
    rule_changes,
    rule_try,
    version_diff,
)
from guidelines.services.seeding import (
    committee_membership_grant,
    guideline_sets_for_member,
    guideline_sets_seed,
)
from guidelines.services.versions import (
    author_display_for,
    checker_for,
    rules_of,
    text_hash,
    title_hash,
    versions_in_force,
)
from guidelines.services.workflow import (
    guideline_draft_create,
    guideline_draft_update,
    guideline_version_approve,
    guideline_version_return_to_draft,
    guideline_version_submit,
    validate_rules,
)

__all__ = [
    "AnswerSource",
    "CheckOutcome",
    "ImpactReport",
    "ImpactRow",
    "answer_check",
    "answer_recheck",
    "author_display_for",
    "check_cover_title",
    "check_still_valid",
    "checker_for",
    "committee_membership_grant",
    "guideline_draft_create",
    "guideline_draft_update",
    "guideline_sets_for_member",
    "guideline_sets_seed",
    "guideline_version_approve",
    "guideline_version_impact",
    "guideline_version_impact_report",
    "guideline_version_return_to_draft",
    "guideline_version_submit",
    "message_check",
    "register_answer_source",
    "rule_changes",
    "rule_try",
    "rules_of",
    "text_hash",
    "title_check",
    "title_hash",
    "validate_rules",
    "version_diff",
    "versions_in_force",
    "versions_in_force_lock",
]
