"""The test database a process gets is the migrated one, whether the process migrated it or copied the template
(tests/dbclone.py: under `make test` one xdist process migrates, the others copy): every migration recorded as
applied, and the guard triggers the migrations create are in it."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

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
