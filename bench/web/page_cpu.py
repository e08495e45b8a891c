"""CPU per request of the signed-in pages, in process, beside a trivial signed-in view as the floor.

    .venv/bin/python bench/web/page_cpu.py [--db postgres://postgres@127.0.0.1:5432/bridge_bench_web]
        [--requests 60] [--profile 'case page'] [--only 'queue']

Run it on the database bench/web/run.py seeded (`--keep` keeps it). Production settings, the doctor
dr.gp@bridge.test signed in with a passed second factor (a real session row, as in bench/web/run.py).
Each page is requested through Django's test client, in rounds that alternate the pages, and the
process's CPU time of each request is kept (Python's, not PostgreSQL's): p50 and p99 per page and the
ratio of each page's p50 to the floor's (a view that only loads the session, the user and the second
factor). `--profile NAME` prints the cProfile of that page's requests instead (top 35 by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _setup(db: str) -> None:
    os.environ.update(
        {
            "DATABASE_URL": db,
            "LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "bridge.settings",
            "BRIDGE_ENV": "production",
            "DJANGO_SECRET_KEY": "bench-Xq8#kP2vL9wZr5!tT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW",
            "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DB_CONN_MAX_AGE": "60",
        }
    )
    import django

    django.setup()


def _routes() -> tuple[dict[str, str], str, str]:
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
    assert case is not None
    routes = {
        "floor: trivial signed-in view": "/__bench_floor__/",
        "doctor queue page": "/doctors/",
        "case page": f"/doctors/cases/{case.pk}/",
        "forum thread page": f"/doctors/forum/threads/{thread.pk}/",
        "account settings page": "/accounts/settings/",
    }
    return routes, settings.SESSION_COOKIE_NAME, str(store.session_key)


def _mount_floor() -> None:
    """The floor view (bench/floor_django.py's signed_in) in front of Bridge's own URLs."""
    from django.conf import settings
    from django.urls import clear_url_caches, include, path

    bridge_urls = settings.ROOT_URLCONF
    from floor_django import signed_in  # it sets ROOT_URLCONF to its own: replaced below

    module = type(sys)("bench_page_cpu_urls")
    module.urlpatterns = [  # type: ignore[attr-defined]
        path("__bench_floor__/", signed_in),
        path("", include(bridge_urls)),
    ]
    sys.modules[module.__name__] = module
    settings.ROOT_URLCONF = module.__name__
    clear_url_caches()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_web")
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--profile", default="")
    parser.add_argument("--only", default="", help="measure only the pages whose name contains it")
    args = parser.parse_args()
    _setup(args.db)
    from django.test import Client

    _mount_floor()
    routes, cookie, key = _routes()
    routes = {
        k: v for k, v in routes.items() if k.startswith("floor") or args.only.lower() in k.lower()
    }
    client = Client()
    client.cookies[cookie] = key
    for url in routes.values():  # warm-up: templates compiled, caches filled
        for _ in range(3):
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
    if args.profile:
        (url,) = [u for k, u in routes.items() if args.profile.lower() in k.lower()]
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for _ in range(args.requests):
            client.get(url)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(90)
        return
    times: dict[str, list[float]] = {k: [] for k in routes}
    for _ in range(args.requests):
        for name, url in routes.items():
            start = time.process_time()
            client.get(url)
            times[name].append((time.process_time() - start) * 1000)
    floor = statistics.median(times["floor: trivial signed-in view"])
    print(f"{args.requests} requests a page, alternating; load average {os.getloadavg()[0]:.1f}")
    for name, values in times.items():
        values.sort()
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        p50 = statistics.median(values)
        print(
            f"{name:<32} CPU p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  floor/page at p50 {floor / p50:.3f}"
        )


if __name__ == "__main__":
    main()
