"""`manage.py seed_demo`: idempotent demo data for every role, printed with passwords and 2FA help."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from bridge.demo import BACKUP_CODES, DEMO_PASSWORD, DemoRefused, seed_demo


class Command(BaseCommand):
    help = "Create demo users for every role, guideline sets, questions (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            accounts = seed_demo()
        except DemoRefused as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Bridge demo accounts (password for all: {DEMO_PASSWORD})")
        for account in accounts:
            self.stdout.write(f"  {account.role:<22} {account.email:<26} {account.note}")
        self.stdout.write(
            "Second factor (staff, doctors and committee members): use a backup code "
            f"({', '.join(BACKUP_CODES)}; each works once, `seed_demo` refills them) "
            "or the current TOTP code from `python manage.py demo_otp EMAIL`."
        )
