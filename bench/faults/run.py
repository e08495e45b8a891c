"""Fault suite: the production stack under real traffic, one part broken at a time (issue 15).

    .venv/bin/python bench/faults/run.py [--only a,b,c,d,e] [--seconds 75] [--outage 30]
    make faults

It starts everything it may break on its own ports: a private PostgreSQL cluster (initdb under /tmp,
port 5441), a private redis-server (6391: broker and cache), a local SMTP sink, gunicorn (2 workers),
one Celery worker (prefork, 2 processes, all three queues) and one beat; scenario (e) uses the
machine's RabbitMQ (127.0.0.1:5672, a vhost of its own). The machine's shared PostgreSQL and Redis are
never touched. Each scenario gets a fresh database, then patients ask questions through the API (ask,
preview, confirm, each with an Idempotency-Key, retried like a real client) while doctors claim and
publish answers; the fault strikes at 20 s:

  a  worker SIGKILLed (all its processes) while it waits on a slow relay; the supervisor restarts it 2 s later
  b  Redis (broker and cache) stopped for --outage seconds, then started again (empty: no persistence)
  c  PostgreSQL stopped for --outage seconds (fast shutdown), then started again
  d  the mail relay refusing every connection for --outage seconds
  e  as (a), with RabbitMQ as the broker

Then it waits (up to 5 minutes) until every confirmed question has its case in the queue and every
published answer was e-mailed, and prints per scenario: questions accepted / in the queue / lost /
duplicated, answers published / notified / lost / duplicated, 5xx answered for work that was in fact
saved, time to recover after the fault ended, and whether `verify_audit_chain --seal` passes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench.faults.smtp_sink import SinkState, smtp_sink_start  # noqa: E402

PY = sys.executable
PG_PORT = 5441
REDIS_PORT = 6391
RABBIT_VHOST = "bridge_faults"
PATIENTS, DOCTORS = 400, 3
RECOVERY_LIMIT = 300.0

# What the doctors publish: passes the shipped guideline sets for the questions below (tests/answers.py).
ANSWER = (
    "Thank you for your question. An itchy red rash on the inside of the elbows that comes and goes is often "
    "atopic eczema, which is common in children. Regular use of a fragrance-free emollient, several times a day, "
    "and avoiding soap helps most children. If the skin weeps, crusts, becomes painful or your child has a fever, "
    "see your GP promptly, because infected eczema needs treatment. Your own doctor can examine the skin and "
    "discuss whether a short course of a mild steroid cream is appropriate. You can read more on "
    "https://www.nhs.uk/conditions/atopic-eczema/ (NHS, 2024). This answer is general information and is not a "
    "consultation: it does not replace an examination by your own doctor."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.3).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {port} after {seconds:.0f}s")


def _as_postgres(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the postgres user then."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class PrivatePostgres:
    """A cluster of our own under /tmp: stopping it disturbs no one."""

    def __init__(self, work: Path) -> None:
        self.dir = work / "pg"
        self.data = self.dir / "data"

    def init(self) -> None:
        self.dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        subprocess.run(
            _as_postgres(
                [
                    "initdb",
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.start()

    def _ctl(self, *args: str) -> None:
        options = f"-p {PG_PORT} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_postgres(
                [
                    "pg_ctl",
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.dir / "log"),
                    "-o",
                    options,
                    "-w",
                    *args,
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self) -> None:
        self._ctl("start")

    def stop(self) -> None:
        self._ctl("stop", "-m", "fast")

    def sql(self, statement: str, db: str = "postgres") -> None:
        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{PG_PORT}/{db}", autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]


class PrivateRedis:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(REDIS_PORT),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_port(REDIS_PORT)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


class Stack:
    """gunicorn, one Celery worker and one beat, on one database and broker."""

    def __init__(self, work: Path, db: str, broker: str, sink_port: int) -> None:
        self.work = work
        self.web_port = _free_port()
        self.env = (
            os.environ
            | {
                "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/{db}",
                "DB_CONN_MAX_AGE": "60",  # persistent connections: the restart scenario checks they are renewed
                "CELERY_BROKER_URL": broker,
                "CACHE_URL": f"redis://127.0.0.1:{REDIS_PORT}/1",
                "EMAIL_URL": f"smtp://127.0.0.1:{sink_port}",
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
                "DJANGO_DEBUG": "false",
                "BRIDGE_SITE_URL": f"http://127.0.0.1:{self.web_port}",
                "PYTHONUNBUFFERED": "1",
            }
        )
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.commands: dict[str, list[str]] = {}
        self.restarts: Counter[str] = Counter()
        self.stopping = threading.Event()

    def _start(self, name: str, args: list[str]) -> None:
        self.commands[name] = args
        log = (self.work / f"{name}.log").open("ab")
        # A session of its own: the whole process group can be signalled (the worker's pool children too).
        self.processes[name] = subprocess.Popen(
            args, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True
        )

    def manage(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PY, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )

    def start(self) -> None:
        self._start(
            "web",
            [
                PY,
                "-m",
                "gunicorn",
                "bridge.wsgi",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{self.web_port}",
                "--timeout",
                "60",
            ],
        )
        self.start_worker()
        self._start(
            "beat",
            [
                PY,
                "-m",
                "celery",
                "-A",
                "bridge",
                "beat",
                "-l",
                "info",
                "-s",
                str(self.work / "beat-schedule"),
            ],
        )
        _wait_port(self.web_port, 60)
        threading.Thread(target=self._supervise, daemon=True).start()

    def _supervise(self) -> None:
        """What systemd's Restart=always, RestartSec=2 does (docs/operations.md): a dead process comes back."""
        while not self.stopping.is_set():
            for name, process in list(self.processes.items()):
                if process.poll() is not None and not self.stopping.is_set():
                    time.sleep(2)
                    if self.stopping.is_set():
                        return
                    self.restarts[name] += 1
                    self._start(name, self.commands[name])
            time.sleep(0.5)

    def start_worker(self) -> None:
        self._start(
            "worker",
            [
                PY,
                "-m",
                "celery",
                "-A",
                "bridge",
                "worker",
                "-l",
                "info",
                "-c",
                "2",
                "-Q",
                "mail,pipeline,maintenance",
                "-n",
                "faults@%h",
            ],
        )

    def kill_worker(self) -> None:
        """SIGKILL the worker and its pool processes at once (the supervisor starts a new one)."""
        os.killpg(self.processes["worker"].pid, signal.SIGKILL)

    def stop(self) -> None:
        self.stopping.set()
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


@dataclass
class Tally:
    accepted: set[str] = field(default_factory=set)  # refs of questions whose confirm answered 200
    published: set[int] = field(default_factory=set)  # case ids whose publish answered 201
    http_5xx: int = 0
    unreachable: int = 0
    saved_behind_error: int = 0  # a retry replayed: the failed attempt had in fact saved the work
    gave_up: int = 0
    slowest: float = 0.0
    slowest_by_route: dict[str, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Traffic:
    """Patients ask (ask, preview, confirm); doctors claim and publish. Every write has an Idempotency-Key."""

    def __init__(self, base: str, patients: list[str], doctors: list[str]) -> None:
        self.base = base
        self.patients = patients
        self.doctors = doctors
        self.tally = Tally()
        self.stop = threading.Event()
        self.next_patient = 0
        self.counter_lock = threading.Lock()

    def _call(
        self,
        method: str,
        path: str,
        token: str,
        body: Any = None,
        key: str | None = None,
        patience: float = 240,
    ) -> requests.Response | None:
        """Like a careful client: retry failures with the same key until an answer that is not a 5xx."""
        headers = {"Authorization": f"Bearer {token}"}
        if key:
            headers["Idempotency-Key"] = key
        deadline = time.monotonic() + patience
        failed = False
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                response = requests.request(
                    method, self.base + path, json=body, headers=headers, timeout=30
                )
            except requests.RequestException:
                with self.tally.lock:
                    self.tally.unreachable += 1
                failed = True
                time.sleep(1)
                continue
            took = time.monotonic() - started
            route = f"{method} {re.sub(r'/[0-9]+/', '/{id}/', path)}"
            with self.tally.lock:
                self.tally.slowest = max(self.tally.slowest, took)
                self.tally.slowest_by_route[route] = max(
                    self.tally.slowest_by_route.get(route, 0.0), took
                )
            if response.status_code >= 500:
                with self.tally.lock:
                    self.tally.http_5xx += 1
                failed = True
                time.sleep(1)
                continue
            if response.status_code == 429:
                time.sleep(2)
                continue
            if failed and response.headers.get("Idempotent-Replayed") == "true":
                with self.tally.lock:
                    self.tally.saved_behind_error += 1
            return response
        with self.tally.lock:
            self.tally.gave_up += 1
        return None

    def patient_loop(self) -> None:
        while not self.stop.is_set():
            with self.counter_lock:
                n = self.next_patient
                self.next_patient += 1
            token = self.patients[n % len(self.patients)]
            ref = f"R{n:05d}"
            text = f"An itchy rash in the elbow folds of my son for {n % 5 + 2} weeks, what can we do? ({ref})"
            body = {
                "text": text,
                "lang": "en",
                "consent_health_data": True,
                "consent_publication": False,
            }
            created = self._call("POST", "/api/patient/questions/", token, body, key=f"ask-{ref}")
            if created is None or created.status_code != 201:
                continue
            question_id = created.json()["id"]
            preview = self._call("GET", f"/api/patient/questions/{question_id}/preview/", token)
            if preview is None or preview.status_code != 200:
                continue
            confirmed = self._call(
                "POST",
                f"/api/patient/questions/{question_id}/confirm/",
                token,
                {"fingerprint": preview.json()["fingerprint"]},
                key=f"confirm-{ref}",
            )
            if confirmed is not None and confirmed.status_code == 200:
                with self.tally.lock:
                    self.tally.accepted.add(ref)

    def doctor_loop(self, token: str) -> None:
        while not self.stop.is_set():
            listing = self._call("GET", "/api/doctor/cases/", token, patience=30)
            waiting = [
                c["id"]
                for c in (
                    listing.json()["results"]
                    if listing is not None and listing.status_code == 200
                    else []
                )
                if c["status"] == "queued"
            ]
            if not waiting:
                time.sleep(0.5)
                continue
            case_id = waiting[0]
            claim = self._call(
                "POST",
                f"/api/doctor/cases/{case_id}/claim/",
                token,
                key=f"claim-{case_id}-{token[:6]}",
            )
            if claim is None or claim.status_code != 200:
                continue
            published = self._call(
                "POST",
                f"/api/doctor/cases/{case_id}/answer/",
                token,
                {"text": ANSWER},
                key=f"publish-{case_id}",
            )
            if published is not None and published.status_code == 201:
                with self.tally.lock:
                    self.tally.published.add(case_id)

    def start(self, patient_threads: int = 3) -> list[threading.Thread]:
        threads = [
            threading.Thread(target=self.patient_loop, daemon=True) for _ in range(patient_threads)
        ]
        threads += [
            threading.Thread(target=self.doctor_loop, args=(token,), daemon=True)
            for token in self.doctors
        ]
        for thread in threads:
            thread.start()
        return threads


@dataclass
class Result:
    name: str
    accepted: int = 0
    in_queue: int = 0
    lost: int = 0
    duplicated: int = 0
    answers: int = 0
    notified: int = 0
    not_notified: int = 0
    mailed_twice: int = 0
    http_5xx: int = 0
    saved_behind_error: int = 0
    recover_seconds: float | None = None
    drained_seconds: float | None = None
    slowest_by_route: list[tuple[str, float]] = field(default_factory=list)
    chain_ok: bool = False
    slowest: float = 0.0
    note: str = ""


LINK = re.compile(r"/questions/(\d+)/")


def _state(db: str, tally: Tally, sink: SinkState) -> dict[str, Any]:
    """Truth from the database and the mailbox (not from what the clients were told)."""
    with psycopg.connect(
        f"postgresql://postgres@127.0.0.1:{PG_PORT}/{db}", connect_timeout=3
    ) as conn:
        rows = conn.execute(
            "SELECT id, text, status, case_id FROM patient_portal_question"
        ).fetchall()
        answered = {
            r[0]
            for r in conn.execute(
                "SELECT q.id FROM patient_portal_question q JOIN triage_answer a ON a.case_id = q.case_id"
            ).fetchall()
        }
    refs: dict[str, list[tuple[int, str, int | None]]] = {}
    for question_id, text, status, case_id in rows:
        match = re.search(r"\((R\d+)\)", text)
        if match:
            refs.setdefault(match.group(1), []).append((question_id, status, case_id))
    with sink.lock:
        mails = Counter(
            int(m.group(1)) for _rcpts, body in sink.messages if (m := LINK.search(body))
        )
    with tally.lock:
        accepted = set(tally.accepted)
    in_queue = {
        ref
        for ref in accepted
        if any(status == "sent" and case_id for _q, status, case_id in refs.get(ref, []))
    }
    return {
        "accepted": accepted,
        "in_queue": in_queue,
        "duplicated": sum(1 for rows_ in refs.values() if len(rows_) > 1),
        "answered": answered,
        "mails": mails,
    }


def _complete(
    state: dict[str, Any], accepted: set[str] | None = None, answered: set[int] | None = None
) -> bool:
    """Every (given) confirmed question in the queue and every (given) answer e-mailed."""
    accepted = state["accepted"] if accepted is None else accepted
    answered = state["answered"] if answered is None else answered
    return bool(accepted <= state["in_queue"] and all(state["mails"][q] >= 1 for q in answered))


def _watch_recovery(
    db: str, tally: Tally, sink: SinkState, fault_over: float, result: Result
) -> None:
    """Time from the fault's end until all work accepted before then is done (queue and e-mails)."""
    snapshot: dict[str, Any] | None = None
    while time.monotonic() < fault_over + RECOVERY_LIMIT:
        try:
            state = _state(db, tally, sink)
        except psycopg.OperationalError:
            time.sleep(0.5)
            continue
        snapshot = snapshot or {
            "accepted": set(state["accepted"]),
            "answered": set(state["answered"]),
        }
        if _complete(state, snapshot["accepted"], snapshot["answered"]):
            result.recover_seconds = time.monotonic() - fault_over
            return
        time.sleep(1)


def run_scenario(
    name: str,
    label: str,
    work: Path,
    pg: PrivatePostgres,
    redis: PrivateRedis,
    sink: SinkState,
    sink_port: int,
    tokens: dict[str, list[str]],
    broker: str,
    fault: Callable[[Stack], None],
    seconds: float,
) -> Result:
    db = f"faults_{name}"
    pg.sql(f"DROP DATABASE IF EXISTS {db}")
    pg.sql(f"CREATE DATABASE {db} TEMPLATE faults_template")
    subprocess.run(
        ["redis-cli", "-p", str(REDIS_PORT), "flushall"], check=True, stdout=subprocess.DEVNULL
    )
    with sink.lock:
        sink.messages.clear()
        sink.refusing, sink.hold_seconds = False, 0.0
    stack = Stack(work / name, db, broker, sink_port)
    stack.work.mkdir()
    result = Result(name=f"{name}: {label}")
    stack.start()
    traffic = Traffic(f"http://127.0.0.1:{stack.web_port}", tokens["patients"], tokens["doctors"])
    threads = traffic.start()
    try:
        started = time.monotonic()
        time.sleep(20)
        fault(stack)  # returns when the fault is over (the broken part is back)
        fault_over = time.monotonic()
        recovered = threading.Thread(
            target=_watch_recovery, args=(db, traffic.tally, sink, fault_over, result), daemon=True
        )
        recovered.start()
        time.sleep(
            max(10.0, started + seconds - time.monotonic())
        )  # traffic goes on after the fault
        traffic.stop.set()
        for thread in threads:
            thread.join(timeout=300)
        traffic_over = time.monotonic()
        recovered.join(timeout=RECOVERY_LIMIT)
        # Then everything, including what was asked and answered after the fault, must be done.
        while time.monotonic() < traffic_over + RECOVERY_LIMIT:
            if _complete(_state(db, traffic.tally, sink)):
                result.drained_seconds = time.monotonic() - traffic_over
                break
            time.sleep(1)
        time.sleep(40)  # a sweep more (30 s): would anything be sent twice?
        state = _state(db, traffic.tally, sink)
        chain = stack.manage("verify_audit_chain", "--seal")
        result.chain_ok = chain.returncode == 0
    finally:
        traffic.stop.set()
        stack.stop()
    result.accepted = len(state["accepted"])
    result.in_queue = len(state["in_queue"])
    result.lost = result.accepted - result.in_queue
    result.duplicated = state["duplicated"]
    result.answers = len(state["answered"])
    result.notified = sum(1 for q in state["answered"] if state["mails"][q] == 1)
    result.not_notified = sum(1 for q in state["answered"] if state["mails"][q] == 0)
    result.mailed_twice = sum(1 for q in state["answered"] if state["mails"][q] > 1)
    result.http_5xx = traffic.tally.http_5xx
    result.saved_behind_error = traffic.tally.saved_behind_error
    result.slowest = traffic.tally.slowest
    result.slowest_by_route = sorted(
        traffic.tally.slowest_by_route.items(), key=lambda item: -item[1]
    )
    result.note = ", ".join(f"{name} restarted x{n}" for name, n in sorted(stack.restarts.items()))
    return result


def _kill_worker_mid_task(stack: Stack, sink: SinkState) -> None:
    """The relay turns slow (1 s before it takes a message); the kill lands while a worker waits on it."""
    sink.hold_seconds = 1.0
    deadline = time.monotonic() + 30
    while sink.holding == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    stack.kill_worker()
    sink.hold_seconds = 0.0
    time.sleep(3)  # the supervisor restarts it after 2 s


def _rabbit_ready() -> str | None:
    """A vhost of our own on the machine's RabbitMQ (nothing shared is touched), or why not."""
    if shutil.which("rabbitmqctl") is None:
        return "rabbitmqctl not found"
    try:
        subprocess.run(
            ["rabbitmqctl", "-q", "add_vhost", RABBIT_VHOST],
            capture_output=True,
            timeout=60,
            check=False,
        )
        done = subprocess.run(
            ["rabbitmqctl", "-q", "set_permissions", "-p", RABBIT_VHOST, "guest", ".*", ".*", ".*"],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "rabbitmqctl timed out"
    return None if done.returncode == 0 else done.stderr.decode()[:200]


def _purge_rabbit() -> None:
    subprocess.run(
        ["rabbitmqctl", "-q", "delete_vhost", RABBIT_VHOST],
        capture_output=True,
        timeout=60,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="a,b,c,d,e")
    parser.add_argument("--seconds", type=float, default=75.0, help="traffic per scenario")
    parser.add_argument("--outage", type=float, default=30.0)
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bridge-faults-", dir="/tmp"))
    work.chmod(0o755)
    print(f"work directory (logs): {work}", flush=True)
    pg, redis = PrivatePostgres(work), PrivateRedis(work)
    sink = SinkState()
    server, sink_port = smtp_sink_start(sink)
    results: list[Result] = []
    try:
        pg.init()
        redis.start()
        pg.sql("CREATE DATABASE faults_template")
        seed_env = os.environ | {
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/faults_template"
        }
        subprocess.run(
            [PY, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=seed_env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seeded = subprocess.run(
            [PY, str(HERE / "seed.py"), str(PATIENTS), str(DOCTORS)],
            cwd=ROOT,
            env=seed_env,
            check=True,
            capture_output=True,
            text=True,
        )
        tokens = json.loads(seeded.stdout.strip().splitlines()[-1])
        redis_broker = f"redis://127.0.0.1:{REDIS_PORT}/0"

        def redis_outage(stack: Stack) -> None:
            redis.stop()
            time.sleep(args.outage)
            redis.start()

        def postgres_outage(stack: Stack) -> None:
            pg.stop()
            time.sleep(args.outage)
            pg.start()

        def relay_refusing(stack: Stack) -> None:
            sink.refusing = True
            time.sleep(args.outage)
            sink.refusing = False

        scenarios: dict[str, tuple[str, str, Callable[[Stack], None]]] = {
            "a": (
                "worker SIGKILL mid-send (Redis)",
                redis_broker,
                partial(_kill_worker_mid_task, sink=sink),
            ),
            "b": (f"Redis down {args.outage:.0f}s", redis_broker, redis_outage),
            "c": (f"PostgreSQL down {args.outage:.0f}s", redis_broker, postgres_outage),
            "d": (f"relay refusing {args.outage:.0f}s", redis_broker, relay_refusing),
            "e": (
                "worker SIGKILL mid-send (RabbitMQ)",
                f"amqp://guest:guest@127.0.0.1:5672/{RABBIT_VHOST}",
                partial(_kill_worker_mid_task, sink=sink),
            ),
        }
        for name in args.only.split(","):
            label, broker, fault = scenarios[name]
            if name == "e" and (why := _rabbit_ready()) is not None:
                print(f"{name}: skipped, RabbitMQ not usable ({why})", flush=True)
                continue
            print(f"{name}: {label} ...", flush=True)
            results.append(
                run_scenario(
                    name,
                    label,
                    work,
                    pg,
                    redis,
                    sink,
                    sink_port,
                    tokens,
                    broker,
                    fault,
                    args.seconds,
                )
            )
            print(_row(results[-1]), flush=True)
            print(
                "   slowest by route: "
                + ", ".join(
                    f"{route} {took:.1f} s" for route, took in results[-1].slowest_by_route
                ),
                flush=True,
            )
    finally:
        server.shutdown()
        redis.stop()
        with contextlib.suppress(subprocess.CalledProcessError):
            pg.stop()
        if "e" in args.only:
            _purge_rabbit()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(HEADER)
    for result in results:
        print(_row(result))
    failed = [
        r
        for r in results
        if r.lost
        or r.duplicated
        or r.not_notified
        or r.mailed_twice
        or r.recover_seconds is None
        or r.drained_seconds is None
        or not r.chain_ok
    ]
    sys.exit(1 if failed else 0)


HEADER = (
    "| scenario | questions accepted | in queue | lost | duplicated | answers | e-mailed once | not e-mailed | e-mailed twice "
    "| 5xx (of which saved) | slowest response | recovered after fault | all done after traffic | audit chain | restarts |\n"
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- |"
)


def _row(r: Result) -> str:
    recovered = (
        f"{r.recover_seconds:.0f} s"
        if r.recover_seconds is not None
        else f"> {RECOVERY_LIMIT:.0f} s"
    )
    drained = (
        f"{r.drained_seconds:.0f} s"
        if r.drained_seconds is not None
        else f"> {RECOVERY_LIMIT:.0f} s"
    )
    return (
        f"| {r.name} | {r.accepted} | {r.in_queue} | {r.lost} | {r.duplicated} | {r.answers} | {r.notified} | {r.not_notified} "
        f"| {r.mailed_twice} | {r.http_5xx} ({r.saved_behind_error}) | {r.slowest:.1f} s | {recovered} | {drained} | {'verifies' if r.chain_ok else 'BROKEN'} | {r.note or '-'} |"
    )


if __name__ == "__main__":
    main()
