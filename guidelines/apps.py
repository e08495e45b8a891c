from django.apps import AppConfig


class GuidelinesConfig(AppConfig):
    name = "guidelines"
    verbose_name = "Guidelines"

    def ready(self) -> None:
        from guidelines import emails  # noqa: F401  (registers the awaiting-approval outbox handler)
