"""`manage.py verify_audit_chain [--seal]`: exit 0 when the audit log is intact and sealed, 1 otherwise.

Unsealed rows are only protected by their own content hash: a row deleted before sealing leaves no
gap. So the command says how many rows wait for the sealer and for how long, and fails when they have
waited longer than `--max-unsealed-minutes` (the beat sealer is down), instead of calling it intact.
"""

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from bridge.audit.services import audit_seal, audit_seal_status, audit_verify_chain


def _age(delta: timedelta | None) -> str:
    if delta is None:
        return "never"
    seconds = int(delta.total_seconds())
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"


class Command(BaseCommand):
    help = "Verify the audit log: every row's content hash, the chain of sealed rows, and that sealing keeps up."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seal", action="store_true", help="seal pending rows first (as the beat task does)"
        )
        parser.add_argument(
            "--max-unsealed-minutes",
            type=int,
            default=10,
            help="fail when a row has waited longer than this for the sealer (default 10)",
        )

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
        status = audit_seal_status()
        now = timezone.now()
        waiting = now - status.oldest_unsealed_at if status.oldest_unsealed_at else None
        since_seal = now - status.last_sealed_at if status.last_sealed_at else None
        summary = (
            f"{status.sealed} events sealed (newest sealed row {_age(since_seal)} old); "
            f"{status.unsealed} not sealed yet (oldest waiting {_age(waiting) if waiting else '-'})"
        )
        if waiting is not None and waiting > timedelta(minutes=options["max_unsealed_minutes"]):
            raise CommandError(
                f"Audit chain NOT SEALED: {summary}. Is the beat sealer running? `verify_audit_chain --seal` seals now.",
                returncode=1,
            )
        state = "intact" if status.unsealed == 0 else "intact so far"
        self.stdout.write(f"Audit chain {state}: {summary}.")
