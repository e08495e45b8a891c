"""Case questions: ask a specialty from a held case (anonymised text only), escalate those left unanswered."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bridge.audit.services import audit_record
from bridge.text import clean_user_text
from community.access import doctor_required
from community.content import discussion_check
from community.models import Notification, Thread
from community.services.forum.posting import _add_post, _lang
from community.services.notify import notify
from doctor_space.models import DoctorProfile
from triage.core import SPECIALTIES, URGENCY_TARGET_MINUTES
from triage.models import Case
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable


def specialty_doctor_ids(specialty: str, *, exclude: int | None = None) -> list[int]:
    """Verified, active doctors of a specialty (main or extra)."""
    rows = DoctorProfile.objects.filter(
        status=DoctorProfile.Status.VERIFIED, user__is_active=True
    ).values_list("user_id", "specialty", "extra_specialties")
    return [
        uid
        for uid, main, extra in rows
        if uid != exclude and (main == specialty or specialty in (extra or []))
    ]


@transaction.atomic
def case_question_ask(*, doctor: Any, case_id: int, specialty: str, question: str) -> Thread:
    """From a case the doctor holds, ask a specialty; the thread carries the case's anonymised text only."""
    profile = doctor_required(doctor)
    case = case_get_for_doctor(doctor=doctor, case_id=case_id)
    if not (case.status == Case.Status.CLAIMED and case.claimed_by_id == doctor.pk):
        raise CaseUnavailable
    if specialty not in SPECIALTIES:
        raise ValidationError({"specialty": _("Choose a specialty.")})
    question = clean_user_text(question)
    discussion_check(
        text=question, lang=_lang(case.lang), jurisdiction=profile.jurisdiction, field="question"
    )
    label = SPECIALTIES[specialty].get(_lang(case.lang), specialty)
    title = (_("Case question for %(specialty)s") % {"specialty": label})[:160]
    thread = Thread.objects.create(
        space=specialty,
        title=title,
        author=doctor,
        lang=_lang(case.lang),
        case=case,
        case_text=case.redacted_text,
        case_urgency=case.urgency,
        last_post_at=timezone.now(),
    )
    _add_post(thread=thread, author=doctor, body=question, lang=thread.lang, quote=None, image=None)
    audit_record(
        actor=doctor,
        action="community.case_question",
        target=thread,
        data={"case": case.pk, "specialty": specialty},
    )
    notify(
        user_ids=specialty_doctor_ids(specialty, exclude=doctor.pk),
        kind=Notification.Kind.CASE_QUESTION,
        thread=thread,
    )
    return thread


def case_questions_escalate() -> int:
    """Case questions with no colleague reply past the case's urgency target: specialty, all doctors, staff."""
    from bridge.accounts.models import User

    now = timezone.now()
    count = 0
    open_threads = Thread.objects.filter(
        case__isnull=False, status=Thread.Status.OPEN, escalation_level__lt=3
    ).order_by("created_at")[:500]
    for thread in open_threads:
        target = timedelta(minutes=URGENCY_TARGET_MINUTES.get(thread.case_urgency, 1440))
        level = min(3, int((now - thread.created_at) / target)) if target.total_seconds() > 0 else 3
        if level <= thread.escalation_level:
            continue
        with transaction.atomic():
            updated = Thread.objects.filter(
                pk=thread.pk, escalation_level=thread.escalation_level
            ).update(escalation_level=level, last_escalated_at=now)
            if not updated:
                continue  # another beat run took it
            if level >= 3:
                users = list(
                    User.objects.filter(is_staff=True, is_active=True).values_list("pk", flat=True)
                )
            elif level == 2:
                users = list(
                    DoctorProfile.objects.filter(
                        status=DoctorProfile.Status.VERIFIED, user__is_active=True
                    )
                    .exclude(user_id=thread.author_id)
                    .values_list("user_id", flat=True)
                )
            else:
                users = specialty_doctor_ids(thread.space, exclude=thread.author_id)
            notify(user_ids=users, kind=Notification.Kind.ESCALATION, thread=thread)
            audit_record(
                actor=None,
                action="community.case_question_escalated",
                target=thread,
                data={"level": level, "notified": len(users)},
            )
        count += 1
    return count
