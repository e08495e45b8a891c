from django.apps import AppConfig


class PatientPortalConfig(AppConfig):
    name = "patient_portal"
    verbose_name = "Patient portal"

    def ready(self) -> None:
        from patient_portal import receivers  # noqa: F401  (connects the answer-published receiver)
