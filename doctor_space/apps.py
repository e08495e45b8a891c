from django.apps import AppConfig


class DoctorSpaceConfig(AppConfig):
    name = "doctor_space"
    verbose_name = "Doctor space"

    def ready(self) -> None:
        from django.contrib.postgres.lookups import TrigramSimilar

        from doctor_space import receivers  # noqa: F401  (connects the escalation receiver)
        from doctor_space.models import RegisterEntry
        from doctor_space.registry import emails  # noqa: F401  (registers the verification e-mails' outbox handlers)

        # `name_key__trigram_similar` (served by the pg_trgm index), without installing contrib.postgres.
        RegisterEntry._meta.get_field("name_key").register_lookup(TrigramSimilar)
