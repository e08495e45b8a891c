"""Web benchmark at national scale: gunicorn (production settings, 2 sync workers) on PostgreSQL, wrk.

Usage:
    .venv/bin/python bench/web/run.py [--db postgres://postgres@127.0.0.1:5432/bridge_bench_web]
        [--seconds 10] [--answers 100000] [--cases 10000] [--posts 100000] [--keep]

Needs Debian's `wrk`. Creates (or resets) the database, migrates, seeds the demo and then the
realistic sizes in SQL (bench/web/scale.py: 100,000 published answers, 10,000 queued cases,
100,000 forum posts); `--keep` reuses an already seeded database (it still migrates). Starts gunicorn on
127.0.0.1:8765 and prints requests/s and p50/p99 latency for the read paths (the library page and its
search, the library API, the doctor queue page and API, a case page, a forum thread page, /healthz),
each beside the floors measured before and after in the same run (a trivial Django view behind
Bridge's settings and middleware, and a plain WSGI app; bench/wrk_runner.py) with its ratio.
The doctor's pages use a signed-in session with a passed second factor; the API a bearer token.
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
from wrk_runner import DJANGO_FLOOR_PORT, Bench  # noqa: E402  (bench/ is not a package)

PORT = 8765

SESSION_SNIPPET = """
import django; django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from bridge.accounts.models import User
from community.models import Thread
from triage.models import Case
user = User.objects.get(email="dr.gp@bridge.test")
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
store.set_expiry(3600)
store.create()
threads = Thread.objects.filter(title__startswith="Discussion").order_by("pk")
thread = threads[threads.count() // 2]
case = Case.objects.filter(status="queued").order_by("-pk").first()
print(settings.SESSION_COOKIE_NAME, store.session_key, thread.pk, case.pk)
"""
SECRET = "bench-Xq8#kP2vL9wZr5!tT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW"  # noqa: S105  (bench only)


def _run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_web")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="reuse an already seeded database")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (apt-get install wrk)")

    import psycopg

    name = args.db.rsplit("/", 1)[1]
    if not args.keep:
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
    started = time.perf_counter()
    _run([python, "manage.py", "migrate", "--noinput"], dev_env)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    _run([python, "manage.py", "seed_demo"], dev_env)  # idempotent; refills the one-time codes
    if not args.keep:
        from scale import seed

        seed(args.db, answers=args.answers, cases=args.cases, posts=args.posts)
    prod_env = {
        **dev_env,
        "BRIDGE_ENV": "production",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DB_CONN_MAX_AGE": "60",
    }
    _run([python, "manage.py", "collectstatic", "--noinput"], prod_env)
    cookie_name, session_key, thread_id, case_id = _run(
        [python, "-c", SESSION_SNIPPET], prod_env
    ).split()
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
        base = f"http://127.0.0.1:{PORT}"
        page = [f"Cookie: {cookie_name}={session_key}"]
        api = [f"Authorization: Bearer {token}"]
        routes = [
            ("library page (HTML)", f"{base}/library/", []),
            ("library topic page (HTML)", f"{base}/library/?topic=dermatology", []),
            ("library search 'rash' (HTML)", f"{base}/library/?q=rash", []),
            ("library search 'palpitations' (HTML)", f"{base}/library/?q=palpitations", []),
            ("library search 'éruption' (HTML)", f"{base}/library/?q=%C3%A9ruption", []),
            ("library API (JSON)", f"{base}/api/library/", []),
            # the floor of the doctors' pages: the trivial view with the doctor's session, user and second
            # factor loaded (bench/floor_django.py), on the floor's server
            (
                "floor: trivial view, signed-in doctor",
                f"http://127.0.0.1:{DJANGO_FLOOR_PORT}/signed-in/",
                page,
            ),
            ("doctor queue page (HTML)", f"{base}/doctors/", page),
            ("doctor queue API (JSON, 20 a page)", f"{base}/api/doctor/cases/", api),
            ("case page (HTML, a queued case)", f"{base}/doctors/cases/{case_id}/", page),
            (
                "forum thread page (HTML, 25 of 50 posts)",
                f"{base}/doctors/forum/threads/{thread_id}/",
                page,
            ),
            ("/healthz", f"{base}/healthz", []),
        ]
        print(
            f"gunicorn sync x2, PostgreSQL, wrk -t2 -c16 -d{args.seconds}s (same machine); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        print(
            f"sizes: {args.answers:,} published answers, {args.cases:,} queued cases, {args.posts:,} forum posts"
        )
        with Bench(args.seconds, django_env=prod_env) as bench:
            bench.measure(routes, drain_url=f"{base}/healthz")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
