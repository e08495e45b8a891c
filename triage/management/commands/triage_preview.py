"""Run triage on JSON Lines without storing anything (public contract, see DESIGN.md)."""

from __future__ import annotations

import sys
from argparse import ArgumentParser
from contextlib import ExitStack
from typing import Any, BinaryIO, TextIO

from django.core.management.base import BaseCommand

from triage.core import preview_lines


class Command(BaseCommand):
    help = (
        "Triage texts from JSONL ({id, lang, text} per line) into JSONL "
        "({id, emergency, red_flags, urgency, specialty}). '-' means stdin/stdout."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--input", default="-", help="input JSONL file, or - for stdin")
        parser.add_argument("--output", default="-", help="output JSONL file, or - for stdout")
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="worker processes (default 1; the output order is kept)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with ExitStack() as stack:
            source: BinaryIO | TextIO
            if options["input"] == "-":
                source = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
            else:
                # Binary: each line is decoded on its own, so one badly encoded line is reported
                # with its number instead of aborting the run.
                source = stack.enter_context(open(options["input"], "rb"))
            if options["output"] == "-":

                def write(line: str) -> None:
                    self.stdout.write(line, ending="")

            else:
                sink = stack.enter_context(open(options["output"], "w", encoding="utf-8"))
                write = sink.write  # type: ignore[assignment]

            def report(number: int, reason: str) -> None:
                self.stderr.write(f"line {number}: {reason}")

            stats = preview_lines(source, write, on_error=report, jobs=options.get("jobs", 1))
        self.stderr.write(stats.summary())
