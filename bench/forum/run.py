"""Forum benchmark: thread pages and full-text search over 100,000 posts on PostgreSQL, measured with wrk.

Usage:
    .venv/bin/python bench/forum/run.py [--db postgres://postgres@127.0.0.1:5432/bridge_bench_forum]
                                        [--posts 100000] [--seconds 10]

Needs Debian's `wrk`. Creates (or resets) the database, seeds the demo, inserts the posts in SQL
(threads of 50 posts, English and French, search vectors with the english/french configurations,
GIN index), starts gunicorn (production settings, 2 sync workers) on 127.0.0.1:8766, signs in a
doctor (session with a passed second factor for pages, an OTP-issued bearer token for the API) and
prints requests/s and p50/p99 per route, each with its ratio to the floor (a plain WSGI app under the
same gunicorn, measured before and after in the same run; bench/wrk_runner.py). Reading a thread page also writes the read marker, as in use.
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

PORT = 8766
SECRET = "bench-Xq8#kP2vL9wZr5!tT1mN6@bY4cF7hD0sG2eA9uR3iO5tK8jW"  # noqa: S105  (bench only)
POSTS_PER_THREAD = 50

FILL_SQL = """
WITH doctors AS (SELECT array_agg(user_id ORDER BY user_id) AS ids FROM doctor_space_doctorprofile WHERE status = 'verified')
INSERT INTO community_thread (space, title, author_id, lang, case_text, case_urgency, status, created_at, last_post_at, post_count, escalation_level)
SELECT (ARRAY['general','dermatology','cardiology','paediatrics','psychiatry'])[1 + t % 5],
       CASE WHEN t % 3 = 0 THEN 'Discussion ' || t || ' : prise en charge' ELSE 'Discussion ' || t || ': management question' END,
       doctors.ids[1 + t % array_length(doctors.ids, 1)],
       CASE WHEN t % 3 = 0 THEN 'fr' ELSE 'en' END, '', '', 'open',
       now() - make_interval(mins => t), now() - make_interval(mins => t), PER, 0
FROM generate_series(1, THREADS) AS t, doctors;

WITH doctors AS (SELECT array_agg(user_id ORDER BY user_id) AS ids FROM doctor_space_doctorprofile WHERE status = 'verified'),
     threads AS (SELECT id, lang, row_number() OVER (ORDER BY id) AS n FROM community_thread WHERE title LIKE 'Discussion %')
INSERT INTO community_post (thread_id, author_id, body, lang, created_at, hidden, flag_count)
SELECT threads.id, doctors.ids[1 + (threads.n + p) % array_length(doctors.ids, 1)],
       CASE WHEN threads.lang = 'fr' THEN
         'Patient de ' || (20 + (threads.n + p) % 60) || ' ans avec ' ||
         (ARRAY['une éruption annulaire','une toux persistante','des palpitations','une fièvre prolongée','des céphalées','un eczéma étendu','des douleurs thoraciques atypiques','une anxiété marquée'])[1 + (threads.n * 7 + p) % 8] ||
         '. Je propose ' || (ARRAY['un bilan biologique','une échographie','un avis spécialisé','une surveillance','un traitement d''épreuve'])[1 + p % 5] || ' ; qu''en pensez-vous ?'
       ELSE
         'Patient aged ' || (20 + (threads.n + p) % 60) || ' with ' ||
         (ARRAY['an annular rash','a persistent cough','palpitations','a prolonged fever','headaches','widespread eczema','atypical chest pain','marked anxiety','itching lesions','recurrent tonsillitis'])[1 + (threads.n * 7 + p) % 10] ||
         '. I would consider ' || (ARRAY['blood tests','an ultrasound','a specialist opinion','watchful waiting','a treatment trial','skin scrapings'])[1 + p % 6] || '; what do you think?'
       END,
       threads.lang, now() - make_interval(mins => threads.n::int, secs => (PER - p)::double precision), false, 0
FROM threads, generate_series(1, PER) AS p, doctors;

UPDATE community_post SET search = to_tsvector(CASE lang WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, body)
WHERE search IS NULL;
ANALYZE community_thread; ANALYZE community_post;
"""

SESSION_SNIPPET = """
import django; django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from bridge.accounts.models import User
from community.models import Thread
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
print(settings.SESSION_COOKIE_NAME, store.session_key, thread.pk)
"""


def _run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/bridge_bench_forum")
    parser.add_argument("--posts", type=int, default=100_000)
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
    started = time.perf_counter()
    with psycopg.connect(args.db, autocommit=True) as conn:
        sql = FILL_SQL.replace("THREADS", str(max(1, args.posts // POSTS_PER_THREAD))).replace(
            "PER", str(POSTS_PER_THREAD)
        )
        conn.execute(sql.encode())
        total = conn.execute("SELECT count(*) FROM community_post").fetchone()[0]  # type: ignore[index]
    print(
        f"{total:,} posts in {total // POSTS_PER_THREAD:,} threads inserted and indexed in {time.perf_counter() - started:.1f} s"
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
    cookie_name, session_key, thread_id = _run([python, "-c", SESSION_SNIPPET], prod_env).split()
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
                {"email": "dr.gp@bridge.test", "password": "bridge-demo-2026", "otp": "333333"}
            ).encode(),
            headers={"Content-Type": "application/json"},
        )
        token = json.loads(urllib.request.urlopen(request).read())["token"]  # noqa: S310
        base = f"http://127.0.0.1:{PORT}"
        page = [f"Cookie: {cookie_name}={session_key}"]
        api = [f"Authorization: Bearer {token}"]
        routes = [
            (
                "thread page (HTML, 25 of 50 posts)",
                f"{base}/doctors/forum/threads/{thread_id}/",
                page,
            ),
            ("thread API (JSON, 50 posts)", f"{base}/api/doctor/forum/threads/{thread_id}/", api),
            ("space page (HTML, 25 threads)", f"{base}/doctors/forum/spaces/dermatology/", page),
            ("search API, common word 'eczema'", f"{base}/api/doctor/forum/search/?q=eczema", api),
            (
                "search API, two words 'annular rash'",
                f"{base}/api/doctor/forum/search/?q=annular%20rash",
                api,
            ),
            (
                "search API, French 'éruption'",
                f"{base}/api/doctor/forum/search/?q=%C3%A9ruption",
                api,
            ),
            (
                "search page (HTML) 'palpitations'",
                f"{base}/doctors/forum/search/?q=palpitations",
                page,
            ),
            # Reference routes from bench/web, to read the figures against the machine's load of the moment.
            ("reference: library page (HTML)", f"{base}/library/", []),
            ("reference: /healthz", f"{base}/healthz", []),
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
