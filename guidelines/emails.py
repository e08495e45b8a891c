"""E-mail to committee members that a version awaits their approval (through the outbox, once each)."""

from __future__ import annotations

from functools import partial
from typing import cast

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from guardian.shortcuts import get_users_with_perms

from bridge.accounts.models import User
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once
from guidelines.models import GuidelineVersion
from guidelines.permissions import GuidelinePerm


def approvers_of(version: GuidelineVersion) -> list[User]:
    """Active members who may approve this version: approval right on its set, never one of its editors."""
    members = cast(
        "QuerySet[User]",
        get_users_with_perms(
            version.guideline_set,
            only_with_perms_in=[GuidelinePerm.APPROVE.split(".")[1]],
            with_group_users=True,
        ),
    )
    excluded = {*version.editor_ids, version.created_by_id}
    return [m for m in members.filter(is_active=True).order_by("pk") if m.pk not in excluded]


@outbox_handler("guidelines.awaiting_approval")
def awaiting_approval_send(*, version_id: int, submission: str) -> int:
    """One e-mail per possible approver, in their language, with an absolute link to the version."""
    version = GuidelineVersion.objects.select_related("guideline_set").filter(pk=version_id).first()
    if version is None or version.status != GuidelineVersion.Status.PENDING:
        return 0
    link = f"{settings.BRIDGE_SITE_URL}{reverse('guidelines:version', args=[version.pk])}"
    sent = 0
    for member in approvers_of(version):
        with translation.override(member.preferred_language or "en"):
            subject = _("Bridge: a guideline version awaits your approval")
            body = _(
                "Version %(number)s of %(set)s was submitted and needs a second committee member's approval. "
                "Read every new or changed rule, try it on sample text and approve it or send it back:"
            ) % {"number": version.number, "set": version.guideline_set.name}
        email = member.email
        if email and notification_send_once(
            key=f"guidelines-awaiting:{version.pk}:{submission}:{member.pk}",
            send=partial(
                send_mail, subject, f"{body}\n{link}\n", None, [email], fail_silently=False
            ),
        ):
            sent += 1
    return sent
