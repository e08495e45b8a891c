from django.apps import AppConfig


class IdempotencyConfig(AppConfig):
    name = "bridge.idempotency"
    label = "idempotency"
    verbose_name = "Idempotency keys (API retries)"
