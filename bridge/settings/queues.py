"""Celery: eager in-process unless a broker is configured; three queues; outbox and idempotency upkeep."""

from bridge.settings.core import env

# Eager (in-process, on commit) unless a broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
if not CELERY_BROKER_URL:
    CELERY_BROKER_URL = "memory://localhost/"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# With late acks, a task running when the broker connection drops cannot be acknowledged and comes back;
# cancelling it at once (Celery 6's default) avoids a second copy running beside it. Every task is
# idempotent (the outbox sends once), so the redelivery is safe.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis redelivers an unacknowledged task only after the visibility timeout: ten minutes brings back a
# dead worker's task in minutes (tasks are idempotent, and the outbox sweep resends anything undone).
# Short socket timeouts: with the broker down, a publish fails in about a second instead of hanging
# the web request (the outbox keeps the work for the sweep).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 600,
    "socket_connect_timeout": 1,
    "socket_timeout": 5,
    "retry_on_timeout": True,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 1
# A worker keeps reconnecting to a broker that went away instead of exiting (then systemd restarts it
# anyway: docs/operations.md).
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# How long an API Idempotency-Key is remembered (bridge/idempotency).
BRIDGE_IDEMPOTENCY_TTL_HOURS = env.int("BRIDGE_IDEMPOTENCY_TTL_HOURS", default=24)
# The domain part of notification Message-IDs (one stable id per notification, repeated on a re-send).
BRIDGE_MAIL_ID_DOMAIN = env.str("BRIDGE_MAIL_ID_DOMAIN", default="bridge.invalid")
# An outbox message failing this many times is alerted (error log + audit row); it keeps retrying.
BRIDGE_OUTBOX_ALERT_AFTER = env.int("BRIDGE_OUTBOX_ALERT_AFTER", default=5)
# Three queues, so a backlog of one kind never starves another: "mail" (outbox deliveries: e-mails to
# patients and doctors), "pipeline" (the queue's own work: lease expiry, escalations) and "maintenance"
# (audit sealing, the outbox sweep). A worker started without -Q consumes all three; a deployment may
# run dedicated workers per queue (docs/operations.md).
CELERY_TASK_QUEUES = {
    name: {"exchange": name, "routing_key": name} for name in ("mail", "pipeline", "maintenance")
}
CELERY_TASK_DEFAULT_QUEUE = "pipeline"
CELERY_TASK_ROUTES = {
    "bridge.outbox.tasks.deliver_outbox_message_task": {"queue": "mail"},
    "bridge.outbox.tasks.sweep_outbox_task": {"queue": "maintenance"},
    "bridge.audit.tasks.seal_audit_log_task": {"queue": "maintenance"},
    "bridge.idempotency.tasks.*": {"queue": "maintenance"},
    "patient_portal.tasks.purge_unsent_questions_task": {"queue": "maintenance"},
    "patient_portal.tasks.purge_unconfirmed_signups_task": {"queue": "maintenance"},
    "triage.tasks.*": {"queue": "pipeline"},
    "community.tasks.*": {"queue": "pipeline"},
}
CELERY_TASK_TIME_LIMIT = 120
CELERY_TASK_SOFT_TIME_LIMIT = 100
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"
