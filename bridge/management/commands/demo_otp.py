"""`manage.py demo_otp EMAIL`: the current TOTP code of a demo account (development only)."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from bridge.demo import demo_totp_now


class Command(BaseCommand):
    help = "Print the current one-time code of a demo account (refused when DEBUG is off)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("demo_otp only works in the embedded development mode.")
        self.stdout.write(demo_totp_now(options["email"].lower()))
