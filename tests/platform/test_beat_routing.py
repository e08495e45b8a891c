"""Every periodic (beat) job runs on a named queue, so a backlog of e-mails or questions never delays it
and a deployment that runs one worker per queue (docs/operations.md) still runs every job."""

from __future__ import annotations

from kombu import Queue

from bridge.celery import app


def test_every_beat_task_is_routed_to_a_declared_queue() -> None:
    router = app.amqp.router
    queues = app.conf.task_queues
    declared = {q.name if isinstance(q, Queue) else q for q in queues}
    assert declared == {"mail", "pipeline", "maintenance"}
    for name, entry in app.conf.beat_schedule.items():
        route = router.route({}, entry["task"])
        queue = route["queue"]
        queue_name = queue.name if isinstance(queue, Queue) else queue
        assert queue_name in declared, (name, queue_name)


def test_housekeeping_jobs_do_not_share_the_pipeline_queue() -> None:
    router = app.amqp.router
    for task in (
        "patient_portal.tasks.purge_unsent_questions_task",
        "patient_portal.tasks.purge_unconfirmed_signups_task",
        "bridge.audit.tasks.seal_audit_log_task",
        "bridge.outbox.tasks.sweep_outbox_task",
    ):
        queue = router.route({}, task)["queue"]
        assert (queue.name if isinstance(queue, Queue) else queue) == "maintenance", task
