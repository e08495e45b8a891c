from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class OutboxConfig(AppConfig):
    name = "bridge.outbox"
    label = "outbox"
    verbose_name = "Outbox (side effects after commit)"

    def ready(self) -> None:
        # Handlers are registered where they are defined, in each app's services module: import them
        # all, so a worker that has not yet imported an app still knows every handler name.
        autodiscover_modules("services")
