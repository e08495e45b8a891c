"""`manage.py audit_dependencies [--requirements FILE]`: exit 1 when an installed or pinned version has a known advisory."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from bridge import depaudit


class Command(BaseCommand):
    help = "Check installed (or pinned) package versions against the shipped advisory snapshot (offline)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--requirements", help="audit the name==version pins of this file instead"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        argv = ["--requirements", options["requirements"]] if options["requirements"] else []
        if depaudit.check(argv) != 0:
            raise CommandError("known-vulnerable dependencies (see above)", returncode=1)
