"""Purge expired idempotency keys (scheduled in bridge/celery.py, maintenance queue)."""

from celery import shared_task

from bridge.idempotency.services import idempotency_keys_purge


@shared_task(acks_late=True)
def purge_idempotency_keys_task() -> int:
    return idempotency_keys_purge()
