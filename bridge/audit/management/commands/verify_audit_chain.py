"""`manage.py verify_audit_chain`: exit 0 when the audit log is intact, 1 otherwise."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bridge.audit.services import audit_verify_chain


class Command(BaseCommand):
    help = "Verify the hash chain of the audit log."

    def handle(self, *args: Any, **options: Any) -> None:
        report = audit_verify_chain()
        if not report.ok:
            raise CommandError(
                f"Audit chain BROKEN at event {report.first_bad_id}: {report.reason} "
                f"({report.checked} events read)",
                returncode=1,
            )
        self.stdout.write(f"Audit chain intact: {report.checked} events.")
