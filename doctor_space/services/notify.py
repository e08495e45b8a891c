"""Outbox handlers: escalation e-mails to doctors or staff, and 'the patient wrote back' to the doctor, each once."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from bridge.accounts.models import User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_mail, notification_send_once
from doctor_space.models import DoctorProfile
from triage.models import Answer, Case, CaseMessage


@outbox_handler("doctors.escalation")
def escalation_notify(*, case_id: int, level: int) -> int:
    """E-mail the doctors of the case's specialty (level 1), every verified doctor (2), or staff (3), once."""
    from django.urls import reverse

    case = Case.objects.filter(pk=case_id, status=Case.Status.QUEUED).first()
    if case is None:
        return 0
    if level >= 3:
        recipients = list(
            User.objects.filter(is_staff=True, is_active=True).values_list("email", flat=True)
        )
    else:
        doctors = DoctorProfile.objects.filter(
            status=DoctorProfile.Status.VERIFIED, user__is_active=True
        )
        if level == 1:
            doctors = doctors.filter(specialty=case.specialty)
        recipients = list(doctors.values_list("user__email", flat=True))
    subject = f"Bridge: a {case.urgency} case waits for a doctor ({case.specialty})"
    body = f"Case {case.pk} ({case.urgency}, {case.specialty}) is waiting past its target time.\n{settings.BRIDGE_SITE_URL}{reverse('doctor_space:case', args=[case.pk])}\n"
    key = f"escalation:{case_id}:{level}"
    sent = 0

    def send() -> None:
        nonlocal sent
        sent = notification_mail(key=key, subject=subject, body=body, to=recipients)

    if not notification_send_once(key=key, send=send):
        return 0
    audit_record(
        actor=None,
        action="case.escalation_notified",
        target=case,
        data={"level": level, "recipients": len(recipients)},
    )
    return sent


@outbox_handler("doctors.patient_wrote")
def patient_wrote_notify(*, message_id: int) -> bool:
    """E-mail the doctor who asked (or answered) that the patient wrote back, once; no text in the mail."""
    from django.urls import reverse

    message = (
        CaseMessage.objects.select_related("case", "reply_to__doctor").filter(pk=message_id).first()
    )
    if message is None:
        return False
    answer = Answer.objects.filter(case=message.case).select_related("doctor").first()
    doctor = (
        message.reply_to.doctor
        if message.reply_to is not None
        else (answer.doctor if answer else None)
    )
    if doctor is None:
        return False
    link = settings.BRIDGE_SITE_URL + reverse("doctor_space:case", args=[message.case_id])

    def send() -> None:
        with translation.override(doctor.preferred_language or "en"):
            notification_mail(
                key=f"patient-wrote:{message_id}",
                subject=gettext("Bridge: the patient of case %(n)s wrote back")
                % {"n": message.case_id},
                body=gettext(
                    "Hello,\n\nThe patient of case %(n)s wrote back. Read it here: %(link)s\n"
                )
                % {"n": message.case_id, "link": link},
                to=[doctor.email],
            )

    return notification_send_once(key=f"patient-wrote:{message_id}", send=send)
