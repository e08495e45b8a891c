from django.apps import AppConfig


class PatientPortalConfig(AppConfig):
    name = "patient_portal"
    verbose_name = "Patient portal"

    def ready(self) -> None:
        from patient_portal import receivers  # connects the answer-published receiver

        receivers.connect_library_receivers()
