"""One wrk runner for the web and forum benches, and the floor they are read against.

`Bench` starts the floor (bench/floor_app.py under gunicorn sync x2, like Bridge) on its own port,
measures it before and after the routes (the machine's load moves during a run), and prints every
route's requests/s with its ratio to the mean floor of the same run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FLOOR_PORT = 8767


@dataclass(frozen=True)
class Result:
    """One wrk run."""

    rps: float
    p50: str
    p99: str
    errors: str


def wrk(url: str, seconds: int, headers: list[str] | None = None, connections: int = 16) -> Result:
    """Run wrk -t2 against url; headers are "Name: value" strings."""
    extra = [item for h in headers or [] for item in ("-H", h)]
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "--latency",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"\s50%\s+([\d.]+\w+)", out)
    p99 = re.search(r"\s99%\s+([\d.]+\w+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return Result(
        float(rps.group(1)) if rps else 0.0,
        p50.group(1) if p50 else "?",
        p99.group(1) if p99 else "?",
        errors.group(1) if errors else "0",
    )


def wait_for(url: str, tries: int = 100) -> None:
    """Poll url until it answers."""
    for _ in range(tries):
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310  (loopback only)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


class Bench:
    """The floor server plus a table of routes measured against it."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        self.rows: list[tuple[str, Result]] = []
        self.server: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Bench:
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.server = subprocess.Popen(
            [
                gunicorn,
                "floor_app:application",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{FLOOR_PORT}",
                "--log-level",
                "warning",
            ],
            cwd=BENCH,
        )
        wait_for(f"http://127.0.0.1:{FLOOR_PORT}/")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=10)

    def floor(self) -> Result:
        return wrk(f"http://127.0.0.1:{FLOOR_PORT}/", self.seconds)

    def measure(self, routes: list[tuple[str, str, list[str]]]) -> None:
        """Floor, every route, floor again; then print the table with ratios."""
        before = self.floor()
        results = [(label, wrk(url, self.seconds, headers)) for label, url, headers in routes]
        after = self.floor()
        floor = (before.rps + after.rps) / 2
        width = max(len(label) for label, _url, _h in routes) + 2
        print(f"{'route':<{width}} {'req/s':>8} {'ratio':>6} {'p50':>9} {'p99':>9} {'non-2xx':>8}")
        print(
            f"{'floor (plain WSGI), before':<{width}} {before.rps:>8.0f} {'':>6} {before.p50:>9} {before.p99:>9} {before.errors:>8}"
        )
        for label, r in results:
            print(
                f"{label:<{width}} {r.rps:>8.0f} {r.rps / floor if floor else 0:>6.3f} {r.p50:>9} {r.p99:>9} {r.errors:>8}"
            )
        print(
            f"{'floor (plain WSGI), after':<{width}} {after.rps:>8.0f} {'':>6} {after.p50:>9} {after.p99:>9} {after.errors:>8}"
        )
        print(f"ratio = route req/s / mean floor req/s ({floor:.0f}) in this run")
