"""The sealer chains a large backlog in set-based chunks, and the chain still verifies link by link.

"Large" is counted in chunks, not rows: the chunk size is set small here (it is a module setting), so a
backlog of five chunks costs a few hundred `audit_record` calls, not thousands; the query count still
tells set-based chunks (a few statements each) from one statement per row.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from bridge.accounts.models import Role
from bridge.audit import services as audit_services
from bridge.audit.models import AuditEvent
from bridge.audit.services import audit_record, audit_seal, audit_verify_chain
from tests.factories import make_user

BACKLOG = 460


def _backlog(actor: Any, n: int) -> None:
    with transaction.atomic():
        for i in range(n):
            audit_record(actor=actor, action="test.backlog", data={"i": i})


@pytest.mark.django_db
def test_a_backlog_larger_than_a_chunk_is_sealed_in_chunks_and_verifies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_services, "SEAL_CHUNK", 100)
    actor = make_user("sealer.backlog@example.org", Role.PATIENT)
    _backlog(actor, BACKLOG)
    with CaptureQueriesContext(connection) as queries:
        assert audit_seal(limit=10_000) == BACKLOG
    # savepoint, lock, last sealed row, then a read and one UPDATE per chunk (SQLite's bulk_update adds
    # its own savepoint): five chunks, not one statement per row
    per_chunk = 2 if connection.vendor == "postgresql" else 4
    assert len(queries) <= 4 + per_chunk * 5
    report = audit_verify_chain()
    assert report.ok and report.unsealed == 0 and report.checked == BACKLOG
    seqs = list(AuditEvent.objects.order_by("id").values_list("seq", flat=True))
    assert seqs == list(range(1, BACKLOG + 1))  # the chain follows the append order


@pytest.mark.django_db
def test_a_limit_stops_mid_backlog_and_the_next_seal_continues_the_chain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_services, "SEAL_CHUNK", 80)
    actor = make_user("sealer.limit@example.org", Role.PATIENT)
    _backlog(actor, 200)
    assert audit_seal(limit=140) == 140  # one full chunk and a partial one
    assert audit_verify_chain().unsealed == 60
    _backlog(actor, 10)  # appends keep coming between seals
    assert audit_seal(limit=140) == 70
    assert audit_seal() == 0
    report = audit_verify_chain()
    assert report.ok and report.unsealed == 0 and report.checked == 210


@pytest.mark.django_db
def test_a_tampered_row_in_a_large_sealed_backlog_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(audit_services, "SEAL_CHUNK", 60)
    actor = make_user("sealer.tamper@example.org", Role.PATIENT)
    _backlog(actor, 180)
    audit_seal()
    victim = AuditEvent.objects.get(seq=90)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_no_update_delete")
        cursor.execute("UPDATE audit_auditevent SET hash = %s WHERE id = %s", ["0" * 64, victim.pk])
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_no_update_delete")
    report = audit_verify_chain()
    assert not report.ok and report.first_bad_id == victim.pk


@pytest.mark.django_db
def test_sealed_rows_stay_refused_to_a_second_seal_on_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the trigger exists on PostgreSQL only")
    actor = make_user("sealer.twice@example.org", Role.PATIENT)
    _backlog(actor, 10)
    audit_seal()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET seq = seq + 1000, hash = '' WHERE seq = 1")
