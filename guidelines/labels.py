"""Plain names, in the reader's language, for the engine's rule kinds and parameters.

The engine names kinds for code (``contact_solicitation``); committee members read these instead.
An unknown kind falls back to its identifier with spaces, so a new engine kind never breaks a page.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

KIND_LABELS = {
    "identifiers": _("Details that identify a person"),
    "contact_solicitation": _("Private contact outside Bridge"),
    "care_relationship": _("Starting a care relationship"),
    "prescription": _("Individual prescription or dose"),
    "diagnosis": _("Individual diagnosis"),
    "promotion": _("Promotion of one's own practice"),
    "conflict_of_interest": _("Undisclosed conflict of interest"),
    "link_policy": _("Links"),
    "overclaiming": _("Overclaiming"),
    "abuse": _("Abusive words"),
    "required_phrase": _("Required statement"),
    "citation": _("Sources cited"),
    "length": _("Answer length"),
    "forbidden_phrase": _("Forbidden phrases"),
    "pattern": _("Forbidden pattern"),
    "emergency_block": _("Emergency guidance"),
    "false_reassurance": _("False reassurance"),
}

SEVERITY_LABELS = {"block": _("Blocks publication"), "warn": _("Warning to acknowledge")}


def kind_label(kind: str) -> str:
    """The plain name of a rule kind."""
    label = KIND_LABELS.get(kind)
    return str(label) if label is not None else kind.replace("_", " ").capitalize()


def param_label(name: str) -> str:
    """A parameter's name as a reader would write it."""
    return name.replace("_", " ").capitalize()
