"""The audit log is append-only and hash-chained; the verify command notices any tampering."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from bridge.audit.models import AuditEvent
from bridge.audit.services import audit_record, audit_seal, audit_verify_chain


def _tamper(sql: str, params: list[Any]) -> None:
    """What an attacker with the table owner's rights could do (the trigger switched off around it)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_no_update_delete")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_no_update_delete")


@pytest.mark.django_db
def test_chain_verifies_and_command_exits_zero(patient: Any) -> None:
    for i in range(5):
        audit_record(actor=patient, action="test.event", data={"i": i})
    assert audit_verify_chain().ok  # unsealed rows are checked by their content hash
    assert audit_seal() >= 5
    report = audit_verify_chain()
    assert report.ok and report.unsealed == 0
    audit_record(actor=patient, action="test.later")
    call_command("verify_audit_chain", "--seal")
    assert audit_seal() == 0


@pytest.mark.django_db
def test_tampering_is_detected(patient: Any) -> None:
    for i in range(3):
        audit_record(actor=patient, action="test.event", data={"i": i})
    audit_seal()
    middle = AuditEvent.objects.order_by("id")[1]
    _tamper("UPDATE audit_auditevent SET data = %s WHERE id = %s", ['{"i": 99}', middle.pk])
    report = audit_verify_chain()
    assert not report.ok and report.first_bad_id == middle.pk
    with pytest.raises(CommandError):
        call_command("verify_audit_chain")


@pytest.mark.django_db
def test_postgresql_refuses_update_and_delete(patient: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    event = audit_record(actor=patient, action="test.event")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="changed")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()


@pytest.mark.django_db
def test_audit_rows_never_hold_raw_patient_text(
    patient_client: Any, guideline_sets: Any, django_capture_on_commit_callbacks: Any
) -> None:
    secret = "Wilhelmina Zzyzx has a very private complaint"
    with django_capture_on_commit_callbacks(execute=True):
        patient_client.post(
            "/api/patient/questions/",
            {"text": secret, "lang": "en", "consent_health_data": True},
            content_type="application/json",
        )
    dump = " ".join(str(e.data) for e in AuditEvent.objects.all())
    assert "Wilhelmina" not in dump and "private complaint" not in dump


@pytest.mark.django_db
def test_denied_access_is_audited(patient_client: Any) -> None:
    patient_client.get("/doctors/")
    assert AuditEvent.objects.filter(action="access.denied").exists()


@pytest.mark.django_db
def test_logs_never_carry_raw_patient_text(
    patient_client: Any,
    doctor_client: Any,
    guideline_sets: Any,
    django_capture_on_commit_callbacks: Any,
    caplog: Any,
) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    secret = "Wilhelmina Zzyzx has an embarrassing rash near her hip"
    with django_capture_on_commit_callbacks(execute=True):
        patient_client.post(
            "/api/patient/questions/",
            {"text": secret, "lang": "en", "consent_health_data": True},
            content_type="application/json",
        )
    doctor_client.get("/api/doctor/cases/")
    everything = "\n".join(record.getMessage() for record in caplog.records)
    assert "Wilhelmina" not in everything and "embarrassing" not in everything


@pytest.mark.django_db
def test_a_missing_sealed_row_is_detected(patient: Any) -> None:
    for i in range(3):
        audit_record(actor=patient, action="test.event", data={"i": i})
    audit_seal()
    middle = AuditEvent.objects.order_by("seq")[1]
    _tamper("DELETE FROM audit_auditevent WHERE id = %s", [middle.pk])
    report = audit_verify_chain()
    assert not report.ok
    assert "missing" in report.reason


@pytest.mark.django_db
def test_postgresql_allows_sealing_once_but_no_other_update(patient: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    event = audit_record(actor=patient, action="test.event")
    assert audit_seal() >= 1  # sealing an unsealed row is allowed
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(seq=999)  # re-sealing is not
