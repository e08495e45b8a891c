from django.apps import AppConfig


class DoctorSpaceConfig(AppConfig):
    name = "doctor_space"
    verbose_name = "Doctor space"
