"""`python manage.py deidentify --input IN.jsonl --output OUT.jsonl` (`-` for stdin/stdout)."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandParser

from guidelines.deid.stream import process_stream


class Command(BaseCommand):
    """Streams JSONL through the anonymiser; throughput and bad lines go to stderr."""

    help = (
        'De-identify JSONL: each input line {"id", "lang", "text"} becomes {"id", "text", "spans"}. '
        'A malformed line is reported on stderr and written as {"id", "line", "error"}.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", required=True, help="input JSONL file, or - for stdin")
        parser.add_argument("--output", required=True, help="output JSONL file, or - for stdout")

    def handle(self, *args: Any, **options: Any) -> None:
        with ExitStack() as stack:
            # Bytes in: an undecodable line is reported as such, like triage_preview does.
            if options["input"] == "-":
                src: IO[bytes] = sys.stdin.buffer
            else:
                src = stack.enter_context(open(options["input"], "rb"))
            if options["output"] == "-":
                dst = sys.stdout
            else:
                dst = stack.enter_context(open(options["output"], "w", encoding="utf-8"))
            stats = process_stream(src, dst, errors=sys.stderr)
            dst.flush()
        sys.stderr.write(stats.summary() + "\n")
