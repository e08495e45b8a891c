"""The one Celery app of Bridge, and every periodic task's schedule."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bridge.settings")

app = Celery("bridge")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# All periodic work is scheduled here, in one place (run exactly one beat).
app.conf.beat_schedule = {
    "seal-audit-log": {
        "task": "bridge.audit.tasks.seal_audit_log_task",
        "schedule": 10.0,
    },
    "expire-leases": {
        "task": "triage.tasks.expire_leases_task",
        "schedule": 60.0,
    },
    "escalate-overdue-cases": {
        "task": "triage.tasks.escalate_overdue_cases_task",
        "schedule": 300.0,
    },
    "sweep-outbox": {
        "task": "bridge.outbox.tasks.sweep_outbox_task",
        "schedule": 30.0,
    },
    "purge-unsent-questions": {
        "task": "patient_portal.tasks.purge_unsent_questions_task",
        "schedule": 3600.0,
    },
    "purge-unconfirmed-signups": {
        "task": "patient_portal.tasks.purge_unconfirmed_signups_task",
        "schedule": 3600.0,
    },
    "purge-idempotency-keys": {
        "task": "bridge.idempotency.tasks.purge_idempotency_keys_task",
        "schedule": 3600.0,
    },
    "escalate-unanswered-case-questions": {
        "task": "community.tasks.escalate_case_questions_task",
        "schedule": 300.0,
    },
}
