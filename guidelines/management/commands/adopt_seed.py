"""`python manage.py adopt_seed [--set SLUG …] [--dry-run]`: open a draft with the shipped seed rules.

For each shipped guideline set whose version in force differs from the seed file, a draft version holding the
shipped rules is opened for the committee to review (diff, impact preview) and approve with four eyes. Nothing
is approved here. Exit 0; one line per set on stdout.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from guidelines.seed_adoption import seed_adopt_as_drafts


class Command(BaseCommand):
    help = "Open a draft holding the shipped seed rules for every set whose rules in force differ from them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--set",
            dest="slugs",
            action="append",
            help="only this set (global, gb, fr, us); repeatable",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="say what would change, create nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        for result in seed_adopt_as_drafts(
            slugs=options["slugs"], dry_run=bool(options["dry_run"])
        ):
            line = f"{result.slug}: {result.outcome}"
            if result.version is not None:
                line += f" (version {result.version.number})"
            if result.reason:
                line += f" - {result.reason}"
            changes = "; ".join(f"{k} {', '.join(v)}" for k, v in result.diff.items() if v)
            if changes:
                line += f" - {changes}"
            self.stdout.write(line)
