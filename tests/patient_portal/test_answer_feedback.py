"""Thanks, rating and "report this answer" (issue 12): the patient's own answered questions only; reports go
to a staff queue whose decisions are audited, and an upheld report takes the answer out of the library."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from bridge.audit.models import AuditEvent
from patient_portal.models import AnswerFeedback, AnswerReport
from tests.factories import login_with_otp
from tests.flow_helpers import answered, submit


@pytest.fixture
def answered_question(
    patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> Any:
    return answered(patient, verified_doctor, django_capture_on_commit_callbacks)


@pytest.mark.django_db
def test_the_patient_rates_and_thanks_and_sees_it(
    answered_question: Any, patient_client: Client
) -> None:
    page = patient_client.get(f"/questions/{answered_question.pk}/").content.decode()
    assert "Was this answer helpful?" in page and "<legend>How helpful was this answer?" in page
    response = patient_client.post(
        f"/questions/{answered_question.pk}/rate/", {"rating": "4", "thanks": "on"}, follow=True
    )
    html = response.content.decode()
    assert "Thank you: your feedback was saved." in html
    assert "You rated it 4 stars out of 5." in html and "You thanked the doctor." in html
    patient_client.post(f"/questions/{answered_question.pk}/rate/", {"rating": "2"})
    feedback = AnswerFeedback.objects.get(question=answered_question)
    assert (feedback.rating, feedback.thanked) == (2, False)
    assert AuditEvent.objects.filter(action="answer.rated").count() == 2


@pytest.mark.django_db
def test_a_rating_out_of_range_or_before_an_answer_is_refused(
    answered_question: Any,
    patient: Any,
    patient_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    patient_client.post(f"/questions/{answered_question.pk}/rate/", {"rating": "9"})
    unanswered = submit(
        patient,
        "My ankle has been swollen since Monday.",
        django_capture_on_commit_callbacks=django_capture_on_commit_callbacks,
    )
    response = patient_client.post(
        f"/questions/{unanswered.pk}/rate/", {"rating": "5"}, follow=True
    )
    assert "This question has no answer yet." in response.content.decode()
    assert not AnswerFeedback.objects.exists()


@pytest.mark.django_db
def test_nobody_else_can_rate_or_report(answered_question: Any, other_patient: Any) -> None:
    client = Client()
    client.force_login(other_patient)
    assert (
        client.post(f"/questions/{answered_question.pk}/rate/", {"rating": "1"}).status_code == 404
    )
    assert (
        client.post(f"/questions/{answered_question.pk}/report/", {"reason": "rude"}).status_code
        == 404
    )
    assert not AnswerFeedback.objects.exists() and not AnswerReport.objects.exists()


@pytest.mark.django_db
def test_a_report_is_anonymised_reviewed_by_staff_and_upheld_out_of_the_library(
    answered_question: Any, patient_client: Client, staff_user: Any
) -> None:
    assert Client().get("/library/").content.decode().count('class="card') >= 1
    library_before = Client().get("/library/").content.decode()
    assert "atopic eczema" in library_before

    missing = patient_client.post(f"/questions/{answered_question.pk}/report/", {"details": "bad"})
    assert missing.status_code == 400 and "There is a problem" in missing.content.decode()
    response = patient_client.post(
        f"/questions/{answered_question.pk}/report/",
        {
            "reason": "unsafe",
            "details": "I am Tom Baker, call me on 07700 900 456; this advice is wrong.",
        },
    )
    assert response.status_code == 302
    report = AnswerReport.objects.get()
    assert "07700 900 456" not in report.details and "this advice is wrong" in report.details
    again = patient_client.post(f"/questions/{answered_question.pk}/report/", {"reason": "rude"})
    assert again.status_code == 400 and AnswerReport.objects.count() == 1

    staff = login_with_otp(Client(), staff_user)
    queue = staff.get("/staff/answer-reports/").content.decode()
    assert "It is wrong or could be unsafe" in queue and "07700" not in queue
    assert patient_client.get("/staff/answer-reports/").status_code == 403
    no_note = staff.post(f"/staff/answer-reports/{report.pk}/decide/", {"outcome": "upheld"})
    assert no_note.status_code == 302
    report.refresh_from_db()
    assert report.status == "open"
    staff.post(
        f"/staff/answer-reports/{report.pk}/decide/",
        {"outcome": "upheld", "note": "Missing red flags for a child."},
    )
    report.refresh_from_db()
    assert report.status == "upheld" and report.decided_by == staff_user
    event = AuditEvent.objects.get(action="answer_report.upheld")
    assert event.data["note"] == "Missing red flags for a child."
    assert "atopic eczema" not in Client().get("/library/").content.decode()
    page = patient_client.get(f"/questions/{answered_question.pk}/").content.decode()
    assert "Upheld: the answer was taken out of the public library" in page
    # Decided once: a second decision is refused.
    staff.post(
        f"/staff/answer-reports/{report.pk}/decide/",
        {"outcome": "dismissed", "note": "changed my mind"},
    )
    report.refresh_from_db()
    assert report.status == "upheld"


@pytest.mark.django_db
def test_feedback_in_french(
    other_patient: Any, verified_doctor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    other_patient.preferred_language = "fr"
    other_patient.save()
    question = answered(other_patient, verified_doctor, django_capture_on_commit_callbacks)
    client = Client()
    client.force_login(other_patient)
    page = client.get(f"/questions/{question.pk}/").content.decode()
    assert "Cette réponse vous a-t-elle aidé ?" in page and "Signaler cette réponse" in page
