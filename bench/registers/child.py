"""One timed import in a fresh process (run by bench/registers/run.py): prints the command's summary, then
`MEASURE <peak RSS KiB> <python CPU s> <postgres backend CPU s>` on stderr (CPU of the import only)."""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _backend_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = int(cursor.fetchone()[0])
    before, python_before = _backend_cpu(backend), _cpu()
    call_command("import_register", "--format", "rpps", *sys.argv[1:])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"MEASURE {peak} {_cpu() - python_before:.2f} {_backend_cpu(backend) - before:.2f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
