"""Follow-ups and requests for details (issue 12): the patient's words reach the doctor anonymised after a
preview; the doctor's words pass the guideline check; both appear on the case and on the question page."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from doctor_space.services import doctor_message_send
from patient_portal.models import Notification, PatientMessage
from tests.factories import login_with_otp
from tests.flow_helpers import answered, submit
from triage.models import CaseMessage
from triage.services import case_claim

SECRET = "I am Tom Baker, my number is 07700 900 456."


def _preview_and_send(
    client: Client, question_id: int, text: str, reply_to: int | None = None
) -> Any:
    data = {"text": text, "action": "preview"} | ({"reply_to": str(reply_to)} if reply_to else {})
    preview = client.post(f"/questions/{question_id}/message/", data)
    assert preview.status_code == 200, preview.content.decode()[:500]
    fingerprint = re.search(r'name="fingerprint" value="([0-9a-f]+)"', preview.content.decode())
    assert fingerprint is not None
    return preview, client.post(
        f"/questions/{question_id}/message/",
        data | {"action": "send", "fingerprint": fingerprint.group(1)},
    )


@pytest.mark.django_db
def test_a_doctor_asks_for_details_and_the_patient_answers_anonymised(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
    settings: Any,
) -> None:
    settings.BRIDGE_SITE_URL = "https://bridge.example"
    question = submit(
        patient,
        "My child has a rash on the elbows for weeks.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    case_claim(doctor=verified_doctor, case_id=int(question.case_id or 0))
    doctor = login_with_otp(Client(), verified_doctor)
    with django_capture_on_commit_callbacks(execute=True):
        sent = doctor.post(
            f"/doctors/cases/{int(question.case_id or 0)}/message/",
            {"message": "Does the rash itch, and has your child had a fever?"},
        )
    assert sent.status_code == 302
    request = CaseMessage.objects.get(kind="details_request")
    assert request.guideline_check is not None and request.guideline_check.passed
    # The patient is told on the site and by e-mail (an absolute link, no text).
    assert Notification.objects.filter(user=patient, kind="details_requested").exists()
    assert f"https://bridge.example/questions/{question.pk}/" in mail.outbox[-1].body
    assert "itch" not in mail.outbox[-1].body

    page = patient_client.get(f"/questions/{question.pk}/").content.decode()
    assert "Does the rash itch" in page and "Answer the doctor" in page

    with django_capture_on_commit_callbacks(execute=True):
        preview, response = _preview_and_send(
            patient_client, question.pk, f"Yes it itches. {SECRET}", reply_to=request.pk
        )
    assert (
        "07700 900 456"
        not in preview.content.decode().split("What the doctor will read")[1].split("</section>")[0]
    )
    assert response.status_code == 302
    reply = CaseMessage.objects.get(kind="details_reply")
    assert reply.reply_to == request and "07700" not in reply.text and "Tom Baker" not in reply.text
    assert PatientMessage.objects.get().text.endswith(
        SECRET
    )  # the patient's own words stay on their side
    # The doctor reads the anonymised reply on the case and was e-mailed.
    case_page = doctor.get(f"/doctors/cases/{int(question.case_id or 0)}/").content.decode()
    assert "Yes it itches." in case_page and "07700" not in case_page
    assert any("wrote back" in m.subject for m in mail.outbox)
    # One reply per request: a second one is refused.
    _preview, again = _preview_and_send(
        patient_client, question.pk, "More details", reply_to=request.pk
    )
    assert (
        again.status_code == 409 and CaseMessage.objects.filter(kind="details_reply").count() == 1
    )


@pytest.mark.django_db
def test_a_doctors_message_that_breaks_the_guidelines_is_not_sent(
    patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    question = submit(
        patient,
        "My knee hurts when I run downhill.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    case_claim(doctor=verified_doctor, case_id=int(question.case_id or 0))
    doctor = login_with_otp(Client(), verified_doctor)
    response = doctor.post(
        f"/doctors/cases/{int(question.case_id or 0)}/message/",
        {"message": "Call me on 07700 900 456 so we can talk."},
    )
    assert response.status_code == 422
    assert "CONTACT-01" in response.content.decode()
    assert not CaseMessage.objects.exists() and not Notification.objects.exists()


@pytest.mark.django_db
def test_only_the_holder_asks_and_only_the_answering_doctor_replies(
    patient: Any, verified_doctor: Any, other_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from triage.services import CaseUnavailable

    question = submit(
        patient,
        "A sore throat for five days now.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    with pytest.raises(CaseUnavailable):
        doctor_message_send(
            doctor=other_doctor, case_id=int(question.case_id or 0), text="Any fever?"
        )  # nobody holds it
    assert not CaseMessage.objects.filter(kind="details_request").exists()


@pytest.mark.django_db
def test_a_follow_up_after_the_answer_and_the_doctors_reply(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    other_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    page = patient_client.get(f"/questions/{question.pk}/").content.decode()
    assert "Ask a follow-up question" in page
    with django_capture_on_commit_callbacks(execute=True):
        _preview, response = _preview_and_send(
            patient_client, question.pk, f"Can I use the cream on her face? {SECRET}"
        )
    assert response.status_code == 302
    follow_up = CaseMessage.objects.get(kind="follow_up")
    assert "07700" not in follow_up.text
    # One at a time: no second follow-up before the reply.
    assert (
        "Ask a follow-up question"
        not in patient_client.get(f"/questions/{question.pk}/").content.decode()
    )

    from django.http import Http404

    with pytest.raises(Http404):  # another doctor cannot even open an answered case
        doctor_message_send(
            doctor=other_doctor,
            case_id=int(question.case_id or 0),
            text="Yes.",
            reply_to_id=follow_up.pk,
        )
    doctor = login_with_otp(Client(), verified_doctor)
    case_page = doctor.get(f"/doctors/cases/{int(question.case_id or 0)}/").content.decode()
    assert (
        "Can I use the cream on her face?" in case_page and "Check and send my reply" in case_page
    )
    with django_capture_on_commit_callbacks(execute=True):
        doctor.post(
            f"/doctors/cases/{int(question.case_id or 0)}/message/",
            {
                "message": "Use only a mild emollient on the face; ask your GP before any steroid cream there.",
                "reply_to": str(follow_up.pk),
            },
        )
    assert CaseMessage.objects.filter(kind="follow_up_reply", reply_to=follow_up).exists()
    assert Notification.objects.filter(user=patient, kind="follow_up_answered").exists()
    page = patient_client.get(f"/questions/{question.pk}/").content.decode()
    assert "Use only a mild emollient on the face" in page and "Ask a follow-up question" in page
    # The export has the exchange, with the patient's own words.
    assert (
        "Can I use the cream on her face? I am Tom Baker"
        in patient_client.get("/me/export/").content.decode()
    )


@pytest.mark.django_db
def test_a_stale_preview_is_refused(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    response = patient_client.post(
        f"/questions/{question.pk}/message/",
        {"text": "Changed words", "action": "send", "fingerprint": "0" * 16},
    )
    assert response.status_code == 409 and not CaseMessage.objects.filter(kind="follow_up").exists()


@pytest.mark.django_db
def test_nobody_else_writes_on_a_question(
    other_patient: Any, patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(other_patient)
    assert (
        client.post(
            f"/questions/{question.pk}/message/", {"text": "hello there", "action": "preview"}
        ).status_code
        == 404
    )


@pytest.mark.django_db
def test_the_exchange_in_french(
    other_patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    other_patient.preferred_language = "fr"
    other_patient.save()
    question = answered(other_patient, verified_doctor, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(other_patient)
    page = client.get(f"/questions/{question.pk}/").content.decode()
    assert "Poser une question complémentaire" in page and "Vérifier ce que le médecin lira" in page
    preview = client.post(
        f"/questions/{question.pk}/message/", {"text": "Et pour le visage ?", "action": "preview"}
    ).content.decode()
    assert "Ce que le médecin lira" in preview and "Envoyer tel quel" in preview


@pytest.mark.django_db
def test_a_leak_reported_in_a_follow_up_is_redacted_there_and_stays_hidden(
    patient: Any,
    patient_client: Client,
    verified_doctor: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from doctor_space.leaks import leak_report
    from patient_portal.exchange import message_preview

    question = answered(patient, verified_doctor, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        _preview_and_send(patient_client, question.pk, "We live by the old mill at glenvarrow.")
    assert (
        "glenvarrow" in CaseMessage.objects.get(kind="follow_up").text
    )  # the anonymiser missed it
    outcome = leak_report(
        doctor=verified_doctor, case_id=int(question.case_id or 0), phrase="glenvarrow"
    )
    assert outcome.in_case == 0
    assert "glenvarrow" not in CaseMessage.objects.get(kind="follow_up").text
    question.refresh_from_db()
    assert "glenvarrow" not in message_preview(question=question, text="glenvarrow again").text


@pytest.mark.django_db
def test_an_empty_or_blank_doctor_message_is_a_form_error(
    patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    question = submit(
        patient,
        "My knee hurts when I run downhill.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    case_claim(doctor=verified_doctor, case_id=int(question.case_id or 0))
    doctor = login_with_otp(Client(), verified_doctor)
    response = doctor.post(
        f"/doctors/cases/{int(question.case_id or 0)}/message/", {"message": "   "}
    )
    assert response.status_code == 400 and "There is a problem" in response.content.decode()
    assert not CaseMessage.objects.exists()
