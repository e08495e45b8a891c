from django.apps import AppConfig


class DoctorSpaceConfig(AppConfig):
    name = "doctor_space"
    verbose_name = "Doctor space"

    def ready(self) -> None:
        from doctor_space import receivers  # noqa: F401  (connects the escalation receiver)
