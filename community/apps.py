from django.apps import AppConfig


class CommunityConfig(AppConfig):
    """The doctors' community: forum by specialty, case questions, private messages, moderation."""

    name = "community"
    verbose_name = "Doctors' community"

    def ready(self) -> None:
        from community import leaks  # noqa: F401  (redacts forum copies on a leak report)
        from community.services import notify  # noqa: F401  (registers the outbox e-mail handler)
