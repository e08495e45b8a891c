"""How a doctor appears in the community: name or pseudonym, e-mail notifications."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required
from community.models import CommunityProfile


def community_profile_update(
    *, user: Any, pseudonym: str, use_pseudonym: bool, email_notifications: bool
) -> CommunityProfile:
    """Set how the doctor appears; a pseudonym is shown only where the jurisdiction's guidelines allow it."""
    from community.identity import pseudonym_allowed

    profile = doctor_required(user)
    pseudonym = clean_user_text(pseudonym)[:40]
    if use_pseudonym and not pseudonym_allowed(profile):
        raise ValidationError(
            {
                "use_pseudonym": _(
                    "The guidelines of your jurisdiction ask doctors to appear under their name."
                )
            }
        )
    if use_pseudonym and not re.fullmatch(r"[\w][\w.\-]{2,39}", pseudonym):
        raise ValidationError({"pseudonym": _("Use 3 to 40 letters, digits, '.', '-' or '_'.")})
    if (
        pseudonym
        and CommunityProfile.objects.filter(pseudonym__iexact=pseudonym).exclude(user=user).exists()
    ):
        raise ValidationError({"pseudonym": _("This pseudonym is taken.")})
    row, _created = CommunityProfile.objects.update_or_create(
        user=user,
        defaults={
            "pseudonym": pseudonym,
            "use_pseudonym": use_pseudonym,
            "email_notifications": email_notifications,
        },
    )
    audit_record(
        actor=user,
        action="community.identity_updated",
        target=row,
        data={"use_pseudonym": use_pseudonym},
    )
    return row
