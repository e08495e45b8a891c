"""`manage.py import_register --format rpps|nppes|gmc FILE`: stream a public register extract into Bridge."""

from __future__ import annotations

import io
import sys
import time
import zipfile
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from doctor_space.registry.formats import READERS, RegisterFormatError
from doctor_space.registry.importing import MassRemovalRefused, register_import


def _open_binary(path: Path, stack: ExitStack) -> tuple[IO[bytes], int]:
    """The file, or the largest member of a zip (the RPPS extract ships zipped); and its size for progress."""
    if zipfile.is_zipfile(path):
        archive = stack.enter_context(zipfile.ZipFile(path))
        member = max(archive.infolist(), key=lambda info: info.file_size)
        return stack.enter_context(archive.open(member)), member.file_size
    return stack.enter_context(path.open("rb")), path.stat().st_size


class Command(BaseCommand):
    help = "Import a public medical register extract (RPPS PS_LibreAcces, NPPES npidata, or the GMC CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", required=True, choices=sorted(READERS), dest="fmt")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--encoding", default="utf-8-sig", help="Text encoding of the file (default UTF-8)."
        )
        parser.add_argument(
            "--allow-mass-removal",
            action="store_true",
            help="Accept a file that removes more than 5%% of the register (otherwise refused as probably truncated).",
        )

    def handle(
        self,
        *args: Any,
        fmt: str,
        file: Path,
        encoding: str,
        allow_mass_removal: bool,
        **options: Any,
    ) -> None:
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        register, reader = READERS[fmt]
        started = time.perf_counter()
        with ExitStack() as stack:
            raw, size = _open_binary(file, stack)
            text = io.TextIOWrapper(raw, encoding=encoding, newline="")
            progress = None
            if sys.stderr.isatty():
                from rich.progress import Progress

                bar = stack.enter_context(Progress(transient=True))
                task = bar.add_task(f"{fmt} {file.name}", total=size or None)

                def progress(rows: int) -> None:
                    bar.update(task, completed=raw.tell())

            try:
                run, counts = register_import(
                    register=register,
                    rows=reader(text),
                    source_name=file.name,
                    allow_mass_removal=allow_mass_removal,
                    progress=progress,
                )
            except (RegisterFormatError, MassRemovalRefused) as exc:
                raise CommandError(str(exc)) from exc
            except LookupError as exc:
                raise CommandError(f"Unknown encoding: {encoding}") from exc
        elapsed = time.perf_counter() - started
        skipped = (
            ", ".join(f"{n} {reason}" for reason, n in sorted(counts.skipped.items())) or "none"
        )
        self.stdout.write(
            f"{fmt}: {counts.rows_read} rows read, {counts.staged} physicians listed "
            f"(skipped: {skipped}); {counts.added} added, {counts.updated} updated, "
            f"{counts.disappeared} disappeared, {run.suspended} doctor(s) suspended."
        )
        if counts.invalid_lines:
            self.stdout.write(
                f"Malformed rows (first lines): {', '.join(map(str, counts.invalid_lines))}"
            )
        rate = counts.rows_read / elapsed if elapsed > 0 else 0.0
        self.stderr.write(f"{counts.rows_read} rows in {elapsed:.1f} s ({rate:,.0f} rows/s)")
