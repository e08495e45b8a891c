from django.apps import AppConfig


class BridgeConfig(AppConfig):
    name = "bridge"
    verbose_name = "Bridge"

    def ready(self) -> None:
        from bridge import db  # noqa: F401  (SQLite connection set-up)
