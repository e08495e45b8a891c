"""A doctor who leaves the register is suspended by the next import: refused at once, held cases back in the queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from bridge.audit.models import AuditEvent
from doctor_space.models import DoctorProfile
from tests.factories import PASSWORD, login_with_otp, make_doctor, make_user
from tests.registers.conftest import import_file
from tests.registers.files import nppes_text, rpps_text, write
from triage.core import TriageResult
from triage.models import Case
from triage.services import case_claim, case_open

pytestmark = pytest.mark.django_db


def _case() -> Case:
    result = TriageResult(emergency=False, red_flags=(), urgency="routine", specialty="dermatology")
    return case_open(
        redacted_text="A rash on the elbows for three weeks.",
        lang="fr",
        country="FR",
        triage=result,
    )


def test_a_doctor_who_vanishes_from_a_reimport_is_suspended_and_their_case_returns(
    tmp_path: Path, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given: two verified RPPS doctors in the register, Hugo holding a case in his session
    staff = make_user("staff@example.org", None, staff=True)
    hugo = make_doctor(
        "hugo@example.org",
        register="rpps",
        number="10003456786",
        jurisdiction="FR",
        specialty="dermatology",
    )
    ines = make_doctor("ines@example.org", register="rpps", number="10001045367", jurisdiction="FR")
    import_file("rpps", write(tmp_path, "a.txt", rpps_text("lefevre", "garcia")))
    session = login_with_otp(Client(), hugo)
    held, other = _case(), _case()
    assert session.post(f"/doctors/cases/{held.pk}/claim/").status_code == 302
    held.refresh_from_db()
    assert held.status == "claimed" and held.claimed_by == hugo
    # when: Hugo is no longer in the next extract
    with django_capture_on_commit_callbacks(execute=True):
        printed = import_file("rpps", write(tmp_path, "b.txt", rpps_text("garcia")))
    # then
    assert "1 disappeared, 1 doctor(s) suspended" in printed
    assert DoctorProfile.objects.get(user=hugo).status == "suspended"
    assert DoctorProfile.objects.get(user=ines).status == "verified"
    returned = Case.objects.get(pk=held.pk)
    assert (
        returned.status == "queued" and returned.claimed_by is None
    )  # back in the queue for another doctor
    other.refresh_from_db()
    assert other.status == "queued"
    # The same session is refused at once, pages and API, and pointed to the status page.
    refused = session.get("/doctors/")
    assert refused.status_code == 403 and "/join/doctor/pending/" in refused.content.decode()
    assert session.get("/api/doctor/cases/").status_code == 403
    assert session.post(f"/doctors/cases/{other.pk}/claim/").status_code == 403
    assert "Your access is suspended" in session.get("/join/doctor/pending/").content.decode()
    # The doctor and staff are told; every step is audited.
    recipients = {tuple(m.to) for m in mail.outbox}
    assert ("hugo@example.org",) in recipients and (staff.email,) in recipients
    suspended_mail = next(m for m in mail.outbox if m.to == ["hugo@example.org"])
    assert "suspended" in suspended_mail.subject and "rash" not in suspended_mail.body
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert {"doctor.suspended", "case.returned_to_queue", "register.imported"} <= set(actions)


def test_a_suspended_doctor_signing_in_lands_on_their_status_page(tmp_path: Path) -> None:
    hugo = make_doctor(
        "hugo@example.org",
        register="rpps",
        number="10003456786",
        jurisdiction="FR",
        status="suspended",
    )
    response = Client().post("/accounts/login/", {"username": hugo.email, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/join/doctor/pending/"


def test_doctors_still_listed_are_left_alone_and_other_registers_untouched(tmp_path: Path) -> None:
    gp = make_doctor("gp@example.org")  # GMC: no GMC file imported, nothing to compare with
    sam = make_doctor("sam@example.org", register="npi", number="1234567893", jurisdiction="US")
    import_file("nppes", write(tmp_path, "a.csv", nppes_text("pending")))
    assert "0 doctor(s) suspended" in import_file(
        "nppes", write(tmp_path, "b.csv", nppes_text("pending", "nurse"))
    )
    assert DoctorProfile.objects.get(user=sam).status == "verified"
    assert DoctorProfile.objects.get(user=gp).status == "verified"


def test_a_verified_doctor_never_in_the_register_is_suspended_by_its_first_import(
    tmp_path: Path,
) -> None:
    sam = make_doctor("sam@example.org", register="npi", number="1234567893", jurisdiction="US")
    assert "1 doctor(s) suspended" in import_file(
        "nppes", write(tmp_path, "a.csv", nppes_text("hospital"))
    )
    assert DoctorProfile.objects.get(user=sam).status == "suspended"


def test_pending_doctors_are_not_suspended_and_claims_by_others_stay(
    tmp_path: Path, guideline_sets: Any
) -> None:
    pending = make_doctor(
        "p@example.org", register="rpps", number="10003456786", jurisdiction="FR", status="pending"
    )
    keeper = make_doctor("k@example.org", register="gmc", number="7012345")
    case = _case()
    case_claim(doctor=keeper, case_id=case.pk)
    import_file("rpps", write(tmp_path, "a.txt", rpps_text("garcia")))
    assert DoctorProfile.objects.get(user=pending).status == "pending"
    case.refresh_from_db()
    assert case.status == "claimed" and case.claimed_by == keeper


def test_a_suspended_doctor_back_in_the_register_goes_to_staff_not_straight_back_in(
    tmp_path: Path, staff_user: Any
) -> None:
    hugo = make_doctor(
        "hugo@example.org",
        register="rpps",
        number="10003456786",
        jurisdiction="FR",
        specialty="dermatology",
    )
    import_file("rpps", write(tmp_path, "a.txt", rpps_text("lefevre", "garcia")))
    import_file("rpps", write(tmp_path, "b.txt", rpps_text("garcia")))
    assert DoctorProfile.objects.get(user=hugo).status == "suspended"
    import_file("rpps", write(tmp_path, "c.txt", rpps_text("lefevre", "garcia")))
    profile = DoctorProfile.objects.get(user=hugo)
    assert profile.status == "suspended"
    assert (profile.verification.outcome, profile.verification.step) == ("matched", "staff")
    staff = Client()
    staff.force_login(staff_user, backend="django.contrib.auth.backends.ModelBackend")
    assert "Hugo" in staff.get("/staff/doctors/").content.decode()
    assert (
        staff.post(
            f"/staff/doctors/{profile.pk}/", {"decision": "verify", "document_checked": "on"}
        ).status_code
        == 302
    )
    assert DoctorProfile.objects.get(user=hugo).status == "verified"
