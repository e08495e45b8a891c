"""Outbox handlers: escalation e-mails to doctors or staff, and 'the patient wrote back' to the doctor, each once."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext

from bridge.accounts.models import User
from bridge.audit.services import audit_record
from bridge.outbox.handlers import outbox_handler
from bridge.outbox.services import notification_send_once
from doctor_space.models import DoctorProfile
from triage.models import Answer, Case, CaseMessage


@outbox_handler("doctors.escalation")
def escalation_notify(*, case_id: int, level: int) -> int:
    """E-mail the doctors of the case's specialty (level 1), every verified doctor (2), or staff (3), once."""
    from django.core.mail import send_mass_mail
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
    messages = [(subject, body, None, [email]) for email in recipients]
    sent = 0

    def send() -> None:
        nonlocal sent
        sent = send_mass_mail(messages, fail_silently=False)

    if not notification_send_once(key=f"escalation:{case_id}:{level}", send=send):
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
            send_mail(
                subject=gettext("Bridge: the patient of case %(n)s wrote back")
                % {"n": message.case_id},
                message=gettext(
                    "Hello,\n\nThe patient of case %(n)s wrote back. Read it here: %(link)s\n"
                )
                % {"n": message.case_id, "link": link},
                from_email=None,
                recipient_list=[doctor.email],
            )

    return notification_send_once(key=f"patient-wrote:{message_id}", send=send)
