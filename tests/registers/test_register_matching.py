"""Registration is matched against the imported register; a match is verified only after a proof of control."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from bridge.audit.models import AuditEvent
from doctor_space.models import DoctorProfile, ProofCode, Verification
from tests.registers.conftest import import_file, register_doctor
from tests.registers.files import nppes_text, rpps_text, write

pytestmark = pytest.mark.django_db
HUGO = {
    "full_name": "Hugo Lefevre",
    "register": "rpps",
    "number": "1000 3456 786",
    "specialty": "dermatology",
}


@pytest.fixture
def rpps(tmp_path: Path) -> None:
    import_file("rpps", write(tmp_path, "rpps.txt", rpps_text("lefevre", "garcia")))


def _code_from(message: Any) -> str:
    found = re.search(r"\b(\d{8})\b", message.body)
    assert found, message.body
    return found.group(1)


def _staff_client(staff_user: Any) -> Client:
    client = Client()
    client.force_login(staff_user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_matching_doctor_is_verified_by_the_code_sent_to_the_register_email(
    rpps: None, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = register_doctor(client, email="hugo.private@example.org", **HUGO)
    assert response.status_code == 302 and response["Location"] == "/join/doctor/pending/"
    profile = DoctorProfile.objects.get()
    assert profile.verification.outcome == "matched" and profile.verification.step == "proof"
    # The code goes to the address the register publishes, never to the one typed at registration.
    [code_mail] = mail.outbox
    assert code_mail.to == ["hugo.lefevre@cabinet-lefevre.example.fr"]
    page = client.get("/join/doctor/pending/").content.decode()
    assert "h•••@cabinet-lefevre.example.fr" in page and 'autocomplete="one-time-code"' in page
    assert "hugo.lefevre@cabinet" not in page
    # A wrong code is refused and counted; the right one verifies at once.
    wrong = client.post("/join/doctor/pending/", {"code": "00000000"})
    assert wrong.status_code == 400 and "not valid" in wrong.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        right = client.post("/join/doctor/pending/", {"code": _code_from(code_mail)})
    assert right.status_code == 302
    profile.refresh_from_db()
    assert profile.status == "verified" and profile.verification.proof_method == "email_code"
    assert (
        mail.outbox[-1].to == ["hugo.private@example.org"] and "verified" in mail.outbox[-1].subject
    )
    actions = set(
        AuditEvent.objects.filter(target_id=str(profile.pk)).values_list("action", flat=True)
    )
    assert {
        "doctor.registered",
        "doctor.verification_changed",
        "doctor.proof_failed",
        "doctor.proof_passed",
        "doctor.verified",
    } <= actions
    # Verified: the closed space now asks for the second factor (not a 403).
    assert client.get("/doctors/")["Location"].startswith("/accounts/2fa/")


def test_codes_are_limited_to_five_tries(
    rpps: None, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(client, email="hugo.private@example.org", **HUGO)
    code = _code_from(mail.outbox[0])
    for _ in range(5):
        client.post("/join/doctor/pending/", {"code": "12345678"})
    assert client.post("/join/doctor/pending/", {"code": code}).status_code == 400
    assert DoctorProfile.objects.get().status == "pending"
    # A new code can be asked for (not twice in a minute), and works.
    with django_capture_on_commit_callbacks(execute=True):
        too_soon = client.post("/join/doctor/pending/new-code/", follow=True)
    assert "Wait a little" in too_soon.content.decode() and len(mail.outbox) == 1
    ProofCode.objects.update(created_at=timezone.now() - timedelta(minutes=2))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/join/doctor/pending/new-code/")
    assert len(mail.outbox) == 2
    assert (
        client.post("/join/doctor/pending/", {"code": _code_from(mail.outbox[1])}).status_code
        == 302
    )


def test_name_mismatch_goes_to_staff_with_the_reason(
    rpps: None, staff_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(client, email="marc@example.org", **(HUGO | {"full_name": "Marc Dubois"}))
    profile = DoctorProfile.objects.get()
    assert profile.verification.outcome == "name_mismatch" and profile.verification.step == "staff"
    assert mail.outbox == []  # no code for a mismatch
    assert (
        "A staff member checks your registration by hand"
        in client.get("/join/doctor/pending/").content.decode()
    )
    staff = _staff_client(staff_user)
    queue = staff.get("/staff/doctors/").content.decode()
    assert "Marc Dubois" in queue and "The name differs from the register" in queue
    detail = staff.get(f"/staff/doctors/{profile.pk}/").content.decode()
    assert "LEFÈVRE" in detail and "Marc Dubois" in detail
    # One click is not enough without a proof of control: staff must say they checked a document.
    refused = staff.post(f"/staff/doctors/{profile.pk}/", {"decision": "verify"})
    assert refused.status_code == 400 and "checked a document" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        asked = staff.post(
            f"/staff/doctors/{profile.pk}/",
            {"decision": "more_needed", "note": "Send your ID card."},
        )
    assert asked.status_code == 302
    assert (
        mail.outbox[-1].to == ["marc@example.org"] and "Send your ID card." in mail.outbox[-1].body
    )
    assert "Send your ID card." in client.get("/join/doctor/pending/").content.decode()
    staff.post(f"/staff/doctors/{profile.pk}/", {"decision": "reject"})
    profile.refresh_from_db()
    assert profile.status == "rejected"


def test_duplicate_number_goes_to_review_and_the_real_doctor_is_not_locked_out(
    rpps: None, staff_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # given: someone registers first with Hugo's public number and name
    squatter = Client()
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(squatter, email="squatter@example.org", **HUGO)
    # when: the real Hugo registers with the same number
    real = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = register_doctor(real, email="hugo.private@example.org", **HUGO)
    # then: accepted, both claims in review, each code went to the register's address (Hugo's)
    assert response.status_code == 302
    first, second = DoctorProfile.objects.order_by("pk")
    assert [first.verification.outcome, second.verification.outcome] == ["duplicate", "duplicate"]
    assert [first.verification.step, second.verification.step] == ["staff", "staff"]
    assert [m.to for m in mail.outbox] == [["hugo.lefevre@cabinet-lefevre.example.fr"]] * 2
    real_code = _code_from(mail.outbox[1])
    assert squatter.post("/join/doctor/pending/", {"code": real_code}).status_code == 400
    assert real.post("/join/doctor/pending/", {"code": real_code}).status_code == 302
    second.refresh_from_db()
    assert (
        second.status == "pending" and second.verification.proof_passed_at is not None
    )  # staff decide
    staff = _staff_client(staff_user)
    detail = staff.get(f"/staff/doctors/{second.pk}/").content.decode()
    assert "squatter@example.org" in detail and "Other accounts claiming this number" in detail
    assert staff.post(f"/staff/doctors/{second.pk}/", {"decision": "verify"}).status_code == 302
    second.refresh_from_db()
    assert second.status == "verified"
    # The other claimant cannot be verified on the same number, even with a document check.
    refused = staff.post(
        f"/staff/doctors/{first.pk}/", {"decision": "verify", "document_checked": "on"}
    )
    assert refused.status_code == 400 and "Another account is verified" in refused.content.decode()


def test_no_email_on_the_register_means_a_document_check_by_staff(
    rpps: None, staff_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(
            client,
            full_name="Inès Garcia Nuñez",
            email="ines@example.org",
            register="rpps",
            number="10001045367",
            specialty="general_practice",
        )
    verification = Verification.objects.get()
    assert (verification.outcome, verification.step, verification.proof_method) == (
        "matched",
        "staff",
        "staff_document",
    )
    assert mail.outbox == []
    assert "document check by our staff" in client.get("/join/doctor/pending/").content.decode()
    staff = _staff_client(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            staff.post(
                f"/staff/doctors/{verification.profile_id}/",
                {"decision": "verify", "document_checked": "on"},
            ).status_code
            == 302
        )
    assert DoctorProfile.objects.get().status == "verified"
    assert mail.outbox[-1].to == ["ines@example.org"]


@pytest.mark.parametrize(
    ("number", "name", "specialty", "outcome"),
    [
        ("10000000017", "Hugo Lefevre", "dermatology", "not_found"),
        ("10003456786", "Hugo Lefevre", "cardiology", "specialty_mismatch"),
        ("10003456786", "Lefèvre Hugo", "dermatology", "matched"),
    ],
)
def test_register_outcomes(
    rpps: None, number: str, name: str, specialty: str, outcome: str
) -> None:
    register_doctor(
        Client(),
        full_name=name,
        email="x@example.org",
        register="rpps",
        number=number,
        specialty=specialty,
    )
    assert Verification.objects.get().outcome == outcome


def test_a_register_not_loaded_yet_goes_to_staff(tmp_path: Path) -> None:
    import_file("nppes", write(tmp_path, "npi.csv", nppes_text("hospital")))  # no physician in it
    register_doctor(
        Client(),
        full_name="Sam Pending",
        email="sam@example.org",
        register="npi",
        number="1234567893",
        specialty="cardiology",
    )
    assert Verification.objects.get().outcome == "register_unavailable"


def test_status_page_needs_sign_in_and_staff_pages_need_staff(rpps: None, patient: Any) -> None:
    signed_out = Client().get("/join/doctor/pending/").content.decode()
    assert "Thank you for registering" in signed_out and 'href="/accounts/login/"' in signed_out
    client = Client()
    client.force_login(patient, backend="django.contrib.auth.backends.ModelBackend")
    assert "no doctor registration" in client.get("/join/doctor/pending/").content.decode()
    for path in ("/staff/doctors/", "/staff/doctors/1/"):
        assert client.get(path).status_code == 302
        assert (
            client.post(path, {"decision": "verify", "document_checked": "on"}).status_code == 302
        )


def test_staff_get_404_for_a_missing_registration(staff_user: Any) -> None:
    assert _staff_client(staff_user).get("/staff/doctors/999999/").status_code == 404


def test_a_doctor_registering_in_french_gets_french_pages_and_mails(
    rpps: None, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(client, email="hugo.private@example.org", **HUGO)
    assert (
        "Saisissez votre code de vérification"
        in client.get("/join/doctor/pending/").content.decode()
    )
    assert mail.outbox[0].subject == "Bridge : votre code de vérification"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/join/doctor/pending/", {"code": _code_from(mail.outbox[0])})
    assert mail.outbox[-1].subject == "Bridge : votre inscription est vérifiée"


def test_admin_bulk_verify_keeps_one_verified_account_per_number(staff_user: Any) -> None:
    from tests.factories import make_doctor

    first = make_doctor(
        "a@example.org", status="pending", register="rpps", number="10003456786", jurisdiction="FR"
    )
    second = make_doctor(
        "b@example.org", status="pending", register="rpps", number="10003456786", jurisdiction="FR"
    )
    staff_user.is_superuser = True
    staff_user.save()
    from tests.factories import add_totp, login_with_otp

    add_totp(staff_user)
    admin = login_with_otp(Client(), staff_user)  # the admin asks for a second factor
    ids = [first.doctor_profile.pk, second.doctor_profile.pk]
    response = admin.post(
        "/admin/doctor_space/doctorprofile/",
        {"action": "verify", "_selected_action": ids},
        follow=True,
    )
    assert (
        response.status_code == 200
        and "Another account is verified with this number" in response.content.decode()
    )
    assert sorted(DoctorProfile.objects.values_list("status", flat=True)) == ["pending", "verified"]


def test_a_refusing_relay_delays_the_code_but_a_fresh_one_arrives(
    rpps: None, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from bridge.outbox.models import OutboxMessage
    from bridge.outbox.services import outbox_sweep
    from tests.outbox_faults import RefusingRelay

    settings.EMAIL_BACKEND = "tests.outbox_faults.RefusingRelay"
    RefusingRelay.refusals = 1
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        register_doctor(client, email="hugo.private@example.org", **HUGO)
    assert mail.outbox == []
    assert ProofCode.objects.get().code_hash == ""  # the refused code was not kept
    OutboxMessage.objects.update(
        next_attempt_at=timezone.now() - timedelta(minutes=1)
    )  # its backoff is over
    outbox_sweep()
    [message] = mail.outbox
    assert client.post("/join/doctor/pending/", {"code": _code_from(message)}).status_code == 302
    assert DoctorProfile.objects.get().status == "verified"


def test_registering_a_number_again_and_again_does_not_flood_the_doctors_inbox(
    rpps: None, django_capture_on_commit_callbacks: Any
) -> None:
    for i in range(6):
        with django_capture_on_commit_callbacks(execute=True):
            register_doctor(Client(), email=f"claimant{i}@example.org", **HUGO)
    assert len(mail.outbox) == 3  # at most three codes a day to the address on the register
    assert Verification.objects.filter(outcome="duplicate", step="staff").count() == 6
