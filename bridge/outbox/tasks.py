"""Outbox tasks: deliver one message; the beat sweep sends again what was not delivered."""

from celery import shared_task

from bridge.outbox.services import DELIVERY_TIME_LIMIT, outbox_deliver, outbox_sweep


@shared_task(
    acks_late=True, time_limit=DELIVERY_TIME_LIMIT, soft_time_limit=DELIVERY_TIME_LIMIT - 5
)
def deliver_outbox_message_task(message_id: int) -> bool:
    """Run one outbox message's handler (idempotent: a done or leased message is left alone)."""
    return outbox_deliver(message_id=message_id)


@shared_task(acks_late=True)
def sweep_outbox_task() -> int:
    """Hand undelivered messages to the broker again (lost at commit, failed, or their worker died)."""
    return outbox_sweep()
