"""`manage.py verify_audit_chain [--seal]`: exit 0 when the audit log is intact, 1 otherwise."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bridge.audit.services import audit_seal, audit_verify_chain


class Command(BaseCommand):
    help = "Verify the audit log: every row's content hash and the chain of sealed rows."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seal", action="store_true", help="seal pending rows first (as the beat task does)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["seal"]:
            audit_seal()
        report = audit_verify_chain()
        if not report.ok:
            raise CommandError(
                f"Audit chain BROKEN at event {report.first_bad_id}: {report.reason} "
                f"({report.checked} events read)",
                returncode=1,
            )
        self.stdout.write(f"Audit chain intact: {report.checked} events ({report.unsealed} not sealed yet).")
