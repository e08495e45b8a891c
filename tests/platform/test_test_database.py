"""The test database a process gets is the migrated one, whether the process migrated it or copied the template
(tests/dbclone.py: under `make test` one xdist process migrates, the others copy): every migration recorded as
applied, and the guard triggers the migrations create are in it. The flush after a transactional test
(tests/pgflush.py on PostgreSQL) leaves every table empty."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from bridge.audit.services import audit_record

# The triggers each engine gets from the migrations (bridge/audit, guidelines and triage migrations).
TRIGGERS = {
    "postgresql": {"audit_no_update_delete", "guidelines_version_frozen", "triage_answer_guard"},
    "sqlite": {
        "guidelines_version_frozen",
        "guidelines_version_stays_approved",
        "triage_answer_guard_insert",
        "triage_answer_guard_update",
    },
}


@pytest.mark.django_db
def test_every_migration_is_applied() -> None:
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    assert executor.migration_plan(graph.leaf_nodes()) == []
    assert set(graph.nodes) <= set(executor.loader.applied_migrations)


@pytest.mark.django_db
def test_the_guard_triggers_are_in_the_test_database() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        names = {row[0] for row in cursor.fetchall()}
    assert TRIGGERS[connection.vendor] <= names


@pytest.mark.django_db(transaction=True)
def test_the_flush_after_a_transactional_test_empties_every_table(patient: Any) -> None:
    """What Django runs after each `transaction=True` test (on PostgreSQL DELETE, the audit table truncated)."""
    audit_record(actor=patient, action="test.event", data={"i": 1})
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    assert "audit_auditevent" in tables
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    with connection.cursor() as cursor:
        rows = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - table names from the introspection
            rows[table] = cursor.fetchone()[0]
    assert {table: n for table, n in rows.items() if n} == {}
