"""Web benchmark: gunicorn (production settings, 2 sync workers) on PostgreSQL, measured with wrk.

Usage:
    .venv/bin/python bench/web/run.py [--db postgres://postgres@127.0.0.1:5432/bridge_bench_web] [--seconds 10]

Needs Debian's `wrk`. Creates (or resets) the database, seeds the demo, adds 200 queued cases, starts
gunicorn on 127.0.0.1:8765, and prints requests/s and p50/p99 latency for a few routes:
the public library page, the library API, the doctor queue API (bearer token issued with a
one-time code) and /healthz, each beside the floor (a plain WSGI app under the same gunicorn, measured
before and after in the same run; bench/wrk_runner.py) with its ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from wrk_runner import Bench  # noqa: E402  (bench/ is not a package)

PORT = 8765
SECRET = "bench-Xq8#kP2vL9wZr5!tT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW"  # noqa: S105  (bench only)


def _run(cmd: list[str], env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_web")
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")

    import psycopg

    name = args.db.rsplit("/", 1)[1]
    with psycopg.connect(args.db.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    python = sys.executable
    dev_env = {
        **os.environ,
        "DATABASE_URL": args.db,
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "bridge.settings",
    }
    _run([python, "manage.py", "migrate", "--noinput"], dev_env)
    _run([python, "manage.py", "seed_demo"], dev_env)
    _run(
        [
            python,
            "-c",
            "import django; django.setup(); from triage.models import Case; Case.objects.bulk_create([Case(redacted_text='bench question %d about a cough' % i, lang='en') for i in range(200)])",
        ],
        dev_env,
    )
    prod_env = {
        **dev_env,
        "BRIDGE_ENV": "production",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DB_CONN_MAX_AGE": "60",
    }
    _run([python, "manage.py", "collectstatic", "--noinput"], prod_env)
    server = subprocess.Popen(
        [
            str(Path(python).parent / "gunicorn"),
            "bridge.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=prod_env,
    )
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        request = urllib.request.Request(
            f"http://127.0.0.1:{PORT}/api/auth/token/",
            data=json.dumps(
                {"email": "dr.gp@bridge.test", "password": "bridge-demo-2026", "otp": "444444"}
            ).encode(),
            headers={"Content-Type": "application/json"},
        )
        token = json.loads(urllib.request.urlopen(request).read())["token"]  # noqa: S310
        routes = [
            ("library page (HTML)", f"http://127.0.0.1:{PORT}/library/", []),
            ("library API (JSON)", f"http://127.0.0.1:{PORT}/api/library/", []),
            (
                "doctor queue API, 20 of 200 cases",
                f"http://127.0.0.1:{PORT}/api/doctor/cases/",
                [f"Authorization: Bearer {token}"],
            ),
            ("/healthz", f"http://127.0.0.1:{PORT}/healthz", []),
        ]
        print(
            f"gunicorn sync x2, PostgreSQL, wrk -t2 -c16 -d{args.seconds}s (same machine); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        with Bench(args.seconds, django_env=prod_env) as bench:
            bench.measure(routes)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
