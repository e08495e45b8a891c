from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "bridge.audit"
    label = "audit"
    verbose_name = "Audit log"
