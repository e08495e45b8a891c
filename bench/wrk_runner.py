"""One wrk runner for the web and forum benches, and the floor they are read against.

`Bench` starts two floors on their own ports, each under gunicorn sync x2 like Bridge: the plain
WSGI app (bench/floor_app.py, no Django at all) and, given Bridge's environment, a trivial Django
view behind Bridge's settings and middleware (bench/floor_django.py, the floor the issue's 60 % aim is
read against). It measures both before and after the routes (the machine's load moves during a run)
and prints every route's requests/s with its ratio to each mean floor of the same run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FLOOR_PORT = 8767
DJANGO_FLOOR_PORT = 8768


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
            urllib.request.urlopen(url, timeout=60)  # noqa: S310  (loopback only)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer")


class Bench:
    """The floor servers plus a table of routes measured against them."""

    def __init__(self, seconds: int, django_env: dict[str, str] | None = None) -> None:
        self.seconds = seconds
        self.django_env = django_env
        self.rows: list[tuple[str, Result]] = []
        self.servers: list[subprocess.Popen[bytes]] = []

    def _serve(self, app: str, port: int, env: dict[str, str] | None) -> None:
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.servers.append(
            subprocess.Popen(
                [gunicorn, app, "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning"],
                cwd=BENCH,
                env=env,
            )
        )
        wait_for(f"http://127.0.0.1:{port}/")

    def __enter__(self) -> Bench:
        self._serve("floor_app:application", FLOOR_PORT, None)
        if self.django_env is not None:
            root = str(BENCH.parent)
            path = os.pathsep.join(p for p in (root, self.django_env.get("PYTHONPATH", "")) if p)
            self._serve(
                "floor_django:application",
                DJANGO_FLOOR_PORT,
                {**self.django_env, "PYTHONPATH": path},
            )
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self.servers:
            server.terminate()
            server.wait(timeout=60)

    def floors(self) -> tuple[Result, Result | None]:
        plain = wrk(f"http://127.0.0.1:{FLOOR_PORT}/", self.seconds)
        django = (
            wrk(f"http://127.0.0.1:{DJANGO_FLOOR_PORT}/", self.seconds)
            if self.django_env is not None
            else None
        )
        return plain, django

    def measure(
        self, routes: list[tuple[str, str, list[str]]], drain_url: str | None = None
    ) -> None:
        """Floors, every route, floors again; then print the table with ratios.

        With drain_url (a cheap route of the server under test), each route starts only once the
        server answers it again: a slow route leaves requests queued in the sync workers after wrk
        stops, which would otherwise be charged to the next route.
        """
        plain_before, django_before = self.floors()
        results = []
        for label, url, headers in routes:
            results.append((label, wrk(url, self.seconds, headers)))
            if drain_url:
                wait_for(drain_url, tries=600)
        plain_after, django_after = self.floors()
        plain = (plain_before.rps + plain_after.rps) / 2
        django = (
            (django_before.rps + django_after.rps) / 2
            if django_before is not None and django_after is not None
            else 0.0
        )
        rows: list[tuple[str, Result]] = [("floor: plain WSGI, before", plain_before)]
        if django_before is not None:
            rows.append(("floor: trivial Django view, before", django_before))
        rows += results
        rows.append(("floor: plain WSGI, after", plain_after))
        if django_after is not None:
            rows.append(("floor: trivial Django view, after", django_after))
        width = max(len(label) for label, _r in rows) + 2
        print(
            f"{'route':<{width}} {'req/s':>8} {'/django':>8} {'/plain':>7} {'p50':>9} {'p99':>9} {'non-2xx':>8}"
        )
        for label, r in rows:
            to_django = f"{r.rps / django:.3f}" if django else "-"
            to_plain = f"{r.rps / plain:.3f}" if plain else "-"
            print(
                f"{label:<{width}} {r.rps:>8.0f} {to_django:>8} {to_plain:>7} {r.p50:>9} {r.p99:>9} {r.errors:>8}"
            )
        print(
            f"/django = route req/s / mean trivial-Django-view floor ({django:.0f}); "
            f"/plain = route req/s / mean plain-WSGI floor ({plain:.0f}); both in this run"
        )
